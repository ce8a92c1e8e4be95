//! Proton Authenticator's JSON export: `{"version": 1, "entries": [{"content": {"uri",
//! "entry_type", "name"}, …}]}`. Each entry's `uri` is an `otpauth://` URI (or `steam://SECRET`
//! for Steam entries); the account name is Proton's `name`, which the user may have edited after
//! scanning, so it wins over the name inside the URI.

use serde::Deserialize;
use serde::de::IgnoredAny;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::otpauth_list::{entry_from_uri, parse_steam_uri};
use super::{Detail, EntryLabel, ImportError, Imported, ImportedEntry, Reason, SkippedEntry};
use crate::otp::{OtpError, uri};
use crate::secret::Password;

const FORMAT: &str = "Proton Authenticator";

pub struct Importer;

#[derive(Deserialize)]
struct Export<'a> {
    version: u32,
    #[serde(borrow)]
    entries: RawEntries<'a>,
}

/// Proton's shape, whatever the values: every entry has a content with a URI and a type.
#[derive(Deserialize)]
struct Probe {
    #[serde(rename = "version")]
    _version: IgnoredAny,
    #[serde(rename = "entries")]
    _entries: Vec<ProbeEntry>,
}

#[derive(Deserialize)]
struct ProbeEntry {
    #[serde(rename = "content")]
    _content: ProbeContent,
}

#[derive(Deserialize)]
struct ProbeContent {
    #[serde(rename = "uri")]
    _uri: IgnoredAny,
    #[serde(rename = "entry_type")]
    _entry_type: IgnoredAny,
}

#[derive(Deserialize)]
struct Entry {
    content: Content,
}

#[derive(Deserialize)]
struct Content {
    /// Holds the secret: wiped when dropped.
    uri: Zeroizing<String>,
    // Required, and text (an entry without it cannot be read), but the URI says the type.
    #[serde(rename = "entry_type")]
    _entry_type: String,
    #[serde(default)]
    name: Option<String>,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "proton";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        serde_json::from_slice::<Probe>(bytes).is_ok()
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        let export: Export =
            serde_json::from_slice(bytes).map_err(|error| ImportError::NotThisFormat {
                format: FORMAT,
                reason: Reason::UnexpectedContent {
                    detail: Detail::json(&error, true),
                },
            })?;
        if export.version != 1 {
            return Err(ImportError::Unsupported {
                format: FORMAT,
                reason: Reason::Version {
                    found: u64::from(export.version),
                    min: 1,
                    max: 1,
                },
            });
        }
        let mut imported = Imported::default();
        for (index, raw) in export.entries.into_iter().enumerate() {
            let entry = match entries::read::<Entry, Names>(raw, index) {
                Ok(entry) => entry,
                Err(skipped) => {
                    imported.skipped.push(skipped);
                    continue;
                }
            };
            match convert(entry.content) {
                Ok(entry) => imported.entries.push(entry),
                Err((label, reason)) => imported.skipped.push(SkippedEntry {
                    label: label.map_or(EntryLabel::Entry(index + 1), EntryLabel::Named),
                    reason: reason.into(),
                }),
            }
        }
        Ok(imported)
    }
}

/// An entry's name, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
struct Names {
    content: NamesContent,
}

#[derive(Deserialize)]
struct NamesContent {
    #[serde(default)]
    name: Option<String>,
}

impl EntryNames for Names {
    fn label(&self) -> String {
        self.content.name.clone().unwrap_or_default()
    }
}

/// The entry, or what to call it and why it cannot be used.
fn convert(content: Content) -> Result<ImportedEntry, (Option<String>, OtpError)> {
    let name = content
        .name
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty());
    if let Some(steam) = parse_steam_uri(&content.uri) {
        let (secret, otp) = steam.map_err(|error| (name.clone(), error))?;
        return Ok(ImportedEntry {
            issuer: Some("Steam".to_owned()),
            account: name.unwrap_or_default(),
            secret,
            otp,
        });
    }
    let (parsed, _warnings) = uri::parse(&content.uri).map_err(|error| (name.clone(), error))?;
    let mut entry = entry_from_uri(parsed);
    if let Some(name) = name {
        entry.account = name;
    }
    Ok(entry)
}
