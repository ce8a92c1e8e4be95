//! `otpauth://` URIs (Google's Key URI format, as QR codes and exports carry them): reading
//! them leniently, with a message naming what is wrong when they cannot be used, and writing
//! them so that other authenticator apps read them back.
//!
//! Choices where the format leaves room, or where apps disagree:
//! - Label: `+` is a literal plus (accounts like `me+2fa@example.com` are common, and Google's
//!   format only knows `%20` for a space); in query values `+` and `%20` are both spaces, as in
//!   any HTML form encoding. We write `%20` and `%2B`, which every reader understands.
//! - Issuer: the `issuer` parameter wins over a label prefix (Google's recommendation); when
//!   both are given and differ, [`OtpWarning::IssuerMismatch`] says so.
//! - Steam: read from `otpauth://steam/…` (Aegis) and from `otpauth://totp/…&encoder=steam`
//!   (KeePassXC). Written as `otpauth://steam/…?…&encoder=steam`: Aegis reads the type and
//!   ignores the parameter, KeePassXC reads the parameter and ignores the type, and an app that
//!   knows neither rejects the `steam` type instead of silently showing wrong 5-digit codes.
//! - Percent-decoding is UTF-8; invalid sequences become U+FFFD rather than rejecting the whole
//!   account over a byte in its name (the url crate does the same for query values).
//! - A parameter given twice is accepted when both values agree and refused otherwise, since we
//!   cannot tell which one the issuer meant.
//! - 10-digit codes are refused ([`super::DIGITS_RANGE`] stops at 9): totp-rs cannot compute
//!   them, and showing a different code would be worse than saying no.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use url::Url;
use zeroize::Zeroizing;

use super::{
    DEFAULT_DIGITS, DEFAULT_PERIOD, HashAlgorithm, OtpError, OtpKind, OtpSpec, OtpWarning,
    STEAM_DIGITS, UriProblem, parse_secret,
};
use crate::secret::SecretBytes;

const SCHEME: &str = "otpauth";

/// Escaped in a label part: everything but RFC 3986's unreserved characters and `@`, which is
/// allowed in a path and keeps e-mail accounts readable (Google's own example writes it as is).
/// `:` is escaped inside a part because a literal one separates issuer from account.
const LABEL_PART: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'@');

/// Escaped in a query value: everything but RFC 3986's unreserved characters.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One account as an `otpauth://` URI describes it.
#[derive(Clone, PartialEq, Eq)]
pub struct OtpAuthUri {
    /// The service, e.g. "GitHub". `None` when neither the label nor a parameter names one.
    pub issuer: Option<String>,
    /// The user's account at that service, e.g. "alice@example.com". May be empty.
    pub account: String,
    pub secret: SecretBytes,
    pub spec: OtpSpec,
}

impl fmt::Debug for OtpAuthUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OtpAuthUri")
            .field("issuer", &self.issuer)
            .field("account", &self.account)
            .field("secret", &format_args!("[redacted]"))
            .field("spec", &self.spec)
            .finish()
    }
}

/// Reads an `otpauth://TYPE/LABEL?PARAMETERS` URI.
///
/// The scheme and type are case-insensitive; parameter names too. Missing `algorithm`,
/// `digits` and `period` take the usual defaults (SHA1, 6, 30 s; Steam: 5 characters);
/// unknown parameters are ignored. Warnings about the secret (see [`parse_secret`]) and about
/// a mismatched issuer come back with the result. Error messages never repeat the secret.
pub fn parse(text: &str) -> Result<(OtpAuthUri, Vec<OtpWarning>), OtpError> {
    let parts = UriParts::read(text)?;

    let type_name = parts.type_name.to_ascii_lowercase();
    let steam_encoder = match parts.param("encoder")?.map(str::trim) {
        None | Some("") => false,
        Some(encoder) if encoder.eq_ignore_ascii_case("steam") => true,
        Some(encoder) => {
            return Err(OtpError::UriEncoder {
                type_name,
                encoder: encoder.to_owned(),
            });
        }
    };
    let is_steam = match (type_name.as_str(), steam_encoder) {
        ("steam", _) | ("totp", true) => true,
        ("totp", false) | ("hotp", false) => false,
        ("hotp", true) => {
            return Err(OtpError::UriEncoder {
                type_name: type_name.clone(),
                encoder: "steam".to_owned(),
            });
        }
        _ => return Err(OtpError::UriType(parts.type_name.clone())),
    };

    let secret_text = parts
        .param("secret")?
        .ok_or(OtpError::MissingParameter("secret"))?;
    let (secret, mut warnings) = parse_secret(secret_text)?;

    let algorithm = match parts.param("algorithm")? {
        None => HashAlgorithm::Sha1,
        Some(name) => HashAlgorithm::from_name(name.trim())
            .ok_or_else(|| OtpError::Algorithm(name.to_owned()))?,
    };
    let digits = parts.number::<u8>("digits")?;
    let period = parts.number::<u32>("period")?;

    let spec = if is_steam {
        if let Some(period) = period.filter(|&period| period != DEFAULT_PERIOD) {
            return Err(OtpError::SteamPeriod(period));
        }
        OtpSpec {
            kind: OtpKind::Steam,
            algorithm,
            digits: digits.unwrap_or(STEAM_DIGITS),
        }
    } else if type_name == "hotp" {
        let counter = parts
            .number::<u64>("counter")?
            .ok_or(OtpError::MissingParameter("counter"))?;
        OtpSpec {
            kind: OtpKind::Hotp { counter },
            algorithm,
            digits: digits.unwrap_or(DEFAULT_DIGITS),
        }
    } else {
        OtpSpec {
            kind: OtpKind::Totp {
                period: period.unwrap_or(DEFAULT_PERIOD),
            },
            algorithm,
            digits: digits.unwrap_or(DEFAULT_DIGITS),
        }
    };
    spec.validate()?;

    let (label_issuer, account) = split_label(&parts.label);
    let parameter_issuer = parts
        .param("issuer")?
        .map(str::trim)
        .filter(|issuer| !issuer.is_empty())
        .map(str::to_owned);
    let issuer = match (label_issuer, parameter_issuer) {
        (Some(label), Some(parameter)) => {
            if label != parameter {
                warnings.push(OtpWarning::IssuerMismatch {
                    label,
                    parameter: parameter.clone(),
                });
            }
            Some(parameter)
        }
        (label, parameter) => parameter.or(label),
    };

    let uri = OtpAuthUri {
        issuer,
        account,
        secret,
        spec,
    };
    Ok((uri, warnings))
}

