//! One Stratum (formerly Authenticator Pro) authenticator as its backups and its app database
//! both hold it, and its conversion to an entry: shared by [`super::stratum`] and
//! [`super::stratum_database`], so that neither importer needs the other's internals.

use serde::Deserialize;
use zeroize::Zeroizing;

use super::stored;
use super::{ImportedEntry, Reason, SkipReason, SkippedEntry, label};
use crate::otp::{HashAlgorithm, OtpSpec};

/// Stratum's authenticator types (`AuthenticatorType`).
const TYPE_HOTP: i64 = 1;
const TYPE_TOTP: i64 = 2;
const TYPE_MOTP: i64 = 3;
const TYPE_STEAM: i64 = 4;
const TYPE_YANDEX: i64 = 5;

/// One authenticator, as the backups and the app's database both hold it.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Authenticator {
    #[serde(rename = "Type")]
    pub(crate) otp_type: i64,
    pub(crate) issuer: Option<String>,
    pub(crate) username: Option<String>,
    pub(crate) secret: Option<Zeroizing<String>>,
    pub(crate) algorithm: Option<i64>,
    pub(crate) digits: Option<i64>,
    pub(crate) period: Option<i64>,
    pub(crate) counter: Option<i64>,
}

/// The entry of one authenticator, or why it is skipped (types Zweifaktor cannot compute, unknown
/// numbers).
pub(crate) fn convert(authenticator: Authenticator) -> Result<ImportedEntry, SkippedEntry> {
    let issuer = authenticator
        .issuer
        .map(|issuer| issuer.trim().to_owned())
        .filter(|issuer| !issuer.is_empty());
    let account = authenticator.username.unwrap_or_default();
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason,
    };
    let algorithm = match authenticator.algorithm.unwrap_or(0) {
        0 => HashAlgorithm::Sha1,
        1 => HashAlgorithm::Sha256,
        2 => HashAlgorithm::Sha512,
        other => {
            return Err(skip(Reason::AlgorithmNumber { number: other }.into()));
        }
    };
    let digits = stored::digits(authenticator.digits).map_err(|e| skip(e.into()))?;
    let spec = match authenticator.otp_type {
        TYPE_TOTP => {
            stored::totp(authenticator.period, algorithm, digits).map_err(|e| skip(e.into()))?
        }
        TYPE_HOTP => {
            stored::hotp(authenticator.counter, algorithm, digits).map_err(|e| skip(e.into()))?
        }
        TYPE_STEAM => OtpSpec::steam(),
        TYPE_MOTP => return Err(skip(SkipReason::UnsupportedCodes("mOTP"))),
        TYPE_YANDEX => return Err(skip(SkipReason::UnsupportedCodes("Yandex"))),
        other => {
            return Err(skip(
                Reason::UnknownOtpType {
                    kind: other.to_string(),
                }
                .into(),
            ));
        }
    };
    super::finish_entry(issuer, account, authenticator.secret, spec)
}
