//! FreeOTP (Red Hat) files: the v1 app-internal `tokens.xml` (Android shared preferences, one
//! token JSON per `<string>`, secrets in the clear; read by [`super::freeotp_token`], which
//! FreeOTP+ shares) and the v2 encrypted backup
//! `externalBackup.xml`, which despite its name is a Java-serialised `HashMap<String, String>`.
//!
//! v2 holds a `masterKey` (an AES key wrapped with AES-GCM under PBKDF2 of the password, the
//! wrap's `mToken` as associated data), and per token a `<uuid>` entry with the secret wrapped
//! under the master key and a `<uuid>-token` entry with the token's settings in the clear.
//!
//! Entries come in file order (v1: the order of the `<string>` elements; v2: the order of the
//! secret entries), which is what FreeOTP's own restore uses.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes128Gcm, Aes256Gcm, Nonce};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::freeotp_token::{Token, import_tokens_xml, is_tokens_xml};
use super::{
    Detail, EntryLabel, ImportError, Imported, Reason, SkipReason, SkippedEntry, kdf_caps,
};
use crate::secret::{Password, SecretBytes};

const FORMAT: &str = "FreeOTP";
const JAVA_MAGIC: [u8; 4] = [0xAC, 0xED, 0x00, 0x05];
const MASTER_KEY: &str = "masterKey";
const TOKEN_SUFFIX: &str = "-token";

