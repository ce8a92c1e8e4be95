//! An unlocked vault bound to its files: every change is a locked read-modify-write, so the
//! window and the command line (or two windows) never lose each other's changes. A session is
//! `Send`: the window saves and re-reads it on a job's thread, never in a frame.

use super::kdf::KdfParams;
use super::storage::{Backup, FileStamp, StorageError, VaultFiles};
use super::{UnlockedVault, VaultContents, VaultError};
use crate::password_rules::{WeakPassword, require_strong};
use crate::procedure::Procedure;
use crate::secret::Password;

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    WeakPassword(#[from] WeakPassword),
}

/// What a change made through [`VaultSession::modify_vault`] may touch.
pub struct VaultEdit<'a> {
    pub contents: &'a mut VaultContents,
    /// Whether the names are left out of the clear list.
    pub names_hidden: &'a mut bool,
}

#[derive(Debug)]
pub struct VaultSession {
    files: VaultFiles,
    vault: UnlockedVault,
    /// Set when the vault file was damaged and the backup copy was put back in its place.
    pub restored_from_backup: bool,
    /// Size and modification time of the file when last looked at: the window checks for
    /// changes every second, and reading a large vault whole each time would be wasted work.
    seen: Option<FileStamp>,
}

impl VaultSession {
    pub fn new(files: VaultFiles, vault: UnlockedVault) -> Self {
        VaultSession {
            files,
            vault,
            restored_from_backup: false,
            seen: None,
        }
    }

    pub fn files(&self) -> &VaultFiles {
        &self.files
    }

    pub fn procedures(&self) -> &[Procedure] {
        &self.vault.contents.procedures
    }

    pub fn names_hidden(&self) -> bool {
        self.vault.names_hidden
    }

    /// Picks up changes another program saved since we last read or wrote the file.
    pub fn refresh(&mut self) -> Result<bool, SessionError> {
        let stamp = self.files.stamp();
        if stamp.is_some() && stamp == self.seen {
            return Ok(false);
        }
        let file = self.files.read()?;
        let changed = self.vault.reload_if_changed(&file)?;
        self.seen = stamp;
        Ok(changed)
    }

    /// Applies `change` to the newest contents under the file lock and saves. When `change`
    /// fails, or the save does, nothing is written and the contents stay as they were.
    pub fn modify<R, E>(
        &mut self,
        change: impl FnOnce(&mut VaultContents) -> Result<R, E>,
    ) -> Result<R, E>
    where
        E: From<SessionError>,
    {
        self.modify_vault(|edit| change(edit.contents))
    }

    /// Like [`modify`](Self::modify), and the change may also hide the names or show them
    /// again — several changes saved at once (the window's queue) may do both. When the names
    /// setting changes, the backup gets the new version too: it must not keep the names in the
    /// clear after they were hidden.
    pub fn modify_vault<R, E>(
        &mut self,
        change: impl FnOnce(VaultEdit<'_>) -> Result<R, E>,
    ) -> Result<R, E>
    where
        E: From<SessionError>,
    {
        let lock = self.files.lock().map_err(SessionError::from)?;
        let file = self.files.read().map_err(SessionError::from)?;
        self.vault
            .reload_if_changed(&file)
            .map_err(SessionError::from)?;
        let before = self.vault.contents.clone();
        let hidden_before = self.vault.names_hidden;
        let result = change(VaultEdit {
            contents: &mut self.vault.contents,
            names_hidden: &mut self.vault.names_hidden,
        });
        let result = result.and_then(|value| {
            let backup = if self.vault.names_hidden == hidden_before {
                Backup::KeepPrevious
            } else {
                Backup::ReplaceWithNew
            };
            let bytes = self.vault.seal();
            self.files
                .save(&lock, &bytes, backup)
                .map_err(|e| E::from(SessionError::from(e)))?;
            Ok(value)
        });
        if result.is_err() {
            self.vault.contents = before;
            self.vault.names_hidden = hidden_before;
        }
        result
    }

    /// Re-encrypts the vault under a new password (new salt, current default costs). The backup
    /// is replaced too: no copy under the old password stays behind.
    pub fn change_password(
        &mut self,
        password: &Password,
        kdf: KdfParams,
    ) -> Result<(), SessionError> {
        require_strong(password.as_str())?;
        let lock = self.files.lock()?;
        let file = self.files.read()?;
        self.vault.reload_if_changed(&file)?;
        self.vault.change_password(password, kdf)?;
        let bytes = self.vault.seal();
        self.files.overwrite_everything(&lock, &bytes)?;
        Ok(())
    }

    /// Hides the names from the clear list (or shows them again) and saves; the backup gets
    /// the new version too.
    pub fn set_names_hidden(&mut self, hidden: bool) -> Result<(), SessionError> {
        self.modify_vault(|edit| {
            *edit.names_hidden = hidden;
            Ok(())
        })
    }
}
