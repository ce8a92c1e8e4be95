//! What a hostile name, link or input line can do to the command line: terminal escapes are
//! shown, never obeyed; links lose them before they are saved; standard input lines are
//! bounded; a URI (with its secret) can come from standard input; the last HOTP counter is
//! refused, not handed out forever.

mod common;

use common::*;
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::vault::session::SessionError;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn pw() -> String {
    format!("{PASSWORD}\n")
}

/// What a terminal would act on: ESC, BEL, CSI (C1) and a direction override.
fn has_terminal_controls(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202e}'))
}

/// A vault holding a name written before names were cleaned (or by another program).
fn vault_with_raw_name(name: &str) -> TestVault {
    let v = vault_with(&[]);
    let mut session = zweifaktor_core::unlock::unlock(
        &v.files,
        &zweifaktor_core::secret::Password::from(PASSWORD),
        &zweifaktor_core::clock::SystemClock,
    )
    .expect("unlock");
    let mut raw: Procedure = procedure("placeholder", RFC_SECRET);
    raw.name = name.to_owned();
    raw.issuer = Some(format!("{name} Inc"));
    session
        .modify(|contents| {
            contents.procedures.push(raw);
            Ok::<_, SessionError>(())
        })
        .expect("save");
    v
}

const EVIL_NAME: &str = "Evil\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{1b}]52;c;aGk=\u{7}\u{9b}1m\u{202e}x";

#[test]
fn list_and_messages_show_escapes_instead_of_obeying_them() {
    let v = vault_with_raw_name(EVIL_NAME);
    let out = v.run("", &["list"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let listed = stdout(&out);
    assert!(!has_terminal_controls(&listed), "{listed:?}");
    assert!(
        listed.contains("Evil\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J"),
        "{listed:?}"
    );

    // JSON for scripts: the same name once parsed, nothing a terminal acts on as printed.
    let out = v.run("", &["list", "--json"]);
    let json = stdout(&out);
    assert!(!has_terminal_controls(&json), "{json:?}");
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(parsed[0]["name"], EVIL_NAME);

    // Errors that repeat a name given on the command line or found in the vault.
    let out = v.run(&pw(), &["code", &format!("{EVIL_NAME}?")]);
    assert_eq!(exit_code(&out), 1);
    assert!(!has_terminal_controls(&stderr(&out)), "{:?}", stderr(&out));
    let out = v.run(&pw(), &["remove", EVIL_NAME]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(!has_terminal_controls(&stdout(&out)), "{:?}", stdout(&out));
}

#[test]
fn a_link_with_terminal_escapes_is_saved_without_them() {
    let v = vault_with(&[]);
    let uri = "otpauth://totp/Evil%1B%5D0%3BPWNED%07%1B%5B2J:ann?secret=JBSWY3DPEHPK3PXP";
    let out = v.run(&pw(), &["add", "--uri", uri]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&v.run("", &["list"])),
        "Evil]0;PWNED[2J (ann)  (Evil]0;PWNED[2J)\n"
    );
}

#[test]
fn an_import_says_which_names_were_cleaned() {
    let v = vault_with(&[]);
    let export = v.dir.path().join("aegis.json");
    std::fs::write(
        &export,
        r#"{"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[
            {"type":"totp","name":"ann\u001b[2J","issuer":"Corp","info":{"secret":"JBSWY3DPEHPK3PXP"}},
            {"type":"totp","name":"bob","issuer":"Plain","info":{"secret":"KRSXG5CTMVRXEZLU"}}
        ]}}"#,
    )
    .expect("written");
    let out = v.run(&pw(), &["import", export.to_str().expect("path")]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let report = stdout(&out);
    assert!(
        report.contains(
            "  Corp (ann[2J) (control or text-direction characters were removed from its name)\n"
        ) && report.contains("  Plain (bob)\n"),
        "{report}"
    );
}

#[test]
fn a_uri_read_from_input_comes_after_the_password() {
    let v = vault_with(&[]);
    let uri = format!("otpauth://totp/ACME:jane?secret={RFC_SECRET}&issuer=ACME&digits=8");
    let out = v.run(&format!("{PASSWORD}\n{uri}\n"), &["add", "--uri", "-"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Added ACME (jane)"),
        "{}",
        stdout(&out)
    );
    let out = v.run(&pw(), &["code", "ACME (jane)", "--at", "59"]);
    assert_eq!(stdout(&out), "94287082\n", "{}", stderr(&out));

    // Parameters still come from the URI only, and are refused before any password is read.
    let out = v.run("", &["add", "--uri", "-", "--digits", "8"]);
    assert_eq!(exit_code(&out), 2, "{}", stderr(&out));
    // A URI line that is not one.
    let out = v.run(&format!("{PASSWORD}\nnot a uri\n"), &["add", "--uri", "-"]);
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("otpauth"), "{}", stderr(&out));
}

#[test]
fn a_password_line_longer_than_the_limit_is_refused_and_not_counted() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let long = format!("{}\n", "x".repeat(20_000));
    let out = v.run(&long, &["code", "VPN"]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("longer than 16384 bytes"),
        "{}",
        stderr(&out)
    );
    let status = stdout(&v.run("", &["status", "--json"]));
    assert!(status.contains("\"failed_attempts\":0"), "{status}");
    let out = v.run(&pw(), &["code", "VPN", "--at", "59"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
}

#[test]
fn the_largest_hotp_counter_is_refused_instead_of_repeated() {
    let v = vault_with(&[]);
    let last_but_one = (u64::MAX - 1).to_string();
    let out = v.run(
        &pw(),
        &[
            "add",
            "Token",
            "--secret",
            RFC_SECRET,
            "--counter",
            &last_but_one,
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let out = v.run(&pw(), &["code", "Token"]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let last_code = stdout(&out);
    for _ in 0..2 {
        let out = v.run(&pw(), &["code", "Token"]);
        assert_eq!(exit_code(&out), 1, "handed out {:?}", stdout(&out));
        assert!(stdout(&out).is_empty() && stdout(&out) != last_code);
        assert!(
            stderr(&out).contains("the counter is exhausted"),
            "{}",
            stderr(&out)
        );
    }
}
