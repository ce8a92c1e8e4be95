//! `zweifaktor import` of the apps' internal SQLite databases (Microsoft Authenticator, Google
//! Authenticator, Stratum) through the real binary.

mod common;

use common::expected::*;
use common::*;

const MICROSOFT: (&str, &str) = ("microsoft-authenticator", "microsoft_authenticator.sqlite");
const DATABASES: [(&str, &str); 3] = [
    MICROSOFT,
    ("google-authenticator", "google_authenticator.sqlite"),
    ("stratum", "stratum_internal.db"),
];

fn want(folder: &str, file: &str) -> ExpectedFile {
    expected(folder)
        .files
        .remove(file)
        .unwrap_or_else(|| panic!("{folder}/expected.json lists {file}"))
}

#[test]
fn zweifaktor_import_reads_each_database_into_the_vault() {
    for (folder, file) in DATABASES {
        let v = vault_with(&[]);
        let path = testdata_dir(folder).join(file).display().to_string();
        let out = v.run(&format!("{PASSWORD}\n"), &["import", &path]);
        assert_eq!(exit_code(&out), 0, "{file}: {}", stderr(&out));
        let count = want(folder, file).entries.len();
        assert!(
            stdout(&out).starts_with(&format!("Imported {count} procedures from the ")),
            "{file}: {}",
            stdout(&out)
        );
        // Deno's secret is in every database: its code is the app's.
        let out = v.run(
            &format!("{PASSWORD}\n"),
            &["code", "Deno (Mason)", "--at", "59"],
        );
        assert_eq!(
            stdout(&out).trim(),
            code_at("4SJHB4GSD43FZBAI7C2HLRJGPQ", 59),
            "{file}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn zweifaktor_import_of_a_cut_off_database_says_so_and_saves_nothing() {
    let v = vault_with(&[("VPN", "JBSWY3DPEHPK3PXP")]);
    let before = v.files.read().unwrap();
    let (folder, file) = MICROSOFT;
    let bytes = read_testdata(folder, file);
    let cut = v.dir.path().join("PhoneFactor");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["import", &cut.display().to_string()],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Microsoft Authenticator database file is damaged or incomplete")
            && stderr(&out).contains("cut off"),
        "{}",
        stderr(&out)
    );
    // The wrong format chosen by hand: one line naming what is missing.
    let path = testdata_dir(folder).join(file).display().to_string();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["import", &path, "--format", "google-database"],
    );
    assert_eq!(exit_code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("without the app's table `accounts` (email, secret, type)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(v.files.read().unwrap(), before);
}
