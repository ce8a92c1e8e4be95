//! The plain `otpauth://` list and Ente Auth's text export are covered in their own files; this
//! one: the list against its fixture, line-by-line skipping, detection, and hostile input.

mod common;

use common::expected::*;
use proptest::prelude::*;
use zweifaktor_core::import::otpauth_list::Importer;
use zweifaktor_core::import::{self, ImportError, Importer as _};

const FOLDER: &str = "otpauth-uri-list";

#[test]
fn every_fixture_file_gives_its_expected_entries() {
    for (file, want) in expected(FOLDER).files {
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
fn the_fixture_is_detected_as_an_otpauth_list() {
    let bytes = read_testdata(FOLDER, "plain.txt");
    assert_eq!(import::detect(&bytes).unwrap().identifier, "otpauth");
}

/// Ente's export is a URI list too (this importer reads it); the registry gives it to the
/// Ente importer first, which `import_ente_proton` checks.
#[test]
fn other_apps_files_are_not_claimed() {
    for (folder, file) in [
        ("google-authenticator", "example_export.txt"),
        ("bitwarden", "bitwarden.csv"),
        ("freeotp-plus", "freeotp_plus.json"),
    ] {
        let bytes = read_testdata(folder, file);
        assert!(!Importer::detect(&bytes), "{folder}/{file}");
    }
    assert!(!Importer::detect(
        b"otpauth://totp/a?secret=JBSWY3DP\nsome text\n"
    ));
}

#[test]
fn a_bad_line_is_skipped_with_its_number_and_the_rest_imported() {
    let mut text = String::from_utf8(read_testdata(FOLDER, "plain.txt")).unwrap();
    text.insert_str(0, "\r\n   \notpauth://totp/Broken?secret=\n");
    text.push_str("\nnot a uri at all\n");
    let imported = Importer::import(text.as_bytes(), None).unwrap();
    assert_eq!(imported.entries.len(), 7);
    let labels: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.label.to_string())
        .collect();
    assert_eq!(labels, ["line 3", "line 12"]);
    assert!(
        imported.skipped[0].reason.to_string().contains("secret"),
        "{:?}",
        imported.skipped[0]
    );
}

#[test]
fn other_kinds_of_files_are_errors() {
    assert!(matches!(
        Importer::import(b"hello world\n", None),
        Err(ImportError::NotThisFormat { .. })
    ));
    assert!(matches!(
        Importer::import(&[0xff, 0xfe, 0x00], None),
        Err(ImportError::NotThisFormat { .. })
    ));
    assert!(matches!(
        Importer::import(b"  \n\n", None),
        Err(ImportError::Empty)
    ));
}

#[test]
fn truncated_lines_are_skipped_not_fatal() {
    let bytes = read_testdata(FOLDER, "plain.txt");
    for cut in [12, 40, bytes.len() / 2, bytes.len() - 3] {
        let result = Importer::import(&bytes[..cut], None);
        if let Ok(imported) = result {
            assert!(imported.entries.len() <= 7);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Importer::detect(&bytes);
        let _ = Importer::import(&bytes, None);
    }

    #[test]
    fn arbitrary_uri_lines_never_panic(lines in proptest::collection::vec("otpauth://[a-z]{0,6}/[^\n]{0,60}", 1..5)) {
        let text = lines.join("\n");
        if let Ok(imported) = Importer::import(text.as_bytes(), None) {
            prop_assert_eq!(imported.entries.len() + imported.skipped.len(), lines.len());
        }
    }
}
