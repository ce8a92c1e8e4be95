//! Google Authenticator's internal SQLite database (`databases`, copied off a rooted Android
//! phone): table `accounts` with the label (`email`, often `Issuer:account`), a Base32
//! `secret`, `type` (0 = TOTP, 1 = HOTP) and `counter`; newer versions add `issuer`. The app
//! only knows SHA1, 6 digits and 30 s. Newer versions can encrypt secrets with a key held in
//! the phone's keystore (`isencrypted`): those rows cannot be read off the phone and are
//! skipped with the reason. The transfer links (`otpauth-migration://`) are
//! [`super::google_migration`]'s.

use super::sqlite::{self, Database};
use super::{ImportError, Imported, ImportedEntry, Reason, SkippedEntry, label};
use crate::otp::{OtpKind, OtpSpec};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Google Authenticator database";

const TABLE: &str = "accounts";
const COLUMNS: &[&str] = &["email", "secret", "type"];

const TYPE_TOTP: i64 = 0;
const TYPE_HOTP: i64 = 1;

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "google-database";
    const NAME: &'static str = "Google Authenticator app database";
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        Database::probe(bytes).is_some_and(|db| db.has_columns(TABLE, COLUMNS))
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        Database::open_for_import(bytes, FORMAT, TABLE, COLUMNS)?
            .import_rows(&format!("SELECT * FROM {TABLE} ORDER BY rowid"), convert)
    }
}

fn convert(row: &rusqlite::Row<'_>) -> Result<ImportedEntry, SkippedEntry> {
    let email = sqlite::text(row, "email");
    let issuer_column = sqlite::text(row, "issuer");
    let (issuer, account) = split_label(
        email
            .as_ref()
            .ok()
            .and_then(Option::as_deref)
            .unwrap_or_default(),
        issuer_column.as_ref().ok().and_then(Option::as_deref),
    );
    let skip = |reason: Reason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason: reason.into(),
    };
    email.map_err(skip)?;
    issuer_column.map_err(skip)?;
    if sqlite::integer(row, "isencrypted")
        .map_err(skip)?
        .unwrap_or(0)
        != 0
    {
        return Err(skip(Reason::GoogleKeyOnPhone));
    }
    let kind = match sqlite::integer(row, "type").map_err(skip)? {
        // Rows from before HOTP support have no type.
        Some(TYPE_TOTP) | None => OtpKind::Totp {
            period: crate::otp::DEFAULT_PERIOD,
        },
        Some(TYPE_HOTP) => {
            let counter = sqlite::integer(row, "counter").map_err(skip)?.unwrap_or(0);
            let counter =
                u64::try_from(counter).map_err(|_| skip(Reason::NegativeCounter { counter }))?;
            OtpKind::Hotp { counter }
        }
        Some(other) => {
            return Err(skip(Reason::UnknownOtpType {
                kind: other.to_string(),
            }));
        }
    };
    let secret = sqlite::secret_text(row, "secret").map_err(skip)?;
    let otp = OtpSpec {
        kind,
        ..OtpSpec::default()
    };
    super::finish_entry(issuer, account, secret, otp)
}

/// The label is `Issuer:account` or just `account`. Where the row has an issuer, only that
/// issuer's prefix is taken off the label (a colon may belong to the account name);
/// otherwise the label's prefix is the issuer.
fn split_label(email: &str, issuer_column: Option<&str>) -> (Option<String>, String) {
    let email = email.trim();
    match issuer_column
        .map(str::trim)
        .filter(|issuer| !issuer.is_empty())
    {
        Some(issuer) => {
            let account = email
                .strip_prefix(issuer)
                .and_then(|rest| rest.strip_prefix(':'))
                .unwrap_or(email);
            (Some(issuer.to_owned()), account.trim().to_owned())
        }
        None => match email.split_once(':') {
            Some((prefix, account)) if !prefix.trim().is_empty() => {
                (Some(prefix.trim().to_owned()), account.trim().to_owned())
            }
            _ => (None, email.to_owned()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::split_label;

    #[test]
    fn the_label_splits_into_issuer_and_account() {
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            split_label("Deno:Mason", Some("Deno")),
            (some("Deno"), "Mason".into())
        );
        assert_eq!(
            split_label("ACME: jane@example.org", None),
            (some("ACME"), "jane@example.org".into())
        );
        assert_eq!(
            split_label("jane@example.org", Some("")),
            (None, "jane@example.org".into())
        );
        assert_eq!(
            split_label("Old:jane", Some("New")),
            (some("New"), "Old:jane".into())
        );
    }
}
