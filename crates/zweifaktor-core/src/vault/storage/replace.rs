//! Atomic replacement of a file: the new bytes go to a temporary file in the same folder
//! (created 0600 on Unix), are synced, and only then renamed over the target; the folder is
//! synced after the rename. A crash leaves the old or the new version, never a mix.
//!
//! Writing (`stage`) and replacing (`Staged::replace`) are separate steps so that a save can
//! check things in between (that it still holds the lock, that the backup was kept) and so that
//! a write that fails (disk full) has changed nothing.
//!
//! On Windows the rename is std's `fs::rename` (POSIX semantics on Windows 10 and later: it
//! replaces a file that others have open, where tempfile's `persist`, MoveFileExW, fails), tried
//! again for a short while when a virus scanner, indexer or sync client holds the file without
//! sharing it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Random characters in a temporary file's name (tempfile's default, spelled out because
/// recognising our own stale files relies on it).
pub const TEMP_RANDOM_CHARS: usize = 6;
/// Every temporary file we write ends so.
pub const TEMP_SUFFIX: &str = ".tmp";
/// The prefix of temporary files written by [`atomic_write`] and [`write_new`] outside a vault
/// (the settings, exports).
pub const GENERAL_TEMP_PREFIX: &str = ".zweifaktor-";

/// Waits between tries of a rename that another program's open handle blocks (Windows): about
/// 1.6 s in all, longer than a scanner usually holds a file, short enough to wait under the
/// vault's lock.
const RETRY_DELAYS: [Duration; 8] = [
    Duration::from_millis(5),
    Duration::from_millis(10),
    Duration::from_millis(20),
    Duration::from_millis(50),
    Duration::from_millis(100),
    Duration::from_millis(200),
    Duration::from_millis(400),
    Duration::from_millis(800),
];

/// Windows error codes that mean "another program has this file open right now":
/// ERROR_ACCESS_DENIED (what a rename over such a file reports), ERROR_SHARING_VIOLATION and
/// ERROR_LOCK_VIOLATION.
const WINDOWS_FILE_IN_USE: [i32; 3] = [5, 32, 33];

/// New bytes written and synced to a temporary file beside their target, not yet in place.
/// Dropped without [`Staged::replace`] or [`Staged::place_new`], the temporary file is removed.
pub struct Staged {
    temp: tempfile::TempPath,
    folder: PathBuf,
}

/// Writes `bytes` to a new temporary file `<prefix><random>.tmp` in `folder` and syncs it
/// (tempfile creates it 0600 on Unix).
pub fn stage(folder: &Path, prefix: &str, bytes: &[u8]) -> io::Result<Staged> {
    let mut temp = tempfile::Builder::new()
        .prefix(prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_CHARS)
        .tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    // Closed before the rename: on Windows our own open handle could block it.
    Ok(Staged {
        temp: temp.into_temp_path(),
        folder: folder.to_path_buf(),
    })
}

impl Staged {
    /// Renames the staged file over `target` (replacing it) and syncs the folder.
    pub fn replace(self, target: &Path) -> io::Result<()> {
        // `keep` hands the clean-up to us (on Windows it also clears the "temporary" attribute,
        // which would let the file stay in the cache only).
        let temp = self.temp.keep().map_err(|e| e.error)?;
        if let Err(error) = rename_replacing(&temp, target) {
            let _ = std::fs::remove_file(&temp);
            return Err(error);
        }
        sync_folder(&self.folder)
    }

    /// Puts the staged file at `target` only if nothing is there (or appears meanwhile): the
    /// error's kind is then [`io::ErrorKind::AlreadyExists`] and nothing is changed.
    pub fn place_new(self, target: &Path) -> io::Result<()> {
        self.temp.persist_noclobber(target).map_err(|e| e.error)?;
        sync_folder(&self.folder)
    }
}

/// `fs::rename`, tried again while another program holds the target open (Windows).
pub fn rename_replacing(from: &Path, to: &Path) -> io::Result<()> {
    retry_while_in_use(
        || std::fs::rename(from, to),
        |error| cfg!(windows) && windows_file_in_use(error),
        std::thread::sleep,
    )
}

fn windows_file_in_use(error: &io::Error) -> bool {
    error
        .raw_os_error()
        .is_some_and(|code| WINDOWS_FILE_IN_USE.contains(&code))
}

/// Runs `operation`, and again after each of [`RETRY_DELAYS`] while it fails with an error
/// `in_use` accepts; any other outcome is returned at once.
fn retry_while_in_use<T>(
    mut operation: impl FnMut() -> io::Result<T>,
    in_use: impl Fn(&io::Error) -> bool,
    mut sleep: impl FnMut(Duration),
) -> io::Result<T> {
    for delay in RETRY_DELAYS {
        match operation() {
            Err(error) if in_use(&error) => sleep(delay),
            outcome => return outcome,
        }
    }
    operation()
}

/// The folder a file at `path` lives in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Makes a rename or removal in `folder` durable. Windows has no folder handles to sync; its
/// renames are journaled by NTFS.
pub fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn in_use() -> io::Error {
        io::Error::from_raw_os_error(32) // ERROR_SHARING_VIOLATION
    }

    #[test]
    fn a_rename_blocked_for_a_while_is_tried_again_until_it_succeeds() {
        let tries = Cell::new(0);
        let mut slept = Vec::new();
        let result = retry_while_in_use(
            || {
                tries.set(tries.get() + 1);
                if tries.get() <= 3 {
                    Err(in_use())
                } else {
                    Ok("renamed")
                }
            },
            windows_file_in_use,
            |delay| slept.push(delay),
        );
        assert_eq!(result.expect("renamed at the 4th try"), "renamed");
        assert_eq!(tries.get(), 4);
        assert_eq!(slept, RETRY_DELAYS[..3]);
    }

    #[test]
    fn a_file_held_for_good_gives_the_error_after_about_two_seconds_of_tries() {
        let tries = Cell::new(0);
        let mut slept = Duration::ZERO;
        let result: io::Result<()> = retry_while_in_use(
            || {
                tries.set(tries.get() + 1);
                Err(io::Error::from_raw_os_error(5)) // ERROR_ACCESS_DENIED
            },
            windows_file_in_use,
            |delay| slept += delay,
        );
        assert_eq!(result.expect_err("never renamed").raw_os_error(), Some(5));
        assert_eq!(tries.get(), RETRY_DELAYS.len() + 1);
        assert!(
            slept >= Duration::from_secs(1) && slept <= Duration::from_secs(2),
            "{slept:?}"
        );
    }

    #[test]
    fn other_errors_are_not_tried_again() {
        let tries = Cell::new(0);
        let result: io::Result<()> = retry_while_in_use(
            || {
                tries.set(tries.get() + 1);
                Err(io::Error::from_raw_os_error(2)) // ERROR_FILE_NOT_FOUND
            },
            windows_file_in_use,
            |_| panic!("no wait for an error that waiting cannot cure"),
        );
        assert_eq!(result.expect_err("not found").raw_os_error(), Some(2));
        assert_eq!(tries.get(), 1);
    }
}
