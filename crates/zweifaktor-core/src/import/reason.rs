//! Why a file, or one entry of it, cannot be imported: the reasons the importers give, typed,
//! so that the message layer (`crate::message`) says each in the user's language. Many formats
//! fail in the same ways (a file cut short, a field missing or not readable, a version we do
//! not know): those share one variant, with the format's own field name or number as a value;
//! only what one app alone does has a variant of its own.
//!
//! `Display` is the English, for logs and tests. A `detail` ([`Detail`]) is the technical
//! clue to what is wrong, typed: the kind of failure a parser (serde_json, zip, SQLite) reported,
//! with its place in the file, or the file's own values (parameters, a class name, a type
//! code). A parser's own message is never kept: it is English and may quote a secret.

pub use super::detail::Detail;

/// See the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Reason {
    // --- The file as a whole: what it is ---
    #[error("the file is not text (UTF-8)")]
    NotText,
    #[error("not JSON{}", paren(.detail))]
    NotJson { detail: Option<Detail> },
    /// The file is of the right kind (JSON, XML) but its content is not what the format holds.
    #[error("unexpected content{}", paren(.detail))]
    UnexpectedContent { detail: Option<Detail> },
    /// A QR code with something else than a one-time-password secret in it.
    #[error("this QR code holds no one-time-password secret")]
    NotOtpCode,
    #[error("no line starts with otpauth://")]
    NoOtpauthLine,
    /// The file does not start with the bytes every file of the format starts with.
    #[error("it does not start with the format's file signature")]
    NoSignature,
    #[error("not a ZIP archive")]
    NotZip,
    #[error("the ZIP archive is not readable{}", paren(.detail))]
    ZipUnreadable { detail: Option<Detail> },
    #[error("the ZIP archive holds no {name}")]
    ZipWithout { name: String },
    #[error(
        "{name} claims {size} bytes from {compressed} compressed: far more than any export \
         (a damaged or hostile archive)"
    )]
    ZipTooLarge {
        name: String,
        size: u64,
        compressed: u64,
    },
    #[error("not an SQLite database")]
    NotSqlite,
    #[error("an SQLite database, but without the app's table `{table}` ({columns})")]
    NoTable { table: String, columns: String },

    // --- The file cut short or damaged ---
    #[error("the file ends too early")]
    EndsEarly,
    #[error("the file ends inside the database header ({length} bytes)")]
    EndsInHeader { length: u64 },
    #[error("the file is {length} bytes, but its header says {expected}: it was cut off")]
    CutOff { length: u64, expected: u64 },
    #[error(
        "the file is {length} bytes, not a whole number of {page_size}-byte pages: it was cut off"
    )]
    NotWholePages { length: u64, page_size: u64 },
    #[error("the header gives an impossible page size ({size})")]
    PageSize { size: u64 },
    /// SQLite itself failed on the file (or found damage in it).
    #[error("SQLite could not read it{}", paren(.detail))]
    Sqlite { detail: Option<Detail> },
    /// A database column holds something else than text.
    #[error("`{column}` is not text")]
    ColumnNotText { column: String },
    #[error("`{column}` is not a whole number")]
    ColumnNotNumber { column: String },
    /// Encrypted data shorter than its header, or not whole cipher blocks.
    #[error("the encrypted data is cut off")]
    EncryptedCut,
    /// A part the format always has is not there (`field` as the file names it).
    #[error("`{field}` is missing")]
    Missing { field: String },
    /// A part is there but cannot be read (not hex, not Base64, not a number, not JSON).
    #[error("`{field}` is not readable{}", paren(.detail))]
    Unreadable {
        field: String,
        detail: Option<Detail>,
    },
    /// A part is not in the encoding the format writes it in ("hex", "Base64"). No detail:
    /// the decoder's message would name a character of what may be a secret.
    #[error("`{field}` is not {encoding}")]
    NotEncoded {
        field: String,
        encoding: &'static str,
    },
    #[error("`{field}` is {length} bytes, not {expected}")]
    WrongSize {
        field: String,
        length: u64,
        expected: u64,
    },
    /// A part has a length, a count or a structure no file of the format has.
    #[error("`{field}` is not as expected")]
    Malformed { field: String },
    /// The data does not match its authentication tag (or padding): changed or damaged.
    #[error("the encrypted data does not match its authentication tag")]
    NotAuthentic,
    /// The decrypted content is not what the format puts there.
    #[error("the decrypted content is not readable{}", paren(.detail))]
    DecryptedUnreadable { detail: Option<Detail> },
    #[error("the export holds no accounts")]
    NoAccounts,
    /// Our own backup's header is damaged or newer than this program.
    #[error(transparent)]
    Vault(#[from] crate::vault::format::FormatError),
    /// Our own backup's key derivation is beyond what a vault may ask for.
    #[error(transparent)]
    VaultKdf(#[from] crate::vault::kdf::KdfError),

    // --- Something the file asks for that we do not do ---
    #[error("version {found} (versions {min} to {max} are supported)")]
    Version { found: u64, min: u64, max: u64 },
    /// A key derivation, a cipher, a protection scheme or a compression we do not know.
    #[error("it uses {name}, which Zweifaktor does not know")]
    UnknownMethod { name: String },
    #[error("invalid key-derivation parameters{}", paren(.detail))]
    KdfParameters { detail: Option<Detail> },
    #[error("its key derivation asks for {mib} MiB of memory; imports allow at most {max_mib} MiB")]
    KdfMemory { mib: u64, max_mib: u64 },
    #[error("its key derivation asks for {passes} Argon2 passes; imports allow at most {max}")]
    KdfPasses { passes: u64, max: u64 },
    #[error(
        "the scrypt parameters N={n}, r={r}, p={p} ask for more work than imports allow \
         ((N+2)·r·p is at most {max}, eight times what Aegis uses)"
    )]
    ScryptWork { n: u64, r: u64, p: u64, max: u64 },
    #[error(
        "its {slots} password slots ask for more scrypt work together than imports allow \
         ((N+2)·r·p summed is at most {max})"
    )]
    ScryptSlotsWork { slots: u64, max: u64 },
    #[error(
        "the scrypt parameters N={n}, r={r}, p={p} ask for more than {max_mib} MiB of memory, \
         the most imports allow"
    )]
    ScryptMemory {
        n: u64,
        r: u64,
        p: u64,
        max_mib: u64,
    },
    #[error("it asks for {iterations} PBKDF2 iterations; imports allow at most {max}")]
    Pbkdf2Iterations { iterations: u64, max: u64 },
    #[error(
        "{tokens} encrypted tokens, each decrypted with its own key, ask for {iterations} PBKDF2 \
         iterations; imports allow at most {max}"
    )]
    Pbkdf2Tokens {
        tokens: u64,
        iterations: u64,
        max: u64,
    },
    #[error(
        "the vault has no password slot (only biometric or raw-key slots, which work only on \
         the phone); export it again with a password"
    )]
    AegisNoPasswordSlot,
    #[error("the vault lists {slots} password slots; Aegis writes one")]
    AegisTooManySlots { slots: u64 },
    #[error(
        "encrypted Bitwarden exports cannot be read; export again as \".json\" (not \".json \
         (Encrypted)\")"
    )]
    BitwardenEncrypted,
    #[error("the CSV file has no {column} column")]
    CsvWithout { column: String },
    #[error(
        "encrypted Ente exports cannot be read yet; export again from Ente Auth without a \
         password (plain text)"
    )]
    EnteEncrypted,
    #[error("the text does not start with otpauth-migration://")]
    NotMigrationLink,
    #[error("otpauth-migration://{host} is not Google's export (offline) link")]
    NotOfflineLink { host: String },
    #[error("the link says the export has {parts} parts (at most {max} are read)")]
    TooManyParts { parts: u64, max: u64 },
    /// A scanned link of another transfer than the ones being collected.
    #[error(
        "this QR code belongs to a different Google Authenticator export than the ones scanned"
    )]
    OtherTransfer,
    #[error("the link has no data parameter")]
    MigrationNoData,
    #[error("the data is not a Google Authenticator export{}", paren(.detail))]
    MigrationNotExport { detail: Option<Detail> },
    #[error("the link says it is part {part} of {parts}")]
    PartOutOfRange { part: i64, parts: u64 },

    // --- One entry ---
    #[error("the entry cannot be read{}", paren(.detail))]
    EntryUnreadable { detail: Option<Detail> },
    #[error("unknown OTP type {kind}")]
    UnknownOtpType { kind: String },
    #[error("unknown algorithm {name}")]
    UnknownAlgorithm { name: String },
    /// An algorithm by the number a format gives it.
    #[error("unknown algorithm number {number}")]
    AlgorithmNumber { number: i64 },
    #[error("{digits} digits are not supported")]
    Digits { digits: i64 },
    #[error("a period of {period} seconds is not supported")]
    Period { period: i64 },
    #[error("the counter {counter} is negative")]
    NegativeCounter { counter: i64 },
    #[error("the secret is empty")]
    EmptySecret,
    #[error("its secret was erased before the backup; enroll it again")]
    Erased,
    /// Our own backup of a vault whose secrets were erased after wrong passwords.
    #[error("the secrets were erased after too many wrong passwords before this backup")]
    BackupErased,
    #[error("the account has no one-time password generator (a Duo Push account?)")]
    DuoPush,
    #[error("Authy's own accounts (10-second codes from a secret seed) are not supported")]
    AuthySeed,
    #[error("unknown account type {kind}")]
    UnknownAccountType { kind: i64 },
    #[error(
        "a work or school account: it signs in by notification from the app, which Zweifaktor \
         cannot do"
    )]
    MicrosoftWorkAccount,
    #[error(
        "the secret is encrypted with a key that stays on the phone; add the account again \
         from its website"
    )]
    MicrosoftKeyOnPhone,
    #[error(
        "the secret is encrypted with a key that stays on the phone; use Transfer accounts in \
         Google Authenticator instead"
    )]
    GoogleKeyOnPhone,
    #[error("the backup holds its secret but not its settings")]
    SecretWithoutSettings,
    #[error("the backup holds its settings but not its secret")]
    SettingsWithoutSecret,
}

