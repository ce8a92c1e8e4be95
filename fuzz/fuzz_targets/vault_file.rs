//! The vault file reader: a file from disk (maybe damaged, maybe hostile) through every check
//! that runs before and around the key, and — since random bytes never get past the seal —
//! the same reader on contents sealed under a known key, to reach what the seal protects.
//!
//! Input: a file's bytes as they are; then the same bytes read as `flags, clear list, NUL,
//! body JSON`, turned into a correctly sealed file (the body parser behind the seal).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::format::{self, Header, SALT_LEN};
use zweifaktor_core::vault::kdf::{KdfParams, VaultKey};
use zweifaktor_core::vault::{self, ClearEntry, UnlockedVault, cipher};
use zweifaktor_fuzz::{NOW, check_codes, exports_read_back};

/// Argon2id's smallest cost: the targets need keys, not key stretching.
const CHEAP: KdfParams = KdfParams {
    memory_kib: 8,
    passes: 1,
    lanes: 1,
};

static KEY: LazyLock<VaultKey> = LazyLock::new(|| key("Right1!password"));
static WRONG_KEY: LazyLock<VaultKey> = LazyLock::new(|| key("Wrong1!password"));

fn key(password: &str) -> VaultKey {
    CHEAP
        .derive(&Password::from(password), &[0; SALT_LEN])
        .expect("the cheap parameters are valid")
}

fuzz_target!(|data: &[u8]| {
    read_as_file(data);
    read_as_sealed(data);
});

/// What unlock, `list`, `status` and the erase do with a file of unknown origin.
fn read_as_file(data: &[u8]) {
    let Ok(parsed) = format::parse(data) else {
        assert!(vault::summary(data).is_err());
        assert!(vault::erased_file(data).is_err());
        return;
    };
    // Writing the header back gives the bytes it was read from: they are the seal's
    // associated data, so any difference would make a saved vault unreadable.
    assert_eq!(parsed.header.to_bytes(), parsed.header_bytes);
    let _ = parsed.header.kdf.validate();
    let _ = vault::summary(data);
    check_erase(data, parsed.header.names_hidden);

    // Bytes that were not sealed under a key never open with it.
    assert!(UnlockedVault::open_with_key(data, WRONG_KEY.clone()).is_err());
    assert!(UnlockedVault::open_with_key(data, KEY.clone()).is_err());
    // The window re-reads a vault another program changed.
    let mut open = UnlockedVault::create(&Password::from("Right1!password"), CHEAP, false)
        .expect("the cheap parameters are valid");
    assert!(!matches!(open.reload_if_changed(data), Ok(true)));
}

/// After too many wrong passwords, whatever the file held: the result opens as an erased vault,
/// its list (if names were shown) marked for re-enrollment, and a new password can be set.
fn check_erase(file: &[u8], names_hidden: bool) {
    let erased = vault::erased_file(file).expect("a file whose header parses can be erased");
    let summary = vault::summary(&erased).expect("an erased vault is readable");
    assert!(summary.secrets_erased);
    assert_eq!(summary.names_hidden, names_hidden);
    let entries = summary.entries.unwrap_or_default();
    assert!(entries.iter().all(|e| e.needs_reenrollment));
    let fresh =
        UnlockedVault::recreate_after_erase(&erased, &Password::from("New1!password"), CHEAP, NOW)
            .expect("a new password can be set after an erase");
    assert_eq!(fresh.contents.procedures.len(), entries.len());
    assert!(
        fresh
            .contents
            .procedures
            .iter()
            .all(|p| p.needs_reenrollment)
    );
}

/// `flags, clear list, NUL, body`, sealed under `KEY` as our own writer would.
fn read_as_sealed(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let (clear_list, body) = match rest.iter().position(|&b| b == 0) {
        Some(nul) => (&rest[..nul], &rest[nul + 1..]),
        None => (&[][..], rest),
    };
    let header = Header {
        names_hidden: flags & 1 != 0,
        secrets_erased: flags & 2 != 0,
        kdf: CHEAP,
        salt: [0; SALT_LEN],
        nonce: [1; cipher::NONCE_LEN],
        clear_list: clear_list.into(),
    };
    let mut file = header.to_bytes();
    let header_len = file.len();
    file.extend_from_slice(body);
    let (aad, sealed) = file.split_at_mut(header_len);
    let tag = cipher::seal_in_place(&KEY, &header.nonce, aad, sealed);
    file.extend_from_slice(&tag);

    let _ = vault::summary(&file);
    check_erase(&file, header.names_hidden);
    let Ok(mut vault) = UnlockedVault::open_with_key(&file, KEY.clone()) else {
        return;
    };
    assert!(!header.secrets_erased, "an erased vault opened");

    let procedures: Vec<Procedure> = vault.contents.procedures.clone();
    // Saving and opening again keeps every procedure as it was, and the clear list matches.
    let saved = vault.seal();
    let again = UnlockedVault::open_with_key(&saved, KEY.clone()).expect("our own save opens");
    assert_eq!(again.contents.procedures, procedures);
    let summary = vault::summary(&saved).expect("our own save has a readable list");
    if header.names_hidden {
        assert_eq!(summary.entries, None);
    } else {
        let listed: Vec<ClearEntry> = procedures.iter().map(ClearEntry::from).collect();
        assert_eq!(summary.entries, Some(listed));
    }

    for procedure in &procedures {
        if let Some(Ok(_)) = procedure.generator() {
            check_codes(&procedure.otp, &procedure.secret);
        }
    }
    // A body is only ever written after validation; only such procedures are exported.
    let valid: Vec<Procedure> = procedures
        .into_iter()
        .filter(|p| p.otp.validate().is_ok())
        .collect();
    exports_read_back(&valid);
}
