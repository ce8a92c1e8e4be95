//! What an import would do, before anything is saved: each entry found is new, a duplicate of a
//! procedure already in the vault (same secret and issuer: unchecked by default), or unusable
//! (with the reason). The caller shows this and saves the chosen rows in one go.

use super::{Imported, ImportedEntry, SkippedEntry, label};
use crate::procedure::{Procedure, ProcedureDraft};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    New,
    /// Same secret and issuer as a procedure in the vault, or earlier in this import.
    Duplicate,
    Unusable(String),
}

#[derive(Debug, Clone)]
pub struct PreviewRow {
    pub label: String,
    pub entry: ImportedEntry,
    pub verdict: Verdict,
    /// Whether it will be imported; new entries start checked, duplicates unchecked.
    pub checked: bool,
}

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
    for entry in imported.entries {
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
        let verdict = match (entry.otp.validate(), entry.secret.is_empty()) {
            (Err(e), _) => Verdict::Unusable(e.to_string()),
            (_, true) => Verdict::Unusable("the secret is empty".to_owned()),
            _ if duplicate => Verdict::Duplicate,
            _ => Verdict::New,
        };
        let checked = verdict == Verdict::New;
        rows.push(PreviewRow {
            label,
            entry,
            verdict,
            checked,
        });
    }
    Preview {
        rows,
        skipped: imported.skipped,
    }
}

impl Preview {
    /// The checked, usable rows as procedures to create.
    pub fn drafts(&self) -> Vec<ProcedureDraft> {
        self.rows
            .iter()
            .filter(|r| r.checked && !matches!(r.verdict, Verdict::Unusable(_)))
            .map(|r| ProcedureDraft {
                name: if r.label.trim().is_empty() {
                    "Imported".to_owned()
                } else {
                    r.label.clone()
                },
                issuer: r.entry.issuer.clone(),
                account: Some(r.entry.account.clone()),
                secret: r.entry.secret.clone(),
                url: None,
                otp: r.entry.otp,
            })
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
            matches!(&verdicts[4].1, Verdict::Unusable(reason) if reason.contains("12 digits"))
        );
        let names: Vec<_> = p.drafts().into_iter().map(|d| d.name).collect();
        assert_eq!(names, ["SPDX (James)", "Other (Same secret, other issuer)"]);
    }
}
