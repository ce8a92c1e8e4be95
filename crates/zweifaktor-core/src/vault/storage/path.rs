//! Where the vault really is: the path the user gave, with every symbolic link followed.
//!
//! The wrong-attempt counter, the lock, the backup and the temporary files are named after the
//! vault and sit beside it. Named after a link, they would be a second counter and a second lock
//! for the same vault (a way around the lockout), and a save would rename its new file over the
//! link instead of updating the file it points to (e.g. in a synced folder).

use std::path::{Path, PathBuf};

/// How many links in a row we follow before giving up (Linux's own limit for one lookup).
const MAX_LINKS: usize = 40;

/// The real location of `path`: absolute, every symbolic link (of the file and of each folder on
/// the way) followed. A vault that does not exist yet resolves as far as the path exists: a link
/// pointing to a file still to be created leads to that file, and folders still to be created
/// are kept as written.
pub fn resolve(path: &Path) -> PathBuf {
    if let Ok(real) = dunce::canonicalize(path) {
        return real;
    }
    // Not there (yet): follow the links of the last component by hand, since canonicalize gives
    // up on a link whose target does not exist.
    let mut path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    for _ in 0..MAX_LINKS {
        let Ok(target) = std::fs::read_link(&path) else {
            break;
        };
        // A relative target counts from the link's own folder; `join` keeps an absolute one.
        path = match path.parent() {
            Some(folder) => folder.join(target),
            None => target,
        };
    }
    match (path.parent(), path.file_name()) {
        (Some(folder), Some(name)) => existing_part_resolved(folder).join(name),
        _ => path,
    }
}

/// `folder` with its longest existing beginning canonicalised and the rest appended as written.
fn existing_part_resolved(folder: &Path) -> PathBuf {
    let mut missing = Vec::new();
    let mut current = folder;
    loop {
        if let Ok(real) = dunce::canonicalize(current) {
            return missing
                .iter()
                .rev()
                .fold(real, |path, name| path.join(name));
        }
        match (current.parent(), current.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name.to_os_string());
                current = parent;
            }
            _ => return folder.to_path_buf(),
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_to_files_and_folders_lead_to_the_real_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dunce::canonicalize(dir.path()).expect("canonical");
        std::fs::create_dir(root.join("real")).expect("folder");
        std::fs::write(root.join("real/vault"), b"v").expect("file");
        symlink("real/vault", root.join("alias")).expect("link");
        symlink(root.join("real"), root.join("folder-link")).expect("link");
        symlink("../alias", root.join("real/chain")).expect("link");
        for given in ["alias", "folder-link/vault", "real/chain", "real/../alias"] {
            assert_eq!(
                resolve(&root.join(given)),
                root.join("real/vault"),
                "{given}"
            );
        }
    }

    #[test]
    fn a_vault_still_to_be_created_resolves_through_its_links() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dunce::canonicalize(dir.path()).expect("canonical");
        std::fs::create_dir(root.join("synced")).expect("folder");
        // A link made before the vault exists (dangling until `init`).
        symlink("synced/vault", root.join("alias")).expect("link");
        assert_eq!(resolve(&root.join("alias")), root.join("synced/vault"));
        symlink(root.join("synced"), root.join("folder-link")).expect("link");
        assert_eq!(
            resolve(&root.join("folder-link/new/deeper/vault")),
            root.join("synced/new/deeper/vault")
        );
    }
}
