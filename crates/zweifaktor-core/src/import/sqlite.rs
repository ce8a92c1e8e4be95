//! Opening an app's internal SQLite database from its bytes, read-only and in memory (no
//! temporary file holds the secrets), hardened for a file that may be hostile; and the checks
//! every database importer shares: is this SQLite at all, is it whole, does it have the app's
//! tables.

use std::io::Read as _;

use rusqlite::config::DbConfig;
use rusqlite::limits::Limit;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Row};
use zeroize::Zeroizing;

use super::detail::SqliteProblem;
use super::{Detail, ImportError, Imported, ImportedEntry, MAX_IMPORT_BYTES, Reason, SkippedEntry};

/// Every SQLite 3 database file starts with these 16 bytes.
pub const MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The fixed-size header at the start of the file.
const HEADER_LEN: usize = 100;

/// SQLite's failure on a file, by its kind.
fn sqlite_failed(error: &rusqlite::Error) -> Reason {
    Reason::Sqlite {
        detail: Detail::sqlite(error),
    }
}

/// Whether `bytes` start like an SQLite 3 database (cheap: nothing is opened).
pub fn is_sqlite(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// A read-only in-memory copy of a database file.
pub struct Database {
    connection: Connection,
    format: &'static str,
}

impl Database {
    /// Opens `bytes` as the database of `format` (the app's name, for error messages): an empty
    /// file, another kind of file and a cut-off database each give one clear error.
    pub fn open(bytes: &[u8], format: &'static str) -> Result<Self, ImportError> {
        Self::open_inner(bytes, format, true)
    }

    /// Opens `bytes` for detection only: a database cut off after its first page still shows
    /// its tables, so that it is recognised and its import then says that it is cut off.
    pub fn probe(bytes: &[u8]) -> Option<Self> {
        if !is_sqlite(bytes) {
            return None;
        }
        Self::open_inner(bytes, "SQLite", false).ok()
    }

    fn open_inner(bytes: &[u8], format: &'static str, whole: bool) -> Result<Self, ImportError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(ImportError::Empty);
        }
        if !is_sqlite(bytes) {
            return Err(ImportError::NotThisFormat {
                format,
                reason: Reason::NotSqlite,
            });
        }
        let damaged = |reason: Reason| ImportError::Damaged { format, reason };
        let header = Header::read(bytes).ok_or_else(|| {
            damaged(Reason::EndsInHeader {
                length: bytes.len() as u64,
            })
        })?;
        if whole {
            header.check_length(bytes.len()).map_err(damaged)?;
        }
        let mut connection =
            Connection::open_in_memory().map_err(|e| damaged(sqlite_failed(&e)))?;
        harden(&connection).map_err(|e| damaged(sqlite_failed(&e)))?;
        let size = if whole {
            bytes.len()
        } else {
            header.size_for_detection(bytes.len())
        };
        let padding = u64::try_from(size.saturating_sub(bytes.len())).unwrap_or(0);
        let header = header.for_reading();
        let reader = header
            .as_slice()
            .chain(&bytes[HEADER_LEN..])
            .chain(std::io::repeat(0).take(padding));
        connection
            .deserialize_read_exact(rusqlite::MAIN_DB, reader, size, true)
            .map_err(|e| damaged(sqlite_failed(&e)))?;
        Ok(Database { connection, format })
    }

    /// Runs SQLite's own consistency check (page structure, not the app's data), so that a
    /// damaged file is reported as damaged instead of yielding part of its entries.
    pub fn check_integrity(&self) -> Result<(), ImportError> {
        let verdict: String = self
            .connection
            .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
            .map_err(|e| self.damaged(sqlite_failed(&e)))?;
        if verdict == "ok" {
            Ok(())
        } else {
            // The verdict names pages and cells in English: an administrator's clue, not
            // the user's.
            Err(self.damaged(Reason::Sqlite {
                detail: Some(Detail::Sqlite(SqliteProblem::Damaged)),
            }))
        }
    }

    /// The column names of `table`, or `None` when the database has no such table (a view or
    /// a virtual table of that name does not count: an app's data is in plain tables, and
    /// either could run code of the file's choosing when read).
    pub fn columns(&self, table: &str) -> Option<Vec<String>> {
        let is_table: bool = self
            .connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1 \
                 AND sql NOT LIKE 'CREATE VIRTUAL%')",
                [table],
                |row| row.get(0),
            )
            .ok()?;
        if !is_table {
            return None;
        }
        let mut statement = self
            .connection
            .prepare("SELECT name FROM pragma_table_info(?1)")
            .ok()?;
        let names = statement
            .query_map([table], |row| row.get::<_, String>(0))
            .ok()?
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        Some(names)
    }

    /// Whether `table` exists with at least `columns` (compared without regard to case, as
    /// SQLite does).
    pub fn has_columns(&self, table: &str, columns: &[&str]) -> bool {
        self.columns(table).is_some_and(|names| {
            columns
                .iter()
                .all(|wanted| names.iter().any(|name| name.eq_ignore_ascii_case(wanted)))
        })
    }

    /// Like [`has_columns`](Self::has_columns), but as the error an importer gives when the
    /// file is an SQLite database of some other app.
    pub fn require_columns(&self, table: &str, columns: &[&str]) -> Result<(), ImportError> {
        if self.has_columns(table, columns) {
            Ok(())
        } else {
            Err(ImportError::NotThisFormat {
                format: self.format,
                reason: Reason::NoTable {
                    table: table.to_owned(),
                    columns: columns.join(", "),
                },
            })
        }
    }

    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    /// Opens `bytes` as `format`'s database for an import: it must have `table` with
    /// `columns`, and SQLite must find it undamaged.
    pub fn open_for_import(
        bytes: &[u8],
        format: &'static str,
        table: &str,
        columns: &[&str],
    ) -> Result<Self, ImportError> {
        let db = Self::open(bytes, format)?;
        db.require_columns(table, columns)?;
        db.check_integrity()?;
        Ok(db)
    }

    /// Every row of `sql` through `convert`: the entries, and the rows skipped with the reason.
    pub fn import_rows(
        &self,
        sql: &str,
        mut convert: impl FnMut(&Row<'_>) -> Result<ImportedEntry, SkippedEntry>,
    ) -> Result<Imported, ImportError> {
        let mut imported = Imported::default();
        self.for_each_row(sql, |row| match convert(row) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        })?;
        Ok(imported)
    }

    /// Runs `sql` and hands each row to `each`, in order. A query that fails on a database
    /// that passed the checks above means the file is damaged.
    pub fn for_each_row(
        &self,
        sql: &str,
        mut each: impl FnMut(&Row<'_>),
    ) -> Result<(), ImportError> {
        let query_error = |e: rusqlite::Error| self.damaged(sqlite_failed(&e));
        let mut statement = self.connection.prepare(sql).map_err(query_error)?;
        let mut rows = statement.query([]).map_err(query_error)?;
        while let Some(row) = rows.next().map_err(query_error)? {
            each(row);
        }
        Ok(())
    }

    /// The error for a query that fails on a database that passed the checks above.
    pub fn damaged(&self, reason: Reason) -> ImportError {
        ImportError::Damaged {
            format: self.format,
            reason,
        }
    }
}

