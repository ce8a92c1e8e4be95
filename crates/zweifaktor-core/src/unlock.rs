//! Unlocking with the wrong-password lockout, creating a vault, and starting over after a
//! forgotten password: the flows every front end (window, command line) goes through.
//!
//! The whole evaluation of a password happens under the vault's file lock, so that processes
//! started in parallel cannot try passwords faster than the lockout allows; and every attempt is
//! on disk, counted as wrong, before its password is even checked (see [`unlock`]).

use crate::clock::Clock;
use crate::lockout::{FailureOutcome, Locked, LockoutState};
use crate::password_rules::{WeakPassword, require_strong};
use crate::secret::Password;
use crate::vault::kdf::KdfParams;
use crate::vault::session::{SessionError, VaultSession};
use crate::vault::storage::{StorageError, VaultFiles, VaultLock};
use crate::vault::{self, UnlockedVault, VaultError};

#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    #[error(
        "wrong password; {attempts_left} more wrong attempts and the secrets are erased{}",
        locked_note(*.locked_for)
    )]
    WrongPassword {
        attempts_left: u32,
        locked_for: Option<u64>,
    },
    #[error(transparent)]
    Locked(#[from] Locked),
    #[error(
        "too many wrong passwords: the secrets were erased. The list of procedures is kept; set a new password and enroll them again"
    )]
    ErasedNow,
    #[error(
        "the secrets were erased after too many wrong passwords (or a reset); set a new password to go on"
    )]
    SecretsErased,
    #[error(transparent)]
    WeakPassword(#[from] WeakPassword),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Vault(VaultError),
}

fn locked_note(locked_for: Option<u64>) -> String {
    locked_for
        .map(|s| format!("; locked for {s} seconds"))
        .unwrap_or_default()
}

impl From<SessionError> for UnlockError {
    fn from(e: SessionError) -> Self {
        match e {
            SessionError::Storage(e) => e.into(),
            SessionError::Vault(e) => e.into(),
            SessionError::WeakPassword(e) => e.into(),
        }
    }
}

impl From<VaultError> for UnlockError {
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::SecretsErased => UnlockError::SecretsErased,
            other => UnlockError::Vault(other),
        }
    }
}

/// What `status` reports; also what the window shows on its unlock screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LockStatus {
    pub failed_attempts: u32,
    pub locked_for_seconds: u64,
    pub secrets_erased: bool,
}

pub fn status(files: &VaultFiles, clock: &dyn Clock) -> Result<LockStatus, UnlockError> {
    let summary = vault::summary(&files.read()?)?;
    let attempts = files.read_attempts();
    Ok(LockStatus {
        failed_attempts: attempts.failed_attempts,
        locked_for_seconds: attempts.locked_for(clock.now_unix()),
        secrets_erased: summary.secrets_erased,
    })
}

