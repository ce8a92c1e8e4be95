//! The Import dialog's slow work, run as jobs: reading an export file (and decrypting it: a
//! key derivation of up to a second), finding QR codes in a large image (a 4K screenshot takes
//! rqrr about a second) and taking a screenshot (on Wayland the desktop may ask the user
//! first, for up to a minute). The window keeps drawing meanwhile; the result comes back as
//! an event, and a closed dialog drops it unseen.
//!
//! Reading a file (an export, or an image of QR codes) is the core's flow, shared with
//! `zweifaktor import` ([`zweifaktor_core::flow::import`]); the clipboard and the screen are
//! the window's own sources. Everything here only computes what was found; what it means for
//! the dialog (preview, parts still to scan, messages) is decided by `app::import_state`, with
//! the codes of several images gathered by the core's [`zweifaktor_core::flow::import::QrCodes`].

use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use super::clipboard::ClipboardImage;
use super::messages::{error_sentence, screen_message};
use crate::fl;
use crate::screen::ScreenError;
use zweifaktor_core::flow::import::{self as flow, ExportFile, FileContent, FileError};
use zweifaktor_core::import::{Format, ImportError, Imported};
use zweifaktor_core::qr;
use zweifaktor_core::secret::Password;

/// Takes a picture of the whole screen as 8-bit grey pixels: (width, height, pixels). The
/// real one is [`system_screen`]; tests put in one they control.
pub type ScreenCapture =
    Arc<dyn Fn() -> Result<(u32, u32, Vec<u8>), ScreenError> + Send + Sync + 'static>;

/// This session's screen (the desktop's screenshot portal on Wayland, else X11).
pub fn system_screen() -> ScreenCapture {
    Arc::new(|| crate::screen::capture_luma(None))
}

/// What to read: a file by its path, or the content of a dropped file that has none (or why
/// that content could not be had).
pub enum Source {
    Path(PathBuf),
    Content(Result<Vec<u8>, String>),
}

/// What one read found. No `Debug`: it holds secrets.
pub enum Found {
    /// The file could not be read at all.
    Unreadable(String),
    /// Not an image, and no export format recognised.
    Unrecognised(ImportError),
    /// An export file and its format, with its entries once they could be read: a plain file,
    /// or an encrypted one when a password was given (`None`: the password is still needed).
    Export {
        bytes: Zeroizing<Vec<u8>>,
        format: &'static Format,
        opened: Option<Result<Imported, ImportError>>,
    },
    /// The entries of the export already loaded, opened with the password typed.
    Opened(Result<Imported, ImportError>),
    /// The texts of the QR codes in an image, or why there are none (a sentence).
    QrTexts(Result<Vec<Zeroizing<String>>, String>),
}

/// One thing read, with the name its problem is reported under when several files were
/// dropped at once.
pub struct Read {
    pub name: Option<String>,
    pub found: Found,
}

impl From<Found> for Read {
    fn from(found: Found) -> Self {
        Read { name: None, found }
    }
}

/// A file's content: the QR codes when it is an image, otherwise an export (opened when it
/// is plain or `password` is given).
pub fn read(source: Source, password: Option<&Password>) -> Found {
    let content = match source {
        Source::Path(path) => flow::read_file(&path, None),
        Source::Content(Ok(bytes)) => flow::read_content(Zeroizing::new(bytes), None),
        Source::Content(Err(e)) => return Found::Unreadable(e),
    };
    match content {
        Ok(FileContent::Image(texts)) => Found::QrTexts(Ok(texts)),
        Ok(FileContent::Export(file)) => {
            let opened =
                (!file.needs_password() || password.is_some()).then(|| file.open(password));
            let ExportFile { bytes, format } = file;
            Found::Export {
                bytes,
                format,
                opened,
            }
        }
        Err(FileError::Read(e)) => Found::Unreadable(error_sentence(&e)),
        Err(FileError::Image(e)) => Found::QrTexts(Err(error_sentence(&e))),
        Err(FileError::Format(e)) => Found::Unrecognised(e),
    }
}

/// The entries of an export already read, with its password.
pub fn open(bytes: &[u8], format: &Format, password: Option<&Password>) -> Found {
    Found::Opened((format.import)(bytes, password))
}

/// The QR codes of the image the user pasted (or why there is none).
pub fn pasted(image: Result<ClipboardImage, String>) -> Found {
    Found::QrTexts(texts(image.and_then(|image| {
        let (width, height, pixels) = image
            .to_luma()
            .ok_or_else(|| fl!("win-clipboard-image-unreadable"))?;
        qr::decode_luma(width, height, &pixels).map_err(|e| error_sentence(&e))
    })))
}

/// Every QR code on the screen.
pub fn scanned(capture: &ScreenCapture) -> Found {
    Found::QrTexts(texts(capture().map_err(|e| screen_message(&e)).and_then(
        |(width, height, pixels)| {
            let pixels = Zeroizing::new(pixels);
            qr::decode_luma(width, height, &pixels).map_err(|e| error_sentence(&e))
        },
    )))
}

fn texts(found: Result<Vec<String>, String>) -> Result<Vec<Zeroizing<String>>, String> {
    found.map(|texts| texts.into_iter().map(Zeroizing::new).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aegis(file: &str) -> Vec<u8> {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/testdata/import/aegis")
            .join(file);
        std::fs::read(path).unwrap()
    }

    fn opened(found: Found) -> Option<Result<Imported, ImportError>> {
        match found {
            Found::Export { opened, .. } => opened,
            _ => panic!("an export"),
        }
    }

    #[test]
    fn a_plain_export_is_opened_and_an_encrypted_one_waits_for_its_password() {
        let plain = read(Source::Content(Ok(aegis("aegis_plain.json"))), None);
        assert_eq!(opened(plain).unwrap().unwrap().entries.len(), 7);
        let encrypted = aegis("aegis_encrypted.json");
        let waiting = read(Source::Content(Ok(encrypted.clone())), None);
        assert!(opened(waiting).is_none(), "no password yet: nothing tried");
        let wrong = read(
            Source::Content(Ok(encrypted.clone())),
            Some(&Password::from("falsch")),
        );
        assert_eq!(opened(wrong).unwrap(), Err(ImportError::WrongPassword));
        let format = zweifaktor_core::import::detect(&encrypted).unwrap();
        let Found::Opened(Ok(entries)) = open(&encrypted, format, Some(&Password::from("test")))
        else {
            panic!("opened with its password")
        };
        assert_eq!(entries.entries.len(), 7);
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        let missing = read(Source::Path(PathBuf::from("/no/such/export.json")), None);
        assert!(matches!(missing, Found::Unreadable(e) if e.contains("/no/such/export.json")));
        let text = read(Source::Content(Ok(b"shopping list".to_vec())), None);
        assert!(matches!(
            text,
            Found::Unrecognised(ImportError::UnknownFormat)
        ));
        let blank = qr::png("https://example.org", 4).unwrap();
        let Found::QrTexts(Ok(texts)) = read(Source::Content(Ok(blank)), None) else {
            panic!("an image's codes")
        };
        assert_eq!(
            texts.len(),
            1,
            "a code, if not an account: the dialog says so"
        );
        let none = pasted(Err("The clipboard holds no image.".to_owned()));
        assert!(matches!(none, Found::QrTexts(Err(e)) if e.contains("no image")));
        let refused: ScreenCapture = Arc::new(|| Err(ScreenError::Cancelled));
        assert!(matches!(scanned(&refused), Found::QrTexts(Err(e)) if e.contains("cancelled")));
    }
}
