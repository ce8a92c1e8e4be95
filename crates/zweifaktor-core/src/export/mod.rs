//! Writing the vault's procedures out in formats other apps (and Zweifaktor itself) read back:
//! our own encrypted backup, an encrypted Aegis vault, a plain `otpauth://` list and Google
//! Authenticator's transfer links. Each format is one file with a pure function from procedures
//! (and a password, when the format is encrypted) to the file's content; writing the file is
//! the caller's business.
//!
//! A procedure a format cannot hold is left out with the reason ([`LeftOut`]), never changed to
//! fit: an exported procedure that makes different codes than the original would lock the user
//! out of an account only when they need it.

pub mod aegis;
pub mod backup;
pub mod google_migration;
pub mod otpauth;

use zeroize::Zeroizing;

use crate::procedure::Procedure;
use crate::vault::VaultError;

/// A procedure that is not in the export, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The procedure's name, as the user knows it.
    pub name: String,
    pub reason: String,
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
    #[error("cannot create the backup: {0}")]
    Backup(#[from] VaultError),
    #[error("cannot derive the export key: {0}")]
    KeyDerivation(String),
    #[error("cannot encrypt the export")]
    Encryption,
}

/// Export passwords protect a file that may be copied anywhere; fewer characters than this
/// fall quickly to guessing even behind a costly key derivation.
pub const MIN_EXPORT_PASSWORD_CHARS: usize = 8;

/// The reason every format gives for a procedure whose secret was erased.
pub const NEEDS_REENROLLMENT: &str = "its secret was erased; it must be enrolled again first";

pub(crate) fn left_out(procedure: &Procedure, reason: impl Into<String>) -> LeftOut {
    LeftOut {
        name: procedure.name.clone(),
        reason: reason.into(),
    }
}
