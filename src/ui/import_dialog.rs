//! Importing another app's export in the window: choose the file (or drop it on the window),
//! give its password when it is encrypted, look at what was found (duplicates unchecked,
//! unusable entries with the reason), then import the checked ones in one save.
//!
//! QR codes come from image files, the clipboard ("Paste image") or the screen, and add up
//! while the dialog is open: a Google Authenticator transfer shown as several codes is scanned
//! one code after another, and imported once every part is in.

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Shared;
use super::widgets::{error_line, labelled_field, warning_line};
use crate::app::clipboard::ClipboardImage;
use crate::app::command::Command;
use crate::import::preview::{Preview, Verdict, preview};
use crate::import::{self, Format};
use crate::procedure::Procedure;
use crate::qr::{self, PartialTransfer};
use crate::secret::Password;

#[derive(Default)]
pub struct ImportDialog {
    path: String,
    password: Zeroizing<String>,
    /// The file read and its format, once "Read file" worked.
    loaded: Option<(Vec<u8>, &'static Format)>,
    preview: Option<Preview>,
    error: Option<String>,
    /// How many accounts the QR codes scanned so far hold.
    qr_found: Option<usize>,
    /// The texts of every QR code scanned in this dialog (each once), and from how many images.
    qr_texts: Vec<Zeroizing<String>>,
    qr_images: usize,
    /// Google Authenticator transfers with parts still to scan.
    incomplete: Vec<PartialTransfer>,
}

/// PNG or JPEG, by their first bytes.
fn is_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff])
}

