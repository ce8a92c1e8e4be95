//! TOTP Authenticator (Binary Boot, `com.authenticator.authservice2`): its backup file and its
//! private preferences file.
//!
//! The backup is Base64 text of AES-256-CBC output (all-zero IV, PKCS#7 padding) whose key is
//! SHA-256 of the password, with no KDF. Backups made without a user password use the app's
//! built-in password, which is tried when none is given. The plaintext is a JSON object with one
//! member whose *name* is the account list as JSON text (its value is a timestamp). The
//! preferences file (Android shared preferences) holds the same list in the clear under
//! `STATIC_TOTP_CODES_LIST`.
//!
//! An account has `issuer`, `name`, `key` in the encoding `base` says (16 hex, 32 Base32,
//! 64 Base64), and `digits` and `period` as strings. There is no algorithm: SHA1. Unlike
//! Aegis, which ignores them, the digits and period the file states are kept.

use aes::Aes256;
use base64::Engine as _;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit, block_padding::Pkcs7};
use serde::Deserialize;
use sha2::Digest as _;
use zeroize::Zeroizing;

use super::entries::{self, IssuerAndName, RawEntries};
use super::otpauth_list::text_of;
use super::shared_prefs::{looks_like_shared_prefs, shared_prefs_strings};
use super::stored;
use super::{
    Detail, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, label, reason,
};
use crate::otp::{OtpKind, OtpSpec, parse_secret};
use crate::secret::{Password, SecretBytes};

pub struct Importer;

const FORMAT: &str = "TOTP Authenticator";
const LIST_KEY: &str = "STATIC_TOTP_CODES_LIST";
/// What the app encrypts with when the user sets no backup password.
const BUILT_IN_PASSWORD: &str = "TotpAuthenticator";
/// The smallest backup: the JSON object around an empty list is already two AES blocks.
const MIN_CIPHERTEXT_BYTES: usize = 32;

#[derive(Deserialize)]
struct Account {
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    key: Option<Zeroizing<String>>,
    #[serde(default)]
    base: Option<serde_json::Value>,
    #[serde(default)]
    digits: Option<serde_json::Value>,
    #[serde(default)]
    period: Option<serde_json::Value>,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "totp-authenticator";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        is_preferences(bytes) || Self::is_encrypted(bytes)
    }

    /// The backup is nothing but Base64; what sets it apart from other Base64 is only that it
    /// decodes to whole AES blocks. This format is therefore late in the detection order.
    fn is_encrypted(bytes: &[u8]) -> bool {
        backup_ciphertext(bytes).is_some()
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        if is_preferences(bytes) {
            let text = text_of(bytes, FORMAT)?;
            let strings = shared_prefs_strings(text, FORMAT)?;
            let list = strings
                .iter()
                .find(|(name, _)| name == LIST_KEY)
                .map(|(_, value)| value)
                .ok_or_else(|| {
                    damaged(Reason::Missing {
                        field: LIST_KEY.to_owned(),
                    })
                })?;
            return accounts(list);
        }
        let ciphertext = backup_ciphertext(bytes).ok_or_else(|| {
            let text = text_of(bytes, FORMAT).map(str::trim);
            if text.is_ok_and(|text| !text.is_empty() && is_base64_text(text)) {
                damaged(Reason::EncryptedCut)
            } else {
                ImportError::NotThisFormat {
                    format: FORMAT,
                    // Neither a backup (Base64 text) nor the app's preferences.
                    reason: Reason::UnexpectedContent { detail: None },
                }
            }
        })?;
        let plaintext = match password {
            Some(password) => {
                decrypt(&ciphertext, password.as_bytes()).ok_or(ImportError::WrongPassword)?
            }
            None => decrypt(&ciphertext, BUILT_IN_PASSWORD.as_bytes())
                .ok_or(ImportError::PasswordRequired)?,
        };
        let list = list_of_backup(&plaintext)?;
        accounts(&list)
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn is_preferences(bytes: &[u8]) -> bool {
    text_of(bytes, FORMAT).is_ok_and(|text| {
        looks_like_shared_prefs(text) && text.contains(&format!("name=\"{LIST_KEY}\""))
    })
}

fn is_base64_text(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'\r' | b'\n'))
}

/// The decoded backup, when `bytes` are Base64 text of whole AES blocks.
fn backup_ciphertext(bytes: &[u8]) -> Option<Vec<u8>> {
    let text = text_of(bytes, FORMAT).ok()?.trim();
    if !is_base64_text(text) {
        return None;
    }
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let ciphertext = base64::engine::general_purpose::STANDARD
        .decode(compact)
        .ok()?;
    (ciphertext.len() >= MIN_CIPHERTEXT_BYTES && ciphertext.len() % 16 == 0).then_some(ciphertext)
}