/// A column's value; `None` when the row has no such column (older app versions lack some).
fn not_text(column: &str) -> Reason {
    Reason::ColumnNotText {
        column: column.to_owned(),
    }
}

fn not_number(column: &str) -> Reason {
    Reason::ColumnNotNumber {
        column: column.to_owned(),
    }
}

fn value<'row>(row: &'row Row<'_>, column: &str) -> Option<ValueRef<'row>> {
    row.get_ref(column).ok()
}

/// A column read as text: text, or a number written out; `Ok(None)` for NULL or a missing
/// column; `Err` with the reason for anything else.
pub fn text(row: &Row<'_>, column: &str) -> Result<Option<String>, Reason> {
    match value(row, column) {
        None | Some(ValueRef::Null) => Ok(None),
        Some(ValueRef::Text(bytes)) => std::str::from_utf8(bytes)
            .map(|text| Some(text.to_owned()))
            .map_err(|_| not_text(column)),
        Some(ValueRef::Integer(number)) => Ok(Some(number.to_string())),
        Some(ValueRef::Real(_) | ValueRef::Blob(_)) => Err(not_text(column)),
    }
}

/// A secret column read as text, copied straight into memory that is wiped when dropped.
/// A secret stored as a blob of text is taken too; the reason for anything else never
/// includes the value.
pub fn secret_text(row: &Row<'_>, column: &str) -> Result<Option<Zeroizing<String>>, Reason> {
    let bytes = match value(row, column) {
        None | Some(ValueRef::Null) => return Ok(None),
        Some(ValueRef::Text(bytes) | ValueRef::Blob(bytes)) => bytes,
        Some(ValueRef::Integer(_) | ValueRef::Real(_)) => {
            return Err(not_text(column));
        }
    };
    let text = std::str::from_utf8(bytes).map_err(|_| not_text(column))?;
    let mut secret = Zeroizing::new(String::with_capacity(text.len()));
    secret.push_str(text);
    Ok(Some(secret))
}

