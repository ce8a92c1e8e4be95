//! Help: a short manual of the screens with every keyboard shortcut (scrolled with Page
//! Up/Down, the arrows, Home and End), and About (version and license), in the user's language
//! (their texts are in `i18n/<lang>/zweifaktor.ftl`). Both open with the focus on Close.

use egui::{Key, Modifiers, RichText, Ui};

use super::focus::first_focus;
use super::semantics;
use super::widgets::{dialog_body, dialog_body_height, dialog_frame, dialog_width, header};
use crate::fl;

/// Whether Close got the focus yet.
#[derive(Default)]
pub struct ManualDialog {
    focused: bool,
}

/// The manual's sections, title and text, in the user's language.
fn manual() -> [(String, String); 11] {
    [
        (fl!("win-manual-unlock-title"), fl!("win-manual-unlock")),
        (
            fl!("win-manual-procedures-title"),
            fl!("win-manual-procedures"),
        ),
        (fl!("win-manual-add-title"), fl!("win-manual-add")),
        (
            fl!("win-manual-enroll-again-title"),
            fl!("win-manual-enroll-again"),
        ),
        (fl!("win-manual-import-title"), fl!("win-manual-import")),
        (fl!("win-manual-export-title"), fl!("win-manual-export")),
        (fl!("win-manual-lock-title"), fl!("win-manual-lock")),
        (fl!("win-manual-forgot-title"), fl!("win-manual-forgot")),
        (fl!("win-manual-language-title"), fl!("win-manual-language")),
        (fl!("win-manual-keyboard-title"), fl!("win-manual-keyboard")),
        (
            fl!("win-manual-quick-pick-title"),
            fl!("win-manual-quick-pick"),
        ),
    ]
}

/// How far one arrow key press scrolls the manual, in points.
const LINE: f32 = 24.0;

impl ManualDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("manual"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 460.0);
                semantics::dialog_title(ui, &fl!("win-manual"));
                let scroll = scroll_keys(ui, dialog_body_height(ui));
                dialog_body(ui, |ui| {
                    if scroll != 0.0 {
                        ui.scroll_with_delta(egui::vec2(0.0, scroll));
                    }
                    for (title, text) in manual() {
                        let section = ui.label(RichText::new(&title).strong());
                        semantics::make_heading(ui, &section, &title, 2);
                        ui.label(text);
                        ui.add_space(6.0);
                    }
                });
                let close = ui.button(fl!("win-close"));
                first_focus(&close, &mut self.focused);
                if close.clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}

/// How far the keys pressed this frame scroll the manual (`page` points high): positive
/// moves the text down (back towards the start). The manual has no field, so the keys are
/// its while it is open.
fn scroll_keys(ui: &Ui, page: f32) -> f32 {
    let delta = ui.input_mut(|i| {
        let mut delta = 0.0;
        let mut take = |key: Key, amount: f32| {
            let presses = i.count_and_consume_key(Modifiers::NONE, key);
            delta += presses as f32 * amount;
        };
        take(Key::PageUp, page * 0.9);
        take(Key::PageDown, -page * 0.9);
        take(Key::ArrowUp, LINE);
        take(Key::ArrowDown, -LINE);
        // Far enough for any manual: the scroll area stops at its ends.
        take(Key::Home, 1.0e6);
        take(Key::End, -1.0e6);
        delta
    });
    if delta != 0.0 {
        // The arrows would also move the focus off Close.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    delta
}

/// Whether Close got the focus yet.
#[derive(Default)]
pub struct AboutDialog {
    focused: bool,
}

impl AboutDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("about"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 320.0);
                let title = header(ui, "Zweifaktor", true);
                semantics::name_dialog(ui, &title);
                dialog_body(ui, |ui| {
                    ui.label(fl!(
                        "win-about-version",
                        version = env!("CARGO_PKG_VERSION")
                    ));
                    ui.label(fl!("win-about-text"));
                    ui.label(fl!(
                        "win-about-license",
                        license = license_in_words(env!("CARGO_PKG_LICENSE"))
                    ));
                });
                let close = ui.button(fl!("win-close"));
                first_focus(&close, &mut self.focused);
                if close.clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}

/// The licence expression with its "OR" in the user's language ("MIT oder Apache-2.0"): a
/// German user meets no English word, and a screen reader does not spell out "O R".
fn license_in_words(expression: &str) -> String {
    let or = fl!("win-about-license-or");
    let words: Vec<&str> = expression
        .split_whitespace()
        .map(|word| if word == "OR" { or.as_str() } else { word })
        .collect();
    words.join(" ")
}
