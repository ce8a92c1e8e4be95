//! Stratum (formerly Authenticator Pro) backups: the plain JSON backup, the encrypted one
//! (`"AUTHENTICATORPRO"`, Argon2id + AES-256-GCM) and the legacy encrypted one
//! (`"AuthenticatorPro"`, PBKDF2-HMAC-SHA1 + AES-256-CBC). All key-derivation costs are the
//! app's constants, never read from the file. The app's internal SQLite database
//! (`authenticator.db3`) has its own importer, [`super::stratum_database`], which this one
//! hands such a file to; both convert entries with [`super::stratum_entry`]. Categories and
//! icons are not needed for entries.

use aes::Aes256;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use cbc::cipher::{BlockModeDecrypt, KeyIvInit, block_padding::Pkcs7};
use serde::Deserialize;
use serde::de::IgnoredAny;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::stratum_entry::{Authenticator, convert};
use super::{Detail, ImportError, Imported, Reason, label};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Stratum";

/// Header of the current encrypted backup.
const MAGIC: &[u8; 16] = b"AUTHENTICATORPRO";
/// Header of the legacy encrypted backup (same letters, different case).
const LEGACY_MAGIC: &[u8; 16] = b"AuthenticatorPro";

const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Stratum's Argon2id costs: 3 passes over 64 MiB with 4 lanes.
const ARGON2_PASSES: u32 = 3;
const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
const ARGON2_LANES: u32 = 4;

const LEGACY_SALT_LEN: usize = 20;
const LEGACY_IV_LEN: usize = 16;
const LEGACY_PBKDF2_ITERATIONS: u32 = 64_000;

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Backup<'a> {
    #[serde(borrow)]
    authenticators: RawEntries<'a>,
}

/// An authenticator's names, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Names {
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    username: Option<String>,
}

impl EntryNames for Names {
    fn label(&self) -> String {
        label(
            self.issuer.as_deref(),
            self.username.as_deref().unwrap_or_default(),
        )
    }
}

/// The plain backup, recognised without reading its entries: the authenticator list next to
/// the category list that Stratum always writes beside it.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Probe {
    #[serde(rename = "Authenticators")]
    _authenticators: Vec<IgnoredAny>,
    categories: Option<IgnoredAny>,
    authenticator_categories: Option<IgnoredAny>,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "stratum";
    const NAME: &'static str = "Stratum (Authenticator Pro)";
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        Self::is_encrypted(bytes)
            || serde_json::from_slice::<Probe>(bytes).is_ok_and(|probe| {
                probe.categories.is_some() || probe.authenticator_categories.is_some()
            })
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        bytes.starts_with(MAGIC) || bytes.starts_with(LEGACY_MAGIC)
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        // The app's database chosen with `--format stratum`: read it as what it is.
        if super::sqlite::is_sqlite(bytes) {
            return super::stratum_database::Importer::import(bytes, password);
        }
        if let Some(sealed) = bytes.strip_prefix(MAGIC) {
            let password = password.ok_or(ImportError::PasswordRequired)?;
            let plaintext = decrypt(sealed, password)?;
            Ok(convert_all(parse_decrypted(&plaintext)?))
        } else if let Some(sealed) = bytes.strip_prefix(LEGACY_MAGIC) {
            let password = password.ok_or(ImportError::PasswordRequired)?;
            let plaintext = decrypt_legacy(sealed, password)?;
            // CBC has no authentication: a wrong key shows as bad padding, or (1 time in
            // about 256) as garbage that is not JSON.
            let backup: Backup =
                serde_json::from_slice(&plaintext).map_err(|_| ImportError::WrongPassword)?;
            Ok(convert_all(backup))
        } else {
            let backup: Backup = serde_json::from_slice(bytes).map_err(json_error)?;
            Ok(convert_all(backup))
        }
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

/// Argon2's error on Stratum's fixed parameters and the file's salt: its kinds (a salt too
/// short, …) say nothing a user could act on.
fn kdf_refused(_error: argon2::Error) -> ImportError {
    damaged(Reason::KdfParameters {
        detail: Some(Detail::Argon2Refused),
    })
}

fn json_error(error: serde_json::Error) -> ImportError {
    ImportError::from_json(FORMAT, &error)
}

fn convert_all(backup: Backup) -> Imported {
    let mut imported = Imported::default();
    for (index, raw) in backup.authenticators.into_iter().enumerate() {
        match entries::read::<Authenticator, Names>(raw, index).and_then(convert) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        }
    }
    imported
}

fn parse_decrypted(plaintext: &[u8]) -> Result<Backup<'_>, ImportError> {
    serde_json::from_slice(plaintext).map_err(|e| {
        damaged(Reason::DecryptedUnreadable {
            detail: Detail::json(&e, true),
        })
    })
}

/// `salt ‖ nonce ‖ ciphertext‖tag` after the magic.
fn decrypt(sealed: &[u8], password: &Password) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    if sealed.len() < SALT_LEN + NONCE_LEN + TAG_LEN {
        return Err(damaged(Reason::EncryptedCut));
    }
    let (salt, rest) = sealed.split_at(SALT_LEN);
    let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
    let params = argon2::Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, ARGON2_LANES, Some(32))
        .map_err(kdf_refused)?;
    let argon2 = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon2
        .hash_password_into(password.as_bytes(), salt, key.as_mut_slice())
        .map_err(kdf_refused)?;
    let nonce = Nonce::try_from(nonce).map_err(|_| {
        damaged(Reason::WrongSize {
            field: "nonce".to_owned(),
            length: nonce.len() as u64,
            expected: NONCE_LEN as u64,
        })
    })?;
    let cipher = Aes256Gcm::new(&(*key).into());
    cipher
        .decrypt(&nonce, ciphertext)
        .map(Zeroizing::new)
        // GCM cannot tell a wrong key from changed data; a wrong password is far likelier.
        .map_err(|_| ImportError::WrongPassword)
}

/// `salt ‖ IV ‖ ciphertext` after the legacy magic; PKCS#7 padding.
fn decrypt_legacy(sealed: &[u8], password: &Password) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    if sealed.len() < LEGACY_SALT_LEN + LEGACY_IV_LEN + 16 {
        return Err(damaged(Reason::EncryptedCut));
    }
    let (salt, rest) = sealed.split_at(LEGACY_SALT_LEN);
    let (iv, ciphertext) = rest.split_at(LEGACY_IV_LEN);
    if ciphertext.len() % 16 != 0 {
        return Err(damaged(Reason::EncryptedCut));
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(
        password.as_bytes(),
        salt,
        LEGACY_PBKDF2_ITERATIONS,
        key.as_mut_slice(),
    );
    let decryptor =
        cbc::Decryptor::<Aes256>::new_from_slices(key.as_slice(), iv).map_err(|_| {
            damaged(Reason::WrongSize {
                field: "IV".to_owned(),
                length: iv.len() as u64,
                expected: LEGACY_IV_LEN as u64,
            })
        })?;
    let mut buffer = Zeroizing::new(ciphertext.to_vec());
    let length = decryptor
        .decrypt_padded::<Pkcs7>(buffer.as_mut_slice())
        .map_err(|_| ImportError::WrongPassword)?
        .len();
    buffer.truncate(length);
    Ok(buffer)
}
