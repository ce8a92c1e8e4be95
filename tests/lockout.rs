//! The wrong-password lockout, on a fake clock through the library, and through the real binary
//! across separate process runs.

mod common;

use std::time::{Duration, Instant};

use common::*;
use zweifaktor::clock::FakeClock;
use zweifaktor::lockout::LockoutState;
use zweifaktor::secret::Password;
use zweifaktor::unlock::{self, UnlockError};
use zweifaktor::vault;

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
        zweifaktor::vault::UnlockedVault::open(&backup, &right()).is_err(),
        "old secrets left in the backup"
    );
}

#[test]
fn with_hidden_names_an_erase_empties_the_list_too() {
    let dir = tempfile::tempdir().unwrap();
    let files = zweifaktor::vault::storage::VaultFiles::new(dir.path().join("v.zweifaktor"));
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

// ---- through the real binary, one process per attempt ----

fn set_lock_expired(v: &TestVault) {
    // Stands in for waiting out the delay: the lock ends when its time has passed.
    let path = v.files.attempts_path();
    let mut state: LockoutState = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    state.locked_until = 0;
    std::fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap();
}

#[test]
fn the_binary_counts_across_runs_locks_and_erases() {
    let v = vault_with(&[("Citrix", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    let wrong_line = "Falsch-2026\n";
    let right_line = format!("{PASSWORD}\n");
    for attempt in 1..=5 {
        let out = v.run(wrong_line, &["code", "VPN"]);
        assert_eq!(exit_code(&out), 3, "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!(
                "{} more wrong attempts and the secrets are erased",
                10 - attempt
            )),
            "{}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty());
    }
    let out = v.run("", &["status", "--json"]);
    assert_eq!(
        stdout(&out).trim(),
        r#"{"failed_attempts":5,"locked_for_seconds":0,"secrets_erased":false}"#
    );

    // The 6th: refused and locked for 10 seconds; meanwhile even the right password is refused.
    let out = v.run(wrong_line, &["code", "VPN"]);
    assert_eq!(exit_code(&out), 3);
    assert!(
        stderr(&out).contains("locked for 10 seconds"),
        "{}",
        stderr(&out)
    );
    let locked_at = Instant::now();
    let out = v.run(&right_line, &["code", "VPN"]);
    assert_eq!(exit_code(&out), 4, "{}", stderr(&out));
    assert!(stderr(&out).contains("locked for"), "{}", stderr(&out));
    let status: serde_json::Value =
        serde_json::from_slice(&v.run("", &["status", "--json"]).stdout).unwrap();
    assert_eq!(
        status["failed_attempts"], 6,
        "the refused right password was not counted"
    );
    assert!((1..=10).contains(&status["locked_for_seconds"].as_u64().unwrap()));

    // Really wait the 10 seconds once; the right password then works and resets the count.
    std::thread::sleep(
        Duration::from_secs(10).saturating_sub(locked_at.elapsed()) + Duration::from_millis(1100),
    );
    let out = v.run(&right_line, &["code", "VPN"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).trim().len(), 6);

    // Again to the end, waiting out each lock by moving its end into the past.
    for _ in 1..=5 {
        assert_eq!(
            exit_code(&v.run(wrong_line, &["list", "--json"])),
            0,
            "list needs no password"
        );
        assert_eq!(exit_code(&v.run(wrong_line, &["remove", "VPN"])), 3);
    }
    for delay in [10, 20, 40, 80] {
        let out = v.run(wrong_line, &["remove", "VPN"]);
        assert_eq!(exit_code(&out), 3);
        assert!(
            stderr(&out).contains(&format!("locked for {delay} seconds")),
            "{}",
            stderr(&out)
        );
        assert_eq!(exit_code(&v.run(&right_line, &["remove", "VPN"])), 4);
        set_lock_expired(&v);
    }
    let out = v.run(wrong_line, &["remove", "VPN"]);
    assert_eq!(exit_code(&out), 5, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the secrets were erased"),
        "{}",
        stderr(&out)
    );

    // Names kept, marked; no codes until a new password is set and they are enrolled again.
    let listed: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    let names: Vec<_> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Citrix", "VPN"]);
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["needs_reenrollment"] == true)
    );
    assert_eq!(exit_code(&v.run(&right_line, &["code", "VPN"])), 5);
    let out = v.run("", &["status", "--json"]);
    assert_eq!(
        stdout(&out).trim(),
        r#"{"failed_attempts":0,"locked_for_seconds":0,"secrets_erased":true}"#
    );
    let out = v.run("Neu-Anfang-1\nNeu-Anfang-1\n", &["passwd"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let out = v.run("Neu-Anfang-1\n", &["code", "VPN"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("must be enrolled again"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_process_killed_during_unlock_counts_nothing() {
    // Key derivation costly enough (about a second) to kill the process in the middle of it.
    let dir = tempfile::tempdir().unwrap();
    let files = zweifaktor::vault::storage::VaultFiles::new(dir.path().join("v.zweifaktor"));
    let slow = zweifaktor::vault::kdf::KdfParams {
        memory_kib: 256 * 1024,
        passes: 8,
        lanes: 1,
    };
    let mut s = unlock::create(&files, &right(), slow, false).unwrap();
    add_procedure(&mut s, "VPN", RFC_SECRET);
    let started = Instant::now();
    unlock::unlock(&files, &right(), &zweifaktor::clock::SystemClock).unwrap();
    let one_unlock = started.elapsed();
    // Two counted wrong attempts first.
    for _ in 0..2 {
        unlock::unlock(&files, &wrong(), &zweifaktor::clock::SystemClock).unwrap_err();
    }
    for password in ["Falsch-2026\n", "Richtig-2026\n"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("zweifaktor"))
            .args(["--vault"])
            .arg(files.vault_path())
            .args(["--password-stdin", "code", "VPN"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(password.as_bytes())
            .unwrap();
        std::thread::sleep(one_unlock / 2);
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert_eq!(
            status.code(),
            None,
            "the process must have been killed mid-unlock"
        );
        assert_eq!(
            files.read_attempts().failed_attempts,
            2,
            "killed with {password:?}"
        );
    }
    // The right password, not killed, resets the count.
    unlock::unlock(&files, &right(), &zweifaktor::clock::SystemClock).unwrap();
    assert_eq!(files.read_attempts().failed_attempts, 0);
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
    let files = zweifaktor::vault::storage::VaultFiles::new(dir.path().join("v"));
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
