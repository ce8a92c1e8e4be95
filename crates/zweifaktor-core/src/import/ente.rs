//! Ente Auth's plain-text export: `otpauth://` URIs, one per line, each with Ente's own
//! `codeDisplay` parameter (percent-encoded JSON: pinned, trashed, tags, …). Codes the user put
//! in Ente's trash are skipped with that reason rather than brought back to life.
//!
//! Ente's encrypted export (JSON with `kdfParams` and `encryptedData`, Argon2 and libsodium's
//! secretstream) is recognised and refused with a message saying what to export instead.

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::otpauth_list::{content_lines, entry_from_uri, starts_with_otpauth, text_of};
use super::{EntryLabel, ImportError, Imported, Reason, SkippedEntry};
use crate::otp::uri;
use crate::secret::Password;

const FORMAT: &str = "Ente Auth";
const CODE_DISPLAY: &str = "codeDisplay=";

pub struct Importer;

/// The keys of Ente's encrypted export, used to recognise it. Their values are not kept:
/// detection runs on every file imported, and must copy none of their secrets.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EncryptedExport {
    #[serde(rename = "kdfParams")]
    _kdf_params: IgnoredAny,
    #[serde(rename = "encryptedData")]
    _encrypted_data: IgnoredAny,
}

#[derive(Deserialize, Default)]
struct CodeDisplay {
    #[serde(default)]
    trashed: bool,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "ente";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        if is_encrypted_export(bytes) {
            return true;
        }
        let Ok(text) = text_of(bytes, FORMAT) else {
            return false;
        };
        // Only Ente writes `codeDisplay`; without it the file is a plain URI list.
        let mut lines = content_lines(text).peekable();
        lines.peek().is_some()
            && content_lines(text).any(|(_, line)| line.contains(CODE_DISPLAY))
            && lines.all(|(_, line)| starts_with_otpauth(line))
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        if is_encrypted_export(bytes) {
            return Err(ImportError::Unsupported {
                format: FORMAT,
                reason: Reason::EnteEncrypted,
            });
        }
        let text = text_of(bytes, FORMAT)?;
        if !content_lines(text).any(|(_, line)| starts_with_otpauth(line)) {
            return Err(ImportError::NotThisFormat {
                format: FORMAT,
                reason: Reason::NoOtpauthLine,
            });
        }
        let mut imported = Imported::default();
        for (number, line) in content_lines(text) {
            match uri::parse(line) {
                Ok((parsed, _warnings)) if is_trashed(line) => {
                    imported.skipped.push(SkippedEntry {
                        label: super::label(parsed.issuer.as_deref(), &parsed.account).into(),
                        reason: super::SkipReason::InTrash,
                    });
                }
                Ok((parsed, _warnings)) => imported.entries.push(entry_from_uri(parsed)),
                Err(error) => imported.skipped.push(SkippedEntry {
                    label: EntryLabel::Line(number),
                    reason: error.into(),
                }),
            }
        }
        Ok(imported)
    }
}

/// A JSON object with Ente's keys (a struct also reads from a JSON array, by position: that
/// is not Ente's export).
fn is_encrypted_export(bytes: &[u8]) -> bool {
    bytes.trim_ascii_start().starts_with(b"{")
        && serde_json::from_slice::<EncryptedExport>(bytes).is_ok()
}

/// Whether the line's `codeDisplay` says the code is in the trash. Unreadable display data
/// counts as not trashed: it is Ente's decoration, and losing a code would be worse. Only that
/// parameter is decoded: parsing the whole line as a URL would copy its secret into strings
/// that are freed unwiped.
fn is_trashed(line: &str) -> bool {
    let query = line.split_once('?').map_or("", |(_, query)| query);
    query
        .split('&')
        .find_map(|parameter| parameter.strip_prefix(CODE_DISPLAY))
        .and_then(|value| {
            // Form encoding: `+` is a space.
            let value = value.replace('+', " ");
            let json = percent_encoding::percent_decode_str(&value)
                .decode_utf8()
                .ok()?;
            serde_json::from_str::<CodeDisplay>(&json).ok()
        })
        .unwrap_or_default()
        .trashed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Importer as _;

    #[test]
    fn trashed_codes_are_skipped_with_the_reason() {
        let text =
            "otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&codeDisplay=%7B%22trashed%22%3Atrue%7D\n";
        let imported = Importer::import(text.as_bytes(), None).unwrap();
        assert!(imported.entries.is_empty());
        assert_eq!(imported.skipped[0].label, "A (b)");
        assert!(imported.skipped[0].reason.to_string().contains("trash"));
    }

    #[test]
    fn encrypted_exports_are_recognised_and_refused() {
        let json = br#"{"version":1,"kdfParams":{"memLimit":1,"opsLimit":1,"salt":"x"},"encryptedData":"abc","encryptionNonce":"n"}"#;
        assert!(Importer::detect(json));
        assert!(matches!(
            Importer::import(json, None),
            Err(ImportError::Unsupported { .. })
        ));
    }
}
