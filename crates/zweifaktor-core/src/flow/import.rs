//! Reading what the user gives to import, the same way in the window and on the command line:
//! a file is either another app's export (its format recognised from the content, or named)
//! or a PNG/JPEG screenshot or photo, whose every QR code is read ([`read_file`]). The QR codes
//! of several images add up in [`QrCodes`], so that a Google Authenticator transfer shown as
//! several codes is gathered across images (or scans of the screen), in any order, and
//! imported only once every part is in.
//!
//! What is found is returned, nothing is saved: the window previews it, the command line
//! imports it (both through [`crate::import::preview`]); the entries chosen are added to the
//! vault by [`add_imported`] in both.

use std::path::Path;

use zeroize::Zeroizing;

use crate::import::read::{self, ReadError};
use crate::import::{self, Format, ImportError, Imported};
use crate::procedure::{Procedure, ProcedureDraft, ProcedureError};
use crate::qr::{self, ContentError, Gathered, QrError};
use crate::secret::Password;
use crate::vault::VaultContents;

/// What a file to import holds.
pub enum FileContent {
    /// An image: the texts of its QR codes (at least one; they may hold the secrets).
    Image(Vec<Zeroizing<String>>),
    /// Another app's export.
    Export(ExportFile),
}

/// An export file read into memory, with its format.
pub struct ExportFile {
    /// The file's bytes: for a plain export, the secrets, so they are wiped when dropped.
    pub bytes: Zeroizing<Vec<u8>>,
    pub format: &'static Format,
}

impl ExportFile {
    /// Whether this file is encrypted: its password must be asked before [`Self::open`].
    pub fn needs_password(&self) -> bool {
        (self.format.is_encrypted)(&self.bytes)
    }

    /// The entries of the file; `password` for an encrypted one.
    pub fn open(&self, password: Option<&Password>) -> Result<Imported, ImportError> {
        (self.format.import)(&self.bytes, password)
    }

    /// Where the entries came from, in a sentence ("the Aegis Authenticator export").
    pub fn source(&self) -> String {
        if self.format.name.ends_with("database") {
            format!("the {}", self.format.name)
        } else {
            format!("the {} export", self.format.name)
        }
    }
}

/// Why a file gives nothing to import.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// Not there, not readable, too large or empty.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// An image in which no QR code could be read.
    #[error(transparent)]
    Image(#[from] QrError),
    /// Not an image, and no export format recognised.
    #[error(transparent)]
    Format(#[from] ImportError),
}

/// Reads the file at `path` (files over [`import::MAX_IMPORT_BYTES`] are refused before they
/// are read). With `format`, the file is that format's export; otherwise an image's QR codes
/// are read, and any other file's format is recognised from its content.
pub fn read_file(path: &Path, format: Option<&'static Format>) -> Result<FileContent, FileError> {
    let bytes = Zeroizing::new(read::read_export(path)?);
    read_content(bytes, format)
}

/// As [`read_file`], for content already read (a file dropped on the window without a path).
pub fn read_content(
    bytes: Zeroizing<Vec<u8>>,
    format: Option<&'static Format>,
) -> Result<FileContent, FileError> {
    let format = match format {
        Some(format) => format,
        None if is_image(&bytes) => return Ok(FileContent::Image(texts_of_image(&bytes)?)),
        None => import::detect(&bytes)?,
    };
    Ok(FileContent::Export(ExportFile { bytes, format }))
}

/// Every QR code of the image at `path` (one of several images of a transfer): a file that is
/// not a PNG or JPEG image is [`QrError::NotAnImage`], whatever else it may be.
pub fn read_image(path: &Path) -> Result<Vec<Zeroizing<String>>, FileError> {
    let bytes = Zeroizing::new(read::read_export(path)?);
    if !is_image(&bytes) {
        return Err(QrError::NotAnImage.into());
    }
    Ok(texts_of_image(&bytes)?)
}

/// Every QR code of a PNG or JPEG image.
pub fn texts_of_image(bytes: &[u8]) -> Result<Vec<Zeroizing<String>>, QrError> {
    Ok(qr::decode_image(bytes)?
        .into_iter()
        .map(Zeroizing::new)
        .collect())
}

/// PNG or JPEG, by their first bytes. No export format starts like either.
fn is_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff])
}

/// The QR codes of every image read so far (each code once), and from how many images.
#[derive(Default)]
pub struct QrCodes {
    texts: Vec<Zeroizing<String>>,
    images: usize,
}

impl QrCodes {
    /// Adds the codes of one more image. An image with nothing usable (only web addresses, a
    /// broken link) is refused with the reason and changes nothing; the same image twice is
    /// still one image.
    pub fn add_image(&mut self, texts: Vec<Zeroizing<String>>) -> Result<(), ContentError> {
        qr::gather_so_far(&texts)?;
        let before = self.texts.len();
        for text in texts {
            if !self.texts.contains(&text) {
                self.texts.push(text);
            }
        }
        if self.texts.len() > before {
            self.images += 1;
        }
        Ok(())
    }

