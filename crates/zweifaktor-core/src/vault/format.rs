//! The vault file's bytes: a clear header, then the sealed body. Parsing and writing only; no
//! cryptography here (see `cipher` and `kdf`).
//!
//! ```text
//! magic        8   "ZWEIFAKT"
//! version      2   u16 LE, currently 1
//! flags        2   u16 LE: bit 0 names hidden, bit 1 secrets erased; other bits must be 0
//! kdf          1   1 = Argon2id (v1.3)
//! memory_kib   4   u32 LE
//! passes       4   u32 LE
//! lanes        4   u32 LE
//! salt        16
//! nonce       24
//! list_len     4   u32 LE
//! list   list_len  the clear list: JSON array of names and URLs (empty when names are hidden)
//! body     rest    XChaCha20-Poly1305 ciphertext + tag (empty once the secrets are erased)
//! ```
//! Everything before the body is the associated data of the seal: changing any header byte,
//! including the clear list, makes the vault fail to open.

use std::borrow::Cow;

use super::cipher::{NONCE_LEN, TAG_LEN};
use super::kdf::KdfParams;

pub const MAGIC: [u8; 8] = *b"ZWEIFAKT";
pub const FORMAT_VERSION: u16 = 1;
pub const SALT_LEN: usize = 16;
const KDF_ARGON2ID: u8 = 1;
const FLAG_NAMES_HIDDEN: u16 = 1;
const FLAG_SECRETS_ERASED: u16 = 2;
/// The clear list may not claim more than this (a hostile length must not allocate gigabytes).
pub const MAX_LIST_LEN: usize = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header<'a> {
    pub names_hidden: bool,
    pub secrets_erased: bool,
    pub kdf: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    /// The clear list's JSON bytes, parsed only when wanted (see `vault::summary`); borrowed
    /// from the file when read.
    pub clear_list: Cow<'a, [u8]>,
}

/// A parsed vault file: the header, the exact header bytes (the associated data) and the body.
#[derive(Debug)]
pub struct VaultBytes<'a> {
    pub header: Header<'a>,
    pub header_bytes: &'a [u8],
    pub body: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("this file is not a Zweifaktor vault")]
    NotAVault,
    #[error(
        "this vault was written by a newer Zweifaktor (format {0}); update Zweifaktor to open it"
    )]
    NewerVersion(u16),
    #[error("the vault file is damaged ({0})")]
    Damaged(VaultDamage),
}

/// What is wrong with a damaged vault file: typed, so that the message layer says it in the
/// user's language. `Display` is the English, for logs and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum VaultDamage {
    #[error("unknown format version")]
    UnknownVersion,
    #[error("unknown flags")]
    UnknownFlags,
    #[error("unknown key derivation")]
    UnknownKeyDerivation,
    #[error("list of names in the header too long")]
    ClearListTooLong,
    #[error("cut short")]
    Truncated,
    #[error("unreadable list of procedures")]
    UnreadableList,
    #[error("unreadable contents")]
    UnreadableContents,
}

impl Header<'_> {
    /// The header's bytes, exactly as `parse` reads them back.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(69 + self.clear_list.len());
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let flags = u16::from(self.names_hidden) * FLAG_NAMES_HIDDEN
            + u16::from(self.secrets_erased) * FLAG_SECRETS_ERASED;
        out.extend_from_slice(&flags.to_le_bytes());
        out.push(KDF_ARGON2ID);
        out.extend_from_slice(&self.kdf.memory_kib.to_le_bytes());
        out.extend_from_slice(&self.kdf.passes.to_le_bytes());
        out.extend_from_slice(&self.kdf.lanes.to_le_bytes());
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        // The clear list is built by us and far below 4 GiB; `MAX_LIST_LEN` bounds it on read.
        let list_len = u32::try_from(self.clear_list.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&list_len.to_le_bytes());
        out.extend_from_slice(&self.clear_list);
        out
    }
}

