//! 2FAS Authenticator backups (`.2fas`, schema versions 1 to 4), plain or encrypted. Encrypted
//! files keep the services in `servicesEncrypted`: `B64(ciphertext‖tag):B64(salt):B64(IV)`,
//! sealed with AES-256-GCM under a PBKDF2-HMAC-SHA256 key (10 000 iterations, fixed by the app,
//! so nothing read from the file sets the cost). Groups and icons are not needed for entries.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use serde::Deserialize;
use zeroize::Zeroizing;

use super::entries::{self, EntryNames, RawEntries};
use super::stored;
use super::{Detail, ImportError, Imported, ImportedEntry, Reason, SkippedEntry, label, reason};
use crate::otp::OtpSpec;
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "2FAS";

const SCHEMA_VERSIONS: std::ops::RangeInclusive<u64> = 1..=4;

/// 2FAS' own constant; not read from the file.
const PBKDF2_ITERATIONS: u32 = 10_000;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Backup<'a> {
    schema_version: u64,
    #[serde(borrow)]
    services: RawEntries<'a>,
    services_encrypted: Option<String>,
}

#[derive(Deserialize)]
struct Service {
    name: Option<String>,
    secret: Option<Zeroizing<String>>,
    otp: Option<Otp>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Otp {
    account: Option<String>,
    issuer: Option<String>,
    digits: Option<i64>,
    period: Option<i64>,
    algorithm: Option<String>,
    token_type: Option<String>,
    counter: Option<i64>,
}

/// Enough to recognise a 2FAS backup without reading its services.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Probe {
    #[serde(rename = "schemaVersion")]
    _schema_version: u64,
    #[serde(rename = "services")]
    _services: Vec<serde::de::IgnoredAny>,
    services_encrypted: Option<String>,
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "2fas";
    const NAME: &'static str = "2FAS Authenticator";
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        serde_json::from_slice::<Probe>(bytes).is_ok()
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        serde_json::from_slice::<Probe>(bytes)
            .is_ok_and(|probe| probe.services_encrypted.is_some_and(|s| !s.is_empty()))
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        let backup: Backup = serde_json::from_slice(bytes).map_err(json_error)?;
        if !SCHEMA_VERSIONS.contains(&backup.schema_version) {
            return Err(ImportError::Unsupported {
                format: FORMAT,
                reason: Reason::Version {
                    found: backup.schema_version,
                    min: *SCHEMA_VERSIONS.start(),
                    max: *SCHEMA_VERSIONS.end(),
                },
            });
        }
        match backup.services_encrypted.filter(|s| !s.is_empty()) {
            None => Ok(convert_all(backup.services)),
            Some(sealed) => {
                let password = password.ok_or(ImportError::PasswordRequired)?;
                let plaintext = decrypt(&sealed, password)?;
                let services: RawEntries = serde_json::from_slice(&plaintext).map_err(|e| {
                    damaged(Reason::DecryptedUnreadable {
                        detail: Detail::json(&e, true),
                    })
                })?;
                Ok(convert_all(services))
            }
        }
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn json_error(error: serde_json::Error) -> ImportError {
    ImportError::from_json(FORMAT, &error)
}

/// Opens `B64(ciphertext‖tag):B64(salt):B64(IV)`.
fn decrypt(sealed: &str, password: &Password) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let parts: Vec<&str> = sealed.split(':').collect();
    let [ciphertext, salt, iv] = parts.as_slice() else {
        return Err(damaged(Reason::Malformed {
            field: "servicesEncrypted".to_owned(),
        }));
    };
    let b64 = |text: &str, what: &str| {
        base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|_| damaged(reason::not_encoded(what, reason::BASE64)))
    };
    let ciphertext = b64(ciphertext, "ciphertext")?;
    let salt = b64(salt, "salt")?;
    let iv = b64(iv, "IV")?;
    let nonce = Nonce::try_from(iv.as_slice()).map_err(|_| {
        damaged(Reason::WrongSize {
            field: "IV".to_owned(),
            length: iv.len() as u64,
            expected: 12,
        })
    })?;
    // GCM appends a 16-byte tag; anything shorter was cut.
    if ciphertext.len() < 16 {
        return Err(damaged(Reason::EncryptedCut));
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        password.as_bytes(),
        &salt,
        PBKDF2_ITERATIONS,
        key.as_mut_slice(),
    );
    let cipher = Aes256Gcm::new(&(*key).into());
    cipher
        .decrypt(&nonce, ciphertext.as_slice())
        .map(Zeroizing::new)
        // GCM cannot tell a wrong key from changed data; a wrong password is far likelier.
        .map_err(|_| ImportError::WrongPassword)
}

/// A service's names, for the skipped list when the rest of it cannot be read.
#[derive(Deserialize)]
struct Names {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    otp: Option<OtpNames>,
}

#[derive(Deserialize)]
struct OtpNames {
    #[serde(default)]
    account: Option<String>,
    #[serde(default)]
    issuer: Option<String>,
}

impl EntryNames for Names {
    fn label(&self) -> String {
        let otp = self.otp.as_ref();
        let issuer = otp
            .and_then(|otp| otp.issuer.as_deref())
            .filter(|issuer| !issuer.trim().is_empty())
            .or(self.name.as_deref());
        let account = otp.and_then(|otp| otp.account.as_deref());
        label(issuer, account.unwrap_or_default())
    }
}

fn convert_all(services: RawEntries) -> Imported {
    let mut imported = Imported::default();
    for (index, raw) in services.into_iter().enumerate() {
        match entries::read::<Service, Names>(raw, index).and_then(convert) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        }
    }
    imported
}

fn convert(service: Service) -> Result<ImportedEntry, SkippedEntry> {
    let Otp {
        account,
        issuer,
        digits,
        period,
        algorithm,
        token_type,
        counter,
    } = service.otp.unwrap_or_default();
    // The service name is what 2FAS shows; `otp.issuer` is the issuer from the QR code, when
    // there was one.
    let issuer = issuer
        .filter(|issuer| !issuer.trim().is_empty())
        .or(service.name)
        .map(|issuer| issuer.trim().to_owned())
        .filter(|issuer| !issuer.is_empty());
    let account = account.unwrap_or_default();
    let skip = |reason: Reason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason: reason.into(),
    };
    // Schema 1 stored only secrets (TOTP/SHA1/6/30 for all): the defaults fill its gaps.
    let algorithm = stored::algorithm(algorithm.as_deref()).map_err(skip)?;
    let digits = stored::digits(digits).map_err(skip)?;
    // Schema 2 knew no HOTP: such entries were saved as TOTP without a counter, so TOTP is
    // all that can be read from them.
    let token_type = token_type.as_deref().unwrap_or("TOTP");
    let spec = match token_type.to_ascii_uppercase().as_str() {
        "TOTP" => stored::totp(period, algorithm, digits).map_err(skip)?,
        "HOTP" => stored::hotp(counter, algorithm, digits).map_err(skip)?,
        "STEAM" => OtpSpec::steam(),
        _ => {
            return Err(skip(Reason::UnknownOtpType {
                kind: format!("{token_type:?}"),
            }));
        }
    };
    super::finish_entry(issuer, account, service.secret, spec)
}
