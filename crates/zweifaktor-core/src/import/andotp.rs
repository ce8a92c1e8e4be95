//! andOTP backups: the plain JSON array, the encrypted `.json.aes` of andOTP 0.6 and later
//! (`[iterations, 4 bytes BE][salt, 12][nonce, 12][ciphertext‖tag]`, PBKDF2-HMAC-SHA1 key,
//! AES-256-GCM) and the older encrypted format (`[nonce, 12][ciphertext‖tag]`, key =
//! SHA-256 of the password).
//!
//! Only the plain backup can be recognised by content: the encrypted ones are random bytes
//! with no magic number, so [`Importer::detect`] says no to them and users choose
//! `--format andotp`. With a password, import tries the current layout and then the old one.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use serde::Deserialize;
use serde::de::IgnoredAny;
use sha2::Digest as _;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::kdf_caps;
use super::stored;
use super::{
    Detail, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, label,
};
use crate::otp::OtpSpec;
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "andOTP";

const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
const SALT_LEN: usize = 12;
const ITERATIONS_LEN: usize = 4;

/// andOTP picks a random PBKDF2 iteration count between 140 000 and 160 000 and stores it in
/// the file. The count costs time linearly, so a hostile file could ask for 4 billion rounds
/// (hours); up to the import cap ([`kdf_caps::MAX_PBKDF2_ITERATIONS`]) is accepted. A larger
/// count is taken as a sign that the file is in the old layout (whose first bytes are a random
/// nonce), not as a reason to spin.
fn plausible_iterations(iterations: u32) -> bool {
    iterations >= 1 && kdf_caps::pbkdf2(u64::from(iterations)).is_ok()
}

#[derive(Deserialize)]
struct Entry {
    secret: Option<Zeroizing<String>>,
    issuer: Option<String>,
    label: Option<String>,
    digits: Option<i64>,
    #[serde(rename = "type")]
    otp_type: Option<String>,
    algorithm: Option<String>,
    period: Option<i64>,
    counter: Option<i64>,
}

/// Enough of an entry to tell andOTP's backup from other JSON arrays: the fields only andOTP
/// writes next to `secret` and `type`.
#[derive(Deserialize)]
struct ProbeEntry {
    /// Wiped when dropped: detection runs on every file imported.
    #[serde(rename = "secret")]
    _secret: Zeroizing<String>,
    #[serde(rename = "type")]
    _otp_type: String,
    thumbnail: Option<IgnoredAny>,
    tags: Option<IgnoredAny>,
    last_used: Option<IgnoredAny>,
    used_frequency: Option<IgnoredAny>,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "andotp";
    const NAME: &'static str = "andOTP";
    const ENCRYPTABLE: bool = true;

    /// Only plain backups (see the module documentation): a non-empty JSON array whose every
    /// item has `secret`, `type` and one of andOTP's own fields.
    fn detect(bytes: &[u8]) -> bool {
        serde_json::from_slice::<Vec<ProbeEntry>>(bytes).is_ok_and(|entries| {
            !entries.is_empty()
                && entries.iter().all(|e| {
                    e.thumbnail.is_some()
                        || e.tags.is_some()
                        || e.last_used.is_some()
                        || e.used_frequency.is_some()
                })
        })
    }

    /// Anything that is not JSON: andOTP's encrypted backups have no marker to check.
    fn is_encrypted(bytes: &[u8]) -> bool {
        !looks_like_json(bytes)
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        if looks_like_json(bytes) {
            let entries: RawEntries = serde_json::from_slice(bytes).map_err(json_error)?;
            return Ok(convert_all(entries));
        }
        let password = password.ok_or(ImportError::PasswordRequired)?;
        let plaintext = decrypt(bytes, password)?;
        let entries: RawEntries = serde_json::from_slice(&plaintext).map_err(|e| {
            damaged(Reason::DecryptedUnreadable {
                detail: Detail::json(&e, true),
            })
        })?;
        Ok(convert_all(entries))
    }
}