/// Splits a vault file into header and body, checking every field that can be checked without
/// the key.
pub fn parse(bytes: &[u8]) -> Result<VaultBytes<'_>, FormatError> {
    let mut reader = Reader { bytes, pos: 0 };
    if reader.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err(FormatError::NotAVault);
    }
    let version = reader.u16()?;
    if version > FORMAT_VERSION {
        return Err(FormatError::NewerVersion(version));
    }
    if version != FORMAT_VERSION {
        return Err(FormatError::Damaged(VaultDamage::UnknownVersion));
    }
    let flags = reader.u16()?;
    if flags & !(FLAG_NAMES_HIDDEN | FLAG_SECRETS_ERASED) != 0 {
        return Err(FormatError::Damaged(VaultDamage::UnknownFlags));
    }
    if reader.u8()? != KDF_ARGON2ID {
        return Err(FormatError::Damaged(VaultDamage::UnknownKeyDerivation));
    }
    let kdf = KdfParams {
        memory_kib: reader.u32()?,
        passes: reader.u32()?,
        lanes: reader.u32()?,
    };
    let salt = reader.array::<SALT_LEN>()?;
    let nonce = reader.array::<NONCE_LEN>()?;
    let list_len = reader.u32()? as usize;
    if list_len > MAX_LIST_LEN {
        return Err(FormatError::Damaged(VaultDamage::ClearListTooLong));
    }
    let clear_list = Cow::Borrowed(reader.take(list_len)?);
    let header_len = reader.pos;
    let body = &bytes[header_len..];
    let secrets_erased = flags & FLAG_SECRETS_ERASED != 0;
    if !secrets_erased && body.len() < TAG_LEN {
        return Err(FormatError::Damaged(VaultDamage::Truncated));
    }
    Ok(VaultBytes {
        header: Header {
            names_hidden: flags & FLAG_NAMES_HIDDEN != 0,
            secrets_erased,
            kdf,
            salt,
            nonce,
            clear_list,
        },
        header_bytes: &bytes[..header_len],
        body,
    })
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Result<&'a [u8], FormatError> {
        let end = self
            .pos
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len());
        let end = end.ok_or(FormatError::Damaged(VaultDamage::Truncated))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], FormatError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn u8(&mut self) -> Result<u8, FormatError> {
        Ok(self.array::<1>()?[0])
    }

    fn u16(&mut self) -> Result<u16, FormatError> {
        self.array().map(u16::from_le_bytes)
    }

    fn u32(&mut self) -> Result<u32, FormatError> {
        self.array().map(u32::from_le_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Header<'static> {
        Header {
            names_hidden: true,
            secrets_erased: false,
            kdf: KdfParams::default(),
            salt: [7; SALT_LEN],
            nonce: [9; NONCE_LEN],
            clear_list: Cow::Borrowed(br#"[{"name":"VPN"}]"#),
        }
    }

    #[test]
    fn header_round_trips_and_the_body_follows_it() {
        let header = sample();
        let mut file = header.to_bytes();
        file.extend_from_slice(&[0xAB; 40]);
        let parsed = parse(&file).unwrap();
        assert_eq!(parsed.header, header);
        assert_eq!(parsed.header_bytes, &header.to_bytes()[..]);
        assert_eq!(parsed.body, &[0xAB; 40][..]);
    }

    #[test]
    fn foreign_newer_and_truncated_files_are_told_apart() {
        assert_eq!(
            parse(b"PK\x03\x04 a zip file").unwrap_err(),
            FormatError::NotAVault
        );
        assert_eq!(parse(b"").unwrap_err(), FormatError::NotAVault);
        let mut newer = sample().to_bytes();
        newer[8] = 2;
        assert_eq!(parse(&newer).unwrap_err(), FormatError::NewerVersion(2));
        let full = sample().to_bytes();
        for cut in 8..full.len() {
            assert_eq!(
                parse(&full[..cut]).unwrap_err(),
                FormatError::Damaged(VaultDamage::Truncated),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn a_hostile_list_length_is_refused_before_allocating() {
        let mut file = sample().to_bytes();
        let len_at = 8 + 2 + 2 + 1 + 12 + SALT_LEN + NONCE_LEN;
        file[len_at..len_at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            parse(&file).unwrap_err(),
            FormatError::Damaged(VaultDamage::ClearListTooLong)
        );
    }
}
