//! The token as FreeOTP and FreeOTP+ both store it: one JSON object per token (settings, and
//! in v1 and FreeOTP+ the secret too), and the v1 app-internal `tokens.xml` (Android shared
//! preferences, one token JSON per `<string>`) that FreeOTP and FreeOTP+ share. Both apps'
//! importers ([`super::freeotp`], [`super::freeotp_plus`]) read their files through this module,
//! so neither needs the other.
//!
//! Counters are imported as stored: FreeOTP stores the counter of the next code to show, which
//! is what Zweifaktor keeps too.

use serde::Deserialize;
use zeroize::Zeroizing;

use super::entries::EntryNames;
use super::otpauth_list::text_of;
use super::shared_prefs::shared_prefs_strings;
use super::{
    Detail, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, label,
};
use crate::otp::{DEFAULT_DIGITS, DEFAULT_PERIOD, HashAlgorithm, OtpKind, OtpSpec};
use crate::secret::SecretBytes;

/// One token as FreeOTP and FreeOTP+ write it. `*Alt` are the names the user edited in the
/// app; they win over the ones from the QR code.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Token {
    #[serde(default)]
    algo: Option<String>,
    #[serde(default)]
    counter: Option<u64>,
    #[serde(default)]
    digits: Option<u8>,
    #[serde(default)]
    issuer_alt: Option<String>,
    #[serde(default)]
    issuer_ext: Option<String>,
    #[serde(default)]
    issuer_int: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    label_alt: Option<String>,
    #[serde(default)]
    period: Option<u32>,
    /// Java's signed bytes; v2 backups keep the secret elsewhere.
    #[serde(default)]
    secret: Option<Zeroizing<Vec<i8>>>,
    #[serde(rename = "type")]
    otp_type: String,
}

impl Token {
    /// "Issuer (account)" as the app shows it, for the skipped list.
    pub(crate) fn label(&self) -> String {
        label(self.issuer().as_deref(), &self.account())
    }

    fn issuer(&self) -> Option<String> {
        [&self.issuer_alt, &self.issuer_ext, &self.issuer_int]
            .into_iter()
            .flatten()
            .map(|issuer| issuer.trim())
            .find(|issuer| !issuer.is_empty())
            .map(str::to_owned)
    }

    fn account(&self) -> String {
        [&self.label_alt, &self.label]
            .into_iter()
            .flatten()
            .map(|name| name.trim())
            .find(|name| !name.is_empty())
            .unwrap_or_default()
            .to_owned()
    }

    /// The secret stored in the token itself (FreeOTP v1, FreeOTP+).
    pub(crate) fn take_secret(&mut self) -> Option<SecretBytes> {
        self.secret.take().map(|signed| {
            // `as u8` reinterprets Java's two's-complement bytes, which is the intent.
            SecretBytes::new(signed.iter().map(|&byte| byte as u8).collect())
        })
    }

    /// The entry, with `secret` from wherever this format keeps it; or why it cannot be used.
    /// Missing algorithm, digits and period take FreeOTP's defaults (SHA1, 6, 30 s).
    pub(crate) fn into_entry(self, secret: SecretBytes) -> Result<ImportedEntry, SkipReason> {
        if secret.is_empty() {
            return Err(SkipReason::NoSecret);
        }
        let algorithm = match self.algo.as_deref() {
            None => HashAlgorithm::Sha1,
            Some(name) => {
                HashAlgorithm::from_name(name).ok_or_else(|| Reason::UnknownAlgorithm {
                    name: format!("{name:?}"),
                })?
            }
        };
        let kind = match self.otp_type.to_ascii_uppercase().as_str() {
            "TOTP" => OtpKind::Totp {
                period: self.period.unwrap_or(DEFAULT_PERIOD),
            },
            "HOTP" => OtpKind::Hotp {
                counter: self.counter.unwrap_or(0),
            },
            other => {
                return Err(Reason::UnknownOtpType {
                    kind: format!("{other:?}"),
                }
                .into());
            }
        };
        let otp = OtpSpec {
            kind,
            algorithm,
            digits: self.digits.unwrap_or(DEFAULT_DIGITS),
        };
        otp.validate()?;
        Ok(ImportedEntry {
            issuer: self.issuer(),
            account: self.account(),
            secret,
            otp,
        })
    }
}

/// A token's names, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TokenNames {
    #[serde(default)]
    issuer_alt: Option<String>,
    #[serde(default)]
    issuer_ext: Option<String>,
    #[serde(default)]
    issuer_int: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    label_alt: Option<String>,
}

impl EntryNames for TokenNames {
    fn label(&self) -> String {
        let first = |fields: &[&Option<String>]| {
            fields
                .iter()
                .filter_map(|field| field.as_deref())
                .map(str::trim)
                .find(|text| !text.is_empty())
                .map(str::to_owned)
        };
        label(
            first(&[&self.issuer_alt, &self.issuer_ext, &self.issuer_int]).as_deref(),
            &first(&[&self.label_alt, &self.label]).unwrap_or_default(),
        )
    }
}

/// Reads one token's JSON (with its secret inside) into an entry or a skipped line.
pub(crate) fn add_token_json(imported: &mut Imported, json: &str, fallback_label: &str) {
    match serde_json::from_str::<Token>(json) {
        Ok(token) => add_token(imported, token),
        Err(error) => imported.skipped.push(SkippedEntry {
            label: serde_json::from_str::<TokenNames>(json)
                .map(|names| names.label())
                .ok()
                .filter(|label| !label.is_empty())
                .unwrap_or_else(|| fallback_label.to_owned())
                .into(),
            reason: Reason::EntryUnreadable {
                detail: Detail::json(&error, false),
            }
            .into(),
        }),
    }
}

pub(crate) fn add_token(imported: &mut Imported, mut token: Token) {
    let token_label = token.label();
    let result = match token.take_secret() {
        Some(secret) => token.into_entry(secret),
        None => Err(SkipReason::NoSecret),
    };
    match result {
        Ok(entry) => imported.entries.push(entry),
        Err(reason) => imported.skipped.push(SkippedEntry {
            label: token_label.into(),
            reason,
        }),
    }
}

/// Whether `bytes` look like FreeOTP's (or FreeOTP+'s) `tokens.xml`: shared preferences with a
/// `tokenOrder` entry, which no other app writes.
pub(crate) fn is_tokens_xml(bytes: &[u8]) -> bool {
    let Ok(text) = text_of(bytes, "FreeOTP") else {
        return false;
    };
    let start = text.trim_start();
    (start.starts_with("<?xml") || start.starts_with("<map"))
        && text.contains("<map")
        && text.contains("name=\"tokenOrder\"")
}

/// Every `<string>` but `tokenOrder` is one token's JSON.
pub(crate) fn import_tokens_xml(
    bytes: &[u8],
    format: &'static str,
) -> Result<Imported, ImportError> {
    let text = text_of(bytes, format)?;
    if !is_tokens_xml(bytes) {
        return Err(ImportError::NotThisFormat {
            format,
            reason: Reason::Missing {
                field: "tokenOrder".to_owned(),
            },
        });
    }
    let mut imported = Imported::default();
    for (name, json) in shared_prefs_strings(text, format)? {
        // The JSON holds the secret; the string is wiped when dropped.
        if name != "tokenOrder" {
            add_token_json(&mut imported, &json, &name);
        }
    }
    Ok(imported)
}
