//! Bitwarden's unencrypted exports, JSON (`{"encrypted": false, "items": [...]}`) and CSV
//! (`…,login_username,login_password,login_totp`). Only items with a TOTP field are OTP
//! procedures; Bitwarden keeps passwords too, and those are not ours to import.
//!
//! The TOTP field holds an `otpauth://` URI, `steam://SECRET`, or a bare Base32 secret (which
//! Bitwarden treats as TOTP, SHA1, 6 digits, 30 s). A bare secret or a URI without an issuer
//! takes the item's name as issuer, and an empty account takes the item's user name, since that
//! is how the user knows the item in Bitwarden. Steam secrets carry no names at all: they get
//! issuer "Steam" and the user name, or "Steam account" when there is none.
//!
//! Encrypted exports (account-restricted or password-protected) are refused: the first cannot be
//! decrypted outside Bitwarden, and Bitwarden itself can export the plain form.

use serde::Deserialize;
use serde::de::IgnoredAny;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::otpauth_list::{entry_from_uri, parse_steam_uri, starts_with_otpauth, text_of};
use super::wiped_csv;
use super::{ImportError, Imported, ImportedEntry, Reason, SkippedEntry, label};
use crate::otp::{OtpError, OtpSpec, parse_secret, uri};
use crate::secret::Password;

const FORMAT: &str = "Bitwarden";
const CSV_TOTP_COLUMN: &str = "login_totp";
const STEAM_ACCOUNT: &str = "Steam account";

pub struct Importer;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonExport<'a> {
    encrypted: bool,
    #[serde(default, borrow)]
    items: Option<RawEntries<'a>>,
    #[serde(default)]
    data: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    login: Option<Login>,
}

#[derive(Deserialize)]
struct Login {
    #[serde(default)]
    username: Option<String>,
    /// An otpauth URI or a bare secret: wiped when dropped.
    #[serde(default)]
    totp: Option<Zeroizing<String>>,
}

/// An item's name, for the skipped list when the rest of it cannot be read.
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

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "bitwarden";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        match serde_json::from_slice::<JsonExport>(bytes) {
            Ok(export) => export.items.is_some() || export.data.is_some(),
            Err(_) => csv_header(bytes).is_some(),
        }
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        if let Ok(export) = serde_json::from_slice::<JsonExport>(bytes) {
            return import_json(export);
        }
        if csv_header(bytes).is_some() {
            return import_csv(bytes);
        }
        Err(ImportError::NotThisFormat {
            format: FORMAT,
            // Neither Bitwarden's JSON export nor a CSV file with the column.
            reason: Reason::CsvWithout {
                column: CSV_TOTP_COLUMN.to_owned(),
            },
        })
    }
}

fn import_json(export: JsonExport<'_>) -> Result<Imported, ImportError> {
    if export.encrypted {
        return Err(ImportError::Unsupported {
            format: FORMAT,
            reason: Reason::BitwardenEncrypted,
        });
    }
    let items = export.items.ok_or_else(|| ImportError::Damaged {
        format: FORMAT,
        reason: Reason::Missing {
            field: "items".to_owned(),
        },
    })?;
    let mut imported = Imported::default();
    for (index, raw) in items.into_iter().enumerate() {
        let item = match entries::read::<Item, Names>(raw, index) {
            Ok(item) => item,
            Err(skipped) => {
                imported.skipped.push(skipped);
                continue;
            }
        };
        let Some(login) = item.login else { continue };
        add_item(
            &mut imported,
            item.name.as_deref().unwrap_or_default(),
            login.username.as_deref().unwrap_or_default(),
            login.totp.as_ref().map_or("", |totp| totp.as_str()),
        );
    }
    Ok(imported)
}

/// The CSV header's column names, when they include Bitwarden's TOTP column. Detection runs on
/// every file imported, and must keep no copy of their secrets: only the first line is read,
/// and its fields are copied only when they are Bitwarden's header (which holds no secret).
fn csv_header(bytes: &[u8]) -> Option<Vec<String>> {
    let text = text_of(bytes, FORMAT).ok()?;
    let first_line = text.lines().next()?;
    let mut header = None;
    wiped_csv::for_each_record(first_line, |names| {
        if header.is_none() && names.iter().any(|name| name.trim() == CSV_TOTP_COLUMN) {
            header = Some(names.iter().map(|name| name.trim().to_owned()).collect());
        }
    });
    header
}

