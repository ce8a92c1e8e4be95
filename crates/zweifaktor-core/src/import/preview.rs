//! What an import would do, before anything is saved: each entry found is new, a duplicate of a
//! procedure already in the vault (same secret and issuer: unchecked by default), or unusable
//! (with the reason: every rule a procedure must meet is checked here, by the procedure's own
//! validation). Names are shown as they will be saved — without control and direction-override
//! characters (see [`crate::names`]) — and a row says when such characters were dropped. The
//! caller shows this and saves the chosen rows in one go.

use std::borrow::Cow;

use super::{Imported, ImportedEntry, SkippedEntry, label};
use crate::names;
use crate::procedure::{Procedure, ProcedureDraft, ProcedureError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    New,
    /// Same secret and issuer as a procedure in the vault, or earlier in this import.
    Duplicate,
    /// Why it cannot be a procedure (said in the user's language by the message layer).
    Unusable(ProcedureError),
}

#[derive(Debug, Clone)]
pub struct PreviewRow {
    pub label: String,
    pub entry: ImportedEntry,
    pub verdict: Verdict,
    /// Whether it will be imported; new entries start checked, duplicates unchecked.
    pub checked: bool,
    /// Whether control or direction-override characters were dropped from its names (say so
    /// with [`CLEANED_NOTE`]: the name differs from the one in the file).
    pub cleaned: bool,
}

/// What to show beside a row whose names were cleaned.
pub const CLEANED_NOTE: &str = "control or text-direction characters were removed from its name";

#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub rows: Vec<PreviewRow>,
    /// Entries the importer could not read at all.
    pub skipped: Vec<SkippedEntry>,
}

fn same_procedure(
    a_secret: &[u8],
    a_issuer: Option<&str>,
    b_secret: &[u8],
    b_issuer: Option<&str>,
) -> bool {
    let issuer = |i: Option<&str>| i.map(|s| s.trim().to_lowercase()).unwrap_or_default();
    a_secret == b_secret && issuer(a_issuer) == issuer(b_issuer)
}

pub fn preview(imported: Imported, existing: &[Procedure]) -> Preview {
    let mut rows: Vec<PreviewRow> = Vec::with_capacity(imported.entries.len());
    for mut entry in imported.entries {
        let issuer = entry.issuer.as_deref().map(names::clean);
        let account = names::clean(&entry.account);
        let cleaned = matches!(issuer, Some(Cow::Owned(_))) || matches!(account, Cow::Owned(_));
        if cleaned {
            entry.issuer = issuer.map(Cow::into_owned);
            entry.account = account.into_owned();
        }
        let label = label(entry.issuer.as_deref(), &entry.account);
        let duplicate = existing.iter().any(|p| {
            same_procedure(
                p.secret.as_bytes(),
                p.issuer.as_deref(),
                entry.secret.as_bytes(),
                entry.issuer.as_deref(),
            )
        }) || rows.iter().any(|r| {
            same_procedure(
                r.entry.secret.as_bytes(),
                r.entry.issuer.as_deref(),
                entry.secret.as_bytes(),
                entry.issuer.as_deref(),
            )
        });
        let verdict = match draft(&label, &entry).validated() {
            Err(e) => Verdict::Unusable(e),
            Ok(_) if duplicate => Verdict::Duplicate,
            Ok(_) => Verdict::New,
        };
        let checked = verdict == Verdict::New;
        rows.push(PreviewRow {
            label,
            entry,
            verdict,
            checked,
            cleaned,
        });
    }
    Preview {
        rows,
        skipped: imported.skipped,
    }
}

/// The procedure a row becomes, named by its label.
fn draft(label: &str, entry: &ImportedEntry) -> ProcedureDraft {
    ProcedureDraft {
        name: if label.trim().is_empty() {
            "Imported".to_owned()
        } else {
            label.to_owned()
        },
        issuer: entry.issuer.clone(),
        account: Some(entry.account.clone()),
        secret: entry.secret.clone(),
        url: None,
        otp: entry.otp,
    }
}

