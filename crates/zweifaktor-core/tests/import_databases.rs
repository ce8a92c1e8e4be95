//! The apps' internal SQLite databases (Microsoft Authenticator, Google Authenticator,
//! Stratum): every entry of each fixture field by field; detection by content and `--format`
//! names; entries we cannot use are skipped with the reason; an empty, cut-off, damaged or
//! foreign database gives one clear error, never a panic.

mod common;

use common::expected::*;
use proptest::prelude::*;
use rusqlite::Connection;
use zweifaktor_core::import::{
    self, ImportError, Imported, Importer, Reason, google_authenticator_database,
    microsoft_authenticator, stratum_database,
};

const MICROSOFT: (&str, &str) = ("microsoft-authenticator", "microsoft_authenticator.sqlite");
const GOOGLE: (&str, &str) = ("google-authenticator", "google_authenticator.sqlite");
const STRATUM: (&str, &str) = ("stratum", "stratum_internal.db");

/// Each database fixture with its importer's identifier and import function.
const DATABASES: [((&str, &str), &str, ImportFn); 3] = [
    (
        MICROSOFT,
        microsoft_authenticator::Importer::IDENTIFIER,
        microsoft_authenticator::Importer::import,
    ),
    (
        GOOGLE,
        google_authenticator_database::Importer::IDENTIFIER,
        google_authenticator_database::Importer::import,
    ),
    (
        STRATUM,
        stratum_database::Importer::IDENTIFIER,
        stratum_database::Importer::import,
    ),
];

fn want(folder: &str, file: &str) -> ExpectedFile {
    expected(folder)
        .files
        .remove(file)
        .unwrap_or_else(|| panic!("{folder}/expected.json lists {file}"))
}

/// A database made here with `sql`, as the bytes of its file.
fn database(sql: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("made.db");
    let connection = Connection::open(&path).expect("new database");
    connection.execute_batch(sql).expect("test SQL");
    drop(connection);
    std::fs::read(&path).expect("database file")
}

