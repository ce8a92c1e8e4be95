//! Settings: the option that keeps the window's content out of screen captures and screen
//! sharing (a video call showing the shared screen must not show the codes). Windows and macOS
//! honour it; the Linux desktops have no such request, so there it is shown off and disabled,
//! with a line saying why, rather than left out: the user looking for it learns it cannot be.

use egui::Ui;

use crate::app::View;
use crate::app::command::Command;
use zweifaktor_core::config::HIDE_FROM_CAPTURE_WORKS;

pub fn ui(ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
    let mut hidden = view.config.hide_from_capture && HIDE_FROM_CAPTURE_WORKS;
    let checkbox = ui.add_enabled(
        HIDE_FROM_CAPTURE_WORKS,
        egui::Checkbox::new(&mut hidden, crate::fl!("win-settings-hide-from-capture")),
    );
    if checkbox.changed() {
        out.push(Command::SetHideFromCapture(hidden));
    }
    if !HIDE_FROM_CAPTURE_WORKS {
        ui.add(egui::Label::new(crate::fl!("win-settings-hide-from-capture-unsupported")).wrap());
    }
}
