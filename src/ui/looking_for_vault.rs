//! On start, while the app looks whether the vault is where the settings say (a network drive
//! may take its time to answer): a spinner and where it looks. Nothing to type; the spinner's
//! label holds the keyboard focus, so that screen readers say what the window waits for.

use egui::Ui;

use super::semantics;
use crate::app::screen::LookingForVault;
use crate::fl;

pub fn ui(ui: &mut Ui, model: &LookingForVault) {
    egui::CentralPanel::default().show(ui, |ui| {
        semantics::heading(ui, "Zweifaktor");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            semantics::spinner_with_label(
                ui,
                &fl!(
                    "win-looking-for-vault",
                    path = model.vault_path.display().to_string()
                ),
            );
        });
    });
}
