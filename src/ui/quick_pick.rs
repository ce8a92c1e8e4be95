//! The quick pick's view: a named dialog filling the window, its filter field with the focus,
//! the procedures found as a list (the chosen one selected), the keys it takes. The choosing
//! and what Enter does are the app's (`crate::app::quick_pick`): this only draws and pushes.

use egui::accesskit::Role;
use egui::{Key, Modifiers, RichText, Ui, UiBuilder};

use super::focus::first_focus;
use super::{semantics, theme};
use crate::app::View;
use crate::app::announce::digit_by_digit;
use crate::app::command::Command;
use crate::app::current_code;
use crate::app::quick_pick::{QuickPick, QuickPickCommand};
use crate::app::screen::Unlocked;

/// What is typed into the filter field (the app keeps its own copy, for choosing).
#[derive(Default)]
pub struct QuickPickView {
    filter: String,
    /// The filter field got the focus once.
    focused: bool,
}

impl QuickPickView {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        pick: &QuickPick,
        model: &Unlocked,
        out: &mut Vec<Command>,
    ) {
        // Taken before the field sees them: a one-line field would lose the focus on Enter
        // and move its cursor on the arrows.
        keys(ui, out);
        egui::CentralPanel::default().show(ui, |ui| {
            ui.scope_builder(UiBuilder::new().accessibility_role(Role::Dialog), |ui| {
                let title = semantics::heading(ui, &crate::fl!("win-quick-pick-title"));
                semantics::labelled_by(ui.ctx(), ui.unique_id(), title.id);
                ui.add_space(theme::space::S);
                ui.horizontal(|ui| {
                    let label = ui.label(crate::fl!("win-quick-pick-filter"));
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.filter)
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(label.id);
                    first_focus(&field, &mut self.focused);
                    if field.changed() {
                        out.push(Command::QuickPick(QuickPickCommand::Filter(
                            self.filter.clone(),
                        )));
                    }
                });
                ui.add_space(theme::space::S);
                let procedures = model.procedures();
                let found = pick.found(procedures);
                let chosen = pick.chosen_index(&found);
                let name_width = name_column(ui, &found);
                egui::ScrollArea::vertical()
                    .auto_shrink([false, true])
                    .max_height(ui.available_height() - 3.0 * theme::space::S - 24.0)
                    .show(ui, |ui| {
                        if found.is_empty() {
                            ui.label(crate::fl!("win-quick-pick-none"));
                        }
                        let list_name = crate::fl!("win-quick-pick-list");
                        semantics::list(ui, &list_name, |ui| {
                            for (index, procedure) in found.iter().enumerate() {
                                let is_chosen = chosen == Some(index);
                                semantics::list_item(ui, |ui| {
                                    if is_chosen {
                                        semantics::node(ui.ctx(), ui.unique_id(), |n| {
                                            n.set_selected(true)
                                        });
                                    }
                                    item(ui, view, procedure, is_chosen, name_width, out)
                                });
                            }
                        });
                    });
                ui.add_space(theme::space::S);
                ui.label(RichText::new(crate::fl!("win-quick-pick-keys")).weak());
            });
        });
    }
}

/// What the list shows of a procedure: its name, with the issuer.
fn shown_name(procedure: &zweifaktor_core::procedure::Procedure) -> String {
    match procedure.issuer.as_deref() {
        Some(issuer) if !issuer.is_empty() => format!("{} ({issuer})", procedure.name),
        _ => procedure.name.clone(),
    }
}

/// The width of the names' column: the widest name found (as drawn on its button), so that
/// every code starts at the same x and the eye runs down one column of codes.
fn name_column(ui: &Ui, found: &[&zweifaktor_core::procedure::Procedure]) -> f32 {
    let padding = 2.0 * ui.spacing().button_padding.x;
    found
        .iter()
        .map(|procedure| {
            egui::WidgetText::from(shown_name(procedure))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Button,
                )
                .size()
                .x
                + padding
        })
        .fold(0.0, f32::max)
}

/// One procedure of the list: its name (with the issuer) to click, and its code, in the
/// codes' column. Returns the id of what names it.
fn item(
    ui: &mut Ui,
    view: &View,
    procedure: &zweifaktor_core::procedure::Procedure,
    chosen: bool,
    name_width: f32,
    out: &mut Vec<Command>,
) -> (egui::Id, ()) {
    let response = ui
        .horizontal(|ui| {
            let button = ui.selectable_label(chosen, shown_name(procedure));
            ui.add_space((name_width - button.rect.width()).max(0.0));
            if let Some((code, _)) = current_code(procedure, view.now) {
                let label = ui.label(
                    RichText::new(code.grouped())
                        .font(theme::code_font(ui.ctx(), theme::size::CODE))
                        .strong(),
                );
                // Not a loose label: Orca read every code, nameless, when the dialog opened
                // ("0 5 4 1 3 6 2 1 2 6 1 5"). The button says it, digit by digit, as the
                // main list does.
                semantics::hide_widget(&label);
                let spoken = crate::fl!(
                    "win-code-of",
                    name = procedure.name.clone(),
                    code = digit_by_digit(code.as_str())
                );
                semantics::node(ui.ctx(), button.id, |n| n.set_description(spoken));
            }
            button
        })
        .inner;
    if chosen {
        response.scroll_to_me(None);
    }
    if response.clicked() {
        out.push(Command::QuickPick(QuickPickCommand::Choose(procedure.id)));
        out.push(Command::QuickPick(QuickPickCommand::Copy));
    }
    (response.id, ())
}

/// Arrows choose, Enter copies, Shift+Enter switches clipboard mode on, Esc closes.
fn keys(ui: &Ui, out: &mut Vec<Command>) {
    let pressed = |modifiers, key| ui.input_mut(|i| i.consume_key(modifiers, key));
    // Shift+Enter first: a plain Enter's check would take it too (egui ignores Shift there).
    let command = if pressed(Modifiers::SHIFT, Key::Enter) {
        Some(QuickPickCommand::ClipboardMode)
    } else if pressed(Modifiers::NONE, Key::Enter) {
        Some(QuickPickCommand::Copy)
    } else if pressed(Modifiers::NONE, Key::Escape) {
        Some(QuickPickCommand::Close)
    } else if pressed(Modifiers::NONE, Key::ArrowUp) {
        Some(QuickPickCommand::Previous)
    } else if pressed(Modifiers::NONE, Key::ArrowDown) {
        Some(QuickPickCommand::Next)
    } else {
        None
    };
    if let Some(command) = command {
        out.push(Command::QuickPick(command));
    }
}
