//! fl!("win-delete-title"): the confirmation before a procedure and its secret are gone.

use crate::fl;
use egui::Ui;
use uuid::Uuid;

use super::widgets::{dialog_body, dialog_frame, dialog_width};
use crate::app::command::Command;

/// Returns false when it should close (No, Esc; Yes deletes and closes).
pub fn confirm_delete(ui: &mut Ui, id: Uuid, name: &str, out: &mut Vec<Command>) -> bool {
    let mut open = true;
    let modal = egui::Modal::new(egui::Id::unique("confirm-delete"))
        .frame(dialog_frame(ui.ctx()))
        .show(ui.ctx(), |ui| {
            dialog_width(ui, 380.0);
            ui.heading(fl!("win-delete-title"));
            dialog_body(ui, |ui| {
                ui.label(fl!("win-delete-question", name = name));
            });
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(fl!("win-yes-delete")).clicked() {
                    out.push(Command::DeleteProcedure(id));
                    open = false;
                }
                if ui.button(fl!("win-no")).clicked() {
                    open = false;
                }
            });
        });
    open && !modal.should_close()
}
