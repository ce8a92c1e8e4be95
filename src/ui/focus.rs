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

/// Keeps the keyboard focus somewhere after a key press; called once the whole frame is drawn,
/// with the control that had the focus at the end of the last frame (`last`, updated here).
/// egui leaves the focus with nothing in three cases, and a screen reader then says the bare
/// window ("Zweifaktor, frame") — one stop too many, and after Enter in a field the user's
/// next keys go nowhere:
/// - Tab on the last control: egui gives the focus to the first control only in the frame
///   after. The frame is drawn again at once (egui's second pass), and the first control has it.
/// - Enter in a one-line field (egui takes the focus off it) or Esc (egui drops it): the focus
///   goes back to the control that had it, if it is still there and nothing else took it. A
///   dialog that closed has put it on its opener already.
/// - The control with the focus is gone (a menu item whose dialog opens, a dialog in its
///   first frame, which egui draws invisibly to measure it): the frame is drawn again at once,
///   and the dialog, now visible, puts the focus on its first field.
pub fn keep_focus_somewhere(ctx: &egui::Context, last: &mut Option<egui::Id>) {
    let focusable = |id: egui::Id| {
        ctx.viewport(|viewport| {
            viewport
                .this_pass
                .widgets
                .get(id)
                .is_some_and(|w| w.enabled && w.visible && w.sense.is_focusable())
        })
    };
    let focused = ctx.memory(|m| m.focused());
    let lost = focused.is_none_or(|id| !focusable(id));
    if lost && let Some(had) = *last {
        let (tab, enter_or_esc) = ctx.input(|i| {
            (
                i.key_pressed(Key::Tab),
                i.key_pressed(Key::Enter) || i.key_pressed(Key::Escape),
            )
        });
        if !tab && enter_or_esc && focused.is_none() && focusable(had) {
            ctx.memory_mut(|m| m.request_focus(had));
        } else {
            ctx.request_discard("keyboard-focus-lost");
        }
    }
    *last = ctx.memory(|m| m.focused());
}

/// Scrolls the control that got the keyboard focus this frame into view, when it is drawn in
/// `ui` (a scroll area's content, at its end): egui leaves it where it is, and at 200 % Tab
/// went on to the Add dialog's "Advanced" fields below the fold, out of sight.
pub fn scroll_focus_into_view(ui: &Ui) {
    let Some(id) = ui.memory(|m| m.focused()) else {
        return;
    };
    let Some(focused) = ui.ctx().read_response(id) else {
        return;
    };
    if focused.gained_focus()
        && focused.layer_id == ui.layer_id()
        && ui.min_rect().intersects(focused.rect)
    {
        ui.scroll_to_rect(focused.rect, None);
    }
}
