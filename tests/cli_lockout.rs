//! The wrong-password lockout through the real binary, across separate process runs.

mod common;

use std::time::{Duration, Instant};

use common::*;
use zweifaktor_core::lockout::LockoutState;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn wrong() -> Password {
    Password::from("Falsch-2026")
}

fn right() -> Password {
    Password::from(PASSWORD)
}

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
    let files = zweifaktor_core::vault::storage::VaultFiles::new(dir.path().join("v.zweifaktor"));
    let slow = zweifaktor_core::vault::kdf::KdfParams {
        memory_kib: 256 * 1024,
        passes: 8,
        lanes: 1,
    };
    let mut s = unlock::create(&files, &right(), slow, false).unwrap();
    add_procedure(&mut s, "VPN", RFC_SECRET);
    let started = Instant::now();
    unlock::unlock(&files, &right(), &zweifaktor_core::clock::SystemClock).unwrap();
    let one_unlock = started.elapsed();
    // Two counted wrong attempts first.
    for _ in 0..2 {
        unlock::unlock(&files, &wrong(), &zweifaktor_core::clock::SystemClock).unwrap_err();
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
        wait_until_deriving_the_key(&child, one_unlock);
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
    unlock::unlock(&files, &right(), &zweifaktor_core::clock::SystemClock).unwrap();
    assert_eq!(files.read_attempts().failed_attempts, 0);
}

/// Waits until `child` is in the middle of the key derivation. On Linux: until its memory holds a
/// good part of Argon2's 256 MiB (the derivation has begun, and with 8 passes over that memory
/// it is far from done) — a timed sleep measured in this process misses the middle when the
/// machine's load changes between the measurement and the child's run. Elsewhere: half of
/// `one_unlock`.
#[cfg(unix)]
fn wait_until_deriving_the_key(child: &std::process::Child, one_unlock: Duration) {
    #[cfg(target_os = "linux")]
    {
        let _ = one_unlock;
        let status = format!("/proc/{}/status", child.id());
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline {
            let resident_kib = std::fs::read_to_string(&status)
                .ok()
                .and_then(|text| {
                    text.lines()
                        .find_map(|line| line.strip_prefix("VmRSS:"))
                        .and_then(|value| {
                            value
                                .trim()
                                .trim_end_matches("kB")
                                .trim()
                                .parse::<u64>()
                                .ok()
                        })
                })
                .unwrap_or(0);
            if resident_kib > 64 * 1024 {
                return;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        panic!("the child never began deriving the key");
    }
    #[cfg(not(target_os = "linux"))]
    std::thread::sleep(one_unlock / 2);
}
