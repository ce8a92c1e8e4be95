//! What codes, secrets, `otpauth://` links and procedures say when they cannot be used, and
//! their warnings.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{Localize, quoted};
use crate::otp::{MAX_SECRET_BYTES, OtpError, OtpWarning, UriProblem};
use crate::procedure::{FindError, ProcedureError, UrlProblem};

impl Localize for OtpError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            OtpError::EmptySecret => fl!(l, "otp-empty-secret"),
            OtpError::InvalidBase32Character {
                character,
                position,
            } => fl!(
                l,
                "otp-invalid-base32",
                character = quoted(&character.to_string()),
                position = (*position)
            ),
            OtpError::Digits(digits) => fl!(l, "otp-digits", digits = (*digits)),
            OtpError::Period(period) => fl!(l, "otp-period", period = (*period)),
            OtpError::SteamParameters => fl!(l, "otp-steam-parameters"),
            OtpError::Algorithm(name) => fl!(l, "otp-algorithm", name = quoted(name)),
            OtpError::Uri(problem) => fl!(l, "otp-uri", detail = problem.localize(l)),
            OtpError::SecretTooLong { bytes } => fl!(
                l,
                "otp-secret-too-long",
                bytes = (*bytes),
                max = MAX_SECRET_BYTES
            ),
            OtpError::SecretTooShort { characters } => {
                fl!(l, "otp-secret-too-short", characters = (*characters))
            }
            OtpError::UriType(name) => fl!(l, "otp-uri-type", name = quoted(name)),
            OtpError::UriEncoder { type_name, encoder } => fl!(
                l,
                "otp-uri-encoder",
                name = quoted(type_name),
                encoder = quoted(encoder)
            ),
            OtpError::MissingParameter(parameter) => {
                fl!(l, "otp-missing-parameter", parameter = (*parameter))
            }
            OtpError::BadNumber { parameter, value } => fl!(
                l,
                "otp-bad-number",
                parameter = (*parameter),
                value = quoted(value)
            ),
            OtpError::DuplicateParameter(parameter) => {
                fl!(l, "otp-duplicate-parameter", parameter = quoted(parameter))
            }
            OtpError::SteamPeriod(period) => fl!(l, "otp-steam-period", period = (*period)),
        }
    }
}

impl Localize for UriProblem {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            UriProblem::Empty => fl!(l, "uri-empty"),
            UriProblem::NoScheme => fl!(l, "uri-no-scheme"),
            UriProblem::Unreadable(e) => fl!(l, "uri-unreadable", reason = url_syntax(e, l)),
            UriProblem::MigrationExport => fl!(l, "uri-migration-export"),
            UriProblem::OtherScheme(scheme) => {
                fl!(l, "uri-other-scheme", scheme = quoted(scheme))
            }
            UriProblem::NoType => fl!(l, "uri-no-type"),
        }
    }
}

impl Localize for OtpWarning {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            OtpWarning::ShortSecret { bits } => fl!(l, "otp-warning-short-secret", bits = (*bits)),
            OtpWarning::DanglingCharacter => fl!(l, "otp-warning-dangling-character"),
            OtpWarning::IssuerMismatch { label, parameter } => fl!(
                l,
                "otp-warning-issuer-mismatch",
                label = quoted(label),
                parameter = quoted(parameter)
            ),
        }
    }
}

impl Localize for ProcedureError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            ProcedureError::EmptyName => fl!(l, "procedure-empty-name"),
            ProcedureError::TooLong { field, chars, max } => fl!(
                l,
                "procedure-too-long",
                field = (*field),
                chars = (*chars),
                max = (*max)
            ),
            ProcedureError::CounterExhausted => fl!(
                l,
                "procedure-counter-exhausted",
                // As text: a number this large would be rounded as a Fluent number.
                max = u64::MAX.to_string()
            ),
            ProcedureError::UrlScheme(url) => fl!(l, "procedure-url-scheme", url = quoted(url)),
            ProcedureError::UrlInvalid(url, problem) => fl!(
                l,
                "procedure-url-invalid",
                url = quoted(url),
                detail = problem.localize(l)
            ),
            ProcedureError::Otp(e) => e.localize(l),
        }
    }
}

impl Localize for UrlProblem {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            UrlProblem::ControlCharacters => fl!(l, "url-control-characters"),
            UrlProblem::Syntax(e) => url_syntax(e, l),
            UrlProblem::NoHost => fl!(l, "url-no-host"),
        }
    }
}

