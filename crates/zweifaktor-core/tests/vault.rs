//! The vault file: round trips, wrong passwords, tampering, hostile headers, crashes during a
//! save, permissions and two writers at once.

mod common;

use common::*;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock;
use zweifaktor_core::vault::format::{FormatError, SALT_LEN};
use zweifaktor_core::vault::kdf::KdfError;
use zweifaktor_core::vault::{self, UnlockedVault, VaultError, cipher};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

#[test]
fn a_saved_vault_opens_with_every_field_intact() {
    let v = vault_with(&[("Citrix Portal", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    let file = v.files.read().unwrap();
    let opened = UnlockedVault::open(&file, &Password::from(PASSWORD)).unwrap();
    let names: Vec<_> = opened
        .contents
        .procedures
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Citrix Portal", "VPN"]);
    let citrix = &opened.contents.procedures[0];
    assert_eq!(citrix.secret.as_bytes(), b"12345678901234567890");
    assert_eq!(
        citrix.url.as_deref(),
        Some("https://citrix-portal.example.org/")
    );
    // The code from the reopened vault is RFC 6238's.
    let generator = citrix.generator().unwrap().unwrap();
    assert_eq!(generator.code_at(59).as_str(), "287082");
}

#[test]
fn the_secret_never_appears_in_the_file_or_in_debug_output() {
    let v = vault_with(&[("Citrix Portal", RFC_SECRET)]);
    let file = v.files.read().unwrap();
    let as_text = String::from_utf8_lossy(&file);
    assert!(!as_text.contains(RFC_SECRET));
    assert!(!as_text.contains("12345678901234567890"));
    // The clear list is readable: that is its purpose.
    assert!(as_text.contains("Citrix Portal"));
    let opened = UnlockedVault::open(&file, &Password::from(PASSWORD)).unwrap();
    let debug = format!("{opened:?}");
    assert!(
        !debug.contains(RFC_SECRET) && !debug.contains("12345678901234567890"),
        "{debug}"
    );
    assert!(!debug.contains("[49, 50, 51"), "{debug}");
}

#[test]
fn a_wrong_password_gives_the_opaque_error() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let file = v.files.read().unwrap();
    let err = UnlockedVault::open(&file, &Password::from("Falsch-2026")).unwrap_err();
    assert!(
        matches!(err, VaultError::WrongPasswordOrDamaged(_)),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "wrong password, or the vault file is damaged"
    );
}

#[test]
fn every_single_flipped_byte_is_detected_without_panic() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let file = v.files.read().unwrap();
    // Magic, version, flags, KDF id and costs come first; salt, nonce and the list length
    // follow, then the clear list and the sealed body.
    let salt_at = 8 + 2 + 2 + 1 + 12;
    let list_len_at = salt_at + SALT_LEN + cipher::NONCE_LEN;
    let password = Password::from(PASSWORD);
    for index in 0..file.len() {
        for mask in [0x01u8, 0x80] {
            let mut damaged = file.clone();
            damaged[index] ^= mask;
            let result = UnlockedVault::open(&damaged, &password);
            let err = result.expect_err(&format!("byte {index} ^ {mask:#x} went unnoticed"));
            if index < 8 {
                assert!(
                    matches!(err, VaultError::Format(FormatError::NotAVault)),
                    "{index}: {err:?}"
                );
            } else if (salt_at..list_len_at).contains(&index) || index >= list_len_at + 4 {
                // Salt, nonce, the clear list and the sealed body: the one opaque error.
                assert!(
                    matches!(err, VaultError::WrongPasswordOrDamaged(_)),
                    "{index}: {err:?}"
                );
            } else {
                // Version, flags, costs and lengths: refused, one way or another, never opened.
                assert!(!err.to_string().is_empty());
            }
        }
    }
}

#[test]
fn a_header_asking_for_64_gib_is_refused_before_allocating() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let mut file = v.files.read().unwrap();
    let memory_at = 8 + 2 + 2 + 1;
    let gib_64_in_kib: u64 = 64 * 1024 * 1024;
    // 64 GiB does not fit the u32 field in KiB; the largest value is just under 4 TiB, and 4 GiB
    // plus one KiB is the smallest refused one. Both must be refused at once.
    for memory_kib in [u32::MAX, 4 * 1024 * 1024 + 1] {
        assert!(u64::from(memory_kib) > 4 * 1024 * 1024 && gib_64_in_kib > 4 * 1024 * 1024);
        file[memory_at..memory_at + 4].copy_from_slice(&memory_kib.to_le_bytes());
        let started = std::time::Instant::now();
        let err = UnlockedVault::open(&file, &Password::from(PASSWORD)).unwrap_err();
        assert!(
            matches!(err, VaultError::Kdf(KdfError::TooMuchMemory { .. })),
            "{err:?}"
        );
        assert!(err.to_string().contains("more than the 4 GiB allowed"));
        assert!(
            started.elapsed().as_secs() < 5,
            "refusing must not derive anything"
        );
    }
}

#[test]
fn a_vault_from_a_newer_version_says_so() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let mut file = v.files.read().unwrap();
    file[8] = 9;
    let err = UnlockedVault::open(&file, &Password::from(PASSWORD)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "this vault was written by a newer Zweifaktor (format 9); update Zweifaktor to open it"
    );
}

#[test]
fn every_save_uses_a_fresh_nonce() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let file = v.files.read().unwrap();
    let mut opened = UnlockedVault::open(&file, &Password::from(PASSWORD)).unwrap();
    let a = opened.seal();
    let b = opened.seal();
    let nonce = |f: &[u8]| vault::format::parse(f).unwrap().header.nonce;
    assert_ne!(nonce(&a), nonce(&b));
    assert_ne!(nonce(&a), nonce(&file));
    assert_ne!(a, b);
}

