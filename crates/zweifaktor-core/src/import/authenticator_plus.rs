//! Authenticator Plus (Mobimate) backups: a ZIP archive protected with a password (the legacy
//! PKWARE "ZipCrypto" scheme) holding `Accounts.txt`, a list of `otpauth://` URIs, one a line.
//!
//! ZipCrypto checks a password against one byte only, so one wrong password in 256 gets past
//! the ZIP reader; it then fails the deflate stream or the CRC, which is reported as a wrong
//! password too. The archive is untrusted: the text file is read only when its stated size and
//! compression ratio are plausible, and never beyond a byte limit whatever it states.

use std::io::{Cursor, Read};

use zeroize::Zeroizing;
use zip::ZipArchive;
use zip::result::ZipError;

use super::otpauth_list::{import_uri_lines, text_of};
use super::{Detail, ImportError, Imported, Reason};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Authenticator Plus";
const ACCOUNTS_FILE: &str = "Accounts.txt";
const LOCAL_HEADER_MAGIC: &[u8] = b"PK\x03\x04";
/// A URI is a few hundred bytes; 4 MiB is tens of thousands of accounts.
const MAX_ACCOUNTS_BYTES: u64 = 4 * 1024 * 1024;
/// Text deflates to a third or so; a ratio far beyond this is a ZIP bomb, not an export.
const MAX_COMPRESSION_RATIO: u64 = 100;

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "authenticator-plus";
    const NAME: &'static str = FORMAT;
    const ENCRYPTABLE: bool = true;

    /// A ZIP whose first entry, named in the clear in its local header, is `Accounts.txt`.
    fn detect(bytes: &[u8]) -> bool {
        first_entry_name(bytes)
            .is_some_and(|name| name.eq_ignore_ascii_case(ACCOUNTS_FILE.as_bytes()))
    }

    fn is_encrypted(bytes: &[u8]) -> bool {
        let Ok(archive) = ZipArchive::new(Cursor::new(bytes)) else {
            return false;
        };
        accounts_index(&archive)
            .and_then(|index| archive.by_index_data(index).ok())
            .is_some_and(|entry| entry.encrypted())
    }

    fn import(bytes: &[u8], password: Option<&Password>) -> Result<Imported, ImportError> {
        if !bytes.starts_with(LOCAL_HEADER_MAGIC) {
            return Err(ImportError::NotThisFormat {
                format: FORMAT,
                reason: Reason::NotZip,
            });
        }
        let mut archive =
            ZipArchive::new(Cursor::new(bytes)).map_err(|error| damaged(zip_unreadable(&error)))?;
        let index = accounts_index(&archive).ok_or_else(|| ImportError::NotThisFormat {
            format: FORMAT,
            reason: Reason::ZipWithout {
                name: ACCOUNTS_FILE.to_owned(),
            },
        })?;
        let entry = archive
            .by_index_data(index)
            .map_err(|error| damaged(zip_unreadable(&error)))?;
        let (size, compressed, encrypted) =
            (entry.size(), entry.compressed_size(), entry.encrypted());
        if size > MAX_ACCOUNTS_BYTES
            || size > compressed.saturating_mul(MAX_COMPRESSION_RATIO).max(4096)
        {
            return Err(ImportError::Unsupported {
                format: FORMAT,
                reason: Reason::ZipTooLarge {
                    name: ACCOUNTS_FILE.to_owned(),
                    size,
                    compressed,
                },
            });
        }
        let text = if encrypted {
            let password = password.ok_or(ImportError::PasswordRequired)?;
            let file = archive
                .by_index_decrypt(index, password.as_bytes())
                .map_err(zip_error)?;
            read_limited(file, size).map_err(|_| ImportError::WrongPassword)?
        } else {
            let file = archive.by_index(index).map_err(zip_error)?;
            read_limited(file, size).map_err(|error| {
                damaged(match error {
                    NotRead::Io(error) => Reason::Unreadable {
                        field: ACCOUNTS_FILE.to_owned(),
                        detail: Some(Detail::zip_read(&error)),
                    },
                    NotRead::WrongSize { length } => Reason::WrongSize {
                        field: ACCOUNTS_FILE.to_owned(),
                        length,
                        expected: size,
                    },
                })
            })?
        };
        let text = text_of(&text, FORMAT)?;
        import_uri_lines(text, FORMAT)
    }
}

fn zip_unreadable(error: &ZipError) -> Reason {
    Reason::ZipUnreadable {
        detail: Some(Detail::zip(error)),
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn zip_error(error: ZipError) -> ImportError {
    match error {
        ZipError::InvalidPassword => ImportError::WrongPassword,
        // zip's words for what it does not read are English: only the kind is kept.
        ZipError::UnsupportedArchive(_) | ZipError::CompressionMethodNotSupported(_) => {
            ImportError::Unsupported {
                format: FORMAT,
                reason: zip_unreadable(&error),
            }
        }
        other => damaged(zip_unreadable(&other)),
    }
}

/// Why a file of the archive could not be had whole.
enum NotRead {
    /// The ZIP reader's error (a CRC mismatch, a broken stream).
    Io(std::io::Error),
    /// It is not the size the archive states: `length` bytes (one more than stated at most).
    WrongSize { length: u64 },
}

/// The file's content, refusing more than it claims (the reader also checks the CRC at the
/// end, which is what catches a wrong ZipCrypto password that passed the one-byte check).
fn read_limited(file: impl Read, claimed: u64) -> Result<Zeroizing<Vec<u8>>, NotRead> {
    // Room for all of it up front: growing the vector would leave unwiped copies behind.
    let capacity = usize::try_from(claimed.saturating_add(1)).unwrap_or(usize::MAX);
    let mut content = Zeroizing::new(Vec::with_capacity(capacity));
    file.take(claimed.saturating_add(1))
        .read_to_end(&mut content)
        .map_err(NotRead::Io)?;
    if content.len() as u64 != claimed {
        return Err(NotRead::WrongSize {
            length: content.len() as u64,
        });
    }
    Ok(content)
}

fn accounts_index(archive: &ZipArchive<Cursor<&[u8]>>) -> Option<usize> {
    archive.index_for_name(ACCOUNTS_FILE).or_else(|| {
        archive
            .file_names()
            .position(|name| name.is_ok_and(|name| name.eq_ignore_ascii_case(ACCOUNTS_FILE)))
    })
}

/// The name in the first local file header (offset 30, length at offset 26).
fn first_entry_name(bytes: &[u8]) -> Option<&[u8]> {
    if !bytes.starts_with(LOCAL_HEADER_MAGIC) {
        return None;
    }
    let length = usize::from(u16::from_le_bytes([*bytes.get(26)?, *bytes.get(27)?]));
    bytes.get(30..30 + length)
}
