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
use super::{ImportError, Imported, ImportedEntry, SkipReason, SkippedEntry, label};
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
            let ciphertext: String = serde_json::from_str(vault.db.get())
                .map_err(|e| damaged(format!("the encrypted database is not text ({e})")))?;
            let password = password.ok_or(ImportError::PasswordRequired)?;
            let plaintext = decrypt_db(&vault.header, &ciphertext, password)?;
            let content: DbContent = serde_json::from_slice(&plaintext)
                .map_err(|e| damaged(format!("the decrypted database is not valid JSON ({e})")))?;
            content_entries(content)
        } else if starts_with(vault.db, '{') {
            let content: DbContent = serde_json::from_str(vault.db.get())
                .map_err(|e| damaged(format!("unexpected database content ({e})")))?;
            content_entries(content)
        } else {
            Err(damaged(
                "the database is neither an object nor encrypted text",
            ))
        }
    }
}

fn damaged(reason: impl Into<String>) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason: reason.into(),
    }
}

fn json_error(error: serde_json::Error) -> ImportError {
    ImportError::from_json(FORMAT, &error)
}

fn hex_field<const N: usize>(text: &str, what: &str) -> Result<[u8; N], ImportError> {
    let bytes = hex::decode(text).map_err(|_| damaged(format!("the {what} is not hex")))?;
    <[u8; N]>::try_from(bytes.as_slice())
        .map_err(|_| damaged(format!("the {what} is {} bytes, not {N}", bytes.len())))
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
        return Err(ImportError::Unsupported {
            format: FORMAT,
            reason: "the vault has no password slot (only biometric or raw-key slots, which \
                     work only on the phone); export it again with a password"
                .into(),
        });
    }
    if password_slots.len() > MAX_PASSWORD_SLOTS {
        return Err(ImportError::Unsupported {
            format: FORMAT,
            reason: format!(
                "the vault lists {} password slots; Aegis writes one",
                password_slots.len()
            ),
        });
    }
    // Every slot's cost is known before the first derivation, and together they must stay
    // within what one file may cost: four slots at the cap would be four times the wait.
    let params = password_slots
        .iter()
        .map(|slot| scrypt_params(slot))
        .collect::<Result<Vec<_>, _>>()?;
    let total_work: u64 = params.iter().map(|p| p.cost.work).sum();
    if total_work > kdf_caps::MAX_SCRYPT_WORK {
        return Err(ImportError::Unsupported {
            format: FORMAT,
            reason: format!(
                "its {} password slots ask for more scrypt work together than imports allow \
                 ((N+2)·r·p summed is at most {})",
                password_slots.len(),
                kdf_caps::MAX_SCRYPT_WORK
            ),
        });
    }
    for (slot, params) in password_slots.into_iter().zip(&params) {
        // Everything else is checked before the costly derivation.
        let wrapped = hex::decode(slot.key.as_deref().unwrap_or_default())
            .map_err(|_| damaged("a slot key is not hex"))?;
        let key_params = slot
            .key_params
            .as_ref()
            .ok_or_else(|| damaged("a password slot has no key_params"))?;
        let slot_key = derive_slot_key(slot, params, password)?;
        if let Some(master) = open(&slot_key, key_params, &wrapped)? {
            let master = <[u8; 32]>::try_from(master.as_slice())
                .map_err(|_| damaged("the master key is not 32 bytes"))?;
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
        return Err(damaged("a password slot lacks its scrypt parameters"));
    };
    if !n.is_power_of_two() || n < 2 || r == 0 || p == 0 {
        return Err(damaged(format!(
            "invalid scrypt parameters N={n}, r={r}, p={p}"
        )));
    }
    let too_costly = |reason: String| ImportError::Unsupported {
        format: FORMAT,
        reason,
    };
    let cost = kdf_caps::scrypt(n, r, p).map_err(too_costly)?;
    // Within the caps, r and p are far below u32::MAX.
    let (Ok(r), Ok(p)) = (u32::try_from(r), u32::try_from(p)) else {
        return Err(too_costly(format!(
            "the scrypt parameters r={r}, p={p} are out of range"
        )));
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
        .ok_or_else(|| damaged("a password slot lacks its salt"))?;
    let salt = hex::decode(salt).map_err(|_| damaged("a slot salt is not hex"))?;
    let params = scrypt::Params::new(params.log_n, params.r, params.p).map_err(|_| {
        damaged(format!(
            "scrypt refused the parameters N=2^{}, r={}, p={}",
            params.log_n, params.r, params.p
        ))
    })?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), &salt, &params, key.as_mut_slice())
        .map_err(|_| damaged("scrypt refused its parameters"))?;
    Ok(key)
}

fn decrypt_db(
    header: &Header,
    ciphertext: &str,
    password: &Password,
) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let slots = header
        .slots
        .as_deref()
        .ok_or_else(|| damaged("the database is encrypted but the header has no slots"))?;
    let params = header
        .params
        .as_ref()
        .ok_or_else(|| damaged("the database is encrypted but the header has no params"))?;
    let ciphertext = base64::engine::general_purpose::STANDARD
        .decode(ciphertext)
        .map_err(|_| damaged("the encrypted database is not Base64"))?;
    let master = master_key(slots, password)?;
    // The password opened a slot, so a failure here means the database itself was changed.
    open(&master, params, &ciphertext)?
        .ok_or_else(|| damaged("the database does not match its authentication tag"))
}

fn content_entries(content: DbContent<'_>) -> Result<Imported, ImportError> {
    if !DB_VERSIONS.contains(&content.version) {
        return Err(ImportError::Unsupported {
            format: FORMAT,
            reason: format!(
                "database version {} (versions 1 to 3 are supported)",
                content.version
            ),
        });
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
        label: label(issuer.as_deref(), &account),
        reason,
    };
    // Aegis also has mOTP and Yandex entries, which use a PIN and their own code algorithms.
    match entry.otp_type.as_str() {
        "totp" | "hotp" | "steam" => {}
        "motp" => return Err(skip(SkipReason::UnsupportedCodes("mOTP"))),
        "yandex" => return Err(skip(SkipReason::UnsupportedCodes("Yandex"))),
        other => return Err(skip(format!("unknown OTP type {other:?}").into())),
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
                format!("unknown OTP type {:?}", entry.otp_type).into(),
            ));
        }
    };
    super::finish_entry(issuer, account, info.secret, otp)
}
