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

use crate::fl;
use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{
    dialog_body, dialog_frame, dialog_width, error_line, labelled_field, take_update, warning_line,
};
use crate::app::View;
use crate::app::command::{Choose, Command};
use crate::app::import_state::ImportState;
use crate::app::jobs::Work;
use zweifaktor_core::import::preview::{Preview, Verdict};
use zweifaktor_core::message::{Localize, import_format_name};
use zweifaktor_core::secret::Password;

/// The path and the export's password typed (the password wiped when dropped).
#[derive(Default)]
pub struct ImportDialog {
    path: String,
    password: Zeroizing<String>,
    /// The last path the app put into the field (a file chosen or dropped).
    taken: u64,
    /// The path field got the keyboard focus.
    focused: bool,
}

impl ImportDialog {
    /// The password typed for the export, if any.
    fn password(&self) -> Option<Password> {
        (!self.password.is_empty()).then(|| Password::new(self.password.to_string()))
    }

    fn read_file(&self) -> Command {
        Command::ReadImportFile {
            path: PathBuf::from(self.path.trim()),
            password: self.password(),
        }
    }

    /// `work`: what the dialog waits for; nothing else can be read meanwhile, but it can be
    /// closed, which drops the result unseen.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        state: &ImportState,
        work: Option<Work>,
        out: &mut Vec<Command>,
    ) -> bool {
        take_update(&mut self.path, &mut self.taken, state.shown_path.as_ref());
        let mut open = true;
        let busy = work.is_some();
        let modal = egui::Modal::new(egui::Id::unique("import"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 460.0);
                semantics::dialog_title(ui, &fl!("win-import"));
                dialog_body(ui, |ui| {
                    ui.label(fl!("win-import-text"));
                    let field = labelled_field(ui, &fl!("win-export-file"), &mut self.path, false);
                    first_focus(&field, &mut self.focused);
                    ui.horizontal_wrapped(|ui| {
                        if ui
                            .add_enabled(!busy, egui::Button::new(fl!("win-choose-file")))
                            .clicked()
                        {
                            out.push(Command::Choose(Choose::ImportFile {
                                password: self.password(),
                            }));
                        }
                        let ready = !busy && !self.path.trim().is_empty();
                        let entered =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui
                            .add_enabled(ready, egui::Button::new(fl!("win-read-file")))
                            .clicked()
                            || (entered && ready)
                        {
                            out.push(self.read_file());
                        }
                        if ui
                            .add_enabled(!busy, egui::Button::new(fl!("win-scan-screen")))
                            .on_hover_text(fl!("win-scan-screen-hint"))
                            .clicked()
                        {
                            out.push(Command::ScanScreenForImport);
                        }
                        if ui
                            .add_enabled(!busy, egui::Button::new(fl!("win-paste-image")))
                            .on_hover_text(fl!("win-paste-image-hint"))
                            .clicked()
                        {
                            out.push(Command::PasteImageForImport);
                        }
                    });
                    if let Some(work) = work {
                        ui.horizontal_wrapped(|ui| {
                            semantics::spinner_with_label(ui, &doing(work));
                        });
                    }
                    if let Some(found) = state.qr_found {
                        if state.qr_images() > 1 {
                            ui.label(fl!(
                                "win-qr-in-images",
                                found = found,
                                images = state.qr_images()
                            ));
                        } else {
                            ui.label(fl!("win-qr-in-image", found = found));
                        }
                    }
                    for partial in &state.incomplete {
                        warning_line(
                            ui,
                            view.config,
                            &fl!(
                                "win-parts-scanned",
                                count = partial.missing.len(),
                                received = partial.received,
                                total = partial.total,
                                missing = partial
                                    .missing
                                    .iter()
                                    .map(|part| (u64::from(*part) + 1).to_string())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        );
                    }
                    if let Some(loaded) = &state.loaded {
                        ui.label(fl!(
                            "win-import-format",
                            format = import_format_name(
                                loaded.format.name,
                                zweifaktor_core::i18n::loader()
                            )
                        ));
                        if state.waits_for_password() {
                            let password = labelled_field(
                                ui,
                                &fl!("win-import-password"),
                                &mut self.password,
                                true,
                            );
                            let entered = password.lost_focus()
                                && ui.input(|i| i.key_pressed(egui::Key::Enter));
                            if (ui
                                .add_enabled(!busy, egui::Button::new(fl!("win-open")))
                                .clicked()
                                || (entered && !busy))
                                && !self.password.is_empty()
                            {
                                out.push(Command::OpenImport(self.password()));
                            }
                        }
                    }
                    if let Some(error) = &state.error {
                        error_line(ui, view.config, error);
                    }
                    if let Some(preview) = &state.preview {
                        preview_ui(ui, view, preview, out);
                        ui.add_space(6.0);
                        if !state.incomplete.is_empty() {
                            ui.label(fl!("win-import-waits"));
                        }
                    }
                });
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| {
                    if state.preview.is_some() {
                        let chosen = state.checked_count();
                        let waiting = !state.incomplete.is_empty();
                        // While a read runs the preview may be about to change: import what it
                        // shows once it is done.
                        if ui
                            .add_enabled(
                                chosen > 0 && !waiting && !busy,
                                egui::Button::new(
                                    RichText::new(fl!("win-import-checked", count = chosen))
                                        .strong(),
                                ),
                            )
                            .clicked()
                        {
                            out.push(Command::ImportChecked);
                        }
                    }
                    // Closing during a read drops its result with the dialog.
                    if ui.button(fl!("win-cancel")).clicked() {
                        open = false;
                    }
                });
            });
        open && !modal.should_close()
    }
}

/// What the dialog says beside its spinner.
fn doing(work: Work) -> String {
    match work {
        Work::TakingScreenshot => fl!("win-taking-screenshot"),
        Work::LookingForQrCodes => fl!("win-looking-for-qr"),
        Work::ChoosingFile => fl!("win-choosing-file"),
        _ => fl!("win-reading-file"),
    }
}

/// The rows found; checking one is a command (the preview is the app's).
fn preview_ui(ui: &mut Ui, view: &View, preview: &Preview, out: &mut Vec<Command>) {
    ui.separator();
    ui.label(fl!(
        "win-found-entries",
        count = (preview.rows.len() + preview.skipped.len())
    ));
    // The dialog's body scrolls as a whole.
    {
        {
            for (index, row) in preview.rows.iter().enumerate() {
                // The name differs from the file's when characters were dropped from it.
                let label = if row.cleaned {
                    fl!(
                        "win-name-cleaned",
                        name = row.label.as_str(),
                        note = fl!("cli-import-name-cleaned")
                    )
                } else {
                    row.label.clone()
                };
                let mut checked = row.checked;
                let changed = match &row.verdict {
                    Verdict::New => ui.checkbox(&mut checked, label).changed(),
                    Verdict::Duplicate => ui
                        .checkbox(
                            &mut checked,
                            fl!("win-already-in-vault", name = label.as_str()),
                        )
                        .changed(),
                    Verdict::Unusable(reason) => {
                        warning_line(
                            ui,
                            view.config,
                            &fl!(
                                "win-cannot-import",
                                name = row.label.as_str(),
                                reason = reason.to_message()
                            ),
                        );
                        false
                    }
                };
                if changed {
                    out.push(Command::CheckImportRow {
                        row: index,
                        checked,
                    });
                }
            }
            for skipped in &preview.skipped {
                warning_line(
                    ui,
                    view.config,
                    &fl!(
                        "win-cannot-import",
                        name = skipped.label.to_message(),
                        reason = skipped.reason.to_message()
                    ),
                );
            }
        }
    }
}
