//! The core's translations: every language has every message with the same variables, and the
//! message layer speaks each language, with its plural rules, and English for the rest.

mod common;

use std::path::PathBuf;

use common::ftl::compare_languages;
use zweifaktor_core::export::LeftOutReason;
use zweifaktor_core::i18n::{self, LANGUAGES};
use zweifaktor_core::import::detail::JsonProblem;
use zweifaktor_core::import::{Detail, EntryLabel, ImportError, Reason, SkipReason};
use zweifaktor_core::lockout::Locked;
use zweifaktor_core::message::{Localize, localize_error};
use zweifaktor_core::otp::{OtpError, OtpWarning};
use zweifaktor_core::password_rules::{PasswordRule, WeakPassword};
use zweifaktor_core::procedure::FindError;
use zweifaktor_core::qr::{ContentError, QrError};
use zweifaktor_core::unlock::UnlockError;
use zweifaktor_core::vault::storage::StorageError;

/// Messages that are placeables and punctuation only, the same in every language.
const SAME_EVERYWHERE: &[&str] = &["list-separator", "import-reason-with-detail"];

#[test]
fn every_language_has_every_message_of_the_core_with_the_same_variables() {
    let sources: Vec<(&str, String)> = LANGUAGES
        .iter()
        .map(|l| {
            let source = i18n::source(l.code)
                .unwrap_or_else(|| panic!("no zweifaktor_core.ftl for {}", l.code));
            (l.code, source)
        })
        .collect();
    let problems = compare_languages(&sources, SAME_EVERYWHERE);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn wrong(attempts_left: u32) -> UnlockError {
    UnlockError::WrongPassword {
        attempts_left,
        locked_for: None,
    }
}

#[test]
fn wrong_passwords_count_down_in_each_language_with_its_plural() {
    let de = i18n::loader_for("de");
    assert_eq!(
        wrong(1).localize(&de),
        "falsches Kennwort; noch 1 Fehlversuch, dann werden die Geheimschlüssel gelöscht"
    );
    assert_eq!(
        wrong(9).localize(&de),
        "falsches Kennwort; noch 9 Fehlversuche, dann werden die Geheimschlüssel gelöscht"
    );
    let locked = UnlockError::WrongPassword {
        attempts_left: 4,
        locked_for: Some(10),
    };
    assert!(locked.localize(&de).ends_with("gesperrt für 10 Sekunden"));
    let nl = i18n::loader_for("nl");
    assert!(wrong(1).localize(&nl).contains("nog 1 mislukte poging "));
    assert!(wrong(2).localize(&nl).contains("nog 2 mislukte pogingen "));
    let sv = i18n::loader_for("sv");
    assert!(wrong(1).localize(&sv).contains("1 felaktigt försök till"));
    assert!(wrong(3).localize(&sv).contains("3 felaktiga försök till"));
    let en = i18n::loader_for("en");
    assert!(wrong(1).localize(&en).contains("1 more wrong attempt and"));
    assert!(wrong(9).localize(&en).contains("9 more wrong attempts and"));
}

#[test]
fn a_language_we_lack_gets_english() {
    for code in ["fr", "pl-PL", "C", ""] {
        let loader = i18n::loader_for(code);
        assert_eq!(
            Locked { seconds_left: 20 }.localize(&loader),
            "too many wrong passwords: locked for 20 more seconds",
            "{code:?}"
        );
    }
}

/// One error of each kind a person meets most, with names and numbers in it.
fn samples() -> Vec<Box<dyn Localize>> {
    vec![
        Box::new(wrong(5)),
        Box::new(UnlockError::ErasedNow),
        Box::new(Locked { seconds_left: 40 }),
        Box::new(StorageError::NoVault(PathBuf::from(
            "/home/jo/vault.zweifaktor",
        ))),
        Box::new(StorageError::Write {
            path: PathBuf::from("/home/jo/vault.zweifaktor"),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        }),
        Box::new(WeakPassword(vec![
            PasswordRule::Digit,
            PasswordRule::Special,
        ])),
        Box::new(OtpError::InvalidBase32Character {
            character: '1',
            position: 4,
        }),
        Box::new(OtpError::SecretTooShort { characters: 1 }),
        Box::new(OtpWarning::ShortSecret { bits: 40 }),
        Box::new(FindError::NotFound("Citrix".into())),
        Box::new(ImportError::TooLarge { size: 20_000_000 }),
        Box::new(QrError::NoCode),
        Box::new(zweifaktor_core::vault::format::FormatError::Damaged(
            zweifaktor_core::vault::format::VaultDamage::Truncated,
        )),
        Box::new(LeftOutReason::GooglePeriod(60)),
        Box::new(SkipReason::UnsupportedCodes("mOTP")),
        Box::new(SkipReason::NoSecret),
        Box::new(ImportError::Damaged {
            format: "Aegis Authenticator",
            reason: Reason::EndsEarly,
        }),
        Box::new(ImportError::Unsupported {
            format: "2FAS Authenticator",
            reason: Reason::Version {
                found: 5,
                min: 1,
                max: 4,
            },
        }),
        Box::new(SkipReason::Format(Reason::UnknownOtpType {
            kind: "\"yubikey\"".into(),
        })),
        Box::new(SkipReason::Format(Reason::Missing {
            field: "shared_secret".into(),
        })),
        Box::new(ContentError::MissingParts {
            received: 2,
            total: 3,
            missing: "3".into(),
        }),
    ]
}

#[test]
fn every_sample_error_reads_differently_in_each_language_with_its_values_filled_in() {
    for sample in samples() {
        let texts: Vec<String> = LANGUAGES
            .iter()
            .map(|l| sample.localize(&i18n::loader_for(l.code)))
            .collect();
        for (language, text) in LANGUAGES.iter().zip(&texts) {
            assert!(!text.is_empty(), "{}: empty", language.code);
            // A variable the code did not pass shows as "{$name}"; an unknown id as itself.
            assert!(!text.contains('{'), "{}: {text}", language.code);
        }
        let mut unique = texts.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), LANGUAGES.len(), "{texts:?}");
    }
}

