//! Zweifaktor's own encrypted backup: a vault file (Argon2id with the default cost,
//! XChaCha20-Poly1305) under a password of its own, holding copies of the procedures. Being a
//! vault file, it can be imported (`zweifaktor import`) or opened as a vault directly.
//!
//! Procedures waiting to be enrolled again are kept: the backup is a full copy of the list,
//! and the importer reports them as not importable, with the reason.

use super::{Export, ExportError, MIN_EXPORT_PASSWORD_CHARS, required};
use crate::procedure::Procedure;
use crate::secret::Password;
use crate::vault::UnlockedVault;
use crate::vault::kdf::KdfParams;

pub struct Exporter;

impl super::Exporter for Exporter {
    const IDENTIFIER: &'static str = "zweifaktor";
    const LABEL: &'static str = "Zweifaktor encrypted backup";
    const DESCRIPTION: &'static str = "Zweifaktor backup";
    const FILE_NAME: &'static str = "zweifaktor-backup.zweifaktor";
    const ENCRYPTED: bool = true;

    fn export(
        procedures: &[Procedure],
        password: Option<&Password>,
        kdf: KdfParams,
    ) -> Result<Export, ExportError> {
        export_with_kdf(procedures, required(password)?, kdf)
    }
}

/// The backup file's bytes. Costly: one Argon2id derivation with the default parameters.
pub fn export(procedures: &[Procedure], password: &Password) -> Result<Export, ExportError> {
    export_with_kdf(procedures, password, KdfParams::default())
}

/// As [`export`], with the given key-derivation cost.
pub fn export_with_kdf(
    procedures: &[Procedure],
    password: &Password,
    kdf: KdfParams,
) -> Result<Export, ExportError> {
    if password.as_str().chars().count() < MIN_EXPORT_PASSWORD_CHARS {
        return Err(ExportError::PasswordTooShort);
    }
    // Names are hidden: a backup copied to a USB stick or a cloud folder should not tell
    // anyone which accounts it guards.
    let mut vault = UnlockedVault::create(password, kdf, true)?;
    vault.contents.procedures = procedures.to_vec();
    let bytes = vault.seal();
    Ok(Export {
        bytes: bytes.into(),
        included: procedures.iter().map(|p| p.name.clone()).collect(),
        left_out: Vec::new(),
    })
}
