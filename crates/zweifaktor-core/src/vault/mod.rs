//! The encrypted vault: procedures sealed under a key derived from the master password, plus a
//! clear list of names and URLs that stays readable without it (unless the user hides names).
//!
//! This module turns bytes into an unlocked vault and back; `storage` moves the bytes to and
//! from disk, and `session` combines both into locked read-modify-write changes.

pub mod cipher;
pub mod format;
pub mod kdf;
pub mod session;
pub mod storage;
mod wiping_writer;

use std::io::Write;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::otp::{OtpKind, OtpSpec};
use crate::procedure::Procedure;
use crate::secret::{Password, SecretBytes};
use cipher::OpenFailed;
use format::{FormatError, Header, SALT_LEN};
use kdf::{KdfError, KdfParams, VaultKey};
use wiping_writer::WipingWriter;

/// What the encrypted body holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct VaultContents {
    pub procedures: Vec<Procedure>,
}

/// What adding a procedure did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A new procedure.
    New,
    /// A new procedure whose name another one already has (worth a warning).
    NewWithDuplicateName,
    /// The procedure of that name was waiting to be enrolled again: it got the new secret and
    /// parameters (and the URL and issuer, where given) and keeps its id.
    Reenrolled(Uuid),
}

impl VaultContents {
    /// Adds `procedure`, or enrolls again the procedure of the same name that lost its secret.
    pub fn add_or_reenroll(&mut self, procedure: Procedure) -> Added {
        let waiting = self
            .procedures
            .iter_mut()
            .find(|p| p.needs_reenrollment && p.name == procedure.name);
        // `procedure` passed validation when it was created, so re-enrolling with its secret
        // and parameters succeeds.
        if let Some(existing) = waiting
            && existing
                .reenroll(procedure.secret.clone(), procedure.otp, procedure.modified)
                .is_ok()
        {
            existing.url = procedure.url.clone().or(existing.url.take());
            existing.issuer = procedure.issuer.clone().or(existing.issuer.take());
            existing.account = procedure.account.clone().or(existing.account.take());
            return Added::Reenrolled(existing.id);
        }
        let duplicate = self.procedures.iter().any(|p| p.name == procedure.name);
        self.procedures.push(procedure);
        if duplicate {
            Added::NewWithDuplicateName
        } else {
            Added::New
        }
    }
}

/// One procedure as the clear list shows it: no secret, nothing that makes a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClearEntry {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(rename = "type")]
    pub otp_type: String,
    #[serde(default)]
    pub needs_reenrollment: bool,
}

impl From<&Procedure> for ClearEntry {
    fn from(p: &Procedure) -> Self {
        ClearEntry {
            id: p.id,
            name: p.name.clone(),
            issuer: p.issuer.clone(),
            url: p.url.clone(),
            otp_type: p.otp.kind.type_name().to_owned(),
            needs_reenrollment: p.needs_reenrollment,
        }
    }
}

impl ClearEntry {
    /// The procedure this entry stands for, without its secret: what is left after an erase.
    fn to_erased_procedure(&self, now: u64) -> Procedure {
        let otp = match self.otp_type.as_str() {
            "hotp" => OtpSpec {
                kind: OtpKind::Hotp { counter: 0 },
                ..OtpSpec::default()
            },
            "steam" => OtpSpec::steam(),
            _ => OtpSpec::default(),
        };
        Procedure {
            id: self.id,
            name: self.name.clone(),
            issuer: self.issuer.clone(),
            account: None,
            secret: SecretBytes::default(),
            url: self.url.clone(),
            otp,
            created: now,
            modified: now,
            needs_reenrollment: true,
        }
    }
}

