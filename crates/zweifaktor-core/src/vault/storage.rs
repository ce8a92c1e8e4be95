//! The only code that touches the vault's files: the vault itself, its backup copy, the
//! wrong-attempt counter beside it, and the lock file that serialises every change.
//!
//! Writes are atomic (temporary file in the same folder, fsync, rename, fsync of the folder), so a
//! crash or power cut leaves either the old or the new version, never a mix. On Unix every file
//! is created 0600 and a created folder 0700. Every file is named after the real vault file
//! (`path`), the lock is checked before each write commits (`lock`), temporary files go through
//! `replace`, and what a dead process left behind is removed by the next save (`leftovers`).

mod leftovers;
mod lock;
mod path;
mod replace;

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::lockout::LockoutState;
pub use lock::VaultLock;
use replace::{GENERAL_TEMP_PREFIX, Staged, folder_of, rename_replacing, stage, sync_folder};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no vault at {0}; create one with `zweifaktor init`")]
    NoVault(PathBuf),
    #[error("a vault already exists at {0}")]
    AlreadyExists(PathBuf),
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("cannot save {path}: {source} (the previous version is unchanged)")]
    Write { path: PathBuf, source: io::Error },
    #[error("cannot lock {path}: {source}")]
    Lock { path: PathBuf, source: io::Error },
    #[error(
        "another program removed the lock file {0} during the change; nothing was saved, try again"
    )]
    LockLost(PathBuf),
    /// The lock file was removed or replaced each time it was locked: a sync client or a
    /// clean-up script deletes it in a loop.
    #[error("cannot lock {0}: another program keeps removing the lock file")]
    LockKeepsVanishing(PathBuf),
}

/// The files of one vault, all named after the real vault file (symbolic links followed).
#[derive(Debug, Clone)]
pub struct VaultFiles {
    vault: PathBuf,
}

/// What tells cheaply whether the vault file was replaced: every save renames a new file into
/// place, which gives it a new inode (on Unix) and modification time. No change is ever lost
/// if this misses one (every save re-reads under the lock); only the display would lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: std::time::SystemTime,
    inode: u64,
}

/// What a save does with the backup copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// The version being replaced becomes the backup.
    KeepPrevious,
    /// The backup gets the new version too, and every other copy (the damaged file kept aside,
    /// stale temporary files) is removed: after an erase, a password change or hiding the names,
    /// no copy may keep what they removed.
    ReplaceWithNew,
}

impl VaultFiles {
    /// The files of the vault at `vault`, whatever symbolic links lead there: the counter, the
    /// lock and the backup belong to the real file, and saves update the real file.
    pub fn new(vault: impl AsRef<Path>) -> Self {
        VaultFiles {
            vault: path::resolve(vault.as_ref()),
        }
    }

    /// The real vault file.
    pub fn vault_path(&self) -> &Path {
        &self.vault
    }

    /// The previous version of the vault, kept beside it.
    pub fn backup_path(&self) -> PathBuf {
        self.sibling("bak")
    }

    /// The wrong-password counter.
    pub fn attempts_path(&self) -> PathBuf {
        self.sibling("attempts")
    }

    /// Where a damaged vault is kept when its backup is put back.
    pub fn damaged_path(&self) -> PathBuf {
        self.sibling("damaged")
    }

    fn lock_path(&self) -> PathBuf {
        self.sibling("lock")
    }

    /// The backup being put in place (a hard link to the previous version, then renamed).
    fn staged_backup_path(&self) -> PathBuf {
        self.sibling("bak.new")
    }

    fn file_name(&self) -> OsString {
        self.vault.file_name().unwrap_or_default().to_os_string()
    }

    fn sibling(&self, extension: &str) -> PathBuf {
        let mut name = self.file_name();
        name.push(".");
        name.push(extension);
        self.vault.with_file_name(name)
    }

    fn folder(&self) -> PathBuf {
        folder_of(&self.vault)
    }

    pub fn exists(&self) -> bool {
        self.vault.exists()
    }

