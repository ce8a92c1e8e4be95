//! Google Authenticator's `otpauth-migration://` links: every link of every fixture file (with
//! its batch position), whole files of several links, the negative fixtures, the multi-part
//! collector, and hostile input.

mod common;

use base64::Engine as _;
use common::expected::*;
use proptest::prelude::*;
use prost::Message as _;
use serde_json::Value;
use zweifaktor_core::google_migration_proto as proto;
use zweifaktor_core::import::google_migration::{
    Collected, DifferentExport, Importer, MigrationBatch, MigrationCollector, parse_migration_uri,
};
use zweifaktor_core::import::{self, ImportError, Importer as _};

const FOLDER: &str = "google-authenticator";

/// expected.json lists the protobuf fields of each link; this turns one into an entry.
///
/// One deliberate difference: Google repeats the issuer in the name ("SerenityLabs:test1@…");
/// the importer removes a leading `Issuer:` that equals the issuer field, as the same label in
/// an `otpauth://` URI would be read, so the expectation is adjusted the same way here.
fn expected_entry(parameters: &Value) -> ExpectedEntry {
    let text = |key: &str| parameters.get(key).and_then(Value::as_str);
    let issuer = text("issuer").map(str::to_owned);
    let mut name = text("name").unwrap_or_default().to_owned();
    if let Some(issuer) = &issuer
        && let Some(rest) = name.strip_prefix(&format!("{issuer}:"))
    {
        name = rest.to_owned();
    }
    let otp_type = text("type").unwrap_or("totp").to_owned();
    let hotp = otp_type == "hotp";
    ExpectedEntry {
        issuer,
        name,
        algorithm: text("algorithm").unwrap_or("SHA1").to_owned(),
        digits: match text("digits") {
            Some("EIGHT") => 8,
            _ => 6,
        },
        period: (!hotp).then_some(30),
        counter: hotp.then(|| {
            parameters
                .get("counter")
                .and_then(Value::as_u64)
                .unwrap_or(0)
        }),
        otp_type,
        secret: text("secret").unwrap_or_default().to_owned(),
    }
}

fn link_files() -> Vec<(String, Vec<Value>)> {
    expected(FOLDER)
        .files
        .into_iter()
        .filter_map(|(file, want)| {
            let uris = want.other.get("uris")?.as_array()?.clone();
            Some((file, uris))
        })
        .collect()
}

#[test]
fn every_link_gives_its_entries_and_batch_position() {
    let mut links = 0;
    for (file, uris) in link_files() {
        for (index, uri) in uris.iter().enumerate() {
            let context = format!("{file} link {}", index + 1);
            let text = uri["uri"].as_str().expect("uri");
            let batch = parse_migration_uri(text).unwrap_or_else(|e| panic!("{context}: {e}"));
            let want: Vec<ExpectedEntry> = uri["otp_parameters"]
                .as_array()
                .expect("otp_parameters")
                .iter()
                .map(expected_entry)
                .collect();
            assert_same_entries(&batch.imported, &want, &context);
            assert!(batch.imported.skipped.is_empty(), "{context}");
            // Absent batch fields (a hand-made link) mean a complete export of one part.
            let number = |key: &str| uri.get(key).and_then(Value::as_i64);
            assert_eq!(
                i64::from(batch.batch_size),
                number("batch_size").unwrap_or(1),
                "{context}"
            );
            assert_eq!(
                i64::from(batch.batch_index),
                number("batch_index").unwrap_or(0),
                "{context}"
            );
            assert_eq!(
                i64::from(batch.batch_id),
                number("batch_id").unwrap_or(0),
                "{context}"
            );
            assert!(batch.is_complete_alone());
            links += 1;
        }
    }
    assert_eq!(links, 8);
}

#[test]
fn a_file_of_several_links_gives_all_their_entries_in_order() {
    for (file, uris) in link_files() {
        let bytes = read_testdata(FOLDER, &file);
        let imported = Importer::import(&bytes, None).unwrap_or_else(|e| panic!("{file}: {e}"));
        let want: Vec<ExpectedEntry> = uris
            .iter()
            .flat_map(|uri| uri["otp_parameters"].as_array().expect("params").iter())
            .map(expected_entry)
            .collect();
        assert_same_entries(&imported, &want, &file);
        assert!(imported.skipped.is_empty(), "{file}");
    }
    let six = Importer::import(&read_testdata(FOLDER, "example_export.txt"), None).unwrap();
    assert_eq!(six.entries.len(), 6);
    assert_eq!(six.entries[5].account, "encoding: ¿äÄéÉ? (demo)");
}

