//! Aegis Authenticator vault exports (`aegis-export-*.json`): plain, or encrypted with a
//! password slot (scrypt → AES-256-GCM key unwrap → AES-256-GCM database). Database content
//! versions 1 to 3 are read; groups, icons and notes are not needed for entries and are ignored.
//! Biometric and raw-key slots cannot be used off the phone, so only password slots are tried.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use super::entries::{self, IssuerAndName, RawEntries, starts_with};
use super::kdf_caps;
use super::stored;
use super::{
    Detail, ImportError, Imported, ImportedEntry, Reason, SkipReason, SkippedEntry, label, reason,
};
use crate::otp::OtpSpec;
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Aegis";

/// Database content versions: 2 added a single `group` per entry, 3 replaced it with a list
/// of group UUIDs. Neither change touches the fields an entry needs here.
const DB_VERSIONS: std::ops::RangeInclusive<u64> = 1..=3;

/// Aegis' slot type for a password-derived key (0 = raw key, 2 = biometric).
const SLOT_TYPE_PASSWORD: u64 = 1;

/// Aegis keeps one password slot. Each slot costs a full scrypt run, so a file listing
/// hundreds would keep us busy for minutes: more than a handful is refused.
const MAX_PASSWORD_SLOTS: usize = 4;

#[derive(Deserialize)]
struct Vault<'a> {
    header: Header,
    /// An object `{version, entries, groups}` when plain, a Base64 string when encrypted. Kept
    /// as the file's raw text until we know which: a plain database holds the secrets, and
    /// `serde_json::Value` would copy them into strings that are never wiped.
    #[serde(borrow)]
    db: &'a RawValue,
}

#[derive(Deserialize)]
struct Header {
    slots: Option<Vec<Slot>>,
    params: Option<GcmParams>,
}

#[derive(Deserialize)]
struct Slot {
    #[serde(rename = "type")]
    slot_type: u64,
    key: Option<String>,
    key_params: Option<GcmParams>,
    n: Option<u64>,
    r: Option<u64>,
    p: Option<u64>,
    salt: Option<String>,
}

#[derive(Deserialize)]
struct GcmParams {
    nonce: String,
    tag: String,
}

#[derive(Deserialize)]
struct DbContent<'a> {
    version: u64,
    #[serde(borrow)]
    entries: RawEntries<'a>,
}

#[derive(Deserialize)]
struct Entry {
    #[serde(rename = "type")]
    otp_type: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    issuer: Option<String>,
    info: Info,
}

#[derive(Deserialize)]
struct Info {
    secret: Option<Zeroizing<String>>,
    algo: Option<String>,
    digits: Option<i64>,
    period: Option<i64>,
    counter: Option<i64>,
}

/// Just enough structure to recognise an Aegis vault.
#[derive(Deserialize)]
struct Probe<'a> {
    #[serde(rename = "version")]
    _version: u64,
    #[serde(borrow)]
    header: std::collections::BTreeMap<&'a str, IgnoredAny>,
    #[serde(borrow)]
    db: &'a RawValue,
}

impl<'a> Probe<'a> {
    fn read(bytes: &'a [u8]) -> Option<Self> {
        let probe: Probe = serde_json::from_slice(bytes).ok()?;
        // Both keys are present (null when plain) in every Aegis vault; requiring them keeps
        // us from claiming other apps' JSON that merely has a "header" and a "db".
        let aegis = probe.header.contains_key("slots")
            && probe.header.contains_key("params")
            && (starts_with(probe.db, '{') || starts_with(probe.db, '"'));
        aegis.then_some(probe)
    }
}

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "aegis";
    const NAME: &'static str = "Aegis Authenticator";
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        Probe::read(bytes).is_some()
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        Probe::read(bytes).is_some_and(|probe| starts_with(probe.db, '"'))
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        let vault: Vault = serde_json::from_slice(bytes).map_err(json_error)?;
        if starts_with(vault.db, '"') {
            // Base64 text: the ciphertext, no secret in the clear.
            let ciphertext: String =
                serde_json::from_str(vault.db.get()).map_err(|e| damaged(unreadable("db", &e)))?;
            let password = password.ok_or(ImportError::PasswordRequired)?;
            let plaintext = decrypt_db(&vault.header, &ciphertext, password)?;
            let content: DbContent = serde_json::from_slice(&plaintext).map_err(|e| {
                damaged(Reason::DecryptedUnreadable {
                    detail: Detail::json(&e, true),
                })
            })?;
            content_entries(content)
        } else if starts_with(vault.db, '{') {
            let content: DbContent = serde_json::from_str(vault.db.get()).map_err(|e| {
                damaged(Reason::UnexpectedContent {
                    detail: Detail::json(&e, true),
                })
            })?;
            content_entries(content)
        } else {
            // Neither an object nor encrypted text.
            Err(damaged(malformed("db")))
        }
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn unsupported(reason: Reason) -> ImportError {
    ImportError::Unsupported {
        format: FORMAT,
        reason,
    }
}

