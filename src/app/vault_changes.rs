//! Changes to the unlocked vault and the settings, saved at once (the vault through the same
//! locked read-modify-write as the command line), and codes put on the clipboard. Errors go
//! to the status line.

use uuid::Uuid;

use super::ZweifaktorApp;
use super::focus::FocusTarget;
use super::screen::Screen;
use super::view::current_code;
use zweifaktor_core::config::Config;
use zweifaktor_core::flow;
use zweifaktor_core::procedure::{Procedure, ProcedureDraft, ProcedureError};
use zweifaktor_core::vault::session::SessionError;
use zweifaktor_core::vault::{self, Added};

/// Errors of a change to the vault: the change's own, or saving it.
#[derive(Debug, thiserror::Error)]
enum ChangeError {
    #[error(transparent)]
    Procedure(ProcedureError),
    #[error(transparent)]
    Session(#[from] SessionError),
}

impl ZweifaktorApp {
    /// Applies a change to the vault; `None` when it failed (the status line says why).
    fn change_vault<R>(
        &mut self,
        change: impl FnOnce(&mut vault::VaultContents) -> Result<R, ProcedureError>,
    ) -> Option<R> {
        let Screen::Procedures(s) = &mut self.screen else {
            return None;
        };
        let result = s
            .session
            .modify(|c| change(c).map_err(ChangeError::Procedure));
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.tell(e.to_string());
                None
            }
        }
    }

    /// Saves a new procedure (`None`) or changes to one; the dialog closes once it is saved,
    /// and the keyboard focus goes to the saved procedure.
    pub(super) fn save_procedure(&mut self, id: Option<Uuid>, draft: ProcedureDraft) {
        let now = self.now();
        let saved = match id {
            None => self.change_vault(|c| {
                let procedure = Procedure::create(draft, now)?;
                let id = procedure.id;
                Ok(match c.add_or_reenroll(procedure) {
                    Added::Reenrolled(existing) => existing,
                    Added::New | Added::NewWithDuplicateName => id,
                })
            }),
            Some(id) => self.change_vault(|c| {
                let draft = draft.validated()?;
                let Some(p) = c.procedures.iter_mut().find(|p| p.id == id) else {
                    return Ok(id);
                };
                if p.needs_reenrollment || p.secret != draft.secret || p.otp != draft.otp {
                    p.reenroll(draft.secret, draft.otp, now)?;
                }
                p.name = draft.name;
                p.issuer = draft.issuer;
                p.account = draft.account;
                p.url = draft.url;
                p.modified = now;
                Ok(id)
            }),
        };
        if let (Some(id), Screen::Procedures(s)) = (saved, &mut self.screen) {
            s.dialog = None;
            let name = procedure_name(s, id);
            self.announce(format!("Saved {name}."));
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
                let procedures = s.session.procedures();
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
        let deleted = self
            .change_vault(|c| {
                c.procedures.retain(|p| p.id != id);
                Ok(())
            })
            .is_some();
        if let Screen::Procedures(s) = &mut self.screen {
            s.dialog = None;
        }
        if deleted {
            self.announce(format!("Deleted {name}."));
            self.move_focus(neighbour.map_or(FocusTarget::Search, FocusTarget::Procedure));
        }
    }

    /// Procedures from an import, saved in one go.
    pub(super) fn import_procedures(&mut self, drafts: Vec<ProcedureDraft>) {
        let now = self.now();
        // The same all-or-nothing addition as `zweifaktor import`.
        if let Some(count) = self.change_vault(|c| flow::import::add_imported(c, drafts, now)) {
            self.tell(format!("Imported {count} procedures."));
        }
    }

    pub(super) fn set_names_hidden(&mut self, hidden: bool) {
        if let Screen::Procedures(s) = &mut self.screen
            && let Err(e) = s.session.set_names_hidden(hidden)
        {
            self.tell(e.to_string());
        }
    }

    /// A plain copy: one copy of the current code, cleared when it stops being valid (plus the
    /// delay from the settings).
    pub(super) fn copy_code(&mut self, id: Uuid) {
        let Screen::Procedures(s) = &self.screen else {
            return;
        };
        let now = self.now();
        let Some((name, (code, valid_until))) = s
            .session
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
            Ok(()) => self.announce(format!("Copied the code of {name}.")),
            Err(e) => self.tell(format!("Cannot use the clipboard: {e}")),
        }
    }

    pub(super) fn toggle_clipboard_mode(&mut self, id: Uuid) {
        let name = match &self.screen {
            Screen::Procedures(s) => procedure_name(s, id),
            _ => return,
        };
        if self.clipboard.mode() == Some(id) {
            self.clipboard.stop(&mut *self.env.clipboard);
            self.announce(format!("Clipboard mode off for {name}."));
        } else {
            self.clipboard.set_mode(Some(id));
            // Its first code is part of switching on: said with it, not as a new code.
            let _ = self.update_clipboard(self.now());
            self.announce(format!(
                "Clipboard mode on for {name}: its code is on the clipboard and replaced by each new one."
            ));
        }
    }

    pub(super) fn update_config(&mut self, change: impl FnOnce(&mut Config)) {
        change(&mut self.config);
        if let Err(e) = self.env.config_store.save(&self.config) {
            self.tell(format!("The settings could not be saved: {e}"));
        }
    }
}

/// A procedure's name, for what the window says about it.
fn procedure_name(unlocked: &super::screen::Unlocked, id: Uuid) -> String {
    unlocked
        .session
        .procedures()
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_default()
}