/// Writes `otpauth://TYPE/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`
/// (`counter=` instead of `period=` for HOTP; see the module notes for Steam). Every parameter
/// is written, defaults included, since some apps do not apply the defaults. The result holds
/// the secret and is wiped when dropped.
pub fn format(uri: &OtpAuthUri) -> Zeroizing<String> {
    let secret = uri.secret.to_base32();
    let issuer = uri.issuer.as_deref().filter(|issuer| !issuer.is_empty());
    // An issuer containing ':' cannot sit in the label (it would split there on reading), so
    // the parameter alone carries it. Without an issuer prefix, an account containing ':' gets
    // an empty one, so that its own colon is not read as the separator; so does an account
    // named "." or "..", which URL parsing would otherwise remove as a dot segment.
    let label_issuer = issuer.filter(|issuer| !issuer.contains(':'));
    let needs_empty_prefix = uri.account.contains(':') || uri.account == "." || uri.account == "..";

    // Sized up front (every byte escapes to at most 3) so the buffer never reallocates and
    // leaves an unwiped copy of the secret behind.
    let escaped_len = 3 * (2 * issuer.map_or(0, str::len) + uri.account.len());
    let mut out = Zeroizing::new(String::with_capacity(160 + escaped_len + secret.len()));

    out.push_str(SCHEME);
    out.push_str("://");
    out.push_str(uri.spec.kind.type_name());
    out.push('/');
    if let Some(issuer) = label_issuer {
        out.extend(utf8_percent_encode(issuer, LABEL_PART));
        out.push(':');
    } else if needs_empty_prefix {
        out.push(':');
    }
    out.extend(utf8_percent_encode(&uri.account, LABEL_PART));

    out.push_str("?secret=");
    out.push_str(&secret);
    if let Some(issuer) = issuer {
        out.push_str("&issuer=");
        out.extend(utf8_percent_encode(issuer, QUERY_VALUE));
    }
    out.push_str("&algorithm=");
    out.push_str(algorithm_name(uri.spec.algorithm));
    out.push_str("&digits=");
    out.push_str(&uri.spec.digits.to_string());
    match uri.spec.kind {
        OtpKind::Totp { period } => {
            out.push_str("&period=");
            out.push_str(&period.to_string());
        }
        OtpKind::Hotp { counter } => {
            out.push_str("&counter=");
            out.push_str(&counter.to_string());
        }
        OtpKind::Steam => {
            out.push_str("&period=");
            out.push_str(&DEFAULT_PERIOD.to_string());
            out.push_str("&encoder=steam");
        }
    }
    out
}

/// Upper case, as Google's format writes them (some readers compare case-sensitively).
fn algorithm_name(algorithm: HashAlgorithm) -> &'static str {
    match algorithm {
        HashAlgorithm::Sha1 => "SHA1",
        HashAlgorithm::Sha256 => "SHA256",
        HashAlgorithm::Sha512 => "SHA512",
    }
}

/// `Issuer:account` → (Some("Issuer"), "account"); the first colon separates, spaces around
/// either part are dropped, and an empty prefix means no issuer.
fn split_label(label: &str) -> (Option<String>, String) {
    match label.split_once(':') {
        Some((issuer, account)) => {
            let issuer = issuer.trim();
            let issuer = (!issuer.is_empty()).then(|| issuer.to_owned());
            (issuer, account.trim().to_owned())
        }
        None => (None, label.trim().to_owned()),
    }
}

