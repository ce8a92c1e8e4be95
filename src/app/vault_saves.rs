//! The unlocked vault's jobs: saving the changes the user made, in order, one save at a time,
//! and the once-a-second look for changes other programs saved — each on a job's thread with
//! the session ([`super::open_vault`]), never in a frame. A lock does not lose what is not
//! saved yet: the vault is kept, without what it showed, until its changes are saved; if that
//! fails, the unlock screen says so. Closing the window waits for it.

use super::ZweifaktorApp;
use super::event::Event;
use super::jobs::{APP, Jobs, Work};
use super::open_vault::{VaultJob, VaultOutcome};
use super::screen::Screen;
use crate::fl;

impl ZweifaktorApp {
    /// Starts what is due: the shown vault's save or look (not while a new password is being
    /// set: it replaces the session when done), and the last saves of the vaults closing.
    pub(super) fn start_vault_jobs(&mut self) {
        let changing_password = self.jobs.doing(Work::ChangingPassword);
        if let Screen::Procedures(s) = &mut self.screen
            && !changing_password
            && let Some(job) = s.vault.next_job(true)
        {
            spawn(&mut self.jobs, self.screen_serial, s.vault.id(), job);
        }
        for vault in &mut self.closing {
            if let Some(job) = vault.next_job(false) {
                spawn(&mut self.jobs, APP, vault.id(), job);
            }
        }
    }

    /// A vault's session is back from its job.
    pub(super) fn vault_back(
        &mut self,
        id: u64,
        session: Option<zweifaktor_core::vault::session::VaultSession>,
        outcome: VaultOutcome,
    ) {
        if let Screen::Procedures(s) = &mut self.screen
            && s.vault.id() == id
        {
            let failed_before = s.vault.failure().is_some();
            let said = s.vault.back(session, outcome);
            // The status line shows a failed save; screen readers hear it once, when it fails.
            let failed_now = s
                .vault
                .failure()
                .filter(|_| !failed_before)
                .map(|reason| fl!("win-not-saved", reason = reason));
            if let Some(said) = said {
                self.tell(said);
            }
            if let Some(failed) = failed_now {
                self.announce_urgently(failed);
            }
            self.release_waiting();
            return;
        }
        let Some(at) = self.closing.iter().position(|v| v.id() == id) else {
            // A vault nobody holds any more: the session is dropped here, its key wiped.
            return;
        };
        let vault = &mut self.closing[at];
        let said = vault.back(session, outcome);
        let failure = vault
            .failure()
            .map(|reason| fl!("win-not-saved-before-lock", reason = reason));
        // A failed vault is given up: nothing more is tried.
        if failure.is_some() || vault.is_settled() {
            self.closing.remove(at);
        }
        // The failure is what the unlock screen keeps saying; said on its own.
        if let Some(said) = failure.or(said) {
            self.tell(said);
        }
    }

    /// Takes the unlocked vault off the screen (a lock, or the window closing): what it showed
    /// is dropped; its unsaved changes, if any, are saved in the background first.
    pub(super) fn close_vault(&mut self) {
        if !matches!(self.screen, Screen::Procedures(_)) {
            return;
        }
        let placeholder = Screen::first_start(None, None);
        let Screen::Procedures(unlocked) = std::mem::replace(&mut self.screen, placeholder) else {
            return;
        };
        // The old screen's serial goes: its dialogs' jobs are forgotten or taken over.
        self.screen_serial = self.next_serial();
        let mut vault = unlocked.vault;
        vault.close();
        if !vault.is_settled() {
            self.closing.push(vault);
        }
        self.start_vault_jobs();
    }
}

fn spawn(jobs: &mut Jobs, owner: u64, vault: u64, job: VaultJob) {
    let work = job.work();
    jobs.spawn(owner, work, move || {
        let (session, outcome) = job.run();
        Event::VaultBack {
            vault,
            session: session.map(Box::new),
            outcome,
        }
    });
}
