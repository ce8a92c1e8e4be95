//! What a German user reads when a real export is damaged or not what it claims to be: the
//! importer's reason and its technical detail (what the JSON, ZIP, SQLite, XML or protobuf
//! parser found, and where), all in German, through the same calls the window and the
//! command line make. Before the detail was typed it was the parser's English
//! ("expected value at line 1 column 1").

mod common;

use common::expected::read_testdata;
use common::german::assert_german;
use zeroize::Zeroizing;
use zweifaktor_core::flow::import::{FileContent, FileError, read_content};
use zweifaktor_core::i18n;
use zweifaktor_core::import::detail::{
    JsonProblem, Position, SqliteProblem, XmlProblem, ZipProblem,
};
use zweifaktor_core::import::{self, Detail, ImportError, Reason};
use zweifaktor_core::message::Localize;

/// The error of importing `bytes` as `format` (as with `--format`), or by content without.
fn import_error(bytes: Vec<u8>, format: Option<&str>) -> FileError {
    let format = format.map(|f| import::by_identifier(f).expect("a format"));
    match read_content(Zeroizing::new(bytes), format) {
        Err(error) => error,
        Ok(FileContent::Export(file)) => {
            FileError::Format(file.open(None).expect_err("the file is damaged"))
        }
        Ok(FileContent::Image(_)) => panic!("taken for an image"),
    }
}

fn german(error: &FileError) -> String {
    error.localize(&i18n::loader_for("de"))
}

/// `text` with `from` replaced by `to` once (`from` must be there).
fn spoiled(folder: &str, file: &str, from: &str, to: &str) -> Vec<u8> {
    let original = String::from_utf8(read_testdata(folder, file)).expect("a text fixture");
    let spoiled = original.replacen(from, to, 1);
    assert_ne!(spoiled, original, "{file}: {from:?} is in the fixture");
    spoiled.into_bytes()
}

fn reason_of(error: &FileError) -> &Reason {
    match error {
        FileError::Format(
            ImportError::Damaged { reason, .. }
            | ImportError::NotThisFormat { reason, .. }
            | ImportError::Unsupported { reason, .. },
        ) => reason,
        other => panic!("not a reason: {other:?}"),
    }
}

/// The German message and the typed detail of `error`.
fn german_with_detail(error: &FileError) -> (String, Option<Detail>) {
    let text = german(error);
    let detail = reason_of(error).detail().cloned();
    (text, detail)
}

#[test]
fn a_json_export_with_a_stray_character_says_where_in_german() {
    // A hand-edited Aegis export: a comma after the last member of "header".
    let bytes = spoiled(
        "aegis",
        "aegis_plain.json",
        "\"params\": null\n",
        "\"params\": null,\n",
    );
    let (text, detail) = german_with_detail(&import_error(bytes, Some("aegis")));
    assert_german(&text, &["(JSON-Syntaxfehler in Zeile 6, Spalte 5)"]);
    assert_eq!(
        detail,
        Some(Detail::Json {
            problem: JsonProblem::Syntax,
            at: Some(Position { line: 6, column: 5 }),
        })
    );
}

#[test]
fn a_json_export_without_a_part_names_the_field_and_where_in_german() {
    // A 2FAS export whose list of services is under another name.
    let bytes = spoiled(
        "2fas",
        "2fas_authenticator.json",
        "\"services\"",
        "\"dienste\"",
    );
    let (text, detail) = german_with_detail(&import_error(bytes, Some("2fas")));
    assert_german(
        &text,
        &[
            "beschädigt",
            "(das Feld „services“ fehlt in Zeile 93, Spalte 1)",
        ],
    );
    assert_eq!(
        detail,
        Some(Detail::Json {
            problem: JsonProblem::MissingField("services".into()),
            at: Some(Position {
                line: 93,
                column: 1
            }),
        })
    );
}

