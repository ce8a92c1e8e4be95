//! Keyboard focus the window moves itself: a dialog's first field (or its safe button) when
//! it opens, number fields ("spin buttons") that keep the focus while Up and Down change
//! them. Where the focus goes after the app acted (unlocked, saved) the app says
//! ([`crate::app::focus`]); back to the control that opened a dialog and through the list of
//! procedures is the procedures screen's.

use egui::{Key, Response, Ui};

/// Puts the keyboard focus on `response` the first time it is shown (`done` remembers it):
/// a dialog opens with the focus on its first field or its safe button. Not in a dialog's
/// first, invisible frame (egui measures it there): a widget focused while invisible has no
/// node for screen readers, and they would be told the bare window has the focus.
pub fn first_focus(response: &Response, done: &mut bool) {
    if !*done && response.visible() {
        response.request_focus();
        *done = true;
    }
}

/// A whole-number field that Up and Down change by one. egui steps integer fields by a
/// quarter (its drag speed), which rounds back to the same number, and its arrows would also
/// move the focus to the widget above or below.
pub fn spin_button(ui: &mut Ui, field: egui::DragValue<'_>) -> Response {
    let arrows = ui.input(|i| i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::ArrowDown));
    let response = ui.add(field.speed(1.0));
    if arrows && response.has_focus() {
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    response
}
