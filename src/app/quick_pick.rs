//! The quick pick: what the global shortcut opens. A filter (the main list's search), the
//! procedures it finds, one of them chosen with the arrow keys; Enter copies its code as the
//! list's Copy does, Shift+Enter turns clipboard mode on for it, Esc closes. A locked vault is
//! unlocked first, on the unlock screen, by the same flow and lockout as always; the quick pick
//! waits meanwhile and shows itself once the procedures are there.
//!
//! The window is the main window, raised and switched to this view (docs/quick-pick.md says
//! why not a second window); when it was in the background before the shortcut, it goes back
//! there after Enter or Esc, so that the code can be pasted where the user was typing.

use uuid::Uuid;

use super::ZweifaktorApp;
use super::focus::FocusTarget;
use super::screen::Screen;
use super::search::search;
use zweifaktor_core::procedure::Procedure;

/// The quick pick while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickPick {
    /// New each time it opens: its filter field starts empty and takes the focus.
    pub serial: u64,
    filter: String,
    /// The procedure chosen with the arrows; `None` (or one the filter hides): the first
    /// one found.
    chosen: Option<Uuid>,
    /// The window was in the background (or minimised) when the shortcut came: it goes back
    /// there when the quick pick closes.
    pub back_to_background: bool,
}

/// What the user does in the quick pick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickPickCommand {
    /// The filter field's new text.
    Filter(String),
    /// Arrow up: the procedure above the chosen one (stays at the top).
    Previous,
    /// Arrow down: the one below (stays at the bottom).
    Next,
    /// This one is chosen (clicked).
    Choose(Uuid),
    /// Enter: copy the chosen procedure's code, then close.
    Copy,
    /// Shift+Enter: clipboard mode on for the chosen procedure, then close.
    ClipboardMode,
    /// Esc.
    Close,
}

impl QuickPick {
    pub fn new(serial: u64, back_to_background: bool) -> Self {
        QuickPick {
            serial,
            filter: String::new(),
            chosen: None,
            back_to_background,
        }
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The procedures the filter finds, in the list's order.
    pub fn found<'a>(&self, procedures: &'a [Procedure]) -> Vec<&'a Procedure> {
        search(procedures, &self.filter)
    }

    /// The chosen procedure among those found (the first one unless the arrows moved), or
    /// `None` when the filter finds nothing.
    pub fn chosen<'a>(&self, procedures: &'a [Procedure]) -> Option<&'a Procedure> {
        let found = self.found(procedures);
        let index = self.chosen_index(&found)?;
        found.get(index).copied()
    }

    /// Where the chosen one is among `found`.
    pub fn chosen_index(&self, found: &[&Procedure]) -> Option<usize> {
        if found.is_empty() {
            return None;
        }
        let kept = self
            .chosen
            .and_then(|id| found.iter().position(|p| p.id == id));
        Some(kept.unwrap_or(0))
    }

    /// A new filter: the chosen procedure stays chosen while the filter still finds it.
    pub fn set_filter(&mut self, filter: String) {
        self.filter = filter;
    }

    /// Moves the choice by `step` (−1 up, +1 down) among the procedures found, stopping at
    /// the ends (as the main list's arrows do). Returns the newly chosen one.
    pub fn step<'a>(&mut self, procedures: &'a [Procedure], step: isize) -> Option<&'a Procedure> {
        let found = self.found(procedures);
        let index = self.chosen_index(&found)?;
        let last = found.len() - 1;
        let next = index.saturating_add_signed(step).min(last);
        let procedure = found.get(next).copied()?;
        self.chosen = Some(procedure.id);
        Some(procedure)
    }

    pub fn choose(&mut self, id: Uuid) {
        self.chosen = Some(id);
    }
}

impl ZweifaktorApp {
    /// The global shortcut was pressed: the quick pick opens (anew, with an empty filter).
    /// On a locked vault it waits for the unlock screen, which the window shows meanwhile. On
    /// the first start and while a new password is set there is nothing to pick: the window
    /// is only raised (by the caller).
    pub fn open_quick_pick(&mut self, back_to_background: bool) {
        if matches!(self.screen, Screen::FirstStart(_) | Screen::SetPassword(_)) {
            return;
        }
        let serial = self.next_serial();
        self.quick_pick = Some(QuickPick::new(serial, back_to_background));
        if matches!(self.screen, Screen::Unlock(_)) {
            self.announce(crate::fl!("win-quick-pick-unlock-first"));
        }
    }