/// Inside one entry the place says nothing (the entry's own line 1): the kind alone, and the
/// value that did not fit is not repeated.
#[test]
fn an_entry_of_the_wrong_type_is_skipped_with_the_kind_and_no_place_in_german() {
    let bytes = spoiled(
        "aegis",
        "aegis_plain.json",
        "\"digits\": 6,",
        "\"digits\": \"six\",",
    );
    let Ok(FileContent::Export(file)) = read_content(Zeroizing::new(bytes), None) else {
        panic!("not recognised as an export");
    };
    let imported = file.open(None).expect("the other entries are read");
    assert_eq!(imported.skipped.len(), 1);
    let text = imported.skipped[0].reason.localize(&i18n::loader_for("de"));
    assert_german(&text, &[]);
    assert_eq!(
        text,
        "der Eintrag kann nicht gelesen werden (ein Wert vom falschen Typ)"
    );
    assert!(!text.contains("six"), "{text}");
}

#[test]
fn a_json_export_cut_short_is_said_in_german() {
    let bytes = read_testdata("aegis", "aegis_plain.json");
    let error = import_error(bytes[..bytes.len() / 2].to_vec(), Some("aegis"));
    assert_german(&german(&error), &["endet zu früh"]);
}

#[test]
fn a_zip_archive_cut_short_or_garbled_is_said_in_german() {
    let bytes = read_testdata("authenticator-plus", "authenticator_plus.zip");
    let mut garbled = bytes.clone();
    for (i, byte) in garbled.iter_mut().enumerate().skip(30) {
        *byte = (i * 7 % 251) as u8;
    }
    for broken in [bytes[..bytes.len() / 2].to_vec(), garbled] {
        let (text, detail) = german_with_detail(&import_error(broken, Some("authenticator-plus")));
        assert_german(
            &text,
            &["das ZIP-Archiv kann nicht gelesen werden (das Archiv ist beschädigt)"],
        );
        assert_eq!(detail, Some(Detail::Zip(ZipProblem::Damaged)));
    }
}

#[test]
fn a_database_with_damaged_pages_or_a_file_that_is_no_database_is_said_in_german() {
    let mut bytes = read_testdata("microsoft-authenticator", "microsoft_authenticator.sqlite");
    // Every page after the first (the schema) overwritten.
    for (i, byte) in bytes.iter_mut().enumerate().skip(4096) {
        *byte = (i * 7 % 251) as u8;
    }
    let (text, detail) = german_with_detail(&import_error(bytes, Some("microsoft-authenticator")));
    assert_german(&text, &["SQLite", "(die Datenbank ist beschädigt)"]);
    assert_eq!(detail, Some(Detail::Sqlite(SqliteProblem::Damaged)));

    let not_sqlite = read_testdata("aegis", "aegis_plain.json");
    let text = german(&import_error(not_sqlite, Some("microsoft-authenticator")));
    assert_german(&text, &["keine SQLite-Datenbank"]);
}

#[test]
fn google_s_link_with_other_data_is_said_in_german() {
    let (text, detail) = german_with_detail(&import_error(
        read_testdata("google-authenticator", "test_export_wrong_data.txt"),
        None,
    ));
    assert_german(&text, &["(nicht im erwarteten Protobuf-Format)"]);
    assert_eq!(detail, Some(Detail::NotProtobuf));
}

/// XML said nothing of where before; now it says the line of the mistyped end tag.
#[test]
fn an_android_preferences_file_with_a_broken_tag_says_where_in_german() {
    let bytes = spoiled("authy", "authy_plain.xml", "</string>", "</strin>");
    let line_4 = String::from_utf8(bytes.clone())
        .unwrap()
        .lines()
        .nth(3)
        .unwrap()
        .to_owned();
    let column = line_4.chars().count() - "</strin>".len() + 1;
    let (text, detail) = german_with_detail(&import_error(bytes, Some("authy")));
    assert_german(
        &text,
        &[&format!(
            "„XML“ kann nicht gelesen werden (falsch verschachtelte XML-Elemente in Zeile 4, \
             Spalte {column})"
        )],
    );
    assert!(matches!(
        detail,
        Some(Detail::Xml {
            problem: XmlProblem::Nesting,
            ..
        })
    ));
}
