//! Unlocking: the password field, wrong-password and lock messages with a live countdown, and
//! "Forgot password" with its confirmation. The key derivation runs in the background.

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Shared;
use super::widgets::{error_line, labelled_field, warning_line};
use crate::app::SessionJob;
use crate::app::command::Command;
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::storage::VaultFiles;

pub struct UnlockScreen {
    pub vault_path: PathBuf,
    password: Zeroizing<String>,
    pub error: Option<String>,
    pub job: Option<SessionJob>,
    /// Shown after a lock: why the procedures are gone.
    pub locked_notice: bool,
    /// Seconds the vault stays locked (wrong passwords), as of this frame.
    pub locked_for: u64,
    confirm_forgot: bool,
    focus_requested: bool,
}

impl UnlockScreen {
    pub fn new(vault_path: PathBuf) -> Self {
        UnlockScreen {
            vault_path,
            password: Zeroizing::new(String::new()),
            error: None,
            job: None,
            locked_notice: false,
            locked_for: 0,
            confirm_forgot: false,
            focus_requested: false,
        }
    }

    /// Shows why the last attempt failed, with an empty field ready for the next one.
    pub fn show_error(&mut self, message: String) {
        self.password = Zeroizing::new(String::new());
        self.focus_requested = false;
        self.error = Some(message);
    }

    pub fn ui(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        // The lock is read from the counter file each frame while it lasts: another program may
        // have counted attempts too.
        self.locked_for = VaultFiles::new(&self.vault_path)
            .read_attempts()
            .locked_for(shared.now);
        // Nothing is imported into a locked vault, and the file is not kept for later: the
        // user would not know it is waiting.
        if ui.input(|i| !i.raw.dropped_files.is_empty()) {
            self.error = Some("Unlock first, then drop the file again.".to_owned());
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Zweifaktor");
            ui.add_space(6.0);
            if self.locked_notice {
                ui.label(
                    "The application was locked for security reasons. Enter your password to see your procedures.",
                );
            } else {
                ui.label("Enter your master password to see your procedures.");
            }
            ui.add_space(8.0);
            let busy = self.job.is_some();
            let locked = self.locked_for > 0;
            let field = ui
                .add_enabled_ui(!busy && !locked, |ui| {
                    labelled_field(ui, "Master password", &mut self.password, true)
                })
                .inner;
            if !self.focus_requested && !busy && !locked {
                field.request_focus();
                self.focus_requested = true;
            }
            if locked {
                self.focus_requested = false;
            }
            if let Some(error) = &self.error {
                error_line(ui, shared.config, error);
            }
            if locked {
                warning_line(ui, shared.config, &format!("Locked for {} seconds", self.locked_for));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let ready = !busy && !locked && !self.password.is_empty();
                let unlock = ui.add_enabled(ready, egui::Button::new(RichText::new("Unlock").strong()));
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ready && (unlock.clicked() || entered) {
                    out.push(Command::Unlock(Password::new(self.password.to_string())));
                    self.password = Zeroizing::new(String::new());
                }
                if busy {
                    ui.spinner();
                    ui.label("Checking the password…");
                }
            });
            ui.add_space(16.0);
            if ui.add_enabled(!busy, egui::Button::new("Forgot password")).clicked() {
                self.confirm_forgot = true;
            }
        });
        if self.confirm_forgot {
            self.forgot_dialog(ui, shared, out);
        }
    }

    fn forgot_dialog(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        let modal = egui::Modal::new(egui::Id::unique("forgot-password")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.heading("Forgot password");
            ui.add_space(6.0);
            warning_line(
                ui,
                shared.config,
                "The secrets of all procedures will be deleted. The list of procedures stays, and each procedure must be enrolled again.",
            );
            ui.label("Then you set a new password. Do you want to reset your password?");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Yes").clicked() {
                    out.push(Command::ForgotPassword);
                    self.confirm_forgot = false;
                }
                if ui.button("No").clicked() {
                    self.confirm_forgot = false;
                }
            });
        });
        if modal.should_close() {
            self.confirm_forgot = false;
        }
    }
}
