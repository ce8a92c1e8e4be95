//! Sealing and opening the vault body with XChaCha20-Poly1305, the header as associated data.
//! Opening fails with one opaque error: a wrong key and a tampered file must look the same.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::kdf::VaultKey;

pub const NONCE_LEN: usize = 24;
pub const TAG_LEN: usize = 16;

/// Wrong password, or a damaged or tampered file: deliberately indistinguishable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("wrong password, or the vault file is damaged")]
pub struct OpenFailed;

/// A fresh random nonce: every save gets its own, so no nonce is ever reused under a key.
pub fn fresh_nonce() -> [u8; NONCE_LEN] {
    let mut nonce = [0; NONCE_LEN];
    fill_random(&mut nonce);
    nonce
}

/// Fills `buf` from the operating system's random source.
pub fn fill_random(buf: &mut [u8]) {
    // The OS random source failing means the machine cannot do cryptography at all; carrying on
    // with a predictable salt or nonce would be worse than stopping.
    getrandom::fill(buf).expect("the operating system's random number generator is unavailable");
}

pub fn seal(key: &VaultKey, nonce: &[u8; NONCE_LEN], header: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    cipher
        .encrypt(
            &XNonce::from(*nonce),
            Payload {
                msg: plaintext,
                aad: header,
            },
        )
        // Encryption only fails for messages beyond 256 GiB, which a vault never is.
        .expect("XChaCha20-Poly1305 cannot fail for a message of this size")
}

pub fn open(
    key: &VaultKey,
    nonce: &[u8; NONCE_LEN],
    header: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, OpenFailed> {
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    cipher
        .decrypt(
            &XNonce::from(*nonce),
            Payload {
                msg: ciphertext,
                aad: header,
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| OpenFailed)
}
