//! Google Authenticator's "Transfer accounts" export: `otpauth-migration://offline?data=…`
//! links (the text of its QR codes), where `data` is Base64 of a protobuf `MigrationPayload`.
//! A large export is split over several QR codes ("batches") sharing a `batch_id`.
//!
//! [`parse_migration_uri`] reads one link (what the window's QR scanner gets) and
//! [`MigrationCollector`] gathers the batches of one export, in any order; the [`Importer`]
//! reads a text file of links, one per line (`#` comments and blank lines ignored).
//! Google Authenticator's internal SQLite database is [`super::google_authenticator_database`]'s.
//!
//! Choices:
//! - `data` is percent-decoded only: a `+` is Base64, not a space (scanners often leave `+` and
//!   `/` unescaped). Missing `=` padding and the URL-safe alphabet are tolerated.
//! - Google repeats the issuer in the name ("Example:alice"); a leading `Issuer:` equal to the
//!   issuer field is removed, as the same label in an `otpauth://` URI would be read. A name
//!   with a colon but no issuer field is kept whole: Google's own exports contain such names.
//! - Period is not transmitted: always 30 s. Unknown enum values and MD5 make the account
//!   skipped, with the reason.

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use percent_encoding::percent_decode_str;
use zeroize::Zeroizing;

use super::otpauth_list::text_of;
use super::{
    Detail, EntryLabel, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry,
    label, reason,
};
use crate::google_migration_proto as proto;
use crate::otp::{DEFAULT_PERIOD, HashAlgorithm, OtpKind, OtpSpec};
use crate::secret::{Password, SecretBytes};

const FORMAT: &str = "Google Authenticator";
/// The most parts one export may claim. Google's app puts about ten accounts in each, so this
/// is ten thousand accounts; the parts still to scan are listed one by one, and a link claiming
/// two billion of them must not make us count (or allocate) that far.
pub const MAX_BATCH_SIZE: u32 = 1000;
const SCHEME: &str = "otpauth-migration://";

/// One scanned link: its accounts and where it sits in a multi-part export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationBatch {
    pub imported: Imported,
    /// 0-based position of this link among `batch_size` links.
    pub batch_index: u32,
    /// How many links the export has (at least 1; links that leave it out are complete).
    pub batch_size: u32,
    /// Shared by the links of one export; 0 when the link does not say.
    pub batch_id: i32,
}

impl MigrationBatch {
    /// Whether this link is the whole export.
    pub fn is_complete_alone(&self) -> bool {
        self.batch_size == 1
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn not_migration(reason: Reason) -> ImportError {
    ImportError::NotThisFormat {
        format: FORMAT,
        reason,
    }
}

/// Reads one `otpauth-migration://offline?data=…` link.
///
/// Errors: [`ImportError::NotThisFormat`] for any other text (including other URIs);
/// [`ImportError::Damaged`] when `data` is missing, not Base64, not a migration payload, or
/// names an impossible batch position.
pub fn parse_migration_uri(text: &str) -> Result<MigrationBatch, ImportError> {
    let text = text.trim();
    let rest = text
        .get(..SCHEME.len())
        .filter(|prefix| prefix.eq_ignore_ascii_case(SCHEME))
        .map(|_| &text[SCHEME.len()..])
        .ok_or_else(|| not_migration(Reason::NotMigrationLink))?;
    let (host, query) = rest.split_once('?').unwrap_or((rest, ""));
    if !host.trim_end_matches('/').eq_ignore_ascii_case("offline") {
        return Err(not_migration(Reason::NotOfflineLink {
            host: host.to_owned(),
        }));
    }
    let data = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("data="))
        .ok_or_else(|| damaged(Reason::MigrationNoData))?;
    let data = Zeroizing::new(percent_decode_str(data).collect::<Vec<u8>>());
    let payload_bytes = decode_base64(&data)?;
    let payload = <proto::MigrationPayload as prost::Message>::decode(payload_bytes.as_slice())
        .map_err(|_| {
            damaged(Reason::MigrationNotExport {
                detail: Some(Detail::NotProtobuf),
            })
        })?;
    batch_from_payload(payload)
}

/// Standard Base64, with or without padding; the URL-safe alphabet as a fallback.
fn decode_base64(data: &[u8]) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    const LENIENT: GeneralPurposeConfig = GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true);
    const STANDARD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
    const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);
    let data: Zeroizing<Vec<u8>> = Zeroizing::new(
        data.iter()
            .copied()
            .filter(|byte| !byte.is_ascii_whitespace())
            .collect(),
    );
    STANDARD
        .decode(&*data)
        .or_else(|_| URL_SAFE.decode(&*data))
        .map(Zeroizing::new)
        .map_err(|_| damaged(reason::not_encoded("data", reason::BASE64)))
}

