//! What the vault's files, its format and key derivation, unlocking, the lockout and the
//! master-password rules say.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{Localize, io_reason, joined, path};
use crate::lockout::Locked;
use crate::password_rules::{MIN_PASSWORD_CHARS, PasswordRule, WeakPassword};
use crate::unlock::UnlockError;
use crate::vault::VaultError;
use crate::vault::cipher::OpenFailed;
use crate::vault::format::{FormatError, VaultDamage};
use crate::vault::kdf::{KdfError, MAX_LANES, MAX_PASSES};
use crate::vault::session::SessionError;
use crate::vault::storage::StorageError;

impl Localize for StorageError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            StorageError::NoVault(p) => fl!(l, "storage-no-vault", path = path(p)),
            StorageError::AlreadyExists(p) => fl!(l, "storage-already-exists", path = path(p)),
            StorageError::Read { path: p, source } => fl!(
                l,
                "storage-read",
                path = path(p),
                reason = io_reason(source, l)
            ),
            StorageError::Write { path: p, source } => fl!(
                l,
                "storage-write",
                path = path(p),
                reason = io_reason(source, l)
            ),
            StorageError::LockLost(p) => fl!(l, "storage-lock-lost", path = path(p)),
            StorageError::LockKeepsVanishing(p) => {
                fl!(l, "storage-lock-keeps-vanishing", path = path(p))
            }
            StorageError::Lock { path: p, source } => fl!(
                l,
                "storage-lock",
                path = path(p),
                reason = io_reason(source, l)
            ),
        }
    }
}

impl Localize for FormatError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            FormatError::NotAVault => fl!(l, "format-not-a-vault"),
            FormatError::NewerVersion(version) => {
                fl!(l, "format-newer-version", version = (*version))
            }
            FormatError::Damaged(damage) => {
                fl!(l, "format-damaged", detail = damage.localize(l))
            }
        }
    }
}

impl Localize for VaultDamage {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            VaultDamage::UnknownVersion => fl!(l, "vault-damage-unknown-version"),
            VaultDamage::UnknownFlags => fl!(l, "vault-damage-unknown-flags"),
            VaultDamage::UnknownKeyDerivation => fl!(l, "vault-damage-unknown-key-derivation"),
            VaultDamage::ClearListTooLong => fl!(l, "vault-damage-clear-list-too-long"),
            VaultDamage::Truncated => fl!(l, "vault-damage-truncated"),
            VaultDamage::UnreadableList => fl!(l, "vault-damage-unreadable-list"),
            VaultDamage::UnreadableContents => fl!(l, "vault-damage-unreadable-contents"),
        }
    }
}

impl Localize for KdfError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            KdfError::TooMuchMemory { memory_kib } => {
                fl!(l, "kdf-too-much-memory", memory_kib = (*memory_kib))
            }
            KdfError::TooManyPasses { passes } => {
                fl!(
                    l,
                    "kdf-too-many-passes",
                    passes = (*passes),
                    max = MAX_PASSES
                )
            }
            KdfError::TooManyLanes { lanes } => {
                fl!(l, "kdf-too-many-lanes", lanes = (*lanes), max = MAX_LANES)
            }
            KdfError::Invalid(e) => fl!(l, "kdf-invalid", detail = argon2_reason(e, l)),
        }
    }
}

/// Which of Argon2's rules the vault's parameters break; the ones our own bounds above or our
/// fixed key and salt lengths rule out get a general sentence.
fn argon2_reason(error: &argon2::Error, l: &FluentLanguageLoader) -> String {
    match error {
        argon2::Error::MemoryTooLittle => fl!(l, "kdf-argon2-memory-too-little"),
        argon2::Error::TimeTooSmall => fl!(l, "kdf-argon2-time-too-small"),
        argon2::Error::ThreadsTooFew => fl!(l, "kdf-argon2-threads-too-few"),
        argon2::Error::OutOfMemory => fl!(l, "kdf-argon2-out-of-memory"),
        _ => fl!(l, "kdf-argon2-other"),
    }
}

impl Localize for OpenFailed {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        fl!(l, "vault-wrong-password-or-damaged")
    }
}

