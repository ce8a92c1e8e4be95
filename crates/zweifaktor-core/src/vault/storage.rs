//! The only code that touches the vault's files: the vault itself, its backup copy, the
//! wrong-attempt counter beside it, and the lock file that serialises every change.
//!
//! Writes are atomic (temporary file in the same folder, fsync, rename, fsync of the folder), so a
//! crash or power cut leaves either the old or the new version, never a mix. On Unix every file
//! is created 0600 and a created folder 0700.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::lockout::LockoutState;

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
}

/// The files of one vault.
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

/// Held while a change is read, applied and written; other processes wait for it.
#[derive(Debug)]
pub struct VaultLock {
    _file: File,
}

impl VaultFiles {
    pub fn new(vault: impl Into<PathBuf>) -> Self {
        VaultFiles {
            vault: vault.into(),
        }
    }

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

    fn lock_path(&self) -> PathBuf {
        self.sibling("lock")
    }

    fn sibling(&self, extension: &str) -> PathBuf {
        let mut name = self.vault.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(extension);
        self.vault.with_file_name(name)
    }

    fn folder(&self) -> PathBuf {
        match self.vault.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        }
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

    /// Waits for and takes the exclusive lock. The lock is a separate file because the vault
    /// itself is replaced by rename on every save.
    pub fn lock(&self) -> Result<VaultLock, StorageError> {
        let path = self.lock_path();
        let lock_error = |source| StorageError::Lock {
            path: path.clone(),
            source,
        };
        let file = private_options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(lock_error)?;
        file.lock().map_err(lock_error)?;
        Ok(VaultLock { _file: file })
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
    pub fn write(&self, _lock: &VaultLock, bytes: &[u8]) -> Result<(), StorageError> {
        if self.vault.exists() {
            self.keep_backup()?;
        }
        atomic_write(&self.vault, bytes)
    }

    /// Writes a brand-new vault; refuses to replace one.
    pub fn write_new(&self, lock: &VaultLock, bytes: &[u8]) -> Result<(), StorageError> {
        if self.vault.exists() {
            return Err(StorageError::AlreadyExists(self.vault.clone()));
        }
        self.write(lock, bytes)
    }

    /// Replaces the vault *and* its backup with `bytes`: after an erase no copy of the old
    /// secrets may stay behind.
    pub fn overwrite_everything(
        &self,
        _lock: &VaultLock,
        bytes: &[u8],
    ) -> Result<(), StorageError> {
        atomic_write(&self.vault, bytes)?;
        atomic_write(&self.backup_path(), bytes)
    }

    /// Puts the restored backup in place of a damaged vault (keeping the damaged one aside).
    pub fn restore_backup(&self, _lock: &VaultLock, backup: &[u8]) -> Result<(), StorageError> {
        let damaged = self.sibling("damaged");
        let _ = fs::rename(&self.vault, &damaged);
        atomic_write(&self.vault, backup)
    }

    /// The previous version becomes the backup: a hard link where the file system has them
    /// (no copy, and atomic by rename), else a copy.
    fn keep_backup(&self) -> Result<(), StorageError> {
        let backup = self.backup_path();
        let staged = self.sibling("bak.new");
        let _ = fs::remove_file(&staged);
        let write_error = |source| StorageError::Write {
            path: backup.clone(),
            source,
        };
        if fs::hard_link(&self.vault, &staged).is_err() {
            let bytes = self.read()?;
            return atomic_write(&backup, &bytes);
        }
        // No folder sync of its own: the save that follows syncs the same folder, and a backup
        // rename lost to a crash before it leaves the older backup, which is harmless.
        fs::rename(&staged, &backup).map_err(write_error)
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
        _lock: &VaultLock,
        state: &LockoutState,
    ) -> Result<(), StorageError> {
        let bytes = serde_json::to_vec(state).unwrap_or_default();
        atomic_write(&self.attempts_path(), &bytes)
    }
}

/// Temporary file in the same folder (created 0600), fsync, rename over `path`, fsync the folder.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_through_temp(path, bytes, Existing::Replace)
}

/// As [`atomic_write`], but never replaces a file: when `path` exists (or appears meanwhile)
/// nothing is written and the error's kind is [`io::ErrorKind::AlreadyExists`]. For exports,
/// where the file there might be an earlier backup or the vault itself.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write_through_temp(path, bytes, Existing::Keep)
}

/// What a write does to a file already at its path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Existing {
    Replace,
    Keep,
}

fn write_through_temp(path: &Path, bytes: &[u8], existing: Existing) -> Result<(), StorageError> {
    let write_error = |source| StorageError::Write {
        path: path.to_path_buf(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".zweifaktor-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(write_error)?;
    temp.write_all(bytes).map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    match existing {
        Existing::Replace => temp.persist(path).map(drop),
        Existing::Keep => temp.persist_noclobber(path).map(drop),
    }
    .map_err(|e| write_error(e.error))?;
    sync_folder(&folder).map_err(write_error)
}

/// Makes a rename in `folder` durable. Windows has no folder handles to sync; its renames are
/// journaled by NTFS.
fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

fn private_options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
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
