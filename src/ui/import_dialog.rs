//! Importing another app's export in the window: choose the file (or drop it on the window),
//! give its password when it is encrypted, look at what was found (duplicates unchecked,
//! unusable entries with the reason), then import the checked ones in one save.
//!
//! QR codes come from image files, the clipboard ("Paste image") or the screen, and add up
//! while the dialog is open: a Google Authenticator transfer shown as several codes is scanned
//! one code after another, and imported once every part is in.
//!
//! Reading, decrypting, decoding and taking the screenshot run in the background
//! ([`crate::app::import`]): meanwhile a spinner says what is being done and nothing else can
//! be read, but the dialog can be closed, which drops the result unseen.

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::widgets::{error_line, labelled_field, warning_line};
use super::{Shared, sentence};
use crate::app::clipboard::ClipboardImage;
use crate::app::command::Command;
use crate::app::import::{self as work, Found, ImportJob, Read, ScreenCapture, Source};
use zweifaktor_core::flow::import::QrCodes;
use zweifaktor_core::import::preview::{CLEANED_NOTE, Preview, Verdict, preview};
use zweifaktor_core::import::{Format, ImportError, Imported};
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::qr::PartialTransfer;
use zweifaktor_core::secret::Password;

const READING: &str = "Reading the file…";
const LOOKING: &str = "Looking for QR codes…";
const SCREENSHOT: &str = "Taking a screenshot… (your desktop may ask for permission)";

#[derive(Default)]
pub struct ImportDialog {
    path: String,
    password: Zeroizing<String>,
    /// The file read and its format, once "Read file" worked.
    loaded: Option<(Zeroizing<Vec<u8>>, &'static Format)>,
    preview: Option<Preview>,
    error: Option<String>,
    /// How many accounts the QR codes scanned so far hold.
    qr_found: Option<usize>,
    /// Every QR code scanned in this dialog (each once), and from how many images.
    qr: QrCodes,
    /// Google Authenticator transfers with parts still to scan.
    incomplete: Vec<PartialTransfer>,
    /// A read running in the background.
    job: Option<ImportJob>,
}

impl ImportDialog {
    /// Whether a read runs in the background (nothing else can be read meanwhile).
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// Starts `work` in the background unless a read runs already.
    fn start(
        &mut self,
        ctx: &egui::Context,
        doing: &'static str,
        work: impl FnOnce() -> Vec<Read> + Send + 'static,
    ) {
        if self.job.is_some() {
            return;
        }
        self.error = None;
        self.job = Some(ImportJob::spawn(doing, work, ctx));
    }

    /// The password typed for the export, if any.
    fn password(&self) -> Option<Password> {
        (!self.password.is_empty()).then(|| Password::new(self.password.to_string()))
    }

    fn read_file(&mut self, ctx: &egui::Context) {
        let source = Source::Path(PathBuf::from(self.path.trim()));
        let password = self.password();
        self.start(ctx, READING, move || {
            vec![work::read(source, password.as_ref()).into()]
        });
    }

    /// Files dropped on the window, in order: export files or images of QR codes. What could
    /// not be read is said per file, also when another file after it could. Ignored while a
    /// read runs (the drop hint says so).
    pub fn add_dropped(&mut self, files: &[egui::DroppedFileHandle], ctx: &egui::Context) {
        if self.job.is_some() || files.is_empty() {
            return;
        }
        let several = files.len() > 1;
        let mut sources = Vec::with_capacity(files.len());
        for file in files {
            let path = file.path();
            let name = several
                .then(|| path.file_name().map(|n| n.to_string_lossy().into_owned()))
                .flatten();
            let source = if path.as_os_str().is_empty() {
                Source::Content(
                    file.bytes()
                        .map_err(|e| format!("The dropped file cannot be read: {e}")),
                )
            } else {
                self.path = path.display().to_string();
                Source::Path(path.to_path_buf())
            };
            sources.push((name, source));
        }
        let password = self.password();
        self.start(ctx, READING, move || {
            sources
                .into_iter()
                .map(|(name, source)| Read {
                    name,
                    found: work::read(source, password.as_ref()),
                })
                .collect()
        });
    }

    /// The image the user pasted (or why there is none): its QR codes are looked for.
    pub fn add_clipboard_image(
        &mut self,
        image: Result<ClipboardImage, String>,
        ctx: &egui::Context,
    ) {
        self.start(ctx, LOOKING, move || vec![work::pasted(image).into()]);
    }

    /// Every QR code on the screen (the enrollment page in the browser beside the window).
    pub fn scan_screen(&mut self, capture: ScreenCapture, ctx: &egui::Context) {
        self.start(ctx, SCREENSHOT, move || {
            vec![work::scanned(&capture).into()]
        });
    }

