//! The program's translations: every language has every message of the program with the same
//! variables, and no text for people is left as a string literal in the command line's or the
//! window's code (it would be English in every language).

mod common;

use std::path::Path;

use common::ftl::compare_languages;
use zweifaktor::fl;
use zweifaktor::i18n::{self, LANGUAGES};
use zweifaktor_core::config::{Config, ConfigStore};
use zweifaktor_core::lockout::Locked;
use zweifaktor_core::message::Localize;

/// Messages that are placeables, punctuation and the program's name only, and words that
/// some languages share with English (Format, Version, Name, Help, OK, Steam).
const SAME_EVERYWHERE: &[&str] = &[
    "cli-error",
    "cli-export-unencrypted",
    "cli-list-needs-reenrollment",
    "win-tray-tooltip",
    "win-named-problem",
    "win-rule-spoken",
    "win-seconds-left",
    "win-exported-item",
    "win-name-cleaned",
    "win-ok",
    "win-steam",
    "win-format",
    "win-import-format",
    "win-about-version",
    "win-name-field",
    "win-menu-help",
    "win-language-system",
    "win-search-hint",
    "win-larger-text-key",
    "win-smaller-text-key",
    "win-normal-text-key",
    "win-key-add",
    "win-key-lock",
    "win-key-search",
    // "Filter:", the quick pick's field, in German, Dutch and Swedish as in English.
    "win-quick-pick-filter",
    // The keys of the global shortcut as keyboards label them.
    "win-modifier-ctrl",
    "win-modifier-alt",
    "win-modifier-shift",
    "win-modifier-logo",
];

#[test]
fn every_language_has_every_message_of_the_program_with_the_same_variables() {
    let sources: Vec<(&str, String)> = LANGUAGES
        .iter()
        .map(|l| {
            let source =
                i18n::source(l.code).unwrap_or_else(|| panic!("no zweifaktor.ftl for {}", l.code));
            (l.code, source)
        })
        .collect();
    let problems = compare_languages(&sources, SAME_EVERYWHERE);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What the window's Options will do: switch the language while running, for the program's
/// texts and the core's alike, and remember it. (The only test here that changes the language
/// of this test binary; the others read files.)
#[test]
fn a_language_chosen_while_running_is_spoken_at_once_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let store = ConfigStore::at(dir.path().join("config.json"));
    let mut config = Config::default();
    let chosen = i18n::choose(&mut config, &store, Some("sv")).unwrap();
    assert_eq!(chosen.own_name, "Svenska");
    assert_eq!(fl!("cli-password-changed"), "Lösenordet har ändrats.");
    assert_eq!(
        Locked { seconds_left: 1 }.to_message(),
        "för många felaktiga lösenord: låst i 1 sekund till"
    );
    assert_eq!(store.load().language.as_deref(), Some("sv"));
    // A language we do not offer is not saved: the system's is followed again.
    i18n::choose(&mut config, &store, Some("tlh")).unwrap();
    assert_eq!(store.load().language, None);
    let german = i18n::choose(&mut config, &store, Some("de")).unwrap();
    assert_eq!(german.code, "de");
    assert_eq!(fl!("cli-password-changed"), "Kennwort geändert.");
    assert_eq!(i18n::init(&store.load()).code, "de");
}

/// Attributes (`#[arg(…)]`, `#[command(…)]`: the `--help` texts, which may stay English, and
/// clap's argument names) and comments are not read; every other literal with a word in it is
/// reported.
#[test]
fn no_text_for_people_is_a_string_literal_in_the_command_line() {
    let found = worded_literals_in("src/cli", &[], &[]);
    assert!(
        found.is_empty(),
        "text for people belongs in i18n/<lang>/zweifaktor.ftl (fl!):\n{}",
        found.join("\n")
    );
}

/// Literals of the window that are not English: names, link schemes, a font's name, the export
/// formats' identifiers.
const WINDOW_NOT_TEXT: &[&str] = &[
    "Zweifaktor",
    "otpauth://",
    "file://{}",
    "zweifaktor-code",
    "zweifaktor",
    // The job threads' name (in top, perf, a debugger).
    "zweifaktor-job",
    "aegis",
    "otpauth",
    "google-migration",
    // The palettes' names, for the theme tests' messages.
    "light",
    "dark",
    "high contrast",
    // The id of the announcements' live region.
    "announcement",
    // The licence expression's operator (SPDX), put into the user's words.
    "OR",
    // Why egui draws a frame again (its traces).
    "keyboard-focus-lost",
];

/// The screens and dialogs whose texts are still to be moved into the `.ftl` files (each is
/// taken off this list as it is).
const WINDOW_FILES_NOT_YET_TRANSLATED: &[&str] = &[];

/// The window's state (messages, reports, errors) and its drawing (labels, buttons, menus,
/// hints, dialog titles, names for screen readers). Ids of egui's widgets and areas and the
/// invariants of `expect` are not text for people.
#[test]
fn no_text_for_people_is_a_string_literal_in_the_window() {
    let mut found = worded_literals_in("src/app", WINDOW_NOT_TEXT, &[]);
    found.extend(worded_literals_in(
        "src/ui",
        WINDOW_NOT_TEXT,
        WINDOW_FILES_NOT_YET_TRANSLATED,
    ));
    assert!(
        found.is_empty(),
        "text for people belongs in i18n/<lang>/zweifaktor.ftl (fl!):\n{}",
        found.join("\n")
    );
}