/// A column read as a whole number: an integer, or text holding one; `Ok(None)` for NULL or
/// a missing column.
pub fn integer(row: &Row<'_>, column: &str) -> Result<Option<i64>, Reason> {
    match value(row, column) {
        None | Some(ValueRef::Null) => Ok(None),
        Some(ValueRef::Integer(number)) => Ok(Some(number)),
        Some(ValueRef::Text(bytes)) => std::str::from_utf8(bytes)
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .map(Some)
            .ok_or_else(|| not_number(column)),
        Some(ValueRef::Real(_) | ValueRef::Blob(_)) => Err(not_number(column)),
    }
}

/// The fields of the 100-byte file header that decide how much of the file SQLite reads.
struct Header([u8; HEADER_LEN]);

impl Header {
    fn read(bytes: &[u8]) -> Option<Self> {
        bytes.get(..HEADER_LEN)?.try_into().ok().map(Header)
    }

    fn be_u32(&self, at: usize) -> u32 {
        u32::from_be_bytes([self.0[at], self.0[at + 1], self.0[at + 2], self.0[at + 3]])
    }

    fn page_size(&self) -> Result<usize, Reason> {
        match u16::from_be_bytes([self.0[16], self.0[17]]) {
            1 => Ok(65_536),
            size if size >= 512 && size.is_power_of_two() => Ok(usize::from(size)),
            size => Err(Reason::PageSize {
                size: u64::from(size),
            }),
        }
    }

    /// The page count, when it is current: only when the "version valid for" number matches
    /// the change counter (SQLite's own rule; older writers did not keep the count).
    fn page_count(&self) -> Option<u32> {
        (self.be_u32(92) == self.be_u32(24)).then(|| self.be_u32(28))
    }

    /// The page size and page count must account for the whole file: SQLite refuses a file
    /// shorter than its header says only as "malformed".
    fn check_length(&self, length: usize) -> Result<(), Reason> {
        let page_size = self.page_size()?;
        if !length.is_multiple_of(page_size) {
            return Err(Reason::NotWholePages {
                length: length as u64,
                page_size: page_size as u64,
            });
        }
        if let Some(pages) = self.page_count() {
            let expected = usize::try_from(pages)
                .unwrap_or(usize::MAX)
                .saturating_mul(page_size);
            if length < expected {
                return Err(Reason::CutOff {
                    length: length as u64,
                    expected: expected as u64,
                });
            }
        }
        Ok(())
    }

    /// The size detection gives SQLite: the size the header says, where that is more than
    /// there is (SQLite refuses a schema naming pages past the end, even to list the tables,
    /// so a cut-off file is padded with zero pages to show them). Never beyond what an import
    /// may be.
    fn size_for_detection(&self, length: usize) -> usize {
        let said = self
            .page_size()
            .ok()
            .zip(self.page_count())
            .map_or(0, |(size, pages)| {
                usize::try_from(pages)
                    .unwrap_or(usize::MAX)
                    .saturating_mul(size)
            });
        let limit = usize::try_from(MAX_IMPORT_BYTES).unwrap_or(usize::MAX);
        if said > length && said <= limit {
            said
        } else {
            length
        }
    }

    /// The header as SQLite is to read it. Apps keep their databases in WAL mode (bytes 18
    /// and 19 = 2), which an in-memory database cannot be opened in; we only ever have the
    /// main file, not its `-wal` companion, so reading it as a rollback-journal database
    /// (1, 1) is exactly what it holds.
    fn for_reading(&self) -> [u8; HEADER_LEN] {
        let mut header = self.0;
        header[18] = 1;
        header[19] = 1;
        header
    }
}

