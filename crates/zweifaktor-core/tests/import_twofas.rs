//! 2FAS backups, schemas 1 to 4: every fixture imports to exactly its expected entries;
//! passwords, detection, damaged files and arbitrary input behave.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{ImportError, Importer as _, twofas::Importer};
use zweifaktor_core::secret::Password;

const FOLDER: &str = "2fas";

fn password(text: &str) -> Password {
    Password::from(text)
}

#[test]
fn every_fixture_gives_its_expected_entries() {
    let expected = expected(FOLDER);
    assert_eq!(expected.files.len(), 7, "the folder's files changed");
    for (file, want) in &expected.files {
        assert_imports_as_expected(FOLDER, file, want, Importer::import);
    }
}

#[test]
fn encrypted_backups_need_the_right_password() {
    let expected = expected(FOLDER);
    let encrypted: Vec<&String> = expected
        .files
        .iter()
        .filter(|(_, want)| want.password.is_some())
        .map(|(file, _)| file)
        .collect();
    assert_eq!(encrypted.len(), 3);
    for file in encrypted {
        let bytes = read_testdata(FOLDER, file);
        assert_eq!(
            Importer::import(&bytes, None),
            Err(ImportError::PasswordRequired),
            "{file}"
        );
        assert_eq!(
            Importer::import(&bytes, Some(&password("Test"))),
            Err(ImportError::WrongPassword),
            "{file}"
        );
    }
}

#[test]
fn every_fixture_is_detected_as_2fas() {
    for (file, want) in &expected(FOLDER).files {
        assert_detected_as(FOLDER, file, want, "2fas", Importer::detect);
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
            ("aegis", "aegis_encrypted.json"),
            ("andotp", "andotp_plain.json"),
            ("stratum", "stratum_plain.json"),
            ("bitwarden", "bitwarden.json"),
            ("proton-authenticator", "proton_authenticator.json"),
        ],
        "2FAS",
        Importer::detect,
        Importer::import,
    );
}

#[test]
fn truncated_files_give_an_error() {
    for file in [
        "2fas_authenticator.json",
        "2fas_authenticator_plain_v4.2fas",
        "2fas_authenticator_encrypted_v4.2fas",
    ] {
        let bytes = read_testdata(FOLDER, file);
        let cuts = [
            0,
            1,
            10,
            100,
            bytes.len() / 2,
            bytes.len() - 100,
            bytes.len() - 2,
        ];
        let password = password("test");
        assert_cuts_fail(&bytes, &cuts, Some(&password), Importer::import, file);
    }
}

#[test]
fn a_damaged_ciphertext_gives_an_error() {
    let bytes = read_testdata(FOLDER, "2fas_authenticator_encrypted_v4.2fas");
    let text = String::from_utf8(bytes).unwrap();
    let start = text.find("\"servicesEncrypted\":\"").unwrap() + 21;
    for (from, to) in [("A", "B"), (":", "")] {
        let mut damaged = text.clone();
        let at = start + damaged[start..].find(from).unwrap();
        damaged.replace_range(at..at + from.len(), to);
        assert!(
            Importer::import(damaged.as_bytes(), Some(&password("test"))).is_err(),
            "{from}→{to}"
        );
    }
}

#[test]
fn unusable_entries_are_skipped_with_a_reason() {
    let backup = r#"{"schemaVersion":4,"groups":[],"services":[
        {"name":"Corp","secret":"JBSWY3DPEHPK3PXP",
         "otp":{"account":"Alice","digits":6,"period":30,"algorithm":"MD5","tokenType":"TOTP"}},
        {"name":"Corp","secret":"JBSWY3DPEHPK3PXP",
         "otp":{"account":"Bob","digits":6,"period":30,"algorithm":"SHA1","tokenType":"YANDEX"}},
        {"name":"Corp","secret":"",
         "otp":{"account":"Carol","digits":6,"period":30,"algorithm":"SHA1","tokenType":"TOTP"}},
        {"name":"Corp","secret":"JBSWY3DPEHPK3PXP",
         "otp":{"account":"Dave","digits":6,"period":0,"algorithm":"SHA1","tokenType":"TOTP"}},
        {"name":"Corp","secret":"JBSWY3DPEHPK3PXP","otp":{"account":"Erin"}}
    ]}"#;
    let imported = Importer::import(backup.as_bytes(), None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].issuer.as_deref(), Some("Corp"));
    assert_eq!(imported.entries[0].account, "Erin");
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
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert_eq!(reasons[0].0, "Corp (Alice)");
    assert!(reasons[0].1.contains("MD5"), "{reasons:?}");
    assert!(reasons[1].1.contains("YANDEX"), "{reasons:?}");
    assert!(reasons[2].1.contains("empty"), "{reasons:?}");
    assert!(reasons[3].1.contains("period of 0"), "{reasons:?}");
}

#[test]
fn unknown_schema_versions_are_refused_clearly() {
    let backup = r#"{"schemaVersion":5,"services":[]}"#;
    assert!(matches!(
        Importer::import(backup.as_bytes(), None),
        Err(ImportError::Unsupported { .. })
    ));
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

    /// Backup-shaped JSON with arbitrary services and an arbitrary `servicesEncrypted`. A
    /// well-formed one reaches PBKDF2 (10 000 iterations, the app's constant), which is cheap.
    #[test]
    fn arbitrary_backup_shaped_json_never_panics(
        schema in 0u64..7,
        service in "[{}\\[\\]\":,a-zA-Z0-9 ]{0,120}",
        sealed in "[A-Za-z0-9+/=:]{0,80}",
        text in "[{}\\[\\]\":,a-z0-9 ]{0,200}",
    ) {
        let backup = format!(
            r#"{{"schemaVersion":{schema},"services":[{service}],"servicesEncrypted":"{sealed}"}}"#
        );
        for input in [backup.as_str(), text.as_str()] {
            let _ = Importer::detect(input.as_bytes());
            let _ = Importer::import(input.as_bytes(), None);
            let _ = Importer::import(input.as_bytes(), Some(&password("test")));
        }
    }

    #[test]
    fn damaged_plain_backups_never_panic(
        position in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = read_testdata(FOLDER, "2fas_authenticator_plain_v3.2fas");
        let at = position.index(bytes.len());
        bytes[at] = byte;
        let _ = Importer::import(&bytes, None);
    }
}
