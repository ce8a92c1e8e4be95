//! Duo Mobile exports: a plain JSON array of accounts (`accountType` `OtpAccount`), each with a
//! `name` and an `otpGenerator` holding a Base32 `otpSecret` and, for counter-based accounts, a
//! `counter`. Duo stores no issuer, algorithm, digits or period: third-party accounts are
//! SHA1 / 6 digits / 30 s. Duo Push accounts carry no OTP secret and are skipped. No password.

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::error::Category;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::{
    Detail, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, label,
};
use crate::otp::{OtpKind, OtpSpec, parse_secret};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Duo Mobile";

/// Read straight into these types (not `serde_json::Value`) so every copy of a secret is
/// wiped.
#[derive(Deserialize)]
struct Account {
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "otpGenerator")]
    otp_generator: Option<Generator>,
}

#[derive(Deserialize)]
struct Generator {
    #[serde(rename = "otpSecret")]
    otp_secret: Option<Zeroizing<String>>,
    counter: Option<i64>,
}

/// Duo's own field names, whatever their values: `accountType` and an `otpGenerator` (or, for
/// Duo Push accounts, just Duo's `pkey`). No other app's export is an array of such objects.
#[derive(Deserialize)]
struct Probe {
    #[serde(default, rename = "accountType")]
    account_type: Option<IgnoredAny>,
    #[serde(default, rename = "otpGenerator")]
    otp_generator: Option<IgnoredAny>,
    #[serde(default)]
    pkey: Option<IgnoredAny>,
}

/// An account's name, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
struct Names {
    #[serde(default)]
    name: Option<String>,
}

impl EntryNames for Names {
    fn label(&self) -> String {
        self.name.clone().unwrap_or_default()
    }
}

/// The accounts, each read on its own; those that cannot be read, with the reason.
fn accounts(bytes: &[u8]) -> Result<Vec<Result<Account, SkippedEntry>>, ImportError> {
    let not_duo = |reason: Reason| ImportError::NotThisFormat {
        format: FORMAT,
        reason,
    };
    let raw: RawEntries =
        serde_json::from_slice(bytes).map_err(|error| match error.classify() {
            Category::Eof => ImportError::Damaged {
                format: FORMAT,
                reason: Reason::EndsEarly,
            },
            Category::Data => not_duo(Reason::UnexpectedContent {
                detail: Detail::json(&error, true),
            }),
            _ => not_duo(Reason::NotJson {
                detail: Detail::json(&error, true),
            }),
        })?;
    let is_duo = |raw: &&RawValue| {
        serde_json::from_str::<Probe>(raw.get()).is_ok_and(|probe| {
            probe.account_type.is_some() && (probe.otp_generator.is_some() || probe.pkey.is_some())
        })
    };
    if raw.is_empty() || !raw.iter().all(is_duo) {
        // Not a list of Duo accounts.
        return Err(not_duo(Reason::UnexpectedContent { detail: None }));
    }
    Ok(raw
        .into_iter()
        .enumerate()
        .map(|(index, raw)| entries::read::<Account, Names>(raw, index))
        .collect())
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "duo";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        bytes.trim_ascii_start().starts_with(b"[") && accounts(bytes).is_ok()
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        let mut imported = Imported::default();
        for account in accounts(bytes)? {
            match account.and_then(convert) {
                Ok(entry) => imported.entries.push(entry),
                Err(skipped) => imported.skipped.push(skipped),
            }
        }
        Ok(imported)
    }
}

fn convert(account: Account) -> Result<ImportedEntry, SkippedEntry> {
    let name = account.name.unwrap_or_default();
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(None, &name).into(),
        reason,
    };
    let generator = account
        .otp_generator
        .ok_or_else(|| skip(Reason::DuoPush.into()))?;
    let secret_text = generator
        .otp_secret
        .ok_or_else(|| skip(SkipReason::NoSecret))?;
    let (secret, _warnings) = parse_secret(&secret_text).map_err(|e| skip(e.into()))?;
    let kind = match generator.counter {
        None => OtpKind::Totp {
            period: crate::otp::DEFAULT_PERIOD,
        },
        Some(counter) => OtpKind::Hotp {
            counter: u64::try_from(counter)
                .map_err(|_| skip(Reason::NegativeCounter { counter }.into()))?,
        },
    };
    Ok(ImportedEntry {
        issuer: None,
        account: name,
        secret,
        otp: OtpSpec {
            kind,
            ..OtpSpec::default()
        },
    })
}
