//! First start: a first installation (choose where the new vault goes) or an update of an
//! existing installation (point to the folder that holds the vault).

use std::path::PathBuf;

use crate::fl;
use egui::{RichText, Ui};

use super::focus::first_focus;
use super::semantics;
use super::widgets::{error_line, header, labelled_field, take_update};
use crate::app::View;
use crate::app::command::{Choose, Command};
use crate::app::jobs::Work;
use crate::app::screen::FirstStart;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstallKind {
    First,
    Update,
}

/// What the user chose and typed.
#[derive(Default)]
pub struct FirstStartScreen {
    kind: Option<InstallKind>,
    folder: String,
    /// The last folder the folder dialog put into the field.
    taken: u64,
    /// The first choice got the keyboard focus.
    focused: bool,
}

impl FirstStartScreen {
    pub fn ui(&mut self, ui: &mut Ui, view: &View, model: &FirstStart, out: &mut Vec<Command>) {
        take_update(
            &mut self.folder,
            &mut self.taken,
            model.chosen_folder.as_ref(),
        );
        // A folder dialog, or the look into the folder chosen, runs in the background.
        let choosing = view.busy(view.screen_serial);
        egui::CentralPanel::default().show(ui, |ui| {
            // At a large text size the screen scrolls instead of losing its lower part.
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    header(ui, &fl!("win-welcome"), true);
                    ui.add_space(8.0);
                    ui.label(fl!("win-install-question"));
                    ui.add_space(8.0);
                    let before = self.kind;
                    let first = ui.radio_value(
                        &mut self.kind,
                        Some(InstallKind::First),
                        fl!("win-first-installation"),
                    );
                    first_focus(&first, &mut self.focused);
                    // Each choice's explanation is heard with it: reached with Tab, a choice
                    // said only "First installation" and left what it does unsaid.
                    let first_text = fl!("win-first-installation-text");
                    semantics::describe(&first, &first_text);
                    ui.indent("first", |ui| {
                        ui.label(first_text);
                    });
                    let update = ui.radio_value(
                        &mut self.kind,
                        Some(InstallKind::Update),
                        fl!("win-version-update"),
                    );
                    let update_text = fl!("win-version-update-text");
                    semantics::describe(&update, &update_text);
                    ui.indent("update", |ui| {
                        ui.label(update_text);
                    });
                    if self.kind != before {
                        if model.error.is_some() {
                            out.push(Command::DismissError);
                        }
                        if self.kind == Some(InstallKind::First)
                            && self.folder.is_empty()
                            && let Some(default) = &model.default_folder
                        {
                            self.folder = default.display().to_string();
                        }
                    }
                    let Some(kind) = self.kind else {
                        if let Some(error) = &model.error {
                            error_line(ui, view.config, error);
                        }
                        return;
                    };
                    ui.add_space(12.0);
                    let label = match kind {
                        InstallKind::First => fl!("win-storage-folder"),
                        InstallKind::Update => fl!("win-existing-vault-folder"),
                    };
                    let field = labelled_field(ui, &label, &mut self.folder, false);
                    if field.changed() && model.error.is_some() {
                        out.push(Command::DismissError);
                    }
                    ui.horizontal_wrapped(|ui| {
                        // The folder dialog runs in the background; meanwhile it is the one open.
                        if ui
                            .add_enabled(!choosing, egui::Button::new(fl!("win-choose-folder")))
                            .clicked()
                        {
                            out.push(Command::Choose(Choose::StorageFolder {
                                title: label.clone(),
                            }));
                        }
                        if kind == InstallKind::First
                            && let Some(default) = &model.default_folder
                            && ui.button(fl!("win-use-default-folder")).clicked()
                        {
                            self.folder = default.display().to_string();
                        }
                    });
                    if let Some(error) = &model.error {
                        error_line(ui, view.config, error);
                    }
                    if view.work(view.screen_serial) == Some(Work::CheckingFolder) {
                        ui.horizontal(|ui| {
                            semantics::spinner_with_label(ui, &fl!("win-looking-into-folder"));
                        });
                    }
                    ui.add_space(12.0);
                    let folder = self.folder.trim();
                    let submit =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let continue_button = ui.add_enabled(
                        !folder.is_empty(),
                        egui::Button::new(RichText::new(fl!("win-continue")).strong()),
                    );
                    if !folder.is_empty() && (continue_button.clicked() || submit) {
                        let folder = PathBuf::from(folder);
                        out.push(match kind {
                            InstallKind::First => Command::FirstInstallation(folder),
                            InstallKind::Update => Command::ExistingInstallation(folder),
                        });
                    }
                    super::focus::scroll_focus_into_view(ui);
                });
        });
    }
}