fn batch_from_payload(mut payload: proto::MigrationPayload) -> Result<MigrationBatch, ImportError> {
    if payload.otp_parameters.is_empty() {
        return Err(damaged(Reason::NoAccounts));
    }
    let batch_size = match payload.batch_size {
        0 => 1, // hand-made links leave the batch fields out
        size => u32::try_from(size).map_err(|_| {
            damaged(Reason::Malformed {
                field: "batch_size".to_owned(),
            })
        })?,
    };
    if batch_size > MAX_BATCH_SIZE {
        return Err(damaged(Reason::TooManyParts {
            parts: u64::from(batch_size),
            max: u64::from(MAX_BATCH_SIZE),
        }));
    }
    let batch_index = u32::try_from(payload.batch_index)
        .ok()
        .filter(|&index| index < batch_size)
        .ok_or_else(|| {
            damaged(Reason::PartOutOfRange {
                part: i64::from(payload.batch_index) + 1,
                parts: u64::from(batch_size),
            })
        })?;
    let mut imported = Imported::default();
    for parameters in payload.otp_parameters.drain(..) {
        match convert(parameters) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        }
    }
    Ok(MigrationBatch {
        imported,
        batch_index,
        batch_size,
        batch_id: payload.batch_id,
    })
}

fn convert(mut parameters: proto::OtpParameters) -> Result<ImportedEntry, SkippedEntry> {
    let issuer = parameters.issuer.trim().to_owned();
    let name = parameters.name.trim();
    let account = name
        .strip_prefix(issuer.as_str())
        .and_then(|rest| rest.strip_prefix(':'))
        .filter(|_| !issuer.is_empty())
        .unwrap_or(name)
        .trim()
        .to_owned();
    let issuer = (!issuer.is_empty()).then_some(issuer);
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason,
    };

    let algorithm = match parameters.algorithm {
        0 | 1 => HashAlgorithm::Sha1,
        2 => HashAlgorithm::Sha256,
        3 => HashAlgorithm::Sha512,
        4 => return Err(skip(SkipReason::UnsupportedCodes("MD5"))),
        other => {
            return Err(skip(
                Reason::AlgorithmNumber {
                    number: i64::from(other),
                }
                .into(),
            ));
        }
    };
    let digits = match parameters.digits {
        0 | 1 => 6,
        2 => 8,
        other => {
            return Err(skip(
                Reason::Unreadable {
                    field: "digits".to_owned(),
                    detail: Some(Detail::Number {
                        value: i64::from(other),
                    }),
                }
                .into(),
            ));
        }
    };
    let kind = match parameters.otp_type {
        0 | 2 => OtpKind::Totp {
            period: DEFAULT_PERIOD,
        },
        1 => OtpKind::Hotp {
            counter: u64::try_from(parameters.counter).map_err(|_| {
                skip(
                    Reason::NegativeCounter {
                        counter: parameters.counter,
                    }
                    .into(),
                )
            })?,
        },
        other => {
            return Err(skip(
                Reason::UnknownOtpType {
                    kind: other.to_string(),
                }
                .into(),
            ));
        }
    };
    if parameters.secret.is_empty() {
        return Err(skip(SkipReason::NoSecret));
    }
    let secret = SecretBytes::new(std::mem::take(&mut parameters.secret));
    Ok(ImportedEntry {
        issuer,
        account,
        secret,
        otp: OtpSpec {
            kind,
            algorithm,
            digits,
        },
    })
}

/// Gathers the links of one multi-part export as they are scanned, in any order.
#[derive(Debug, Default)]
pub struct MigrationCollector {
    /// (batch_id, batch_size) of the export being collected.
    export: Option<(i32, u32)>,
    parts: BTreeMap<u32, Imported>,
}

/// What adding a scanned link did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collected {
    /// A new part; `received` of `total` are in now.
    Added { received: u32, total: u32 },
    /// This part was scanned before; nothing changed.
    AlreadyHad { received: u32, total: u32 },
}

