//! The master key from the master password: Argon2id with parameters stored in the vault header,
//! so they can be raised later, and bounded, so a hostile header cannot make us allocate 64 GiB
//! or spin for hours before we even get to the password.

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::secret::Password;

pub const KEY_LEN: usize = 32;

/// The most memory a vault header may ask for: 4 GiB, in KiB.
pub const MAX_MEMORY_KIB: u32 = 4 * 1024 * 1024;
/// The most passes a header may ask for. RFC 9106 recommends 1 to 3; 16 at 4 GiB is already
/// minutes of work, anything above is a damaged or hostile file.
pub const MAX_PASSES: u32 = 16;
/// The most lanes: far above any sensible machine, low enough to bound thread creation.
pub const MAX_LANES: u32 = 64;

/// Argon2id cost parameters as stored in the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl Default for KdfParams {
    /// RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes.
    fn default() -> Self {
        KdfParams {
            memory_kib: 64 * 1024,
            passes: 3,
            lanes: 4,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KdfError {
    #[error(
        "the vault asks for {memory_kib} KiB of memory for key derivation, more than the 4 GiB allowed; the file is damaged or not trustworthy"
    )]
    TooMuchMemory { memory_kib: u32 },
    #[error(
        "the vault asks for {passes} key-derivation passes (at most {MAX_PASSES} allowed); the file is damaged or not trustworthy"
    )]
    TooManyPasses { passes: u32 },
    #[error(
        "the vault asks for {lanes} key-derivation lanes (at most {MAX_LANES} allowed); the file is damaged or not trustworthy"
    )]
    TooManyLanes { lanes: u32 },
    /// Argon2's own rule that the parameters break.
    #[error("the vault's key-derivation parameters are invalid: {0}")]
    Invalid(argon2::Error),
}

/// A derived vault key; zeroized on drop, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct VaultKey([u8; KEY_LEN]);

impl VaultKey {
    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey([redacted])")
    }
}

impl KdfParams {
    /// Checks the bounds above and Argon2's own rules, before anything is allocated.
    pub fn validate(&self) -> Result<Params, KdfError> {
        if self.memory_kib > MAX_MEMORY_KIB {
            return Err(KdfError::TooMuchMemory {
                memory_kib: self.memory_kib,
            });
        }
        if self.passes > MAX_PASSES {
            return Err(KdfError::TooManyPasses {
                passes: self.passes,
            });
        }
        if self.lanes > MAX_LANES {
            return Err(KdfError::TooManyLanes { lanes: self.lanes });
        }
        Params::new(self.memory_kib, self.passes, self.lanes, Some(KEY_LEN))
            .map_err(KdfError::Invalid)
    }

    /// Derives the key. Costly by design (about 0.2 s at the defaults on two cores).
    pub fn derive(&self, password: &Password, salt: &[u8]) -> Result<VaultKey, KdfError> {
        let params = self.validate()?;
        let mut key = VaultKey([0; KEY_LEN]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(password.as_bytes(), salt, &mut key.0)
            .map_err(KdfError::Invalid)?;
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_asking_for_64_gib_is_refused_before_allocating() {
        let hostile = KdfParams {
            memory_kib: 64 * 1024 * 1024,
            passes: 3,
            lanes: 4,
        };
        // If this allocated, the test would take 64 GiB; it returns at once instead.
        assert_eq!(
            hostile.derive(&Password::from("x"), &[0; 16]).unwrap_err(),
            KdfError::TooMuchMemory {
                memory_kib: 64 * 1024 * 1024
            }
        );
        let slow = KdfParams {
            passes: 1_000_000,
            ..KdfParams::default()
        };
        assert!(matches!(
            slow.validate(),
            Err(KdfError::TooManyPasses { .. })
        ));
        let zero = KdfParams {
            memory_kib: 0,
            ..KdfParams::default()
        };
        assert!(matches!(zero.validate(), Err(KdfError::Invalid(_))));
    }

    #[test]
    fn same_password_and_salt_give_the_same_key_and_others_differ() {
        let cheap = KdfParams {
            memory_kib: 64,
            passes: 1,
            lanes: 1,
        };
        let a = cheap.derive(&Password::from("Secret1!"), &[1; 16]).unwrap();
        let b = cheap.derive(&Password::from("Secret1!"), &[1; 16]).unwrap();
        let c = cheap.derive(&Password::from("Secret1?"), &[1; 16]).unwrap();
        let d = cheap.derive(&Password::from("Secret1!"), &[2; 16]).unwrap();
        assert_eq!(a.as_bytes(), b.as_bytes());
        assert_ne!(a.as_bytes(), c.as_bytes());
        assert_ne!(a.as_bytes(), d.as_bytes());
        assert_eq!(format!("{a:?}"), "VaultKey([redacted])");
    }
}
