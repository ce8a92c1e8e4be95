//! Writing a file that holds secrets (an export, a QR code image) where the user asked: always
//! a new file, never over an existing one — the file there might be an earlier backup or the
//! vault itself. The write creates the file with the secret in one step that fails when the
//! name is taken (a temporary file in the same folder, linked to the name without replacing:
//! `persist_noclobber`), so no file that appears before it can be replaced either.
//!
//! [`check`] is only a courtesy, for a message before any password is asked; [`write`] does
//! not rely on it.

use std::io;
use std::path::{Path, PathBuf};

use crate::vault::storage::{self, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum NewFileError {
    #[error("enter the file's path")]
    NoPath,
    #[error("{} already exists; choose another file name (nothing was written)", .0.display())]
    Exists(PathBuf),
    #[error("the folder {} does not exist (nothing was written)", .0.display())]
    NoFolder(PathBuf),
    #[error("cannot write {}: {source} (nothing was written)", .path.display())]
    Write { path: PathBuf, source: io::Error },
    /// Anything else the storage reports (the write itself reports only write errors).
    #[error(transparent)]
    Storage(StorageError),
}

/// Why `path` cannot become a new file, as far as can be told before writing.
pub fn check(path: &Path) -> Result<(), NewFileError> {
    if path.as_os_str().is_empty() {
        return Err(NewFileError::NoPath);
    }
    // `symlink_metadata`: a link, even a dangling one, is a name already taken.
    if path.symlink_metadata().is_ok() {
        return Err(NewFileError::Exists(path.to_path_buf()));
    }
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() && !folder.is_dir() => {
            Err(NewFileError::NoFolder(folder.to_path_buf()))
        }
        _ => Ok(()),
    }
}

/// Writes `bytes` to a new file at `path` (0600 on Unix, synced to disk). When the name is
/// taken — also by a file created a moment ago — nothing is written and the error is
/// [`NewFileError::Exists`].
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), NewFileError> {
    if path.as_os_str().is_empty() {
        return Err(NewFileError::NoPath);
    }
    storage::write_new(path, bytes).map_err(|error| match error {
        StorageError::Write { source, .. } if source.kind() == io::ErrorKind::AlreadyExists => {
            NewFileError::Exists(path.to_path_buf())
        }
        StorageError::Write { source, .. } => NewFileError::Write {
            path: path.to_path_buf(),
            source,
        },
        other => NewFileError::Storage(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_new_file_is_written_private_and_an_existing_one_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.txt");
        write(&path, b"secrets").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"secrets");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No check before: the write itself refuses the taken name.
        let Err(NewFileError::Exists(named)) = write(&path, b"other secrets") else {
            panic!("an existing file was replaced")
        };
        assert_eq!(named, path);
        assert_eq!(std::fs::read(&path).unwrap(), b"secrets");
        assert_eq!(
            names_in(dir.path()),
            ["export.txt"],
            "no temporary file left"
        );
        assert!(matches!(check(&path), Err(NewFileError::Exists(_))));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_name_is_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("vault.zweifaktor");
        std::fs::write(&target, b"the vault").unwrap();
        let link = dir.path().join("export.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(matches!(
            write(&link, b"secrets"),
            Err(NewFileError::Exists(_))
        ));
        assert_eq!(std::fs::read(&target).unwrap(), b"the vault");
        let dangling = dir.path().join("dangling.txt");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        assert!(matches!(check(&dangling), Err(NewFileError::Exists(_))));
        assert!(matches!(
            write(&dangling, b"secrets"),
            Err(NewFileError::Exists(_))
        ));
        assert!(
            !dir.path().join("nowhere").exists(),
            "nothing created through the link"
        );
    }

    #[test]
    fn a_missing_folder_or_an_empty_path_is_said_before_anything_is_asked() {
        let dir = tempfile::tempdir().unwrap();
        let inside_missing = dir.path().join("missing").join("export.txt");
        assert!(matches!(
            check(&inside_missing),
            Err(NewFileError::NoFolder(_))
        ));
        assert!(matches!(
            write(&inside_missing, b"x"),
            Err(NewFileError::Write { .. })
        ));
        assert!(matches!(check(Path::new("")), Err(NewFileError::NoPath)));
        assert!(check(&dir.path().join("new.txt")).is_ok());
    }
}
