//! What codes, secrets, `otpauth://` links and procedures say when they cannot be used, and
//! their warnings.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{Localize, quoted};
use crate::otp::{MAX_SECRET_BYTES, OtpError, OtpWarning};
use crate::procedure::{FindError, ProcedureError};

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
            OtpError::Uri(detail) => fl!(l, "otp-uri", detail = detail.as_str()),
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
            ProcedureError::UrlInvalid(url, detail) => fl!(
                l,
                "procedure-url-invalid",
                url = quoted(url),
                detail = detail.as_str()
            ),
            ProcedureError::Otp(e) => e.localize(l),
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