#[cfg(unix)]
#[test]
fn every_file_is_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let files = zweifaktor_core::vault::storage::VaultFiles::new(
        dir.path().join("new/folder/v.zweifaktor"),
    );
    let mut session =
        unlock::create(&files, &Password::from(PASSWORD), cheap_kdf(), false).unwrap();
    add_procedure(&mut session, "VPN", RFC_SECRET);
    let _ = unlock::unlock(&files, &Password::from("Falsch-2026"), &FakeClock::at(0));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(files.vault_path()), 0o600);
    assert_eq!(mode(&files.backup_path()), 0o600);
    assert_eq!(mode(&files.attempts_path()), 0o600);
    assert_eq!(
        mode(&dir.path().join("new/folder/v.zweifaktor.lock")),
        0o600
    );
    assert_eq!(mode(&dir.path().join("new/folder")), 0o700);
}

#[test]
fn each_save_keeps_the_previous_version_as_backup() {
    let v = vault_with(&[("One", RFC_SECRET)]);
    let mut session =
        unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
    add_procedure(&mut session, "Two", RFC_SECRET);
    let backup = std::fs::read(v.files.backup_path()).unwrap();
    let previous = UnlockedVault::open(&backup, &Password::from(PASSWORD)).unwrap();
    assert_eq!(previous.contents.procedures.len(), 1);
    assert_eq!(session.procedures().len(), 2);
}

#[test]
fn a_damaged_vault_is_restored_from_its_backup_with_the_right_password() {
    let v = vault_with(&[("One", RFC_SECRET)]);
    let mut session =
        unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
    add_procedure(&mut session, "Two", RFC_SECRET);
    drop(session);
    let mut file = v.files.read().unwrap();
    let last = file.len() - 1;
    file[last] ^= 0x55;
    std::fs::write(v.files.vault_path(), &file).unwrap();
    let session = unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
    assert!(session.restored_from_backup);
    // The backup holds the version before the last save: one procedure.
    assert_eq!(session.procedures().len(), 1);
    assert_eq!(v.files.read_attempts().failed_attempts, 0);
    // A wrong password on a damaged vault still counts.
    let mut file = v.files.read().unwrap();
    let last = file.len() - 1;
    file[last] ^= 0x55;
    std::fs::write(v.files.vault_path(), &file).unwrap();
    let err =
        unlock::unlock(&v.files, &Password::from("Falsch-2026"), &FakeClock::at(0)).unwrap_err();
    assert_eq!(attempts_left(&err), Some(9), "{err:?}");
}

#[test]
fn changing_the_password_re_encrypts_with_a_new_salt_and_replaces_the_backup() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let before = v.files.read().unwrap();
    let mut session =
        unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
    session
        .change_password(&Password::from("Neu-Passwort-7"), cheap_kdf())
        .unwrap();
    let after = v.files.read().unwrap();
    let salt = |f: &[u8]| vault::format::parse(f).unwrap().header.salt;
    assert_ne!(salt(&before), salt(&after));
    assert!(UnlockedVault::open(&after, &Password::from(PASSWORD)).is_err());
    let reopened = UnlockedVault::open(&after, &Password::from("Neu-Passwort-7")).unwrap();
    assert_eq!(
        reopened.contents.procedures[0].secret.as_bytes(),
        b"12345678901234567890"
    );
    let backup = std::fs::read(v.files.backup_path()).unwrap();
    assert!(
        UnlockedVault::open(&backup, &Password::from(PASSWORD)).is_err(),
        "old password must not open the backup"
    );
}

#[test]
fn hidden_names_stay_out_of_the_clear_list() {
    let dir = tempfile::tempdir().unwrap();
    let files = zweifaktor_core::vault::storage::VaultFiles::new(dir.path().join("v.zweifaktor"));
    let mut session = unlock::create(&files, &Password::from(PASSWORD), cheap_kdf(), true).unwrap();
    add_procedure(&mut session, "Geheimes Portal", RFC_SECRET);
    let file = files.read().unwrap();
    assert!(!String::from_utf8_lossy(&file).contains("Geheimes Portal"));
    let summary = vault::summary(&file).unwrap();
    assert!(summary.names_hidden && summary.entries.is_none());
    // Showing them again puts them back in the clear list.
    session.set_names_hidden(false).unwrap();
    let summary = vault::summary(&files.read().unwrap()).unwrap();
    assert_eq!(summary.entries.unwrap()[0].name, "Geheimes Portal");
}

#[test]
fn a_second_session_sees_the_first_ones_changes_and_loses_none() {
    let v = vault_with(&[("One", RFC_SECRET)]);
    let clock = FakeClock::at(0);
    let mut window = unlock::unlock(&v.files, &Password::from(PASSWORD), &clock).unwrap();
    let mut other = unlock::unlock(&v.files, &Password::from(PASSWORD), &clock).unwrap();
    add_procedure(&mut other, "From the command line", RFC_SECRET);
    assert!(window.refresh().unwrap(), "the change must be noticed");
    assert_eq!(window.procedures().len(), 2);
    add_procedure(&mut other, "Three", RFC_SECRET);
    // `window` has not refreshed, yet its change is applied on top of the newest file.
    add_procedure(&mut window, "Four", RFC_SECRET);
    let names: Vec<_> = window.procedures().iter().map(|p| p.name.clone()).collect();
    assert_eq!(names, ["One", "From the command line", "Three", "Four"]);
}