impl Reason {
    /// The technical detail, when there is one: the message layer says it after the
    /// sentence.
    pub fn detail(&self) -> Option<&Detail> {
        match self {
            Reason::NotJson { detail }
            | Reason::UnexpectedContent { detail }
            | Reason::ZipUnreadable { detail }
            | Reason::Sqlite { detail }
            | Reason::Unreadable { detail, .. }
            | Reason::DecryptedUnreadable { detail }
            | Reason::KdfParameters { detail }
            | Reason::EntryUnreadable { detail }
            | Reason::MigrationNotExport { detail } => detail.as_ref(),
            _ => None,
        }
    }
}

/// Hex, as formats name it.
pub const HEX: &str = "hex";
/// Base64, as formats name it.
pub const BASE64: &str = "Base64";

/// `field` not in `encoding`.
pub fn not_encoded(field: &str, encoding: &'static str) -> Reason {
    Reason::NotEncoded {
        field: field.to_owned(),
        encoding,
    }
}

/// " (detail)", or nothing without one.
fn paren(detail: &Option<Detail>) -> String {
    match detail {
        Some(detail) => format!(" ({detail})"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::detail::ZipProblem;

    #[test]
    fn no_detail_adds_no_brackets() {
        let reason = Reason::NotJson { detail: None };
        assert_eq!(reason.to_string(), "not JSON");
        let reason = Reason::ZipUnreadable {
            detail: Some(Detail::Zip(ZipProblem::EndsEarly)),
        };
        assert_eq!(
            reason.to_string(),
            "the ZIP archive is not readable (the archive ends too early)"
        );
    }
}
