//! What the Import dialog has found so far: the export file read (and its format), the QR
//! codes gathered across images — a Google Authenticator transfer shown as several codes adds
//! up one code after another — the transfers with parts still to scan, the preview with its
//! checked rows, and the error to show. The reads themselves run as jobs ([`super::import`]);
//! their results land here.

use zeroize::Zeroizing;

use super::import::{Found, Read};
use super::messages::error_sentence;
use super::view::FieldUpdate;
use crate::fl;
use zweifaktor_core::flow::import::QrCodes;
use zweifaktor_core::import::preview::{Preview, Verdict, preview};
use zweifaktor_core::import::{Format, ImportError, Imported};
use zweifaktor_core::procedure::{Procedure, ProcedureDraft};
use zweifaktor_core::qr::PartialTransfer;

/// An export file read, waiting for its password or shown in the preview.
pub struct Loaded {
    pub bytes: Zeroizing<Vec<u8>>,
    pub format: &'static Format,
    pub encrypted: bool,
}

#[derive(Default)]
pub struct ImportState {
    pub loaded: Option<Loaded>,
    pub preview: Option<Preview>,
    pub error: Option<String>,
    /// How many accounts the QR codes scanned so far hold.
    pub qr_found: Option<usize>,
    /// Google Authenticator transfers with parts still to scan.
    pub incomplete: Vec<PartialTransfer>,
    /// The path of the file read last (chosen or dropped), for the path field.
    pub shown_path: Option<FieldUpdate>,
    /// Every QR code scanned in this dialog (each once), and from how many images.
    qr: QrCodes,
}

impl ImportState {
    /// From how many images the QR codes came.
    pub fn qr_images(&self) -> usize {
        self.qr.images()
    }

    /// The export waiting for its password, if one is.
    pub fn waits_for_password(&self) -> bool {
        self.loaded.as_ref().is_some_and(|l| l.encrypted) && self.preview.is_none()
    }

    /// How many rows would be imported now.
    pub fn checked_count(&self) -> usize {
        self.preview.as_ref().map_or(0, |p| {
            p.rows
                .iter()
                .filter(|r| r.checked && !matches!(r.verdict, Verdict::Unusable(_)))
                .count()
        })
    }

    /// The checked rows as procedures to create, once every transfer is complete.
    pub fn chosen(&self) -> Option<Vec<ProcedureDraft>> {
        if !self.incomplete.is_empty() {
            return None;
        }
        self.preview.as_ref().map(Preview::drafts)
    }

    pub fn check(&mut self, row: usize, checked: bool) {
        if let Some(row) = self.preview.as_mut().and_then(|p| p.rows.get_mut(row)) {
            row.checked = checked;
        }
    }

    /// What was read, in order; the problems of several files are named by file.
    pub fn take_reads(&mut self, reads: Vec<Read>, existing: &[Procedure]) {
        let mut problems = Vec::new();
        for read in reads {
            self.take(read.found, existing);
            if let Some(error) = self.error.take() {
                problems.push(match read.name {
                    Some(name) => fl!("win-named-problem", name = name, problem = error),
                    None => error,
                });
            }
        }
        if !problems.is_empty() {
            self.error = Some(problems.join("\n"));
        }
    }

    fn take(&mut self, found: Found, existing: &[Procedure]) {
        self.error = None;
        match found {
            Found::Unreadable(e) => self.error = Some(e),
            Found::QrTexts(texts) => self.add_qr_texts(texts, existing),
            Found::Unrecognised(e) => {
                self.forget_qr_codes();
                self.preview = None;
                self.error = Some(error_sentence(&e));
            }
            Found::Export {
                bytes,
                format,
                opened,
            } => {
                self.forget_qr_codes();
                self.preview = None;
                let encrypted = (format.is_encrypted)(&bytes);
                self.loaded = Some(Loaded {
                    bytes,
                    format,
                    encrypted,
                });
                if let Some(opened) = opened {
                    self.show_entries(opened, existing);
                }
            }
            Found::Opened(opened) => self.show_entries(opened, existing),
        }
    }

    fn show_entries(&mut self, opened: Result<Imported, ImportError>, existing: &[Procedure]) {
        match opened {
            Ok(imported) => {
                self.preview = Some(preview(imported, existing));
                self.error = None;
            }
            Err(e) => self.error = Some(error_sentence(&e)),
        }
    }

    fn forget_qr_codes(&mut self) {
        self.qr = QrCodes::default();
        self.qr_found = None;
        self.incomplete.clear();
    }

    /// The codes of one more image, added to those scanned before. An image with nothing
    /// usable says so and leaves what was gathered as it was.
    fn add_qr_texts(
        &mut self,
        texts: Result<Vec<Zeroizing<String>>, String>,
        existing: &[Procedure],
    ) {
        self.error = None;
        let texts = match texts {
            Ok(texts) => texts,
            Err(e) => return self.error = Some(e),
        };
        if let Err(e) = self.qr.add_image(texts) {
            return self.error = Some(error_sentence(&e));
        }
        // An export file's entries were shown (its reading forgot earlier codes): the codes
        // start a new preview.
        self.loaded = None;
        match self.qr.so_far() {
            Ok(gathered) => {
                self.qr_found = Some(gathered.imported.entries.len());
                self.incomplete = gathered.incomplete;
                self.preview = Some(preview(gathered.imported, existing));
            }
            Err(e) => self.error = Some(error_sentence(&e)),
        }
    }
}