pub struct Importer;

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "freeotp";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = true;

    fn detect(bytes: &[u8]) -> bool {
        is_tokens_xml(bytes) || Self::is_encrypted(bytes)
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        bytes.starts_with(&JAVA_MAGIC) && contains(bytes, b"mEncryptedKey")
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        if bytes.starts_with(&JAVA_MAGIC) {
            // Every v2 backup is encrypted; one without its wrapped master key is damaged, and
            // asking for a password (which `is_encrypted` did not announce) could not help.
            if !Self::is_encrypted(bytes) {
                return Err(damaged(Reason::Missing {
                    field: "mEncryptedKey".to_owned(),
                }));
            }
            let password = password.ok_or(ImportError::PasswordRequired)?;
            return import_backup(bytes, password);
        }
        import_tokens_xml(bytes, FORMAT)
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

// ---------------------------------------------------------------------------------------------
// v2: the encrypted backup

/// `masterKey`: the wrapped master key and how to derive the key that unwraps it.
#[derive(Deserialize)]
struct MasterKey {
    #[serde(rename = "mAlgorithm")]
    algorithm: String,
    #[serde(rename = "mEncryptedKey")]
    encrypted_key: Sealed,
    #[serde(rename = "mIterations")]
    iterations: u32,
    #[serde(rename = "mSalt")]
    salt: Vec<i8>,
}

/// FreeOTP's `EncryptedKey`: AES-GCM output with the DER-encoded `GCMParameterSpec`.
#[derive(Deserialize)]
struct Sealed {
    #[serde(rename = "mCipher")]
    cipher: String,
    #[serde(rename = "mCipherText")]
    cipher_text: Vec<i8>,
    #[serde(rename = "mParameters")]
    parameters: Vec<i8>,
    /// The wrapped key's algorithm ("AES", "HmacSHA1"); FreeOTP uses it as associated data.
    #[serde(rename = "mToken")]
    token: String,
}

/// A `<uuid>` entry: the sealed secret, itself as a JSON string.
#[derive(Deserialize)]
struct WrappedSecret {
    key: String,
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

fn malformed(field: &str) -> Reason {
    Reason::Malformed {
        field: field.to_owned(),
    }
}

/// Why one token cannot be had, from an error that would otherwise concern the whole file.
fn entry_reason(error: ImportError) -> SkipReason {
    match error {
        ImportError::Damaged { reason, .. }
        | ImportError::Unsupported { reason, .. }
        | ImportError::NotThisFormat { reason, .. } => reason.into(),
        _ => SkipReason::Undecryptable,
    }
}

fn import_backup(bytes: &[u8], password: &Password) -> Result<Imported, ImportError> {
    let map = read_java_string_map(bytes)?;
    let value_of = |key: &str| {
        map.iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
    };
    let master_json = value_of(MASTER_KEY).ok_or_else(|| {
        damaged(Reason::Missing {
            field: MASTER_KEY.to_owned(),
        })
    })?;
    let master: MasterKey = serde_json::from_str(master_json).map_err(|error| {
        damaged(Reason::Unreadable {
            field: MASTER_KEY.to_owned(),
            detail: Detail::json(&error, false),
        })
    })?;
    let master_key = unwrap_master_key(&master, password)?;

    let mut imported = Imported::default();
    for (key, value) in &map {
        if key == MASTER_KEY || key.ends_with(TOKEN_SUFFIX) {
            continue;
        }
        let Some(token_json) = value_of(&format!("{key}{TOKEN_SUFFIX}")) else {
            imported.skipped.push(SkippedEntry {
                label: EntryLabel::Token(key.clone()),
                reason: Reason::SecretWithoutSettings.into(),
            });
            continue;
        };
        let token: Token = match serde_json::from_str(token_json) {
            Ok(token) => token,
            Err(error) => {
                imported.skipped.push(SkippedEntry {
                    label: EntryLabel::Token(key.clone()),
                    reason: Reason::EntryUnreadable {
                        detail: Detail::json(&error, false),
                    }
                    .into(),
                });
                continue;
            }
        };
        let label = token.label();
        let result = unwrap_secret(value, &master_key).and_then(|secret| token.into_entry(secret));
        match result {
            Ok(entry) => imported.entries.push(entry),
            Err(reason) => imported.skipped.push(SkippedEntry {
                label: label.into(),
                reason,
            }),
        }
    }
    // Settings without a secret cannot make codes; say so instead of losing them quietly.
    for (key, value) in &map {
        let Some(uuid) = key.strip_suffix(TOKEN_SUFFIX) else {
            continue;
        };
        if value_of(uuid).is_none() {
            let label = serde_json::from_str::<Token>(value).map_or_else(
                |_| EntryLabel::Token(uuid.to_owned()),
                |token| token.label().into(),
            );
            imported.skipped.push(SkippedEntry {
                label,
                reason: Reason::SettingsWithoutSecret.into(),
            });
        }
    }
    Ok(imported)
}

/// PBKDF2 of the password, then AES-GCM; a failing tag means the password is wrong.
fn unwrap_master_key(
    master: &MasterKey,
    password: &Password,
) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    // FreeOTP uses 100 000 iterations; the count is read from the file, so it is capped.
    if master.iterations == 0 {
        return Err(unsupported(Reason::KdfParameters {
            detail: Some(Detail::Pbkdf2Iterations { iterations: 0 }),
        }));
    }
    kdf_caps::pbkdf2(u64::from(master.iterations)).map_err(unsupported)?;
    let salt: Vec<u8> = master.salt.iter().map(|&byte| byte as u8).collect();
    let mut pass_key = Zeroizing::new([0u8; 32]);
    // Java's PBEKeySpec hands the password's characters to PBKDF2 as UTF-8.
    let password = password.as_bytes();
    match master.algorithm.to_ascii_lowercase().as_str() {
        "pbkdf2withhmacsha1" => {
            pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password, &salt, master.iterations, &mut *pass_key)
        }
        "pbkdf2withhmacsha256" => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, &salt, master.iterations, &mut *pass_key)
        }
        "pbkdf2withhmacsha512" => {
            pbkdf2::pbkdf2_hmac::<sha2::Sha512>(password, &salt, master.iterations, &mut *pass_key)
        }
        other => {
            return Err(unsupported(Reason::UnknownMethod {
                name: format!("{other:?}"),
            }));
        }
    }
    let master_key =
        open(&*pass_key, &master.encrypted_key)?.map_err(|()| ImportError::WrongPassword)?;
    if !matches!(master_key.len(), 16 | 32) {
        return Err(damaged(malformed(MASTER_KEY)));
    }
    Ok(master_key)
}

