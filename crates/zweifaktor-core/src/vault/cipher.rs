//! Sealing and opening the vault body with XChaCha20-Poly1305, the header as associated data.
//! Opening fails with one opaque error: a wrong key and a tampered file must look the same.

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
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

/// Encrypts `buffer` in place and returns the tag to append. Sealing in place means the
/// plaintext never needs a second buffer (nor a second copy to wipe).
pub fn seal_in_place(
    key: &VaultKey,
    nonce: &[u8; NONCE_LEN],
    header: &[u8],
    buffer: &mut [u8],
) -> [u8; TAG_LEN] {
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    cipher
        .encrypt_inout_detached(&XNonce::from(*nonce), header, buffer.into())
        // Encryption only fails for messages beyond 256 GiB, which a vault never is.
        .expect("XChaCha20-Poly1305 cannot fail for a message of this size")
        .into()
}

/// Checks the tag at the end of `sealed` and decrypts the rest.
pub fn open(
    key: &VaultKey,
    nonce: &[u8; NONCE_LEN],
    header: &[u8],
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, OpenFailed> {
    let split = sealed.len().checked_sub(TAG_LEN).ok_or(OpenFailed)?;
    let (ciphertext, tag) = sealed.split_at(split);
    let tag = Tag::try_from(tag).map_err(|_| OpenFailed)?;
    let mut buffer = Zeroizing::new(ciphertext.to_vec());
    let cipher = XChaCha20Poly1305::new(key.as_bytes().into());
    cipher
        .decrypt_inout_detached(
            &XNonce::from(*nonce),
            header,
            buffer.as_mut_slice().into(),
            &tag,
        )
        .map_err(|_| OpenFailed)?;
    Ok(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::Password;
    use crate::vault::kdf::KdfParams;

    fn key(password: &str) -> VaultKey {
        let cheap = KdfParams {
            memory_kib: 64,
            passes: 1,
            lanes: 1,
        };
        cheap.derive(&Password::from(password), &[3; 16]).unwrap()
    }

    #[test]
    fn sealed_text_opens_only_with_the_same_key_nonce_and_header() {
        let nonce = fresh_nonce();
        let mut buffer = b"the procedures".to_vec();
        let tag = seal_in_place(&key("a"), &nonce, b"header", &mut buffer);
        assert_ne!(&buffer[..], b"the procedures");
        buffer.extend_from_slice(&tag);
        let opened = open(&key("a"), &nonce, b"header", &buffer).unwrap();
        assert_eq!(&opened[..], b"the procedures");
        assert_eq!(open(&key("b"), &nonce, b"header", &buffer), Err(OpenFailed));
        assert_eq!(
            open(&key("a"), &fresh_nonce(), b"header", &buffer),
            Err(OpenFailed)
        );
        assert_eq!(open(&key("a"), &nonce, b"headex", &buffer), Err(OpenFailed));
        assert_eq!(
            open(&key("a"), &nonce, b"header", &buffer[..10]),
            Err(OpenFailed)
        );
        assert_eq!(open(&key("a"), &nonce, b"header", &[]), Err(OpenFailed));
    }
}
