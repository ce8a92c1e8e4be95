//! An encrypted Aegis Authenticator vault, as Aegis itself exports it: one password slot
//! (scrypt N = 2^15, r = 8, p = 1 → AES-256-GCM wrap of a random master key) and the database
//! (content version 3) encrypted with AES-256-GCM under the master key. The nonces and tags are
//! hex, the encrypted database Base64; there is no associated data. The layout follows Aegis'
//! vault documentation (`docs/vault.md`) and its own writer, so Aegis imports the file with the
//! export password; our `aegis` importer reads it back too.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use serde::Serialize;
use zeroize::Zeroizing;

use super::{Export, ExportError, LeftOutReason, MIN_EXPORT_PASSWORD_CHARS, left_out, required};
use crate::otp::{OtpKind, STEAM_DIGITS};
use crate::procedure::Procedure;
use crate::secret::Password;
use crate::vault::cipher::fill_random;
use crate::vault::kdf::KdfParams;

/// The scrypt cost Aegis itself writes for password slots (32 MiB; a fraction of a second).
const SCRYPT_LOG_N: u8 = 15;
const SCRYPT_R: u32 = 8;
const SCRYPT_P: u32 = 1;
/// Aegis' vault file version and database content version.
const VAULT_VERSION: u32 = 1;
const DB_VERSION: u32 = 3;
const SLOT_TYPE_PASSWORD: u32 = 1;
const TAG_LEN: usize = 16;

/// The file, in Aegis' key order.
#[derive(Serialize)]
struct VaultFile {
    version: u32,
    header: Header,
    /// Base64 of the encrypted [`Db`].
    db: String,
}

#[derive(Serialize)]
struct Header {
    slots: [Slot; 1],
    params: GcmParams,
}

#[derive(Serialize)]
struct Slot {
    #[serde(rename = "type")]
    slot_type: u32,
    uuid: String,
    key: String,
    key_params: GcmParams,
    n: u32,
    r: u32,
    p: u32,
    salt: String,
    repaired: bool,
    is_backup: bool,
}

#[derive(Serialize)]
struct GcmParams {
    nonce: String,
    tag: String,
}

impl GcmParams {
    fn of(sealed: &Sealed) -> Self {
        GcmParams {
            nonce: hex::encode(sealed.nonce),
            tag: hex::encode(sealed.tag),
        }
    }
}

#[derive(Serialize)]
struct Db<'a> {
    version: u32,
    entries: Vec<Entry<'a>>,
    groups: [(); 0],
}

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(rename = "type")]
    otp_type: &'static str,
    uuid: String,
    name: String,
    issuer: String,
    note: &'static str,
    favorite: bool,
    icon: Option<()>,
    info: Info<'a>,
    groups: [(); 0],
}

#[derive(Serialize)]
struct Info<'a> {
    secret: &'a str,
    algo: &'static str,
    digits: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    counter: Option<u64>,
}

pub struct Exporter;

impl super::Exporter for Exporter {
    const IDENTIFIER: &'static str = "aegis";
    const LABEL: &'static str = "Aegis encrypted vault";
    const DESCRIPTION: &'static str = "encrypted Aegis vault";
    const FILE_NAME: &'static str = "aegis-export.json";
    const ENCRYPTED: bool = true;

    /// Aegis' own scrypt cost, whatever ours is: Aegis must open the file.
    fn export(
        procedures: &[Procedure],
        password: Option<&Password>,
        _kdf: KdfParams,
    ) -> Result<Export, ExportError> {
        export(procedures, required(password)?)
    }
}

