//! FreeOTP (v1 tokens.xml, v2 encrypted backups) and FreeOTP+ (JSON export, internal XML)
//! against their fixtures, with the right, a wrong and no password; detection; hostile input.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{self, ImportError, Importer as _, freeotp, freeotp_plus};
use zweifaktor_core::secret::Password;

#[test]
fn every_freeotp_file_gives_its_expected_entries() {
    let files = expected("freeotp").files;
    assert_eq!(files.len(), 6);
    for (file, want) in files {
        let bytes = read_testdata("freeotp", &file);
        let password = want.password.as_deref().map(Password::from);
        let imported = freeotp::Importer::import(&bytes, password.as_ref())
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_same_entries(&imported, &want.entries, &file);
        assert!(
            imported.skipped.is_empty(),
            "{file}: {:?}",
            imported.skipped
        );
        assert_eq!(
            freeotp::Importer::is_encrypted(&bytes),
            want.password.is_some(),
            "{file}"
        );
    }
}

#[test]
fn every_freeotp_plus_file_gives_its_expected_entries() {
    for (file, want) in expected("freeotp-plus").files {
        let bytes = read_testdata("freeotp-plus", &file);
        let imported =
            freeotp_plus::Importer::import(&bytes, None).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_same_entries(&imported, &want.entries, &file);
        assert!(
            imported.skipped.is_empty(),
            "{file}: {:?}",
            imported.skipped
        );
    }
}

#[test]
fn the_internal_xml_reads_the_same_through_either_importer() {
    let bytes = read_testdata("freeotp-plus", "freeotp_plus_internal.xml");
    let via_freeotp = freeotp::Importer::import(&bytes, None).unwrap();
    let via_plus = freeotp_plus::Importer::import(&bytes, None).unwrap();
    assert_eq!(via_freeotp, via_plus);
}

#[test]
fn a_wrong_password_and_no_password_are_told_apart() {
    // One SHA1 and one SHA512 backup: both key derivations are exercised.
    for file in ["freeotp_v2_api23.xml", "freeotp_v2_null_algo.xml"] {
        let bytes = read_testdata("freeotp", file);
        assert_eq!(
            freeotp::Importer::import(&bytes, Some(&Password::from("tset"))),
            Err(ImportError::WrongPassword),
            "{file}"
        );
        assert_eq!(
            freeotp::Importer::import(&bytes, None),
            Err(ImportError::PasswordRequired),
            "{file}"
        );
    }
}

#[test]
fn fixtures_are_detected_as_their_own_format() {
    for (file, _) in expected("freeotp").files {
        let bytes = read_testdata("freeotp", &file);
        assert_eq!(
            import::detect(&bytes).unwrap().identifier,
            "freeotp",
            "{file}"
        );
    }
    let json = read_testdata("freeotp-plus", "freeotp_plus.json");
    assert_eq!(import::detect(&json).unwrap().identifier, "freeotp-plus");
    // FreeOTP+'s internal file is FreeOTP v1's format; the FreeOTP importer reads it.
    let xml = read_testdata("freeotp-plus", "freeotp_plus_internal.xml");
    assert_eq!(import::detect(&xml).unwrap().identifier, "freeotp");
}

#[test]
fn other_apps_files_are_not_claimed() {
    for (folder, file) in [
        ("authy", "authy_plain.xml"),
        ("battle-net", "battle_net_authenticator.xml"),
        ("totp-authenticator", "totp_authenticator_internal.xml"),
        ("bitwarden", "bitwarden.json"),
        ("otpauth-uri-list", "plain.txt"),
        ("proton-authenticator", "proton_authenticator.json"),
    ] {
        let bytes = read_testdata(folder, file);
        assert!(
            !freeotp::Importer::detect(&bytes),
            "freeotp claims {folder}/{file}"
        );
        assert!(
            !freeotp_plus::Importer::detect(&bytes),
            "freeotp-plus claims {folder}/{file}"
        );
        assert!(
            freeotp_plus::Importer::import(&bytes, None).is_err(),
            "{folder}/{file}"
        );
    }
}