#[test]
fn the_negative_fixtures_give_the_intended_errors() {
    let error_of = |file: &str| {
        let bytes = read_testdata(FOLDER, file);
        let text = String::from_utf8(bytes.clone()).unwrap();
        let from_uri = parse_migration_uri(text.trim()).unwrap_err();
        let from_file = Importer::import(&bytes, None).unwrap_err();
        assert_eq!(from_uri, from_file, "{file}");
        from_file
    };
    let expected = expected(FOLDER);
    let negative: Vec<&String> = expected
        .files
        .iter()
        .filter(|(_, f)| f.expect_error.is_some())
        .map(|(name, _)| name)
        .collect();
    assert_eq!(negative.len(), 3);

    assert!(matches!(
        error_of("test_export_wrong_content.txt"),
        ImportError::NotThisFormat { .. }
    ));
    assert!(matches!(
        error_of("test_export_wrong_prefix.txt"),
        ImportError::NotThisFormat { .. }
    ));
    let wrong_data = error_of("test_export_wrong_data.txt");
    assert!(
        matches!(wrong_data, ImportError::Damaged { .. }),
        "{wrong_data:?}"
    );
    assert!(
        wrong_data
            .to_string()
            .contains("not a Google Authenticator export")
    );

    for file in negative {
        assert!(!Importer::detect(&read_testdata(FOLDER, file)) || file.contains("wrong_data"));
    }
}

#[test]
fn bad_base64_and_missing_data_are_named() {
    let error = parse_migration_uri("otpauth-migration://offline?data=%%%%").unwrap_err();
    assert!(error.to_string().contains("Base64"), "{error}");
    let error = parse_migration_uri("otpauth-migration://offline?other=1").unwrap_err();
    assert!(error.to_string().contains("no data"), "{error}");
    let error = parse_migration_uri("otpauth-migration://online?data=AAAA").unwrap_err();
    assert!(
        matches!(error, ImportError::NotThisFormat { .. }),
        "{error}"
    );
    let error = parse_migration_uri("otpauth://totp/x?secret=JBSWY3DP").unwrap_err();
    assert!(
        matches!(error, ImportError::NotThisFormat { .. }),
        "{error}"
    );
}

#[test]
fn fixtures_are_detected_as_google_and_others_are_not() {
    for file in [
        "example_export.txt",
        "test_plus_problem_export.txt",
        "other_projects_test_uris.txt",
    ] {
        let bytes = read_testdata(FOLDER, file);
        assert_eq!(
            import::detect(&bytes).unwrap().identifier,
            "google",
            "{file}"
        );
    }
    for (folder, file) in [
        ("otpauth-uri-list", "plain.txt"),
        ("ente-auth", "ente_auth.txt"),
        ("bitwarden", "bitwarden.csv"),
    ] {
        assert!(
            !Importer::detect(&read_testdata(folder, file)),
            "{folder}/{file}"
        );
    }
}

fn link(payload: &proto::MigrationPayload) -> String {
    let data = base64::engine::general_purpose::STANDARD.encode(payload.encode_to_vec());
    format!(
        "otpauth-migration://offline?data={}",
        percent_encoding::utf8_percent_encode(&data, percent_encoding::NON_ALPHANUMERIC)
    )
}

fn part(index: i32, size: i32, id: i32, name: &str) -> MigrationBatch {
    let payload = proto::MigrationPayload {
        otp_parameters: vec![proto::OtpParameters {
            secret: vec![index as u8 + 1; 10],
            name: name.to_owned(),
            issuer: String::new(),
            algorithm: 1,
            digits: 1,
            otp_type: 2,
            counter: 0,
        }],
        version: 1,
        batch_size: size,
        batch_index: index,
        batch_id: id,
    };
    parse_migration_uri(&link(&payload)).expect("a link we built")
}