/// Whether the file starts like JSON text (an array or object): encrypted backups are random
/// bytes, which start with `[` or `{` after optional whitespace only by chance (and are then
/// almost never valid UTF-8 throughout).
fn looks_like_json(bytes: &[u8]) -> bool {
    let start = bytes.iter().find(|b| !b.is_ascii_whitespace());
    matches!(start, Some(b'[' | b'{')) && std::str::from_utf8(bytes).is_ok()
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn json_error(error: serde_json::Error) -> ImportError {
    match error.classify() {
        serde_json::error::Category::Eof => damaged(Reason::EndsEarly),
        _ => ImportError::NotThisFormat {
            format: FORMAT,
            reason: Reason::UnexpectedContent {
                detail: Detail::json(&error, true),
            },
        },
    }
}

fn open(key: &[u8; 32], nonce: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let nonce = Nonce::try_from(nonce).ok()?;
    let cipher = Aes256Gcm::new(&(*key).into());
    cipher.decrypt(&nonce, sealed).ok().map(Zeroizing::new)
}

fn decrypt(bytes: &[u8], password: &Password) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    if bytes.len() < NONCE_LEN + TAG_LEN {
        return Err(damaged(Reason::EncryptedCut));
    }
    // The current layout, when the header holds a plausible iteration count.
    if let Some((iterations, rest)) = bytes.split_first_chunk::<ITERATIONS_LEN>() {
        let iterations = u32::from_be_bytes(*iterations);
        if plausible_iterations(iterations) && rest.len() >= SALT_LEN + NONCE_LEN + TAG_LEN {
            let (salt, rest) = rest.split_at(SALT_LEN);
            let (nonce, sealed) = rest.split_at(NONCE_LEN);
            let mut key = Zeroizing::new([0u8; 32]);
            pbkdf2::pbkdf2_hmac::<sha1::Sha1>(
                password.as_bytes(),
                salt,
                iterations,
                key.as_mut_slice(),
            );
            if let Some(plaintext) = open(&key, nonce, sealed) {
                return Ok(plaintext);
            }
        }
    }
    // The old layout: no KDF at all, the key is the password's SHA-256.
    let key: Zeroizing<[u8; 32]> = Zeroizing::new(sha2::Sha256::digest(password.as_bytes()).into());
    let (nonce, sealed) = bytes.split_at(NONCE_LEN);
    // GCM cannot tell a wrong key from changed data; a wrong password is far likelier.
    open(&key, nonce, sealed).ok_or(ImportError::WrongPassword)
}

/// An entry's names, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
struct Names {
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    label: Option<String>,
}

impl EntryNames for Names {
    fn label(&self) -> String {
        label(
            self.issuer.as_deref(),
            self.label.as_deref().unwrap_or_default(),
        )
    }
}

fn convert_all(entries: RawEntries) -> Imported {
    let mut imported = Imported::default();
    for (index, raw) in entries.into_iter().enumerate() {
        match entries::read::<Entry, Names>(raw, index).and_then(convert) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        }
    }
    imported
}

fn convert(entry: Entry) -> Result<ImportedEntry, SkippedEntry> {
    let full_label = entry.label.unwrap_or_default();
    // Backups from before andOTP 0.6 have no issuer field; they wrote "Issuer - Account" as
    // the label. Split there, as Aegis does (andOTP also put "Issuer:" before the account,
    // which stays: we cannot tell it from an account name that contains a colon).
    let (issuer, account) = match entry.issuer {
        Some(issuer) => (Some(issuer), full_label),
        None => match full_label.split_once(" - ") {
            Some((issuer, account)) => (Some(issuer.to_owned()), account.to_owned()),
            None => (None, full_label),
        },
    };
    let issuer = issuer
        .map(|issuer| issuer.trim().to_owned())
        .filter(|issuer| !issuer.is_empty());
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason,
    };
    let otp_type = entry.otp_type.unwrap_or_else(|| "TOTP".into());
    let algorithm = stored::algorithm(entry.algorithm.as_deref()).map_err(|e| skip(e.into()))?;
    let digits = stored::digits(entry.digits).map_err(|e| skip(e.into()))?;
    let spec = match otp_type.to_ascii_uppercase().as_str() {
        "TOTP" => stored::totp(entry.period, algorithm, digits).map_err(|e| skip(e.into()))?,
        "HOTP" => stored::hotp(entry.counter, algorithm, digits).map_err(|e| skip(e.into()))?,
        "STEAM" => OtpSpec::steam(),
        "MOTP" => return Err(skip(SkipReason::UnsupportedCodes("mOTP"))),
        _ => {
            return Err(skip(
                Reason::UnknownOtpType {
                    kind: format!("{otp_type:?}"),
                }
                .into(),
            ));
        }
    };
    super::finish_entry(issuer, account, entry.secret, spec)
}
