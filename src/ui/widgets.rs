//! Small pieces every screen uses: labelled fields (screen readers name every field by its
//! label), rule lines that turn green, error lines, a field marked invalid by its error, the
//! header with the app's icon, the countdown, the frame, width and body of dialogs.

use crate::fl;
use egui::{Align, Layout, Response, RichText, TextEdit, Ui};

use super::{icon, semantics, theme};
use crate::app::view::FieldUpdate;
use zweifaktor_core::config::Config;

/// A label above a single-line field, the field named by the label for screen readers.
pub fn labelled_field(ui: &mut Ui, label: &str, text: &mut String, password: bool) -> Response {
    let label = ui.label(label);
    ui.add(
        TextEdit::singleline(text)
            .password(password)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A field that must be filled: "*" after its label on the screen, and for screen readers
/// the label alone with the field's required state ("Name, required"; the star was read as
/// "Name star").
pub fn required_field(ui: &mut Ui, label: &str, text: &mut String) -> Response {
    let field = labelled_field(ui, &format!("{label} *"), text, false);
    semantics::node(ui.ctx(), field.id, |n| {
        n.set_label(label);
        n.set_required();
    });
    field
}

/// "● one digit" in green once met, "○ one digit" otherwise; screen readers hear "one digit
/// (met)" or "one digit (not met)". The marks come from the monospace font, which has them.
pub fn rule_line(ui: &mut Ui, config: &Config, met: bool, text: &str) -> Response {
    let (mark, color, state) = if met {
        ("●", theme::palette(ui, config).met, fl!("win-rule-met"))
    } else {
        ("○", ui.visuals().text_color(), fl!("win-rule-not-met"))
    };
    ui.horizontal(|ui| {
        // The line says "(met)" itself: the mark would be read as "white circle".
        let mark = ui.label(RichText::new(mark).monospace().color(color));
        semantics::hide_widget(&mark);
        let line = ui.label(RichText::new(text).color(color));
        let spoken = fl!("win-rule-spoken", rule = text, state = state);
        line.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, spoken.clone()));
        line
    })
    .inner
}

pub fn error_line(ui: &mut Ui, config: &Config, text: &str) -> Response {
    let color = theme::palette(ui, config).error;
    ui.label(RichText::new(text).color(color))
}

pub fn warning_line(ui: &mut Ui, config: &Config, text: &str) -> Response {
    let color = theme::palette(ui, config).warning;
    ui.label(RichText::new(text).color(color))
}

/// A screen's or dialog's title; on the screens (`with_icon`) after the app's icon, so that
/// the window says whose it is at a glance.
pub fn header(ui: &mut Ui, text: &str, with_icon: bool) -> Response {
    ui.horizontal(|ui| {
        if with_icon {
            let side = theme::size::HEADING * 1.4;
            let icon = ui.add(
                egui::Image::new(&icon::texture(ui.ctx()))
                    .fit_to_exact_size(egui::vec2(side, side))
                    .alt_text(""),
            );
            // A decoration: the title beside it says whose window it is.
            semantics::hide_widget(&icon);
        }
        semantics::heading(ui, text)
    })
    .inner
}

