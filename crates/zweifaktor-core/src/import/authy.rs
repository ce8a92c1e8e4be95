//! Authy's private token store (`com.authy.storage.tokens.authenticator.xml`, Android shared
//! preferences taken from a rooted phone). One `<string>` holds a JSON array of the third-party
//! accounts; each has its secret either in the clear (`decryptedSecret`, Base32) or encrypted
//! with the backup password (`encryptedSecret` + `salt`): PBKDF2-HMAC-SHA1 of the password
//! with the salt's text, 1000 iterations, gives an AES-256 key; AES-CBC with an all-zero IV and
//! PKCS#7 padding yields the Base32 secret text.
//!
//! Authy stores no algorithm or period for these accounts: they are SHA1 / 30 s; the digits
//! are kept. Authy's own accounts (`secretSeed`, 10 s codes) are skipped with a reason.

use aes::Aes256;
use base64::Engine as _;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit, block_padding::Pkcs7};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::otpauth_list::text_of;
use super::shared_prefs::{looks_like_shared_prefs, shared_prefs_strings};
use super::{
    Detail, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, kdf_caps,
    label, reason,
};
use crate::otp::{OtpSpec, parse_secret};
use crate::secret::{Password, SecretBytes};

pub struct Importer;

const FORMAT: &str = "Authy";
const TOKENS_KEY: &str = "com.authy.storage.tokens.authenticator.key";

/// Authy's fixed PBKDF2 cost; the file does not say it, so a hostile file cannot raise it. But
/// each encrypted entry costs its own derivation, so the number of them is what the import cap
/// bounds: 1000 entries (10 000 took 20 seconds), far more accounts than anyone keeps.
const PBKDF2_ITERATIONS: u32 = 1000;

#[derive(Deserialize)]
struct Token {
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "originalName")]
    original_name: Option<String>,
    #[serde(default, rename = "originalIssuer")]
    original_issuer: Option<String>,
    #[serde(default)]
    digits: Option<i64>,
    #[serde(default, rename = "decryptedSecret")]
    decrypted_secret: Option<Zeroizing<String>>,
    #[serde(default, rename = "encryptedSecret")]
    encrypted_secret: Option<String>,
    #[serde(default)]
    salt: Option<String>,
    #[serde(default, rename = "secretSeed")]
    secret_seed: Option<Zeroizing<String>>,
}

impl Token {
    fn names(&self) -> Names {
        Names {
            name: self.name.clone(),
            original_name: self.original_name.clone(),
            original_issuer: self.original_issuer.clone(),
        }
    }

    fn needs_password(&self) -> bool {
        self.decrypted_secret.is_none() && self.encrypted_secret.is_some()
    }
}

/// A token's names, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
struct Names {
    #[serde(default)]
    name: Option<String>,
    #[serde(default, rename = "originalName")]
    original_name: Option<String>,
    #[serde(default, rename = "originalIssuer")]
    original_issuer: Option<String>,
}

impl Names {
    fn issuer(&self) -> Option<String> {
        let from_original_name = || {
            self.original_name
                .as_deref()
                .and_then(|name| name.split_once(':'))
                .map(|(issuer, _)| issuer)
        };
        self.original_issuer
            .as_deref()
            .or_else(from_original_name)
            .map(|issuer| issuer.trim().to_owned())
            .filter(|issuer| !issuer.is_empty())
    }

    /// `name` is shown as "Issuer: Account"; the account is what follows the issuer.
    fn account(&self, issuer: Option<&str>) -> String {
        let strip = |text: &str| -> String {
            let text = text.trim();
            issuer
                .and_then(|issuer| text.strip_prefix(issuer))
                .and_then(|rest| rest.strip_prefix(':'))
                .map_or(text, str::trim)
                .to_owned()
        };
        match (&self.name, &self.original_name) {
            (Some(name), _) if !name.trim().is_empty() => strip(name),
            (_, Some(original)) => strip(original),
            _ => String::new(),
        }
    }
}

impl EntryNames for Names {
    fn label(&self) -> String {
        let issuer = self.issuer();
        label(issuer.as_deref(), &self.account(issuer.as_deref()))
    }
}

