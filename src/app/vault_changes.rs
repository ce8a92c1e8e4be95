//! Changes to the unlocked vault, shown at once and queued for saving (`vault_saves` saves
//! them in the background, through the same locked read-modify-write as the command line),
//! and codes put on the clipboard. Errors go to the status line; what changed is said to
//! screen readers, and the keyboard focus follows the procedure changed.

use uuid::Uuid;

use crate::fl;

use super::ZweifaktorApp;
use super::focus::FocusTarget;
use super::messages::error_sentence;
use super::open_vault::Change;
use super::screen::Screen;
use super::view::current_code;
use zweifaktor_core::flow;
use zweifaktor_core::procedure::{Procedure, ProcedureDraft, ProcedureError};

impl ZweifaktorApp {
    /// Makes a change on what the window shows and queues it for saving; false when it
    /// failed (the status line says why).
    fn change_vault(&mut self, change: Result<Change, ProcedureError>) -> bool {
        let Screen::Procedures(s) = &mut self.screen else {
            return false;
        };
        match change.and_then(|change| s.vault.change(change)) {
            Ok(()) => {
                self.start_vault_jobs();
                true
            }
            Err(e) => {
                self.tell(error_sentence(&e));
                false
            }
        }
    }

    /// Saves a new procedure (`None`) or changes to one; the dialog closes once it is shown
    /// (the save follows in the background), and the keyboard focus goes to the procedure.
    pub(super) fn save_procedure(&mut self, id: Option<Uuid>, draft: ProcedureDraft) {
        let now = self.now();
        let (change, new) = match id {
            // Made here, once: the same procedure (and id) is shown and saved.
            None => {
                let procedure = Procedure::create(draft, now);
                let new = procedure.as_ref().ok().map(|p| (p.id, p.name.clone()));
                (procedure.map(Change::Add), new)
            }
            Some(id) => (
                draft
                    .validated()
                    .map(|draft| Change::Edit { id, draft, now }),
                None,
            ),
        };
        if !self.change_vault(change) {
            return;
        }
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        s.dialog = None;
        let shown = match (id, new) {
            (Some(id), _) => Some(id),
            // Enrolled again, a new procedure shows as the waiting one of its name.
            (None, Some((new_id, name))) => {
                let procedures = s.procedures();
                procedures
                    .iter()
                    .find(|p| p.id == new_id)
                    .or_else(|| procedures.iter().find(|p| p.name == name))
                    .map(|p| p.id)
            }
            (None, None) => None,
        };
        if let Some(id) = shown {
            let name = procedure_name(s, id);
            self.announce(fl!("win-announce-saved", name = name));
            self.move_focus(FocusTarget::Procedure(id));
        }
    }

    /// Deletes a procedure; the keyboard focus goes to the one after it (or before it).
    pub(super) fn delete_procedure(&mut self, id: Uuid) {
        if self.clipboard.mode() == Some(id) {
            self.clipboard.stop(&mut *self.env.clipboard);
        }
        let (name, neighbour) = match &self.screen {
            Screen::Procedures(s) => {
                let procedures = s.procedures();
                let at = procedures.iter().position(|p| p.id == id);
                let neighbour = at.and_then(|at| {
                    procedures
                        .get(at + 1)
                        .or_else(|| at.checked_sub(1).and_then(|before| procedures.get(before)))
                });
                (procedure_name(s, id), neighbour.map(|p| p.id))
            }
            _ => return,
        };
        let deleted = self.change_vault(Ok(Change::Delete(id)));
        if let Screen::Procedures(s) = &mut self.screen {
            s.dialog = None;
        }
        if deleted {
            self.announce(fl!("win-announce-deleted", name = name));
            self.move_focus(neighbour.map_or(FocusTarget::Search, FocusTarget::Procedure));
        }
    }

    /// Procedures from an import, saved in one go.
    pub(super) fn import_procedures(&mut self, drafts: Vec<ProcedureDraft>) {
        let now = self.now();
        // The same all-or-nothing addition as `zweifaktor import`.
        let procedures = flow::import::imported_procedures(drafts, now);
        let count = procedures.as_ref().map_or(0, Vec::len);
        if self.change_vault(procedures.map(Change::Import)) {
            self.tell(fl!("win-imported", count = count));
        }
    }

    pub(super) fn set_names_hidden(&mut self, hidden: bool) {
        self.change_vault(Ok(Change::NamesHidden(hidden)));
    }

    /// A plain copy: one copy of the current code, cleared when it stops being valid (plus the
    /// delay from the settings).
    pub(super) fn copy_code(&mut self, id: Uuid) {
        let Screen::Procedures(s) = &self.screen else {
            return;
        };
        let now = self.now();
        let Some((name, (code, valid_until))) = s
            .procedures()
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| Some((p.name.clone(), current_code(p, now)?)))
        else {
            return;
        };
        // A plain copy is one copy: it does not follow new codes, and ends clipboard mode.
        self.clipboard.set_mode(None);
        let clear_at = valid_until + u64::from(self.config.clipboard_clear_delay_seconds);
        match self
            .clipboard
            .place(&mut *self.env.clipboard, code.as_str(), clear_at)
        {
            Ok(()) => self.announce(fl!("win-announce-copied", name = name)),
            Err(e) => self.tell(fl!("win-clipboard-unusable", reason = e)),
        }
    }

    pub(super) fn toggle_clipboard_mode(&mut self, id: Uuid) {
        let name = match &self.screen {
            Screen::Procedures(s) => procedure_name(s, id),
            _ => return,
        };
        if self.clipboard.mode() == Some(id) {
            self.clipboard.stop(&mut *self.env.clipboard);
            self.announce(fl!("win-announce-clipboard-mode-off", name = name));
        } else {
            self.clipboard.set_mode(Some(id));
            // Its first code is part of switching on: said with it, not as a new code.
            let _ = self.update_clipboard(self.now());
            self.announce(fl!("win-announce-clipboard-mode-on", name = name));
        }
    }
}

/// A procedure's name, for what the window says about it.
fn procedure_name(unlocked: &super::screen::Unlocked, id: Uuid) -> String {
    unlocked
        .procedures()
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_default()
}