/// `None` when the padding or the text is wrong: the password does not fit.
fn decrypt(ciphertext: &[u8], password: &[u8]) -> Option<Zeroizing<String>> {
    let key = Zeroizing::new(<[u8; 32]>::from(sha2::Sha256::digest(password)));
    let iv = [0u8; 16];
    let decryptor = cbc::Decryptor::<Aes256>::new_from_slices(key.as_slice(), &iv).ok()?;
    let mut buffer = Zeroizing::new(ciphertext.to_vec());
    let length = decryptor
        .decrypt_padded::<Pkcs7>(buffer.as_mut_slice())
        .ok()?
        .len();
    buffer.truncate(length);
    // A wrong key passes the padding check once in 256 tries; it does not also give JSON.
    let text = std::str::from_utf8(&buffer).ok()?;
    text.trim_start()
        .starts_with('{')
        .then(|| Zeroizing::new(text.to_owned()))
}

/// The name of the backup object's single member: the account list as JSON text.
fn list_of_backup(plaintext: &str) -> Result<Zeroizing<String>, ImportError> {
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(plaintext)
        .map_err(|error| {
            damaged(Reason::DecryptedUnreadable {
                detail: Detail::json(&error, true),
            })
        })?;
    let mut names = object.into_iter().map(|(name, _)| Zeroizing::new(name));
    match (names.next(), names.next()) {
        (Some(list), None) => Ok(list),
        // Not exactly one account list.
        _ => Err(damaged(Reason::DecryptedUnreadable { detail: None })),
    }
}

fn accounts(list: &str) -> Result<Imported, ImportError> {
    let accounts: RawEntries = serde_json::from_str(list).map_err(|error| {
        damaged(Reason::Unreadable {
            field: LIST_KEY.to_owned(),
            detail: Detail::json(&error, true),
        })
    })?;
    let mut imported = Imported::default();
    for (index, raw) in accounts.into_iter().enumerate() {
        match entries::read::<Account, IssuerAndName>(raw, index).and_then(convert) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        }
    }
    Ok(imported)
}

/// A number the app may write as a JSON number or as a string.
fn number(value: Option<&serde_json::Value>) -> Option<Result<i64, ()>> {
    value.map(|value| match value {
        serde_json::Value::Number(number) => number.as_i64().ok_or(()),
        serde_json::Value::String(text) => text.trim().parse().map_err(|_| ()),
        _ => Err(()),
    })
}

fn convert(account: Account) -> Result<ImportedEntry, SkippedEntry> {
    let issuer = account
        .issuer
        .map(|issuer| issuer.trim().to_owned())
        .filter(|issuer| !issuer.is_empty());
    let name = account.name.unwrap_or_default();
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(issuer.as_deref(), &name).into(),
        reason,
    };
    let unreadable = |field: &str| -> SkipReason {
        Reason::Unreadable {
            field: field.to_owned(),
            detail: None,
        }
        .into()
    };
    let key = account.key.ok_or_else(|| skip(SkipReason::NoSecret))?;
    let secret = match number(account.base.as_ref()) {
        Some(Ok(16)) => SecretBytes::new(
            hex::decode(key.trim())
                .map_err(|_| skip(reason::not_encoded("key", reason::HEX).into()))?,
        ),
        None | Some(Ok(32)) => parse_secret(&key).map_err(|error| skip(error.into()))?.0,
        Some(Ok(64)) => SecretBytes::new(
            base64::engine::general_purpose::STANDARD
                .decode(key.trim())
                .map_err(|_| skip(reason::not_encoded("key", reason::BASE64).into()))?,
        ),
        Some(Ok(base)) => {
            return Err(skip(
                Reason::UnknownMethod {
                    // As Base32 and Base64 are named.
                    name: format!("Base{base}"),
                }
                .into(),
            ));
        }
        Some(Err(())) => return Err(skip(unreadable("base"))),
    };
    if secret.is_empty() {
        return Err(skip(Reason::EmptySecret.into()));
    }
    let digits = match number(account.digits.as_ref()) {
        None => crate::otp::DEFAULT_DIGITS,
        Some(Ok(digits)) => stored::digits(Some(digits)).map_err(|e| skip(e.into()))?,
        Some(Err(())) => return Err(skip(unreadable("digits"))),
    };
    let period = match number(account.period.as_ref()) {
        None => crate::otp::DEFAULT_PERIOD,
        Some(Ok(period)) => {
            u32::try_from(period).map_err(|_| skip(Reason::Period { period }.into()))?
        }
        Some(Err(())) => return Err(skip(unreadable("period"))),
    };
    let otp = OtpSpec {
        kind: OtpKind::Totp { period },
        digits,
        ..OtpSpec::default()
    };
    otp.validate().map_err(|error| skip(error.into()))?;
    Ok(ImportedEntry {
        issuer,
        account: name,
        secret,
        otp,
    })
}