#[test]
fn the_system_s_reason_is_said_in_the_language_and_names_and_numbers_stay() {
    let de = i18n::loader_for("de");
    let full = StorageError::Write {
        path: PathBuf::from("/home/jo/vault.zweifaktor"),
        source: std::io::Error::from(std::io::ErrorKind::StorageFull),
    };
    assert_eq!(
        full.localize(&de),
        "/home/jo/vault.zweifaktor kann nicht gespeichert werden: der Datenträger ist voll \
         (die vorige Fassung ist unverändert)"
    );
    assert_eq!(
        WeakPassword(vec![PasswordRule::Digit, PasswordRule::Special]).localize(&de),
        "das Kennwort braucht eine Ziffer, ein Sonderzeichen"
    );
    assert_eq!(
        FindError::NotFound("Citrix".into()).localize(&i18n::loader_for("sv")),
        "det finns inget konto som heter ”Citrix”"
    );
}

#[test]
fn an_importer_s_reason_is_said_in_the_language_with_the_file_s_words_and_the_parser_s_detail() {
    let de = i18n::loader_for("de");
    let unsupported = ImportError::Unsupported {
        format: "2FAS Authenticator",
        reason: Reason::Version {
            found: 5,
            min: 1,
            max: 4,
        },
    };
    assert_eq!(
        unsupported.localize(&de),
        "die Datei (Format: 2FAS Authenticator) enthält etwas, das Zweifaktor nicht lesen kann: \
         sie hat die Version 5; unterstützt werden die Versionen 1 bis 4"
    );
    // English stays what logs and tests read.
    assert_eq!(
        unsupported.to_string(),
        "the 2FAS Authenticator file uses something Zweifaktor cannot read: version 5 \
         (versions 1 to 4 are supported)"
    );
    let skipped = SkipReason::Format(Reason::Missing {
        field: "shared_secret".into(),
    });
    assert_eq!(
        skipped.localize(&i18n::loader_for("nl")),
        "‘shared_secret’ ontbreekt"
    );
    // An entry the file names nowhere is named by its place, in the language.
    assert_eq!(EntryLabel::Line(4).localize(&de), "Zeile 4");
    assert_eq!(
        EntryLabel::Entry(2).localize(&i18n::loader_for("sv")),
        "post 2"
    );
    assert_eq!(EntryLabel::Line(4).to_string(), "line 4");
    // The parser's finding is a technical detail after the sentence, never instead of it,
    // and in the language too (it was serde's English text until the detail was typed).
    let unreadable = SkipReason::Format(Reason::EntryUnreadable {
        detail: Some(Detail::Json {
            problem: JsonProblem::WrongType,
            at: None,
        }),
    });
    assert_eq!(
        unreadable.localize(&i18n::loader_for("sv")),
        "posten kan inte läsas (ett värde av fel typ)"
    );
}

#[test]
fn a_name_cannot_carry_terminal_control_characters_into_a_message() {
    let text = FindError::NotFound("evil\u{1b}[2J\nname".into()).localize(&i18n::loader_for("en"));
    assert!(!text.contains('\u{1b}') && !text.contains('\n'), "{text:?}");
    assert!(text.contains(r"evil\u{1b}[2J\nname"), "{text:?}");
}

#[test]
fn a_front_end_holding_any_error_finds_the_core_s_message_and_only_for_the_core_s_errors() {
    let core: Box<dyn std::error::Error> = Box::new(Locked { seconds_left: 3 });
    assert_eq!(
        localize_error(core.as_ref()).as_deref(),
        Some(Locked { seconds_left: 3 }.to_message().as_str())
    );
    let other: Box<dyn std::error::Error> = Box::new(std::fmt::Error);
    assert_eq!(localize_error(other.as_ref()), None);
}
