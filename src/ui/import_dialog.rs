//! Importing another app's export in the window: choose the file, give its password when it is
//! encrypted, look at what was found (duplicates unchecked, unusable entries with the reason),
//! then import the checked ones in one save.

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Shared;
use super::widgets::{error_line, labelled_field, warning_line};
use crate::app::command::Command;
use crate::import::preview::{Preview, Verdict, preview};
use crate::import::{self, Format};
use crate::procedure::Procedure;
use crate::qr;
use crate::secret::Password;

#[derive(Default)]
pub struct ImportDialog {
    path: String,
    password: Zeroizing<String>,
    /// The file read and its format, once "Read file" worked.
    loaded: Option<(Vec<u8>, &'static Format)>,
    preview: Option<Preview>,
    error: Option<String>,
    /// How many accounts the QR codes of an image held, when the file was an image.
    qr_found: Option<usize>,
}

/// PNG or JPEG, by their first bytes.
fn is_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff])
}

impl ImportDialog {
    fn read_file(&mut self, existing: &[Procedure]) {
        self.error = None;
        self.preview = None;
        self.qr_found = None;
        let path = PathBuf::from(self.path.trim());
        let bytes = match import::read::read_export(&path) {
            Ok(bytes) => bytes,
            Err(e) => return self.error = Some(e.to_string()),
        };
        if is_image(&bytes) {
            return self.read_qr_codes(&bytes, existing);
        }
        let format = match import::detect(&bytes) {
            Ok(format) => format,
            Err(e) => return self.error = Some(e.to_string()),
        };
        self.loaded = Some((bytes, format));
        self.open(existing);
    }

    /// A screenshot or photo of QR codes: every otpauth:// code and complete Google
    /// Authenticator transfer in it.
    fn read_qr_codes(&mut self, bytes: &[u8], existing: &[Procedure]) {
        self.show_qr_codes(qr::decode_image(bytes).map_err(|e| e.to_string()), existing);
    }

    /// Every QR code on the screen (the enrollment page in the browser beside the window).
    fn scan_screen(&mut self, existing: &[Procedure]) {
        self.error = None;
        self.preview = None;
        let texts = qr::screen::capture_luma(None)
            .map_err(|e| e.to_string())
            .and_then(|(width, height, pixels)| {
                qr::decode_luma(width, height, &pixels).map_err(|e| e.to_string())
            });
        self.show_qr_codes(texts, existing);
    }

    fn show_qr_codes(&mut self, texts: Result<Vec<String>, String>, existing: &[Procedure]) {
        self.loaded = None;
        let gathered = texts.and_then(|texts| qr::gather(&texts).map_err(|e| e.to_string()));
        match gathered {
            Ok(gathered) => {
                self.qr_found = Some(gathered.imported.entries.len());
                self.preview = Some(preview(gathered.imported, existing));
            }
            Err(e) => self.error = Some(e),
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
            ui.label("Procedures from another app's export (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, Google Authenticator links, …), or from a screenshot of QR codes (PNG, JPEG).");
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
            });
            if let Some(found) = self.qr_found {
                ui.label(format!("QR codes in the image: {found} accounts"));
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
                if ui
                    .add_enabled(!chosen.is_empty(), egui::Button::new(RichText::new(format!("Import {}", chosen.len())).strong()))
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