/// The raw secret of one `<uuid>` entry, or why it cannot be had.
fn unwrap_secret(value: &str, master_key: &[u8]) -> Result<SecretBytes, SkipReason> {
    let unreadable = |error: serde_json::Error| -> SkipReason {
        Reason::Unreadable {
            field: "key".to_owned(),
            detail: Detail::json(&error, false),
        }
        .into()
    };
    let wrapped: WrappedSecret = serde_json::from_str(value).map_err(unreadable)?;
    let sealed: Sealed = serde_json::from_str(&wrapped.key).map_err(unreadable)?;
    match open(master_key, &sealed) {
        Ok(Ok(mut secret)) => Ok(SecretBytes::new(std::mem::take(&mut *secret))),
        // The master key opened, so the password is right: the backup is damaged.
        Ok(Err(())) => Err(Reason::NotAuthentic.into()),
        Err(error) => Err(entry_reason(error)),
    }
}

/// AES-GCM decryption of `sealed` with `key`. The outer error is a file we cannot read; the
/// inner `Err(())` is a failed tag (wrong key or altered data).
#[allow(clippy::type_complexity)]
fn open(key: &[u8], sealed: &Sealed) -> Result<Result<Zeroizing<Vec<u8>>, ()>, ImportError> {
    if !sealed.cipher.eq_ignore_ascii_case("AES/GCM/NoPadding") {
        return Err(unsupported(Reason::UnknownMethod {
            name: format!("{:?}", sealed.cipher),
        }));
    }
    let nonce = gcm_nonce(&sealed.parameters)?;
    let cipher_text: Vec<u8> = sealed.cipher_text.iter().map(|&byte| byte as u8).collect();
    let payload = Payload {
        msg: &cipher_text,
        aad: sealed.token.as_bytes(),
    };
    let nonce = Nonce::from(nonce);
    let plain = match key.len() {
        16 => Aes128Gcm::new_from_slice(key).map(|cipher| cipher.decrypt(&nonce, payload)),
        32 => Aes256Gcm::new_from_slice(key).map(|cipher| cipher.decrypt(&nonce, payload)),
        _ => return Err(damaged(malformed("key"))),
    };
    match plain {
        Ok(Ok(plain)) => Ok(Ok(Zeroizing::new(plain))),
        Ok(Err(_)) => Ok(Err(())),
        Err(_) => Err(damaged(malformed("key"))),
    }
}

/// The 12-byte nonce from Java's encoded `GCMParameterSpec`: DER
/// `SEQUENCE { OCTET STRING nonce, INTEGER tagLength }`, or (older Android) the bare
/// `OCTET STRING`. Only 16-byte tags, FreeOTP's choice, are supported.
fn gcm_nonce(parameters: &[i8]) -> Result<[u8; 12], ImportError> {
    let bytes: Vec<u8> = parameters.iter().map(|&byte| byte as u8).collect();
    let bad = || damaged(malformed("parameters"));
    let (nonce_der, tag_length) = match bytes.as_slice() {
        [0x30, length, body @ ..] if usize::from(*length) == body.len() => match body {
            [0x04, n, rest @ ..] if rest.len() >= usize::from(*n) => {
                let (nonce, after) = rest.split_at(usize::from(*n));
                let tag_length = match after {
                    [] => 12, // the ASN.1 default
                    [0x02, 0x01, tag] => *tag,
                    _ => return Err(bad()),
                };
                (nonce, tag_length)
            }
            _ => return Err(bad()),
        },
        [0x04, n, nonce @ ..] if usize::from(*n) == nonce.len() => (nonce, 16),
        _ => return Err(bad()),
    };
    // Sizes, not names: the reason says them as a size in every language.
    if tag_length != 16 {
        return Err(unsupported(Reason::WrongSize {
            field: "AES-GCM tag".to_owned(),
            length: u64::from(tag_length),
            expected: 16,
        }));
    }
    nonce_der.try_into().map_err(|_| {
        unsupported(Reason::WrongSize {
            field: "AES-GCM nonce".to_owned(),
            length: nonce_der.len() as u64,
            expected: 12,
        })
    })
}

