//! Lists of entries in JSON exports, read one entry at a time.
//!
//! Read as a whole `Vec<Entry>`, a list fails on the first entry that does not fit its type
//! (an Aegis `digits` of 2⁷⁰, text where a number belongs), and the whole file with it. Here
//! the list is read as raw JSON texts, borrowed from the file — so no copy of a secret is made
//! on the way, unlike `serde_json::Value`, whose strings are never wiped — and each is read on
//! its own: one that does not fit is skipped with the reason, the others are imported.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use super::{Detail, EntryLabel, Reason, SkippedEntry};

/// The entries of a JSON list, each as its raw text in the file.
pub type RawEntries<'a> = Vec<&'a RawValue>;

/// What a format's entry is called, read from the entry alone: only the fields that name it,
/// so that an entry whose other fields do not fit still gets its name in the skipped list.
pub trait EntryNames: DeserializeOwned {
    /// "Issuer (account)", as [`super::label`] makes it.
    fn label(&self) -> String;
}

/// Reads the entry at `index` (0-based) of a list as `T`. When it does not fit, the skipped
/// entry names it by `N` (or as "entry 3" when not even its names can be read) and says what
/// did not fit.
pub fn read<T: DeserializeOwned, N: EntryNames>(
    raw: &RawValue,
    index: usize,
) -> Result<T, SkippedEntry> {
    serde_json::from_str(raw.get()).map_err(|error| SkippedEntry {
        label: label_of::<N>(raw, index),
        reason: Reason::EntryUnreadable {
            detail: Detail::json(&error, false),
        }
        .into(),
    })
}

/// The entry's label from its names, or its place in the list.
pub fn label_of<N: EntryNames>(raw: &RawValue, index: usize) -> EntryLabel {
    serde_json::from_str::<N>(raw.get())
        .ok()
        .map(|names| names.label())
        .filter(|label| !label.trim().is_empty())
        .map_or(EntryLabel::Entry(index + 1), EntryLabel::Named)
}

/// The first character of a raw JSON value, which says its kind (`{`, `[`, `"`, a digit…).
pub fn starts_with(raw: &RawValue, character: char) -> bool {
    raw.get().trim_start().starts_with(character)
}

/// Names for formats that call them `issuer` and `name`.
#[derive(Deserialize)]
pub struct IssuerAndName {
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

impl EntryNames for IssuerAndName {
    fn label(&self) -> String {
        super::label(
            self.issuer.as_deref(),
            self.name.as_deref().unwrap_or_default(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::SkipReason;
    use crate::import::detail::JsonProblem;

    #[derive(Deserialize)]
    struct Entry {
        #[allow(dead_code)]
        digits: Option<i64>,
    }

    #[test]
    fn an_entry_that_does_not_fit_is_named_and_the_reason_has_no_position() {
        let list: RawEntries =
            serde_json::from_str(r#"[{"digits": 6}, {"issuer": "Corp", "name": "Ann", "digits": 1180591620717411303424}, {"name": 5, "digits": "x"}]"#)
                .expect("a JSON list");
        assert!(read::<Entry, IssuerAndName>(list[0], 0).is_ok());
        let skipped = read::<Entry, IssuerAndName>(list[1], 1)
            .err()
            .expect("2^70");
        assert_eq!(skipped.label, "Corp (Ann)");
        // The kind of what does not fit, typed (it was serde's "… expected i64" text), and
        // no place inside the one entry.
        assert_eq!(
            skipped.reason,
            SkipReason::Format(Reason::EntryUnreadable {
                detail: Some(Detail::Json {
                    problem: JsonProblem::WrongType,
                    at: None,
                }),
            }),
            "{}",
            skipped.reason
        );
        let skipped = read::<Entry, IssuerAndName>(list[2], 2)
            .err()
            .expect("text");
        assert_eq!(skipped.label, "entry 3");
    }
}
