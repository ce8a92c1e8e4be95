//! Setting the master password: for a new vault, or after the secrets were erased. The rules
//! are listed under the fields and turn green one by one as they are met; OK waits for all.

use std::path::PathBuf;

use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::Shared;
use super::widgets::{error_line, labelled_field, rule_line, warning_line};
use crate::app::command::Command;
use crate::app::{PasswordPurpose, SessionJob};
use zweifaktor_core::password_rules::{PasswordCheck, PasswordRule};
use zweifaktor_core::secret::Password;

pub struct SetPasswordScreen {
    pub vault_path: PathBuf,
    pub purpose: PasswordPurpose,
    password: Zeroizing<String>,
    repeat: Zeroizing<String>,
    pub error: Option<String>,
    pub job: Option<SessionJob>,
    /// The erase happened just now, at the 10th wrong password.
    pub erased_now: bool,
    focus_requested: bool,
}

impl SetPasswordScreen {
    pub fn new(vault_path: PathBuf, purpose: PasswordPurpose) -> Self {
        SetPasswordScreen {
            vault_path,
            purpose,
            password: Zeroizing::new(String::new()),
            repeat: Zeroizing::new(String::new()),
            error: None,
            job: None,
            erased_now: false,
            focus_requested: false,
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Set the master password");
            ui.add_space(6.0);
            match self.purpose {
                PasswordPurpose::NewVault => {
                    ui.label("This password protects your procedures. You enter it each time you open Zweifaktor.");
                }
                PasswordPurpose::AfterErase => {
                    let text = if self.erased_now {
                        "The password was entered wrongly too often, so the secrets of all procedures were erased."
                    } else {
                        "The secrets of all procedures were erased."
                    };
                    warning_line(ui, shared.config, text);
                    ui.label("The list of procedures was kept. Set a new password, then enroll each procedure again (\"Enroll again\").");
                }
            }
            ui.add_space(8.0);
            let busy = self.job.is_some();
            let first = ui
                .add_enabled_ui(!busy, |ui| labelled_field(ui, "Password", &mut self.password, true))
                .inner;
            if !self.focus_requested {
                first.request_focus();
                self.focus_requested = true;
            }
            let second = ui
                .add_enabled_ui(!busy, |ui| {
                    labelled_field(ui, "Repeat the password", &mut self.repeat, true)
                })
                .inner;
            ui.add_space(6.0);
            let check = PasswordCheck::of(&self.password);
            let equal = !self.password.is_empty() && *self.password == *self.repeat;
            ui.label("The password needs:");
            for rule in PasswordRule::ALL {
                rule_line(ui, shared.config, check.meets(rule), rule.description());
            }
            rule_line(ui, shared.config, equal, "both fields equal");
            ui.add_space(6.0);
            warning_line(
                ui,
                shared.config,
                "The password cannot be recovered. If you forget it, every procedure must be enrolled again.",
            );
            if let Some(error) = &self.error {
                error_line(ui, shared.config, error);
            }
            ui.add_space(8.0);
            let ready = check.all_met() && equal && !busy;
            ui.horizontal(|ui| {
                let ok = ui.add_enabled(ready, egui::Button::new(RichText::new("OK").strong()));
                let entered = (first.lost_focus() || second.lost_focus())
                    && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ready && (ok.clicked() || entered) {
                    out.push(Command::SetPassword(Password::new(self.password.to_string())));
                }
                if busy {
                    ui.spinner();
                    ui.label("Protecting the vault…");
                }
            });
        });
    }
}