fn missing(field: &str) -> Reason {
    Reason::Missing {
        field: field.to_owned(),
    }
}

fn malformed(field: &str) -> Reason {
    Reason::Malformed {
        field: field.to_owned(),
    }
}

fn unreadable(field: &str, error: &serde_json::Error) -> Reason {
    Reason::Unreadable {
        field: field.to_owned(),
        detail: Detail::json(error, true),
    }
}

fn json_error(error: serde_json::Error) -> ImportError {
    ImportError::from_json(FORMAT, &error)
}

fn hex_field<const N: usize>(text: &str, what: &str) -> Result<[u8; N], ImportError> {
    let bytes = hex::decode(text).map_err(|_| damaged(reason::not_encoded(what, reason::HEX)))?;
    <[u8; N]>::try_from(bytes.as_slice()).map_err(|_| {
        damaged(Reason::WrongSize {
            field: what.to_owned(),
            length: bytes.len() as u64,
            expected: N as u64,
        })
    })
}

/// AES-256-GCM with the tag stored apart from the ciphertext, as Aegis does; no AAD.
/// `None` when the tag does not match (wrong key, or the data was changed).
fn open(
    key: &[u8; 32],
    params: &GcmParams,
    ciphertext: &[u8],
) -> Result<Option<Zeroizing<Vec<u8>>>, ImportError> {
    let nonce: [u8; 12] = hex_field(&params.nonce, "nonce")?;
    let tag: [u8; 16] = hex_field(&params.tag, "tag")?;
    let mut sealed = Vec::with_capacity(ciphertext.len() + tag.len());
    sealed.extend_from_slice(ciphertext);
    sealed.extend_from_slice(&tag);
    let cipher = Aes256Gcm::new(&(*key).into());
    Ok(cipher
        .decrypt(&Nonce::from(nonce), sealed.as_slice())
        .ok()
        .map(Zeroizing::new))
}

/// The master key from the first password slot the password opens.
fn master_key(slots: &[Slot], password: &Password) -> Result<Zeroizing<[u8; 32]>, ImportError> {
    let password_slots: Vec<&Slot> = slots
        .iter()
        .filter(|slot| slot.slot_type == SLOT_TYPE_PASSWORD)
        .collect();
    if password_slots.is_empty() {
        return Err(unsupported(Reason::AegisNoPasswordSlot));
    }
    if password_slots.len() > MAX_PASSWORD_SLOTS {
        return Err(unsupported(Reason::AegisTooManySlots {
            slots: password_slots.len() as u64,
        }));
    }
    // Every slot's cost is known before the first derivation, and together they must stay
    // within what one file may cost: four slots at the cap would be four times the wait.
    let params = password_slots
        .iter()
        .map(|slot| scrypt_params(slot))
        .collect::<Result<Vec<_>, _>>()?;
    let total_work: u64 = params.iter().map(|p| p.cost.work).sum();
    if total_work > kdf_caps::MAX_SCRYPT_WORK {
        return Err(unsupported(Reason::ScryptSlotsWork {
            slots: password_slots.len() as u64,
            max: kdf_caps::MAX_SCRYPT_WORK,
        }));
    }
    for (slot, params) in password_slots.into_iter().zip(&params) {
        // Everything else is checked before the costly derivation.
        let wrapped = hex::decode(slot.key.as_deref().unwrap_or_default())
            .map_err(|_| damaged(reason::not_encoded("key", reason::HEX)))?;
        let key_params = slot
            .key_params
            .as_ref()
            .ok_or_else(|| damaged(missing("key_params")))?;
        let slot_key = derive_slot_key(slot, params, password)?;
        if let Some(master) = open(&slot_key, key_params, &wrapped)? {
            let master = <[u8; 32]>::try_from(master.as_slice()).map_err(|_| {
                damaged(Reason::WrongSize {
                    field: "key".to_owned(),
                    length: master.len() as u64,
                    expected: 32,
                })
            })?;
            return Ok(Zeroizing::new(master));
        }
    }
    Err(ImportError::WrongPassword)
}

/// A password slot's scrypt parameters, checked against the import caps.
struct ScryptParams {
    log_n: u8,
    r: u32,
    p: u32,
    cost: kdf_caps::ScryptCost,
}