    /// Reads the entries of the loaded export with the password typed.
    fn open(&mut self, ctx: &egui::Context) {
        let Some((bytes, format)) = &self.loaded else {
            return;
        };
        if (format.is_encrypted)(bytes) && self.password.is_empty() {
            return;
        }
        let (bytes, format) = (bytes.clone(), *format);
        let password = self.password();
        self.start(ctx, READING, move || {
            vec![work::open(&bytes, format, password.as_ref()).into()]
        });
    }

    /// Takes the background read's result, once it is there. Called before each frame (for
    /// the dialog that started the read: a closed dialog's result is dropped with it).
    pub fn poll(&mut self, existing: &[Procedure]) {
        let Some(result) = self.job.as_ref().and_then(ImportJob::poll) else {
            return;
        };
        self.job = None;
        match result {
            Ok(reads) => self.take_reads(reads, existing),
            Err(lost) => self.error = Some(sentence(&lost.to_string())),
        }
    }

    /// What was read, in order; the problems of several files are named by file.
    fn take_reads(&mut self, reads: Vec<Read>, existing: &[Procedure]) {
        let mut problems = Vec::new();
        for read in reads {
            self.take(read.found, existing);
            if let Some(error) = self.error.take() {
                problems.push(match read.name {
                    Some(name) => format!("{name}: {error}"),
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
                self.error = Some(e.to_string());
            }
            Found::Export {
                bytes,
                format,
                opened,
            } => {
                self.forget_qr_codes();
                self.preview = None;
                self.loaded = Some((bytes, format));
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
            Err(e) => self.error = Some(e.to_string()),
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
            return self.error = Some(sentence(&e.to_string()));
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
            Err(e) => self.error = Some(sentence(&e.to_string())),
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) -> bool {
        let mut open = true;
        let ctx = ui.ctx().clone();
        let busy = self.job.is_some();
        let modal = egui::Modal::new(egui::Id::unique("import")).show(&ctx, |ui| {
            ui.set_width(460.0);
            ui.heading("Import");
            ui.label("Procedures from another app's export (Aegis, 2FAS, andOTP, FreeOTP, Bitwarden, Google Authenticator links, …), or from a screenshot of QR codes (PNG, JPEG). You can also drop the file on the window.");
            let field = labelled_field(ui, "Export file", &mut self.path, false);
            ui.horizontal(|ui| {
                if ui.add_enabled(!busy, egui::Button::new("Choose file…")).clicked()
                    && let Some(file) = rfd::FileDialog::new().set_title("Export file").pick_file()
                {
                    self.path = file.display().to_string();
                    self.read_file(&ctx);
                }
                let ready = !busy && !self.path.trim().is_empty();
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.add_enabled(ready, egui::Button::new("Read file")).clicked() || (entered && ready) {
                    self.read_file(&ctx);
                }
                if ui
                    .add_enabled(!busy, egui::Button::new("Scan screen"))
                    .on_hover_text("Find QR codes on the screen, e.g. the enrollment page beside this window")
                    .clicked()
                {
                    out.push(Command::ScanScreenForImport);
                }
                if ui
                    .add_enabled(!busy, egui::Button::new("Paste image"))
                    .on_hover_text("Read the QR codes of an image on the clipboard, e.g. a snipping tool's screenshot")
                    .clicked()
                {
                    out.push(Command::PasteImageForImport);
                }
            });
            if let Some(job) = &self.job {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(job.doing);
                });
            }
            if let Some(found) = self.qr_found {
                if self.qr.images() > 1 {
                    ui.label(format!("QR codes in {} images: {found} accounts", self.qr.images()));
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
                    if ui.add_enabled(!busy, egui::Button::new("Open")).clicked() || (entered && !busy) {
                        self.open(&ctx);
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
                // While a read runs the preview may be about to change: import what it shows
                // once it is done.
                if ui
                    .add_enabled(!chosen.is_empty() && !waiting && !busy, egui::Button::new(RichText::new(format!("Import {}", chosen.len())).strong()))
                    .clicked()
                {
                    out.push(Command::ImportProcedures(chosen));
                    open = false;
                }
            }
            // Closing during a read drops its result with the dialog.
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
                // The name differs from the file's when characters were dropped from it.
                let label = if row.cleaned {
                    format!("{} ({CLEANED_NOTE})", row.label)
                } else {
                    row.label.clone()
                };
                match &row.verdict {
                    Verdict::New => {
                        ui.checkbox(&mut row.checked, label);
                    }
                    Verdict::Duplicate => {
                        ui.checkbox(&mut row.checked, format!("{label} — already in the vault"));
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
