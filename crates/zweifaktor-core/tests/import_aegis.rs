//! Aegis vault exports: every fixture imports to exactly its expected entries; passwords,
//! detection, damaged files and arbitrary input behave.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{ImportError, Importer as _, aegis::Importer};
use zweifaktor_core::secret::Password;

const FOLDER: &str = "aegis";

fn password(text: &str) -> Password {
    Password::from(text)
}

#[test]
fn every_fixture_gives_its_expected_entries() {
    let expected = expected(FOLDER);
    assert_eq!(expected.files.len(), 3, "the folder's files changed");
    for (file, want) in &expected.files {
        assert_imports_as_expected(FOLDER, file, want, Importer::import);
    }
}

#[test]
fn encrypted_vault_needs_the_right_password() {
    let bytes = read_testdata(FOLDER, "aegis_encrypted.json");
    assert_eq!(
        Importer::import(&bytes, None),
        Err(ImportError::PasswordRequired)
    );
    assert_eq!(
        Importer::import(&bytes, Some(&password("tset"))),
        Err(ImportError::WrongPassword)
    );
}

#[test]
fn plain_vaults_ignore_a_password() {
    let bytes = read_testdata(FOLDER, "aegis_plain.json");
    let with = Importer::import(&bytes, Some(&password("anything"))).unwrap();
    let without = Importer::import(&bytes, None).unwrap();
    assert_eq!(with, without);
}

#[test]
fn every_fixture_is_detected_as_aegis() {
    for (file, want) in &expected(FOLDER).files {
        assert_detected_as(FOLDER, file, want, "aegis", Importer::detect);
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
            ("2fas", "2fas_authenticator_plain_v4.2fas"),
            ("2fas", "2fas_authenticator_encrypted.2fas"),
            ("andotp", "andotp_plain.json"),
            ("stratum", "stratum_plain.json"),
            ("stratum", "stratum_encrypted.bin"),
            ("bitwarden", "bitwarden.json"),
            ("freeotp-plus", "freeotp_plus.json"),
        ],
        "Aegis",
        Importer::detect,
        Importer::import,
    );
}

#[test]
fn truncated_files_give_an_error() {
    for file in ["aegis_plain.json", "aegis_encrypted.json"] {
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
fn an_entry_of_an_unsupported_type_is_skipped_with_a_reason() {
    let vault = r#"{"version":1,"header":{"slots":null,"params":null},"db":{"version":3,
        "entries":[
          {"type":"motp","uuid":"1","name":"Alice","issuer":"Corp","icon":null,
           "info":{"secret":"JBSWY3DPEHPK3PXP","algo":"MD5","digits":6,"period":10,"pin":"1234"}},
          {"type":"yandex","uuid":"2","name":"Bob","issuer":"Yandex","icon":null,
           "info":{"secret":"JBSWY3DPEHPK3PXPJBSWY3DPEE","algo":"SHA256","digits":8,"period":30,"pin":"5678"}},
          {"type":"totp","uuid":"3","name":"Carol","issuer":"Example","icon":null,
           "info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA1","digits":12,"period":30}},
          {"type":"totp","uuid":"4","name":"Dave","issuer":"Example","icon":null,
           "info":{"secret":"not base32!","algo":"SHA1","digits":6,"period":30}},
          {"type":"totp","uuid":"5","name":"Erin","issuer":"Example","icon":null,"groups":[],
           "note":"","favorite":false,
           "info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA1","digits":6,"period":30}}
        ],"groups":[]}}"#;
    let imported = Importer::import(vault.as_bytes(), None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].account, "Erin");
    // The reasons in English, as logs show them (their Display).
    let english: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.reason.to_string())
        .collect();
    let skipped: Vec<(String, &str)> = imported
        .skipped
        .iter()
        .zip(&english)
        .map(|(s, reason)| (s.label.to_string(), reason.as_str()))
        .collect();
    assert_eq!(skipped.len(), 4, "{skipped:?}");
    assert_eq!(skipped[0].0, "Corp (Alice)");
    assert!(skipped[0].1.contains("mOTP"), "{skipped:?}");
    assert_eq!(skipped[1].0, "Yandex (Bob)");
    assert!(skipped[1].1.contains("Yandex"), "{skipped:?}");
    assert!(skipped[2].1.contains("12 digits"), "{skipped:?}");
    assert!(skipped[3].1.contains("invalid character"), "{skipped:?}");
}

#[test]
fn newer_database_versions_are_refused_clearly() {
    let vault =
        r#"{"version":1,"header":{"slots":null,"params":null},"db":{"version":4,"entries":[]}}"#;
    assert!(matches!(
        Importer::import(vault.as_bytes(), None),
        Err(ImportError::Unsupported { .. })
    ));
}

#[test]
fn hostile_scrypt_parameters_are_refused_before_deriving() {
    let bytes = read_testdata(FOLDER, "aegis_encrypted.json");
    let text = String::from_utf8(bytes).unwrap();
    // 2^30 · 8 · 128 bytes = 1 TiB if it were honoured.
    let hostile = text.replace("\"n\": 32768", "\"n\": 1073741824");
    assert_ne!(hostile, text);
    assert!(matches!(
        Importer::import(hostile.as_bytes(), Some(&password("test"))),
        Err(ImportError::Unsupported { .. })
    ));
}

/// JSON values of every kind, a few levels deep.
fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "[a-zA-Z0-9+/=: ]{0,40}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("type".to_owned()),
                    Just("info".to_owned()),
                    Just("secret".to_owned()),
                    Just("version".to_owned()),
                    Just("entries".to_owned()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
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

    #[test]
    fn arbitrary_vault_shaped_json_never_panics(
        slots in arb_json(),
        params in arb_json(),
        db in arb_json(),
        text in "[{}\\[\\]\":,a-z0-9 ]{0,200}",
    ) {
        let vault = serde_json::json!({
            "version": 1,
            "header": {"slots": slots, "params": params},
            "db": db,
        })
        .to_string();
        for input in [vault.as_str(), text.as_str()] {
            let _ = Importer::detect(input.as_bytes());
            let _ = Importer::import(input.as_bytes(), None);
            let _ = Importer::import(input.as_bytes(), Some(&password("test")));
        }
    }

    #[test]
    fn damaged_plain_vaults_never_panic(
        position in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = read_testdata(FOLDER, "aegis_plain.json");
        let at = position.index(bytes.len());
        bytes[at] = byte;
        let _ = Importer::import(&bytes, None);
    }
}
