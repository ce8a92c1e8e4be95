//! Changes to the unlocked vault, shown at once and queued for saving (`vault_saves` saves
//! them in the background, through the same locked read-modify-write as the command line),
//! and codes put on the clipboard. Errors go to the status line.

use uuid::Uuid;

use crate::fl;

use super::ZweifaktorApp;
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
                self.notice = Some(error_sentence(&e));
                false
            }
        }
    }

    /// Saves a new procedure (`None`) or changes to one; the dialog closes once it is shown
    /// (the save follows in the background).
    pub(super) fn save_procedure(&mut self, id: Option<Uuid>, draft: ProcedureDraft) {
        let now = self.now();
        let change = match id {
            // Made here, once: the same procedure (and id) is shown and saved.
            None => Procedure::create(draft, now).map(Change::Add),
            Some(id) => draft
                .validated()
                .map(|draft| Change::Edit { id, draft, now }),
        };
        if self.change_vault(change)
            && let Screen::Procedures(s) = &mut self.screen
        {
            s.dialog = None;
        }
    }

    pub(super) fn delete_procedure(&mut self, id: Uuid) {
        if self.clipboard.mode() == Some(id) {
            self.clipboard.stop(&mut *self.env.clipboard);
        }
        self.change_vault(Ok(Change::Delete(id)));
        if let Screen::Procedures(s) = &mut self.screen {
            s.dialog = None;
        }
    }

    /// Procedures from an import, saved in one go.
    pub(super) fn import_procedures(&mut self, drafts: Vec<ProcedureDraft>) {
        let now = self.now();
        // The same all-or-nothing addition as `zweifaktor import`.
        let procedures = flow::import::imported_procedures(drafts, now);
        let count = procedures.as_ref().map_or(0, Vec::len);
        if self.change_vault(procedures.map(Change::Import)) {
            self.notice = Some(fl!("win-imported", count = count));
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
        let Some((code, valid_until)) = s
            .procedures()
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| current_code(p, now))
        else {
            return;
        };
        // A plain copy is one copy: it does not follow new codes, and ends clipboard mode.
        self.clipboard.set_mode(None);
        let clear_at = valid_until + u64::from(self.config.clipboard_clear_delay_seconds);
        if let Err(e) = self
            .clipboard
            .place(&mut *self.env.clipboard, code.as_str(), clear_at)
        {
            self.notice = Some(fl!("win-clipboard-unusable", reason = e));
        }
    }

    pub(super) fn toggle_clipboard_mode(&mut self, id: Uuid) {
        if self.clipboard.mode() == Some(id) {
            self.clipboard.stop(&mut *self.env.clipboard);
        } else {
            self.clipboard.set_mode(Some(id));
            self.update_clipboard(self.now());
        }
    }
}
