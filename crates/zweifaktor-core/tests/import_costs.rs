//! What a hostile export may make an import cost: key-derivation parameters read from the file
//! are refused above the import caps, at once (no derivation, no allocation) and with the cap
//! named; files that ask for many derivations are bounded in total.

mod common;

use std::time::{Duration, Instant};

use common::expected::read_testdata;
use common::{cheap_kdf, procedure};
use zweifaktor_core::export;
use zweifaktor_core::import::{ImportError, Imported, Importer, aegis, authy, zweifaktor_backup};
use zweifaktor_core::secret::Password;

/// "At once": far below what any of the refused derivations would take (seconds) — and they
/// would also allocate hundreds of megabytes to gigabytes first.
const AT_ONCE: Duration = Duration::from_millis(500);

/// The result, and whether it came at once.
fn timed(
    import: impl FnOnce() -> Result<Imported, ImportError>,
) -> (Result<Imported, ImportError>, Duration) {
    let start = Instant::now();
    let result = import();
    (result, start.elapsed())
}

/// The refusal's reason in English (its `Display`, as logs show it).
fn unsupported_reason(result: &Result<Imported, ImportError>) -> String {
    match result {
        Err(ImportError::Unsupported { reason, .. }) => reason.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// Where the header keeps Argon2id's memory (KiB) and passes: after magic, version, flags and
/// the KDF id (see `vault::format`).
const MEMORY_AT: usize = 8 + 2 + 2 + 1;
const PASSES_AT: usize = MEMORY_AT + 4;

#[test]
fn a_zweifaktor_backup_asking_for_the_vaults_own_limits_is_refused_at_once() {
    let password = Password::from("backup-password");
    let backup = export::backup::export_with_kdf(
        &[procedure("VPN", "JBSWY3DPEHPK3PXP")],
        &password,
        cheap_kdf(),
    )
    .expect("backup");
    let mut hostile = backup.bytes.to_vec();
    // 4 GiB and 16 passes: what a vault of our own may ask for, 20 s and 4 GB before the
    // answer if an import honoured it.
    hostile[MEMORY_AT..MEMORY_AT + 4].copy_from_slice(&(4 * 1024 * 1024u32).to_le_bytes());
    hostile[PASSES_AT..PASSES_AT + 4].copy_from_slice(&16u32.to_le_bytes());
    let (result, took) = timed(|| zweifaktor_backup::Importer::import(&hostile, Some(&password)));
    let reason = unsupported_reason(&result);
    assert!(
        reason.contains("4096 MiB") && reason.contains("at most 256 MiB"),
        "{reason}"
    );
    assert!(took < AT_ONCE, "took {took:?}");

    // Within the memory cap, too many passes.
    hostile[MEMORY_AT..MEMORY_AT + 4].copy_from_slice(&(64 * 1024u32).to_le_bytes());
    let result = zweifaktor_backup::Importer::import(&hostile, Some(&password));
    assert!(unsupported_reason(&result).contains("at most 4"));

    // The backup as written still imports.
    let imported = zweifaktor_backup::Importer::import(&backup.bytes, Some(&password))
        .expect("the honest backup");
    assert_eq!(imported.entries.len(), 1);
}

/// Aegis' encrypted fixture with its scrypt parameters replaced.
fn aegis_with_scrypt(n: u64, p: u64) -> Vec<u8> {
    let text = String::from_utf8(read_testdata("aegis", "aegis_encrypted.json")).expect("text");
    let changed = text
        .replace("\"n\": 32768", &format!("\"n\": {n}"))
        .replace("\"p\": 1", &format!("\"p\": {p}"));
    assert_ne!(changed, text, "the fixture's parameters were found");
    changed.into_bytes()
}

#[test]
fn aegis_scrypt_counts_the_p_sized_buffer_too() {
    // N = 2, r = 8, p = 2^19: V is tiny, but B is 128 · 8 · 2^19 bytes = 512 MiB.
    let hostile = aegis_with_scrypt(2, 1 << 19);
    let (result, took) = timed(|| aegis::Importer::import(&hostile, Some(&Password::from("test"))));
    let reason = unsupported_reason(&result);
    assert!(reason.contains("256 MiB"), "{reason}");
    assert!(took < AT_ONCE, "took {took:?}");
}

#[test]
fn aegis_scrypt_work_is_bounded_over_every_password_slot() {
    let text = String::from_utf8(read_testdata("aegis", "aegis_encrypted.json")).expect("text");
    let vault: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let slot = vault["header"]["slots"]
        .as_array()
        .and_then(|slots| slots.iter().find(|slot| slot["type"] == 1))
        .expect("a password slot")
        .clone();
    // Four slots at four times Aegis' own work each: within the cap one by one, sixteen times
    // the work of one honest slot together.
    let mut costly = slot.clone();
    costly["n"] = (1u64 << 17).into();
    let mut many = vault.clone();
    many["header"]["slots"] = serde_json::Value::Array(vec![costly; 4]);
    let bytes = serde_json::to_vec(&many).expect("JSON");
    let (result, took) = timed(|| aegis::Importer::import(&bytes, Some(&Password::from("test"))));
    let reason = unsupported_reason(&result);
    assert!(reason.contains("4 password slots"), "{reason}");
    assert!(took < AT_ONCE, "took {took:?}");

    // Two honest slots (the second one opening) stay well within it.
    let mut two = vault;
    two["header"]["slots"] = serde_json::Value::Array(vec![slot.clone(), slot]);
    let bytes = serde_json::to_vec(&two).expect("JSON");
    assert!(aegis::Importer::import(&bytes, Some(&Password::from("test"))).is_ok());
}

#[test]
fn authy_files_with_more_encrypted_tokens_than_the_cap_are_refused_at_once() {
    let token = r#"{&quot;accountType&quot;:&quot;authenticator&quot;,&quot;digits&quot;:6,&quot;encryptedSecret&quot;:&quot;94mk0erEKRYU7UKn4o6WAPWR/gQkyrNIxPWIZcXHeWc\u003d&quot;,&quot;originalIssuer&quot;:&quot;Deno&quot;,&quot;salt&quot;:&quot;z01fjH2vyzYks49nxaOTp8M39eMOjxT4&quot;,&quot;name&quot;:&quot;Deno: Mason&quot;}"#;
    let store = |tokens: usize| {
        format!(
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    \
             <string name=\"com.authy.storage.tokens.authenticator.key\">[{}]</string>\n</map>\n",
            vec![token; tokens].join(",")
        )
    };
    // 1001 PBKDF2 derivations: two seconds and more; 10 000 were accepted and took twenty.
    let hostile = store(1001);
    let (result, took) =
        timed(|| authy::Importer::import(hostile.as_bytes(), Some(&Password::from("testtest"))));
    let reason = unsupported_reason(&result);
    assert!(
        reason.contains("1001 encrypted tokens") && reason.contains("1000000"),
        "{reason}"
    );
    assert!(took < AT_ONCE, "took {took:?}");

    let few = store(3);
    let imported =
        authy::Importer::import(few.as_bytes(), Some(&Password::from("testtest"))).expect("3");
    assert_eq!(imported.entries.len(), 3);
}
