//! The flows both front ends run: exports and QR code files are written to a new file only —
//! a file at the name, also one that appears after any check, is never replaced and nothing is
//! written — and every export format is found in one registry.

mod common;

use common::sample_procedures::*;
use common::*;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::export::{self, FORMATS};
use zweifaktor_core::flow::export::{
    ExportFailure, ExportRequest, export_to_file, export_vault_to_file,
};
use zweifaktor_core::flow::new_file::NewFileError;
use zweifaktor_core::flow::qr::{self, QrFailure};
use zweifaktor_core::import;
use zweifaktor_core::secret::Password;

const EXPORT_PASSWORD: &str = "Export-Passwort-1";

fn names_in(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn no_format_writes_over_a_file_and_none_leaves_anything_behind() {
    let all = every_kind();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("taken.txt");
    for format in FORMATS {
        // The file appears after any check could have been made: the write itself refuses.
        std::fs::write(&path, "an earlier backup").unwrap();
        let password = Password::from(EXPORT_PASSWORD);
        let result = export_to_file(&all, format, Some(&password), &path, cheap_kdf());
        let Err(ExportFailure::File(NewFileError::Exists(named))) = result else {
            panic!("{format:?}: {result:?}")
        };
        assert_eq!(named, path);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "an earlier backup");
        assert_eq!(names_in(dir.path()), ["taken.txt"], "{format:?}");
    }
}

#[test]
fn each_format_writes_a_new_private_file_that_its_importer_reads_back() {
    let all = every_kind();
    let dir = tempfile::tempdir().unwrap();
    let password = Password::from(EXPORT_PASSWORD);
    for format in FORMATS {
        let path = dir.path().join(format.file_name);
        let report = export_to_file(&all, format, Some(&password), &path, cheap_kdf()).unwrap();
        assert_eq!(report.format, format);
        assert!(
            report.headline().starts_with(&format!(
                "Exported {} procedures to ",
                report.included.len()
            )),
            "{}",
            report.headline()
        );
        let bytes = std::fs::read(&path).unwrap();
        let read_by = import::detect(&bytes).unwrap();
        let imported = (read_by.import)(&bytes, format.encrypted.then_some(&password)).unwrap();
        // Our backup keeps an erased procedure (its importer lists it as not importable).
        assert_eq!(
            imported.entries.len() + imported.skipped.len(),
            report.included.len(),
            "{format:?}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{format:?}");
        }
    }
    assert_eq!(
        export::identifiers(),
        "zweifaktor, aegis, otpauth, google-migration"
    );
}

#[test]
fn a_taken_name_is_said_before_the_master_password_is_tried() {
    let v = vault_with(&[("GitHub", "JBSWY3DPEHPK3PXP")]);
    let path = v.dir.path().join("list.txt");
    std::fs::write(&path, "mine").unwrap();
    let request = ExportRequest {
        format: export::by_identifier("otpauth").unwrap(),
        path: path.clone(),
        master: Password::from("Falsch-2026"),
        export_password: None,
    };
    let result = export_vault_to_file(&v.files, request, &FakeClock::at(0), cheap_kdf());
    assert!(matches!(
        result,
        Err(ExportFailure::File(NewFileError::Exists(_)))
    ));
    assert_eq!(v.files.read_attempts().failed_attempts, 0, "not counted");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
}

#[test]
fn a_qr_code_file_is_never_written_over_a_file_nor_for_an_erased_secret() {
    let all = every_kind();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("code.png");
    let with_secret = all.iter().find(|p| p.has_secret()).unwrap();
    qr::write_png(with_secret, &path).unwrap();
    let first = std::fs::read(&path).unwrap();
    let texts = zweifaktor_core::qr::decode_image(&first).unwrap();
    assert_eq!(texts, [with_secret.otpauth_uri().to_string()]);
    assert!(matches!(
        qr::write_png(&all[0], &path),
        Err(QrFailure::File(NewFileError::Exists(_)))
    ));
    assert_eq!(std::fs::read(&path).unwrap(), first);
    let erased = all.iter().find(|p| !p.has_secret()).unwrap();
    let other = dir.path().join("erased.png");
    assert!(matches!(
        qr::write_png(erased, &other),
        Err(QrFailure::NoSecret(name)) if name == erased.name
    ));
    assert_eq!(names_in(dir.path()), ["code.png"]);
}
