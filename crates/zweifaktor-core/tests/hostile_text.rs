//! Names from otpauth links and other apps' files reach terminals and screens: what a hostile
//! link or export puts in them (terminal escapes, direction overrides, 120 KB of text) never
//! gets into the vault, whichever way the procedure is added.

mod common;

use common::{PASSWORD, cheap_kdf};
use zweifaktor_core::import::preview::{CLEANED_NOTE, preview};
use zweifaktor_core::import::{Importer, aegis};
use zweifaktor_core::otp::uri;
use zweifaktor_core::procedure::{Procedure, ProcedureDraft, ProcedureError};
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::{UnlockedVault, summary};

/// A title change, a screen clear and an OSC 52 clipboard write, as a link's label.
const EVIL_URI: &str = "otpauth://totp/Evil%1B%5D0%3BPWNED%07%1B%5B2J%1B%5D52%3Bc%3BaGk%3D%07:\
                        %E2%80%AEnna?secret=JBSWY3DPEHPK3PXP&issuer=Evil%1B%5D0%3BPWNED%07";

fn draft_from(text: &str) -> ProcedureDraft {
    let (parsed, _warnings) = uri::parse(text).expect("a readable link");
    ProcedureDraft {
        name: format!(
            "{} ({})",
            parsed.issuer.clone().unwrap_or_default(),
            parsed.account
        ),
        issuer: parsed.issuer.clone(),
        account: Some(parsed.account.clone()),
        secret: parsed.secret.clone(),
        url: None,
        otp: parsed.spec,
    }
}

fn has_no_unsafe_character(text: &str) -> bool {
    !text.chars().any(zweifaktor_core::names::is_unsafe)
}

#[test]
fn a_link_with_terminal_escapes_is_saved_without_them() {
    let procedure = Procedure::create(draft_from(EVIL_URI), 0).expect("valid once cleaned");
    // The issuer parameter wins over the label's.
    assert_eq!(procedure.name, "Evil]0;PWNED (nna)");
    assert_eq!(procedure.issuer.as_deref(), Some("Evil]0;PWNED"));
    assert_eq!(procedure.account.as_deref(), Some("nna"));

    // What `list` and the window read from the file: the clear list.
    let mut vault =
        UnlockedVault::create(&Password::from(PASSWORD), cheap_kdf(), false).expect("vault");
    vault.contents.procedures.push(procedure);
    let entries = summary(&vault.seal())
        .expect("readable")
        .entries
        .expect("names shown");
    assert!(
        entries.iter().all(|e| has_no_unsafe_character(&e.name)
            && e.issuer.as_deref().is_none_or(has_no_unsafe_character)),
        "{entries:?}"
    );
}

#[test]
fn a_link_with_a_120_kb_name_is_refused_with_the_bound() {
    let long = format!(
        "otpauth://totp/{}?secret=JBSWY3DPEHPK3PXP",
        "n".repeat(120_000)
    );
    let error = Procedure::create(draft_from(&long), 0).unwrap_err();
    assert!(
        matches!(error, ProcedureError::TooLong { field: "name", .. }),
        "{error}"
    );
    assert!(error.to_string().contains("at most 512"), "{error}");
}

#[test]
fn an_import_preview_shows_names_as_saved_and_says_they_were_cleaned() {
    let vault = r#"{"version":1,"header":{"slots":null,"params":null},"db":{"version":3,"entries":[
        {"type":"totp","name":"ann\u001b[2J","issuer":"\u202eCorp","info":{"secret":"JBSWY3DPEHPK3PXP"}},
        {"type":"totp","name":"Bob","issuer":"Plain","info":{"secret":"KRSXG5CTMVRXEZLU"}},
        {"type":"totp","name":"\u001b]52;c;aGk=\u0007Eve","issuer":"Odd","info":{"secret":"KRSXG5CTMVRXEZLU","digits":2}}
    ]}}"#;
    let imported = aegis::Importer::import(vault.as_bytes(), None).expect("readable");
    let preview = preview(imported, &[]);
    let rows: Vec<(&str, bool)> = preview
        .rows
        .iter()
        .map(|row| (row.label.as_str(), row.cleaned))
        .collect();
    assert_eq!(rows, [("Corp (ann[2J)", true), ("Plain (Bob)", false)]);
    // Entries that cannot be imported are listed by their cleaned names too.
    assert_eq!(preview.skipped[0].label, "Odd (]52;c;aGk=Eve)");
    assert!(CLEANED_NOTE.contains("removed"));
    let drafts = preview.drafts();
    assert!(
        drafts.iter().all(|d| has_no_unsafe_character(&d.name)),
        "{drafts:?}"
    );
}
