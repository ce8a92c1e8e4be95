//! Ente Auth's plain-text export and Proton Authenticator's JSON export against their fixtures.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::{self, ImportError, Importer as _, ente, proton};

#[test]
fn ente_fixture_gives_its_expected_entries() {
    for (file, want) in expected("ente-auth").files {
        let bytes = read_testdata("ente-auth", &file);
        let imported =
            ente::Importer::import(&bytes, None).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_same_entries(&imported, &want.entries, &file);
        assert!(
            imported.skipped.is_empty(),
            "{file}: {:?}",
            imported.skipped
        );
    }
}

#[test]
fn proton_fixture_gives_its_expected_entries() {
    for (file, want) in expected("proton-authenticator").files {
        let bytes = read_testdata("proton-authenticator", &file);
        let imported =
            proton::Importer::import(&bytes, None).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_same_entries(&imported, &want.entries, &file);
        assert!(
            imported.skipped.is_empty(),
            "{file}: {:?}",
            imported.skipped
        );
    }
}

#[test]
fn fixtures_are_detected_as_their_own_format() {
    let ente_file = read_testdata("ente-auth", "ente_auth.txt");
    assert_eq!(import::detect(&ente_file).unwrap().identifier, "ente");
    let proton_file = read_testdata("proton-authenticator", "proton_authenticator.json");
    assert_eq!(import::detect(&proton_file).unwrap().identifier, "proton");
}

#[test]
fn other_apps_files_are_not_claimed() {
    for (folder, file) in [
        ("otpauth-uri-list", "plain.txt"),
        ("bitwarden", "bitwarden.json"),
        ("freeotp-plus", "freeotp_plus.json"),
        ("google-authenticator", "example_export.txt"),
    ] {
        let bytes = read_testdata(folder, file);
        assert!(
            !ente::Importer::detect(&bytes),
            "ente claims {folder}/{file}"
        );
        assert!(
            !proton::Importer::detect(&bytes),
            "proton claims {folder}/{file}"
        );
    }
}

#[test]
fn proton_takes_the_account_from_its_name_field_and_reads_steam() {
    let json = br#"{"version":1,"entries":[
        {"content":{"uri":"otpauth://totp/A:old?secret=JBSWY3DPEHPK3PXP&issuer=A","entry_type":"Totp","name":"renamed"}},
        {"content":{"uri":"steam://JBSWY3DPEHPK3PXP","entry_type":"Steam","name":"gamer"}},
        {"content":{"uri":"otpauth://totp/B?secret=!!","entry_type":"Totp","name":"broken"}}]}"#;
    let imported = proton::Importer::import(json, None).unwrap();
    assert_eq!(imported.entries[0].account, "renamed");
    assert_eq!(imported.entries[1].issuer.as_deref(), Some("Steam"));
    assert_eq!(
        imported.entries[1].otp,
        zweifaktor_core::otp::OtpSpec::steam()
    );
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(imported.skipped[0].label, "broken");
}

#[test]
fn truncated_and_foreign_input_are_errors() {
    let bytes = read_testdata("proton-authenticator", "proton_authenticator.json");
    for cut in [1, 10, bytes.len() / 2, bytes.len() - 2] {
        assert!(matches!(
            proton::Importer::import(&bytes[..cut], None),
            Err(ImportError::NotThisFormat { .. })
        ));
    }
    let aegis = read_testdata("bitwarden", "bitwarden.json");
    assert!(proton::Importer::import(&aegis, None).is_err());
    assert!(ente::Importer::import(b"{}", None).is_err());
    let ente_file = read_testdata("ente-auth", "ente_auth.txt");
    let cut = ente::Importer::import(&ente_file[..ente_file.len() / 2], None).unwrap();
    assert!(cut.entries.len() + cut.skipped.len() <= 7);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = ente::Importer::detect(&bytes);
        let _ = ente::Importer::import(&bytes, None);
        let _ = proton::Importer::detect(&bytes);
        let _ = proton::Importer::import(&bytes, None);
    }

    #[test]
    fn arbitrary_proton_uris_never_panic(uri in "(otpauth|steam)://[^\"\\\\]{0,60}") {
        let json = format!(r#"{{"version":1,"entries":[{{"content":{{"uri":"{uri}","entry_type":"Totp","name":"x"}}}}]}}"#);
        let _ = proton::Importer::import(json.as_bytes(), None);
    }
}
