//! The command line in German, Dutch and Swedish, through the real binary with only `LANG` set:
//! a wrong password with the attempts left, the lock, a code with its validity, an import's
//! report and a usage error; and English for `LANG=C` and for languages we lack.

mod common;

use std::process::Output;

use common::expected::read_testdata;
use common::*;
use zweifaktor_core::lockout::LockoutState;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// What each language says, in the order of [`LANGUAGES`]' cases below.
struct Expected {
    lang: &'static str,
    wrong_password: &'static str,
    locked_after_sixth: &'static str,
    locked: &'static str,
    valid_for_one: &'static str,
    valid_for_many: &'static str,
    imported: &'static str,
    usage: &'static str,
}

const LANGUAGES: &[Expected] = &[
    Expected {
        lang: "de_DE.UTF-8",
        wrong_password: "zweifaktor: falsches Kennwort; noch 9 Fehlversuche, dann werden die \
                         Geheimschlüssel gelöscht\n",
        locked_after_sixth: "noch 4 Fehlversuche, dann werden die Geheimschlüssel gelöscht; \
                             gesperrt für 10 Sekunden",
        locked: "zweifaktor: zu viele falsche Kennwörter: gesperrt für noch ",
        valid_for_one: "(noch 1 Sekunde gültig)",
        valid_for_many: "(noch 15 Sekunden gültig)",
        imported: "2 Verfahren aus dem Export von otpauth://-Linkliste importiert:\n",
        usage: "zweifaktor: reset löscht alle Geheimschlüssel (die Liste der Verfahren bleibt); \
                bestätigen Sie mit --yes\n",
    },
    Expected {
        lang: "nl_NL.UTF-8",
        wrong_password: "zweifaktor: verkeerd wachtwoord; nog 9 mislukte pogingen en de geheime \
                         sleutels worden gewist\n",
        locked_after_sixth: "nog 4 mislukte pogingen en de geheime sleutels worden gewist; 10 \
                             seconden vergrendeld",
        locked: "zweifaktor: te veel verkeerde wachtwoorden: nog ",
        valid_for_one: "(nog 1 seconde geldig)",
        valid_for_many: "(nog 15 seconden geldig)",
        imported: "2 accounts geïmporteerd uit de export van otpauth://-lijst:\n",
        usage: "zweifaktor: reset wist alle geheime sleutels (de lijst met accounts blijft); \
                bevestig met --yes\n",
    },
    Expected {
        lang: "sv_SE.UTF-8",
        wrong_password: "zweifaktor: fel lösenord; 9 felaktiga försök till och de hemliga \
                         nycklarna raderas\n",
        locked_after_sixth: "4 felaktiga försök till och de hemliga nycklarna raderas; låst i 10 \
                             sekunder",
        locked: "zweifaktor: för många felaktiga lösenord: låst i ",
        valid_for_one: "(giltig i 1 sekund till)",
        valid_for_many: "(giltig i 15 sekunder till)",
        imported: "Importerade 2 konton från exporten från otpauth://-lista:\n",
        usage: "zweifaktor: reset raderar alla hemliga nycklar (listan över konton finns kvar); \
                bekräfta med --yes\n",
    },
    Expected {
        lang: "C",
        wrong_password: "zweifaktor: wrong password; 9 more wrong attempts and the secrets are \
                         erased\n",
        locked_after_sixth: "4 more wrong attempts and the secrets are erased; locked for 10 \
                             seconds",
        locked: "zweifaktor: too many wrong passwords: locked for ",
        valid_for_one: "(valid for 1 more second)",
        valid_for_many: "(valid for 15 more seconds)",
        imported: "Imported 2 procedures from the otpauth:// URI list export:\n",
        usage: "zweifaktor: reset erases every secret (the list of procedures stays); confirm \
                with --yes\n",
    },
];

const WRONG: &str = "Falsch-2026\n";

