//! Exporting in the window: the format, the file (typed, or chosen in a save dialog), the
//! export's own password for the encrypted formats or a warning for the plain ones, and the
//! master password again. Afterwards, what was written where and what was left out, and why.

use std::path::PathBuf;

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
use crate::app::export::{ExportFormat, ExportReport, ExportRequest, FORMATS, UNENCRYPTED_WARNING};
use crate::app::messages::sentence;
use zweifaktor_core::export::MIN_EXPORT_PASSWORD_CHARS;
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
                semantics::dialog_title(ui, "Export procedures");
                if let Some(report) = &state.report {
                    dialog_body(ui, |ui| report_ui(ui, view, report));
                    ui.add_space(8.0);
                    let close = ui.button("Close");
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
                semantics::spinner(ui, "Checking the master password and exporting…");
            }
            if ui.add_enabled(ready, egui::Button::new("Export")).clicked() || (entered && ready) {
                out.push(Command::Export(self.request()));
            }
            if ui.add_enabled(!busy, egui::Button::new("Cancel")).clicked() {
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
        let heading = ui.label(RichText::new("Format").strong());
        semantics::make_heading(ui, &heading, "Format", 2);
        for (index, format) in FORMATS.iter().enumerate() {
            let choice = ui.radio_value(&mut self.format, format, format.label);
            if index == 0 {
                first_focus(&choice, &mut self.focused);
            }
        }
        if !self.format.encrypted {
            warning_line(ui, view.config, &sentence(UNENCRYPTED_WARNING));
        }
        ui.add_space(4.0);
        labelled_field(ui, "Export file", &mut self.path, false);
        if ui
            .add_enabled(!busy, egui::Button::new("Choose…"))
            .clicked()
        {
            out.push(Command::Choose(Choose::ExportFile {
                file_name: self.format.file_name,
            }));
        }
        let mut ready = !busy && !self.path.trim().is_empty() && !self.master.is_empty();
        if self.format.encrypted {
            labelled_field(ui, "Export password", &mut self.password, true);
            labelled_field(ui, "Repeat the export password", &mut self.repeat, true);
            let long = self.password.chars().count() >= MIN_EXPORT_PASSWORD_CHARS;
            let equal = !self.password.is_empty() && *self.password == *self.repeat;
            rule_line(
                ui,
                view.config,
                long,
                &format!("at least {MIN_EXPORT_PASSWORD_CHARS} characters"),
            );
            rule_line(ui, view.config, equal, "both fields equal");
            ready &= long && equal;
        }
        ui.add_space(4.0);
        let master = labelled_field(ui, "Master password", &mut self.master, true);
        ui.label("Your master password again: the export holds your secrets.");
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

fn report_ui(ui: &mut Ui, view: &View, report: &ExportReport) {
    ui.label(report.headline());
    // The dialog's body scrolls as a whole.
    for name in &report.included {
        ui.label(format!("• {name}"));
    }
    if !report.left_out.is_empty() {
        ui.label(format!("Left out {}:", report.left_out.len()));
        for left in &report.left_out {
            warning_line(ui, view.config, &format!("{}: {}", left.name, left.reason));
        }
    }
    if !report.format.encrypted {
        warning_line(
            ui,
            view.config,
            "The file holds your secrets unencrypted: delete it once it is imported.",
        );
    }
}
