//! One procedure as a QR code, to enroll the same secret on a phone: the master password
//! again, then the code with the procedure's name and a warning. The pixels and the texture are
//! dropped with the dialog (Close, Esc, lock).

use crate::fl;
use egui::{RichText, Ui};
use zeroize::Zeroizing;

use super::focus::first_focus;
use super::semantics;
use super::widgets::{
    dialog_body, dialog_frame, dialog_width, error_line, labelled_field, warning_line,
};
use crate::app::View;
use crate::app::command::Command;
use crate::app::dialog::QrState;
use zweifaktor_core::secret::Password;

/// The master password typed (wiped when dropped) and the code's texture.
#[derive(Default)]
pub struct QrDialog {
    master: Zeroizing<String>,
    /// The code in the painter's texture memory; freed when dropped.
    texture: Option<egui::TextureHandle>,
    /// The password field got the keyboard focus (once, when the dialog opened).
    focused: bool,
}

impl QrDialog {
    /// `busy`: the master password is being checked and the code drawn.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        state: &QrState,
        busy: bool,
        out: &mut Vec<Command>,
    ) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("show-qr"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 420.0);
                semantics::dialog_title(ui, &fl!("win-qr-title", name = state.name.as_str()));
                dialog_body(ui, |ui| {
                    match &state.shown {
                        Some(shown) => {
                            let pixels = &shown.pixels;
                            let size = [pixels.width as usize, pixels.height as usize];
                            let texture = self.texture.get_or_insert_with(|| {
                                ui.ctx().load_texture(
                                    "procedure-qr",
                                    egui::ColorImage::from_gray(size, &pixels.pixels),
                                    egui::TextureOptions::NEAREST,
                                )
                            });
                            ui.add(
                                // Long names make large codes: shrunk to the dialog, never grown.
                                egui::Image::new((texture.id(), texture.size_vec2()))
                                    .max_width(ui.available_width())
                                    .alt_text(fl!("win-qr-alt", name = shown.name.as_str())),
                            );
                            warning_line(ui, view.config, &fl!("win-qr-warning"));
                        }
                        None => {
                            ui.label(fl!("win-qr-text"));
                            let field = labelled_field(
                                ui,
                                &fl!("win-master-password"),
                                &mut self.master,
                                true,
                            );
                            first_focus(&field, &mut self.focused);
                            ui.label(fl!("win-master-password-again-qr"));
                            if let Some(error) = &state.error {
                                error_line(ui, view.config, error);
                            }
                            let entered =
                                field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                            ui.horizontal_wrapped(|ui| {
                                if busy {
                                    semantics::spinner(ui, &fl!("win-checking-master-password"));
                                }
                                let ready = !busy && !self.master.is_empty();
                                if ui
                                    .add_enabled(
                                        ready,
                                        egui::Button::new(
                                            RichText::new(fl!("win-show-qr")).strong(),
                                        ),
                                    )
                                    .clicked()
                                    || (entered && ready)
                                {
                                    out.push(Command::ShowQr {
                                        id: state.id,
                                        master: Password::new(std::mem::take(&mut *self.master)),
                                    });
                                }
                            });
                        }
                    }
                });
                ui.add_space(6.0);
                let close = ui.button(fl!("win-close"));
                // Once the code is shown the password field is gone: the focus goes to Close.
                if state.shown.is_some() && ui.memory(|m| m.focused().is_none()) {
                    close.request_focus();
                }
                if close.clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}
