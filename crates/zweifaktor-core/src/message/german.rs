//! A German message checked for the words a German reader should find and for English words
//! that must not be left in it. Shared by the message files' unit tests and, through a
//! `#[path]` module in `tests/common`, by the integration tests: one list of words.

/// Words of English sentences that German never uses (so a leftover English clause or an
/// untranslated library message shows up): the small words of any English sentence, and the
/// words of the parsers' messages (serde_json's "expected value at line 1 column 1", zip's
/// "invalid Zip archive", SQLite's "file is not a database").
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "it",
    "not",
    "cannot",
    "does",
    "has",
    "with",
    "of",
    "to",
    "invalid",
    "error",
    "instead",
    "starts",
    "too",
    "no",
    "at",
    "line",
    "column",
    "expected",
    "value",
    "missing",
    "field",
    "unknown",
    "while",
    "parsing",
    "found",
    "archive",
    "database",
    "malformed",
];

/// `text` (German) contains each of `words` and no English word.
pub fn assert_german(text: &str, words: &[&str]) {
    for word in words {
        assert!(text.contains(word), "{text:?} lacks {word:?}");
    }
    let english: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| ENGLISH.contains(&word.to_lowercase().as_str()))
        .collect();
    assert!(english.is_empty(), "{text:?} has English: {english:?}");
}
