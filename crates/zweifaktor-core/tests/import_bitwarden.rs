//! Bitwarden's JSON and CSV exports against their fixtures; detection; hostile input.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::bitwarden::Importer;
use zweifaktor_core::import::{self, ImportError, Importer as _};

const FOLDER: &str = "bitwarden";

#[test]
fn every_fixture_file_gives_its_expected_entries() {
    let files = expected(FOLDER).files;
    assert_eq!(files.len(), 2);
    for (file, want) in files {
        let bytes = read_testdata(FOLDER, &file);
        let imported = Importer::import(&bytes, None).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_same_entries(&imported, &want.entries, &file);
        assert!(
            imported.skipped.is_empty(),
            "{file}: {:?}",
            imported.skipped
        );
    }
}

#[test]
fn fixtures_are_detected_as_bitwarden() {
    for file in ["bitwarden.json", "bitwarden.csv"] {
        let bytes = read_testdata(FOLDER, file);
        assert_eq!(
            import::detect(&bytes).unwrap().identifier,
            "bitwarden",
            "{file}"
        );
    }
}

#[test]
fn other_apps_files_are_not_claimed() {
    for (folder, file) in [
        ("proton-authenticator", "proton_authenticator.json"),
        ("freeotp-plus", "freeotp_plus.json"),
        ("otpauth-uri-list", "plain.txt"),
        ("google-authenticator", "example_output.csv"),
        ("aegis", "aegis_plain.json"),
    ] {
        let bytes = read_testdata(folder, file);
        assert!(!Importer::detect(&bytes), "{folder}/{file}");
    }
}

#[test]
fn items_without_totp_are_not_entries_and_bad_totp_is_skipped() {
    let json = br#"{"encrypted":false,"items":[
        {"name":"Bank","login":{"username":"me","password":"pw","totp":null}},
        {"name":"Note","type":2},
        {"name":"Forge","login":{"username":"dev","totp":"otpauth://totp/?secret=JBSWY3DPEHPK3PXP"}},
        {"name":"Broken","login":{"username":"x","totp":"otpauth://totp/a?secret=1"}}]}"#;
    let imported = Importer::import(json, None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    // A URI without names takes the item's name and user name.
    assert_eq!(imported.entries[0].issuer.as_deref(), Some("Forge"));
    assert_eq!(imported.entries[0].account, "dev");
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(imported.skipped[0].label, "Broken (x)");
}

#[test]
fn truncated_and_foreign_input_are_errors() {
    let json = read_testdata(FOLDER, "bitwarden.json");
    for cut in [1, 20, json.len() / 2, json.len() - 2] {
        assert!(
            Importer::import(&json[..cut], None).is_err(),
            "cut at {cut}"
        );
    }
    let csv = read_testdata(FOLDER, "bitwarden.csv");
    let cut = Importer::import(&csv[..csv.len() / 2], None);
    if let Ok(imported) = cut {
        assert!(imported.entries.len() + imported.skipped.len() <= 4);
    }
    assert!(matches!(
        Importer::import(b"a,b,c\n1,2,3\n", None),
        Err(ImportError::NotThisFormat { .. })
    ));
    let ente = read_testdata("ente-auth", "ente_auth.txt");
    assert!(Importer::import(&ente, None).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Importer::detect(&bytes);
        let _ = Importer::import(&bytes, None);
    }

    #[test]
    fn arbitrary_totp_fields_never_panic(totp in "[^\n\",]{0,80}", name in "[a-z ]{0,10}") {
        let csv = format!("name,login_username,login_totp\n{name},user,{totp}\n");
        let _ = Importer::import(csv.as_bytes(), None);
        let json = serde_json::json!({"encrypted": false, "items": [{"name": name, "login": {"totp": totp}}]});
        let _ = Importer::import(json.to_string().as_bytes(), None);
    }
}
