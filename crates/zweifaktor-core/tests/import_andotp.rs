//! andOTP backups (plain, encrypted, old encrypted): every fixture imports to exactly its
//! expected entries; passwords, detection, damaged files and arbitrary input behave.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{self, ImportError, Importer as _, andotp::Importer};
use zweifaktor_core::secret::Password;

const FOLDER: &str = "andotp";

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
fn encrypted_backups_need_the_right_password() {
    for file in ["andotp_encrypted.bin", "andotp_encrypted_old.bin"] {
        let bytes = read_testdata(FOLDER, file);
        assert!(Importer::is_encrypted(&bytes), "{file}");
        assert_eq!(
            Importer::import(&bytes, None),
            Err(ImportError::PasswordRequired),
            "{file}"
        );
        assert_eq!(
            Importer::import(&bytes, Some(&password("wrong"))),
            Err(ImportError::WrongPassword),
            "{file}"
        );
    }
}

#[test]
fn the_plain_backup_is_detected_and_encrypted_ones_are_left_to_the_user() {
    let bytes = read_testdata(FOLDER, "andotp_plain.json");
    let format = import::detect(&bytes).unwrap();
    assert_eq!(format.identifier, "andotp");
    assert!(!(format.is_encrypted)(&bytes));
    // Encrypted backups carry no marker: the user picks `--format andotp`.
    for file in ["andotp_encrypted.bin", "andotp_encrypted_old.bin"] {
        assert!(!Importer::detect(&read_testdata(FOLDER, file)), "{file}");
    }
    assert_eq!(
        import::by_identifier("andotp").map(|f| f.identifier),
        Some("andotp")
    );
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
            ("stratum", "stratum_plain.json"),
            ("bitwarden", "bitwarden.json"),
            ("freeotp-plus", "freeotp_plus.json"),
            ("steam", "steam.json"),
        ],
        "andOTP",
        Importer::detect,
        Importer::import,
    );
}

#[test]
fn truncated_files_give_an_error() {
    let plain = read_testdata(FOLDER, "andotp_plain.json");
    let cuts = [0, 1, 10, 100, plain.len() / 2, plain.len() - 1];
    assert_cuts_fail(&plain, &cuts, None, Importer::import, "plain");
    // Each cut of the current format that keeps a header costs one PBKDF2 run: a few cuts.
    for file in ["andotp_encrypted.bin", "andotp_encrypted_old.bin"] {
        let bytes = read_testdata(FOLDER, file);
        let cuts = [0, 1, 12, 27, 43, bytes.len() - 1];
        let password = password("test");
        assert_cuts_fail(&bytes, &cuts, Some(&password), Importer::import, file);
    }
}

#[test]
fn old_labels_without_an_issuer_field_are_split() {
    let backup = r#"[
        {"secret":"JBSWY3DPEHPK3PXP","label":"Corp - Alice","digits":6,"type":"TOTP","algorithm":"SHA1","period":30},
        {"secret":"JBSWY3DPEHPK3PXP","label":"Bob","digits":6,"type":"TOTP","algorithm":"SHA1","period":30},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"","label":"A - B","digits":6,"type":"TOTP","algorithm":"SHA1","period":30}
    ]"#;
    let imported = Importer::import(backup.as_bytes(), None).unwrap();
    let names: Vec<(Option<&str>, &str)> = imported
        .entries
        .iter()
        .map(|e| (e.issuer.as_deref(), e.account.as_str()))
        .collect();
    assert_eq!(
        names,
        [(Some("Corp"), "Alice"), (None, "Bob"), (None, "A - B")]
    );
}

#[test]
fn unusable_entries_are_skipped_with_a_reason() {
    let backup = r#"[
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"Corp","label":"Alice","digits":6,"type":"MOTP","algorithm":"SHA1","period":10,"tags":[]},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"Corp","label":"Bob","digits":6,"type":"TOTP","algorithm":"SHA3","period":30,"tags":[]},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"Corp","label":"Carol","digits":2,"type":"HOTP","algorithm":"SHA1","counter":3,"tags":[]},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"Corp","label":"Dave","digits":6,"type":"HOTP","algorithm":"SHA1","counter":-3,"tags":[]},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"Corp","label":"Erin","digits":6,"type":"HOTP","algorithm":"SHA1","counter":3,"tags":[]}
    ]"#;
    let imported = Importer::import(backup.as_bytes(), None).unwrap();
    assert_eq!(imported.entries.len(), 1);
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
    assert!(reasons[0].1.contains("mOTP"), "{reasons:?}");
    assert!(reasons[1].1.contains("SHA3"), "{reasons:?}");
    assert!(reasons[2].1.contains("2 digits"), "{reasons:?}");
    assert!(reasons[3].1.contains("negative"), "{reasons:?}");
}

#[test]
fn a_hostile_iteration_count_is_not_honoured() {
    // u32::MAX rounds would take hours; the file is read as the old layout instead, which
    // fails quickly.
    let mut bytes = read_testdata(FOLDER, "andotp_encrypted.bin");
    bytes[..4].copy_from_slice(&u32::MAX.to_be_bytes());
    let started = std::time::Instant::now();
    assert_eq!(
        Importer::import(&bytes, Some(&password("test"))),
        Err(ImportError::WrongPassword)
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Without a password nothing is derived. With one, the first byte is set to 0xFF so that
    /// the header never holds an acceptable PBKDF2 count (at most 10^6 < 0xFF000000): the
    /// cases test parsing, not a second of key derivation each.
    #[test]
    fn arbitrary_bytes_never_panic(mut bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = Importer::detect(&bytes);
        let _ = Importer::is_encrypted(&bytes);
        let _ = Importer::import(&bytes, None);
        if let Some(first) = bytes.first_mut() {
            *first = 0xFF;
        }
        let _ = Importer::import(&bytes, Some(&password("test")));
    }

    #[test]
    fn arbitrary_json_ish_text_never_panics(
        entry in "[{}\\[\\]\":,a-zA-Z0-9 =-]{0,160}",
        text in "[{}\\[\\]\":,a-z0-9 ]{0,200}",
    ) {
        let backup = format!(r#"[{{"secret":"JBSWY3DP","type":"TOTP","tags":[],{entry}}}]"#);
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
        let mut bytes = read_testdata(FOLDER, "andotp_plain.json");
        let at = position.index(bytes.len());
        bytes[at] = byte;
        let _ = Importer::import(&bytes, None);
    }
}
