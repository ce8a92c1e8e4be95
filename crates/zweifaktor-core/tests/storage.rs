//! The vault's files as a hostile path or a sync tool would meet them: symbolic links, a lock
//! file deleted under a writer, temporary files left by a killed process, and copies that must
//! not outlive an erase, a password change or hiding the names.

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::lockout::{ERASE_AT_ATTEMPT, LockoutState};
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock::{self, UnlockError};
use zweifaktor_core::vault::storage::{StorageError, VaultFiles};
use zweifaktor_core::vault::{self, UnlockedVault};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn right() -> Password {
    Password::from(PASSWORD)
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn lock_path(files: &VaultFiles) -> PathBuf {
    let mut name = files.vault_path().file_name().unwrap().to_os_string();
    name.push(".lock");
    files.vault_path().with_file_name(name)
}

#[cfg(unix)]
mod symlinks {
    use super::*;
    use std::os::unix::fs::symlink;

    fn wrong() -> Password {
        Password::from("Falsch-2026")
    }

    #[test]
    fn wrong_attempts_through_links_count_against_the_real_vault() {
        let v = vault_with(&[("VPN", RFC_SECRET)]);
        let elsewhere = tempfile::tempdir().unwrap();
        let clock = FakeClock::at(1_800_000_000);
        let mut links = Vec::new();
        for i in 0..3 {
            let alias = elsewhere.path().join(format!("alias-{i}"));
            symlink(v.files.vault_path(), &alias).unwrap();
            links.push(VaultFiles::new(&alias));
        }
        // Five free attempts, spread over three links and the real path.
        for (attempt, files) in [&links[0], &links[1], &links[2], &v.files, &links[0]]
            .into_iter()
            .enumerate()
        {
            let err = unlock::unlock(files, &wrong(), &clock).unwrap_err();
            assert_eq!(attempts_left(&err), Some(9 - attempt as u32), "{err:?}");
        }
        // The 6th, through yet another link, locks the vault for every path.
        let err = unlock::unlock(&links[2], &wrong(), &clock).unwrap_err();
        assert!(
            matches!(
                err,
                UnlockError::WrongPassword {
                    locked_for: Some(10),
                    ..
                }
            ),
            "{err:?}"
        );
        let err = unlock::unlock(&v.files, &right(), &clock).unwrap_err();
        assert!(matches!(err, UnlockError::Locked(_)), "{err:?}");
        assert_eq!(v.files.read_attempts().failed_attempts, 6);
        // Nothing was named after a link.
        assert_eq!(
            names_in(elsewhere.path()),
            ["alias-0", "alias-1", "alias-2"]
        );
    }

    #[test]
    fn saving_through_a_link_updates_the_file_it_points_to_and_keeps_the_link() {
        let v = vault_with(&[("One", RFC_SECRET)]);
        let elsewhere = tempfile::tempdir().unwrap();
        // A relative link, as `ln -s ../synced/vault.zweifaktor` makes.
        let alias = elsewhere.path().join("alias");
        let relative = Path::new("..")
            .join(v.dir.path().file_name().unwrap())
            .join("vault.zweifaktor");
        symlink(&relative, &alias).unwrap();
        let through_link = VaultFiles::new(&alias);
        assert_eq!(through_link.vault_path(), v.files.vault_path());

        let mut session = unlock::unlock(&through_link, &right(), &FakeClock::at(0)).unwrap();
        add_procedure(&mut session, "Two", RFC_SECRET);
        session
            .change_password(&Password::from("Neu-Passwort-7"), cheap_kdf())
            .unwrap();

        assert!(
            std::fs::symlink_metadata(&alias)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_link(&alias).unwrap(), relative);
        assert_eq!(names_in(elsewhere.path()), ["alias"]);
        // The real file has both procedures under the new password, and so has its backup.
        for file in [v.files.read().unwrap(), v.files.read_backup().unwrap()] {
            let opened = UnlockedVault::open(&file, &Password::from("Neu-Passwort-7")).unwrap();
            assert_eq!(opened.contents.procedures.len(), 2);
            assert!(UnlockedVault::open(&file, &right()).is_err());
        }
        assert!(
            !std::fs::symlink_metadata(v.files.backup_path())
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn a_vault_created_through_a_dangling_link_is_created_where_it_points() {
        let synced = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let target = synced.path().join("vault.zweifaktor");
        let alias = elsewhere.path().join("alias");
        symlink(&target, &alias).unwrap();
        let files = VaultFiles::new(&alias);
        unlock::create(&files, &right(), cheap_kdf(), false).unwrap();
        assert!(
            std::fs::symlink_metadata(&alias)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(UnlockedVault::open(&std::fs::read(&target).unwrap(), &right()).is_ok());
        assert_eq!(names_in(elsewhere.path()), ["alias"]);
    }

    #[test]
    fn a_linked_folder_shares_the_counter_of_the_real_one() {
        let v = vault_with(&[("VPN", RFC_SECRET)]);
        let elsewhere = tempfile::tempdir().unwrap();
        let folder_link = elsewhere.path().join("folder");
        symlink(v.dir.path(), &folder_link).unwrap();
        let through_folder = VaultFiles::new(folder_link.join("vault.zweifaktor"));
        unlock::unlock(&through_folder, &wrong(), &FakeClock::at(0)).unwrap_err();
        assert_eq!(v.files.read_attempts().failed_attempts, 1);
        assert_eq!(through_folder.attempts_path(), v.files.attempts_path());
    }
}

#[test]
fn a_waiting_writer_does_not_get_in_beside_the_holder_of_a_recreated_lock_file() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let first = v.files.lock().unwrap();
    // A second writer opens the lock file and waits for the first.
    let (locked_tx, locked_rx) = mpsc::channel();
    let (release_tx, release_rx) = mpsc::channel::<()>();
    let files = v.files.clone();
    let waiter = std::thread::spawn(move || {
        let lock = files.lock().unwrap();
        locked_tx.send(()).unwrap();
        release_rx.recv().unwrap();
        drop(lock);
    });
    std::thread::sleep(Duration::from_millis(300));
    // A sync tool deletes the lock file; a third writer creates a new one and takes it.
    std::fs::remove_file(lock_path(&v.files)).unwrap();
    let third = v.files.lock().unwrap();
    drop(first);
    assert!(
        locked_rx.recv_timeout(Duration::from_millis(500)).is_err(),
        "the waiting writer took the removed file's lock while the third one holds the new file"
    );
    drop(third);
    locked_rx
        .recv_timeout(Duration::from_secs(10))
        .expect("the waiting writer gets the lock once the third one is done");
    release_tx.send(()).unwrap();
    waiter.join().unwrap();
}

#[test]
fn a_writer_whose_lock_file_was_removed_saves_nothing() {
    let v = vault_with(&[("One", RFC_SECRET)]);
    let before = v.files.read().unwrap();
    let mut session = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap();
    let lock = v.files.lock().unwrap();
    std::fs::remove_file(lock_path(&v.files)).unwrap();
    let sealed = UnlockedVault::open(&before, &right()).unwrap().seal();
    let err = v.files.write(&lock, &sealed).unwrap_err();
    assert!(matches!(err, StorageError::LockLost(_)), "{err:?}");
    assert!(err.to_string().contains("nothing was saved"), "{err}");
    assert_eq!(v.files.read().unwrap(), before);
    drop(lock);
    // The next change takes a fresh lock and saves as usual.
    add_procedure(&mut session, "Two", RFC_SECRET);
    assert_eq!(session.procedures().len(), 2);
}

#[test]
fn a_save_removes_temporary_files_a_killed_writer_left_and_nothing_else() {
    let v = vault_with(&[("One", RFC_SECRET)]);
    let folder = v.dir.path();
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(2 * 3600);
    let stale = [
        ".vault.zweifaktor.Ab12Cd.tmp",
        ".vault.zweifaktor.zz99ZZ.tmp",
    ];
    for name in stale {
        std::fs::write(folder.join(name), v.files.read().unwrap()).unwrap();
    }
    // An older version's name, untouched for two hours: stale too.
    let old_general = folder.join(".zweifaktor-Qw12Er.tmp");
    std::fs::write(&old_general, b"old").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&old_general)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    // Not ours, or possibly in use right now: kept.
    let kept = [
        ".zweifaktor-Ty34Ui.tmp",       // an export being written by another process
        ".other.zweifaktor.Ab12Cd.tmp", // another vault's
        "notes.tmp",
        ".vault.zweifaktor.Ab12Cd.tmp.keep",
    ];
    for name in kept {
        std::fs::write(folder.join(name), b"x").unwrap();
    }
    let mut session = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap();
    add_procedure(&mut session, "Two", RFC_SECRET);
    let names = names_in(folder);
    for name in stale.iter().chain([&".zweifaktor-Qw12Er.tmp"]) {
        assert!(!names.contains(&name.to_string()), "{name} left: {names:?}");
    }
    for name in kept {
        assert!(
            names.contains(&name.to_string()),
            "{name} removed: {names:?}"
        );
    }
}

/// A vault whose file was damaged and put back from its backup: `.damaged` holds the newer
/// version (under the password at that time).
fn vault_with_a_damaged_copy() -> TestVault {
    let v = vault_with(&[("Geheim", RFC_SECRET)]);
    let mut session = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap();
    add_procedure(&mut session, "Zwei", RFC_SECRET);
    let mut file = v.files.read().unwrap();
    let last = file.len() - 1;
    file[last] ^= 0x55;
    std::fs::write(v.files.vault_path(), &file).unwrap();
    let session = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap();
    assert!(session.restored_from_backup);
    assert!(v.files.damaged_path().exists());
    v
}

/// Every file beside the vault that holds a copy of it.
fn copies(v: &TestVault) -> Vec<(String, Vec<u8>)> {
    names_in(v.dir.path())
        .into_iter()
        .filter(|name| !name.ends_with(".attempts") && !name.ends_with(".lock"))
        .map(|name| {
            let bytes = std::fs::read(v.dir.path().join(&name)).unwrap();
            (name, bytes)
        })
        .collect()
}

#[test]
fn a_password_change_leaves_no_copy_under_the_old_password() {
    let v = vault_with_a_damaged_copy();
    std::fs::write(
        v.dir.path().join(".vault.zweifaktor.Zx98Yw.tmp"),
        v.files.read().unwrap(),
    )
    .unwrap();
    let mut session = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap();
    session
        .change_password(&Password::from("Neu-Passwort-7"), cheap_kdf())
        .unwrap();
    let copies = copies(&v);
    let names: Vec<_> = copies.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["vault.zweifaktor", "vault.zweifaktor.bak"]);
    for (name, bytes) in copies {
        assert!(UnlockedVault::open(&bytes, &right()).is_err(), "{name}");
    }
}

#[test]
fn an_erase_leaves_no_copy_with_secrets() {
    let v = vault_with_a_damaged_copy();
    unlock::erase_secrets(&v.files).unwrap();
    let copies = copies(&v);
    let names: Vec<_> = copies.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["vault.zweifaktor", "vault.zweifaktor.bak"]);
    for (name, bytes) in copies {
        assert!(vault::summary(&bytes).unwrap().secrets_erased, "{name}");
    }
}

