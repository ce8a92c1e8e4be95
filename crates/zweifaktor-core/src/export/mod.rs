//! Writing the vault's procedures out in formats other apps (and Zweifaktor itself) read back:
//! our own encrypted backup, an encrypted Aegis vault, a plain `otpauth://` list and Google
//! Authenticator's transfer links. Each format is one file behind the [`Exporter`] trait: a pure
//! function from procedures (and a password, when the format is encrypted) to the file's
//! content; [`FORMATS`] lists them for both front ends. Writing the file is the business of
//! [`crate::flow::export`].
//!
//! A procedure a format cannot hold is left out with the reason ([`LeftOut`]), never changed to
//! fit: an exported procedure that makes different codes than the original would lock the user
//! out of an account only when they need it.

pub mod aegis;
pub mod backup;
pub mod google_migration;
pub mod otpauth;

use zeroize::Zeroizing;

use crate::otp::DEFAULT_PERIOD;
use crate::procedure::Procedure;
use crate::secret::Password;
use crate::vault::VaultError;
use crate::vault::kdf::KdfParams;

/// A procedure that is not in the export, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The procedure's name, as the user knows it.
    pub name: String,
    pub reason: LeftOutReason,
}

/// Why a format cannot hold a procedure (`Display` in English for logs; the message layer
/// says it in the user's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LeftOutReason {
    /// Its secret was erased: every format leaves it out.
    #[error("its secret was erased; it must be enrolled again first")]
    NeedsReenrollment,
    #[error(
        "Google Authenticator supports only codes that change every {DEFAULT_PERIOD} seconds, \
         not every {0}"
    )]
    GooglePeriod(u32),
    #[error("Google Authenticator cannot store the counter {0}")]
    GoogleCounter(u64),
    #[error("Google Authenticator does not support Steam codes")]
    GoogleSteam,
    #[error("Google Authenticator supports only 6 or 8 digits, not {0}")]
    GoogleDigits(u8),
}

/// The content of an export file and what went into it.
pub struct Export {
    /// What to write to the file. It holds the secrets (in the clear for the unencrypted
    /// formats), so it is wiped when dropped.
    pub bytes: Zeroizing<Vec<u8>>,
    /// Names of the procedures in the file, in order.
    pub included: Vec<String>,
    pub left_out: Vec<LeftOut>,
}

impl std::fmt::Debug for Export {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Export")
            .field("bytes", &format_args!("[{} bytes]", self.bytes.len()))
            .field("included", &self.included)
            .field("left_out", &self.left_out)
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the export password must have at least {MIN_EXPORT_PASSWORD_CHARS} characters")]
    PasswordTooShort,
    #[error("this format is encrypted: the export needs a password of its own")]
    PasswordMissing,
    #[error("cannot create the backup: {0}")]
    Backup(#[from] VaultError),
    /// scrypt refused our fixed parameters or key length: a mistake in this program, never
    /// the user's (its own errors carry no more than that).
    #[error("cannot derive the export key")]
    KeyDerivation,
    #[error("cannot encrypt the export")]
    Encryption,
}

/// Export passwords protect a file that may be copied anywhere; fewer characters than this
/// fall quickly to guessing even behind a costly key derivation.
pub const MIN_EXPORT_PASSWORD_CHARS: usize = 8;

pub(crate) fn left_out(procedure: &Procedure, reason: LeftOutReason) -> LeftOut {
    LeftOut {
        name: procedure.name.clone(),
        reason,
    }
}

/// One export format.
pub trait Exporter {
    /// Short name for `export --format`, e.g. "aegis".
    const IDENTIFIER: &'static str;
    /// The choice in the window's dialog, e.g. "Aegis encrypted vault".
    const LABEL: &'static str;
    /// The format in a sentence ("Exported 3 procedures to … (encrypted Aegis vault)").
    const DESCRIPTION: &'static str;
    /// A file name to offer in a save dialog.
    const FILE_NAME: &'static str;
    /// Whether the file is encrypted under an export password of its own. The others hold the
    /// secrets in the clear, which both front ends warn about.
    const ENCRYPTED: bool;

    /// The file's content. `password` is needed by the encrypted formats (and ignored by the
    /// others); `kdf` is the key-derivation cost of a format that uses ours.
    fn export(
        procedures: &[Procedure],
        password: Option<&Password>,
        kdf: KdfParams,
    ) -> Result<Export, ExportError>;
}

/// What [`Exporter::export`] is in the registry.
pub type ExportFn = fn(&[Procedure], Option<&Password>, KdfParams) -> Result<Export, ExportError>;

/// A format in the registry: the trait's items as plain values and a function.
#[derive(Clone, Copy)]
pub struct ExportFormat {
    pub identifier: &'static str,
    pub label: &'static str,
    pub description: &'static str,
    pub file_name: &'static str,
    pub encrypted: bool,
    pub export: ExportFn,
}

/// Formats are told apart by their identifier (function pointers make no reliable identity).
impl PartialEq for ExportFormat {
    fn eq(&self, other: &Self) -> bool {
        self.identifier == other.identifier
    }
}

impl Eq for ExportFormat {}

impl std::fmt::Debug for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.identifier)
    }
}

pub const fn format<E: Exporter>() -> ExportFormat {
    ExportFormat {
        identifier: E::IDENTIFIER,
        label: E::LABEL,
        description: E::DESCRIPTION,
        file_name: E::FILE_NAME,
        encrypted: E::ENCRYPTED,
        export: E::export,
    }
}

/// Every format, in the order the window offers them (our own backup first).
pub const FORMATS: &[ExportFormat] = &[
    format::<backup::Exporter>(),
    format::<aegis::Exporter>(),
    format::<otpauth::Exporter>(),
    format::<google_migration::Exporter>(),
];

pub fn by_identifier(identifier: &str) -> Option<&'static ExportFormat> {
    FORMATS
        .iter()
        .find(|f| f.identifier.eq_ignore_ascii_case(identifier))
}

/// The identifiers, for messages ("zweifaktor, aegis, otpauth, google-migration").
pub fn identifiers() -> String {
    let known: Vec<&str> = FORMATS.iter().map(|f| f.identifier).collect();
    known.join(", ")
}

/// The export password an encrypted format needs.
fn required(password: Option<&Password>) -> Result<&Password, ExportError> {
    password.ok_or(ExportError::PasswordMissing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_is_found_by_its_identifier_in_any_case() {
        for format in FORMATS {
            assert_eq!(
                by_identifier(&format.identifier.to_uppercase()),
                Some(format)
            );
        }
        assert_eq!(by_identifier("nokia"), None);
        assert_eq!(
            identifiers(),
            "zweifaktor, aegis, otpauth, google-migration"
        );
    }

    #[test]
    fn an_encrypted_format_without_a_password_writes_nothing() {
        for format in FORMATS.iter().filter(|f| f.encrypted) {
            assert!(matches!(
                (format.export)(&[], None, KdfParams::default()),
                Err(ExportError::PasswordMissing)
            ));
        }
    }
}