/// The vault file's bytes. Costly: one scrypt run with Aegis' parameters (32 MiB).
pub fn export(procedures: &[Procedure], password: &Password) -> Result<Export, ExportError> {
    if password.as_str().chars().count() < MIN_EXPORT_PASSWORD_CHARS {
        return Err(ExportError::PasswordTooShort);
    }
    // The Base32 secrets are kept here (wiped on drop) so the entries can borrow them.
    let mut secrets: Vec<Zeroizing<String>> = Vec::new();
    let mut chosen = Vec::new();
    let mut left = Vec::new();
    for procedure in procedures {
        if !procedure.has_secret() {
            left.push(left_out(procedure, LeftOutReason::NeedsReenrollment));
            continue;
        }
        secrets.push(procedure.secret.to_base32());
        chosen.push(procedure);
    }
    let entries = chosen
        .iter()
        .zip(&secrets)
        .map(|(procedure, secret)| entry(procedure, secret))
        .collect();
    let content = Db {
        version: DB_VERSION,
        entries,
        groups: [],
    };
    // Room for the whole database up front: a growing buffer would leave copies of the
    // secrets behind in freed memory.
    let mut plaintext = Zeroizing::new(Vec::with_capacity(serialized_len(&content)?));
    serde_json::to_writer(&mut *plaintext, &content).map_err(|_| ExportError::Encryption)?;

    let mut master_key = Zeroizing::new([0u8; 32]);
    fill_random(master_key.as_mut_slice());
    let mut salt = [0u8; 32];
    fill_random(&mut salt);
    let slot_key = derive_slot_key(password, &salt)?;

    let wrapped_key = seal(&slot_key, master_key.as_slice())?;
    let db = seal(&master_key, &plaintext)?;

    let mut slot_uuid = [0u8; 16];
    fill_random(&mut slot_uuid);
    let vault = VaultFile {
        version: VAULT_VERSION,
        header: Header {
            slots: [Slot {
                slot_type: SLOT_TYPE_PASSWORD,
                uuid: uuid::Builder::from_random_bytes(slot_uuid)
                    .into_uuid()
                    .to_string(),
                key: hex::encode(&wrapped_key.ciphertext),
                key_params: GcmParams::of(&wrapped_key),
                n: 1 << SCRYPT_LOG_N,
                r: SCRYPT_R,
                p: SCRYPT_P,
                salt: hex::encode(salt),
                // "Not affected by Aegis' early password-encoding bug (its issue #95)": without
                // it, Aegis would also try the old, faulty derivation on every unlock.
                repaired: true,
                is_backup: false,
            }],
            params: GcmParams::of(&db),
        },
        db: base64::engine::general_purpose::STANDARD.encode(&db.ciphertext),
    };
    let bytes = serde_json::to_vec_pretty(&vault).map_err(|_| ExportError::Encryption)?;
    Ok(Export {
        bytes: bytes.into(),
        included: chosen.iter().map(|p| p.name.clone()).collect(),
        left_out: left,
    })
}

fn entry<'a>(procedure: &Procedure, secret: &'a str) -> Entry<'a> {
    let otp = procedure.otp;
    let (otp_type, digits, period, counter) = match otp.kind {
        OtpKind::Totp { period } => ("totp", otp.digits, Some(period), None),
        OtpKind::Hotp { counter } => ("hotp", otp.digits, None, Some(counter)),
        // Aegis stores Steam entries as TOTP parameters with its own type.
        OtpKind::Steam => (
            "steam",
            STEAM_DIGITS,
            Some(crate::otp::DEFAULT_PERIOD),
            None,
        ),
    };
    Entry {
        otp_type,
        uuid: procedure.id.to_string(),
        name: procedure.export_account(),
        issuer: procedure.export_issuer().unwrap_or_default(),
        note: "",
        favorite: false,
        icon: None,
        info: Info {
            secret,
            algo: match otp.algorithm {
                crate::otp::HashAlgorithm::Sha1 => "SHA1",
                crate::otp::HashAlgorithm::Sha256 => "SHA256",
                crate::otp::HashAlgorithm::Sha512 => "SHA512",
            },
            digits,
            period,
            counter,
        },
        groups: [],
    }
}

/// The exact length of `value` as JSON, found without writing it anywhere.
fn serialized_len(value: &impl Serialize) -> Result<usize, ExportError> {
    struct Counter(usize);
    impl std::io::Write for Counter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    serde_json::to_writer(&mut counter, value).map_err(|_| ExportError::Encryption)?;
    Ok(counter.0)
}

fn derive_slot_key(password: &Password, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, ExportError> {
    let params = scrypt::Params::new(SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P)
        .map_err(|_| ExportError::KeyDerivation)?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), salt, &params, key.as_mut_slice())
        .map_err(|_| ExportError::KeyDerivation)?;
    Ok(key)
}

/// Encrypted data as Aegis stores it: the tag apart from the ciphertext.
struct Sealed {
    ciphertext: Vec<u8>,
    nonce: [u8; 12],
    tag: [u8; TAG_LEN],
}

/// AES-256-GCM under a fresh random nonce, no associated data.
fn seal(key: &[u8; 32], plaintext: &[u8]) -> Result<Sealed, ExportError> {
    let mut nonce = [0u8; 12];
    fill_random(&mut nonce);
    let cipher = Aes256Gcm::new(&(*key).into());
    let mut sealed = cipher
        .encrypt(&Nonce::from(nonce), plaintext)
        .map_err(|_| ExportError::Encryption)?;
    let split = sealed
        .len()
        .checked_sub(TAG_LEN)
        .ok_or(ExportError::Encryption)?;
    let tag: [u8; TAG_LEN] = sealed[split..]
        .try_into()
        .map_err(|_| ExportError::Encryption)?;
    sealed.truncate(split);
    Ok(Sealed {
        ciphertext: sealed,
        nonce,
        tag,
    })
}
