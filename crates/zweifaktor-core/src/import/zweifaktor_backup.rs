//! Zweifaktor's own encrypted backup (`zweifaktor export --format zweifaktor`), which is a vault
//! file under the backup's password: opened with that password, its procedures become entries.
//! A vault file itself is read the same way. Procedures waiting to be enrolled again have no
//! secret and are reported as skipped.

use super::{ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, kdf_caps};
use crate::secret::Password;
use crate::vault::format::{self, FormatError, MAGIC};
use crate::vault::{UnlockedVault, VaultError};

pub struct Importer;

const FORMAT: &str = "Zweifaktor backup";

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "zweifaktor";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        bytes.starts_with(&MAGIC)
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        Self::detect(bytes)
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        // A file that is no backup says so: asking for a password that cannot open it would
        // send the user looking for one (`import FILE --format zweifaktor` on another file).
        format::parse(bytes).map_err(|e| vault_error(e.into()))?;
        let password = password.ok_or(ImportError::PasswordRequired)?;
        // The vault's own limits (4 GiB, 16 passes) are for the user's vault, whose cost the
        // user chose; a file from elsewhere gets the import caps, checked before deriving.
        let kdf = format::parse(bytes)
            .map_err(|error| vault_error(error.into()))?
            .header
            .kdf;
        kdf_caps::argon2(kdf.memory_kib, kdf.passes).map_err(|reason| {
            ImportError::Unsupported {
                format: FORMAT,
                reason,
            }
        })?;
        let vault = UnlockedVault::open(bytes, password).map_err(vault_error)?;
        let mut imported = Imported::default();
        for procedure in &vault.contents.procedures {
            let skip = |reason: SkipReason| SkippedEntry {
                label: procedure.name.clone().into(),
                reason,
            };
            if !procedure.has_secret() {
                imported.skipped.push(skip(Reason::Erased.into()));
                continue;
            }
            if let Err(error) = procedure.otp.validate() {
                imported.skipped.push(skip(error.into()));
                continue;
            }
            imported.entries.push(ImportedEntry {
                issuer: procedure.export_issuer(),
                account: procedure.export_account(),
                secret: procedure.secret.clone(),
                otp: procedure.otp,
            });
        }
        Ok(imported)
    }
}

fn vault_error(error: VaultError) -> ImportError {
    match error {
        // One error for both, as for the vault: telling them apart would help an attacker.
        VaultError::WrongPasswordOrDamaged(_) => ImportError::WrongPassword,
        VaultError::Format(FormatError::NotAVault) => ImportError::NotThisFormat {
            format: FORMAT,
            reason: Reason::NoSignature,
        },
        VaultError::Format(damaged @ FormatError::Damaged(_)) => ImportError::Damaged {
            format: FORMAT,
            reason: Reason::Vault(damaged),
        },
        VaultError::Format(newer) => ImportError::Unsupported {
            format: FORMAT,
            reason: newer.into(),
        },
        VaultError::Kdf(error) => ImportError::Unsupported {
            format: FORMAT,
            reason: error.into(),
        },
        VaultError::SecretsErased => ImportError::Unsupported {
            format: FORMAT,
            reason: Reason::BackupErased,
        },
        // Only a vault being saved over can have its key changed; a backup read whole cannot.
        VaultError::KeyChanged => ImportError::WrongPassword,
    }
}