/// The token list, each token read on its own (those that cannot be read, with the reason).
/// Read straight into [`Token`]s (not through `serde_json::Value`) so that no copy of a clear
/// secret outlives the import unwiped.
fn tokens(bytes: &[u8]) -> Result<Vec<Result<Token, SkippedEntry>>, ImportError> {
    let text = text_of(bytes, FORMAT)?;
    if !looks_like_shared_prefs(text) || !text.contains(TOKENS_KEY) {
        return Err(ImportError::NotThisFormat {
            format: FORMAT,
            reason: Reason::Missing {
                field: TOKENS_KEY.to_owned(),
            },
        });
    }
    let strings = shared_prefs_strings(text, FORMAT)?;
    let json = strings
        .iter()
        .find(|(name, _)| name == TOKENS_KEY)
        .map(|(_, value)| value)
        .ok_or_else(|| {
            damaged(Reason::Malformed {
                field: TOKENS_KEY.to_owned(),
            })
        })?;
    let raw: RawEntries = serde_json::from_str(json).map_err(|error| {
        damaged(Reason::Unreadable {
            field: TOKENS_KEY.to_owned(),
            detail: Detail::json(&error, true),
        })
    })?;
    Ok(raw
        .into_iter()
        .enumerate()
        .map(|(index, raw)| entries::read::<Token, Names>(raw, index))
        .collect())
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "authy";
    const NAME: &'static str = "Authy";
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        text_of(bytes, FORMAT).is_ok_and(|text| {
            looks_like_shared_prefs(text) && text.contains(&format!("name=\"{TOKENS_KEY}\""))
        })
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        tokens(bytes).is_ok_and(|tokens| {
            tokens
                .iter()
                .any(|token| token.as_ref().is_ok_and(Token::needs_password))
        })
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        let mut imported = Imported::default();
        let mut parsed = Vec::new();
        for token in tokens(bytes)? {
            match token {
                Ok(token) => parsed.push(token),
                Err(skipped) => imported.skipped.push(skipped),
            }
        }
        let encrypted = parsed.iter().filter(|token| token.needs_password()).count();
        let iterations = encrypted as u64 * u64::from(PBKDF2_ITERATIONS);
        kdf_caps::pbkdf2(iterations).map_err(|_| ImportError::Unsupported {
            format: FORMAT,
            reason: Reason::Pbkdf2Tokens {
                tokens: encrypted as u64,
                iterations,
                max: kdf_caps::MAX_PBKDF2_ITERATIONS,
            },
        })?;
        if encrypted > 0 && password.is_none() {
            return Err(ImportError::PasswordRequired);
        }
        let mut decrypted_any = false;
        let mut wrong_password = 0usize;
        for token in parsed {
            let names = token.names();
            let issuer = names.issuer();
            let account = names.account(issuer.as_deref());
            let skip = |reason: SkipReason| SkippedEntry {
                label: label(issuer.as_deref(), &account).into(),
                reason,
            };
            let secret = match secret_of(&token, password) {
                Ok(secret) => {
                    decrypted_any |= token.needs_password();
                    secret
                }
                Err(SecretError::Undecryptable) => {
                    wrong_password += 1;
                    imported.skipped.push(skip(SkipReason::Undecryptable));
                    continue;
                }
                Err(SecretError::Unusable(reason)) => {
                    imported.skipped.push(skip(reason));
                    continue;
                }
            };
            let digits = match token.digits {
                None => crate::otp::DEFAULT_DIGITS,
                Some(digits) => match u8::try_from(digits) {
                    Ok(digits) => digits,
                    Err(_) => {
                        imported
                            .skipped
                            .push(skip(Reason::Digits { digits }.into()));
                        continue;
                    }
                },
            };
            let otp = OtpSpec {
                digits,
                ..OtpSpec::default()
            };
            if let Err(error) = otp.validate() {
                imported.skipped.push(skip(error.into()));
                continue;
            }
            imported.entries.push(ImportedEntry {
                issuer,
                account,
                secret,
                otp,
            });
        }
        // Every key comes from the same password: if none of them works, the password is wrong
        // (one that opens some entries but not others points at damaged entries instead).
        if wrong_password > 0 && !decrypted_any {
            return Err(ImportError::WrongPassword);
        }
        Ok(imported)
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

enum SecretError {
    /// Bad padding or not Base32 text after decryption: a wrong password, or damage.
    Undecryptable,
    Unusable(SkipReason),
}

fn secret_of(token: &Token, password: Option<&Password>) -> Result<SecretBytes, SecretError> {
    let text = match (&token.decrypted_secret, &token.encrypted_secret) {
        (Some(plain), _) => plain.clone(),
        (None, Some(encrypted)) => {
            let password = password.ok_or(SecretError::Undecryptable)?;
            let salt = token.salt.as_deref().ok_or_else(|| {
                SecretError::Unusable(
                    Reason::Missing {
                        field: "salt".to_owned(),
                    }
                    .into(),
                )
            })?;
            decrypt(encrypted, salt, password)?
        }
        (None, None) if token.secret_seed.is_some() => {
            return Err(SecretError::Unusable(Reason::AuthySeed.into()));
        }
        (None, None) => return Err(SecretError::Unusable(SkipReason::NoSecret)),
    };
    parse_secret(&text)
        .map(|(secret, _warnings)| secret)
        .map_err(|error| SecretError::Unusable(error.into()))
}

fn decrypt(
    encrypted: &str,
    salt: &str,
    password: &Password,
) -> Result<Zeroizing<String>, SecretError> {
    let ciphertext = base64::engine::general_purpose::STANDARD
        .decode(encrypted.trim())
        .map_err(|_| {
            SecretError::Unusable(reason::not_encoded("encryptedSecret", reason::BASE64).into())
        })?;
    if ciphertext.is_empty() || ciphertext.len() % 16 != 0 {
        return Err(SecretError::Unusable(Reason::EncryptedCut.into()));
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(
        password.as_bytes(),
        salt.as_bytes(),
        PBKDF2_ITERATIONS,
        key.as_mut_slice(),
    );
    let iv = [0u8; 16];
    let decryptor =
        cbc::Decryptor::<Aes256>::new_from_slices(key.as_slice(), &iv).map_err(|_| {
            SecretError::Unusable(
                Reason::Malformed {
                    field: "key".to_owned(),
                }
                .into(),
            )
        })?;
    let mut buffer = Zeroizing::new(ciphertext);
    let length = decryptor
        .decrypt_padded::<Pkcs7>(buffer.as_mut_slice())
        .map_err(|_| SecretError::Undecryptable)?
        .len();
    buffer.truncate(length);
    // The right key gives Base32 text; anything else (1 in 256 wrong keys still pass the
    // padding check) means the key was wrong.
    let text = std::str::from_utf8(&buffer).map_err(|_| SecretError::Undecryptable)?;
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '=' || c == ' ' || c == '-')
    {
        return Err(SecretError::Undecryptable);
    }
    Ok(Zeroizing::new(text.to_owned()))
}