    pub(super) fn apply_quick_pick(&mut self, command: QuickPickCommand, ctx: &egui::Context) {
        let Some(pick) = self.quick_pick.as_mut() else {
            return;
        };
        let procedures = match &self.screen {
            Screen::Procedures(s) => s.procedures(),
            _ => &[],
        };
        match command {
            QuickPickCommand::Filter(filter) => {
                pick.set_filter(filter);
                let found = pick.found(procedures).len();
                let text = match pick.chosen(procedures) {
                    Some(first) => crate::fl!(
                        "win-quick-pick-found",
                        count = found,
                        name = first.name.clone()
                    ),
                    None => crate::fl!("win-quick-pick-none"),
                };
                self.announce_news(text);
            }
            QuickPickCommand::Previous | QuickPickCommand::Next => {
                let step = if command == QuickPickCommand::Previous {
                    -1
                } else {
                    1
                };
                let found = pick.found(procedures).len();
                if let Some(chosen) = pick.step(procedures, step) {
                    let position = pick
                        .chosen_index(&pick.found(procedures))
                        .map_or(0, |i| i + 1);
                    let text = crate::fl!(
                        "win-quick-pick-chosen",
                        name = chosen.name.clone(),
                        position = position,
                        count = found
                    );
                    self.announce(text);
                }
            }
            QuickPickCommand::Choose(id) => pick.choose(id),
            QuickPickCommand::Copy | QuickPickCommand::ClipboardMode => {
                let Some(id) = pick.chosen(procedures).map(|p| p.id) else {
                    return;
                };
                if command == QuickPickCommand::Copy {
                    self.copy_code(id);
                } else if self.clipboard.mode() != Some(id) {
                    // On, never off: the quick pick has no way to show that it was on.
                    self.toggle_clipboard_mode(id);
                }
                self.close_quick_pick(ctx, FocusTarget::Procedure(id));
            }
            QuickPickCommand::Close => self.close_quick_pick(ctx, FocusTarget::FirstProcedure),
        }
    }

    /// Back to the procedures, with the keyboard focus on `focus` (the filter field it had is
    /// gone); the window back into the background if it came from there.
    fn close_quick_pick(&mut self, ctx: &egui::Context, focus: FocusTarget) {
        if let Some(pick) = self.quick_pick.take() {
            self.move_focus(focus);
            if pick.back_to_background {
                ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zweifaktor_core::procedure::ProcedureDraft;
    use zweifaktor_core::secret::SecretBytes;

    fn procedure(name: &str, issuer: Option<&str>) -> Procedure {
        Procedure::create(
            ProcedureDraft {
                name: name.into(),
                issuer: issuer.map(str::to_owned),
                secret: SecretBytes::new(b"twelve bytes".to_vec()),
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap()
    }

    fn names(found: Vec<&Procedure>) -> Vec<&str> {
        found.into_iter().map(|p| p.name.as_str()).collect()
    }

    fn list() -> Vec<Procedure> {
        vec![
            procedure("Citrix", Some("IT.NRW")),
            procedure("VPN", None),
            procedure("Mail", Some("Citrix Cloud")),
            procedure("Portal", None),
        ]
    }

    #[test]
    fn the_filter_finds_as_the_main_search_does_and_the_first_is_chosen() {
        let list = list();
        let mut pick = QuickPick::new(1, false);
        assert_eq!(names(pick.found(&list)).len(), 4, "empty finds everything");
        pick.set_filter("  citrix ".to_owned());
        assert_eq!(
            names(pick.found(&list)),
            ["Citrix", "Mail"],
            "name or issuer"
        );
        assert_eq!(pick.chosen(&list).map(|p| p.name.as_str()), Some("Citrix"));
        pick.set_filter("nothing".to_owned());
        assert_eq!(pick.chosen(&list), None);
    }

    #[test]
    fn arrows_move_the_choice_stop_at_the_ends_and_it_survives_a_narrower_filter() {
        let list = list();
        let mut pick = QuickPick::new(1, false);
        assert_eq!(
            pick.step(&list, -1).map(|p| p.name.as_str()),
            Some("Citrix")
        );
        assert_eq!(pick.step(&list, 1).map(|p| p.name.as_str()), Some("VPN"));
        assert_eq!(pick.step(&list, 1).map(|p| p.name.as_str()), Some("Mail"));
        pick.set_filter("i".to_owned()); // Citrix, Mail (Citrix Cloud); VPN, Portal out
        assert_eq!(
            pick.chosen(&list).map(|p| p.name.as_str()),
            Some("Mail"),
            "still found, still chosen"
        );
        pick.set_filter("vpn".to_owned());
        assert_eq!(
            pick.chosen(&list).map(|p| p.name.as_str()),
            Some("VPN"),
            "the chosen one filtered out: the first found"
        );
        assert_eq!(pick.step(&list, 1).map(|p| p.name.as_str()), Some("VPN"));
        pick.set_filter(String::new());
        assert_eq!(pick.step(&list, 5).map(|p| p.name.as_str()), Some("Portal"));
    }
}
