//! `zweifaktor import`: other apps' exports into the vault, in one save, with what was skipped
//! and why.

mod common;

use common::expected::testdata_dir;
use common::*;

fn fixture(folder: &str, file: &str) -> String {
    testdata_dir(folder).join(file).display().to_string()
}

#[test]
fn an_encrypted_aegis_export_is_imported_with_its_password_on_line_two() {
    let v = vault_with(&[]);
    let file = fixture("aegis", "aegis_encrypted.json");
    let out = v.run(&format!("{PASSWORD}\ntest\n"), &["import", &file]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Imported 7 procedures from the Aegis"),
        "{text}"
    );
    assert!(
        text.contains("  Deno (Mason)") && text.contains("  Boeing (Sophia)"),
        "{text}"
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    let types: Vec<_> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        types,
        ["totp", "totp", "totp", "hotp", "hotp", "hotp", "steam"]
    );
    // The imported secret makes the same codes as the app would: Deno's, checked independently.
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["code", "Deno (Mason)", "--at", "59"],
    );
    assert_eq!(
        stdout(&out).trim(),
        code_at("4SJHB4GSD43FZBAI7C2HLRJGPQ", 59)
    );

    // The same file again: everything is a duplicate, nothing is added twice.
    let out = v.run(&format!("{PASSWORD}\ntest\n"), &["import", &file]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Imported 0 procedures"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("Skipped 7:")
            && stdout(&out).contains("Deno (Mason): already in the vault")
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 7);
}

#[test]
fn a_wrong_export_password_saves_nothing() {
    let v = vault_with(&[("VPN", "JBSWY3DPEHPK3PXP")]);
    let before = v.files.read().unwrap();
    let out = v.run(
        &format!("{PASSWORD}\nfalsch\n"),
        &["import", &fixture("aegis", "aegis_encrypted.json")],
    );
    assert_eq!(exit_code(&out), 1);
    assert_eq!(
        stderr(&out).trim(),
        "zweifaktor: wrong password for this file (or the file is damaged)"
    );
    assert_eq!(v.files.read().unwrap(), before);
    assert_eq!(
        v.files.read_attempts().failed_attempts,
        0,
        "the vault password was right"
    );
}

#[test]
fn unreadable_exports_get_one_clear_message_and_the_vault_is_untouched() {
    let v = vault_with(&[("VPN", "JBSWY3DPEHPK3PXP")]);
    let before = v.files.read().unwrap();
    let big = v.dir.path().join("huge.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let empty = v.dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let unknown = v.dir.path().join("notes.txt");
    std::fs::write(&unknown, "my shopping list\nmilk\n").unwrap();
    let cases = [
        (big.display().to_string(), "exports larger than"),
        (empty.display().to_string(), "the file is empty"),
        (unknown.display().to_string(), "format was not recognised"),
        (
            fixture("google-authenticator", "test_export_wrong_data.txt"),
            "Google",
        ),
    ];
    for (file, message) in cases {
        let out = v.run(&format!("{PASSWORD}\n"), &["import", &file]);
        assert_eq!(exit_code(&out), 1, "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{file}: {}", stderr(&out));
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &[
            "import",
            &unknown.display().to_string(),
            "--format",
            "nokia",
        ],
    );
    assert_eq!(exit_code(&out), 2);
    assert!(
        stderr(&out).contains("known formats: ") && stderr(&out).contains("aegis"),
        "{}",
        stderr(&out)
    );
    assert_eq!(v.files.read().unwrap(), before);
}

#[test]
fn plain_exports_need_only_the_vault_password_and_every_format_is_recognised() {
    let files = [
        ("otpauth-uri-list", "plain.txt"),
        ("2fas", "2fas_authenticator_plain_v4.2fas"),
        ("andotp", "andotp_plain.json"),
        ("bitwarden", "bitwarden.csv"),
        ("ente-auth", "ente_auth.txt"),
        ("freeotp-plus", "freeotp_plus.json"),
        ("google-authenticator", "example_export.txt"),
        ("proton-authenticator", "proton_authenticator.json"),
        ("stratum", "stratum_plain.json"),
    ];
    for (folder, file) in files {
        let v = vault_with(&[]);
        let out = v.run(
            &format!("{PASSWORD}\n"),
            &["import", &fixture(folder, file)],
        );
        assert_eq!(exit_code(&out), 0, "{folder}/{file}: {}", stderr(&out));
        assert!(
            !stdout(&out).starts_with("Imported 0 "),
            "{folder}/{file}: {}",
            stdout(&out)
        );
    }
}
