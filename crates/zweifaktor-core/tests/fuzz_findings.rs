//! What the fuzz targets in fuzz/ found, kept as tests: each test names the target that found
//! it and checks the behaviour a user would have met, on the smallest input that showed it (and,
//! where the finding was one case of a rule, on the rule across the test data).

mod common;

use common::shared_testdata;
use zweifaktor_core::import::{self, FORMATS, ImportError, Importer as _};

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
    assert!(files.len() > 30, "only {} files under {}", files.len(), root.display());
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
