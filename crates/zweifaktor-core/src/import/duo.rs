//! Duo Mobile exports: a plain JSON array of accounts (`accountType` `OtpAccount`), each with a
//! `name` and an `otpGenerator` holding a Base32 `otpSecret` and, for counter-based accounts, a
//! `counter`. Duo stores no issuer, algorithm, digits or period: third-party accounts are
//! SHA1 / 6 digits / 30 s. Duo Push accounts carry no OTP secret and are skipped. No password.

use serde::Deserialize;
use serde_json::error::Category;
use zeroize::Zeroizing;

use super::{ImportError, Imported, ImportedEntry, SkippedEntry, label};
use crate::otp::{OtpKind, OtpSpec, parse_secret};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Duo Mobile";

/// Read straight into these types (not `serde_json::Value`) so every copy of a secret is
/// wiped.
#[derive(Deserialize)]
struct Account {
    #[serde(default, rename = "accountType")]
    account_type: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "otpGenerator")]
    otp_generator: Option<Generator>,
    #[serde(default)]
    pkey: Option<serde::de::IgnoredAny>,
}

impl Account {
    /// Duo's own field names: `accountType` and an `otpGenerator` (or, for Duo Push accounts,
    /// just Duo's `pkey`). No other app's export is an array of such objects.
    fn is_duo(&self) -> bool {
        self.account_type.is_some() && (self.otp_generator.is_some() || self.pkey.is_some())
    }
}

#[derive(Deserialize)]
struct Generator {
    #[serde(rename = "otpSecret")]
    otp_secret: Option<Zeroizing<String>>,
    counter: Option<i64>,
}

fn accounts(bytes: &[u8]) -> Result<Vec<Account>, ImportError> {
    let not_duo = |reason: String| ImportError::NotThisFormat {
        format: FORMAT,
        reason,
    };
    let accounts: Vec<Account> =
        serde_json::from_slice(bytes).map_err(|error| match error.classify() {
            Category::Eof => ImportError::Damaged {
                format: FORMAT,
                reason: "the file ends too early".to_owned(),
            },
            Category::Data => not_duo(format!("not a list of Duo accounts ({error})")),
            _ => not_duo("not JSON".to_owned()),
        })?;
    if accounts.is_empty() || !accounts.iter().all(Account::is_duo) {
        return Err(not_duo("not a list of Duo accounts".to_owned()));
    }
    Ok(accounts)
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
            match convert(account) {
                Ok(entry) => imported.entries.push(entry),
                Err(skipped) => imported.skipped.push(skipped),
            }
        }
        Ok(imported)
    }
}

fn convert(account: Account) -> Result<ImportedEntry, SkippedEntry> {
    let name = account.name.unwrap_or_default();
    let skip = |reason: String| SkippedEntry {
        label: label(None, &name),
        reason,
    };
    let generator = account.otp_generator.ok_or_else(|| {
        skip("the account has no one-time password generator (a Duo Push account?)".into())
    })?;
    let secret_text = generator
        .otp_secret
        .ok_or_else(|| skip("the account has no secret".into()))?;
    let (secret, _warnings) = parse_secret(&secret_text).map_err(|e| skip(e.to_string()))?;
    let kind = match generator.counter {
        None => OtpKind::Totp {
            period: crate::otp::DEFAULT_PERIOD,
        },
        Some(counter) => OtpKind::Hotp {
            counter: u64::try_from(counter)
                .map_err(|_| skip(format!("the counter {counter} is negative")))?,
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