#[test]
fn the_collector_takes_parts_in_any_order_and_says_how_many() {
    let mut collector = MigrationCollector::new();
    assert_eq!(collector.progress(), (0, 0));
    assert_eq!(
        collector.add(part(2, 3, 77, "c")),
        Ok(Collected::Added {
            received: 1,
            total: 3
        })
    );
    assert_eq!(
        collector.add(part(0, 3, 77, "a")),
        Ok(Collected::Added {
            received: 2,
            total: 3
        })
    );
    assert_eq!(
        collector.add(part(0, 3, 77, "a")),
        Ok(Collected::AlreadyHad {
            received: 2,
            total: 3
        })
    );
    assert_eq!(collector.add(part(1, 3, 78, "other")), Err(DifferentExport));
    assert_eq!(collector.missing(), vec![1]);
    assert!(!collector.is_complete());
    assert_eq!(
        collector.add(part(1, 3, 77, "b")),
        Ok(Collected::Added {
            received: 3,
            total: 3
        })
    );
    assert!(collector.is_complete());
    let accounts: Vec<String> = collector
        .into_imported()
        .entries
        .into_iter()
        .map(|e| e.account)
        .collect();
    assert_eq!(accounts, ["a", "b", "c"]);
}

#[test]
fn a_file_with_the_parts_of_one_export_imports_them_all() {
    let links: Vec<String> = [(1, "b"), (0, "a")]
        .iter()
        .map(|&(index, name)| {
            link(&proto::MigrationPayload {
                otp_parameters: vec![proto::OtpParameters {
                    secret: vec![7; 10],
                    name: name.to_owned(),
                    issuer: "Forge".to_owned(),
                    algorithm: 2,
                    digits: 2,
                    otp_type: 1,
                    counter: 5,
                }],
                version: 1,
                batch_size: 2,
                batch_index: index,
                batch_id: -5,
            })
        })
        .collect();
    let imported = Importer::import(links.join("\n\n").as_bytes(), None).unwrap();
    assert_eq!(imported.entries.len(), 2);
    let entry = &imported.entries[1];
    assert_eq!(entry.account, "a");
    assert_eq!(entry.otp.digits, 8);
    assert_eq!(
        entry.otp.kind,
        zweifaktor_core::otp::OtpKind::Hotp { counter: 5 }
    );
}

#[test]
fn impossible_batch_positions_and_empty_payloads_are_damaged() {
    let payload = |index, size, accounts| proto::MigrationPayload {
        otp_parameters: (0..accounts)
            .map(|_| proto::OtpParameters {
                secret: vec![1; 10],
                name: "x".to_owned(),
                issuer: String::new(),
                algorithm: 0,
                digits: 0,
                otp_type: 0,
                counter: 0,
            })
            .collect(),
        version: 1,
        batch_size: size,
        batch_index: index,
        batch_id: 1,
    };
    for bad in [
        payload(3, 3, 1),
        payload(-1, 2, 1),
        payload(0, -2, 1),
        payload(0, 1, 0),
    ] {
        let error = parse_migration_uri(&link(&bad)).unwrap_err();
        assert!(matches!(error, ImportError::Damaged { .. }), "{error}");
    }
}

#[test]
fn truncated_links_are_errors_not_panics() {
    let bytes = read_testdata(FOLDER, "test_plus_problem_export.txt");
    let text = String::from_utf8(bytes).unwrap();
    let text = text.trim();
    for cut in (0..text.len()).step_by(7) {
        let _ = parse_migration_uri(&text[..cut]);
    }
    assert!(parse_migration_uri(&text[..text.len() - 30]).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Importer::detect(&bytes);
        let _ = Importer::import(&bytes, None);
    }

    #[test]
    fn arbitrary_payloads_never_panic(payload in proptest::collection::vec(any::<u8>(), 0..200)) {
        let data = base64::engine::general_purpose::STANDARD.encode(&payload);
        let _ = parse_migration_uri(&format!("otpauth-migration://offline?data={data}"));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,80}") {
        let _ = parse_migration_uri(&text);
        let _ = parse_migration_uri(&format!("otpauth-migration://offline?{text}"));
    }
}
