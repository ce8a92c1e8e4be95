//! FreeOTP+'s JSON export (`{"tokenOrder": [...], "tokens": [...]}`). Its tokens are
//! FreeOTP's, read by [`super::freeotp_token`]; FreeOTP+'s app-internal `tokens.xml` is FreeOTP
//! v1's format and is read by the same module (detection gives such files to the `freeotp`
//! importer).

use serde::Deserialize;

use super::entries::{self, RawEntries};
use super::freeotp_token::{Token, TokenNames, add_token, import_tokens_xml, is_tokens_xml};
use super::{Detail, ImportError, Imported, Reason};
use crate::secret::Password;

const FORMAT: &str = "FreeOTP+";

pub struct Importer;

/// Tokens are read straight into [`Token`] (no `serde_json::Value` in between) so that the
/// secrets exist only in buffers that are wiped, each on its own (see [`entries`]).
#[derive(Deserialize)]
struct JsonExport<'a> {
    #[serde(borrow)]
    tokens: RawEntries<'a>,
}

/// Just enough to recognise the export: a `tokens` list next to a `tokenOrder` list.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonShape {
    #[allow(dead_code)]
    tokens: Vec<serde::de::IgnoredAny>,
    #[allow(dead_code)]
    token_order: Vec<serde::de::IgnoredAny>,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "freeotp-plus";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        serde_json::from_slice::<JsonShape>(bytes).is_ok()
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        if is_tokens_xml(bytes) {
            return import_tokens_xml(bytes, FORMAT);
        }
        let _ = password;
        if serde_json::from_slice::<JsonShape>(bytes).is_err() {
            return Err(ImportError::NotThisFormat {
                format: FORMAT,
                // No tokens and tokenOrder lists.
                reason: Reason::Missing {
                    field: "tokens, tokenOrder".to_owned(),
                },
            });
        }
        let export: JsonExport =
            serde_json::from_slice(bytes).map_err(|error| ImportError::Damaged {
                format: FORMAT,
                reason: Reason::Unreadable {
                    field: "tokens".to_owned(),
                    detail: Detail::json(&error, true),
                },
            })?;
        let mut imported = Imported::default();
        for (index, raw) in export.tokens.into_iter().enumerate() {
            match entries::read::<Token, TokenNames>(raw, index) {
                Ok(token) => add_token(&mut imported, token),
                Err(skipped) => imported.skipped.push(skipped),
            }
        }
        Ok(imported)
    }
}