// ---------------------------------------------------------------------------------------------
// Java serialisation, just enough for a HashMap<String, String>

const TC_NULL: u8 = 0x70;
const TC_REFERENCE: u8 = 0x71;
const TC_CLASSDESC: u8 = 0x72;
const TC_OBJECT: u8 = 0x73;
const TC_STRING: u8 = 0x74;
const TC_BLOCKDATA: u8 = 0x77;
const TC_ENDBLOCKDATA: u8 = 0x78;
const TC_LONGSTRING: u8 = 0x7C;
const BASE_HANDLE: u32 = 0x7E_0000;
const SC_WRITE_METHOD: u8 = 0x01;

struct JavaReader<'a> {
    bytes: &'a [u8],
    position: usize,
    /// Every object given a handle, in order; `Some` for strings, which references may name.
    handles: Vec<Option<String>>,
}

impl<'a> JavaReader<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], ImportError> {
        let end = self
            .position
            .checked_add(count)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| damaged(Reason::EndsEarly))?;
        let slice = &self.bytes[self.position..end];
        self.position = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, ImportError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16, ImportError> {
        let bytes = self.take(2)?;
        Ok(u16::from_be_bytes([bytes[0], bytes[1]]))
    }

    fn u32(&mut self) -> Result<u32, ImportError> {
        let bytes = self.take(4)?;
        Ok(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), ImportError> {
        if self.u8()? == byte {
            Ok(())
        } else {
            Err(damaged(malformed(what)))
        }
    }

    fn utf(&mut self) -> Result<String, ImportError> {
        let length = self.u16()?;
        let bytes = self.take(usize::from(length))?;
        modified_utf8(bytes).ok_or_else(|| damaged(malformed("string")))
    }

    /// A String object (new, long, or a reference to an earlier one).
    fn string_object(&mut self) -> Result<String, ImportError> {
        match self.u8()? {
            TC_STRING => {
                let text = self.utf()?;
                self.handles.push(Some(text.clone()));
                Ok(text)
            }
            TC_LONGSTRING => {
                let length = self.take(8)?;
                let length = u64::from_be_bytes(length.try_into().unwrap_or([0xFF; 8]));
                let length = usize::try_from(length).map_err(|_| damaged(malformed("string")))?;
                let bytes = self.take(length)?;
                let text = modified_utf8(bytes).ok_or_else(|| damaged(malformed("string")))?;
                self.handles.push(Some(text.clone()));
                Ok(text)
            }
            TC_REFERENCE => {
                let handle = self.u32()?;
                handle
                    .checked_sub(BASE_HANDLE)
                    .and_then(|index| self.handles.get(index as usize))
                    .and_then(Clone::clone)
                    .ok_or_else(|| damaged(malformed("reference")))
            }
            // Something other than texts: not a FreeOTP backup. The detail is the Java
            // serialisation's type code of what is there.
            code => Err(unsupported(Reason::UnexpectedContent {
                detail: Some(Detail::JavaTypeCode { code }),
            })),
        }
    }
}

