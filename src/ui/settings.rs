//! Settings: auto-lock, how long copied codes stay, the storage folder, hidden names, the
//! language, the tray and the start at login.

use crate::fl;
use egui::{RichText, Ui};

use super::focus::{first_focus, spin_button};
use super::semantics;
use super::settings_shortcut::ShortcutSection;
use super::widgets::{dialog_body, dialog_frame, dialog_width};
use crate::app::command::Command;
use crate::app::{TrayPresence, View};
use crate::i18n::{self, LANGUAGES};
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
    /// The global shortcut's section.
    shortcut: ShortcutSection,
}

impl SettingsDialog {
    pub fn new(config: &Config, names_hidden: bool) -> Self {
        SettingsDialog {
            auto_lock: config.auto_lock_minutes.is_some(),
            auto_lock_minutes: config.auto_lock_minutes.unwrap_or(5),
            clear_delay: config.clipboard_clear_delay_seconds,
            names_hidden,
            focused: false,
            shortcut: ShortcutSection::default(),
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View, out: &mut Vec<Command>) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("options"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 440.0);
                semantics::dialog_title(ui, &fl!("win-settings"));
                dialog_body(ui, |ui| {
                    ui.add_space(6.0);
                    ui.horizontal_wrapped(|ui| {
                        let lock_after = ui.checkbox(&mut self.auto_lock, fl!("win-lock-after"));
                        first_focus(&lock_after, &mut self.focused);
                        let changed_on = lock_after.changed();
                        let minutes = ui
                            .add_enabled_ui(self.auto_lock, |ui| {
                                spin_button(
                                    ui,
                                    egui::DragValue::new(&mut self.auto_lock_minutes)
                                        .range(1..=240),
                                )
                            })
                            .inner;
                        let label = ui.label(fl!("win-minutes-without-input"));
                        let minutes = minutes.labelled_by(label.id);
                        if changed_on || minutes.changed() {
                            out.push(Command::SetAutoLock(
                                self.auto_lock.then_some(self.auto_lock_minutes),
                            ));
                        }
                    });
                    ui.horizontal_wrapped(|ui| {
                        let label = ui.label(fl!("win-clear-copied-codes"));
                        let delay = spin_button(
                            ui,
                            egui::DragValue::new(&mut self.clear_delay)
                                .range(0..=300)
                                .suffix(" s"),
                        )
                        .labelled_by(label.id);
                        ui.label(fl!("win-after-expiry"));
                        if delay.changed() {
                            out.push(Command::SetClipboardClearDelay(self.clear_delay));
                        }
                    });
                    self.shortcut.ui(ui, view, out);
                    ui.add_space(6.0);
                    let storage = ui.label(RichText::new(fl!("win-storage-folder")).strong());
                    semantics::make_heading(ui, &storage, &fl!("win-storage-folder"), 2);
                    let folder = view
                        .config
                        .vault_folder
                        .as_ref()
                        .map(|f| f.display().to_string())
                        .unwrap_or_else(|| fl!("win-folder-from-command-line"));
                    ui.horizontal_wrapped(|ui| {
                        ui.add(egui::Label::new(folder).wrap());
                        if ui.button(fl!("win-open-folder")).clicked() {
                            out.push(Command::OpenStorageFolder);
                        }
                    });
                    if ui
                        .checkbox(&mut self.names_hidden, fl!("win-hide-names"))
                        .changed()
                    {
                        out.push(Command::SetNamesHidden(self.names_hidden));
                    }
                    ui.label(fl!("win-hide-names-text"));
                    super::settings_capture::ui(ui, view, out);
                    // Inside the scrolling body: at 200% the Close button stays in view.
                    ui.add_space(6.0);
                    let language = ui.label(RichText::new(fl!("win-language")).strong());
                    semantics::make_heading(ui, &language, &fl!("win-language"), 2);
                    language_choice(ui, view, out);
                    tray_and_login(ui, view, out);
                });
                ui.add_space(8.0);
                if ui.button(fl!("win-close")).clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}

/// "System" (naming the language it gives) and each language by its own name; a choice
/// switches the window at once and is remembered.
fn language_choice(ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
    let current = view.config.language.as_deref();
    ui.horizontal_wrapped(|ui| {
        let system = fl!(
            "win-language-system",
            language = i18n::system_language().own_name
        );
        if ui.radio(current.is_none(), system).clicked() && current.is_some() {
            out.push(Command::SetLanguage(None));
        }
        for language in LANGUAGES {
            let chosen = current == Some(language.code);
            if ui.radio(chosen, language.own_name).clicked() && !chosen {
                out.push(Command::SetLanguage(Some(language.code)));
            }
        }
    });
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
    // In a Flatpak: what the desktop answered (it may have asked the user).
    if let Some(answer) = view.autostart_answer {
        ui.add(egui::Label::new(answer).wrap());
    }
}
