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

/// The account name other apps show beside the issuer. A procedure added by name alone has no
/// account, and other apps show an entry without issuer or account as blank, so its name
/// stands in — except when the name merely repeats the issuer.
pub fn account_of(procedure: &Procedure) -> String {
    if let Some(account) = procedure.account.as_deref().map(str::trim)
        && !account.is_empty()
    {
        return account.to_owned();
    }
    let name = procedure.name.trim();
    match procedure.issuer.as_deref().map(str::trim) {
        Some(issuer) if issuer == name => String::new(),
        _ => name.to_owned(),
    }
}

/// The issuer, when it says anything.
pub fn issuer_of(procedure: &Procedure) -> Option<String> {
    procedure
        .issuer
        .as_deref()
        .map(str::trim)
        .filter(|issuer| !issuer.is_empty())
        .map(str::to_owned)
}

pub(crate) fn left_out(procedure: &Procedure, reason: impl Into<String>) -> LeftOut {
    LeftOut {
        name: procedure.name.clone(),
        reason: reason.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::ProcedureDraft;
    use crate::secret::SecretBytes;

    fn procedure(name: &str, issuer: Option<&str>, account: Option<&str>) -> Procedure {
        Procedure::create(
            ProcedureDraft {
                name: name.into(),
                issuer: issuer.map(str::to_owned),
                account: account.map(str::to_owned),
                secret: SecretBytes::new(vec![1; 10]),
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn the_name_stands_in_for_a_missing_account_unless_it_repeats_the_issuer() {
        assert_eq!(account_of(&procedure("VPN", None, None)), "VPN");
        assert_eq!(
            account_of(&procedure("Work", Some("GitHub"), Some("alice"))),
            "alice"
        );
        assert_eq!(account_of(&procedure("Work", Some("GitHub"), None)), "Work");
        assert_eq!(account_of(&procedure("GitHub", Some("GitHub"), None)), "");
    }
}
