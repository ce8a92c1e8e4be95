//! What the fuzz targets in fuzz/ found, kept as tests: each test names the target that found
//! it and checks the behaviour a user would have met, on the smallest input that showed it (and,
//! where the finding was one case of a rule, on the rule across the test data).

mod common;

use base64::Engine as _;
use common::shared_testdata;
use prost::Message as _;
use zweifaktor_core::google_migration_proto::{MigrationPayload, OtpParameters};
use zweifaktor_core::import::google_migration::{MAX_BATCH_SIZE, parse_migration_uri};
use zweifaktor_core::import::{self, FORMATS, ImportError, Importer as _};
use zweifaktor_core::qr::{self, ContentError};
use zweifaktor_core::secret::Password;

/// Every file of ../shared/testdata/import, with its folder's name.
fn import_fixtures() -> Vec<(String, Vec<u8>)> {
    let root = shared_testdata().join("import");
    let mut files = Vec::new();
    for folder in std::fs::read_dir(&root).expect("fixture root (is ../shared/testdata there?)") {
        let folder = folder.expect("folder entry").path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&folder).expect("fixture folder") {
            let path = file.expect("file entry").path();
            let bytes = std::fs::read(&path).expect("fixture file");
            files.push((path.display().to_string(), bytes));
        }
    }
    assert!(
        files.len() > 30,
        "only {} files under {}",
        files.len(),
        root.display()
    );
    files
}

/// import_format: `zweifaktor import links.txt --format zweifaktor` said "this file is
/// encrypted; its password is needed" for a file that is no Zweifaktor backup at all, and no
/// password could have opened it.
#[test]
fn a_file_that_is_no_backup_is_not_asked_for_a_backup_password() {
    let links = b"otpauth-migration://offline?data=XXXX\n";
    assert!(matches!(
        import::zweifaktor_backup::Importer::import(links, None),
        Err(ImportError::NotThisFormat { .. })
    ));
}

/// The rule behind the finding above: whenever a format says a file is not encrypted (so the
/// window and the command line ask no password for it), importing it without a password never
/// fails for the lack of one.
#[test]
fn no_format_wants_a_password_for_a_file_it_says_is_not_encrypted() {
    for (path, bytes) in import_fixtures() {
        for format in FORMATS {
            if (format.is_encrypted)(&bytes) {
                continue;
            }
            assert!(
                !matches!(
                    (format.import)(&bytes, None),
                    Err(ImportError::PasswordRequired)
                ),
                "{} wants a password for {path}",
                format.identifier
            );
        }
    }
}

/// migration_link: a transfer link claiming 861,929,452 parts (the fuzzer's own input, below)
/// made the import dialog list every part still to scan: gigabytes of memory and minutes, for
/// one scanned QR code.
#[test]
fn a_transfer_link_claiming_billions_of_parts_is_refused_at_once() {
    let found = "otpauth-migration://offline?data=CigKEG1vIAEooNEukL7qlsjBCDYSDnBpQHJhc3BiZXJyeXBpIAEoATACCjUKEPqlBekzoNEukL7qlsjBCDYSDnBpQHJhc3BiZXJycXBpGgtyYXNwYmVycnlwaSABKAEwAhABGAEgACiQGBgYGBgYGBgYGBgYGBgYGDIY7P__muP___kB";
    let started = std::time::Instant::now();
    let error = parse_migration_uri(found).expect_err("refused");
    assert!(error.to_string().contains("parts"), "{error}");
    assert!(matches!(
        qr::gather_so_far(&[found]),
        Err(ContentError::Migration(ImportError::Damaged { .. }))
    ));

    // The same with a readable payload: one account, part 1 of 2^31 - 1.
    let link = |batch_size: i32| {
        let payload = MigrationPayload {
            otp_parameters: vec![OtpParameters {
                secret: b"12345678901234567890".to_vec(),
                name: "alice".to_owned(),
                issuer: "Example".to_owned(),
                algorithm: 1,
                digits: 1,
                otp_type: 2,
                counter: 0,
            }],
            version: 1,
            batch_size,
            batch_index: 0,
            batch_id: 42,
        };
        let data = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload.encode_to_vec());
        format!("otpauth-migration://offline?data={data}")
    };
    let error = parse_migration_uri(&link(i32::MAX)).expect_err("refused");
    assert!(error.to_string().contains("2147483647 parts"), "{error}");
    assert!(started.elapsed() < std::time::Duration::from_secs(1));

    // A real multi-part export is still gathered part by part.
    let partial = qr::gather_so_far(&[link(3)]).expect("part 1 of 3");
    assert_eq!(partial.incomplete[0].missing, [1, 2]);
    assert_eq!(partial.incomplete[0].missing_text(), "parts 2, 3");
    assert!(parse_migration_uri(&link(MAX_BATCH_SIZE as i32)).is_ok());
}

/// import_format: a FreeOTP backup whose master key entry was damaged (the fuzzer changed one
/// byte of the name `mEncryptedKey`) is not announced as encrypted, so nobody is asked for its
/// password; the import then failed for the lack of one instead of calling the file damaged.
#[test]
fn a_freeotp_backup_without_its_master_key_is_damaged_not_password_protected() {
    let mut bytes = common::expected::read_testdata("freeotp", "freeotp_v2_api23.xml");
    let at = bytes
        .windows(b"mEncryptedKey".len())
        .position(|w| w == b"mEncryptedKey")
        .expect("the fixture has a master key");
    bytes[at + b"mEncryptedKe".len()] = b'z';
    assert!(!import::freeotp::Importer::is_encrypted(&bytes));
    for password in [None, Some(Password::from("test"))] {
        assert!(matches!(
            import::freeotp::Importer::import(&bytes, password.as_ref()),
            Err(ImportError::Damaged { .. })
        ));
    }
}