    /// How many different images gave codes.
    pub fn images(&self) -> usize {
        self.images
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The accounts found so far, with the transfers still missing parts listed (to show the
    /// progress: they must not be imported yet).
    pub fn so_far(&self) -> Result<Gathered, ContentError> {
        qr::gather_so_far(&self.texts)
    }

    /// The accounts to import: refused as a whole while a transfer misses parts, so that
    /// nobody ends up with some of their accounts and the belief that they moved all.
    pub fn complete(&self) -> Result<Gathered, ContentError> {
        qr::gather(&self.texts)
    }
}

/// Adds the chosen entries of an import (the preview's drafts) to the vault's contents, all or
/// none: one that does not validate adds nothing. Returns how many were added.
pub fn add_imported(
    contents: &mut VaultContents,
    drafts: Vec<ProcedureDraft>,
    now: u64,
) -> Result<usize, ProcedureError> {
    let procedures = imported_procedures(drafts, now)?;
    let count = procedures.len();
    contents.procedures.extend(procedures);
    Ok(count)
}

/// The procedures an import adds, all or none: made once (each with its id), so that the
/// window can show them at once and save the same procedures later.
pub fn imported_procedures(
    drafts: Vec<ProcedureDraft>,
    now: u64,
) -> Result<Vec<Procedure>, ProcedureError> {
    drafts
        .into_iter()
        .map(|draft| Procedure::create(draft, now))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::SecretBytes;

    fn accounts(count: u8) -> Vec<Procedure> {
        (1..=count)
            .map(|i| {
                Procedure::create(
                    ProcedureDraft {
                        name: format!("Account {i}"),
                        secret: SecretBytes::new(vec![i; 10]),
                        ..ProcedureDraft::default()
                    },
                    0,
                )
                .unwrap()
            })
            .collect()
    }

    fn image_of(text: &str) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(qr::png(text, 3).unwrap())
    }

    fn texts(content: FileContent) -> Vec<Zeroizing<String>> {
        match content {
            FileContent::Image(texts) => texts,
            FileContent::Export(_) => panic!("read as an export"),
        }
    }

    #[test]
    fn a_transfer_in_parts_is_gathered_across_images_in_any_order() {
        let links = crate::export::google_migration::links(&accounts(25), 99).links;
        assert_eq!(links.len(), 3);
        let mut codes = QrCodes::default();
        for index in [2, 0] {
            let content = read_content(image_of(&links[index]), None).unwrap();
            codes.add_image(texts(content)).unwrap();
        }
        assert!(matches!(
            codes.complete(),
            Err(ContentError::MissingParts {
                received: 2,
                total: 3,
                ..
            })
        ));
        let so_far = codes.so_far().unwrap();
        assert_eq!(so_far.imported.entries.len(), 15);
        assert_eq!(so_far.incomplete[0].missing, [1]);
        // The same image again adds nothing.
        let again = read_content(image_of(&links[0]), None).unwrap();
        codes.add_image(texts(again)).unwrap();
        assert_eq!(codes.images(), 2);
        let last = read_content(image_of(&links[1]), None).unwrap();
        codes.add_image(texts(last)).unwrap();
        let all = codes.complete().unwrap();
        assert_eq!((all.imported.entries.len(), all.transfers), (25, 1));
        assert_eq!(codes.images(), 3);
    }

    #[test]
    fn an_image_without_an_account_changes_nothing_and_says_why() {
        let mut codes = QrCodes::default();
        let web = read_content(image_of("https://example.org"), None).unwrap();
        assert_eq!(codes.add_image(texts(web)), Err(ContentError::NotOtp));
        assert!(codes.is_empty());
        assert_eq!(codes.images(), 0);
        let blank = image::GrayImage::from_pixel(64, 64, image::Luma([255]));
        let mut png = Vec::new();
        blank
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert!(matches!(
            read_content(Zeroizing::new(png), None),
            Err(FileError::Image(QrError::NoCode))
        ));
    }

    #[test]
    fn one_of_several_images_must_be_an_image_whatever_else_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("list.txt");
        std::fs::write(&list, "otpauth://totp/A?secret=JBSWY3DPEHPK3PXP\n").unwrap();
        assert!(matches!(
            read_image(&list),
            Err(FileError::Image(QrError::NotAnImage))
        ));
        let image = dir.path().join("code.png");
        std::fs::write(&image, image_of("otpauth://totp/A?secret=JBSWY3DPEHPK3PXP")).unwrap();
        assert_eq!(read_image(&image).unwrap().len(), 1);
    }

    #[test]
    fn an_export_is_recognised_and_opened_with_its_password() {
        let plain = b"otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example\n";
        let FileContent::Export(file) = read_content(Zeroizing::new(plain.to_vec()), None).unwrap()
        else {
            panic!("an export")
        };
        assert!(!file.needs_password());
        assert_eq!(file.open(None).unwrap().entries.len(), 1);
        assert!(file.source().ends_with(" export"), "{}", file.source());
        assert!(matches!(
            read_content(Zeroizing::new(b"my shopping list".to_vec()), None),
            Err(FileError::Format(ImportError::UnknownFormat))
        ));
    }
}
