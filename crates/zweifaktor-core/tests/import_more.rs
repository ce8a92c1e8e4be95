//! Steam Guard, Duo Mobile, Battle.net, Authy, TOTP Authenticator and Authenticator Plus
//! against their fixtures (with the right, a wrong and no password where the format has one);
//! detection, including not claiming the other folders' files; damaged and hostile input.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{
    self, ImportError, Imported, Importer, authenticator_plus, authy, battle_net, duo, steam,
    totp_authenticator,
};
use zweifaktor_core::secret::Password;

// ---------------------------------------------------------------------------------------------
// Shared checks

/// Every fixture of `folder` through `I`, compared with `expected.json` field by field; nothing
/// skipped; `is_encrypted` agrees with whether the fixture has a password.
fn check_folder<I: Importer>(folder: &str, file_count: usize) {
    let files = expected(folder).files;
    assert_eq!(files.len(), file_count, "{folder}: fixtures");
    for (file, want) in files {
        let bytes = read_testdata(folder, &file);
        let password = want.password.as_deref().map(Password::from);
        let imported =
            I::import(&bytes, password.as_ref()).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_same_entries(&imported, &want.entries, &file);
        assert!(
            imported.skipped.is_empty(),
            "{file}: {:?}",
            imported.skipped
        );
        assert_eq!(I::is_encrypted(&bytes), want.password.is_some(), "{file}");
    }
}

/// `import::detect` picks `I` for every fixture of `folder`.
fn check_detected_as<I: Importer>(folder: &str) {
    for (file, _) in expected(folder).files {
        let bytes = read_testdata(folder, &file);
        assert_eq!(
            import::detect(&bytes).map(|f| f.identifier),
            Ok(I::IDENTIFIER),
            "{folder}/{file}"
        );
    }
}

/// `I` claims no fixture of any other folder, and `import` refuses them with an error.
fn check_claims_no_other_folder<I: Importer>(own_folder: &str) {
    let root = testdata_dir("");
    let mut checked = 0;
    for folder in std::fs::read_dir(&root).expect("testdata folders") {
        let folder = folder.expect("testdata entry");
        if !folder.path().is_dir() {
            continue;
        }
        let folder_name = folder.file_name().to_string_lossy().into_owned();
        if folder_name == own_folder {
            continue;
        }
        for file in std::fs::read_dir(folder.path()).expect("fixture files") {
            let file_name = file
                .expect("fixture")
                .file_name()
                .to_string_lossy()
                .into_owned();
            if file_name == "README.md" || file_name == "expected.json" {
                continue;
            }
            let bytes = read_testdata(&folder_name, &file_name);
            assert!(
                !I::detect(&bytes),
                "{} claims {folder_name}/{file_name}",
                I::IDENTIFIER
            );
            let _ = I::import(&bytes, Some(&Password::from("test")));
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} other fixtures found");
}

/// The results of importing prefixes of `bytes` (at a spread of cuts, all shorter than its
/// content without trailing whitespace): the caller says what each must be.
fn check_truncations<I: Importer>(
    bytes: &[u8],
    password: Option<&Password>,
) -> Vec<Result<Imported, ImportError>> {
    let bytes = bytes.trim_ascii_end();
    let step = (bytes.len() / 40).max(1);
    (0..bytes.len())
        .step_by(step)
        .chain([bytes.len().saturating_sub(1)])
        .map(|cut| I::import(&bytes[..cut], password))
        .collect()
}

fn assert_not_this_format(result: Result<Imported, ImportError>, context: &str) {
    assert!(
        matches!(result, Err(ImportError::NotThisFormat { .. })),
        "{context}: {result:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Steam

#[test]
fn steam_files_give_their_expected_entries() {
    check_folder::<steam::Importer>("steam", 2);
}

#[test]
fn steam_files_are_detected_and_steam_claims_nothing_else() {
    check_detected_as::<steam::Importer>("steam");
    check_claims_no_other_folder::<steam::Importer>("steam");
}

#[test]
fn steam_unusable_accounts_are_skipped_and_other_json_refused() {
    let json = br#"{"accounts":{
        "a":{"shared_secret":"not base64!","account_name":"Alice"},
        "b":{"shared_secret":"","account_name":"Bob"},
        "c":{"shared_secret":"THIl8+Jl6ugxr8x0X6eRMg==","account_name":"Carol"}}}"#;
    let imported = steam::Importer::import(json, None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].account, "Carol");
    let skipped: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.label.to_string())
        .collect();
    assert_eq!(skipped, ["Steam (Alice)", "Steam (Bob)"]);

    assert_not_this_format(steam::Importer::import(b"{\"a\":1}", None), "object");
    assert_not_this_format(steam::Importer::import(b"[]", None), "array");
    assert_not_this_format(steam::Importer::import(b"\xff\xfe", None), "binary");
    assert!(!steam::Importer::detect(br#"{"accounts":{}}"#));
}

#[test]
fn steam_truncated_files_are_errors() {
    let bytes = read_testdata("steam", "steam.json");
    for result in check_truncations::<steam::Importer>(&bytes, None) {
        assert!(result.is_err(), "{result:?}");
    }
    let result = steam::Importer::import(&bytes[..bytes.len() / 2], None);
    assert!(
        matches!(result, Err(ImportError::Damaged { .. })),
        "{result:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Duo

#[test]
fn duo_file_gives_its_expected_entries() {
    check_folder::<duo::Importer>("duo", 1);
}

#[test]
fn duo_file_is_detected_and_duo_claims_nothing_else() {
    check_detected_as::<duo::Importer>("duo");
    check_claims_no_other_folder::<duo::Importer>("duo");
}

#[test]
fn duo_unusable_accounts_are_skipped() {
    let json = br#"[
        {"accountType":"OtpAccount","name":"Push","pkey":"1"},
        {"accountType":"OtpAccount","name":"Bad","otpGenerator":{"otpSecret":"1!"}},
        {"accountType":"OtpAccount","name":"Negative","otpGenerator":{"otpSecret":"JBSWY3DPEHPK3PXP","counter":-1}},
        {"accountType":"OtpAccount","name":"Good","otpGenerator":{"otpSecret":"JBSWY3DPEHPK3PXP"}}]"#;
    let imported = duo::Importer::import(json, None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].account, "Good");
    let skipped: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.label.to_string())
        .collect();
    assert_eq!(skipped, ["Push", "Bad", "Negative"]);

    assert_not_this_format(duo::Importer::import(b"[1,2]", None), "numbers");
    assert_not_this_format(duo::Importer::import(b"[]", None), "empty");
    assert_not_this_format(duo::Importer::import(b"{}", None), "object");
}