#[test]
fn truncated_backups_are_damaged_not_panics() {
    let bytes = read_testdata("freeotp", "freeotp_v2_api34.xml");
    let password = Password::from("test");
    for cut in [4, 5, 30, 60, 200, bytes.len() / 2, bytes.len() - 1] {
        let result = freeotp::Importer::import(&bytes[..cut], Some(&password));
        assert!(
            matches!(result, Err(ImportError::Damaged { .. })),
            "cut at {cut}: {result:?}"
        );
    }
    let xml = read_testdata("freeotp", "freeotp.xml");
    for cut in [10, xml.len() / 2, xml.len() - 10] {
        let _ = freeotp::Importer::import(&xml[..cut], None);
    }
}

#[test]
fn hostile_iteration_counts_are_refused_before_any_work() {
    let bytes = read_testdata("freeotp", "freeotp_v2_null_algo.xml");
    let hostile = edit_master_key(
        &bytes,
        "\"mIterations\":100000",
        "\"mIterations\":4000000000",
    );
    let result = freeotp::Importer::import(&hostile, Some(&Password::from("test")));
    assert!(
        matches!(result, Err(ImportError::Unsupported { .. })),
        "{result:?}"
    );
    let zero = edit_master_key(&bytes, "\"mIterations\":100000", "\"mIterations\":0");
    let result = freeotp::Importer::import(&zero, Some(&Password::from("test")));
    assert!(
        matches!(result, Err(ImportError::Unsupported { .. })),
        "{result:?}"
    );
}

/// Replaces text inside the backup's `masterKey` string and fixes that string's Java length
/// prefix (the two bytes before `{"mAlgorithm"`).
fn edit_master_key(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let start = find(bytes, b"{\"mAlgorithm\"");
    let length = usize::from(u16::from_be_bytes([bytes[start - 2], bytes[start - 1]]));
    let position = find(bytes, from.as_bytes());
    assert!(position > start && position < start + length);
    let mut out = bytes[..position].to_vec();
    out.extend_from_slice(to.as_bytes());
    out.extend_from_slice(&bytes[position + from.len()..]);
    let new_length = u16::try_from(length + to.len() - from.len()).unwrap();
    out[start - 2..start].copy_from_slice(&new_length.to_be_bytes());
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
        .expect("pattern present")
}

#[test]
fn freeotp_plus_skips_tokens_it_cannot_use() {
    let json = br#"{"tokenOrder":["a","b"],"tokens":[
        {"algo":"MD5","digits":6,"issuerExt":"A","label":"a","secret":[1,2,3],"type":"TOTP"},
        {"algo":"SHA1","digits":6,"issuerExt":"B","label":"b","secret":[],"type":"TOTP"},
        {"algo":"SHA1","digits":6,"issuerExt":"C","label":"c","secret":[1,2,3],"type":"STEAM"},
        {"digits":6,"issuerExt":"D","issuerAlt":"Dee","label":"d","secret":[-1,2,3],"type":"TOTP"}]}"#;
    let imported = freeotp_plus::Importer::import(json, None).unwrap();
    let skipped: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.label.to_string())
        .collect();
    assert_eq!(skipped, ["A (a)", "B (b)", "C (c)"]);
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].issuer.as_deref(), Some("Dee"));
    assert_eq!(imported.entries[0].secret.as_bytes(), [255, 2, 3]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let password = Password::from("test");
        let _ = freeotp::Importer::detect(&bytes);
        let _ = freeotp::Importer::import(&bytes, Some(&password));
        let _ = freeotp_plus::Importer::detect(&bytes);
        let _ = freeotp_plus::Importer::import(&bytes, None);
    }

    #[test]
    fn java_stream_garbage_never_panics(tail in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut bytes = vec![0xAC, 0xED, 0x00, 0x05, 0x73, 0x72];
        bytes.extend(tail);
        let _ = freeotp::Importer::import(&bytes, Some(&Password::from("x")));
    }

    #[test]
    fn xml_with_arbitrary_token_text_never_panics(token in "[^<]{0,120}") {
        let xml = format!("<map><string name=\"tokenOrder\">[]</string><string name=\"x\">{token}</string></map>");
        let _ = freeotp::Importer::import(xml.as_bytes(), None);
    }
}