    /// The vault file's size and modification time; `None` when they cannot be read (then the
    /// caller reads the file itself).
    pub fn stamp(&self) -> Option<FileStamp> {
        let metadata = fs::metadata(&self.vault).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&metadata);
        #[cfg(not(unix))]
        let inode = 0;
        Some(FileStamp {
            len: metadata.len(),
            modified: metadata.modified().ok()?,
            inode,
        })
    }

    /// Waits for and takes the exclusive lock.
    pub fn lock(&self) -> Result<VaultLock, StorageError> {
        VaultLock::acquire(&self.lock_path())
    }

    /// Creates the vault's folder (0700) if it does not exist yet.
    pub fn create_folder(&self) -> Result<(), StorageError> {
        let folder = self.folder();
        create_private_dir(&folder).map_err(|source| StorageError::Write {
            path: folder,
            source,
        })
    }

    /// The vault's bytes.
    pub fn read(&self) -> Result<Vec<u8>, StorageError> {
        fs::read(&self.vault).map_err(|source| match source.kind() {
            io::ErrorKind::NotFound => StorageError::NoVault(self.vault.clone()),
            _ => StorageError::Read {
                path: self.vault.clone(),
                source,
            },
        })
    }

    pub fn read_backup(&self) -> Option<Vec<u8>> {
        fs::read(self.backup_path()).ok()
    }

    /// Replaces the vault with `bytes`, keeping the version it replaces as the backup copy.
    pub fn write(&self, lock: &VaultLock, bytes: &[u8]) -> Result<(), StorageError> {
        self.save(lock, bytes, Backup::KeepPrevious)
    }

    /// Writes a brand-new vault; refuses to replace one.
    pub fn write_new(&self, lock: &VaultLock, bytes: &[u8]) -> Result<(), StorageError> {
        if self.vault.exists() {
            return Err(StorageError::AlreadyExists(self.vault.clone()));
        }
        self.save(lock, bytes, Backup::ReplaceWithNew)
    }

    /// Replaces the vault *and* its backup with `bytes`, and removes every other copy: after an
    /// erase no copy of the old secrets may stay behind.
    pub fn overwrite_everything(&self, lock: &VaultLock, bytes: &[u8]) -> Result<(), StorageError> {
        self.save(lock, bytes, Backup::ReplaceWithNew)
    }

    /// Replaces the vault with `bytes`. The new version is written and synced before anything
    /// else changes, so a save that fails (a full disk) leaves the vault and its backup as they
    /// were.
    pub fn save(&self, lock: &VaultLock, bytes: &[u8], backup: Backup) -> Result<(), StorageError> {
        let write_error = |source| StorageError::Write {
            path: self.vault.clone(),
            source,
        };
        leftovers::remove_stale_temps(&self.folder(), &self.file_name());
        let staged = self.stage(bytes).map_err(write_error)?;
        match backup {
            Backup::KeepPrevious => {
                lock.confirm()?;
                if self.vault.exists() {
                    self.keep_backup()?;
                }
                staged.replace(&self.vault).map_err(write_error)
            }
            Backup::ReplaceWithNew => {
                let staged_backup = self.stage(bytes).map_err(write_error)?;
                lock.confirm()?;
                staged.replace(&self.vault).map_err(write_error)?;
                staged_backup
                    .replace(&self.backup_path())
                    .map_err(|source| StorageError::Write {
                        path: self.backup_path(),
                        source,
                    })?;
                self.remove_other_copies().map_err(write_error)
            }
        }
    }

    /// Puts the restored backup in place of a damaged vault (keeping the damaged one aside).
    pub fn restore_backup(&self, lock: &VaultLock, backup: &[u8]) -> Result<(), StorageError> {
        let write_error = |source| StorageError::Write {
            path: self.vault.clone(),
            source,
        };
        let staged = self.stage(backup).map_err(write_error)?;
        lock.confirm()?;
        let _ = rename_replacing(&self.vault, &self.damaged_path());
        staged.replace(&self.vault).map_err(write_error)
    }

    /// A temporary file beside the vault, named so that a later save knows it for a leftover.
    fn stage(&self, bytes: &[u8]) -> io::Result<Staged> {
        stage(
            &self.folder(),
            &leftovers::temp_prefix(&self.file_name()),
            bytes,
        )
    }

    /// The previous version becomes the backup: a hard link where the file system has them
    /// (no copy, and atomic by rename), else a copy.
    fn keep_backup(&self) -> Result<(), StorageError> {
        let backup = self.backup_path();
        let staged = self.staged_backup_path();
        let _ = fs::remove_file(&staged);
        let write_error = |source| StorageError::Write {
            path: backup.clone(),
            source,
        };
        if fs::hard_link(&self.vault, &staged).is_err() {
            let bytes = self.read()?;
            return self
                .stage(&bytes)
                .and_then(|copy| copy.replace(&backup))
                .map_err(write_error);
        }
        // No folder sync of its own: the save that follows syncs the same folder, and a backup
        // rename lost to a crash before it leaves the older backup, which is harmless.
        rename_replacing(&staged, &backup).map_err(write_error)?;
        // When the backup already was this very file (a save killed after keeping its backup
        // and before replacing the vault), POSIX's rename does nothing and leaves the staged
        // name behind.
        let _ = fs::remove_file(&staged);
        Ok(())
    }

    /// Removes the copies of older versions that may lie beside the vault besides the backup
    /// and stale temporary files (which every save removes): the damaged file kept aside and a
    /// staged backup link.
    fn remove_other_copies(&self) -> io::Result<()> {
        for path in [self.damaged_path(), self.staged_backup_path()] {
            match fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        sync_folder(&self.folder())
    }

    /// The wrong-attempt counter. A missing file means no wrong attempts; an unreadable one
    /// (hand-edited) counts as all free attempts used, so deleting its contents is no way around
    /// the delays, yet never erases anything by itself.
    pub fn read_attempts(&self) -> LockoutState {
        match fs::read(self.attempts_path()) {
            Err(_) => LockoutState::default(),
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or(LockoutState {
                failed_attempts: crate::lockout::FREE_ATTEMPTS,
                locked_until: 0,
            }),
        }
    }

    /// Writes the counter durably: it must be on disk before the user hears the answer.
    pub fn write_attempts(
        &self,
        lock: &VaultLock,
        state: &LockoutState,
    ) -> Result<(), StorageError> {
        let path = self.attempts_path();
        let write_error = |source| StorageError::Write {
            path: path.clone(),
            source,
        };
        let bytes = serde_json::to_vec(state).unwrap_or_default();
        let staged = self.stage(&bytes).map_err(write_error)?;
        lock.confirm()?;
        staged.replace(&path).map_err(write_error)
    }
}