#[test]
fn wrong_passwords_and_the_lock_are_said_in_the_system_s_language() {
    for expected in LANGUAGES {
        let v = vault_with(&[("VPN", RFC_SECRET)]);
        let run = |stdin: &str| run_binary_in(expected.lang, &v.path(), stdin, &["code", "VPN"]);
        let out = run(WRONG);
        assert_eq!(exit_code(&out), 3, "{}", stderr(&out));
        assert_eq!(stderr(&out), expected.wrong_password, "{}", expected.lang);
        for _ in 2..=5 {
            run(WRONG);
        }
        let sixth = run(WRONG);
        assert_eq!(exit_code(&sixth), 3, "{}", stderr(&sixth));
        assert!(
            stderr(&sixth).contains(expected.locked_after_sixth),
            "{}: {}",
            expected.lang,
            stderr(&sixth)
        );
        let locked = run(&format!("{PASSWORD}\n"));
        assert_eq!(exit_code(&locked), 4, "{}", stderr(&locked));
        assert!(
            stderr(&locked).starts_with(expected.locked),
            "{}: {}",
            expected.lang,
            stderr(&locked)
        );
        let state: LockoutState =
            serde_json::from_slice(&std::fs::read(v.files.attempts_path()).unwrap()).unwrap();
        assert_eq!(state.failed_attempts, 6, "the lock counted nothing");
    }
}

