//! The wrong-password lockout on a fake clock through the library (the real binary's runs are
//! in the program's tests/cli_lockout.rs).

mod common;

use common::*;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock::{self, UnlockError};
use zweifaktor_core::vault;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn wrong() -> Password {
    Password::from("Falsch-2026")
}

fn right() -> Password {
    Password::from(PASSWORD)
}

#[test]
fn the_whole_timeline_on_a_fake_clock() {
    let v = vault_with(&[("Citrix", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    let clock = FakeClock::at(1_800_000_000);
    for attempt in 1..=5u32 {
        let err = unlock::unlock(&v.files, &wrong(), &clock).unwrap_err();
        assert!(
            matches!(err, UnlockError::WrongPassword { attempts_left, locked_for: None } if attempts_left == 10 - attempt),
            "attempt {attempt}: {err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!(
                "wrong password; {} more wrong attempts and the secrets are erased",
                10 - attempt
            )
        );
        clock.advance(1);
    }
    for (attempt, delay) in [(6u32, 10u64), (7, 20), (8, 40), (9, 80)] {
        let err = unlock::unlock(&v.files, &wrong(), &clock).unwrap_err();
        assert!(
            matches!(err, UnlockError::WrongPassword { locked_for: Some(d), .. } if d == delay),
            "attempt {attempt}: {err:?}"
        );
        // Locked: the right password is not even evaluated, and nothing is counted.
        clock.advance(delay - 1);
        let err = unlock::unlock(&v.files, &right(), &clock).unwrap_err();
        assert!(
            matches!(err, UnlockError::Locked(l) if l.seconds_left == 1),
            "{err:?}"
        );
        let status = unlock::status(&v.files, &clock).unwrap();
        assert_eq!(
            (status.failed_attempts, status.locked_for_seconds),
            (attempt, 1)
        );
        clock.advance(1);
    }
    let err = unlock::unlock(&v.files, &wrong(), &clock).unwrap_err();
    assert!(matches!(err, UnlockError::ErasedNow), "{err:?}");

    // The secrets are gone from the vault and from its backup; the list stays, marked.
    for file in [
        v.files.read().unwrap(),
        std::fs::read(v.files.backup_path()).unwrap(),
    ] {
        let summary = vault::summary(&file).unwrap();
        assert!(summary.secrets_erased);
        let entries = summary.entries.unwrap();
        let names: Vec<_> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Citrix", "VPN"]);
        assert!(entries.iter().all(|e| e.needs_reenrollment));
        assert!(!String::from_utf8_lossy(&file).contains("GEZDGNBV"));
    }
    // The old password no longer opens anything; a new password must be set.
    let err = unlock::unlock(&v.files, &right(), &clock).unwrap_err();
    assert!(matches!(err, UnlockError::SecretsErased), "{err:?}");
    assert!(unlock::status(&v.files, &clock).unwrap().secrets_erased);

    let session = unlock::start_over(
        &v.files,
        &Password::from("Neu-Anfang-1"),
        cheap_kdf(),
        &clock,
    )
    .unwrap();
    assert_eq!(session.procedures().len(), 2);
    assert!(
        session
            .procedures()
            .iter()
            .all(|p| p.needs_reenrollment && p.secret.is_empty())
    );
    let reopened = unlock::unlock(&v.files, &Password::from("Neu-Anfang-1"), &clock).unwrap();
    assert_eq!(
        reopened.procedures()[1].url.as_deref(),
        Some("https://vpn.example.org/")
    );
    assert_eq!(unlock::status(&v.files, &clock).unwrap().failed_attempts, 0);
}

#[test]
fn a_success_resets_the_count() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let clock = FakeClock::at(1_800_000_000);
    for _ in 0..4 {
        unlock::unlock(&v.files, &wrong(), &clock).unwrap_err();
    }
    unlock::unlock(&v.files, &right(), &clock).unwrap();
    let err = unlock::unlock(&v.files, &wrong(), &clock).unwrap_err();
    assert_eq!(attempts_left(&err), Some(9), "{err:?}");
}

#[test]
fn forgot_password_erases_the_secrets_and_keeps_the_names() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let clock = FakeClock::at(0);
    let session = unlock::start_over(
        &v.files,
        &Password::from("Neu-Anfang-1"),
        cheap_kdf(),
        &clock,
    )
    .unwrap();
    assert_eq!(session.procedures()[0].name, "Citrix");
    assert!(session.procedures()[0].needs_reenrollment);
    assert!(unlock::unlock(&v.files, &right(), &clock).is_err());
    let backup = std::fs::read(v.files.backup_path()).unwrap();
    assert!(
        zweifaktor_core::vault::UnlockedVault::open(&backup, &right()).is_err(),
        "old secrets left in the backup"
    );
}

#[test]
fn with_hidden_names_an_erase_empties_the_list_too() {
    let dir = tempfile::tempdir().unwrap();
    let files = zweifaktor_core::vault::storage::VaultFiles::new(dir.path().join("v.zweifaktor"));
    let mut s = unlock::create(&files, &right(), cheap_kdf(), true).unwrap();
    add_procedure(&mut s, "Hidden", RFC_SECRET);
    let s = unlock::start_over(
        &files,
        &Password::from("Neu-Anfang-1"),
        cheap_kdf(),
        &FakeClock::at(0),
    )
    .unwrap();
    assert!(s.procedures().is_empty());
}

#[test]
fn the_core_refuses_weak_new_passwords_everywhere() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let clock = FakeClock::at(0);
    let weak = Password::from("kurz");
    let err = unlock::start_over(&v.files, &weak, cheap_kdf(), &clock).unwrap_err();
    assert!(matches!(err, UnlockError::WeakPassword(_)), "{err:?}");
    let mut session = unlock::unlock(&v.files, &right(), &clock).unwrap();
    assert!(session.change_password(&weak, cheap_kdf()).is_err());
    let dir = tempfile::tempdir().unwrap();
    let files = zweifaktor_core::vault::storage::VaultFiles::new(dir.path().join("v"));
    let err = unlock::create(&files, &weak, cheap_kdf(), false).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the password needs one uppercase letter, one digit, one special character, at least 8 characters"
    );
    assert!(!files.exists());
    // Nothing changed: the old password still opens the vault with its secret.
    let session = unlock::unlock(&v.files, &right(), &clock).unwrap();
    assert!(!session.procedures()[0].needs_reenrollment);
}