/// Temporary file in the same folder (created 0600), fsync, rename over `path`, fsync the folder.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let write_error = |source| StorageError::Write {
        path: path.to_path_buf(),
        source,
    };
    stage(&folder_of(path), GENERAL_TEMP_PREFIX, bytes)
        .and_then(|staged| staged.replace(path))
        .map_err(write_error)
}

/// As [`atomic_write`], but never replaces a file: when `path` exists (or appears meanwhile)
/// nothing is written and the error's kind is [`io::ErrorKind::AlreadyExists`]. For exports,
/// where the file there might be an earlier backup or the vault itself.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let write_error = |source| StorageError::Write {
        path: path.to_path_buf(),
        source,
    };
    stage(&folder_of(path), GENERAL_TEMP_PREFIX, bytes)
        .and_then(|staged| staged.place_new(path))
        .map_err(write_error)
}

fn create_private_dir(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

#[cfg(test)]
mod write_new_tests {
    use super::*;

    #[test]
    fn write_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("export.txt");
        write_new(&path, b"first").expect("a new file");
        let Err(StorageError::Write { source, .. }) = write_new(&path, b"second") else {
            panic!("an existing file was replaced")
        };
        assert_eq!(source.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).expect("readable"), b"first");
        let leftovers = fs::read_dir(dir.path()).expect("listable").count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
    }
}