/// The code on a terminal (`script` gives the binary one): the validity goes to stderr only
/// there, so that scripts reading stdout get the code alone.
fn code_on_a_terminal(lang: &str, at: u64) -> String {
    let bin = assert_cmd::cargo::cargo_bin!("zweifaktor");
    let command = format!("'{}' code --secret {RFC_SECRET} --at {at}", bin.display());
    let out: Output = std::process::Command::new("script")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("XDG_CONFIG_HOME", "/nonexistent/zweifaktor-test-config")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("script (util-linux) runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_code_says_how_long_it_stays_valid_with_the_language_s_plural() {
    for expected in LANGUAGES {
        // Period 30: at second 59, one second is left; at 45, fifteen.
        let one = code_on_a_terminal(expected.lang, 59);
        assert!(one.contains("287082"), "{one}");
        assert!(
            one.contains(expected.valid_for_one),
            "{}: {one}",
            expected.lang
        );
        let many = code_on_a_terminal(expected.lang, 45);
        assert!(
            many.contains(expected.valid_for_many),
            "{}: {many}",
            expected.lang
        );
    }
}

#[test]
fn an_import_reports_in_the_language_and_a_usage_error_too() {
    for expected in LANGUAGES {
        let v = vault_with(&[]);
        let list = v.dir.path().join("codes.txt");
        std::fs::write(
            &list,
            "otpauth://totp/ACME:jane?secret=JBSWY3DPEHPK3PXP&issuer=ACME\n\
             otpauth://totp/Deno:mason?secret=GEZDGNBVGY3TQOJQ&issuer=Deno\n",
        )
        .unwrap();
        let out = run_binary_in(
            expected.lang,
            &v.path(),
            &format!("{PASSWORD}\n"),
            &["import", list.to_str().unwrap()],
        );
        assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
        assert!(
            stdout(&out).starts_with(expected.imported),
            "{}: {}",
            expected.lang,
            stdout(&out)
        );
        let out = run_binary_in(expected.lang, &v.path(), "", &["reset"]);
        assert_eq!(exit_code(&out), 2);
        assert_eq!(stderr(&out), expected.usage, "{}", expected.lang);
    }
}

#[test]
fn english_is_spoken_for_c_and_for_languages_we_lack_and_lc_all_c_wins() {
    let v = vault_with(&[]);
    let english = "zweifaktor: reset erases every secret (the list of procedures stays); \
                   confirm with --yes\n";
    for lang in ["C", "POSIX", "fr_FR.UTF-8", "ja_JP.UTF-8", ""] {
        let out = run_binary_in(lang, &v.path(), "", &["reset"]);
        assert_eq!(stderr(&out), english, "LANG={lang:?}");
    }
    // As for every other program, LC_ALL=C asks for the untranslated program.
    let out = binary_in("de_DE.UTF-8")
        .env("LC_ALL", "C")
        .args(["--vault", v.path().to_str().unwrap(), "reset"])
        .output()
        .unwrap();
    assert_eq!(stderr(&out), english);
    // LC_MESSAGES picks the language of messages over LANG.
    let out = binary_in("C")
        .env("LC_MESSAGES", "sv_SE.UTF-8")
        .args(["--vault", v.path().to_str().unwrap(), "reset"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("bekräfta med --yes"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_language_saved_in_the_settings_wins_over_the_system_s() {
    let v = vault_with(&[]);
    let config = v.dir.path().join("config");
    std::fs::create_dir_all(config.join("zweifaktor")).unwrap();
    std::fs::write(
        config.join("zweifaktor/config.json"),
        r#"{ "language": "nl" }"#,
    )
    .unwrap();
    let out = binary_in("de_DE.UTF-8")
        .env("XDG_CONFIG_HOME", &config)
        .args(["--vault", v.path().to_str().unwrap(), "reset"])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("bevestig met --yes"),
        "{}",
        stderr(&out)
    );
}

/// A real export of another app, changed in one place the way a newer app version or a damaged
/// copy would be.
fn spoiled_export(dir: &std::path::Path, folder: &str, file: &str, from: &str, to: &str) -> String {
    let original = String::from_utf8(read_testdata(folder, file)).expect("a text fixture");
    let spoiled = original.replacen(from, to, 1);
    assert_ne!(spoiled, original, "{file}: {from:?} is in the fixture");
    let path = dir.join(file);
    std::fs::write(&path, spoiled).unwrap();
    path.display().to_string()
}

#[test]
fn why_an_export_or_one_of_its_entries_cannot_be_imported_is_said_in_german() {
    let v = vault_with(&[]);
    // A 2FAS export of a schema version we do not read: the whole file is refused.
    let newer = spoiled_export(
        v.dir.path(),
        "2fas",
        "2fas_authenticator.json",
        "\"schemaVersion\": 1,",
        "\"schemaVersion\": 9,",
    );
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &["import", &newer],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "zweifaktor: die Datei (Format: 2FAS) enthält etwas, das Zweifaktor nicht lesen kann: \
         sie hat die Version 9; unterstützt werden die Versionen 1 bis 4\n"
    );
    // An Aegis export with one entry of a code type we do not know: that entry is skipped
    // with the reason, the others are imported.
    let odd_entry = spoiled_export(
        v.dir.path(),
        "aegis",
        "aegis_plain.json",
        "\"type\": \"totp\",",
        "\"type\": \"yubikey\",",
    );
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &["import", &odd_entry],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        text.contains("Deno (Mason): unbekannte Code-Art \"yubikey\""),
        "{text}"
    );
    assert!(!text.contains("unknown"), "{text}");
    // A list of links with one that cannot be used: skipped by its line number, in German.
    let list = v.dir.path().join("links.txt");
    std::fs::write(
        &list,
        "otpauth://totp/ACME:jane?secret=JBSWY3DPEHPK3PXP&issuer=ACME\notpauth://totp/Bad?secret=1111\n",
    )
    .unwrap();
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &["import", list.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(text.contains("  Zeile 2: "), "{text}");
    assert!(!text.contains("line 2"), "{text}");
}

/// What the parser found in a damaged export, and where, in German too: until the detail was
/// typed, serde_json's and zip's English ("(trailing comma at line 6 column 5)") stood in the
/// German sentence.
#[test]
fn what_is_wrong_inside_a_damaged_export_is_said_in_german() {
    let v = vault_with(&[]);
    // A hand-edited Aegis export: a comma after the last member of "header".
    let edited = spoiled_export(
        v.dir.path(),
        "aegis",
        "aegis_plain.json",
        "\"params\": null\n",
        "\"params\": null,\n",
    );
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &["import", "--format", "aegis", &edited],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "zweifaktor: die Datei ist kein Export im Format Aegis: sie ist kein JSON \
         (JSON-Syntaxfehler in Zeile 6, Spalte 5)\n"
    );
    // An Authenticator Plus archive cut off after 300 bytes (a download that stopped).
    let zip = v.dir.path().join("cut.zip");
    std::fs::write(
        &zip,
        &read_testdata("authenticator-plus", "authenticator_plus.zip")[..300],
    )
    .unwrap();
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &[
            "import",
            "--format",
            "authenticator-plus",
            zip.to_str().unwrap(),
        ],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    let text = stderr(&out);
    common::german::assert_german(
        &text,
        &["das ZIP-Archiv kann nicht gelesen werden (das Archiv ist beschädigt)"],
    );
}

/// A vault file cut short (a copy that stopped half-way, a full disk): German says what is
/// wrong with it in German, not the English word inside the German sentence.
#[test]
fn a_damaged_vault_is_said_in_german_to_its_last_word() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let bytes = std::fs::read(v.path()).unwrap();
    std::fs::write(v.path(), &bytes[..40]).unwrap();
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &["code", "VPN"],
    );
    assert_ne!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("die Tresordatei ist beschädigt (abgeschnitten)"),
        "{}",
        stderr(&out)
    );
}