/// Reads `java.util.HashMap<String, String>` as `ObjectOutputStream` writes it, keeping the
/// order of the entries in the file.
fn read_java_string_map(bytes: &[u8]) -> Result<Vec<(String, String)>, ImportError> {
    let mut reader = JavaReader {
        bytes,
        position: 0,
        handles: Vec::new(),
    };
    if reader.take(4)? != JAVA_MAGIC {
        return Err(ImportError::NotThisFormat {
            format: FORMAT,
            reason: Reason::NoSignature,
        });
    }
    reader.expect(TC_OBJECT, "start")?;
    reader.expect(TC_CLASSDESC, "class description")?;
    let class_name = reader.utf()?;
    if class_name != "java.util.HashMap" {
        // FreeOTP backups are a java.util.HashMap.
        return Err(unsupported(Reason::UnexpectedContent {
            detail: Some(Detail::JavaClass {
                name: class_name.into(),
            }),
        }));
    }
    reader.take(8)?; // serialVersionUID
    reader.handles.push(None); // the class description
    let flags = reader.u8()?;
    let field_count = reader.u16()?;
    let mut field_sizes = Vec::new();
    for _ in 0..field_count {
        let type_code = reader.u8()?;
        let _name = reader.utf()?;
        let size = match type_code {
            b'B' | b'Z' => 1,
            b'C' | b'S' => 2,
            b'F' | b'I' => 4,
            b'D' | b'J' => 8,
            // A HashMap with object fields: not the one FreeOTP writes.
            _ => {
                return Err(unsupported(Reason::UnexpectedContent {
                    detail: Some(Detail::JavaFieldType {
                        code: char::from(type_code),
                    }),
                }));
            }
        };
        field_sizes.push(size);
    }
    reader.expect(TC_ENDBLOCKDATA, "class annotation")?;
    reader.expect(TC_NULL, "superclass")?;
    reader.handles.push(None); // the map itself
    for size in field_sizes {
        reader.take(size)?; // loadFactor, threshold: nothing we need
    }
    if flags & SC_WRITE_METHOD == 0 {
        return Err(damaged(Reason::NoAccounts));
    }
    reader.expect(TC_BLOCKDATA, "map size")?;
    let block = usize::from(reader.u8()?);
    let header = reader.take(block)?;
    let count = match header {
        [_, _, _, _, a, b, c, d] => u32::from_be_bytes([*a, *b, *c, *d]),
        _ => return Err(damaged(malformed("map size"))),
    };
    // No allocation from `count`: a damaged file could claim billions of entries.
    let mut map = Vec::new();
    for _ in 0..count {
        let key = reader.string_object()?;
        let value = reader.string_object()?;
        map.push((key, value));
    }
    // The end marker tells a complete backup from one cut after its last entry.
    reader.expect(TC_ENDBLOCKDATA, "end")?;
    Ok(map)
}

/// Java's "modified UTF-8": UTF-8 except that U+0000 takes two bytes and characters beyond
/// the BMP are written as two three-byte surrogates.
fn modified_utf8(bytes: &[u8]) -> Option<String> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(text.to_owned());
    }
    let mut units = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some((&first, tail)) = rest.split_first() {
        let continuation = |byte: u8| (byte & 0xC0 == 0x80).then_some(u16::from(byte & 0x3F));
        match (first, tail) {
            (0x00..=0x7F, _) => {
                units.push(u16::from(first));
                rest = tail;
            }
            (0xC0..=0xDF, [second, tail @ ..]) => {
                units.push((u16::from(first & 0x1F) << 6) | continuation(*second)?);
                rest = tail;
            }
            (0xE0..=0xEF, [second, third, tail @ ..]) => {
                units.push(
                    (u16::from(first & 0x0F) << 12)
                        | (continuation(*second)? << 6)
                        | continuation(*third)?,
                );
                rest = tail;
            }
            _ => return None,
        }
    }
    String::from_utf16(&units).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_utf8_reads_surrogate_pairs_and_nul() {
        // U+1F600 as two CESU-8 surrogates, then NUL as C0 80.
        let bytes = [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, 0xC0, 0x80];
        assert_eq!(modified_utf8(&bytes).unwrap(), "\u{1F600}\0");
        assert_eq!(modified_utf8(&[0xFF]), None);
    }

    #[test]
    fn gcm_parameters_in_both_encodings() {
        let mut der = vec![0x30, 17, 0x04, 12];
        der.extend([1i8; 12].map(|b| b as u8));
        der.extend([0x02, 0x01, 16]);
        let der: Vec<i8> = der.into_iter().map(|b| b as i8).collect();
        assert_eq!(gcm_nonce(&der).unwrap(), [1; 12]);
        let mut bare = vec![0x04i8, 12];
        bare.extend([2i8; 12]);
        assert_eq!(gcm_nonce(&bare).unwrap(), [2; 12]);
        assert!(gcm_nonce(&[0x04, 3, 1]).is_err());
    }
}