impl ImportDialog {
    fn read_file(&mut self, existing: &[Procedure]) {
        let path = PathBuf::from(self.path.trim());
        match import::read::read_export(&path) {
            Ok(bytes) => self.take_bytes(bytes, existing),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Files dropped on the window, in order: export files or images of QR codes. What could
    /// not be read is said per file, also when another file after it could.
    pub fn add_dropped(&mut self, files: &[egui::DroppedFileHandle], existing: &[Procedure]) {
        let mut problems = Vec::new();
        for file in files {
            self.add_dropped_file(file.as_ref(), existing);
            if let Some(error) = self.error.take() {
                let name = file
                    .path()
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned());
                problems.push(match name {
                    Some(name) if files.len() > 1 => format!("{name}: {error}"),
                    _ => error,
                });
            }
        }
        if !problems.is_empty() {
            self.error = Some(problems.join("\n"));
        }
    }

    /// One dropped file.
    fn add_dropped_file(&mut self, file: &dyn egui::DroppedFile, existing: &[Procedure]) {
        let path = file.path();
        if path.as_os_str().is_empty() {
            match file.bytes() {
                Ok(bytes) => self.take_bytes(bytes, existing),
                Err(e) => self.error = Some(format!("The dropped file cannot be read: {e}")),
            }
        } else {
            self.path = path.display().to_string();
            self.read_file(existing);
        }
    }

    /// The image the user pasted (or why there is none).
    pub fn add_clipboard_image(
        &mut self,
        image: Result<ClipboardImage, String>,
        existing: &[Procedure],
    ) {
        let texts = image.and_then(|image| {
            let (width, height, pixels) = image
                .to_luma()
                .ok_or_else(|| "The image on the clipboard cannot be read.".to_owned())?;
            qr::decode_luma(width, height, &pixels).map_err(|e| e.to_string())
        });
        self.add_qr_texts(texts, existing);
    }

    /// A file's content: QR codes when it is an image, otherwise an export.
    fn take_bytes(&mut self, bytes: Vec<u8>, existing: &[Procedure]) {
        self.error = None;
        if is_image(&bytes) {
            return self.add_qr_texts(
                qr::decode_image(&bytes).map_err(|e| e.to_string()),
                existing,
            );
        }
        self.forget_qr_codes();
        self.preview = None;
        let format = match import::detect(&bytes) {
            Ok(format) => format,
            Err(e) => return self.error = Some(e.to_string()),
        };
        self.loaded = Some((bytes, format));
        self.open(existing);
    }

    /// Every QR code on the screen (the enrollment page in the browser beside the window).
    fn scan_screen(&mut self, existing: &[Procedure]) {
        let texts = qr::screen::capture_luma(None)
            .map_err(|e| e.to_string())
            .and_then(|(width, height, pixels)| {
                qr::decode_luma(width, height, &pixels).map_err(|e| e.to_string())
            });
        self.add_qr_texts(texts, existing);
    }

    fn forget_qr_codes(&mut self) {
        self.qr_texts.clear();
        self.qr_images = 0;
        self.qr_found = None;
        self.incomplete.clear();
    }

    /// The codes of one more image, added to those scanned before. An image with nothing
    /// usable says so and leaves what was gathered as it was.
    fn add_qr_texts(&mut self, texts: Result<Vec<String>, String>, existing: &[Procedure]) {
        self.error = None;
        let texts: Vec<Zeroizing<String>> = match texts {
            Ok(texts) => texts.into_iter().map(Zeroizing::new).collect(),
            Err(e) => return self.error = Some(e),
        };
        if let Err(e) = qr::gather_so_far(&texts) {
            return self.error = Some(sentence(&e.to_string()));
        }
        if self.loaded.take().is_some() {
            // An export file's entries were shown: the codes start a new preview.
            self.forget_qr_codes();
        }
        let before = self.qr_texts.len();
        for text in texts {
            if !self.qr_texts.contains(&text) {
                self.qr_texts.push(text);
            }
        }
        // The same image twice is still one image.
        if self.qr_texts.len() > before {
            self.qr_images += 1;
        }
        match qr::gather_so_far(&self.qr_texts) {
            Ok(gathered) => {
                self.qr_found = Some(gathered.imported.entries.len());
                self.incomplete = gathered.incomplete;
                self.preview = Some(preview(gathered.imported, existing));
            }
            Err(e) => self.error = Some(sentence(&e.to_string())),
        }
    }

    /// Reads the entries (with the password, when the file needs one).
    fn open(&mut self, existing: &[Procedure]) {
        let Some((bytes, format)) = &self.loaded else {
            return;
        };
        if (format.is_encrypted)(bytes) && self.password.is_empty() {
            return;
        }
        let password =
            (!self.password.is_empty()).then(|| Password::new(self.password.to_string()));
        match (format.import)(bytes, password.as_ref()) {
            Ok(imported) => {
                self.preview = Some(preview(imported, existing));
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        shared: &Shared,
        existing: &[Procedure],
        out: &mut Vec<Command>,
    ) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("import")).show(ui.ctx(), |ui| {
            ui.set_width(460.0);
            ui.heading("Import");
            ui.label("Procedures from another app's export (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, Google Authenticator links, …), or from a screenshot of QR codes (PNG, JPEG). You can also drop the file on the window.");
            let field = labelled_field(ui, "Export file", &mut self.path, false);
            ui.horizontal(|ui| {
                if ui.button("Choose file…").clicked()
                    && let Some(file) = rfd::FileDialog::new().set_title("Export file").pick_file()
                {
                    self.path = file.display().to_string();
                    self.read_file(existing);
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.add_enabled(!self.path.trim().is_empty(), egui::Button::new("Read file")).clicked() || entered {
                    self.read_file(existing);
                }
                if ui
                    .button("Scan screen")
                    .on_hover_text("Find QR codes on the screen, e.g. the enrollment page beside this window")
                    .clicked()
                {
                    self.scan_screen(existing);
                }
                if ui
                    .button("Paste image")
                    .on_hover_text("Read the QR codes of an image on the clipboard, e.g. a snipping tool's screenshot")
                    .clicked()
                {
                    out.push(Command::PasteImageForImport);
                }
            });
            if let Some(found) = self.qr_found {
                if self.qr_images > 1 {
                    ui.label(format!("QR codes in {} images: {found} accounts", self.qr_images));
                } else {
                    ui.label(format!("QR codes in the image: {found} accounts"));
                }
            }
            for partial in &self.incomplete {
                warning_line(
                    ui,
                    shared.config,
                    &format!(
                        "{} of {} parts scanned — scan the others too (missing: {}).",
                        partial.received,
                        partial.total,
                        partial.missing_text()
                    ),
                );
            }
            if let Some((bytes, format)) = &self.loaded {
                ui.label(format!("Format: {}", format.name));
                if (format.is_encrypted)(bytes) && self.preview.is_none() {
                    let password = labelled_field(ui, "Password of the export", &mut self.password, true);
                    let entered = password.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("Open").clicked() || entered {
                        self.open(existing);
                    }
                }
            }
            if let Some(error) = &self.error {
                error_line(ui, shared.config, error);
            }
            if let Some(preview) = &mut self.preview {
                preview_ui(ui, shared, preview);
                let chosen = preview.drafts();
                ui.add_space(6.0);
                let waiting = !self.incomplete.is_empty();
                if waiting {
                    ui.label("The import waits until every part of the transfer is scanned, so that no account is left behind unnoticed.");
                }
                if ui
                    .add_enabled(!chosen.is_empty() && !waiting, egui::Button::new(RichText::new(format!("Import {}", chosen.len())).strong()))
                    .clicked()
                {
                    out.push(Command::ImportProcedures(chosen));
                    open = false;
                }
            }
            if ui.button("Cancel").clicked() {
                open = false;
            }
        });
        open && !modal.should_close()
    }
}

fn preview_ui(ui: &mut Ui, shared: &Shared, preview: &mut Preview) {
    ui.separator();
    ui.label(format!(
        "Found {} entries:",
        preview.rows.len() + preview.skipped.len()
    ));
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            for row in &mut preview.rows {
                match &row.verdict {
                    Verdict::New => {
                        ui.checkbox(&mut row.checked, &row.label);
                    }
                    Verdict::Duplicate => {
                        ui.checkbox(
                            &mut row.checked,
                            format!("{} — already in the vault", row.label),
                        );
                    }
                    Verdict::Unusable(reason) => {
                        warning_line(
                            ui,
                            shared.config,
                            &format!("{}: cannot be imported ({reason})", row.label),
                        );
                    }
                }
            }
            for skipped in &preview.skipped {
                warning_line(
                    ui,
                    shared.config,
                    &format!("{}: cannot be imported ({})", skipped.label, skipped.reason),
                );
            }
        });
}

/// A message as a sentence: first letter upper case.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
