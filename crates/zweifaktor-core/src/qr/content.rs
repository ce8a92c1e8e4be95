//! What a scanned QR code holds: one account (`otpauth://`), a part of a Google Authenticator
//! transfer (`otpauth-migration://`), or nothing we can use (a web address, a Wi-Fi login…).

use std::collections::BTreeMap;

use crate::import::google_migration::{MigrationBatch, MigrationCollector, parse_migration_uri};
use crate::import::{
    EntryLabel, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry,
};
use crate::otp::{self, OtpError, OtpWarning};

/// A scanned text we can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QrContent {
    /// One account, with what was odd about its URI (e.g. a mismatched issuer).
    Otp {
        entry: ImportedEntry,
        warnings: Vec<OtpWarning>,
    },
    /// One link of a Google Authenticator transfer, possibly one of several parts.
    Migration(MigrationBatch),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("this QR code holds no one-time-password secret")]
    NotOtp,
    #[error("this QR code holds an otpauth:// link that cannot be used: {0}")]
    Otp(#[from] OtpError),
    #[error("this QR code holds a Google Authenticator transfer that cannot be used: {0}")]
    Migration(#[from] ImportError),
    #[error(
        "{received} of {total} parts of a Google Authenticator transfer in these images \
         (missing: {missing}); scan the others too"
    )]
    MissingParts {
        received: u32,
        total: u32,
        /// The missing parts, numbered from 1 as Google's app counts them ("parts 2, 3").
        missing: String,
    },
}

/// Everything usable in the codes of one or more images.
#[derive(Debug, Default)]
pub struct Gathered {
    /// The accounts of `otpauth://` codes and of complete transfers, in the order found (and,
    /// from [`gather_so_far`], those of the parts of incomplete transfers scanned so far).
    pub imported: Imported,
    /// The `otpauth://` codes' warnings.
    pub warnings: Vec<OtpWarning>,
    /// How many complete Google Authenticator transfers are among `imported`.
    pub transfers: usize,
    /// How many codes held something else (a web address…); worth a warning, not an error,
    /// since a screenshot may show other codes beside the one wanted.
    pub not_otp: usize,
    /// Transfers with parts still to scan (only from [`gather_so_far`]; [`gather`] refuses
    /// them).
    pub incomplete: Vec<PartialTransfer>,
}

/// A Google Authenticator transfer of which only some parts were scanned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartialTransfer {
    pub received: u32,
    pub total: u32,
    /// The parts still to scan, 0-based.
    pub missing: Vec<u32>,
}

impl PartialTransfer {
    /// The missing parts, numbered from 1 as Google's app counts them ("parts 2, 3").
    pub fn missing_text(&self) -> String {
        let missing: Vec<String> = self
            .missing
            .iter()
            .map(|index| (u64::from(*index) + 1).to_string())
            .collect();
        let noun = if missing.len() == 1 { "part" } else { "parts" };
        format!("{noun} {}", missing.join(", "))
    }
}

/// Reads the texts of all codes scanned together. A transfer's parts may come in any order and
/// from different images; a transfer with parts missing is refused as a whole, so that a user
/// never ends up with some of their accounts and a belief that they moved all of them. A code
/// that cannot be used is listed in `imported.skipped` when others can, and is the error when
/// it is the only one.
pub fn gather<S: AsRef<str>>(texts: &[S]) -> Result<Gathered, ContentError> {
    let gathered = gather_so_far(texts)?;
    if let Some(partial) = gathered.incomplete.first() {
        return Err(ContentError::MissingParts {
            received: partial.received,
            total: partial.total,
            missing: partial.missing_text(),
        });
    }
    Ok(gathered)
}

/// As [`gather`], for codes still being scanned one image after another: the accounts of an
/// incomplete transfer's parts are in `imported` and the transfer is listed in `incomplete`,
/// so that the caller can show the progress (and must not import before it is complete).
pub fn gather_so_far<S: AsRef<str>>(texts: &[S]) -> Result<Gathered, ContentError> {
    let mut gathered = Gathered::default();
    let mut unusable: Vec<ContentError> = Vec::new();
    // One collector per transfer (batch id, size): two exports in one folder of screenshots
    // are two transfers, not a conflict.
    let mut transfers: BTreeMap<(i32, u32), MigrationCollector> = BTreeMap::new();
    for text in texts {
        match classify(text.as_ref()) {
            Ok(QrContent::Otp { entry, warnings }) => {
                gathered.imported.entries.push(entry);
                gathered.warnings.extend(warnings);
            }
            Ok(QrContent::Migration(batch)) => {
                let collector = transfers
                    .entry((batch.batch_id, batch.batch_size))
                    .or_default();
                // Same key, same export: the collector cannot refuse it.
                if collector.add(batch).is_err() {
                    unusable.push(ContentError::Migration(ImportError::Damaged {
                        format: "Google Authenticator",
                        reason: Reason::OtherTransfer,
                    }));
                }
            }
            Err(ContentError::NotOtp) => gathered.not_otp += 1,
            Err(e) => unusable.push(e),
        }
    }
    for collector in transfers.into_values() {
        if collector.is_complete() {
            gathered.transfers += 1;
        } else {
            let (received, total) = collector.progress();
            gathered.incomplete.push(PartialTransfer {
                received,
                total,
                missing: collector.missing(),
            });
        }
        let part = collector.into_imported();
        gathered.imported.entries.extend(part.entries);
        gathered.imported.skipped.extend(part.skipped);
    }
    if gathered.imported.entries.is_empty()
        && gathered.imported.skipped.is_empty()
        && gathered.incomplete.is_empty()
    {
        return Err(unusable.into_iter().next().unwrap_or(ContentError::NotOtp));
    }
    gathered
        .imported
        .skipped
        .extend(unusable.into_iter().map(|e| SkippedEntry {
            label: EntryLabel::QrCode,
            reason: match e {
                ContentError::Otp(error) => error.into(),
                ContentError::Migration(error) => SkipReason::Link(error),
                // `classify` gives no other error for one code; nothing else is unusable.
                ContentError::NotOtp | ContentError::MissingParts { .. } => {
                    Reason::NotOtpCode.into()
                }
            },
        }));
    Ok(gathered)
}