/// A link pasted wrongly (a web address instead of the otpauth:// one, a secret alone) is
/// refused with the reason in German; nothing of the parser's English shows, nor the secret.
#[test]
fn a_wrong_otpauth_link_is_refused_in_german() {
    let v = vault_with(&[]);
    for (uri, reason) in [
        (
            "https://portal.example.de/2fa?secret=JBSWY3DPEHPK3PXP",
            "zweifaktor: kein otpauth-Link: der Text beginnt mit „https:“ statt mit otpauth://\n",
        ),
        (
            "JBSWY3DPEHPK3PXP",
            "zweifaktor: kein otpauth-Link: der Text beginnt nicht mit otpauth://\n",
        ),
        (
            "otpauth://totp:99999/Portal?secret=JBSWY3DPEHPK3PXP",
            "zweifaktor: kein otpauth-Link: der Text kann nicht als Link gelesen werden (die \
             Portnummer ist ungültig)\n",
        ),
        (
            "otpauth://totp/Portal?secret=JBSWY3DPEHPK3PXP&encoder=yandex",
            "zweifaktor: unbekannte Code-Art „totp“ mit encoder „yandex“ im Link \
             (encoder=steam gibt es nur zu totp)\n",
        ),
    ] {
        let out = run_binary_in(
            "de_DE.UTF-8",
            &v.path(),
            &format!("{PASSWORD}\n"),
            &["add", "--uri", uri],
        );
        assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
        assert_eq!(stderr(&out), reason, "{uri}");
    }
}

/// A file in a folder that is not there, a vault behind a file where a folder should be: the
/// system's reason in German (std's own text is English whatever the locale).
#[test]
fn a_file_the_system_refuses_is_said_in_german() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let missing = v.dir.path().join("Netzlaufwerk/fehlt/export.txt");
    let out = run_binary_in(
        "de_DE.UTF-8",
        &v.path(),
        &format!("{PASSWORD}\n"),
        &["import", missing.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "zweifaktor: {} kann nicht gelesen werden: die Datei oder der Ordner existiert nicht\n",
            missing.display()
        )
    );

    // A file where the vault's folder should be: its lock file cannot be made there.
    let file = v.dir.path().join("eine-datei");
    std::fs::write(&file, "").unwrap();
    let behind_a_file = file.join("tresor.zweifaktor");
    let out = run_binary_in(
        "de_DE.UTF-8",
        &behind_a_file,
        &format!("{PASSWORD}\n"),
        &["code", "VPN"],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        format!(
            "zweifaktor: {}.lock kann nicht gesperrt werden: ein Teil des Pfads ist eine Datei, \
             kein Ordner\n",
            behind_a_file.display()
        )
    );
}
