//! First start: a first installation (choose where the new vault goes) or an update of an
//! existing installation (point to the folder that holds the vault).

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Shared;
use super::widgets::{error_line, labelled_field};
use crate::app::command::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallKind {
    First,
    Update,
}

pub struct FirstStartScreen {
    pub kind: Option<InstallKind>,
    pub folder: String,
    default_folder: Option<PathBuf>,
    pub error: Option<String>,
}

impl FirstStartScreen {
    pub fn new(default_folder: Option<PathBuf>) -> Self {
        FirstStartScreen {
            kind: None,
            folder: String::new(),
            default_folder,
            error: None,
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Welcome to Zweifaktor");
            ui.add_space(8.0);
            ui.label("Is this a first installation, or an update of an existing installation?");
            ui.add_space(8.0);
            let before = self.kind;
            ui.radio_value(&mut self.kind, Some(InstallKind::First), "First installation");
            ui.indent("first", |ui| {
                ui.label("You have not used Zweifaktor on this computer before. A new, empty vault is created in the storage folder.");
            });
            ui.radio_value(&mut self.kind, Some(InstallKind::Update), "Update of an existing installation");
            ui.indent("update", |ui| {
                ui.label("You already use Zweifaktor. Point to the folder that holds your vault (vault.zweifaktor) to keep your procedures.");
            });
            if self.kind != before {
                self.error = None;
                if self.kind == Some(InstallKind::First) && self.folder.is_empty()
                    && let Some(default) = &self.default_folder
                {
                    self.folder = default.display().to_string();
                }
            }
            let Some(kind) = self.kind else {
                if let Some(error) = &self.error {
                    error_line(ui, shared.config, error);
                }
                return;
            };
            ui.add_space(12.0);
            let label = match kind {
                InstallKind::First => "Storage folder",
                InstallKind::Update => "Folder of the existing vault",
            };
            let field = labelled_field(ui, label, &mut self.folder, false);
            if field.changed() {
                self.error = None;
            }
            ui.horizontal(|ui| {
                if ui.button("Choose folder…").clicked()
                    && let Some(folder) = rfd::FileDialog::new().set_title(label).pick_folder()
                {
                    self.folder = folder.display().to_string();
                    self.error = None;
                }
                if kind == InstallKind::First
                    && let Some(default) = &self.default_folder
                    && ui.button("Use the default folder").clicked()
                {
                    self.folder = default.display().to_string();
                }
            });
            if let Some(error) = &self.error {
                error_line(ui, shared.config, error);
            }
            ui.add_space(12.0);
            let folder = self.folder.trim();
            let submit = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let continue_button = ui.add_enabled(!folder.is_empty(), egui::Button::new(RichText::new("Continue").strong()));
            if !folder.is_empty() && (continue_button.clicked() || submit) {
                let folder = PathBuf::from(folder);
                out.push(match kind {
                    InstallKind::First => Command::FirstInstallation(folder),
                    InstallKind::Update => Command::ExistingInstallation(folder),
                });
            }
        });
    }
}
