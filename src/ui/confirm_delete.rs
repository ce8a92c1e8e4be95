//! "Delete procedure": the confirmation before a procedure and its secret are gone. It opens
//! with the focus on "No": Enter there deletes nothing.

use crate::fl;
use egui::Ui;
use uuid::Uuid;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{dialog_body, dialog_frame, dialog_width};
use crate::app::command::Command;

/// Whether "No" got the focus yet.
#[derive(Default)]
pub struct ConfirmDelete {
    focused: bool,
}

impl ConfirmDelete {
    /// Returns false when it should close (No, Esc; Yes deletes and closes).
    pub fn ui(&mut self, ui: &mut Ui, id: Uuid, name: &str, out: &mut Vec<Command>) -> bool {
        confirm_delete(ui, id, name, &mut self.focused, out)
    }
}

fn confirm_delete(
    ui: &mut Ui,
    id: Uuid,
    name: &str,
    focused: &mut bool,
    out: &mut Vec<Command>,
) -> bool {
    let mut open = true;
    let modal = egui::Modal::new(egui::Id::unique("confirm-delete"))
        .frame(dialog_frame(ui.ctx()))
        .show(ui.ctx(), |ui| {
            dialog_width(ui, 380.0);
            semantics::dialog_title(ui, &fl!("win-delete-title"));
            dialog_body(ui, |ui| {
                ui.label(fl!("win-delete-question", name = name));
            });
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(fl!("win-yes-delete")).clicked() {
                    out.push(Command::DeleteProcedure(id));
                    open = false;
                }
                let no = ui.button(fl!("win-no"));
                first_focus(&no, focused);
                if no.clicked() {
                    open = false;
                }
            });
        });
    open && !modal.should_close()
}
