//! On start, while the app looks whether the vault is where the settings say (a network drive
//! may take its time to answer): a spinner and where it looks. Nothing to type.

use egui::Ui;

use crate::fl;

use crate::app::screen::LookingForVault;

pub fn ui(ui: &mut Ui, model: &LookingForVault) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading("Zweifaktor");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(fl!(
                "win-looking-for-vault",
                path = model.vault_path.display().to_string()
            ));
        });
    });
}
