//! Setting the master password: for a new vault, or after the secrets were erased. The rules
//! are listed under the fields and turn green one by one as they are met; OK waits for all.

use crate::fl;
use egui::{RichText, Ui};
use zeroize::Zeroizing;
use zweifaktor_core::message::Localize;

use super::semantics;
use super::widgets::{error_line, header, labelled_field, rule_line, warning_line};
use crate::app::command::Command;
use crate::app::screen::SetPassword;
use crate::app::{PasswordPurpose, View};
use zweifaktor_core::password_rules::{PasswordCheck, PasswordRule};
use zweifaktor_core::secret::Password;

/// The two password fields (wiped when dropped).
#[derive(Default)]
pub struct SetPasswordScreen {
    password: Zeroizing<String>,
    repeat: Zeroizing<String>,
    focus_requested: bool,
}

impl SetPasswordScreen {
    pub fn ui(&mut self, ui: &mut Ui, view: &View, model: &SetPassword, out: &mut Vec<Command>) {
        egui::CentralPanel::default().show(ui, |ui| {
            // At a large text size the screen scrolls instead of losing its lower part.
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    header(ui, &fl!("win-set-password-title"), true);
                    ui.add_space(6.0);
                    match model.purpose {
                        PasswordPurpose::NewVault => {
                            ui.label(fl!("win-set-password-text"));
                        }
                        PasswordPurpose::AfterErase => {
                            let text = if model.erased_now {
                                fl!("win-erased-now")
                            } else {
                                fl!("win-erased")
                            };
                            warning_line(ui, view.config, &text);
                            ui.label(fl!("win-erased-list-kept"));
                        }
                    }
                    ui.add_space(8.0);
                    let busy = view.busy(view.screen_serial);
                    let first = ui
                        .add_enabled_ui(!busy, |ui| {
                            labelled_field(ui, &fl!("win-password"), &mut self.password, true)
                        })
                        .inner;
                    if !self.focus_requested {
                        first.request_focus();
                        self.focus_requested = true;
                    }
                    let second = ui
                        .add_enabled_ui(!busy, |ui| {
                            labelled_field(ui, &fl!("win-repeat-password"), &mut self.repeat, true)
                        })
                        .inner;
                    ui.add_space(6.0);
                    let check = PasswordCheck::of(&self.password);
                    let equal = !self.password.is_empty() && *self.password == *self.repeat;
                    ui.label(fl!("win-password-needs"));
                    let mut unmet = Vec::new();
                    for rule in PasswordRule::ALL {
                        let text = rule.to_message();
                        rule_line(ui, view.config, check.meets(rule), &text);
                        if !check.meets(rule) {
                            unmet.push(text);
                        }
                    }
                    let both_equal = fl!("win-both-fields-equal");
                    rule_line(ui, view.config, equal, &both_equal);
                    if !equal {
                        unmet.push(both_equal);
                    }
                    // The rules are read in lines below the fields, out of the focus' way:
                    // what is still missing is heard with each field, and said on Enter.
                    let still_needs = (!unmet.is_empty())
                        .then(|| fl!("win-password-still-needs", rules = unmet.join(", ")));
                    if let Some(needs) = &still_needs {
                        semantics::describe(&first, needs);
                        semantics::describe(&second, needs);
                    }
                    ui.add_space(6.0);
                    warning_line(ui, view.config, &fl!("win-password-not-recoverable"));
                    if let Some(error) = &model.error {
                        error_line(ui, view.config, error);
                    }
                    ui.add_space(8.0);
                    let ready = check.all_met() && equal && !busy;
                    ui.horizontal_wrapped(|ui| {
                        let ok = ui.add_enabled(
                            ready,
                            egui::Button::new(RichText::new(fl!("win-ok")).strong()),
                        );
                        let entered = (first.lost_focus() || second.lost_focus())
                            && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ready && (ok.clicked() || entered) {
                            out.push(Command::SetPassword(Password::new(
                                self.password.to_string(),
                            )));
                        } else if entered && let Some(needs) = still_needs {
                            out.push(Command::Announce(needs));
                        }
                        if busy {
                            semantics::spinner_with_label(ui, &fl!("win-protecting-vault"));
                        }
                    });
                    super::focus::scroll_focus_into_view(ui);
                });
        });
    }
}
