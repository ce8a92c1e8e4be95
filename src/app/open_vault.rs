//! The unlocked vault as the window holds it: the procedures it shows, the changes not saved
//! yet (oldest first) and the session that saves them. The session is at home, or away on a
//! job's thread — saving the unsaved changes, or looking for changes another program saved —
//! so that no frame waits for the disk. One job has it at a time, so changes reach the file in
//! the order they were made, none twice and none skipped.
//!
//! What is shown is always the session's contents with the unsaved changes applied on top:
//! the user sees a change at once, and a save that fails keeps it (the status line says why)
//! until a new try works. A change is data ([`Change`]), made once in the frame — a new
//! procedure with its id — so that applying it again to the newest file gives the same result.

use uuid::Uuid;

use crate::fl;
use zweifaktor_core::message::Localize;

use zweifaktor_core::procedure::{Procedure, ProcedureDraft, ProcedureError};
use zweifaktor_core::vault::VaultContents;
use zweifaktor_core::vault::session::{SessionError, VaultSession};
use zweifaktor_core::vault::storage::VaultFiles;

use super::jobs::Work;

/// One change the user made to the vault. No `Debug`: procedures and drafts hold secrets.
#[derive(Clone)]
pub enum Change {
    /// A new procedure (or one enrolled again: the waiting procedure of that name gets it).
    Add(Procedure),
    Edit {
        id: Uuid,
        draft: ProcedureDraft,
        now: u64,
    },
    Delete(Uuid),
    /// The procedures of an import, all in one go.
    Import(Vec<Procedure>),
    NamesHidden(bool),
}

impl Change {
    /// Makes the change on `contents` (and the names setting). When it fails nothing changed.
    pub fn apply(
        &self,
        contents: &mut VaultContents,
        names_hidden: &mut bool,
    ) -> Result<(), ProcedureError> {
        match self {
            Change::Add(procedure) => {
                contents.add_or_reenroll(procedure.clone());
            }
            Change::Edit { id, draft, now } => {
                let draft = draft.clone().validated()?;
                // Deleted meanwhile (in another window): nothing left to change.
                let Some(p) = contents.procedures.iter_mut().find(|p| p.id == *id) else {
                    return Ok(());
                };
                if p.needs_reenrollment || p.secret != draft.secret || p.otp != draft.otp {
                    p.reenroll(draft.secret, draft.otp, *now)?;
                }
                p.name = draft.name;
                p.issuer = draft.issuer;
                p.account = draft.account;
                p.url = draft.url;
                p.modified = *now;
            }
            Change::Delete(id) => contents.procedures.retain(|p| p.id != *id),
            Change::Import(procedures) => contents.procedures.extend(procedures.iter().cloned()),
            Change::NamesHidden(hidden) => *names_hidden = *hidden,
        }
        Ok(())
    }
}

/// What a job does with the session it takes.
pub enum VaultJob {
    /// Saves these changes (the oldest unsaved ones) in one locked read-modify-write.
    Save {
        session: VaultSession,
        changes: Vec<Change>,
    },
    /// Re-reads the file if another program changed it.
    Check { session: VaultSession },
}

/// How a vault job ended.
pub enum VaultOutcome {
    /// The first `count` unsaved changes are in the file; those that the newest contents
    /// refused (a conflict with another program's change) are left out, with the reasons.
    Saved { count: usize, refused: Vec<String> },
    /// Nothing was saved; the reason.
    NotSaved(String),
    /// Whether another program had changed the file, or why it could not be read.
    Checked(Result<bool, String>),
    /// The work broke down (a bug): the session is gone with it.
    Lost,
}

impl VaultJob {
    pub fn work(&self) -> Work {
        match self {
            VaultJob::Save { .. } => Work::SavingChanges,
            VaultJob::Check { .. } => Work::CheckingForChanges,
        }
    }