impl Localize for FindError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            FindError::NotFound(query) => fl!(l, "find-not-found", query = quoted(query)),
            FindError::Ambiguous { query, matches } => fl!(
                l,
                "find-ambiguous",
                query = quoted(query),
                matches = matches
                    .iter()
                    .map(|m| quoted(m))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }
}

/// What the url crate found wrong with an address (a link, a login page), in the user's
/// language. Its own messages are English; the variants it may add later get a general
/// sentence.
fn url_syntax(error: &url::ParseError, l: &FluentLanguageLoader) -> String {
    use i18n_embed_fl::fl;
    use url::ParseError;
    match error {
        ParseError::EmptyHost => fl!(l, "url-syntax-empty-host"),
        ParseError::IdnaError => fl!(l, "url-syntax-idna"),
        ParseError::InvalidPort => fl!(l, "url-syntax-port"),
        ParseError::InvalidIpv4Address => fl!(l, "url-syntax-ipv4"),
        ParseError::InvalidIpv6Address => fl!(l, "url-syntax-ipv6"),
        ParseError::InvalidDomainCharacter => fl!(l, "url-syntax-domain-character"),
        ParseError::RelativeUrlWithoutBase | ParseError::RelativeUrlWithCannotBeABaseBase => {
            fl!(l, "url-syntax-relative")
        }
        ParseError::Overflow => fl!(l, "url-syntax-too-long"),
        _ => fl!(l, "url-syntax-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::german::assert_german;
    use super::*;
    use crate::otp::uri;

    /// The German reason for a pasted text that is no `otpauth://` link.
    fn german_reason(text: &str) -> String {
        let de = crate::i18n::loader_for("de");
        match uri::parse(text) {
            Ok(_) => panic!("{text:?} was accepted"),
            Err(error) => error.localize(&de),
        }
    }

    #[test]
    fn a_wrong_link_says_in_german_what_is_wrong_with_it() {
        for (text, words) in [
            ("  ", &["kein otpauth-Link", "Text ist leer"][..]),
            ("JBSWY3DPEHPK3PXP", &["beginnt nicht mit otpauth://"]),
            (
                "https://example.com/?secret=JBSWY3DPEHPK3PXP",
                &["„https:“", "statt"],
            ),
            (
                "otpauth-migration://offline?data=CjEK",
                &["Google Authenticator", "kein einzelnes Konto"],
            ),
            (
                "otpauth:///A?secret=JBSWY3DPEHPK3PXP",
                &["fehlt die Code-Art"],
            ),
            (
                "otpauth://[::1/A",
                &["nicht als Link gelesen", "IPv6-Adresse ist ungültig"],
            ),
            (
                "otpauth://totp:99999999/A?secret=JBSWY3DPEHPK3PXP",
                &["Portnummer ist ungültig"],
            ),
            (
                "otpauth://to<tp/A?secret=JBSWY3DPEHPK3PXP",
                &["unzulässiges Zeichen"],
            ),
            (
                "otpauth://totp/A?secret=JBSWY3DPEHPK3PXP&encoder=yandex",
                &["unbekannte Code-Art „totp“", "„yandex“"],
            ),
            (
                "otpauth://hotp/A?secret=JBSWY3DPEHPK3PXP&counter=1&encoder=steam",
                &["„hotp“", "„steam“"],
            ),
        ] {
            let reason = german_reason(text);
            assert_german(&reason, words);
            assert!(!reason.contains("JBSWY3DP"), "{reason}");
        }
    }

    #[test]
    fn a_wrong_login_page_says_in_german_what_is_wrong_with_it() {
        let de = crate::i18n::loader_for("de");
        for (text, words) in [
            ("https://exa\u{7}mple.com", &["Steuerzeichen"][..]),
            ("https://", &["Servername fehlt"]),
            ("https://example.com:99999/", &["Portnummer ist ungültig"]),
            ("https://999.1.1.1/", &["IPv4-Adresse"]),
            ("https://exa mple.com/", &["internationale Domainname"]),
        ] {
            let error = match crate::procedure::validate_url(text) {
                Ok(()) => panic!("{text:?} was accepted"),
                Err(error) => error,
            };
            assert!(matches!(error, ProcedureError::UrlInvalid(..)), "{error:?}");
            let reason = error.localize(&de);
            assert_german(&reason, words);
            assert!(reason.contains("ist ungültig:"), "{reason}");
        }
        // The url crate finds no host where our own check does: a file-like address.
        let no_host = ProcedureError::UrlInvalid("https:x".into(), UrlProblem::NoHost);
        assert_german(&no_host.localize(&de), &["nennt keinen Server"]);
    }
}