/// The link belongs to another export than the parts collected so far.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this QR code belongs to a different Google Authenticator export than the ones scanned")]
pub struct DifferentExport;

impl MigrationCollector {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, batch: MigrationBatch) -> Result<Collected, DifferentExport> {
        let export = (batch.batch_id, batch.batch_size);
        if self.export.is_some_and(|known| known != export) {
            return Err(DifferentExport);
        }
        self.export = Some(export);
        let is_new = !self.parts.contains_key(&batch.batch_index);
        if is_new {
            self.parts.insert(batch.batch_index, batch.imported);
        }
        let (received, total) = self.progress();
        Ok(if is_new {
            Collected::Added { received, total }
        } else {
            Collected::AlreadyHad { received, total }
        })
    }

    /// (parts received, parts in the export); (0, 0) before the first.
    pub fn progress(&self) -> (u32, u32) {
        let total = self.export.map_or(0, |(_, size)| size);
        (u32::try_from(self.parts.len()).unwrap_or(u32::MAX), total)
    }

    pub fn is_complete(&self) -> bool {
        let (received, total) = self.progress();
        total > 0 && received == total
    }

    /// 0-based indexes of the parts still to scan.
    pub fn missing(&self) -> Vec<u32> {
        let total = self.export.map_or(0, |(_, size)| size);
        (0..total)
            .filter(|index| !self.parts.contains_key(index))
            .collect()
    }

    /// Every account received, in the export's order (whether complete or not: the caller
    /// decides whether to import a partial export).
    pub fn into_imported(self) -> Imported {
        let mut all = Imported::default();
        for (_, part) in self.parts {
            all.entries.extend(part.entries);
            all.skipped.extend(part.skipped);
        }
        all
    }
}

pub struct Importer;

fn is_comment_or_blank(line: &str) -> bool {
    line.is_empty() || line.starts_with('#')
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "google";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        let Ok(text) = text_of(bytes, FORMAT) else {
            return false;
        };
        text.lines()
            .map(str::trim)
            .find(|line| !is_comment_or_blank(line))
            .and_then(|line| line.get(..SCHEME.len()))
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case(SCHEME))
    }

    /// Every link in the file, in order. A bad line among good ones is skipped with its line
    /// number; a file in which no line can be read gives the first line's error.
    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        let text = text_of(bytes, FORMAT)?;
        let mut imported = Imported::default();
        let mut first_error = None;
        let mut any_read = false;
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if is_comment_or_blank(line) {
                continue;
            }
            match parse_migration_uri(line) {
                Ok(batch) => {
                    any_read = true;
                    imported.entries.extend(batch.imported.entries);
                    imported.skipped.extend(batch.imported.skipped);
                }
                Err(error) => {
                    imported.skipped.push(SkippedEntry {
                        label: EntryLabel::Line(index + 1),
                        reason: SkipReason::Link(error.clone()),
                    });
                    first_error.get_or_insert(error);
                }
            }
        }
        if any_read {
            return Ok(imported);
        }
        Err(first_error.unwrap_or(ImportError::Empty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issuer_prefix_is_removed_only_when_it_is_the_issuer() {
        let parameters = |name: &str, issuer: &str| proto::OtpParameters {
            secret: vec![1, 2, 3],
            name: name.to_owned(),
            issuer: issuer.to_owned(),
            algorithm: 1,
            digits: 1,
            otp_type: 2,
            counter: 0,
        };
        let entry = convert(parameters("Example:alice", "Example")).unwrap();
        assert_eq!(entry.account, "alice");
        let entry = convert(parameters("note: x", "")).unwrap();
        assert_eq!(entry.account, "note: x");
        assert_eq!(entry.issuer, None);
        let entry = convert(parameters("Other:bob", "Example")).unwrap();
        assert_eq!(entry.account, "Other:bob");
    }

    #[test]
    fn md5_and_unknown_values_skip_one_account() {
        let mut p = proto::OtpParameters {
            secret: vec![1],
            name: "a".to_owned(),
            issuer: String::new(),
            algorithm: 4,
            digits: 0,
            otp_type: 0,
            counter: 0,
        };
        assert!(
            convert(p.clone())
                .unwrap_err()
                .reason
                .to_string()
                .contains("MD5")
        );
        p.algorithm = 1;
        p.digits = 7;
        assert!(convert(p).is_err());
    }
}
