//! What the fuzz targets share: doing with parsed entries what the program does with them after
//! an import (preview, procedures, codes, exports), and the properties a user would notice if
//! they broke — a code of the wrong length, an exported procedure that comes back as another
//! account. A panic or a failed assertion here is a finding.

use zweifaktor_core::export;
use zweifaktor_core::flow::import::add_imported;
use zweifaktor_core::import::google_migration::parse_migration_uri;
use zweifaktor_core::import::preview::preview;
use zweifaktor_core::import::{self, Imported, ImportedEntry};
use zweifaktor_core::message::Localize;
use zweifaktor_core::otp::{OtpGenerator, OtpKind, OtpSpec, STEAM_DIGITS};
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::secret::SecretBytes;
use zweifaktor_core::vault::VaultContents;

/// A fixed moment (2024-06-01): the targets must be deterministic, so no clock.
pub const NOW: u64 = 1_717_200_000;

/// The passwords the seed files from ../shared/testdata use, chosen by one input byte in the
/// targets that try passwords; `None` first, as for an unencrypted file.
pub const PASSWORDS: [Option<&str>; 5] = [
    None,
    Some("test"),
    Some("testtest"),
    Some("testtesttest"),
    Some("Testtest1"),
];

/// Everything the window and the command line do with an import's result: the preview, the
/// checked rows added to a vault, their first codes; then both plain exports of them read back.
pub fn use_imported(imported: Imported) {
    for entry in &imported.entries {
        check_codes(&entry.otp, &entry.secret);
    }
    for skipped in &imported.skipped {
        // Shown to the user in their language (the message layer) and logged in English.
        let _ = (
            skipped.label.to_message(),
            skipped.label.to_string(),
            skipped.reason.to_message(),
            skipped.reason.to_string(),
        );
    }
    let preview = preview(imported, &[]);
    // What the user checked in the preview is added all or nothing: a row offered as new that
    // then does not validate would fail the whole import.
    let mut contents = VaultContents::default();
    let drafts = preview.drafts();
    let added = add_imported(&mut contents, drafts.clone(), NOW)
        .unwrap_or_else(|e| panic!("the preview offered a row that cannot be added: {e}"));
    assert_eq!(added, drafts.len());
    let procedures = contents.procedures;
    for procedure in &procedures {
        if let Some(generator) = procedure.generator() {
            // A draft that passed validation always makes codes.
            let generator = generator.expect("a created procedure has a usable spec and secret");
            let _ = generator.code_at(NOW);
        }
    }
    exports_read_back(&procedures);
}

/// The codes of one entry: when its parameters and secret pass the checks, a generator can be
/// built and every code has as many characters as the spec says.
pub fn check_codes(spec: &OtpSpec, secret: &SecretBytes) {
    let Ok(generator) = OtpGenerator::new(spec, secret) else {
        return;
    };
    let expected_len = match spec.kind {
        OtpKind::Steam => usize::from(STEAM_DIGITS),
        _ => usize::from(spec.digits),
    };
    for at in [0, NOW, u64::MAX] {
        let code = generator.code_at(at);
        assert_eq!(
            code.as_str().len(),
            expected_len,
            "code length for {spec:?}"
        );
        assert!(
            code.as_str().chars().all(|c| c.is_ascii_alphanumeric()),
            "code characters for {spec:?}"
        );
    }
}

/// An otpauth list and Google transfer links of `procedures`, imported again, hold the same
/// accounts: what a user moving their procedures to another app (or back) relies on.
pub fn exports_read_back(procedures: &[Procedure]) {
    let included: Vec<&Procedure> = procedures.iter().filter(|p| p.has_secret()).collect();

    let list = export::otpauth::export(procedures);
    assert_eq!(list.included.len(), included.len());
    let back = <import::otpauth_list::Importer as import::Importer>::import(&list.bytes, None);
    if included.is_empty() {
        assert!(
            back.is_err(),
            "an empty otpauth export imports as something"
        );
    } else {
        let back = back.expect("our own otpauth export reads back");
        assert!(back.skipped.is_empty(), "skipped: {:?}", back.skipped);
        same_accounts(&included, &back.entries, "otpauth list");
    }

    let links = export::google_migration::links(procedures, 7);
    // Names may repeat, so which procedures Google can hold is asked one by one.
    let google: Vec<&Procedure> = included
        .iter()
        .copied()
        .filter(|p| {
            let alone = export::google_migration::links(std::slice::from_ref(*p), 7);
            alone.left_out.is_empty()
        })
        .collect();
    let mut entries = Vec::new();
    for link in &links.links {
        let batch = parse_migration_uri(link).expect("our own transfer link reads back");
        assert!(
            batch.imported.skipped.is_empty(),
            "skipped: {:?}",
            batch.imported.skipped
        );
        entries.extend(batch.imported.entries);
    }
    assert_eq!(links.included.len(), google.len());
    same_accounts(&google, &entries, "Google transfer");
}

fn same_accounts(procedures: &[&Procedure], entries: &[ImportedEntry], what: &str) {
    assert_eq!(
        procedures.len(),
        entries.len(),
        "{what}: number of accounts"
    );
    for (procedure, entry) in procedures.iter().zip(entries) {
        assert_eq!(
            procedure.secret.as_bytes(),
            entry.secret.as_bytes(),
            "{what}: secret of {:?}",
            procedure.name
        );
        assert_eq!(
            procedure.otp, entry.otp,
            "{what}: parameters of {:?}",
            procedure.name
        );
        assert_eq!(
            procedure.export_issuer(),
            entry.issuer,
            "{what}: issuer of {:?}",
            procedure.name
        );
        assert_eq!(
            procedure.export_account(),
            entry.account,
            "{what}: account of {:?}",
            procedure.name
        );
    }
}
