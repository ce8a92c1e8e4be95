//! Help: a short manual of the screens, and About (version and license), in the user's
//! language (their texts are in `i18n/<lang>/zweifaktor.ftl`).

use egui::{RichText, Ui};

use super::widgets::{dialog_body, dialog_frame, dialog_width, header};
use crate::fl;

pub struct ManualDialog;

/// The manual's sections, title and text, in the user's language.
fn manual() -> [(String, String); 10] {
    [
        (fl!("win-manual-unlock-title"), fl!("win-manual-unlock")),
        (
            fl!("win-manual-procedures-title"),
            fl!("win-manual-procedures"),
        ),
        (fl!("win-manual-add-title"), fl!("win-manual-add")),
        (
            fl!("win-manual-enroll-again-title"),
            fl!("win-manual-enroll-again"),
        ),
        (fl!("win-manual-import-title"), fl!("win-manual-import")),
        (fl!("win-manual-export-title"), fl!("win-manual-export")),
        (fl!("win-manual-lock-title"), fl!("win-manual-lock")),
        (fl!("win-manual-forgot-title"), fl!("win-manual-forgot")),
        (fl!("win-manual-language-title"), fl!("win-manual-language")),
        (fl!("win-manual-keyboard-title"), fl!("win-manual-keyboard")),
    ]
}

impl ManualDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("manual"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 460.0);
                ui.heading(fl!("win-manual"));
                dialog_body(ui, |ui| {
                    for (title, text) in manual() {
                        ui.label(RichText::new(title).strong());
                        ui.label(text);
                        ui.add_space(6.0);
                    }
                });
                if ui.button(fl!("win-close")).clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}

pub struct AboutDialog;

impl AboutDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("about"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 320.0);
                header(ui, "Zweifaktor", true);
                dialog_body(ui, |ui| {
                    ui.label(fl!(
                        "win-about-version",
                        version = env!("CARGO_PKG_VERSION")
                    ));
                    ui.label(fl!("win-about-text"));
                    ui.label(fl!(
                        "win-about-license",
                        license = env!("CARGO_PKG_LICENSE")
                    ));
                });
                if ui.button(fl!("win-close")).clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}