    /// Runs on a job's thread: the disk work, then the session comes back with the outcome.
    /// A panic loses the session (its contents may be half-changed) but is still reported.
    pub fn run(self) -> (Option<VaultSession>, VaultOutcome) {
        let run = std::panic::AssertUnwindSafe(move || match self {
            VaultJob::Save {
                mut session,
                changes,
            } => {
                let saved = session.modify_vault(|edit| {
                    let mut refused = Vec::new();
                    for change in &changes {
                        if let Err(e) = change.apply(edit.contents, edit.names_hidden) {
                            refused.push(e.to_message());
                        }
                    }
                    Ok::<_, SessionError>(refused)
                });
                let outcome = match saved {
                    Ok(refused) => VaultOutcome::Saved {
                        count: changes.len(),
                        refused,
                    },
                    Err(e) => VaultOutcome::NotSaved(e.to_message()),
                };
                (Some(session), outcome)
            }
            VaultJob::Check { mut session } => {
                let checked = session.refresh().map_err(|e| e.to_message());
                (Some(session), VaultOutcome::Checked(checked))
            }
        });
        std::panic::catch_unwind(run).unwrap_or((None, VaultOutcome::Lost))
    }
}

/// What the status line says about saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus<'a> {
    Saving,
    /// The last save failed, for this reason; the changes are still unsaved.
    Failed(&'a str),
}

pub struct OpenVault {
    /// Tells this vault's jobs from those of a vault open earlier (locked meanwhile).
    id: u64,
    /// `None` while a job has it.
    session: Option<VaultSession>,
    files: VaultFiles,
    shown: VaultContents,
    names_hidden: bool,
    /// Oldest first; the running save has the first `saving` of them.
    unsaved: Vec<Change>,
    saving: usize,
    /// Why the last save failed; no new save starts until a retry or a new change.
    failed: Option<String>,
    /// A look for changes other programs saved is due.
    check_due: bool,
    /// The session went away with a job that broke down: nothing more can be saved.
    lost: bool,
}

impl OpenVault {
    pub fn new(id: u64, session: VaultSession) -> Self {
        let mut vault = OpenVault {
            id,
            files: session.files().clone(),
            names_hidden: session.names_hidden(),
            shown: VaultContents::default(),
            session: Some(session),
            unsaved: Vec::new(),
            saving: 0,
            failed: None,
            check_due: false,
            lost: false,
        };
        vault.show_session();
        vault
    }

    pub fn id(&self) -> u64 {
        self.id
    }

    /// The procedures as the user sees them: saved or not yet.
    pub fn procedures(&self) -> &[Procedure] {
        &self.shown.procedures
    }

    pub fn names_hidden(&self) -> bool {
        self.names_hidden
    }

    /// The vault's files, for jobs that read them with their own unlock (export, QR code).
    pub fn files(&self) -> &VaultFiles {
        &self.files
    }

    /// Whether the vault came from its backup copy on unlock (the file was damaged).
    pub fn restored_from_backup(&self) -> bool {
        self.session
            .as_ref()
            .is_some_and(|s| s.restored_from_backup)
    }