/// What can be known of a vault without its password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultSummary {
    pub names_hidden: bool,
    pub secrets_erased: bool,
    /// `None` when the names are hidden.
    pub entries: Option<Vec<ClearEntry>>,
}

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error(transparent)]
    Format(#[from] FormatError),
    #[error(transparent)]
    Kdf(#[from] KdfError),
    #[error(transparent)]
    WrongPasswordOrDamaged(#[from] OpenFailed),
    #[error("the secrets were erased after too many wrong passwords; a new password must be set")]
    SecretsErased,
    #[error("the vault's key was changed by another program (new password?); unlock again")]
    KeyChanged,
}

/// An open vault: the key (kept until lock), the settings and the procedures.
#[derive(Debug)]
pub struct UnlockedVault {
    kdf: KdfParams,
    salt: [u8; SALT_LEN],
    key: VaultKey,
    pub names_hidden: bool,
    pub contents: VaultContents,
    /// The nonce of the file version these contents came from (or were last saved as): a fresh
    /// one is drawn on every save, so it tells whether the file changed since.
    version_nonce: [u8; cipher::NONCE_LEN],
    /// About how large the serialised body will be, to allocate it once.
    body_size_hint: usize,
}

/// A generous estimate of one procedure's serialised size, for the first save.
const BODY_BYTES_PER_PROCEDURE: usize = 512;

/// Reads what the clear header tells, without a password.
pub fn summary(file: &[u8]) -> Result<VaultSummary, VaultError> {
    let parsed = format::parse(file)?;
    let header = parsed.header;
    let entries = if header.names_hidden {
        None
    } else {
        Some(
            serde_json::from_slice(&header.clear_list)
                .map_err(|_| FormatError::Damaged(format::VaultDamage::UnreadableList))?,
        )
    };
    Ok(VaultSummary {
        names_hidden: header.names_hidden,
        secrets_erased: header.secrets_erased,
        entries,
    })
}

/// The file that remains when the secrets are erased (too many wrong passwords, or a forgotten
/// password): no body, the clear list marked for re-enrollment. Needs no key.
pub fn erased_file(file: &[u8]) -> Result<Vec<u8>, VaultError> {
    let parsed = format::parse(file)?;
    let mut header = parsed.header;
    let mut entries: Vec<ClearEntry> = if header.names_hidden || header.clear_list.is_empty() {
        Vec::new()
    } else {
        // An unreadable list is no reason to keep the secrets: the erase goes on without it.
        serde_json::from_slice(&header.clear_list).unwrap_or_default()
    };
    for entry in &mut entries {
        entry.needs_reenrollment = true;
    }
    header.secrets_erased = true;
    header.clear_list = if header.names_hidden {
        Vec::new().into()
    } else {
        serde_json::to_vec(&entries).unwrap_or_default().into()
    };
    header.nonce = cipher::fresh_nonce();
    Ok(header.to_bytes())
}

/// The key `password` gives for this file (its salt and cost parameters). Costly by design.
pub fn derive_key(file: &[u8], password: &Password) -> Result<VaultKey, VaultError> {
    let header = format::parse(file)?.header;
    if header.secrets_erased {
        return Err(VaultError::SecretsErased);
    }
    Ok(header.kdf.derive(password, &header.salt)?)
}

impl UnlockedVault {
    /// A new, empty vault under `password`.
    pub fn create(
        password: &Password,
        kdf: KdfParams,
        names_hidden: bool,
    ) -> Result<Self, VaultError> {
        let mut salt = [0; SALT_LEN];
        cipher::fill_random(&mut salt);
        let key = kdf.derive(password, &salt)?;
        Ok(UnlockedVault {
            kdf,
            salt,
            key,
            names_hidden,
            contents: VaultContents::default(),
            version_nonce: [0; cipher::NONCE_LEN],
            body_size_hint: 0,
        })
    }

    /// A vault with a new password after its secrets were erased: the procedures of the clear
    /// list, each waiting to be enrolled again.
    pub fn recreate_after_erase(
        erased: &[u8],
        password: &Password,
        kdf: KdfParams,
        now: u64,
    ) -> Result<Self, VaultError> {
        let summary = summary(erased)?;
        let mut vault = Self::create(password, kdf, summary.names_hidden)?;
        vault.contents.procedures = summary
            .entries
            .unwrap_or_default()
            .iter()
            .map(|entry| entry.to_erased_procedure(now))
            .collect();
        Ok(vault)
    }

    /// Derives the key from `password` and opens the file. Costly: one key derivation.
    pub fn open(file: &[u8], password: &Password) -> Result<Self, VaultError> {
        Self::open_with_key(file, derive_key(file, password)?)
    }

    /// Opens a file with a key already derived (no key derivation): for re-reading a vault that
    /// another program changed, or trying the backup copy with the same key.
    pub fn open_with_key(file: &[u8], key: VaultKey) -> Result<Self, VaultError> {
        let parsed = format::parse(file)?;
        let header = parsed.header;
        if header.secrets_erased {
            return Err(VaultError::SecretsErased);
        }
        let plaintext = cipher::open(&key, &header.nonce, parsed.header_bytes, parsed.body)?;
        // The seal held, so the body is ours; failing to parse it means a bug or a newer writer.
        let contents: VaultContents = serde_json::from_slice(&plaintext)
            .map_err(|_| FormatError::Damaged(format::VaultDamage::UnreadableContents))?;
        Ok(UnlockedVault {
            kdf: header.kdf,
            salt: header.salt,
            key,
            names_hidden: header.names_hidden,
            contents,
            version_nonce: header.nonce,
            body_size_hint: plaintext.len() * 5 / 4,
        })
    }

    /// Re-reads `file` if it is not the version these contents came from. Returns whether it
    /// changed. A file sealed under another key (a password change elsewhere) is an error.
    pub fn reload_if_changed(&mut self, file: &[u8]) -> Result<bool, VaultError> {
        let parsed = format::parse(file)?;
        if parsed.header.nonce == self.version_nonce {
            return Ok(false);
        }
        if parsed.header.secrets_erased {
            return Err(VaultError::SecretsErased);
        }
        if parsed.header.salt != self.salt || parsed.header.kdf != self.kdf {
            return Err(VaultError::KeyChanged);
        }
        let fresh = Self::open_with_key(file, self.key.clone()).map_err(|e| match e {
            VaultError::WrongPasswordOrDamaged(_) => VaultError::KeyChanged,
            other => other,
        })?;
        *self = fresh;
        Ok(true)
    }

    /// The file bytes for the current contents, under a fresh nonce.
    pub fn seal(&mut self) -> Vec<u8> {
        let clear_list = if self.names_hidden {
            Vec::new()
        } else {
            let entries: Vec<ClearEntry> = self
                .contents
                .procedures
                .iter()
                .map(ClearEntry::from)
                .collect();
            serde_json::to_vec(&entries).unwrap_or_default()
        };
        let header = Header {
            names_hidden: self.names_hidden,
            secrets_erased: false,
            kdf: self.kdf,
            salt: self.salt,
            nonce: cipher::fresh_nonce(),
            clear_list: clear_list.into(),
        };
        let header_bytes = header.to_bytes();
        let header_len = header_bytes.len();
        // The plaintext body is written behind the header and sealed in place. Should it
        // outgrow the estimate, the writer wipes the allocation it leaves: no copy of the
        // plaintext is freed un-wiped.
        let estimate = self
            .body_size_hint
            .max(BODY_BYTES_PER_PROCEDURE * self.contents.procedures.len());
        let mut writer = WipingWriter::with_capacity(header_len + estimate + cipher::TAG_LEN);
        // Writing our own plain data types into memory cannot fail.
        let _ = writer.write_all(&header_bytes);
        let _ = serde_json::to_writer(&mut writer, &self.contents);
        self.body_size_hint = (writer.len() - header_len) * 5 / 4;
        // Room for the tag, so that appending it moves nothing either.
        writer.reserve(cipher::TAG_LEN);
        let mut file = writer.into_inner();
        let (aad, body) = file.split_at_mut(header_len);
        let tag = cipher::seal_in_place(&self.key, &header.nonce, aad, body);
        file.extend_from_slice(&tag);
        self.version_nonce = header.nonce;
        file
    }

    /// A new password: new salt, new key (and the given cost parameters); seal to apply.
    pub fn change_password(
        &mut self,
        password: &Password,
        kdf: KdfParams,
    ) -> Result<(), VaultError> {
        let mut salt = [0; SALT_LEN];
        cipher::fill_random(&mut salt);
        self.key = kdf.derive(password, &salt)?;
        self.salt = salt;
        self.kdf = kdf;
        Ok(())
    }

    pub fn kdf(&self) -> KdfParams {
        self.kdf
    }

    /// The key, for trying the backup copy without a second derivation.
    pub fn key(&self) -> &VaultKey {
        &self.key
    }
}