impl Localize for VaultError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            VaultError::Format(e) => e.localize(l),
            VaultError::Kdf(e) => e.localize(l),
            VaultError::WrongPasswordOrDamaged(e) => e.localize(l),
            VaultError::SecretsErased => fl!(l, "vault-secrets-erased"),
            VaultError::KeyChanged => fl!(l, "vault-key-changed"),
        }
    }
}

impl Localize for SessionError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            SessionError::Storage(e) => e.localize(l),
            SessionError::Vault(e) => e.localize(l),
            SessionError::WeakPassword(e) => e.localize(l),
        }
    }
}

impl Localize for Locked {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        fl!(l, "unlock-locked", seconds = self.seconds_left)
    }
}

impl Localize for UnlockError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            UnlockError::WrongPassword {
                attempts_left,
                locked_for: None,
            } => fl!(l, "unlock-wrong-password", attempts_left = (*attempts_left)),
            UnlockError::WrongPassword {
                attempts_left,
                locked_for: Some(seconds),
            } => fl!(
                l,
                "unlock-wrong-password-locked",
                attempts_left = (*attempts_left),
                seconds = (*seconds)
            ),
            UnlockError::Locked(e) => e.localize(l),
            UnlockError::ErasedNow => fl!(l, "unlock-erased-now"),
            UnlockError::SecretsErased => fl!(l, "unlock-secrets-erased"),
            UnlockError::WeakPassword(e) => e.localize(l),
            UnlockError::Storage(e) => e.localize(l),
            UnlockError::Vault(e) => e.localize(l),
        }
    }
}

/// A rule as the password hints list it.
impl Localize for PasswordRule {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            PasswordRule::LongEnough => {
                fl!(l, "password-rule-long-enough", min = MIN_PASSWORD_CHARS)
            }
            PasswordRule::Uppercase => fl!(l, "password-rule-uppercase"),
            PasswordRule::Lowercase => fl!(l, "password-rule-lowercase"),
            PasswordRule::Digit => fl!(l, "password-rule-digit"),
            PasswordRule::Special => fl!(l, "password-rule-special"),
        }
    }
}

impl Localize for WeakPassword {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        let rules = joined(self.0.iter().map(|r| r.localize(l)), l);
        fl!(l, "password-needs", rules = rules)
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::super::german::assert_german;
    use super::*;
    use crate::vault::kdf::KdfParams;

    /// A vault whose header breaks Argon2's rules says which one, in German.
    #[test]
    fn argon2_s_rules_are_said_in_german() {
        let de = crate::i18n::loader_for("de");
        let rule = |params: KdfParams| match params.validate() {
            Ok(_) => panic!("{params:?} were accepted"),
            Err(error) => error.localize(&de),
        };
        let too_little_memory = rule(KdfParams {
            memory_kib: 1,
            passes: 3,
            lanes: 4,
        });
        assert_german(
            &too_little_memory,
            &["Parameter der Schlüsselableitung", "zu wenig Speicher"],
        );
        let no_passes = rule(KdfParams {
            memory_kib: 64 * 1024,
            passes: 0,
            lanes: 4,
        });
        assert_german(&no_passes, &["zu wenige Durchläufe"]);
        let no_lanes = rule(KdfParams {
            memory_kib: 64 * 1024,
            passes: 3,
            lanes: 0,
        });
        assert_german(&no_lanes, &["zu wenige parallele Stränge"]);
        let other = KdfError::Invalid(argon2::Error::SaltTooShort).localize(&de);
        assert_german(&other, &["Regel von Argon2"]);
    }

    #[test]
    fn a_lock_file_removed_again_and_again_is_said_in_german() {
        let de = crate::i18n::loader_for("de");
        let error = StorageError::LockKeepsVanishing(PathBuf::from("/srv/tresor.lock"));
        assert_german(
            &error.localize(&de),
            &["/srv/tresor.lock", "anderes Programm", "Sperrdatei"],
        );
        // The log keeps its English.
        assert!(error.to_string().contains("keeps removing the lock file"));
    }
}