fn skipped_reasons(imported: &Imported) -> Vec<(String, String)> {
    imported
        .skipped
        .iter()
        .map(|s| (s.label.to_string(), s.reason.to_string()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The fixtures

#[test]
fn every_database_gives_exactly_its_expected_entries() {
    for ((folder, file), _, import) in DATABASES {
        let want = want(folder, file);
        assert!(!want.entries.is_empty(), "{folder}/{file}");
        assert_imports_as_expected(folder, file, &want, import);
    }
}

#[test]
fn every_database_is_detected_as_its_app() {
    for ((folder, file), identifier, _) in DATABASES {
        let want = want(folder, file);
        let detect = import::by_identifier(identifier)
            .unwrap_or_else(|| panic!("{identifier} is registered"))
            .detect;
        assert_detected_as(folder, file, &want, identifier, detect);
    }
}

#[test]
fn the_format_names_choose_the_database_importers() {
    for ((folder, file), identifier, _) in DATABASES {
        let format = import::by_identifier(identifier).expect("registered");
        assert!(!format.encryptable, "{identifier}");
        let imported = (format.import)(&read_testdata(folder, file), None)
            .unwrap_or_else(|e| panic!("{identifier}: {e}"));
        assert_same_entries(&imported, &want(folder, file).entries, identifier);
    }
}

#[test]
fn each_database_is_refused_by_the_other_database_importers() {
    for ((folder, file), own, _) in DATABASES {
        let bytes = read_testdata(folder, file);
        for (_, other, import) in DATABASES.into_iter().filter(|(_, id, _)| *id != own) {
            let detect = import::by_identifier(other).expect("registered").detect;
            assert!(!detect(&bytes), "{other} claims {file}");
            match import(&bytes, None) {
                Err(ImportError::NotThisFormat { reason, .. }) => {
                    assert!(
                        matches!(reason, Reason::NoTable { .. }),
                        "{other} on {file}: {reason}"
                    )
                }
                result => panic!("{other} on {file}: {result:?}"),
            }
        }
    }
}

#[test]
fn no_other_apps_file_is_claimed() {
    for ((folder, _), identifier, _) in DATABASES {
        let detect = import::by_identifier(identifier)
            .expect("registered")
            .detect;
        assert_no_other_folder_is_claimed(folder, detect);
    }
}

#[test]
fn microsoft_entries_show_every_code_as_6_digit_sha1_totp() {
    let (folder, file) = MICROSOFT;
    let imported =
        microsoft_authenticator::Importer::import(&read_testdata(folder, file), None).unwrap();
    // Boeing is the Steam vector elsewhere; Microsoft Authenticator only has plain TOTP.
    let boeing = imported
        .entries
        .iter()
        .find(|e| e.issuer.as_deref() == Some("Boeing"))
        .expect("Boeing is imported");
    assert_eq!(boeing.otp, zweifaktor_core::otp::OtpSpec::default());
}

// ---------------------------------------------------------------------------------------------
// Bad input

#[test]
fn an_empty_file_is_reported_as_empty() {
    for (_, identifier, import) in DATABASES {
        for bytes in [&b""[..], b"\n  \n"] {
            assert_eq!(import(bytes, None), Err(ImportError::Empty), "{identifier}");
        }
    }
    assert_eq!(import::detect(b"").err(), Some(ImportError::Empty));
}

#[test]
fn a_cut_off_database_is_reported_as_cut_off() {
    for ((folder, file), identifier, import) in DATABASES {
        let bytes = read_testdata(folder, file);
        for cut in [16, 50, 100, 4096, 5000, bytes.len() - 4096, bytes.len() - 1] {
            match import(&bytes[..cut], None) {
                Err(ImportError::Damaged { reason, .. }) => assert!(
                    matches!(
                        reason,
                        Reason::CutOff { .. }
                            | Reason::NotWholePages { .. }
                            | Reason::EndsInHeader { .. }
                    ),
                    "{file} cut at {cut}: {reason}"
                ),
                result => panic!("{file} cut at {cut}: {result:?}"),
            }
        }
        // Cut after its first page, the database is still recognised, so that importing it
        // says what is wrong instead of "format not recognised".
        let cut = &bytes[..bytes.len() - 4096];
        let format = import::detect(cut).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(format.identifier, identifier);
        let message = (format.import)(cut, None).unwrap_err().to_string();
        assert!(message.contains("damaged or incomplete"), "{message}");
    }
}

#[test]
fn an_sqlite_file_of_another_app_is_not_taken_for_an_authenticator() {
    let bytes = database(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT);
         INSERT INTO notes (title, body) VALUES ('shopping', 'milk');
         CREATE TABLE accounts (id INTEGER PRIMARY KEY, login TEXT, password TEXT);",
    );
    assert_eq!(
        import::detect(&bytes).err(),
        Some(ImportError::UnknownFormat)
    );
    for (_, identifier, import) in DATABASES {
        match import(&bytes, None) {
            Err(error @ ImportError::NotThisFormat { .. }) => {
                let message = error.to_string();
                assert!(
                    message.contains("SQLite database, but without"),
                    "{message}"
                );
            }
            result => panic!("{identifier}: {result:?}"),
        }
    }
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    let json = read_testdata("aegis", "aegis_plain.json");
    for (_, identifier, import) in DATABASES {
        match import(&json, None) {
            Err(ImportError::NotThisFormat { reason, .. }) => {
                assert_eq!(reason, Reason::NotSqlite, "{identifier}")
            }
            result => panic!("{identifier}: {result:?}"),
        }
    }
}

#[test]
fn a_database_with_damaged_pages_gives_an_error_not_half_its_entries() {
    for ((folder, file), identifier, import) in DATABASES {
        let mut bytes = read_testdata(folder, file);
        // Overwrite every page after the first (the schema) with garbage.
        for (i, byte) in bytes.iter_mut().enumerate().skip(4096) {
            *byte = (i * 7 % 251) as u8;
        }
        match import(&bytes, None) {
            Err(ImportError::Damaged { .. }) => {}
            result => panic!("{identifier} on damaged {file}: {result:?}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Entries we cannot use, and variants of the apps' tables

#[test]
fn microsoft_accounts_of_each_type() {
    let bytes = database(
        "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, name TEXT NOT NULL, username TEXT NOT NULL,
             oath_secret_key TEXT NOT NULL, encrypted_oath_secret_key TEXT NOT NULL,
             account_type INTEGER NOT NULL);
         INSERT INTO accounts VALUES
             (1, 'GitHub', 'octocat', 'JBSWY3DPEHPK3PXP', '', 0),
             (2, 'Microsoft', 'jane@outlook.com', 'SGVsbG8h3q2+7w==', '', 2),
             (3, 'Contoso', 'jane@contoso.com', '', '', 1),
             (4, 'Dropbox', 'jane', '', 'AAAAsealed', 0),
             (5, 'Odd', 'x', 'JBSWY3DPEHPK3PXP', '', 9),
             (6, 'Microsoft', 'broken@outlook.com', '!!not base64!!', '', 2);",
    );
    assert_eq!(
        import::detect(&bytes).map(|f| f.identifier),
        Ok("microsoft-authenticator")
    );
    let imported = microsoft_authenticator::Importer::import(&bytes, None).unwrap();
    let entries: Vec<_> = imported
        .entries
        .iter()
        .map(|e| {
            (
                e.issuer.clone().unwrap_or_default(),
                e.account.clone(),
                e.otp.digits,
                e.secret.to_base32().to_string(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            (
                "GitHub".into(),
                "octocat".into(),
                6,
                "JBSWY3DPEHPK3PXP".into()
            ),
            // A personal Microsoft account: the Base64 secret's bytes, 8-digit codes.
            (
                "Microsoft".into(),
                "jane@outlook.com".into(),
                8,
                "JBSWY3DPEHPK3PXP".into()
            ),
        ]
    );
    let reasons = skipped_reasons(&imported);
    assert_eq!(reasons.len(), 4, "{reasons:?}");
    assert_eq!(reasons[0].0, "Contoso (jane@contoso.com)");
    assert!(reasons[0].1.contains("work or school"), "{reasons:?}");
    assert_eq!(reasons[1].0, "Dropbox (jane)");
    assert!(reasons[1].1.contains("encrypted"), "{reasons:?}");
    assert!(reasons[2].1.contains("account type 9"), "{reasons:?}");
    assert!(reasons[3].1.contains("Base64"), "{reasons:?}");
    // The reason never shows the secret.
    assert!(!reasons[3].1.contains("not base64!!"), "{reasons:?}");
}

#[test]
fn google_rows_of_each_kind() {
    let bytes = database(
        "CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT NOT NULL, secret TEXT NOT NULL,
             counter INTEGER DEFAULT 0, type INTEGER, provider INTEGER DEFAULT 0,
             issuer TEXT DEFAULT NULL, original_name TEXT DEFAULT NULL, isencrypted INTEGER DEFAULT 0);
         INSERT INTO accounts (_id, email, secret, counter, type, issuer, isencrypted) VALUES
             (1, 'ACME:jane@example.org', 'jbsw y3dp ehpk 3pxp', 0, 0, NULL, 0),
             (2, 'jane@example.org', 'JBSWY3DPEHPK3PXP', 7, 1, 'Bank', 0),
             (3, 'Vault:jane', 'c2VhbGVk', 0, 0, 'Vault', 1),
             (4, 'Odd:jane', 'JBSWY3DPEHPK3PXP', 0, 5, 'Odd', 0),
             (5, 'Short:jane', '', 0, 0, 'Short', 0);",
    );
    assert_eq!(
        import::detect(&bytes).map(|f| f.identifier),
        Ok("google-database")
    );
    let imported = google_authenticator_database::Importer::import(&bytes, None).unwrap();
    let entries: Vec<_> = imported
        .entries
        .iter()
        .map(|e| (e.issuer.clone(), e.account.clone(), e.otp.kind))
        .collect();
    use zweifaktor_core::otp::OtpKind;
    assert_eq!(
        entries,
        [
            (
                Some("ACME".into()),
                "jane@example.org".into(),
                OtpKind::Totp { period: 30 }
            ),
            (
                Some("Bank".into()),
                "jane@example.org".into(),
                OtpKind::Hotp { counter: 7 }
            ),
        ]
    );
    let reasons = skipped_reasons(&imported);
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0].0, "Vault (jane)");
    assert!(reasons[0].1.contains("encrypted"), "{reasons:?}");
    assert!(reasons[1].1.contains("unknown OTP type 5"), "{reasons:?}");
    assert_eq!(reasons[2].0, "Short (jane)");
}

#[test]
fn stratum_rows_of_unsupported_types_are_skipped_with_the_reason() {
    let bytes = database(
        "CREATE TABLE authenticator (type integer, icon varchar, issuer varchar(32),
             username varchar(40), secret varchar primary key not null, pin varchar,
             algorithm integer, digits integer, period integer, counter integer, ranking integer);
         INSERT INTO authenticator VALUES
             (3, NULL, 'Corp', 'alice', 'abcdef0123456789', '1234', 0, 6, 10, 0, 2),
             (2, NULL, 'Second', 'bob', 'JBSWY3DPEHPK3PXP', NULL, 1, 8, 60, 0, 1),
             (5, NULL, 'Yandex', 'carol', 'JBSWY3DPEHPK3PXPJBSWY3DPEE', '1234', 1, 8, 30, 0, 3),
             (2, NULL, 'First', 'dave', 'GEZDGNBVGY3TQOJQ', NULL, 0, '6', 30, 0, 0);",
    );
    assert_eq!(
        import::detect(&bytes).map(|f| f.identifier),
        Ok("stratum-database")
    );
    let imported = stratum_database::Importer::import(&bytes, None).unwrap();
    // In the app's order (its ranking), not the order the rows were written.
    let names: Vec<_> = imported
        .entries
        .iter()
        .map(|e| (e.issuer.clone().unwrap_or_default(), e.otp.digits))
        .collect();
    assert_eq!(names, [("First".into(), 6), ("Second".into(), 8)]);
    let reasons = skipped_reasons(&imported);
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert_eq!(reasons[0].0, "Corp (alice)");
    assert!(reasons[0].1.contains("mOTP"), "{reasons:?}");
    assert!(reasons[1].1.contains("Yandex"), "{reasons:?}");
}

#[test]
fn a_wrongly_typed_value_skips_its_row_only() {
    let bytes = database(
        "CREATE TABLE authenticator (type, issuer, username, secret, algorithm, digits, period, counter);
         INSERT INTO authenticator VALUES
             (2, 'Good', 'a', 'JBSWY3DPEHPK3PXP', 0, 6, 30, 0),
             (2, 'Bad', 'b', 'JBSWY3DPEHPK3PXP', 0, 'six', 30, 0),
             (2, 'Blob', 'c', 'JBSWY3DPEHPK3PXP', x'00ff', 6, 30, 0);",
    );
    let imported = stratum_database::Importer::import(&bytes, None).unwrap();
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].issuer.as_deref(), Some("Good"));
    let reasons = skipped_reasons(&imported);
    assert_eq!(
        reasons,
        [
            ("Bad (b)".into(), "`digits` is not a whole number".into()),
            (
                "Blob (c)".into(),
                "`algorithm` is not a whole number".into()
            ),
        ]
    );
}

#[test]
fn imported_secrets_are_not_shown_by_debug() {
    let (folder, file) = MICROSOFT;
    let imported =
        microsoft_authenticator::Importer::import(&read_testdata(folder, file), None).unwrap();
    let shown = format!("{imported:?}");
    assert!(shown.contains("Deno"), "{shown}");
    assert!(!shown.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"), "{shown}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Changed bytes anywhere in a real database give entries or an error, never a panic.
    #[test]
    fn damaged_databases_never_panic(
        which in 0..3usize,
        changes in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let ((folder, file), _, import) = DATABASES[which];
        let mut bytes = read_testdata(folder, file);
        for (position, byte) in changes {
            let at = position.index(bytes.len());
            bytes[at] = byte;
        }
        for (_, identifier, _) in DATABASES {
            let detect = import::by_identifier(identifier).expect("registered").detect;
            let _ = detect(&bytes);
        }
        let _ = import(&bytes, None);
    }

    #[test]
    fn arbitrary_bytes_after_the_sqlite_header_never_panic(
        rest in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let bytes = [&b"SQLite format 3\0"[..], &rest].concat();
        for (_, _, import) in DATABASES {
            prop_assert!(import(&bytes, None).is_err());
        }
        let _ = import::detect(&bytes);
    }
}