#[test]
fn hiding_the_names_leaves_no_copy_with_them_in_the_clear() {
    let v = vault_with_a_damaged_copy();
    let mut session = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap();
    session.set_names_hidden(true).unwrap();
    let copies = copies(&v);
    let names: Vec<_> = copies.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["vault.zweifaktor", "vault.zweifaktor.bak"]);
    for (name, bytes) in copies {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("Geheim"),
            "{name} shows the names"
        );
        assert!(vault::summary(&bytes).unwrap().names_hidden, "{name}");
    }
    // The backup (put back earlier, one procedure) still opens with the password.
    assert_eq!(
        UnlockedVault::open(&v.files.read_backup().unwrap(), &right())
            .unwrap()
            .contents
            .procedures
            .len(),
        1
    );
}

#[test]
fn a_tenth_attempt_cut_off_before_its_erase_erases_at_the_next_try() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    // What a process killed between counting the 10th attempt and erasing leaves on disk.
    let lock = v.files.lock().unwrap();
    v.files
        .write_attempts(
            &lock,
            &LockoutState {
                failed_attempts: ERASE_AT_ATTEMPT,
                locked_until: 0,
            },
        )
        .unwrap();
    drop(lock);
    let err = unlock::unlock(&v.files, &right(), &FakeClock::at(0)).unwrap_err();
    assert!(matches!(err, UnlockError::ErasedNow), "{err:?}");
    for file in [v.files.read().unwrap(), v.files.read_backup().unwrap()] {
        assert!(vault::summary(&file).unwrap().secrets_erased);
    }
    assert_eq!(v.files.read_attempts(), LockoutState::default());
}
