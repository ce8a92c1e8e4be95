//! Reading other authenticator apps' export files. Each format is one file behind the
//! [`Importer`] trait: bytes (and a password, when the format is encrypted) in, entries out.
//! Importers do nothing else — no saving, no clock, no user interface; [`FORMATS`] lists them
//! and [`detect`] picks one from the content.

pub mod aegis;
pub mod andotp;
pub mod authenticator_plus;
pub mod authy;
pub mod battle_net;
pub mod bitwarden;
pub mod duo;
pub mod ente;
pub mod freeotp;
pub mod freeotp_plus;
pub mod google_authenticator_database;
pub mod google_migration;
pub mod microsoft_authenticator;
pub mod otpauth_list;
pub mod proton;
pub mod steam;
pub mod stratum;
pub mod stratum_database;
pub mod totp_authenticator;
pub mod twofas;
pub mod zweifaktor_backup;

// What two formats share, so that neither importer reaches into the other.
mod freeotp_token;
mod stratum_entry;

pub mod detail;
pub mod entries;
pub mod kdf_caps;
pub mod preview;
pub mod read;
pub mod reason;
pub mod shared_prefs;
pub mod sqlite;
pub mod stored;
pub mod wiped_csv;

use crate::names;
use crate::otp::{OtpError, OtpSpec};
use crate::secret::{Password, SecretBytes};

pub use detail::Detail;
pub use reason::Reason;

/// Files larger than this are refused before they are read whole: no authenticator export
/// comes near it, and a 200 MB "export" is a mistake or an attack.
pub const MAX_IMPORT_BYTES: u64 = 16 * 1024 * 1024;

/// One procedure found in an export.
#[derive(Clone, PartialEq, Eq)]
pub struct ImportedEntry {
    pub issuer: Option<String>,
    /// The account name ("name" in most apps; the label after the issuer).
    pub account: String,
    pub secret: SecretBytes,
    pub otp: OtpSpec,
}

impl std::fmt::Debug for ImportedEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportedEntry")
            .field("issuer", &self.issuer)
            .field("account", &self.account)
            .field("secret", &self.secret)
            .field("otp", &self.otp)
            .finish()
    }
}

/// An entry the export holds but we cannot use (an OTP type we do not support, a broken
/// secret): listed with the reason, never dropped silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedEntry {
    /// What the user would recognise it by ("Issuer (account)", or its line).
    pub label: EntryLabel,
    pub reason: SkipReason,
}

/// How a skipped entry is named in lists: by its names, or, where the file gives none that can
/// be read, by its place in the file (said in the user's language by the message layer).
/// `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryLabel {
    /// "Issuer (account)", as [`label`] makes it, or the name the entry has in the file.
    Named(String),
    /// A line of a text list, counted from 1.
    Line(usize),
    /// An entry of a list, counted from 1.
    Entry(usize),
    /// A token of a FreeOTP backup, by its key.
    Token(String),
    /// A QR code of an image.
    QrCode,
}

impl std::fmt::Display for EntryLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EntryLabel::Named(name) => f.write_str(name),
            EntryLabel::Line(number) => write!(f, "line {number}"),
            EntryLabel::Entry(number) => write!(f, "entry {number}"),
            EntryLabel::Token(key) => write!(f, "token {key}"),
            EntryLabel::QrCode => f.write_str("QR code"),
        }
    }
}

impl From<String> for EntryLabel {
    fn from(name: String) -> Self {
        EntryLabel::Named(name)
    }
}

impl From<&str> for EntryLabel {
    fn from(name: &str) -> Self {
        EntryLabel::Named(name.to_owned())
    }
}

/// Compares the English, as tests and logs read it.
impl PartialEq<&str> for EntryLabel {
    fn eq(&self, other: &&str) -> bool {
        match self {
            EntryLabel::Named(name) => name == other,
            place => place.to_string().as_str() == *other,
        }
    }
}