#[test]
fn duo_truncated_files_are_errors() {
    let bytes = read_testdata("duo", "duo.json");
    for result in check_truncations::<duo::Importer>(&bytes, None) {
        assert!(result.is_err(), "{result:?}");
    }
    let result = duo::Importer::import(&bytes[..bytes.len() / 2], None);
    assert!(
        matches!(result, Err(ImportError::Damaged { .. })),
        "{result:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Battle.net

#[test]
fn battle_net_file_gives_its_expected_entry() {
    check_folder::<battle_net::Importer>("battle-net", 1);
}

#[test]
fn battle_net_file_is_detected_and_battle_net_claims_nothing_else() {
    check_detected_as::<battle_net::Importer>("battle-net");
    check_claims_no_other_folder::<battle_net::Importer>("battle-net");
}

#[test]
fn battle_net_damaged_and_unknown_protection_are_errors() {
    let bytes = read_testdata("battle-net", "battle_net_authenticator.xml");
    for result in check_truncations::<battle_net::Importer>(&bytes, None) {
        assert!(result.is_err(), "{result:?}");
    }
    let text = String::from_utf8(bytes).unwrap();
    let not_hex = text.replace(">09ec17", ">zzec17");
    let result = battle_net::Importer::import(not_hex.as_bytes(), None);
    assert!(
        matches!(result, Err(ImportError::Damaged { .. })),
        "{result:?}"
    );
    let other_scheme = text.replace(">MASK<", ">KEYSTORE<");
    let result = battle_net::Importer::import(other_scheme.as_bytes(), None);
    assert!(
        matches!(result, Err(ImportError::Unsupported { .. })),
        "{result:?}"
    );
    assert_not_this_format(
        battle_net::Importer::import(b"<map><string name=\"x\">y</string></map>", None),
        "other prefs",
    );
}

// ---------------------------------------------------------------------------------------------
// Authy

#[test]
fn authy_files_give_their_expected_entries() {
    check_folder::<authy::Importer>("authy", 2);
}

#[test]
fn authy_files_are_detected_and_authy_claims_nothing_else() {
    check_detected_as::<authy::Importer>("authy");
    check_claims_no_other_folder::<authy::Importer>("authy");
}

#[test]
fn authy_wrong_and_missing_password_are_told_apart() {
    let bytes = read_testdata("authy", "authy_encrypted.xml");
    assert_eq!(
        authy::Importer::import(&bytes, Some(&Password::from("tsettset"))),
        Err(ImportError::WrongPassword)
    );
    assert_eq!(
        authy::Importer::import(&bytes, None),
        Err(ImportError::PasswordRequired)
    );
    // The plain store needs none and ignores one given.
    let plain = read_testdata("authy", "authy_plain.xml");
    let with_password = authy::Importer::import(&plain, Some(&Password::from("x"))).unwrap();
    assert_eq!(with_password.entries.len(), 3);
}

#[test]
fn authy_a_damaged_entry_is_skipped_when_the_others_decrypt() {
    let bytes = read_testdata("authy", "authy_encrypted.xml");
    let text = String::from_utf8(bytes).unwrap();
    let damaged = text.replacen("94mk0erEKRYU7UKn4o6WAPWR", "AAAAAAAAAAAAAAAAAAAAAAAA", 1);
    assert_ne!(damaged, text);
    let imported =
        authy::Importer::import(damaged.as_bytes(), Some(&Password::from("testtest"))).unwrap();
    assert_eq!(imported.entries.len(), 2);
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(imported.skipped[0].label, "Deno (Mason)");
}

#[test]
fn authy_truncated_files_are_errors() {
    for file in ["authy_plain.xml", "authy_encrypted.xml"] {
        let bytes = read_testdata("authy", file);
        let password = Password::from("testtest");
        for result in check_truncations::<authy::Importer>(&bytes, Some(&password)) {
            assert!(result.is_err(), "{file}: {result:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// TOTP Authenticator

#[test]
fn totp_authenticator_files_give_their_expected_entries() {
    check_folder::<totp_authenticator::Importer>("totp-authenticator", 2);
}

#[test]
fn totp_authenticator_files_are_detected_and_it_claims_nothing_else() {
    check_detected_as::<totp_authenticator::Importer>("totp-authenticator");
    check_claims_no_other_folder::<totp_authenticator::Importer>("totp-authenticator");
}

#[test]
fn totp_authenticator_wrong_and_missing_password_are_told_apart() {
    let bytes = read_testdata("totp-authenticator", "totp_authenticator.bin");
    assert_eq!(
        totp_authenticator::Importer::import(&bytes, Some(&Password::from("Testtest2"))),
        Err(ImportError::WrongPassword)
    );
    // Without a password the app's built-in one is tried; this backup has a user password.
    assert_eq!(
        totp_authenticator::Importer::import(&bytes, None),
        Err(ImportError::PasswordRequired)
    );
}

#[test]
fn totp_authenticator_truncated_files_are_errors() {
    let bin = read_testdata("totp-authenticator", "totp_authenticator.bin");
    let password = Password::from("Testtest1");
    for result in check_truncations::<totp_authenticator::Importer>(&bin, Some(&password)) {
        assert!(result.is_err(), "{result:?}");
    }
    // Cut in the middle of a Base64 group or an AES block: damaged, not a wrong password.
    let result = totp_authenticator::Importer::import(&bin[..bin.len() - 7], Some(&password));
    assert!(
        matches!(result, Err(ImportError::Damaged { .. })),
        "{result:?}"
    );
    let xml = read_testdata("totp-authenticator", "totp_authenticator_internal.xml");
    for result in check_truncations::<totp_authenticator::Importer>(&xml, None) {
        assert!(result.is_err(), "{result:?}");
    }
}

#[test]
fn totp_authenticator_unusable_accounts_are_skipped() {
    let list = r#"[{"issuer":"A","name":"a","key":"zz","base":16,"digits":"6","period":"30"},
        {"issuer":"B","name":"b","key":"JBSWY3DPEHPK3PXP","base":8},
        {"issuer":"C","name":"c","key":"JBSWY3DPEHPK3PXP","base":32,"digits":"12"},
        {"issuer":"D","name":"d","key":"SGVsbG8hIQ==","base":64,"digits":6,"period":"0"},
        {"issuer":"E","name":"e","key":"SGVsbG8hIQ==","base":64,"digits":"6","period":"30"}]"#;
    let xml = format!(
        "<map><string name=\"STATIC_TOTP_CODES_LIST\">{}</string></map>",
        list.replace('"', "&quot;")
    );
    let imported = totp_authenticator::Importer::import(xml.as_bytes(), None).unwrap();
    let skipped: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.label.to_string())
        .collect();
    assert_eq!(skipped, ["A (a)", "B (b)", "C (c)", "D (d)"]);
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].secret.as_bytes(), b"Hello!!");
}

// ---------------------------------------------------------------------------------------------
// Authenticator Plus

#[test]
fn authenticator_plus_file_gives_its_expected_entries() {
    check_folder::<authenticator_plus::Importer>("authenticator-plus", 1);
}

#[test]
fn authenticator_plus_file_is_detected_and_it_claims_nothing_else() {
    check_detected_as::<authenticator_plus::Importer>("authenticator-plus");
    check_claims_no_other_folder::<authenticator_plus::Importer>("authenticator-plus");
}

#[test]
fn authenticator_plus_wrong_and_missing_password_are_told_apart() {
    let bytes = read_testdata("authenticator-plus", "authenticator_plus.zip");
    // Many wrong passwords: ZipCrypto's one-byte check lets about one in 256 through, and
    // those must still end as a wrong password (bad deflate data or CRC), never as entries.
    for attempt in 0..600 {
        let password = Password::from(format!("wrong-{attempt}").as_str());
        assert_eq!(
            authenticator_plus::Importer::import(&bytes, Some(&password)),
            Err(ImportError::WrongPassword),
            "attempt {attempt}"
        );
    }
    assert_eq!(
        authenticator_plus::Importer::import(&bytes, None),
        Err(ImportError::PasswordRequired)
    );
}

#[test]
fn authenticator_plus_truncated_and_oversized_archives_are_errors() {
    let bytes = read_testdata("authenticator-plus", "authenticator_plus.zip");
    let password = Password::from("testtesttest");
    for result in check_truncations::<authenticator_plus::Importer>(&bytes, Some(&password)) {
        assert!(result.is_err(), "{result:?}");
    }
    // A central directory claiming a huge uncompressed size: refused before any reading.
    let mut bomb = bytes.clone();
    let central = bomb
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("central directory");
    bomb[central + 24..central + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    let result = authenticator_plus::Importer::import(&bomb, Some(&password));
    assert!(
        matches!(result, Err(ImportError::Unsupported { .. })),
        "{result:?}"
    );
    // A ZIP without Accounts.txt is some other archive.
    let mut other = bytes.clone();
    for position in (0..other.len() - 12).rev() {
        if &other[position..position + 12] == b"Accounts.txt" {
            other[position..position + 12].copy_from_slice(b"Notes....txt");
        }
    }
    assert!(!authenticator_plus::Importer::detect(&other));
    assert_not_this_format(
        authenticator_plus::Importer::import(&other, Some(&password)),
        "zip without Accounts.txt",
    );
}

// ---------------------------------------------------------------------------------------------
// Arbitrary input

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let password = Password::from("test");
        let _ = steam::Importer::detect(&bytes);
        let _ = steam::Importer::import(&bytes, None);
        let _ = duo::Importer::detect(&bytes);
        let _ = duo::Importer::import(&bytes, None);
        let _ = battle_net::Importer::detect(&bytes);
        let _ = battle_net::Importer::import(&bytes, Some(&password));
        let _ = authy::Importer::detect(&bytes);
        let _ = authy::Importer::is_encrypted(&bytes);
        let _ = authy::Importer::import(&bytes, Some(&password));
        let _ = totp_authenticator::Importer::detect(&bytes);
        let _ = totp_authenticator::Importer::import(&bytes, Some(&password));
        let _ = authenticator_plus::Importer::detect(&bytes);
        let _ = authenticator_plus::Importer::is_encrypted(&bytes);
        let _ = authenticator_plus::Importer::import(&bytes, Some(&password));
    }

    #[test]
    fn zip_with_garbage_after_the_header_never_panics(
        tail in proptest::collection::vec(any::<u8>(), 0..400),
    ) {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend(tail);
        let _ = authenticator_plus::Importer::is_encrypted(&bytes);
        let _ = authenticator_plus::Importer::import(&bytes, Some(&Password::from("x")));
    }

    #[test]
    fn flipped_zip_bytes_never_panic(position in 0usize..585, value in any::<u8>()) {
        let mut bytes = read_testdata("authenticator-plus", "authenticator_plus.zip");
        let position = position % bytes.len();
        bytes[position] = value;
        let _ = authenticator_plus::Importer::import(&bytes, Some(&Password::from("testtesttest")));
    }

    #[test]
    fn authy_arbitrary_token_json_never_panics(json in "[^<&]{0,200}") {
        let xml = format!(
            "<map><string name=\"com.authy.storage.tokens.authenticator.key\">{json}</string></map>"
        );
        let _ = authy::Importer::import(xml.as_bytes(), Some(&Password::from("x")));
    }

    #[test]
    fn battle_net_arbitrary_values_never_panic(secret in "[0-9a-fA-Fz]{0,140}", serial in "[0-9a-f]{0,120}") {
        let xml = format!(
            "<map><string name=\"com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET\">{secret}</string>\
             <string name=\"com.blizzard.messenger.AUTHENTICATOR_SERIAL\">{serial}</string></map>"
        );
        let _ = battle_net::Importer::import(xml.as_bytes(), None);
    }
}
