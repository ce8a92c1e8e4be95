//! The command line as scripts and users see it: output, exit codes, messages.

mod common;

use std::thread;

use common::*;
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::UnlockedVault;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn pw() -> String {
    format!("{PASSWORD}\n")
}

#[test]
fn init_asks_twice_and_enforces_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("sub/v.zweifaktor");
    let out = run_binary(&vault, "Sommer-2026\nSommer-2027\n", &["init"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("the two passwords differ"),
        "{}",
        stderr(&out)
    );
    assert!(!vault.exists());
    let out = run_binary(&vault, "sommer\nsommer\n", &["init"]);
    assert_eq!(exit_code(&out), 1);
    assert_eq!(
        stderr(&out).trim(),
        "zweifaktor: the password needs one uppercase letter, one digit, one special character, at least 8 characters"
    );
    let out = run_binary(&vault, "Sommer-2026\nSommer-2026\n", &["init"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(vault.exists());
    let out = run_binary(&vault, "Sommer-2026\nSommer-2026\n", &["init"]);
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("a vault already exists"));
    // The new vault uses the default key derivation (64 MiB, 3 passes, 4 lanes).
    let file = std::fs::read(&vault).unwrap();
    let kdf = zweifaktor_core::vault::format::parse(&file)
        .unwrap()
        .header
        .kdf;
    assert_eq!((kdf.memory_kib, kdf.passes, kdf.lanes), (65536, 3, 4));
}

#[test]
fn add_then_code_gives_the_rfc_codes() {
    let v = vault_with(&[]);
    let out = v.run(
        &pw(),
        &[
            "add",
            "Portal",
            "--secret",
            RFC_SECRET,
            "--digits",
            "8",
            "--url",
            "https://portal.example.org",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    for (at, expected) in [
        ("59", "94287082"),
        ("1111111109", "07081804"),
        ("20000000000", "65353130"),
    ] {
        let out = v.run(&pw(), &["code", "Portal", "--at", at]);
        assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
        assert_eq!(
            stdout(&out),
            format!("{expected}\n"),
            "stdout holds the code alone"
        );
    }
}

#[test]
fn code_without_a_vault() {
    let nowhere = std::path::Path::new("/nonexistent/zweifaktor/vault");
    let out = run_binary(
        nowhere,
        "",
        &[
            "code", "--secret", RFC_SECRET, "--at", "59", "--digits", "8",
        ],
    );
    assert_eq!(
        (exit_code(&out), stdout(&out)),
        (0, "94287082\n".to_string()),
        "{}",
        stderr(&out)
    );
    let sha256 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA";
    let out = run_binary(
        nowhere,
        "",
        &[
            "code",
            "--secret",
            sha256,
            "--at",
            "59",
            "--digits",
            "8",
            "--algorithm",
            "SHA256",
        ],
    );
    assert_eq!(stdout(&out), "46119246\n", "{}", stderr(&out));
    let out = run_binary(
        nowhere,
        "",
        &["code", "--secret", RFC_SECRET, "--counter", "1"],
    );
    assert_eq!(stdout(&out), "287082\n", "{}", stderr(&out));
    let out = run_binary(
        nowhere,
        "",
        &[
            "code",
            "--secret",
            "jbsw y3dp ehpk 3pxp",
            "--steam",
            "--at",
            "0",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).trim().len(), 5);
}

/// zweifaktor-cli is what Windows terminals and scripts run (a console program; zweifaktor.exe
/// is the window program): the same commands, the same vault, the same exit codes.
#[test]
fn the_cli_twin_runs_the_same_commands_on_the_same_vault() {
    let v = vault_with(&[("Portal", RFC_SECRET)]);
    let twin = |stdin: &str, args: &[&str]| {
        assert_cmd::Command::new(env!("CARGO_BIN_EXE_zweifaktor-cli"))
            .arg("--vault")
            .arg(v.path())
            .arg("--password-stdin")
            .args(args)
            .env_remove("ZWEIFAKTOR_VAULT")
            .write_stdin(stdin.to_owned())
            .output()
            .expect("zweifaktor-cli runs")
    };
    let out = twin(&pw(), &["code", "Portal", "--at", "59"]);
    assert_eq!(
        (exit_code(&out), stdout(&out)),
        (0, "287082\n".to_owned()),
        "{}",
        stderr(&out)
    );
    let out = twin("Falsch-2026\n", &["code", "Portal"]);
    assert_eq!(exit_code(&out), 3, "{}", stderr(&out));
    let out = twin("", &["status", "--json"]);
    assert!(
        stdout(&out).contains(r#""failed_attempts":1"#),
        "{}",
        stdout(&out)
    );
}

#[test]
fn hotp_codes_advance_the_counter() {
    let v = vault_with(&[]);
    let out = v.run(
        &pw(),
        &["add", "Token", "--secret", RFC_SECRET, "--counter", "0"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let codes: Vec<String> = (0..4)
        .map(|_| stdout(&v.run(&pw(), &["code", "Token"])).trim().to_owned())
        .collect();
    assert_eq!(codes, ["755224", "287082", "359152", "969429"]);
    let out = v.run(&pw(), &["code", "Token", "--at", "59"]);
    assert_eq!(exit_code(&out), 2, "--at makes no sense for HOTP");
}

#[test]
fn bad_input_gets_one_clear_message_and_saves_nothing() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let before = v.files.read().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["add", "X", "--secret", "JBSWY3DP1HPK"],
            "invalid character '1' at position 9",
        ),
        (
            &["add", "X", "--secret", "ABC!"],
            "invalid character '!' at position 4",
        ),
        (
            &["add", "X", "--secret", RFC_SECRET, "--url", "ftp://x.org"],
            "must start with http:// or https://",
        ),
        (
            &["add", " ", "--secret", RFC_SECRET],
            "the name must not be empty",
        ),
        (
            &["add", "X", "--secret", RFC_SECRET, "--digits", "10"],
            "10 digits are not supported",
        ),
        (
            &["add", "X", "--secret", RFC_SECRET, "--period", "0"],
            "a period of 0 seconds is not supported",
        ),
        (
            &["add", "X", "--secret", RFC_SECRET, "--algorithm", "md5"],
            "unknown algorithm \"md5\"",
        ),
        (&["add", "--uri", "https://example.org"], "otpauth"),
        (&["code", "Nope"], "no procedure is named \"Nope\""),
    ];
    for (args, message) in cases {
        let out = v.run(&pw(), args);
        assert_eq!(exit_code(&out), 1, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        assert!(!err.contains("panicked") && !err.contains("backtrace"));
    }
    assert_eq!(v.files.read().unwrap(), before, "nothing was saved");
    assert_eq!(v.files.read_attempts().failed_attempts, 0);
}

#[test]
fn usage_errors_exit_2() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    for args in [
        &["add", "X"][..],
        &["reset"],
        &["code", "VPN", "--digits", "8"],
        &["code"],
        &["frobnicate"],
        &[
            "add", "X", "--secret", RFC_SECRET, "--steam", "--digits", "6",
        ],
        &[
            "add",
            "X",
            "--secret",
            RFC_SECRET,
            "--counter",
            "1",
            "--period",
            "60",
        ],
    ] {
        let out = v.run(&pw(), args);
        assert_eq!(exit_code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn a_short_secret_is_accepted_with_a_warning_on_stderr() {
    let v = vault_with(&[]);
    let out = v.run(
        &pw(),
        &["add", "Old service", "--secret", "JBSWY3DPEHPK3PXP"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("warning"),
        "80 bits draw no warning: {}",
        stderr(&out)
    );
    let out = v.run(&pw(), &["add", "Older service", "--secret", "JBSWY3DPEE"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: the secret is only 48 bits long"),
        "{}",
        stderr(&out)
    );
    let out = v.run(&pw(), &["code", "Older service", "--at", "0"]);
    assert_eq!(stdout(&out).trim().len(), 6);
}

#[test]
fn list_json_names_every_field_scripts_use() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let out = v.run(
        &pw(),
        &[
            "add",
            "--uri",
            "otpauth://totp/ACME%20Co:jane@example.org?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let out = v.run("", &["list", "--json"]);
    assert_eq!(exit_code(&out), 0, "no password needed: {}", stderr(&out));
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let second = &listed[1];
    assert_eq!(second["name"], "ACME Co (jane@example.org)");
    assert_eq!(second["issuer"], "ACME Co");
    assert_eq!(second["type"], "totp");
    assert_eq!(second["needs_reenrollment"], false);
    assert_eq!(second["url"], serde_json::Value::Null);
    assert_eq!(listed[0]["url"], "https://vpn.example.org/");
    assert_eq!(second["id"].as_str().unwrap().len(), 36);
    let out = v.run("", &["list"]);
    assert_eq!(
        stdout(&out),
        "VPN  https://vpn.example.org/\nACME Co (jane@example.org)  (ACME Co)\n"
    );
}

#[test]
fn list_with_hidden_names_asks_for_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("v.zweifaktor");
    let out = run_binary(
        &vault,
        "Sommer-2026\nSommer-2026\n",
        &["init", "--hide-names"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let out = run_binary(
        &vault,
        "Sommer-2026\n",
        &["add", "Geheim", "--secret", RFC_SECRET],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(!String::from_utf8_lossy(&std::fs::read(&vault).unwrap()).contains("Geheim"));
    let out = run_binary(&vault, "", &["list"]);
    assert_eq!(exit_code(&out), 1, "no password on stdin: {}", stderr(&out));
    let out = run_binary(&vault, "Sommer-2026\n", &["list"]);
    assert_eq!(stdout(&out), "Geheim\n", "{}", stderr(&out));
}

#[test]
fn an_ambiguous_name_lists_the_matches_and_ids_pick_one() {
    let v = vault_with(&[("Portal", RFC_SECRET), ("Portal", "JBSWY3DPEHPK3PXP")]);
    let out = v.run(&pw(), &["code", "Portal"]);
    assert_eq!(exit_code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("\"Portal\" matches several procedures"),
        "{err}"
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    let second_id = listed[1]["id"].as_str().unwrap();
    assert!(err.contains(second_id), "{err}");
    let out = v.run(&pw(), &["remove", &second_id[..8]]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&v.run("", &["list"])).lines().count(), 1);
}

#[test]
fn passwd_and_reset() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let out = v.run(
        &format!("{PASSWORD}\nNeu-Passwort-1\nNeu-Passwort-1\n"),
        &["passwd"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert_eq!(exit_code(&v.run(&pw(), &["code", "VPN"])), 3);
    let out = v.run("Neu-Passwort-1\n", &["code", "VPN", "--at", "59"]);
    assert_eq!(stdout(&out), "287082\n");

    let out = v.run("Vergessen-2026\nVergessen-2026\n", &["reset", "--yes"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let out = v.run("Vergessen-2026\n", &["code", "VPN"]);
    assert!(
        stderr(&out).contains("must be enrolled again"),
        "{}",
        stderr(&out)
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    assert_eq!(listed[0]["needs_reenrollment"], true);
}

#[test]
fn missing_or_foreign_vault_files_get_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.zweifaktor");
    let out = run_binary(&missing, &pw(), &["list"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("no vault at") && stderr(&out).contains("zweifaktor init"),
        "{}",
        stderr(&out)
    );
    let foreign = dir.path().join("foreign.zweifaktor");
    std::fs::write(&foreign, b"{\"this is\": \"json\"}").unwrap();
    for args in [&["list"][..], &["code", "VPN"], &["status"]] {
        let out = run_binary(&foreign, &pw(), args);
        assert_eq!(exit_code(&out), 1);
        assert_eq!(
            stderr(&out).trim(),
            "zweifaktor: this file is not a Zweifaktor vault"
        );
    }
}

#[test]
fn two_processes_adding_50_each_end_with_all_100() {
    let v = vault_with(&[]);
    let path = v.path();
    let writers: Vec<_> = ["A", "B"]
        .into_iter()
        .map(|who| {
            let path = path.clone();
            thread::spawn(move || {
                for i in 0..50 {
                    let name = format!("{who}{i}");
                    let out = run_binary(&path, &pw(), &["add", &name, "--secret", RFC_SECRET]);
                    assert_eq!(exit_code(&out), 0, "{name}: {}", stderr(&out));
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let file = v.files.read().unwrap();
    let opened = UnlockedVault::open(&file, &Password::from(PASSWORD)).unwrap();
    let mut names: Vec<_> = opened
        .contents
        .procedures
        .iter()
        .map(|p| p.name.clone())
        .collect();
    names.sort();
    let mut expected: Vec<_> = (0..50)
        .flat_map(|i| [format!("A{i}"), format!("B{i}")])
        .collect();
    expected.sort();
    assert_eq!(names, expected);
}

/// Runs the binary with a file-size limit, so that it dies (SIGXFSZ) or fails (EFBIG) while
/// writing the new vault: a save interrupted before the rename.
#[cfg(unix)]
fn run_with_file_size_limit(
    v: &TestVault,
    ignore_signal: bool,
    args: &str,
) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin!("zweifaktor");
    let trap = if ignore_signal { "trap '' XFSZ; " } else { "" };
    let script = format!(
        "{trap}ulimit -f 64; exec '{}' --vault '{}' --password-stdin {args}",
        bin.display(),
        v.path().display()
    );
    assert_cmd::Command::new("sh")
        .args(["-c", &script])
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .timeout(BINARY_LIMIT)
        .write_stdin(pw())
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_save_interrupted_before_the_rename_leaves_the_old_vault_readable() {
    // About 200 KB of vault: larger than the 32 KiB the limit lets a process write.
    let names: Vec<String> = (0..800).map(|i| format!("Procedure number {i}")).collect();
    let procedures: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), RFC_SECRET)).collect();
    let v = vault_with(&procedures);
    let before = v.files.read().unwrap();
    assert!(before.len() > 64 * 512 * 2);

    let killed = run_with_file_size_limit(&v, false, "add Extra --secret JBSWY3DPEHPK3PXP");
    assert_eq!(
        exit_code(&killed),
        -1,
        "killed by SIGXFSZ mid-write: {}",
        stderr(&killed)
    );
    assert_eq!(
        v.files.read().unwrap(),
        before,
        "the old vault is untouched"
    );

    let failed = run_with_file_size_limit(&v, true, "add Extra --secret JBSWY3DPEHPK3PXP");
    assert_eq!(exit_code(&failed), 1);
    let err = stderr(&failed);
    assert!(
        err.contains("cannot save") && err.contains("the previous version is unchanged"),
        "{err}"
    );
    assert_eq!(v.files.read().unwrap(), before);

    let out = v.run(&pw(), &["code", "Procedure number 799", "--at", "59"]);
    assert_eq!(stdout(&out), "287082\n", "{}", stderr(&out));
    let leftovers: Vec<_> = std::fs::read_dir(v.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.len() <= 1,
        "at most the killed process's temporary file remains"
    );
}

#[test]
fn adding_a_procedure_that_lost_its_secret_enrolls_it_again() {
    let v = vault_with(&[("Citrix", RFC_SECRET), ("VPN", RFC_SECRET)]);
    let out = v.run("Neu-Anfang-1\nNeu-Anfang-1\n", &["reset", "--yes"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let before: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    let out = v.run(
        "Neu-Anfang-1\n",
        &["add", "VPN", "--secret", "JBSWY3DPEHPK3PXP"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Enrolled VPN again"),
        "{}",
        stdout(&out)
    );
    assert!(!stderr(&out).contains("already exists"), "{}", stderr(&out));
    let after: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    assert_eq!(after.as_array().unwrap().len(), 2, "no duplicate");
    assert_eq!(after[1]["id"], before[1]["id"], "same procedure");
    assert_eq!(after[1]["url"], "https://vpn.example.org/", "URL kept");
    assert_eq!(after[1]["needs_reenrollment"], false);
    assert_eq!(after[0]["needs_reenrollment"], true);
    let out = v.run("Neu-Anfang-1\n", &["code", "VPN", "--at", "0"]);
    let expected = run_binary(
        &v.path(),
        "",
        &["code", "--secret", "JBSWY3DPEHPK3PXP", "--at", "0"],
    );
    assert_eq!(stdout(&out), stdout(&expected));
    let out = v.run("Neu-Anfang-1\n", &["code", "Citrix"]);
    assert!(
        stderr(&out).contains("zweifaktor add \"Citrix\" --secret"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_vault_can_be_chosen_by_environment_variable() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let out = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("zweifaktor"))
        .timeout(BINARY_LIMIT)
        .args(["list"])
        .env("ZWEIFAKTOR_VAULT", v.path())
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "VPN  https://vpn.example.org/\n",
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_secret_read_from_input_comes_after_the_password() {
    let v = vault_with(&[]);
    let out = v.run(
        &format!("{PASSWORD}\n{RFC_SECRET}\n"),
        &["add", "Piped", "--secret", "-", "--digits", "8"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let out = v.run(&pw(), &["code", "Piped", "--at", "59"]);
    assert_eq!(stdout(&out), "94287082\n", "{}", stderr(&out));
}

/// Output that cannot be written: a full disk behind a redirection is said in the user's
/// language, with exit code 1; a reader that stopped reading (`… | head -1`) ends the program
/// quietly. Both made `println!` panic ("failed printing to stdout"). (/dev/full is Linux's.)
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_said_or_ends_the_program_quietly() {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    // `code VPN` in German with its output to `stdout`; `close_reader` closes the reading end
    // of a pipe before the password is given (and so before the code is written). Returns the
    // exit code and what was said on standard error.
    let code_to = |stdout: Stdio, close_reader: bool| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_zweifaktor"))
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "de_DE.UTF-8")
            .env("XDG_CONFIG_HOME", "/nonexistent/zweifaktor-test-config")
            .arg("--vault")
            .arg(v.path())
            .args(["--password-stdin", "code", "VPN"])
            .stdin(Stdio::piped())
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        if close_reader {
            drop(child.stdout.take());
        }
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(pw().as_bytes())
            .expect("password written");
        let out = child.wait_with_output().expect("ends");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let (code, said) = code_to(Stdio::from(full), false);
    assert_eq!(code, Some(1), "{said}");
    assert_eq!(
        said,
        "zweifaktor: die Ausgabe kann nicht geschrieben werden: der Datenträger ist voll\n"
    );
    let (code, said) = code_to(Stdio::piped(), true);
    assert_eq!(code, Some(0), "{said}");
    assert_eq!(said, "", "nothing to say: the reader has what it wanted");
}