/// Tells what `text` (one QR code's content) holds. The scheme decides, case-insensitively,
/// so that a broken `otpauth://` link gets its own reason instead of "no secret".
pub fn classify(text: &str) -> Result<QrContent, ContentError> {
    let trimmed = text.trim();
    let has_scheme = |scheme: &str| {
        trimmed
            .get(..scheme.len())
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case(scheme))
    };
    if has_scheme("otpauth-migration:") {
        return Ok(QrContent::Migration(parse_migration_uri(trimmed)?));
    }
    if has_scheme("otpauth:") {
        let (uri, warnings) = otp::uri::parse(trimmed)?;
        let entry = ImportedEntry {
            issuer: uri.issuer.clone(),
            account: uri.account.clone(),
            secret: uri.secret.clone(),
            otp: uri.spec,
        };
        return Ok(QrContent::Otp { entry, warnings });
    }
    Err(ContentError::NotOtp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_otpauth_link_is_one_account() {
        let Ok(QrContent::Otp { entry, warnings }) =
            classify("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example")
        else {
            panic!("not read as one account");
        };
        assert_eq!(entry.issuer.as_deref(), Some("Example"));
        assert_eq!(entry.account, "alice");
        assert_eq!(entry.secret.as_bytes(), b"Hello!\xde\xad\xbe\xef");
        assert!(warnings.is_empty());
    }

    #[test]
    fn a_web_address_holds_no_secret() {
        assert_eq!(
            classify("https://example.com/login"),
            Err(ContentError::NotOtp)
        );
    }

    #[test]
    fn a_broken_otpauth_link_says_what_is_wrong_with_it() {
        assert!(matches!(
            classify("otpauth://totp/Example:alice?issuer=Example"),
            Err(ContentError::Otp(_))
        ));
    }

    #[test]
    fn other_codes_beside_an_account_are_counted_not_fatal() {
        let gathered = gather(&[
            "https://example.com/",
            "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example",
        ])
        .expect("one account");
        assert_eq!(gathered.imported.entries.len(), 1);
        assert_eq!(gathered.not_otp, 1);
        assert_eq!(gathered.transfers, 0);
        assert_eq!(
            gather(&["https://example.com/", "WIFI:S:home;;"]).unwrap_err(),
            ContentError::NotOtp
        );
    }

    #[test]
    fn a_broken_link_beside_a_good_one_is_listed_as_skipped() {
        let gathered = gather(&[
            "otpauth://totp/Example:alice?issuer=Example",
            "otpauth://totp/Example:bob?secret=JBSWY3DPEHPK3PXP&issuer=Example",
        ])
        .expect("one good account");
        assert_eq!(gathered.imported.entries.len(), 1);
        assert_eq!(gathered.imported.skipped.len(), 1);
    }

    #[test]
    fn a_broken_transfer_link_says_so() {
        assert!(matches!(
            classify("otpauth-migration://offline?data=%%%"),
            Err(ContentError::Migration(_))
        ));
    }

    #[test]
    fn a_transfer_scanned_so_far_lists_its_accounts_and_what_is_missing() {
        use crate::procedure::{Procedure, ProcedureDraft};
        use crate::secret::SecretBytes;
        let accounts: Vec<Procedure> = (1..=11u8)
            .map(|i| {
                Procedure::create(
                    ProcedureDraft {
                        name: format!("Account {i}"),
                        secret: SecretBytes::new(vec![i; 10]),
                        ..ProcedureDraft::default()
                    },
                    0,
                )
                .expect("valid")
            })
            .collect();
        let links = crate::export::google_migration::links(&accounts, 7).links;
        assert_eq!(links.len(), 2);
        let so_far = gather_so_far(&links[1..]).expect("one part");
        assert_eq!(so_far.imported.entries.len(), 1);
        assert_eq!(
            so_far.incomplete,
            vec![PartialTransfer {
                received: 1,
                total: 2,
                missing: vec![0]
            }]
        );
        assert_eq!(so_far.incomplete[0].missing_text(), "part 1");
        assert!(matches!(
            gather(&links[1..]),
            Err(ContentError::MissingParts {
                received: 1,
                total: 2,
                ..
            })
        ));
        let all = gather(&links).expect("complete");
        assert_eq!((all.imported.entries.len(), all.transfers), (11, 1));
    }
}
