//! Exporting in the window: the format, the file (typed, or chosen in a save dialog), the
//! export's own password for the encrypted formats or a warning for the plain ones, and the
//! master password again. Afterwards, what was written where and what was left out, and why.

use std::path::PathBuf;

use crate::fl;
use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{
    dialog_body, dialog_frame, dialog_width, error_line, labelled_field, rule_line, take_update,
    warning_line,
};
use crate::app::View;
use crate::app::command::{Choose, Command};
use crate::app::dialog::ExportState;
use crate::app::export::{ExportFormat, ExportReport, ExportRequest, FORMATS};
use crate::app::messages::sentence;
use zweifaktor_core::export::MIN_EXPORT_PASSWORD_CHARS;
use zweifaktor_core::message::{Localize, export_report_headline, unencrypted_warning};
use zweifaktor_core::secret::Password;

/// The format chosen, the path and the passwords typed (wiped when dropped).
pub struct ExportDialog {
    format: &'static ExportFormat,
    path: String,
    password: Zeroizing<String>,
    repeat: Zeroizing<String>,
    master: Zeroizing<String>,
    /// The last path the save dialog put into the field.
    taken: u64,
    /// The first format got the keyboard focus.
    focused: bool,
}

impl Default for ExportDialog {
    fn default() -> Self {
        ExportDialog {
            format: &FORMATS[0],
            path: String::new(),
            password: Zeroizing::new(String::new()),
            repeat: Zeroizing::new(String::new()),
            master: Zeroizing::new(String::new()),
            taken: 0,
            focused: false,
        }
    }
}

impl ExportDialog {
    /// `busy`: the master password is being checked and the file written (or a save dialog
    /// is open).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        state: &ExportState,
        busy: bool,
        out: &mut Vec<Command>,
    ) -> bool {
        take_update(&mut self.path, &mut self.taken, state.chosen_path.as_ref());
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("export"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 460.0);
                semantics::dialog_title(ui, &fl!("win-export-title"));
                if let Some(report) = &state.report {
                    dialog_body(ui, |ui| report_ui(ui, view, report));
                    ui.add_space(8.0);
                    let close = ui.button(fl!("win-close"));
                    // The form's fields are gone: the focus goes to the one button left.
                    if !close.has_focus() && ui.memory(|m| m.focused().is_none()) {
                        close.request_focus();
                    }
                    if close.clicked() {
                        open = false;
                    }
                    return;
                }
                self.form_ui(ui, view, state, busy, out, &mut open);
            });
        // While the file is being written the dialog stays: closing it would hide whether
        // the export worked.
        open && (busy || !modal.should_close())
    }

    fn form_ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        state: &ExportState,
        busy: bool,
        out: &mut Vec<Command>,
        open: &mut bool,
    ) {
        let (ready, entered) = dialog_body(ui, |ui| self.fields_ui(ui, view, state, busy, out));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if busy {
                semantics::spinner(ui, &fl!("win-checking-and-exporting"));
            }
            if ui
                .add_enabled(ready, egui::Button::new(fl!("win-export")))
                .clicked()
                || (entered && ready)
            {
                out.push(Command::Export(self.request()));
            }
            if ui
                .add_enabled(!busy, egui::Button::new(fl!("win-cancel")))
                .clicked()
            {
                *open = false;
            }
        });
    }

    /// The format, the file, the passwords: whether Export can be pressed, and whether Enter
    /// was pressed in the master password field.
    fn fields_ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        state: &ExportState,
        busy: bool,
        out: &mut Vec<Command>,
    ) -> (bool, bool) {
        let heading = ui.label(RichText::new(fl!("win-format")).strong());
        semantics::make_heading(ui, &heading, &fl!("win-format"), 2);
        for (index, format) in FORMATS.iter().enumerate() {
            let choice = ui.radio_value(&mut self.format, format, format_label(format));
            if index == 0 {
                first_focus(&choice, &mut self.focused);
            }
        }
        if !self.format.encrypted {
            warning_line(
                ui,
                view.config,
                &sentence(&unencrypted_warning(zweifaktor_core::i18n::loader())),
            );
        }
        ui.add_space(4.0);
        labelled_field(ui, &fl!("win-export-file"), &mut self.path, false);
        if ui
            .add_enabled(!busy, egui::Button::new(fl!("win-choose")))
            .clicked()
        {
            out.push(Command::Choose(Choose::ExportFile {
                file_name: self.format.file_name,
            }));
        }
        let mut ready = !busy && !self.path.trim().is_empty() && !self.master.is_empty();
        if self.format.encrypted {
            labelled_field(ui, &fl!("win-export-password"), &mut self.password, true);
            labelled_field(
                ui,
                &fl!("win-repeat-export-password"),
                &mut self.repeat,
                true,
            );
            let long = self.password.chars().count() >= MIN_EXPORT_PASSWORD_CHARS;
            let equal = !self.password.is_empty() && *self.password == *self.repeat;
            rule_line(
                ui,
                view.config,
                long,
                &fl!("win-at-least-characters", min = MIN_EXPORT_PASSWORD_CHARS),
            );
            rule_line(ui, view.config, equal, &fl!("win-both-fields-equal"));
            ready &= long && equal;
        }
        ui.add_space(4.0);
        let master = labelled_field(ui, &fl!("win-master-password"), &mut self.master, true);
        ui.label(fl!("win-master-password-again-export"));
        if let Some(error) = &state.error {
            error_line(ui, view.config, error);
        }
        let entered = master.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        (ready, entered)
    }

    /// The request. Whether the file can be written is looked at by the export's job (on a
    /// network drive that takes a while), before the master password is tried.
    fn request(&mut self) -> ExportRequest {
        let path = PathBuf::from(self.path.trim());
        let export_password = self
            .format
            .encrypted
            .then(|| Password::new(self.password.to_string()));
        // The field is emptied: a wrong password is typed again, a right one is not kept.
        let master = Password::new(std::mem::take(&mut *self.master));
        ExportRequest {
            format: self.format,
            path,
            master,
            export_password,
        }
    }
}

/// A format as the dialog's choices name it (whether it is encrypted included).
fn format_label(format: &ExportFormat) -> String {
    match format.identifier {
        "zweifaktor" => fl!("win-export-format-zweifaktor"),
        "aegis" => fl!("win-export-format-aegis"),
        "otpauth" => fl!("win-export-format-otpauth"),
        "google-migration" => fl!("win-export-format-google-migration"),
        _ => format.label.to_owned(),
    }
}

fn report_ui(ui: &mut Ui, view: &View, report: &ExportReport) {
    ui.label(export_report_headline(
        report,
        zweifaktor_core::i18n::loader(),
    ));
    // The dialog's body scrolls as a whole.
    for name in &report.included {
        ui.label(fl!("win-exported-item", name = name.as_str()));
    }
    if !report.left_out.is_empty() {
        ui.label(fl!("win-left-out", count = report.left_out.len()));
        for left in &report.left_out {
            warning_line(
                ui,
                view.config,
                &fl!(
                    "win-named-problem",
                    name = left.name.as_str(),
                    problem = left.reason.to_message()
                ),
            );
        }
    }
    if !report.format.encrypted {
        warning_line(ui, view.config, &fl!("win-export-unencrypted"));
    }
}