/// What [`parse`] needs from the URI, copied out so that the `Url` (whose text holds the
/// secret) can be wiped right away.
struct UriParts {
    type_name: String,
    /// Percent-decoded.
    label: String,
    /// Names lower-cased, values decoded; all values wiped on drop, the secret among them.
    params: Vec<(String, Zeroizing<String>)>,
}

impl UriParts {
    fn read(text: &str) -> Result<Self, OtpError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(OtpError::Uri(UriProblem::Empty));
        }
        let url = Url::parse(text).map_err(|error| match error {
            url::ParseError::RelativeUrlWithoutBase => OtpError::Uri(UriProblem::NoScheme),
            other => OtpError::Uri(UriProblem::Unreadable(other)),
        })?;
        let parts = Self::from_url(&url);
        drop(Zeroizing::new(String::from(url)));
        parts
    }

    fn from_url(url: &Url) -> Result<Self, OtpError> {
        match url.scheme() {
            SCHEME => {}
            "otpauth-migration" => {
                return Err(OtpError::Uri(UriProblem::MigrationExport));
            }
            other => {
                return Err(OtpError::Uri(UriProblem::OtherScheme(other.to_owned())));
            }
        }
        let type_name = match url.host_str() {
            Some(host) if !host.is_empty() => host.to_owned(),
            _ => {
                return Err(OtpError::Uri(UriProblem::NoType));
            }
        };
        let path = url.path();
        let label = percent_decode_str(path.strip_prefix('/').unwrap_or(path))
            .decode_utf8_lossy()
            .into_owned();
        let params = url
            .query_pairs()
            .map(|(name, value)| {
                (
                    name.to_ascii_lowercase(),
                    Zeroizing::new(value.into_owned()),
                )
            })
            .collect();
        Ok(UriParts {
            type_name,
            label,
            params,
        })
    }

    /// The value of parameter `name`, if given; an error if given twice with different values.
    fn param(&self, name: &str) -> Result<Option<&str>, OtpError> {
        let mut values = self
            .params
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str());
        let first = values.next();
        if let Some(first) = first
            && values.any(|other| other != first)
        {
            return Err(OtpError::DuplicateParameter(name.to_owned()));
        }
        Ok(first)
    }

    fn number<T: std::str::FromStr>(&self, name: &'static str) -> Result<Option<T>, OtpError> {
        self.param(name)?
            .map(|value| {
                value.trim().parse().map_err(|_| OtpError::BadNumber {
                    parameter: name,
                    value: value.to_owned(),
                })
            })
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOGLE_EXAMPLE: &str =
        "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example";

    #[test]
    fn googles_example_reads_as_documented() {
        let (uri, warnings) = parse(GOOGLE_EXAMPLE).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(uri.issuer.as_deref(), Some("Example"));
        assert_eq!(uri.account, "alice@google.com");
        assert_eq!(uri.secret.as_bytes(), b"Hello!\xde\xad\xbe\xef");
        assert_eq!(uri.spec, OtpSpec::default());
    }

    #[test]
    fn format_writes_every_parameter_with_upper_case_algorithm() {
        let (uri, _) = parse(GOOGLE_EXAMPLE).unwrap();
        assert_eq!(
            format(&uri).as_str(),
            "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn colons_and_dots_in_issuer_or_account_survive_a_round_trip() {
        for (issuer, account) in [
            (Some("Big:Corp"), "alice"),
            (None, "alice:work"),
            (Some("Big:Corp"), "alice:work"),
            (Some("Corp"), "alice:work"),
            (None, ".."),
            (None, "."),
            (Some("Big:Corp"), ".."),
        ] {
            let uri = OtpAuthUri {
                issuer: issuer.map(str::to_owned),
                account: account.to_owned(),
                secret: SecretBytes::new(b"12345678901234567890".to_vec()),
                spec: OtpSpec::default(),
            };
            let written = format(&uri);
            let (back, warnings) = parse(&written).unwrap();
            assert_eq!(back, uri, "{}", written.as_str());
            assert!(warnings.is_empty(), "{warnings:?}");
        }
    }

    #[test]
    fn debug_never_contains_the_secret() {
        let (uri, _) = parse(GOOGLE_EXAMPLE).unwrap();
        let printed = format!("{uri:?}");
        assert!(printed.contains("alice@google.com"), "{printed}");
        assert!(printed.contains("[redacted]"), "{printed}");
        assert!(!printed.contains("JBSWY3DP"), "{printed}");
        assert!(!printed.contains("72, 101"), "{printed}");
    }

    #[test]
    fn errors_never_repeat_the_secret() {
        for text in [
            "otpauth://totp/A?secret=JBSWY3DPEHPK3PXP&digits=x",
            "otpauth://qotp/A?secret=JBSWY3DPEHPK3PXP",
            "https://example.com/?secret=JBSWY3DPEHPK3PXP",
            "otpauth://totp/A?secret=JBSWY3DPEHPK3PXP&secret=JBSWY3DPEHPK3PXQ",
        ] {
            let message = parse(text).unwrap_err().to_string();
            assert!(!message.contains("JBSWY3DP"), "{message}");
        }
    }
}
