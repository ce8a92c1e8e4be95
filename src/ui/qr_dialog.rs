//! One procedure as a QR code, to enroll the same secret on a phone: the master password
//! again, then the code with the procedure's name and a warning. The pixels and the texture are
//! dropped with the dialog (Close, Esc, lock).

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
            semantics::dialog_title(ui, &format!("QR code of {}", state.name));
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
                            .alt_text(format!("QR code with the secret of {}", shown.name)),
                    );
                    warning_line(
                        ui,
                        view.config,
                        "Anyone who sees this code can copy the procedure and make its codes. Show it only to your own phone's camera.",
                    );
                }
                None => {
                    ui.label("Scan the code with an authenticator app to enroll the same secret on a phone.");
                    let field = labelled_field(ui, "Master password", &mut self.master, true);
                    first_focus(&field, &mut self.focused);
                    ui.label("Your master password again: the code shows the secret.");
                    if let Some(error) = &state.error {
                        error_line(ui, view.config, error);
                    }
                    let entered =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal_wrapped(|ui| {
                        if busy {
                            semantics::spinner(ui, "Checking the master password…");
                        }
                        let ready = !busy && !self.master.is_empty();
                        if ui
                            .add_enabled(ready, egui::Button::new(RichText::new("Show QR code").strong()))
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
            let close = ui.button("Close");
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
