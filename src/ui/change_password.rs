//! Changing the master password: the current one, the new one twice with its rules; the
//! check and the re-encryption run in the background.

use crate::fl;
use egui::Ui;
use zeroize::Zeroizing;
use zweifaktor_core::message::Localize;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{
    dialog_body, dialog_frame, dialog_width, error_line, labelled_field, rule_line,
};
use crate::app::View;
use crate::app::command::Command;
use zweifaktor_core::password_rules::{PasswordCheck, PasswordRule};
use zweifaktor_core::secret::Password;

/// The three password fields (wiped when dropped).
#[derive(Default)]
pub struct ChangePasswordDialog {
    old: Zeroizing<String>,
    new: Zeroizing<String>,
    repeat: Zeroizing<String>,
    /// The first field got the keyboard focus.
    focused: bool,
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
        let modal = egui::Modal::new(egui::Id::unique("change-password"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 400.0);
                semantics::dialog_title(ui, &fl!("win-change-password"));
                let check = dialog_body(ui, |ui| {
                    let old = labelled_field(ui, &fl!("win-current-password"), &mut self.old, true);
                    first_focus(&old, &mut self.focused);
                    labelled_field(ui, &fl!("win-new-password"), &mut self.new, true);
                    labelled_field(ui, &fl!("win-repeat-new-password"), &mut self.repeat, true);
                    let check = PasswordCheck::of(&self.new);
                    let equal = !self.new.is_empty() && *self.new == *self.repeat;
                    for rule in PasswordRule::ALL {
                        rule_line(ui, view.config, check.meets(rule), &rule.to_message());
                    }
                    rule_line(ui, view.config, equal, &fl!("win-both-fields-equal"));
                    if let Some(e) = error {
                        error_line(ui, view.config, e);
                    }
                    check
                });
                let equal = !self.new.is_empty() && *self.new == *self.repeat;
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| {
                    let ready = check.all_met() && equal && !self.old.is_empty() && !busy;
                    if busy {
                        semantics::spinner(ui, &fl!("win-changing-password"));
                    }
                    if ui
                        .add_enabled(ready, egui::Button::new(fl!("win-change-password")))
                        .clicked()
                    {
                        out.push(Command::ChangePassword {
                            old: Password::new(self.old.to_string()),
                            new: Password::new(self.new.to_string()),
                        });
                    }
                    if ui.button(fl!("win-cancel")).clicked() {
                        open = false;
                    }
                });
            });
        open && !modal.should_close()
    }
}