fn import_csv(bytes: &[u8]) -> Result<Imported, ImportError> {
    let text = text_of(bytes, FORMAT)?;
    let header = csv_header(bytes).ok_or_else(|| ImportError::NotThisFormat {
        format: FORMAT,
        reason: Reason::CsvWithout {
            column: CSV_TOTP_COLUMN.to_owned(),
        },
    })?;
    let column = |wanted: &str| header.iter().position(|name| name == wanted);
    let (name_col, user_col, totp_col) = (
        column("name"),
        column("login_username"),
        column(CSV_TOTP_COLUMN),
    );
    let mut imported = Imported::default();
    let mut is_header = true;
    wiped_csv::for_each_record(text, |record| {
        if std::mem::take(&mut is_header) {
            return;
        }
        let field = |col: Option<usize>| col.and_then(|col| record.get(col).copied());
        add_item(
            &mut imported,
            field(name_col).unwrap_or_default(),
            field(user_col).unwrap_or_default(),
            field(totp_col).unwrap_or_default(),
        );
    });
    Ok(imported)
}

/// Adds the item's procedure, if it has a TOTP field, to the entries or the skipped list.
fn add_item(imported: &mut Imported, item_name: &str, username: &str, totp: &str) {
    let totp = totp.trim();
    if totp.is_empty() {
        return;
    }
    let item_name = item_name.trim();
    let username = username.trim();
    match convert(item_name, username, totp) {
        Ok(entry) => imported.entries.push(entry),
        Err(reason) => imported.skipped.push(SkippedEntry {
            label: label(Some(item_name), username).into(),
            reason: reason.into(),
        }),
    }
}

fn convert(item_name: &str, username: &str, totp: &str) -> Result<ImportedEntry, OtpError> {
    let non_empty = |text: &str| (!text.is_empty()).then(|| text.to_owned());
    if let Some(steam) = parse_steam_uri(totp) {
        let (secret, otp) = steam?;
        return Ok(ImportedEntry {
            issuer: Some("Steam".to_owned()),
            account: non_empty(username).unwrap_or_else(|| STEAM_ACCOUNT.to_owned()),
            secret,
            otp,
        });
    }
    if starts_with_otpauth(totp) {
        let (parsed, _warnings) = uri::parse(totp)?;
        let mut entry = entry_from_uri(parsed);
        if entry.issuer.is_none() {
            entry.issuer = non_empty(item_name);
        }
        if entry.account.trim().is_empty() {
            entry.account = username.to_owned();
        }
        return Ok(entry);
    }
    let (secret, _warnings) = parse_secret(totp)?;
    Ok(ImportedEntry {
        issuer: non_empty(item_name),
        account: username.to_owned(),
        secret,
        otp: OtpSpec::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Importer as _;

    #[test]
    fn a_bare_secret_is_default_totp_named_after_the_item() {
        let json = br#"{"encrypted":false,"items":[{"name":"Forge","login":{"username":"me","totp":"JBSW Y3DP EHPK 3PXP"}},{"name":"Mail","login":{"totp":null}}]}"#;
        let imported = Importer::import(json, None).unwrap();
        assert_eq!(imported.entries.len(), 1);
        let entry = &imported.entries[0];
        assert_eq!(entry.issuer.as_deref(), Some("Forge"));
        assert_eq!(entry.account, "me");
        assert_eq!(entry.otp, OtpSpec::default());
    }

    #[test]
    fn encrypted_exports_are_refused() {
        let json = br#"{"encrypted":true,"passwordProtected":true,"data":"2.abc"}"#;
        assert!(Importer::detect(json));
        assert!(matches!(
            Importer::import(json, None),
            Err(ImportError::Unsupported { .. })
        ));
    }

    #[test]
    fn a_bad_secret_is_skipped_by_item_name() {
        let csv = b"name,login_username,login_totp\nForge,me,not a secret!\n";
        let imported = Importer::import(csv, None).unwrap();
        assert!(imported.entries.is_empty());
        assert_eq!(imported.skipped[0].label, "Forge (me)");
    }
}
