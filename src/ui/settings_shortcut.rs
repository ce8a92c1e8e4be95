//! The settings' section for the global shortcut: on or off, "Change…" and then the next key
//! press with Ctrl, Alt or the logo key becomes the shortcut, and what the system said about
//! it (held by another program, refused, no portal on this Wayland desktop).

use egui::{Event, Key, RichText, Ui};

use super::semantics;
use super::widgets::{error_line, warning_line};
use crate::app::View;
use crate::app::command::Command;
use crate::app::shortcut::{ShortcutStatus, from_press, shown};
use zweifaktor_core::config::DEFAULT_GLOBAL_SHORTCUT;

#[derive(Default)]
pub struct ShortcutSection {
    /// Waiting for the new shortcut to be pressed.
    capturing: bool,
    /// The key pressed cannot be a shortcut.
    needs_modifier: bool,
    /// The capture ended (a shortcut pressed, or Esc): the focus goes back to "Change…", in
    /// place of the prompt that had it.
    refocus_change: bool,
}

impl ShortcutSection {
    pub fn ui(&mut self, ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
        ui.add_space(6.0);
        let heading_text = crate::fl!("win-settings-shortcut-heading");
        let heading = ui.label(RichText::new(&heading_text).strong());
        semantics::make_heading(ui, &heading, &heading_text, 2);
        let mut on = view.shortcut.is_some();
        ui.horizontal_wrapped(|ui| {
            let label = crate::fl!("win-settings-shortcut-use");
            let use_it = ui.checkbox(&mut on, &label);
            if use_it.changed() {
                self.capturing = false;
                out.push(Command::SetGlobalShortcut(
                    on.then(|| DEFAULT_GLOBAL_SHORTCUT.to_owned()),
                ));
            }
            if let Some(shortcut) = view.shortcut {
                let keys = ui.label(RichText::new(shown(&shortcut)).monospace().strong());
                // Heard with the check box, whose words end in "with" ("…öffnen mit"): the
                // keys beside it finish its sentence.
                semantics::hide_widget(&keys);
                let named = format!("{label} {}", shown(&shortcut));
                semantics::node(ui.ctx(), use_it.id, |n| n.set_label(named));
            }
            let change = ui.add_enabled(
                view.shortcut.is_some() && !self.capturing,
                egui::Button::new(crate::fl!("win-settings-shortcut-change")),
            );
            if change.clicked() {
                self.capturing = true;
                self.needs_modifier = false;
            }
            if std::mem::take(&mut self.refocus_change) {
                change.request_focus();
            }
        });
        if self.capturing {
            self.capture(ui, out);
        }
        if self.needs_modifier {
            error_line(
                ui,
                view.config,
                &crate::fl!("win-settings-shortcut-needs-modifier"),
            );
        }
        let Some(shortcut) = view.shortcut.map(|s| shown(&s)) else {
            return;
        };
        match view.shortcut_status {
            ShortcutStatus::Off => {}
            ShortcutStatus::Starting => {
                ui.label(crate::fl!(
                    "win-settings-shortcut-starting",
                    shortcut = shortcut
                ));
            }
            ShortcutStatus::Active => {
                ui.label(crate::fl!(
                    "win-settings-shortcut-active",
                    shortcut = shortcut
                ));
            }
            ShortcutStatus::ActiveByDesktop(keys) => {
                let keys = if keys.is_empty() {
                    shortcut
                } else {
                    keys.clone()
                };
                ui.label(crate::fl!("win-settings-shortcut-active", shortcut = keys));
                ui.label(crate::fl!("win-settings-shortcut-portal"));
            }
            ShortcutStatus::Taken => {
                error_line(
                    ui,
                    view.config,
                    &crate::fl!("win-settings-shortcut-taken", shortcut = shortcut),
                );
            }
            ShortcutStatus::Refused(refusal) => {
                error_line(
                    ui,
                    view.config,
                    &crate::fl!(
                        "win-settings-shortcut-refused",
                        shortcut = shortcut,
                        reason = crate::app::messages::shortcut_refusal(refusal)
                    ),
                );
            }
            ShortcutStatus::NoPortal => {
                warning_line(
                    ui,
                    view.config,
                    &crate::fl!("win-settings-shortcut-no-portal"),
                );
            }
        }
    }

    /// The "press the new shortcut" field: it has the focus and takes every key press (Esc
    /// too: it keeps the old shortcut instead of closing the settings).
    fn capture(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let prompt = ui.add(
            egui::Label::new(
                RichText::new(crate::fl!("win-settings-shortcut-press"))
                    .background_color(ui.visuals().extreme_bg_color),
            )
            .sense(egui::Sense::focusable_noninteractive()),
        );
        prompt.request_focus();
        let presses: Vec<(egui::Modifiers, Key)> = ui.input_mut(|i| {
            let presses = i
                .events
                .iter()
                .filter_map(|e| match e {
                    Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } => Some((*modifiers, *key)),
                    _ => None,
                })
                .collect();
            // Nothing else sees them (Esc would close the settings, Tab move on).
            i.events
                .retain(|e| !matches!(e, Event::Key { .. } | Event::Text(_)));
            presses
        });
        for (modifiers, key) in presses {
            if key == Key::Escape {
                self.capturing = false;
                self.refocus_change = true;
                return;
            }
            match from_press(modifiers, key) {
                Ok(Some(shortcut)) => {
                    self.capturing = false;
                    self.needs_modifier = false;
                    self.refocus_change = true;
                    out.push(Command::SetGlobalShortcut(Some(shortcut.to_string())));
                    return;
                }
                Ok(None) => {}
                Err(_) => self.needs_modifier = true,
            }
        }
    }
}
