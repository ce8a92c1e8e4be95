//! Settings: auto-lock, how long copied codes stay, the storage folder, hidden names, the tray
//! and the start at login.

use egui::{RichText, Ui};

use super::focus::{first_focus, spin_button};
use super::semantics;
use super::widgets::{dialog_body, dialog_frame, dialog_width};
use crate::app::command::Command;
use crate::app::{TrayPresence, View};
use zweifaktor_core::config::Config;

/// The settings as the user sets them, starting from the saved ones (each change is saved at
/// once, by a command).
pub struct SettingsDialog {
    auto_lock: bool,
    auto_lock_minutes: u32,
    clear_delay: u32,
    names_hidden: bool,
    /// The first control got the keyboard focus.
    focused: bool,
}

impl SettingsDialog {
    pub fn new(config: &Config, names_hidden: bool) -> Self {
        SettingsDialog {
            auto_lock: config.auto_lock_minutes.is_some(),
            auto_lock_minutes: config.auto_lock_minutes.unwrap_or(5),
            clear_delay: config.clipboard_clear_delay_seconds,
            names_hidden,
            focused: false,
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View, out: &mut Vec<Command>) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("options"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
            dialog_width(ui, 440.0);
            semantics::dialog_title(ui, "Settings");
            dialog_body(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                let lock_after = ui.checkbox(&mut self.auto_lock, "Lock after");
                first_focus(&lock_after, &mut self.focused);
                let changed_on = lock_after.changed();
                let minutes = ui
                    .add_enabled_ui(self.auto_lock, |ui| {
                        spin_button(ui, egui::DragValue::new(&mut self.auto_lock_minutes).range(1..=240))
                    })
                    .inner;
                let label = ui.label("minutes without input");
                let minutes = minutes.labelled_by(label.id);
                if changed_on || minutes.changed() {
                    out.push(Command::SetAutoLock(self.auto_lock.then_some(self.auto_lock_minutes)));
                }
            });
            ui.horizontal_wrapped(|ui| {
                let label = ui.label("Clear copied codes");
                let delay = spin_button(
                    ui,
                    egui::DragValue::new(&mut self.clear_delay).range(0..=300).suffix(" s"),
                )
                .labelled_by(label.id);
                ui.label("after they expire");
                if delay.changed() {
                    out.push(Command::SetClipboardClearDelay(self.clear_delay));
                }
            });
            ui.add_space(6.0);
            let storage = ui.label(RichText::new("Storage folder").strong());
            semantics::make_heading(ui, &storage, "Storage folder", 2);
            let folder = view
                .config
                .vault_folder
                .as_ref()
                .map(|f| f.display().to_string())
                .unwrap_or_else(|| "(given on the command line)".to_owned());
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::Label::new(folder).wrap());
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
            tray_and_login(ui, view, out);
            });
            ui.add_space(8.0);
            if ui.button("Close").clicked() {
                open = false;
            }
        });
        open && !modal.should_close()
    }
}

/// The tray and the start at login. The checkboxes show the saved settings, not a copy: "Start
/// at login" is saved only once its entry was written, and stays off when that failed.
fn tray_and_login(ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
    ui.add_space(6.0);
    let heading = crate::fl!("win-settings-tray-heading");
    let label = ui.label(RichText::new(&heading).strong());
    semantics::make_heading(ui, &label, &heading, 2);
    let config = view.config;
    let mut keep = config.keep_in_tray;
    if ui
        .checkbox(&mut keep, crate::fl!("win-settings-keep-in-tray"))
        .changed()
    {
        out.push(Command::SetKeepInTray(keep));
    }
    let mut minimised = config.start_minimised;
    if ui
        .checkbox(&mut minimised, crate::fl!("win-settings-start-minimised"))
        .changed()
    {
        out.push(Command::SetStartMinimised(minimised));
    }
    if view.tray == TrayPresence::Missing {
        ui.add(egui::Label::new(crate::fl!("win-settings-no-tray")).wrap());
    }
    let mut at_login = config.start_at_login;
    if ui
        .checkbox(&mut at_login, crate::fl!("win-settings-start-at-login"))
        .changed()
    {
        out.push(Command::SetStartAtLogin(at_login));
    }
}
