//! The vault's lock: an exclusive lock on a separate file beside the vault (the vault itself is
//! replaced by rename on every save, so it cannot carry the lock).
//!
//! A lock file can be deleted by a sync client or a clean-up script while it is held or waited
//! for. A process that then locks the file it had opened would hold a lock nobody else sees,
//! while a newcomer creates and locks a new file: two writers at once, and a change lost. So a
//! lock counts only while the locked file is the one at the lock path: checked after the lock is
//! taken (else it is taken again, on the file there now) and again before every write commits
//! (else the write is refused). On Windows the file is also opened without delete sharing, so
//! that nobody can remove it while we hold it open.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use same_file::Handle;

use super::StorageError;

/// How often the lock is taken again when its file keeps being replaced under us; more means
/// something deletes it in a loop, and waiting longer would not help.
const MAX_TRIES: usize = 100;

/// Held while a change is read, applied and written; other processes wait for it.
#[derive(Debug)]
pub struct VaultLock {
    path: PathBuf,
    /// The locked file (it keeps the lock while open) and its identity (device and inode, or
    /// volume and file index).
    held: Handle,
}

impl VaultLock {
    /// Waits for and takes the exclusive lock on the file at `path`, creating it if needed.
    pub(super) fn acquire(path: &Path) -> Result<VaultLock, StorageError> {
        let lock_error = |source| StorageError::Lock {
            path: path.to_path_buf(),
            source,
        };
        for _ in 0..MAX_TRIES {
            let file = open_lock_file(path).map_err(lock_error)?;
            file.lock().map_err(lock_error)?;
            let lock = VaultLock {
                path: path.to_path_buf(),
                held: Handle::from_file(file).map_err(lock_error)?,
            };
            if lock.still_at_its_path() {
                return Ok(lock);
            }
            // The file we waited for was removed or replaced meanwhile: whoever holds the file
            // there now must be waited for too.
        }
        Err(StorageError::LockKeepsVanishing(path.to_path_buf()))
    }

    /// Ok while the locked file is still the one at the lock path: the last check before a
    /// write commits.
    pub(super) fn confirm(&self) -> Result<(), StorageError> {
        if self.still_at_its_path() {
            Ok(())
        } else {
            Err(StorageError::LockLost(self.path.clone()))
        }
    }

    fn still_at_its_path(&self) -> bool {
        Handle::from_path(&self.path).is_ok_and(|there| there == self.held)
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        // FILE_SHARE_READ | FILE_SHARE_WRITE, without FILE_SHARE_DELETE: the file cannot be
        // deleted or renamed while any Zweifaktor holds it open.
        options.share_mode(0x1 | 0x2);
    }
    options.open(path)
}
