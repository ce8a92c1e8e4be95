//! Steam Guard account files of the Steam mobile app (`Steamguard-<steamid>`): JSON, either one
//! account object (older app versions) or `{"accounts": {"<id>": {...}}}` (newer ones). Only
//! `shared_secret` (Base64) and `account_name` are needed for codes; the identity secret,
//! revocation code and the rest serve Steam's trade confirmations and are ignored. No password.

use std::collections::BTreeMap;

use base64::Engine as _;
use serde::Deserialize;
use serde_json::error::Category;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames};
use super::{Detail, ImportError, Imported, ImportedEntry, Reason, SkippedEntry, label, reason};
use crate::otp::OtpSpec;
use crate::secret::{Password, SecretBytes};

pub struct Importer;

const FORMAT: &str = "Steam";
const ISSUER: &str = "Steam";

#[derive(Deserialize)]
struct Account {
    shared_secret: Option<Zeroizing<String>>,
    account_name: Option<String>,
}

impl Account {
    /// Steam's own field names; no other authenticator writes `shared_secret` next to
    /// `account_name`.
    fn is_steam(&self) -> bool {
        self.shared_secret.is_some() && self.account_name.is_some()
    }
}

/// Both layouts at once: an old file fills the first two fields, a new one `accounts`. Read
/// straight into these types (not `serde_json::Value`) so every copy of a secret is wiped.
#[derive(Deserialize)]
struct File<'a> {
    shared_secret: Option<Zeroizing<String>>,
    account_name: Option<String>,
    /// Each account read on its own (see [`entries`]).
    #[serde(borrow)]
    accounts: Option<BTreeMap<String, &'a RawValue>>,
}

/// An account's name, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
struct Names {
    #[serde(default)]
    account_name: Option<String>,
}

impl EntryNames for Names {
    fn label(&self) -> String {
        label(
            Some(ISSUER),
            self.account_name.as_deref().unwrap_or_default(),
        )
    }
}

/// The accounts of the file, in the order of their ids; those that cannot be read, with the
/// reason.
fn accounts(bytes: &[u8]) -> Result<Vec<Result<Account, SkippedEntry>>, ImportError> {
    let not_steam = |reason: Reason| ImportError::NotThisFormat {
        format: FORMAT,
        reason,
    };
    let file: File = serde_json::from_slice(bytes).map_err(|error| match error.classify() {
        Category::Eof => ImportError::Damaged {
            format: FORMAT,
            reason: Reason::EndsEarly,
        },
        Category::Data => not_steam(Reason::UnexpectedContent {
            detail: Detail::json(&error, true),
        }),
        _ => not_steam(Reason::NotJson {
            detail: Detail::json(&error, true),
        }),
    })?;
    let single = Account {
        shared_secret: file.shared_secret,
        account_name: file.account_name,
    };
    if single.is_steam() {
        return Ok(vec![Ok(single)]);
    }
    let accounts: Vec<Result<Account, SkippedEntry>> = file
        .accounts
        .unwrap_or_default()
        .into_values()
        .enumerate()
        .map(|(index, raw)| entries::read::<Account, Names>(raw, index))
        .collect();
    let steam = accounts
        .iter()
        .any(|account| account.as_ref().is_ok_and(Account::is_steam));
    if steam {
        Ok(accounts)
    } else {
        // No Steam Guard account in it.
        Err(not_steam(Reason::Missing {
            field: "shared_secret".to_owned(),
        }))
    }
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "steam";
    const NAME: &'static str = "Steam Guard (Steam mobile app)";
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        // Cheap pre-check: parsing every JSON file in full just to say no would be wasteful.
        bytes
            .windows(b"shared_secret".len())
            .any(|w| w == b"shared_secret")
            && accounts(bytes).is_ok()
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
    let name = account.account_name.unwrap_or_default();
    let skip = |reason: Reason| SkippedEntry {
        label: label(Some(ISSUER), &name).into(),
        reason: reason.into(),
    };
    let secret_text = account.shared_secret.ok_or_else(|| {
        skip(Reason::Missing {
            field: "shared_secret".to_owned(),
        })
    })?;
    let secret = base64::engine::general_purpose::STANDARD
        .decode(secret_text.trim())
        .map_err(|_| skip(reason::not_encoded("shared_secret", reason::BASE64)))?;
    if secret.is_empty() {
        return Err(skip(Reason::EmptySecret));
    }
    Ok(ImportedEntry {
        issuer: Some(ISSUER.to_owned()),
        account: name,
        secret: SecretBytes::new(secret),
        otp: OtpSpec::steam(),
    })
}