/// Tries `password`, counting a wrong one durably before returning.
///
/// Up to the moment the attempt is on disk, a right and a wrong password do the same: take the
/// lock, read the vault and the counter, derive the key (the slow part: a process killed during
/// it counts nothing), write the counter with this attempt counted as wrong. Only then is the
/// key tried; a right one clears the count again. So a program that watches the folder, or kills
/// the process at the first sign of the answer, learns nothing from an uncounted attempt.
pub fn unlock(
    files: &VaultFiles,
    password: &Password,
    clock: &dyn Clock,
) -> Result<VaultSession, UnlockError> {
    let lock = files.lock()?;
    let file = files.read()?;
    if vault::format::parse(&file)
        .map_err(VaultError::from)?
        .header
        .secrets_erased
    {
        return Err(UnlockError::SecretsErased);
    }
    let before = files.read_attempts();
    if before.erase_due() {
        // The 10th wrong attempt was counted but its process stopped before the erase.
        erase(files, &lock, &file)?;
        return Err(UnlockError::ErasedNow);
    }
    before.gate(clock.now_unix())?;
    // Structural problems (not a vault, newer format, absurd costs) are reported before any
    // password is evaluated, and count nothing.
    let key = vault::derive_key(&file, password)?;
    let (counted, if_wrong) = before.counted_in_advance(clock.now_unix());
    files.write_attempts(&lock, &counted)?;
    match UnlockedVault::open_with_key(&file, key.clone()) {
        Ok(opened) => {
            files.write_attempts(&lock, &LockoutState::default())?;
            Ok(VaultSession::new(files.clone(), opened))
        }
        Err(VaultError::WrongPasswordOrDamaged(_)) => {
            // A damaged vault file looks like a wrong password. If the backup copy opens with the
            // same key, the password was right: put the backup back and count nothing.
            if let Some(backup) = files.read_backup()
                && let Ok(restored) = UnlockedVault::open_with_key(&backup, key)
            {
                files.restore_backup(&lock, &backup)?;
                files.write_attempts(&lock, &LockoutState::default())?;
                let mut session = VaultSession::new(files.clone(), restored);
                session.restored_from_backup = true;
                return Ok(session);
            }
            match if_wrong {
                FailureOutcome::EraseSecrets => {
                    erase(files, &lock, &file)?;
                    Err(UnlockError::ErasedNow)
                }
                FailureOutcome::Refused { attempts_left } => Err(UnlockError::WrongPassword {
                    attempts_left,
                    locked_for: None,
                }),
                FailureOutcome::Locked {
                    attempts_left,
                    seconds,
                } => Err(UnlockError::WrongPassword {
                    attempts_left,
                    locked_for: Some(seconds),
                }),
            }
        }
        Err(other) => {
            // The key opened the seal but the contents are unreadable (a newer writer): the
            // password was right, so the attempt counts nothing.
            files.write_attempts(&lock, &before)?;
            Err(other.into())
        }
    }
}

/// Erases the secrets from the vault and every copy, and starts a fresh count.
fn erase(files: &VaultFiles, lock: &VaultLock, file: &[u8]) -> Result<(), UnlockError> {
    let erased = vault::erased_file(file)?;
    files.overwrite_everything(lock, &erased)?;
    files.write_attempts(lock, &LockoutState::default())?;
    Ok(())
}

/// Creates a new, empty vault under a password that meets the rules.
pub fn create(
    files: &VaultFiles,
    password: &Password,
    kdf: KdfParams,
    names_hidden: bool,
) -> Result<VaultSession, UnlockError> {
    require_strong(password.as_str())?;
    files.create_folder()?;
    let lock = files.lock()?;
    if files.exists() {
        return Err(StorageError::AlreadyExists(files.vault_path().to_path_buf()).into());
    }
    let mut vault = UnlockedVault::create(password, kdf, names_hidden)?;
    files.write_new(&lock, &vault.seal())?;
    files.write_attempts(&lock, &Default::default())?;
    Ok(VaultSession::new(files.clone(), vault))
}

/// "Forgot password", confirmed: erases every secret (vault and backup), keeps the list of
/// procedures marked for re-enrollment. A new password is set afterwards with `start_over`.
pub fn erase_secrets(files: &VaultFiles) -> Result<(), UnlockError> {
    let lock = files.lock()?;
    erase(files, &lock, &files.read()?)
}

/// Erases the secrets (if they are not gone already), keeps the list of procedures marked for
/// re-enrollment, and seals it under a new password: "forgot password", and the way on after
/// the erase that too many wrong passwords cause.
pub fn start_over(
    files: &VaultFiles,
    new_password: &Password,
    kdf: KdfParams,
    clock: &dyn Clock,
) -> Result<VaultSession, UnlockError> {
    require_strong(new_password.as_str())?;
    let lock = files.lock()?;
    let file = files.read()?;
    let erased = vault::erased_file(&file)?;
    let mut vault =
        UnlockedVault::recreate_after_erase(&erased, new_password, kdf, clock.now_unix())?;
    // The backup is replaced too: it must not keep the old secrets.
    files.overwrite_everything(&lock, &vault.seal())?;
    files.write_attempts(&lock, &Default::default())?;
    Ok(VaultSession::new(files.clone(), vault))
}
