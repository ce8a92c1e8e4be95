//! What every command that touches a vault needs: the vault's files, where passwords come from,
//! the clock; and the unlock every such command starts with.

use anyhow::Result;

use super::input::Input;
use super::warn;
use crate::fl;
use zweifaktor_core::clock::Clock;
use zweifaktor_core::unlock;
use zweifaktor_core::vault::session::VaultSession;
use zweifaktor_core::vault::storage::VaultFiles;

/// What every command that touches a vault needs.
pub struct CommandContext<'a> {
    pub files: VaultFiles,
    pub input: Input,
    pub clock: &'a dyn Clock,
}

impl CommandContext<'_> {
    /// Asks the master password and unlocks the vault (a wrong one counts).
    pub fn unlock(&mut self) -> Result<VaultSession> {
        let password = self.input.password(&fl!("cli-prompt-master-password"))?;
        let session = unlock::unlock(&self.files, &password, self.clock)?;
        if session.restored_from_backup {
            warn(&fl!("cli-restored-from-backup"));
        }
        Ok(session)
    }
}