impl Preview {
    /// The checked, usable rows as procedures to create.
    pub fn drafts(&self) -> Vec<ProcedureDraft> {
        self.rows
            .iter()
            .filter(|r| r.checked && !matches!(r.verdict, Verdict::Unusable(_)))
            .map(|r| draft(&r.label, &r.entry))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::OtpSpec;
    use crate::secret::SecretBytes;

    fn entry(issuer: &str, account: &str, secret: &[u8]) -> ImportedEntry {
        ImportedEntry {
            issuer: Some(issuer.to_owned()),
            account: account.to_owned(),
            secret: SecretBytes::new(secret.to_vec()),
            otp: OtpSpec::default(),
        }
    }

    #[test]
    fn duplicates_are_marked_and_unchecked_unusable_ones_say_why() {
        let existing = Procedure::create(
            ProcedureDraft {
                name: "Deno".into(),
                issuer: Some("Deno".into()),
                secret: SecretBytes::new(vec![1; 16]),
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap();
        let mut bad = entry("Odd", "x", &[3; 16]);
        bad.otp.digits = 12;
        let imported = Imported {
            entries: vec![
                entry("deno ", "Mason", &[1; 16]),
                entry("SPDX", "James", &[2; 16]),
                entry("SPDX", "James again", &[2; 16]),
                entry("Other", "Same secret, other issuer", &[1; 16]),
                bad,
            ],
            skipped: vec![],
        };
        let p = preview(imported, &[existing]);
        let verdicts: Vec<_> = p
            .rows
            .iter()
            .map(|r| (r.label.as_str(), r.verdict.clone(), r.checked))
            .collect();
        assert_eq!(verdicts[0], ("deno (Mason)", Verdict::Duplicate, false));
        assert_eq!(verdicts[1], ("SPDX (James)", Verdict::New, true));
        assert_eq!(
            verdicts[2],
            ("SPDX (James again)", Verdict::Duplicate, false)
        );
        assert_eq!(verdicts[3].1, Verdict::New);
        assert!(
            matches!(&verdicts[4].1, Verdict::Unusable(reason) if reason.to_string().contains("12 digits"))
        );
        let names: Vec<_> = p.drafts().into_iter().map(|d| d.name).collect();
        assert_eq!(names, ["SPDX (James)", "Other (Same secret, other issuer)"]);
    }

    #[test]
    fn names_are_shown_cleaned_with_a_note_and_oversized_entries_are_unusable() {
        let hostile = entry("Evil\u{1b}]0;PWNED\u{07}", "\u{202E}nna", &[5; 16]);
        let long_account = entry("Corp", &"a".repeat(120_000), &[6; 16]);
        let mut long_secret = entry("Corp", "Ann", &[0; 16]);
        long_secret.secret = SecretBytes::new(vec![7; 8 * 1024 * 1024]);
        let imported = Imported {
            entries: vec![hostile, long_account, long_secret],
            skipped: vec![],
        };
        let p = preview(imported, &[]);
        let row = &p.rows[0];
        assert_eq!(row.label, "Evil]0;PWNED (nna)");
        assert!(row.cleaned && row.checked);
        assert!(!p.rows[1].cleaned);
        assert!(
            matches!(&p.rows[1].verdict, Verdict::Unusable(reason) if reason.to_string() == "the account is 120000 characters long; at most 254 are allowed"),
            "{:?}",
            p.rows[1].verdict
        );
        assert!(p.rows[1].label.chars().count() <= crate::names::MAX_NAME_CHARS);
        assert!(
            matches!(&p.rows[2].verdict, Verdict::Unusable(reason) if reason.to_string().contains("at most 1024")),
            "{:?}",
            p.rows[2].verdict
        );
        let drafts = p.drafts();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].name, "Evil]0;PWNED (nna)");
        assert_eq!(drafts[0].issuer.as_deref(), Some("Evil]0;PWNED"));
        assert_eq!(drafts[0].account.as_deref(), Some("nna"));
    }
}
