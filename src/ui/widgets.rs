//! Small pieces every screen uses: labelled fields (screen readers name every field by its
//! label), rule lines that turn green, error lines, a field marked invalid by its error.

use egui::{Response, RichText, TextEdit, Ui};

use super::{semantics, theme};
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

/// "● one digit" in green once met, "○ one digit" otherwise; screen readers hear "one digit
/// (met)" or "one digit (not met)". The marks come from the monospace font, which has them.
pub fn rule_line(ui: &mut Ui, config: &Config, met: bool, text: &str) -> Response {
    let (mark, color, state) = if met {
        ("●", theme::met_color(config), "met")
    } else {
        ("○", ui.visuals().text_color(), "not met")
    };
    ui.horizontal(|ui| {
        // The line says "(met)" itself: the mark would be read as "white circle".
        let mark = ui.label(RichText::new(mark).monospace().color(color));
        semantics::hide_widget(&mark);
        let line = ui.label(RichText::new(text).color(color));
        let spoken = format!("{text} ({state})");
        line.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, spoken.clone()));
        line
    })
    .inner
}

pub fn error_line(ui: &mut Ui, config: &Config, text: &str) -> Response {
    ui.label(RichText::new(text).color(theme::error_color(config)))
}

pub fn warning_line(ui: &mut Ui, config: &Config, text: &str) -> Response {
    let color = if config.high_contrast {
        egui::Color32::YELLOW
    } else {
        theme::WARNING
    };
    ui.label(RichText::new(text).color(color))
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

/// Marks `field` as one that must be filled in.
pub fn mark_required(field: &Response) {
    semantics::node(&field.ctx, field.id, |n| n.set_required());
}
