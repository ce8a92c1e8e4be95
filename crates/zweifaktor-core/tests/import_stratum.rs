//! Stratum / Authenticator Pro backups (plain, encrypted, legacy encrypted): every backup
//! fixture imports to exactly its expected entries; passwords, detection, damaged files and
//! arbitrary input behave. The app's internal database is not claimed as a backup, but read
//! when `--format stratum` is chosen for it (tests/import_databases.rs tests it fully).

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{ImportError, Importer as _, stratum::Importer};
use zweifaktor_core::secret::Password;

const FOLDER: &str = "stratum";
/// The app's internal SQLite database: listed in expected.json, but not a backup; it has its
/// own importer (`stratum-database`).
const INTERNAL_DB: &str = "stratum_internal.db";

fn password(text: &str) -> Password {
    Password::from(text)
}

#[test]
fn every_backup_fixture_gives_its_expected_entries() {
    let expected = expected(FOLDER);
    assert_eq!(expected.files.len(), 4, "the folder's files changed");
    for (file, want) in expected.files.iter().filter(|(f, _)| *f != INTERNAL_DB) {
        assert_imports_as_expected(FOLDER, file, want, Importer::import);
    }
}

#[test]
fn the_internal_database_is_not_a_backup_but_is_read_when_chosen() {
    let bytes = read_testdata(FOLDER, INTERNAL_DB);
    assert!(!Importer::detect(&bytes));
    let want = &expected(FOLDER).files[INTERNAL_DB];
    assert_imports_as_expected(FOLDER, INTERNAL_DB, want, Importer::import);
}

#[test]
fn encrypted_backups_need_the_right_password() {
    for file in ["stratum_encrypted.bin", "stratum_encrypted_legacy.bin"] {
        let bytes = read_testdata(FOLDER, file);
        assert_eq!(
            Importer::import(&bytes, None),
            Err(ImportError::PasswordRequired),
            "{file}"
        );
        assert_eq!(
            Importer::import(&bytes, Some(&password("test "))),
            Err(ImportError::WrongPassword),
            "{file}"
        );
    }
}

#[test]
fn every_backup_fixture_is_detected_as_stratum() {
    for (file, want) in expected(FOLDER)
        .files
        .iter()
        .filter(|(f, _)| *f != INTERNAL_DB)
    {
        assert_detected_as(FOLDER, file, want, "stratum", Importer::detect);
    }
}

#[test]
fn no_other_apps_fixture_is_claimed() {
    assert_no_other_folder_is_claimed(FOLDER, Importer::detect);
}

#[test]
fn other_apps_files_are_not_claimed() {
    assert_not_claimed(
        &[
            ("aegis", "aegis_plain.json"),
            ("2fas", "2fas_authenticator_plain_v4.2fas"),
            ("andotp", "andotp_plain.json"),
            ("andotp", "andotp_encrypted.bin"),
            ("bitwarden", "bitwarden.json"),
            ("google-authenticator", "google_authenticator.sqlite"),
        ],
        "Stratum",
        Importer::detect,
        Importer::import,
    );
}

#[test]
fn truncated_files_give_an_error() {
    let plain = read_testdata(FOLDER, "stratum_plain.json");
    let cuts = [0, 1, 10, 100, plain.len() / 2, plain.len() - 1];
    assert_cuts_fail(&plain, &cuts, None, Importer::import, "plain");
    // Cuts inside the header fail before key derivation; the last cut costs one derivation.
    let encrypted = read_testdata(FOLDER, "stratum_encrypted.bin");
    let test = password("test");
    let cuts = [0, 5, 16, 40, 59, encrypted.len() - 1];
    assert_cuts_fail(
        &encrypted,
        &cuts,
        Some(&test),
        Importer::import,
        "encrypted",
    );
    // CBC needs whole blocks, so most cuts fail before key derivation; cutting one whole
    // block off costs one, and loses the padding.
    let legacy = read_testdata(FOLDER, "stratum_encrypted_legacy.bin");
    let cuts = [0, 5, 16, 40, 67, legacy.len() - 1, legacy.len() - 16];
    assert_cuts_fail(&legacy, &cuts, Some(&test), Importer::import, "legacy");
}

#[test]
fn unusable_entries_are_skipped_with_a_reason() {
    let backup = r#"{"Authenticators":[
        {"Type":3,"Issuer":"Corp","Username":"Alice","Secret":"abcdef0123456789","Pin":"1234","Algorithm":0,"Digits":6,"Period":10,"Counter":0},
        {"Type":5,"Issuer":"Yandex","Username":"Bob","Secret":"JBSWY3DPEHPK3PXPJBSWY3DPEE","Pin":"1234","Algorithm":1,"Digits":8,"Period":30,"Counter":0},
        {"Type":2,"Issuer":"Corp","Username":"Carol","Secret":"JBSWY3DPEHPK3PXP","Algorithm":7,"Digits":6,"Period":30,"Counter":0},
        {"Type":2,"Issuer":"Corp","Username":null,"Secret":"JBSWY3DPEHPK3PXP","Algorithm":0,"Digits":6,"Period":30,"Counter":0}
    ],"Categories":[],"AuthenticatorCategories":[],"CustomIcons":[]}"#;
    let imported = Importer::import(backup.as_bytes(), None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].issuer.as_deref(), Some("Corp"));
    assert_eq!(imported.entries[0].account, "");
    // The reasons in English, as logs show them (their Display).
    let english: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.reason.to_string())
        .collect();
    let reasons: Vec<(String, &str)> = imported
        .skipped
        .iter()
        .zip(&english)
        .map(|(s, reason)| (s.label.to_string(), reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0].0, "Corp (Alice)");
    assert!(reasons[0].1.contains("mOTP"), "{reasons:?}");
    assert!(reasons[1].1.contains("Yandex"), "{reasons:?}");
    assert!(reasons[2].1.contains("algorithm number 7"), "{reasons:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = Importer::detect(&bytes);
        let _ = Importer::is_encrypted(&bytes);
        let _ = Importer::import(&bytes, None);
        let _ = Importer::import(&bytes, Some(&password("test")));
    }

    /// Behind either magic, inputs shorter than salt + nonce + tag (or salt + IV + one block)
    /// fail before any key derivation, so these cases stay cheap.
    #[test]
    fn short_input_behind_the_magic_never_panics(
        legacy in any::<bool>(),
        rest in prop::collection::vec(any::<u8>(), 0..44),
    ) {
        let magic: &[u8] = if legacy { b"AuthenticatorPro" } else { b"AUTHENTICATORPRO" };
        let bytes = [magic, &rest].concat();
        prop_assert!(Importer::detect(&bytes));
        prop_assert!(Importer::import(&bytes, Some(&password("test"))).is_err());
    }

    #[test]
    fn arbitrary_json_ish_text_never_panics(
        entry in "[{}\\[\\]\":,a-zA-Z0-9 -]{0,160}",
        text in "[{}\\[\\]\":,a-z0-9 ]{0,200}",
    ) {
        let backup = format!(r#"{{"Authenticators":[{{"Type":2,{entry}}}],"Categories":[]}}"#);
        for input in [backup.as_str(), text.as_str()] {
            let _ = Importer::detect(input.as_bytes());
            let _ = Importer::import(input.as_bytes(), None);
        }
    }

    #[test]
    fn damaged_plain_backups_never_panic(
        position in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = read_testdata(FOLDER, "stratum_plain.json");
        let at = position.index(bytes.len());
        bytes[at] = byte;
        let _ = Importer::import(&bytes, None);
    }
}
