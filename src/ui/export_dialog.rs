//! Exporting in the window: the format, the file (typed, or chosen in a save dialog), the
//! export's own password for the encrypted formats or a warning for the plain ones, and the
//! master password again. Afterwards, what was written where and what was left out, and why.

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{error_line, labelled_field, rule_line, take_update, warning_line};
use crate::app::View;
use crate::app::command::{Choose, Command};
use crate::app::dialog::ExportState;
use crate::app::export::{ExportFormat, ExportReport, ExportRequest, FORMATS, UNENCRYPTED_WARNING};
use crate::app::messages::sentence;
use zweifaktor_core::export::MIN_EXPORT_PASSWORD_CHARS;
use zweifaktor_core::flow::new_file;
use zweifaktor_core::secret::Password;

/// The format chosen, the path and the passwords typed (wiped when dropped).
pub struct ExportDialog {
    format: &'static ExportFormat,
    path: String,
    password: Zeroizing<String>,
    repeat: Zeroizing<String>,
    master: Zeroizing<String>,
    /// Why the path typed cannot be used (checked when Export is pressed).
    path_problem: Option<String>,
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
            path_problem: None,
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
        let modal = egui::Modal::new(egui::Id::unique("export")).show(ui.ctx(), |ui| {
            ui.set_width(460.0);
            semantics::dialog_title(ui, "Export procedures");
            if let Some(report) = &state.report {
                report_ui(ui, view, report);
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
        if labelled_field(ui, "Export file", &mut self.path, false).changed() {
            self.path_problem = None;
        }
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
        if let Some(error) = self.path_problem.as_ref().or(state.error.as_ref()) {
            error_line(ui, view.config, error);
        }
        let entered = master.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            if busy {
                semantics::spinner(ui, "Checking the master password and exporting…");
            }
            if (ui.add_enabled(ready, egui::Button::new("Export")).clicked() || (entered && ready))
                && let Some(request) = self.request()
            {
                out.push(Command::Export(request));
            }
            if ui.add_enabled(!busy, egui::Button::new("Cancel")).clicked() {
                *open = false;
            }
        });
    }

    /// The request, when the fields allow one; otherwise the reason is shown.
    fn request(&mut self) -> Option<ExportRequest> {
        let path = PathBuf::from(self.path.trim());
        // Said before the master password is asked; the write itself never replaces a file.
        self.path_problem = new_file::check(&path)
            .err()
            .map(|problem| sentence(&problem.to_string()));
        if self.path_problem.is_some() {
            return None;
        }
        let export_password = self
            .format
            .encrypted
            .then(|| Password::new(self.password.to_string()));
        // The field is emptied: a wrong password is typed again, a right one is not kept.
        let master = Password::new(std::mem::take(&mut *self.master));
        Some(ExportRequest {
            format: self.format,
            path,
            master,
            export_password,
        })
    }
}

fn report_ui(ui: &mut Ui, view: &View, report: &ExportReport) {
    ui.label(report.headline());
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            for name in &report.included {
                ui.label(format!("• {name}"));
            }
            if !report.left_out.is_empty() {
                ui.label(format!("Left out {}:", report.left_out.len()));
                for left in &report.left_out {
                    warning_line(ui, view.config, &format!("{}: {}", left.name, left.reason));
                }
            }
        });
    if !report.format.encrypted {
        warning_line(
            ui,
            view.config,
            "The file holds your secrets unencrypted: delete it once it is imported.",
        );
    }
}
