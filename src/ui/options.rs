//! The Options dialogs: settings (auto-lock, clipboard, storage folder, hidden names) and
//! changing the master password.

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::widgets::{error_line, labelled_field, rule_line};
use crate::app::View;
use crate::app::command::Command;
use zweifaktor_core::config::Config;
use zweifaktor_core::password_rules::{PasswordCheck, PasswordRule};
use zweifaktor_core::secret::Password;

pub struct OptionsDialog {
    auto_lock: bool,
    auto_lock_minutes: u32,
    clear_delay: u32,
    names_hidden: bool,
}

impl OptionsDialog {
    pub fn new(config: &Config, names_hidden: bool) -> Self {
        OptionsDialog {
            auto_lock: config.auto_lock_minutes.is_some(),
            auto_lock_minutes: config.auto_lock_minutes.unwrap_or(5),
            clear_delay: config.clipboard_clear_delay_seconds,
            names_hidden,
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View, out: &mut Vec<Command>) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("options")).show(ui.ctx(), |ui| {
            ui.set_width(440.0);
            ui.heading("Settings");
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let changed_on = ui.checkbox(&mut self.auto_lock, "Lock after").changed();
                let minutes = ui.add_enabled(
                    self.auto_lock,
                    egui::DragValue::new(&mut self.auto_lock_minutes).range(1..=240),
                );
                let label = ui.label("minutes without input");
                let minutes = minutes.labelled_by(label.id);
                if changed_on || minutes.changed() {
                    out.push(Command::SetAutoLock(self.auto_lock.then_some(self.auto_lock_minutes)));
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label("Clear copied codes");
                let delay = ui
                    .add(egui::DragValue::new(&mut self.clear_delay).range(0..=300).suffix(" s"))
                    .labelled_by(label.id);
                ui.label("after they expire");
                if delay.changed() {
                    out.push(Command::SetClipboardClearDelay(self.clear_delay));
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new("Storage folder").strong());
            let folder = view
                .config
                .vault_folder
                .as_ref()
                .map(|f| f.display().to_string())
                .unwrap_or_else(|| "(given on the command line)".to_owned());
            ui.horizontal(|ui| {
                ui.label(folder);
                if ui.button("Open folder").clicked() {
                    out.push(Command::OpenStorageFolder);
                }
            });
            if ui
                .checkbox(&mut self.names_hidden, "Hide procedure names in the vault file")
                .changed()
            {
                out.push(Command::SetNamesHidden(self.names_hidden));
            }
            ui.label(
                "Hidden names are safer from anyone who copies the file, but after a forgotten password nothing tells you where to enroll again.",
            );
            ui.add_space(8.0);
            if ui.button("Close").clicked() {
                open = false;
            }
        });
        open && !modal.should_close()
    }
}

/// The three password fields (wiped when dropped).
#[derive(Default)]
pub struct ChangePasswordDialog {
    old: Zeroizing<String>,
    new: Zeroizing<String>,
    repeat: Zeroizing<String>,
}

impl ChangePasswordDialog {
    /// `busy`: the old password is being checked and the vault sealed again.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        error: Option<&str>,
        busy: bool,
        out: &mut Vec<Command>,
    ) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("change-password")).show(ui.ctx(), |ui| {
            ui.set_width(400.0);
            ui.heading("Change password");
            labelled_field(ui, "Current password", &mut self.old, true);
            labelled_field(ui, "New password", &mut self.new, true);
            labelled_field(ui, "Repeat the new password", &mut self.repeat, true);
            let check = PasswordCheck::of(&self.new);
            let equal = !self.new.is_empty() && *self.new == *self.repeat;
            for rule in PasswordRule::ALL {
                rule_line(ui, view.config, check.meets(rule), rule.description());
            }
            rule_line(ui, view.config, equal, "both fields equal");
            if let Some(e) = error {
                error_line(ui, view.config, e);
            }
            ui.horizontal(|ui| {
                let ready = check.all_met() && equal && !self.old.is_empty() && !busy;
                if busy {
                    ui.spinner();
                }
                if ui
                    .add_enabled(ready, egui::Button::new("Change password"))
                    .clicked()
                {
                    out.push(Command::ChangePassword {
                        old: Password::new(self.old.to_string()),
                        new: Password::new(self.new.to_string()),
                    });
                }
                if ui.button("Cancel").clicked() {
                    open = false;
                }
            });
        });
        open && !modal.should_close()
    }
}