/// The seconds left as a bar and a number. The number takes the room of "88 s" whatever it
/// shows, so that nothing beside it moves when it goes from two digits to one; its last five
/// seconds are drawn in the "ending" colour. Bar and number take their room as one piece of a
/// known width, so that in a wrapping line they move to the next line together instead of
/// running past the window's edge. Screen readers hear the bar as `label` with the seconds
/// left out of the period (not a fraction), never announced as it changes (a meter: screen
/// readers read a progress bar's changes out by themselves).
pub fn countdown(ui: &mut Ui, config: &Config, left: u32, period: u32, label: &str) {
    const BAR_WIDTH: f32 = 72.0;
    let palette = theme::palette(ui, config);
    let color = if left <= 5 {
        palette.countdown_ending
    } else {
        palette.accent
    };
    // Monospace: every digit as wide as the other.
    let font = theme::code_font(ui.ctx(), theme::size::BODY);
    let widest = ui
        .painter()
        .layout_no_wrap(
            fl!("win-seconds-left", seconds = 88u32),
            font.clone(),
            color,
        )
        .size();
    let size = egui::vec2(
        BAR_WIDTH + ui.spacing().item_spacing.x + widest.x,
        widest.y.max(ui.spacing().interact_size.y),
    );
    ui.allocate_ui_with_layout(size, Layout::left_to_right(Align::Center), |ui| {
        ui.scope(|ui| {
            ui.visuals_mut().extreme_bg_color = palette.countdown_track;
            let bar = egui::ProgressBar::new(left as f32 / period.max(1) as f32)
                .desired_width(BAR_WIDTH)
                .desired_height(8.0)
                .fill(color);
            let bar = ui.add(bar);
            semantics::node(ui.ctx(), bar.id, |n| {
                // A meter, not a progress bar: Orca says a progress bar's percentage every
                // ten seconds ("53 Prozent") wherever the focus is, for each code's countdown.
                n.set_role(egui::accesskit::Role::Meter);
                n.set_label(label);
                n.set_min_numeric_value(0.0);
                n.set_max_numeric_value(f64::from(period));
                n.set_numeric_value(f64::from(left));
            });
        });
        ui.allocate_ui_with_layout(widest, Layout::right_to_left(Align::Center), |ui| {
            let seconds = ui.label(
                RichText::new(fl!("win-seconds-left", seconds = left))
                    .font(font)
                    .color(color),
            );
            // The meter says the seconds already: read again, it was "17 s" after it.
            semantics::hide_widget(&seconds);
        });
    });
}

/// Puts a text the app chose into a field the user types in (a file picked in a dialog, a
/// dropped file's path), once: `taken` remembers the last one put there.
pub fn take_update(field: &mut String, taken: &mut u64, update: Option<&FieldUpdate>) {
    if let Some(update) = update
        && update.serial != *taken
    {
        field.clone_from(&update.text);
        *taken = update.serial;
    }
}

/// Marks `field` as invalid for screen readers, with `error` (the line drawn below it) as its
/// error message: read when the field is reached, not only when the line appears.
pub fn mark_invalid(field: &Response, error: &Response, message: &str) {
    semantics::node(&field.ctx, field.id, |n| {
        n.set_invalid(egui::accesskit::Invalid::True);
        n.set_error_message(error.id.accesskit_id());
        // AT-SPI (Orca) reads neither of those yet; a field's description it reads.
        n.set_description(message);
    });
}

/// Room kept free around a dialog, and inside its frame, in points.
const DIALOG_OUTSIDE: f32 = 8.0;
const DIALOG_INSIDE: i8 = 12;

/// The frame of every dialog: the window's look with a margin that leaves room for the
/// content at 200 %.
pub fn dialog_frame(ctx: &egui::Context) -> egui::Frame {
    egui::Frame::window(&ctx.global_style()).inner_margin(DIALOG_INSIDE)
}

/// Makes the dialog `wanted` points wide, or as wide as the window allows at a large text size.
pub fn dialog_width(ui: &mut Ui, wanted: f32) {
    let room = ui.ctx().content_rect().width() - 2.0 * (DIALOG_OUTSIDE + f32::from(DIALOG_INSIDE));
    ui.set_width(wanted.min(room).max(120.0));
}

/// How high a [`dialog_body`] may be before it scrolls: the window less the title, the
/// buttons and the margins.
pub fn dialog_body_height(ui: &Ui) -> f32 {
    let spacing = ui.spacing().item_spacing.y;
    // The title above and up to two lines of buttons below, with their gaps.
    let reserved = theme::size::HEADING * 1.4
        + 2.0 * ui.spacing().interact_size.y
        + 4.0 * spacing
        + theme::space::M
        + 2.0 * (DIALOG_OUTSIDE + f32::from(DIALOG_INSIDE));
    (ui.ctx().content_rect().height() - reserved).max(60.0)
}

/// The part of a dialog between its title and its buttons: it scrolls when the window is too
/// low for it (large text), so that the buttons stay in view.
pub fn dialog_body<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let height = dialog_body_height(ui);
    // At least as high as it may be, when the content needs that: a modal dialog's room below
    // its top depends on where it stood the frame before, and a body that only took the room
    // it found grew a few points each frame (each second, in an idle window) towards its
    // height, and moved its buttons from under the pointer while it did.
    let scrolled = egui::ScrollArea::vertical()
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let inner = add_contents(ui);
            super::focus::scroll_focus_into_view(ui);
            inner
        });
    if let Some(title) = semantics::dialog_title_of(ui) {
        semantics::name_scroll_bar(ui.ctx(), &scrolled, title);
    }
    scrolled.inner
}
