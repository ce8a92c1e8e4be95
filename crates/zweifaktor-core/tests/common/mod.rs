//! Helpers shared by the integration tests (the core's, and through a `#[path]` module the
//! program's in the workspace's `tests/`): cheap vaults, procedures, codes, test data.
#![allow(dead_code)]

pub mod expected;
pub mod ftl;
#[path = "../../src/message/german.rs"]
pub mod german;
pub mod process;
pub mod qr_images;
pub mod sample_procedures;

use std::path::{Path, PathBuf};
use std::process::Output;

use zweifaktor_core::procedure::{Procedure, ProcedureDraft};
use zweifaktor_core::secret::{Password, SecretBytes};
use zweifaktor_core::unlock::{self, UnlockError};
use zweifaktor_core::vault::kdf::KdfParams;
use zweifaktor_core::vault::session::{SessionError, VaultSession};
use zweifaktor_core::vault::storage::VaultFiles;

pub const PASSWORD: &str = "Richtig-2026";

/// Key derivation cheap enough for hundreds of unlocks in a test. The parameters live in the
/// vault header, so the real binary opens such a vault just as cheaply.
pub fn cheap_kdf() -> KdfParams {
    KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    }
}

pub struct TestVault {
    pub dir: tempfile::TempDir,
    pub files: VaultFiles,
}

impl TestVault {
    pub fn path(&self) -> PathBuf {
        self.files.vault_path().to_path_buf()
    }
}

/// A vault with cheap key derivation holding the given (name, base32 secret) procedures.
pub fn vault_with(procedures: &[(&str, &str)]) -> TestVault {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = VaultFiles::new(dir.path().join("vault.zweifaktor"));
    let mut session =
        unlock::create(&files, &Password::from(PASSWORD), cheap_kdf(), false).expect("create");
    // One save for all of them: large test vaults build in moments.
    let all: Vec<Procedure> = procedures
        .iter()
        .map(|(name, secret)| procedure(name, secret))
        .collect();
    session
        .modify(|c| {
            c.procedures.extend(all);
            Ok::<_, SessionError>(())
        })
        .expect("save");
    TestVault { dir, files }
}

pub fn add_procedure(session: &mut VaultSession, name: &str, secret_b32: &str) {
    let procedure = procedure(name, secret_b32);
    session
        .modify(|c| {
            c.procedures.push(procedure);
            Ok::<_, SessionError>(())
        })
        .expect("save");
}

/// A TOTP procedure with a URL made from its name.
pub fn procedure(name: &str, secret_b32: &str) -> Procedure {
    let (secret, _) = zweifaktor_core::otp::parse_secret(secret_b32).expect("test secret");
    Procedure::create(
        ProcedureDraft {
            name: name.into(),
            secret,
            url: Some(format!(
                "https://{}.example.org/",
                name.to_lowercase().replace(' ', "-")
            )),
            ..ProcedureDraft::default()
        },
        1_700_000_000,
    )
    .expect("valid procedure")
}

/// `../shared/testdata` beside the checkout (the workspace's folder, whichever crate's test
/// asks).
pub fn shared_testdata() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|dir| dir.join("Cargo.lock").exists())
        .expect("the workspace folder holds Cargo.lock");
    workspace.join("../shared/testdata")
}

pub fn secret(bytes: &[u8]) -> SecretBytes {
    SecretBytes::new(bytes.to_vec())
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn exit_code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

/// The attempts left that a wrong-password error reports; `None` for any other error.
pub fn attempts_left(err: &UnlockError) -> Option<u32> {
    match err {
        UnlockError::WrongPassword { attempts_left, .. } => Some(*attempts_left),
        _ => None,
    }
}

/// The default TOTP code (SHA1, 6 digits, 30 s) of a Base32 secret at Unix time `t`.
pub fn code_at(secret_b32: &str, t: u64) -> String {
    let (secret, _) = zweifaktor_core::otp::parse_secret(secret_b32).expect("test secret");
    zweifaktor_core::otp::OtpGenerator::new(&Default::default(), &secret)
        .expect("default parameters")
        .code_at(t)
        .to_string()
}