fn scrypt_params(slot: &Slot) -> Result<ScryptParams, ImportError> {
    let (Some(n), Some(r), Some(p)) = (slot.n, slot.r, slot.p) else {
        return Err(damaged(missing("n, r, p")));
    };
    if !n.is_power_of_two() || n < 2 || r == 0 || p == 0 {
        return Err(damaged(kdf_parameters(n, r, p)));
    }
    let cost = kdf_caps::scrypt(n, r, p).map_err(unsupported)?;
    // Within the caps, r and p are far below u32::MAX.
    let (Ok(r), Ok(p)) = (u32::try_from(r), u32::try_from(p)) else {
        return Err(unsupported(kdf_parameters(n, r, p)));
    };
    Ok(ScryptParams {
        // `n` is a power of two below 2^64, so its log fits a u8.
        log_n: n.trailing_zeros() as u8,
        r,
        p,
        cost,
    })
}

fn derive_slot_key(
    slot: &Slot,
    params: &ScryptParams,
    password: &Password,
) -> Result<Zeroizing<[u8; 32]>, ImportError> {
    let salt = slot
        .salt
        .as_deref()
        .ok_or_else(|| damaged(missing("salt")))?;
    let salt = hex::decode(salt).map_err(|_| damaged(reason::not_encoded("salt", reason::HEX)))?;
    // scrypt's errors (parameters it refuses, an output length) have no more to say than
    // the parameters themselves.
    let refused = || {
        damaged(kdf_parameters(
            1u64 << params.log_n,
            u64::from(params.r),
            u64::from(params.p),
        ))
    };
    let scrypt_params =
        scrypt::Params::new(params.log_n, params.r, params.p).map_err(|_| refused())?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(
        password.as_bytes(),
        &salt,
        &scrypt_params,
        key.as_mut_slice(),
    )
    .map_err(|_| refused())?;
    Ok(key)
}

/// Scrypt parameters that no scrypt takes, as the file gives them.
fn kdf_parameters(n: u64, r: u64, p: u64) -> Reason {
    Reason::KdfParameters {
        detail: Some(Detail::Scrypt { n, r, p }),
    }
}

fn decrypt_db(
    header: &Header,
    ciphertext: &str,
    password: &Password,
) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let slots = header
        .slots
        .as_deref()
        .ok_or_else(|| damaged(missing("slots")))?;
    let params = header
        .params
        .as_ref()
        .ok_or_else(|| damaged(missing("params")))?;
    let ciphertext = base64::engine::general_purpose::STANDARD
        .decode(ciphertext)
        .map_err(|_| damaged(reason::not_encoded("db", reason::BASE64)))?;
    let master = master_key(slots, password)?;
    // The password opened a slot, so a failure here means the database itself was changed.
    open(&master, params, &ciphertext)?.ok_or_else(|| damaged(Reason::NotAuthentic))
}

fn content_entries(content: DbContent<'_>) -> Result<Imported, ImportError> {
    if !DB_VERSIONS.contains(&content.version) {
        return Err(unsupported(Reason::Version {
            found: content.version,
            min: DB_VERSIONS.start().to_owned(),
            max: DB_VERSIONS.end().to_owned(),
        }));
    }
    let mut imported = Imported::default();
    for (index, raw) in content.entries.into_iter().enumerate() {
        match entries::read::<Entry, IssuerAndName>(raw, index).and_then(convert) {
            Ok(entry) => imported.entries.push(entry),
            Err(skipped) => imported.skipped.push(skipped),
        }
    }
    Ok(imported)
}

fn convert(entry: Entry) -> Result<ImportedEntry, SkippedEntry> {
    let issuer = entry
        .issuer
        .map(|issuer| issuer.trim().to_owned())
        .filter(|issuer| !issuer.is_empty());
    let account = entry.name.unwrap_or_default();
    let skip = |reason: SkipReason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason,
    };
    // Aegis also has mOTP and Yandex entries, which use a PIN and their own code algorithms.
    match entry.otp_type.as_str() {
        "totp" | "hotp" | "steam" => {}
        "motp" => return Err(skip(SkipReason::UnsupportedCodes("mOTP"))),
        "yandex" => return Err(skip(SkipReason::UnsupportedCodes("Yandex"))),
        other => {
            return Err(skip(
                Reason::UnknownOtpType {
                    kind: format!("{other:?}"),
                }
                .into(),
            ));
        }
    }
    let info = entry.info;
    let algorithm = stored::algorithm(info.algo.as_deref()).map_err(|e| skip(e.into()))?;
    let digits = stored::digits(info.digits).map_err(|e| skip(e.into()))?;
    let otp = match entry.otp_type.as_str() {
        "totp" => stored::totp(info.period, algorithm, digits).map_err(|e| skip(e.into()))?,
        "hotp" => stored::hotp(info.counter, algorithm, digits).map_err(|e| skip(e.into()))?,
        "steam" => OtpSpec::steam(),
        // Unreachable: the types were checked above; kept as an error, not a panic.
        _ => {
            return Err(skip(
                Reason::UnknownOtpType {
                    kind: format!("{:?}", entry.otp_type),
                }
                .into(),
            ));
        }
    };
    super::finish_entry(issuer, account, info.secret, otp)
}
