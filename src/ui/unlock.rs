//! Unlocking: the password field, wrong-password and lock messages with a live countdown, and
//! "Forgot password" with its confirmation (the focus on "No": Enter there erases nothing).
//! The key derivation runs in the background.

use crate::fl;
use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{
    dialog_body, dialog_frame, dialog_width, error_line, header, labelled_field, warning_line,
};
use crate::app::View;
use crate::app::command::Command;
use crate::app::jobs::Work;
use crate::app::screen::Unlock;
use zweifaktor_core::secret::Password;

/// The password field (wiped when dropped) and the "Forgot password" confirmation.
#[derive(Default)]
pub struct UnlockScreen {
    password: Zeroizing<String>,
    confirm_forgot: bool,
    focus_requested: bool,
    /// The confirmation's "No" got the focus.
    forgot_focused: bool,
    /// "Forgot password", where the focus goes back when its confirmation closes unanswered.
    forgot_button: Option<egui::Id>,
    /// The confirmation closed unanswered: the focus goes back to "Forgot password" in the
    /// next frame too (egui drops it there while the dialog's modal layer still counts).
    refocus_forgot: bool,
}

impl UnlockScreen {
    pub fn ui(&mut self, ui: &mut Ui, view: &View, model: &Unlock, out: &mut Vec<Command>) {
        let work = view.work(view.screen_serial);
        let covered = self.confirm_forgot;
        egui::CentralPanel::default().show(ui, |ui| {
            if covered {
                semantics::hide(ui);
            }
            // At a large text size the screen scrolls instead of losing its lower part.
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    header(ui, "Zweifaktor", true);
                    ui.add_space(6.0);
                    if model.locked_notice {
                        ui.label(fl!("win-locked-for-security"));
                    } else {
                        ui.label(fl!("win-unlock-text"));
                    }
                    // How work that outlived the lock ended (a save, an export).
                    if let Some(notice) = view.notice {
                        ui.label(notice);
                    }
                    ui.add_space(8.0);
                    let busy = work.is_some();
                    let locked = model.locked_for > 0;
                    let field = ui
                        .add_enabled_ui(!busy && !locked, |ui| {
                            labelled_field(
                                ui,
                                &fl!("win-master-password"),
                                &mut self.password,
                                true,
                            )
                        })
                        .inner;
                    if !self.focus_requested && !busy && !locked {
                        field.request_focus();
                        self.focus_requested = true;
                    }
                    if locked {
                        self.focus_requested = false;
                    }
                    if let Some(error) = &model.error {
                        error_line(ui, view.config, error);
                    }
                    if locked {
                        // The field is disabled meanwhile: the countdown holds the focus, so a
                        // screen reader says it rather than the bare window.
                        let countdown = warning_line(
                            ui,
                            view.config,
                            &fl!("win-locked-for", seconds = model.locked_for),
                        )
                        .interact(egui::Sense::focusable_noninteractive());
                        if ui.memory(|m| m.focused().is_none()) {
                            countdown.request_focus();
                        }
                    }
                    ui.add_space(8.0);
                    ui.horizontal_wrapped(|ui| {
                        let ready = !busy && !locked && !self.password.is_empty();
                        let unlock = ui.add_enabled(
                            ready,
                            egui::Button::new(RichText::new(fl!("win-unlock")).strong()),
                        );
                        let entered =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if entered && !ready && !locked {
                            // Enter in an empty field: the cursor stays where the password goes.
                            field.request_focus();
                        }
                        let submitted = ready && (unlock.clicked() || entered);
                        if submitted {
                            // The field is emptied: a wrong password is typed again, a right one is
                            // not kept. The cursor comes back once the check is done.
                            out.push(Command::Unlock(Password::new(std::mem::take(
                                &mut *self.password,
                            ))));
                            self.focus_requested = false;
                        }
                        // Shown in the very frame of the Enter (the job starts after it): the
                        // field's focus passes straight to "Checking the password…", with no
                        // frame in which nothing has it.
                        if let Some(work) = work.or(submitted.then_some(Work::CheckingPassword)) {
                            let doing = if work == Work::ErasingSecrets {
                                fl!("win-erasing-secrets")
                            } else {
                                fl!("win-checking-password")
                            };
                            semantics::spinner_with_label(ui, &doing);
                        }
                    });
                    ui.add_space(16.0);
                    let forgot =
                        ui.add_enabled(!busy, egui::Button::new(fl!("win-forgot-password")));
                    if forgot.clicked() {
                        self.confirm_forgot = true;
                        self.forgot_focused = false;
                    }
                    if std::mem::take(&mut self.refocus_forgot) {
                        forgot.request_focus();
                    }
                    self.forgot_button = Some(forgot.id);
                    super::focus::scroll_focus_into_view(ui);
                });
        });
        if self.confirm_forgot {
            self.forgot_dialog(ui, view, out);
        }
    }

    fn forgot_dialog(&mut self, ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
        let mut erase = false;
        let modal = egui::Modal::new(egui::Id::unique("forgot-password"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 420.0);
                semantics::dialog_title(ui, &fl!("win-forgot-password"));
                dialog_body(ui, |ui| {
                    ui.add_space(6.0);
                    warning_line(ui, view.config, &fl!("win-forgot-password-warning"));
                    ui.label(fl!("win-forgot-password-question"));
                });
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button(fl!("win-yes")).clicked() {
                        out.push(Command::ForgotPassword);
                        self.confirm_forgot = false;
                        erase = true;
                    }
                    let no = ui.button(fl!("win-no"));
                    first_focus(&no, &mut self.forgot_focused);
                    if no.clicked() {
                        self.confirm_forgot = false;
                    }
                });
            });
        if modal.should_close() {
            self.confirm_forgot = false;
        }
        if !self.confirm_forgot
            && !erase
            && let Some(forgot) = self.forgot_button
        {
            // In this frame already: a frame without focus is read out as the bare window.
            ui.memory_mut(|m| m.request_focus(forgot));
            self.refocus_forgot = true;
        }
    }
}