    pub fn status(&self) -> Option<SaveStatus<'_>> {
        if let Some(reason) = &self.failed {
            return Some(SaveStatus::Failed(reason));
        }
        (!self.unsaved.is_empty()).then_some(SaveStatus::Saving)
    }

    /// Whether changes are shown that the file does not hold yet.
    pub fn has_unsaved(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// Whether a change waits for the session to come back from a look (not from its save).
    pub fn waits_for_session(&self) -> bool {
        self.session.is_none() && self.unsaved.len() > self.saving && self.failed.is_none()
    }

    /// Whether nothing more is to be done: every change saved, the session at home.
    pub fn is_settled(&self) -> bool {
        (self.unsaved.is_empty() && self.session.is_some()) || self.lost
    }

    /// Makes `change` on what is shown and queues it for saving. When it fails (a draft that
    /// does not validate) nothing is shown or queued.
    pub fn change(&mut self, change: Change) -> Result<(), ProcedureError> {
        change.apply(&mut self.shown, &mut self.names_hidden)?;
        self.unsaved.push(change);
        // A new change is a new try for the ones that failed before it.
        self.failed = None;
        Ok(())
    }

    /// The session sealed under a new password. Vault jobs wait while a password changes, and
    /// the change waits for the session to be home, so none is away with the old one.
    pub fn replace_session(&mut self, session: VaultSession) {
        self.files = session.files().clone();
        self.session = Some(session);
        self.show_session();
    }

    /// "Try again" after a failed save.
    pub fn retry(&mut self) {
        self.failed = None;
    }

    /// The once-a-second look for other programs' changes.
    pub fn check_for_changes(&mut self) {
        self.check_due = true;
    }

    /// The next job, if one is due and the session is at home: the unsaved changes first,
    /// then the look for others' changes (when `may_check`).
    pub fn next_job(&mut self, may_check: bool) -> Option<VaultJob> {
        if self.lost || self.session.is_none() {
            return None;
        }
        if !self.unsaved.is_empty() && self.failed.is_none() {
            let session = self.session.take()?;
            self.saving = self.unsaved.len();
            return Some(VaultJob::Save {
                session,
                changes: self.unsaved.clone(),
            });
        }
        if self.check_due && may_check {
            self.check_due = false;
            let session = self.session.take()?;
            return Some(VaultJob::Check { session });
        }
        None
    }

    /// The session is back from its job: what was saved leaves the queue, what is shown is
    /// read anew where the file changed. Returns what the status line should say, if anything.
    pub fn back(&mut self, session: Option<VaultSession>, outcome: VaultOutcome) -> Option<String> {
        let Some(session) = session else {
            self.lost = true;
            self.saving = 0;
            self.failed = Some(fl!("win-saving-lost"));
            return None;
        };
        self.session = Some(session);
        let saving = std::mem::take(&mut self.saving);
        match outcome {
            VaultOutcome::Saved { count, refused } => {
                self.unsaved.drain(..count.min(self.unsaved.len()));
                self.failed = None;
                self.show_session();
                refused
                    .into_iter()
                    .next_back()
                    .map(|reason| fl!("win-change-refused", reason = reason))
            }
            VaultOutcome::NotSaved(reason) => {
                // The saved contents are as before: show them with every change on top again.
                self.failed = Some(reason);
                if saving > 0 {
                    self.show_session();
                }
                None
            }
            VaultOutcome::Checked(Ok(changed)) => {
                if changed {
                    self.show_session();
                }
                None
            }
            VaultOutcome::Checked(Err(reason)) => Some(reason),
            VaultOutcome::Lost => None,
        }
    }

    /// The window locks: what is shown goes (the secrets with it); the session stays only as
    /// long as unsaved changes need it, and they get one more try.
    pub fn close(&mut self) {
        self.shown = VaultContents::default();
        self.failed = None;
        self.check_due = false;
    }

    /// Why the last save failed, once closed: then nothing more is tried.
    pub fn failure(&self) -> Option<&str> {
        self.failed.as_deref()
    }

    fn show_session(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let mut shown = VaultContents {
            procedures: session.procedures().to_vec(),
        };
        let mut names_hidden = session.names_hidden();
        for change in &self.unsaved {
            // One that no longer applies to the newest contents is left out of the view; its
            // save says why.
            let _ = change.apply(&mut shown, &mut names_hidden);
        }
        self.shown = shown;
        self.names_hidden = names_hidden;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zweifaktor_core::clock::FakeClock;
    use zweifaktor_core::secret::{Password, SecretBytes};
    use zweifaktor_core::unlock;
    use zweifaktor_core::vault::kdf::KdfParams;

    const PASSWORD: &str = "Richtig-2026";

    fn cheap() -> KdfParams {
        KdfParams {
            memory_kib: 64,
            passes: 1,
            lanes: 1,
        }
    }

    fn procedure(name: &str) -> Procedure {
        Procedure::create(
            ProcedureDraft {
                name: name.into(),
                secret: SecretBytes::new(b"twelve bytes".to_vec()),
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap()
    }

    fn names(procedures: &[Procedure]) -> Vec<&str> {
        procedures.iter().map(|p| p.name.as_str()).collect()
    }

    /// Runs the next job as its thread would and brings the session back.
    fn run_next(vault: &mut OpenVault) -> Option<String> {
        let job = vault.next_job(true).expect("a job is due");
        let (session, outcome) = job.run();
        vault.back(session, outcome)
    }

    #[test]
    fn changes_show_at_once_and_reach_the_file_in_order_while_the_session_is_away() {
        let dir = tempfile::tempdir().unwrap();
        let files = VaultFiles::new(dir.path().join("vault.zweifaktor"));
        let session = unlock::create(&files, &Password::from(PASSWORD), cheap(), false).unwrap();
        let mut vault = OpenVault::new(1, session);
        vault.change(Change::Add(procedure("One"))).unwrap();
        assert_eq!(names(vault.procedures()), ["One"], "shown at once");
        assert_eq!(vault.status(), Some(SaveStatus::Saving));
        let first = vault.next_job(true).expect("a save");
        assert!(vault.next_job(true).is_none(), "one job at a time");
        // Made while the first save runs: shown, and saved after it.
        let two = procedure("Two");
        let two_id = two.id;
        vault.change(Change::Add(two)).unwrap();
        vault.change(Change::Delete(two_id)).unwrap();
        vault.change(Change::Add(procedure("Three"))).unwrap();
        assert_eq!(names(vault.procedures()), ["One", "Three"]);
        assert!(vault.waits_for_session());
        let (session, outcome) = first.run();
        assert_eq!(vault.back(session, outcome), None);
        assert_eq!(names(vault.procedures()), ["One", "Three"], "still shown");
        assert!(vault.has_unsaved(), "the later changes still wait");
        run_next(&mut vault);
        assert!(vault.is_settled());
        assert_eq!(vault.status(), None);
        let saved = unlock::unlock(&files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
        assert_eq!(names(saved.procedures()), ["One", "Three"]);
    }

    #[test]
    fn a_failed_save_keeps_the_change_shown_until_a_retry_saves_it() {
        let dir = tempfile::tempdir().unwrap();
        let files = VaultFiles::new(dir.path().join("vault.zweifaktor"));
        let session = unlock::create(&files, &Password::from(PASSWORD), cheap(), false).unwrap();
        let mut vault = OpenVault::new(1, session);
        // The lock file cannot be opened (a folder stands in its place): every save fails.
        let lock = dir.path().join("vault.zweifaktor.lock");
        std::fs::remove_file(&lock).unwrap();
        std::fs::create_dir(&lock).unwrap();
        vault.change(Change::Add(procedure("One"))).unwrap();
        run_next(&mut vault);
        let Some(SaveStatus::Failed(reason)) = vault.status() else {
            panic!("the failure is said")
        };
        assert!(reason.contains("cannot lock"), "{reason}");
        assert_eq!(names(vault.procedures()), ["One"], "still shown");
        assert!(vault.next_job(true).is_none(), "no endless retries");
        std::fs::remove_dir(&lock).unwrap();
        vault.retry();
        run_next(&mut vault);
        assert_eq!(vault.status(), None);
        let saved = unlock::unlock(&files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
        assert_eq!(names(saved.procedures()), ["One"]);
    }

    #[test]
    fn others_changes_show_under_the_unsaved_ones() {
        let dir = tempfile::tempdir().unwrap();
        let files = VaultFiles::new(dir.path().join("vault.zweifaktor"));
        let session = unlock::create(&files, &Password::from(PASSWORD), cheap(), false).unwrap();
        let mut vault = OpenVault::new(1, session);
        let mut other =
            unlock::unlock(&files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
        other
            .modify(|c| {
                c.procedures.push(procedure("From the command line"));
                Ok::<_, SessionError>(())
            })
            .unwrap();
        vault.check_for_changes();
        vault.change(Change::NamesHidden(true)).unwrap();
        assert!(vault.names_hidden());
        run_next(&mut vault);
        assert_eq!(names(vault.procedures()), ["From the command line"]);
        assert!(vault.names_hidden());
        let saved = unlock::unlock(&files, &Password::from(PASSWORD), &FakeClock::at(0)).unwrap();
        assert!(saved.names_hidden());
        assert_eq!(saved.procedures().len(), 1);
    }
}