/// Every worded literal of the `.rs` files in `folder` (relative to the package), but for
/// those in `allowed` and the files named in `skipped`, as "path: literal".
fn worded_literals_in(folder: &str, allowed: &[&str], skipped: &[&str]) -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.extension().is_some_and(|e| e == "rs") && !skipped.contains(&name.as_str()) {
            let source = std::fs::read_to_string(&path).unwrap();
            for literal in worded_literals(&source) {
                if !allowed.contains(&literal.as_str()) {
                    found.push(format!("{}: {literal:?}", path.display()));
                }
            }
        }
    }
    found
}

#[test]
fn the_scanner_finds_words_in_code_and_not_in_ids_attributes_comments_or_formats() {
    let source = r###"
        //! A "doc comment" with words.
        #[arg(long, help = "Help text")]
        fn f() {
            // a "comment"
            /* a "block comment" */
            let c = '"';
            let l: &'static str = "{}: {name} \\u{{{:x}}}";
            println!("{}\n", fl!("cli-added", name = n));
            warn(&fl!("cli-added", name = "a word"));
            let area = egui::Id::unique("drop-hint");
            ui.indent("first", |ui| ui.label("indented words"));
            let x = slot.get(1).expect("put there just above");
            bail!("the two passwords differ");
            let raw = r#"raw "words""#;
        }
        #[cfg(test)]
        mod tests { const T: &str = "test words"; }
    "###;
    assert_eq!(
        worded_literals(source),
        [
            "a word",
            "indented words",
            "the two passwords differ",
            r#"raw "words""#
        ]
    );
}

/// The string literals of Rust source that hold a word outside `{…}` placeholders, leaving
/// out comments, attributes, message ids (the first argument of `fl!`) and `#[cfg(test)]`
/// code.
fn worded_literals(source: &str) -> Vec<String> {
    let code = match source.find("#[cfg(test)]") {
        Some(tests) => &source[..tests],
        None => source,
    };
    let chars: Vec<char> = code.chars().collect();
    let mut literals = Vec::new();
    let mut i = 0;
    let at = |i: usize, text: &str| chars[i..].iter().take(text.len()).copied().eq(text.chars());
    while i < chars.len() {
        if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            while i < chars.len() && !at(i, "*/") {
                i += 1;
            }
            i += 2;
        } else if at(i, "#[") || at(i, "#![") {
            // An attribute: skip to its closing bracket, strings inside included.
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    '"' => i = string_end(&chars, i, 0),
                    _ => {}
                }
                i += 1;
            }
            i += 1;
        } else if chars[i] == '\'' {
            // A char literal ('x', '\n', '"'); a lifetime ('a) has no closing quote.
            i += match (chars.get(i + 1), chars.get(i + 2)) {
                (Some('\\'), _) => chars[i + 2..].iter().position(|&c| c == '\'').unwrap_or(0) + 3,
                (Some(_), Some('\'')) => 3,
                _ => 1,
            };
        } else if chars[i] == 'r'
            && (at(i, "r\"") || at(i, "r#"))
            && !is_ident(chars.get(i.wrapping_sub(1)))
        {
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            let start = i + 1 + hashes;
            let end = string_end(&chars, start, hashes);
            literals.push((start, chars[start + 1..end].iter().collect::<String>()));
            i = end + 1 + hashes;
        } else if chars[i] == '"' {
            let end = string_end(&chars, i, 0);
            literals.push((i, chars[i + 1..end].iter().collect::<String>()));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    literals
        .into_iter()
        .filter(|(start, _)| !is_message_id(&chars[..*start]))
        .map(|(_, literal)| literal)
        .filter(|literal| has_words(literal))
        .collect()
}

fn is_ident(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

/// Where the string starting at the quote `open` ends (its closing quote); raw strings end at
/// a quote followed by their `hashes`.
fn string_end(chars: &[char], open: usize, hashes: usize) -> usize {
    let mut i = open + 1;
    while i < chars.len() {
        if hashes == 0 && chars[i] == '\\' {
            i += 2;
            continue;
        }
        if chars[i] == '"' && chars[i + 1..].iter().take(hashes).all(|&c| c == '#') {
            return i;
        }
        i += 1;
    }
    chars.len()
}

/// Calls whose first argument is a name for the program, not a text for people: message ids,
/// egui's ids of widgets and areas, the invariant an `expect` relies on, build variables, what
/// `Debug` prints for developers, textures' names, the systems of `cfg!`, files built in.
const NOT_TEXT_ARGUMENT_OF: &[&str] = &[
    "fl!(",
    "Id::new(",
    "Id::unique(",
    "Panel::top(",
    "Panel::bottom(",
    "Panel::left(",
    "Panel::right(",
    "Area::new(",
    ".indent(",
    ".push_id(",
    ".id_salt(",
    ".expect(",
    "env!(",
    "write!(f,",
    "load_texture(",
    "target_os =",
    "include_bytes!(",
];

/// Whether the literal after `before` is the first argument of one of
/// [`NOT_TEXT_ARGUMENT_OF`].
fn is_message_id(before: &[char]) -> bool {
    let text: String = before.iter().collect();
    let text = text.trim_end();
    NOT_TEXT_ARGUMENT_OF.iter().any(|call| text.ends_with(call))
}

/// Two letters in a row outside the `{…}` of format strings and Fluent arguments and outside
/// escapes (`\n`, `\\u{…}`): a word, not a format's single letter.
fn has_words(literal: &str) -> bool {
    let mut depth = 0;
    let mut escaped = false;
    let mut letters = 0;
    literal.chars().any(|c| {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => {
                letters += 1;
                return letters == 2;
            }
            _ => {}
        }
        letters = 0;
        false
    })
}