/// The settings SQLite recommends for databases from untrusted sources: no triggers or views
/// running functions the file names, no writable schema, strict cell checks, no memory-mapping;
/// and no value larger than an import may be (a generated column could ask for a gigabyte).
fn harden(connection: &Connection) -> rusqlite::Result<()> {
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    connection.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    connection.pragma_update(None, "cell_size_check", true)?;
    connection.pragma_update(None, "mmap_size", 0)?;
    let max_length = i32::try_from(MAX_IMPORT_BYTES).unwrap_or(i32::MAX);
    connection.set_limit(Limit::SQLITE_LIMIT_LENGTH, max_length)?;
    connection.set_limit(Limit::SQLITE_LIMIT_ATTACHED, 0)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small real database, made here, as bytes.
    fn database(sql: &str) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("test.db");
        let connection = Connection::open(&path).unwrap();
        connection.execute_batch(sql).unwrap();
        drop(connection);
        std::fs::read(path).unwrap()
    }

    #[test]
    fn a_database_opens_and_shows_its_tables() {
        let bytes = database(
            "CREATE TABLE accounts (id INTEGER, Secret TEXT); CREATE VIEW v AS SELECT 1 AS x;
             CREATE VIRTUAL TABLE r USING rtree(id, x0, x1);",
        );
        let db = Database::open(&bytes, "Test").unwrap();
        db.check_integrity().unwrap();
        assert!(db.has_columns("accounts", &["id", "secret"]));
        assert!(!db.has_columns("accounts", &["email"]));
        assert!(!db.has_columns("v", &["x"]), "a view is not a table");
        assert!(!db.has_columns("r", &["id"]), "nor is a virtual table");
        assert!(matches!(
            db.require_columns("other", &["a"]),
            Err(ImportError::NotThisFormat { reason, .. }) if reason.to_string().contains("`other`")
        ));
    }

    #[test]
    fn a_wal_mode_database_opens() {
        let bytes =
            database("PRAGMA journal_mode = WAL; CREATE TABLE t (a); INSERT INTO t VALUES (7);");
        assert_eq!(&bytes[18..20], &[2, 2]);
        let db = Database::open(&bytes, "Test").unwrap();
        let a: i64 = db
            .connection()
            .query_row("SELECT a FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(a, 7);
    }

    #[test]
    fn a_column_computing_a_huge_value_is_an_error_not_an_allocation() {
        let bytes = database(
            "CREATE TABLE t (a INTEGER, big BLOB AS (zeroblob(500000000)));
             INSERT INTO t (a) VALUES (1);",
        );
        let db = Database::open(&bytes, "Test").unwrap();
        let mut rows = 0;
        let result = db.for_each_row("SELECT * FROM t", |_| rows += 1);
        assert!(
            matches!(result, Err(ImportError::Damaged { .. })),
            "{result:?}"
        );
        assert_eq!(rows, 0);
    }

    #[test]
    fn the_database_is_read_only() {
        let bytes = database("CREATE TABLE t (a);");
        let db = Database::open(&bytes, "Test").unwrap();
        assert!(
            db.connection()
                .execute("INSERT INTO t VALUES (1)", [])
                .is_err()
        );
    }

    #[test]
    fn empty_foreign_and_cut_files_give_clear_errors() {
        assert_eq!(Database::open(b"", "Test").err(), Some(ImportError::Empty));
        assert!(matches!(
            Database::open(b"{\"json\": true}", "Test"),
            Err(ImportError::NotThisFormat { .. })
        ));
        let bytes = database("CREATE TABLE t (a); INSERT INTO t VALUES (zeroblob(10000));");
        for cut in [16, 99, 100, 4096, bytes.len() - 4096, bytes.len() - 1] {
            assert!(
                matches!(
                    Database::open(&bytes[..cut], "Test"),
                    Err(ImportError::Damaged { .. })
                ),
                "cut at {cut}"
            );
        }
        // Detection still sees the tables of a database cut after its first page.
        assert!(Database::probe(&bytes[..bytes.len() - 4096]).is_some());
        assert!(Database::probe(&bytes[..99]).is_none());
    }
}
