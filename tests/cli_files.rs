//! The vault's files under the real binary: a vault reached through a symbolic link, a save
//! that fails half-way, and writers killed at random moments.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use common::*;
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::UnlockedVault;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn names(file: &[u8]) -> Vec<String> {
    UnlockedVault::open(file, &Password::from(PASSWORD))
        .expect("opens with the password")
        .contents
        .procedures
        .iter()
        .map(|p| p.name.clone())
        .collect()
}

fn binary() -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin!("zweifaktor"));
    command.env_remove("ZWEIFAKTOR_VAULT");
    command
}

#[cfg(unix)]
#[test]
fn writers_through_a_link_and_the_real_path_share_one_vault_and_the_link_stays() {
    let v = vault_with(&[("Start", RFC_SECRET)]);
    let synced = v.path();
    let elsewhere = tempfile::tempdir().unwrap();
    let alias = elsewhere.path().join("vault-link");
    std::os::unix::fs::symlink(&synced, &alias).unwrap();
    for i in 0..4 {
        let path = if i % 2 == 0 { &alias } else { &synced };
        let out = run_binary(
            path,
            &format!("{PASSWORD}\n"),
            &["add", &format!("Entry {i}"), "--secret", RFC_SECRET],
        );
        assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    }
    assert!(
        std::fs::symlink_metadata(&alias)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        names(&std::fs::read(&synced).unwrap()),
        ["Start", "Entry 0", "Entry 1", "Entry 2", "Entry 3"]
    );
    // One counter, whichever path the wrong password came through.
    let out = run_binary(&alias, "Falsch-2026\n", &["code", "Start"]);
    assert_eq!(exit_code(&out), 3, "{}", stderr(&out));
    let out = run_binary(&synced, "", &["status", "--json"]);
    assert!(
        stdout(&out).contains(r#""failed_attempts":1"#),
        "{}",
        stdout(&out)
    );
    let beside_link: Vec<_> = std::fs::read_dir(elsewhere.path()).unwrap().collect();
    assert_eq!(beside_link.len(), 1, "only the link: {beside_link:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_save_that_fails_for_lack_of_space_leaves_the_vault_and_its_backup_as_they_were() {
    let v = vault_with(&[("One", RFC_SECRET)]);
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["add", "Two", "--secret", RFC_SECRET],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let vault_before = v.files.read().unwrap();
    let backup_before = v.files.read_backup().unwrap();
    assert_eq!(names(&backup_before), ["One"]);
    assert!(
        vault_before.len() > 512,
        "the test needs a vault over the limit below"
    );

    // Files may grow to 512 bytes: the counter fits, the vault does not (as on a full disk).
    let out = Command::new("sh")
        .arg("-c")
        .arg(r#"trap '' XFSZ; ulimit -f 1; exec "$0" "$@""#)
        .arg(assert_cmd::cargo::cargo_bin!("zweifaktor"))
        .arg("--vault")
        .arg(v.path())
        .args(["--password-stdin", "add", "Three", "--secret", RFC_SECRET])
        .env_remove("ZWEIFAKTOR_VAULT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(format!("{PASSWORD}\n").as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot save"), "{}", stderr(&out));
    assert!(v.files.read().unwrap() == vault_before, "the vault changed");
    assert!(
        v.files.read_backup().unwrap() == backup_before,
        "a failed save replaced the backup: it holds {:?}",
        names(&v.files.read_backup().unwrap())
    );
    let leftovers: Vec<_> = std::fs::read_dir(v.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Starts `add NAME` on the vault with the password on its standard input.
fn start_add(vault: &Path, name: &str) -> std::process::Child {
    let mut child = binary()
        .arg("--vault")
        .arg(vault)
        .args(["--password-stdin", "add", name, "--secret", RFC_SECRET])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // A process killed before it reads its input makes the write fail; that is fine.
    let _ = child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes());
    child
}

#[cfg(unix)]
#[test]
fn writers_killed_at_random_moments_never_lose_an_acknowledged_change() {
    let v = vault_with(&[]);
    // How long one save takes here, to spread the kills over a whole run.
    let started = Instant::now();
    for name in ["warm-up 1", "warm-up 2", "warm-up 3"] {
        assert!(start_add(&v.path(), name).wait().unwrap().success());
    }
    let one_run = started.elapsed() / 3;
    let seed = fastrand::u64(..);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut acknowledged: Vec<String> = ["warm-up 1", "warm-up 2", "warm-up 3"]
        .map(String::from)
        .to_vec();
    let mut attempted = acknowledged.clone();
    let (mut killed, mut completed) = (0, 0);
    for i in 0..200 {
        let name = format!("entry {i}");
        attempted.push(name.clone());
        let mut child = start_add(&v.path(), &name);
        let kill_after = one_run.mul_f64(rng.f64() * 1.2);
        std::thread::sleep(kill_after);
        // SIGKILL: no destructor, no clean-up, as a power cut would leave the files.
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            acknowledged.push(name.clone());
            completed += 1;
        } else {
            assert_eq!(
                status.code(),
                None,
                "seed {seed}, {name}: failed without a kill"
            );
            killed += 1;
        }
        // The vault opens and holds every acknowledged change, and nothing else.
        let file = v.files.read().unwrap();
        let now = UnlockedVault::open(&file, &Password::from(PASSWORD))
            .map(|opened| {
                opened
                    .contents
                    .procedures
                    .iter()
                    .map(|p| p.name.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_else(|e| panic!("seed {seed}, after {name}: {e}"));
        // A run killed after counting its attempt in advance (and before clearing it, since
        // the password was right) leaves one counted attempt; this test is about saves, so the
        // count is cleared as the next right password would.
        let _ = std::fs::remove_file(v.files.attempts_path());
        for name in &acknowledged {
            assert!(now.contains(name), "seed {seed}: {name} was lost: {now:?}");
        }
        for name in &now {
            assert!(
                attempted.contains(name),
                "seed {seed}: {name} came from nowhere"
            );
        }
        let mut unique = now.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), now.len(), "seed {seed}: {now:?}");
    }
    eprintln!(
        "seed {seed}: {killed} killed, {completed} completed; one run {one_run:?}, all {:?}",
        started.elapsed()
    );
    assert!(
        killed > 0 && completed > 0,
        "seed {seed}: {killed} killed, {completed} completed"
    );
    // One more save clears what the killed runs left behind.
    assert!(start_add(&v.path(), "last").wait().unwrap().success());
    let leftovers: Vec<_> = std::fs::read_dir(v.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.ends_with(".bak.new"))
        .collect();
    assert!(leftovers.is_empty(), "seed {seed}: {leftovers:?}");
}