/// Why an entry is skipped. Every reason is typed, so that the message layer says it in the
/// user's language; `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// Its code parameters or its secret cannot be used.
    #[error(transparent)]
    Otp(#[from] OtpError),
    #[error("the entry has no secret")]
    NoSecret,
    /// A kind of code Zweifaktor does not compute ("mOTP", "Yandex", "MD5").
    #[error("{0} codes are not supported by Zweifaktor")]
    UnsupportedCodes(&'static str),
    /// Ente keeps deleted entries in its export, marked as in its trash.
    #[error("it is in Ente's trash")]
    InTrash,
    /// The export's password opened the file but not this entry's secret.
    #[error("the secret does not decrypt with this password")]
    Undecryptable,
    /// A format's own reason (a field missing or unreadable, a type it alone has).
    #[error(transparent)]
    Format(#[from] Reason),
    /// A line of a list of links that cannot be read as a link of the format.
    #[error(transparent)]
    Link(ImportError),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Imported {
    pub entries: Vec<ImportedEntry>,
    pub skipped: Vec<SkippedEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("this file is encrypted; its password is needed")]
    PasswordRequired,
    #[error("wrong password for this file (or the file is damaged)")]
    WrongPassword,
    #[error("the file is not a {format} export: {reason}")]
    NotThisFormat {
        format: &'static str,
        reason: Reason,
    },
    #[error("the {format} file is damaged or incomplete: {reason}")]
    Damaged {
        format: &'static str,
        reason: Reason,
    },
    #[error("the {format} file uses something Zweifaktor cannot read: {reason}")]
    Unsupported {
        format: &'static str,
        reason: Reason,
    },
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes; exports larger than {MAX_IMPORT_BYTES} bytes are refused")]
    TooLarge { size: u64 },
    #[error("the file's format was not recognised; choose it by hand (--format)")]
    UnknownFormat,
}

impl ImportError {
    /// A JSON file that does not parse: cut short or with the wrong content means a damaged
    /// export of this format; not JSON at all means another kind of file.
    pub fn from_json(format: &'static str, error: &serde_json::Error) -> Self {
        match error.classify() {
            serde_json::error::Category::Eof => ImportError::Damaged {
                format,
                reason: Reason::EndsEarly,
            },
            serde_json::error::Category::Data => ImportError::Damaged {
                format,
                reason: Reason::UnexpectedContent {
                    detail: Detail::json(error, true),
                },
            },
            _ => ImportError::NotThisFormat {
                format,
                reason: Reason::NotJson {
                    detail: Detail::json(error, true),
                },
            },
        }
    }
}

/// One export format.
pub trait Importer {
    /// Short name for `--format`, e.g. "aegis".
    const IDENTIFIER: &'static str;
    /// The app's name as users know it, e.g. "Aegis Authenticator".
    const NAME: &'static str;
    /// Whether files of this format can be password-protected.
    const ENCRYPTABLE: bool;

    /// Whether `bytes` look like this format (cheap, by content; no decryption).
    fn detect(bytes: &[u8]) -> bool;

    /// Whether this particular file needs a password.
    fn is_encrypted(bytes: &[u8]) -> bool {
        let _ = bytes;
        false
    }

    /// The entries of the file; `password` for encrypted files.
    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError>;
}

/// A format in the registry: the trait's items as plain values and functions.
#[derive(Clone, Copy)]
pub struct Format {
    pub identifier: &'static str,
    pub name: &'static str,
    pub encryptable: bool,
    pub detect: fn(&[u8]) -> bool,
    pub is_encrypted: fn(&[u8]) -> bool,
    pub import: fn(&[u8], Option<&Password>) -> Result<Imported, ImportError>,
}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.identifier)
    }
}

pub const fn format<I: Importer>() -> Format {
    Format {
        identifier: I::IDENTIFIER,
        name: I::NAME,
        encryptable: I::ENCRYPTABLE,
        detect: I::detect,
        is_encrypted: I::is_encrypted,
        import: I::import,
    }
}

/// Every format, most specific first (detection takes the first that claims a file).
pub const FORMATS: &[Format] = &[
    // Our own backup starts with fixed magic bytes: nothing else can claim it.
    format::<zweifaktor_backup::Importer>(),
    // Apps' internal SQLite databases: the SQLite header, then each app's own tables.
    format::<stratum_database::Importer>(),
    format::<google_authenticator_database::Importer>(),
    format::<microsoft_authenticator::Importer>(),
    format::<aegis::Importer>(),
    format::<twofas::Importer>(),
    format::<andotp::Importer>(),
    format::<stratum::Importer>(),
    format::<freeotp::Importer>(),
    format::<freeotp_plus::Importer>(),
    format::<bitwarden::Importer>(),
    format::<proton::Importer>(),
    format::<google_migration::Importer>(),
    // Each claims only files with its app's own key names.
    format::<steam::Importer>(),
    format::<duo::Importer>(),
    format::<battle_net::Importer>(),
    format::<authy::Importer>(),
    format::<authenticator_plus::Importer>(),
    // Ente's export is a URI list with Ente's own parameter: before the plain list.
    format::<ente::Importer>(),
    // TOTP Authenticator's backup is bare Base64 text of AES blocks: claim it only after
    // every format with a recognisable structure has declined.
    format::<totp_authenticator::Importer>(),
    // The most general text format: last.
    format::<otpauth_list::Importer>(),
];

pub fn by_identifier(identifier: &str) -> Option<&'static Format> {
    FORMATS
        .iter()
        .find(|f| f.identifier.eq_ignore_ascii_case(identifier))
}

/// The format of `bytes`, by content.
pub fn detect(bytes: &[u8]) -> Result<&'static Format, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    FORMATS
        .iter()
        .find(|f| (f.detect)(bytes))
        .ok_or(ImportError::UnknownFormat)
}

/// The end every importer's entry conversion shares: the parameters must be usable and the
/// secret readable Base32; otherwise the entry is skipped with the reason.
pub(crate) fn finish_entry(
    issuer: Option<String>,
    account: String,
    secret: Option<zeroize::Zeroizing<String>>,
    otp: OtpSpec,
) -> Result<ImportedEntry, SkippedEntry> {
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason,
    };
    otp.validate().map_err(|e| skip(e.into()))?;
    let secret_text = secret.ok_or_else(|| skip(SkipReason::NoSecret))?;
    let (secret, _warnings) = crate::otp::parse_secret(&secret_text).map_err(|e| skip(e.into()))?;
    Ok(ImportedEntry {
        issuer,
        account,
        secret,
        otp,
    })
}

/// "Issuer (account)", or whichever of the two there is: how an entry is named in lists. Without
/// control and direction-override characters (see [`crate::names`]), and cut at the longest
/// name a procedure may have, since labels are shown (and become the names of imports).
pub fn label(issuer: Option<&str>, account: &str) -> String {
    let issuer = issuer.map(names::clean);
    let account = names::clean(account);
    let text = match (
        issuer.as_deref().map(str::trim).filter(|i| !i.is_empty()),
        account.trim(),
    ) {
        (Some(issuer), "") => issuer.to_owned(),
        (Some(issuer), account) => format!("{issuer} ({account})"),
        (None, account) => account.to_owned(),
    };
    names::shortened(&text, names::MAX_NAME_CHARS).into_owned()
}
