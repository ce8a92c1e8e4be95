//! Stratum's (formerly Authenticator Pro) internal SQLite database (`authenticator.db3`,
//! copied off a rooted phone): table `authenticator` with the backup's fields in lower case.
//! Each row goes through the same conversion as a backup's entry. Categories and icons are
//! not needed for entries.

use super::sqlite::{self, Database};
use super::stratum_entry::{self, Authenticator};
use super::{ImportError, Imported, Reason, SkippedEntry, label};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Stratum database";

const TABLE: &str = "authenticator";
/// The columns every version of the app has written.
const COLUMNS: &[&str] = &[
    "type",
    "issuer",
    "username",
    "secret",
    "algorithm",
    "digits",
    "period",
    "counter",
];

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "stratum-database";
    const NAME: &'static str = "Stratum (Authenticator Pro) app database";
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        Database::probe(bytes).is_some_and(|db| db.has_columns(TABLE, COLUMNS))
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        let db = Database::open_for_import(bytes, FORMAT, TABLE, COLUMNS)?;
        // The app lists entries by their ranking; rows of equal rank in the order they were added.
        let order = if db.has_columns(TABLE, &["ranking"]) {
            "ranking, rowid"
        } else {
            "rowid"
        };
        db.import_rows(&format!("SELECT * FROM {TABLE} ORDER BY {order}"), |row| {
            read_row(row).and_then(stratum_entry::convert)
        })
    }
}

fn read_row(row: &rusqlite::Row<'_>) -> Result<Authenticator, SkippedEntry> {
    let issuer = sqlite::text(row, "issuer");
    let username = sqlite::text(row, "username");
    let skip = |reason: Reason| SkippedEntry {
        label: label(
            issuer.as_ref().ok().and_then(Option::as_deref),
            username
                .as_ref()
                .ok()
                .and_then(Option::as_deref)
                .unwrap_or_default(),
        )
        .into(),
        reason: reason.into(),
    };
    let integer = |column| sqlite::integer(row, column).map_err(skip);
    Ok(Authenticator {
        otp_type: integer("type")?.ok_or_else(|| {
            skip(Reason::Missing {
                field: "type".to_owned(),
            })
        })?,
        algorithm: integer("algorithm")?,
        digits: integer("digits")?,
        period: integer("period")?,
        counter: integer("counter")?,
        secret: sqlite::secret_text(row, "secret").map_err(skip)?,
        issuer: issuer.clone().map_err(skip)?,
        username: username.clone().map_err(skip)?,
    })
}
