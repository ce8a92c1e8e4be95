//! The one holder of the window's background work. Anything that may take a noticeable moment
//! — a key derivation, reading or decoding a file, a screenshot, a native file dialog — runs on
//! a thread of its own; each frame the finished ones are taken out as [`Event`]s and applied in
//! `command_handling`, the same place where the user's commands change the state.
//!
//! A job belongs to the screen or dialog that started it (its serial number). When that is
//! gone (closed, locked), what the job was doing decides ([`Work::outlives_its_owner`]): a job
//! that only reads or computes something for the screen is forgotten — its thread finishes
//! unheard and its result lands nowhere; a job that writes (a vault save, an export, a new
//! password) or carries the unlocked vault runs to its end and is handed to the app ([`APP`]),
//! which says how it ended on whatever screen is shown then. Nothing is cut off half-way: every
//! file such a job writes appears whole or not at all (an atomic save, a never-replace write).
//! The app's own jobs (settings saves, looks at the clipboard, the folder checks) belong to
//! [`APP`] from the start.

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, OnceLock};

use super::event::Event;
use super::workers::Workers;

/// The owner of the app's own jobs, and of jobs that outlive their screen or dialog; never a
/// screen's or dialog's serial number (those start at 1).
pub const APP: u64 = 0;

/// What a job is doing: the screens say it beside their spinner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// Unlocking: the key derivation and the wrong-password counter.
    CheckingPassword,
    /// A new master password: the key derivation and the first save.
    ProtectingVault,
    /// The old password checked, everything sealed again under the new one.
    ChangingPassword,
    /// "Forgot password": erasing the secrets.
    ErasingSecrets,
    /// The master password checked again, then the export written.
    Exporting,
    /// The master password checked again, then a procedure drawn as a QR code.
    DrawingQr,
    ReadingFile,
    LookingForQrCodes,
    TakingScreenshot,
    /// A native file dialog is open.
    ChoosingFile,
    /// The wrong-password counter read for the lock countdown: too quick to be shown.
    ReadingLockout,
    /// On start: whether the vault file (and its folder) is there.
    LookingForVault,
    /// "Continue" on the first start: whether the chosen folder holds a vault.
    CheckingFolder,
    /// The oldest unsaved changes to the vault, saved (the status line says "Saving…").
    SavingChanges,
    /// The once-a-second look for changes other programs saved to the vault.
    CheckingForChanges,
    SavingSettings,
    /// "Start at login": the autostart entry written or removed.
    SettingAutostart,
    /// Whether the clipboard still holds our code (for the status line).
    LookingAtClipboard,
}

impl Work {
    /// Whether the screen shows it (a spinner, controls disabled meanwhile); one such job at a
    /// time per screen or dialog.
    pub fn is_shown(self) -> bool {
        match self {
            Work::CheckingPassword
            | Work::ProtectingVault
            | Work::ChangingPassword
            | Work::ErasingSecrets
            | Work::Exporting
            | Work::DrawingQr
            | Work::ReadingFile
            | Work::LookingForQrCodes
            | Work::TakingScreenshot
            | Work::ChoosingFile
            | Work::LookingForVault
            | Work::CheckingFolder => true,
            Work::ReadingLockout
            | Work::SavingChanges
            | Work::CheckingForChanges
            | Work::SavingSettings
            | Work::SettingAutostart
            | Work::LookingAtClipboard => false,
        }
    }

    /// Whether the job runs to its end after its screen or dialog is gone (a lock, an erase):
    /// it writes something the user asked for — cut off, the user would not know what became
    /// of it — or it carries the unlocked vault, whose unsaved changes still need it. Reads,
    /// QR codes, screenshots and file dialogs are dropped with their screen.
    pub fn outlives_its_owner(self) -> bool {
        matches!(
            self,
            Work::ProtectingVault
                | Work::ChangingPassword
                | Work::ErasingSecrets
                | Work::Exporting
                | Work::SavingChanges
                | Work::CheckingForChanges
                | Work::SavingSettings
                | Work::SettingAutostart
        )
    }
}

struct Running {
    owner: u64,
    work: Work,
    receiver: Receiver<Event>,
}

/// A job that ended: its owner, what it did, and its result, or why there is none.
pub struct Finished {
    pub owner: u64,
    pub work: Work,
    pub outcome: Result<Event, JobLost>,
}

/// The background work ended without a result (a panic in the work).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the background work stopped unexpectedly; please try again")]
pub struct JobLost;

#[derive(Default)]
pub struct Jobs {
    running: Vec<Running>,
    /// The window to wake when a job ends; known from the first frame on (a job started
    /// before it is polled in that frame).
    waker: Arc<OnceLock<egui::Context>>,
    /// The threads the jobs run on.
    workers: Workers,
}

impl Jobs {
    /// The window's context, to wake it when a job ends.
    pub fn set_waker(&self, ctx: &egui::Context) {
        let _ = self.waker.set(ctx.clone());
    }

    /// Runs `job` on a thread of its own for `owner` ([`Workers`]); the window is woken (repainted) when it is done,
    /// unless its event says that nothing changed ([`Event::changes_the_window`]: the next
    /// frame takes it). Shown work is refused (returns false) while the owner already waits
    /// for shown work: one thing at a time per screen or dialog, as its disabled buttons say.
    pub fn spawn(
        &mut self,
        owner: u64,
        work: Work,
        job: impl FnOnce() -> Event + Send + 'static,
    ) -> bool {
        if work.is_shown() && self.shown_work_of(owner).is_some() {
            return false;
        }
        let (sender, receiver) = mpsc::channel();
        let waker = Arc::clone(&self.waker);
        self.workers.run(move || {
            let event = job();
            // A frame a second is the idle window's whole cost: a look that found nothing new
            // must not add a second one.
            let wake = event.changes_the_window();
            // The receiver is gone when the owner was closed meanwhile: nobody to tell.
            let _ = sender.send(event);
            if wake && let Some(ctx) = waker.get() {
                ctx.request_repaint();
            }
        });
        self.running.push(Running {
            owner,
            work,
            receiver,
        });
        true
    }

    /// The jobs that ended since the last call, in the order they were started.
    pub fn take_finished(&mut self) -> Vec<Finished> {
        let mut finished = Vec::new();
        self.running.retain(|job| {
            let outcome = match job.receiver.try_recv() {
                Ok(event) => Ok(event),
                Err(TryRecvError::Empty) => return true,
                Err(TryRecvError::Disconnected) => Err(JobLost),
            };
            finished.push(Finished {
                owner: job.owner,
                work: job.work,
                outcome,
            });
            false
        });
        finished
    }

    /// What `owner` waits for, if it waits for something it shows.
    pub fn shown_work_of(&self, owner: u64) -> Option<Work> {
        self.running
            .iter()
            .find(|job| job.owner == owner && job.work.is_shown())
            .map(|job| job.work)
    }

    /// Whether any job runs (tests wait for this; the window keeps repainting meanwhile).
    pub fn any(&self) -> bool {
        !self.running.is_empty()
    }

    /// Whether a job of `owner` runs.
    pub fn any_of(&self, owner: u64) -> bool {
        self.running.iter().any(|job| job.owner == owner)
    }

    /// Whether a job doing `work` runs, whoever started it.
    pub fn doing(&self, work: Work) -> bool {
        self.running.iter().any(|job| job.work == work)
    }

    /// For owners no longer shown: forgets their jobs, except those that outlive their owner,
    /// which the app takes over.
    pub fn keep_owners(&mut self, alive: impl Fn(u64) -> bool) {
        self.running.retain_mut(|job| {
            if job.owner == APP || alive(job.owner) {
                return true;
            }
            job.owner = APP;
            job.work.outlives_its_owner()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn wait_for(jobs: &mut Jobs) -> Vec<Finished> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let finished = jobs.take_finished();
            if !finished.is_empty() || Instant::now() > deadline {
                return finished;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    #[test]
    fn a_result_reaches_its_owner_and_a_panic_is_reported_not_waited_for() {
        let mut jobs = Jobs::default();
        assert!(jobs.spawn(7, Work::ReadingFile, || Event::Lockout(Default::default())));
        assert!(
            !jobs.spawn(7, Work::ReadingFile, || panic!("not started")),
            "one shown job per owner"
        );
        assert_eq!(jobs.shown_work_of(7), Some(Work::ReadingFile));
        let finished = wait_for(&mut jobs);
        assert_eq!(finished.len(), 1);
        assert_eq!(finished[0].owner, 7);
        assert_eq!(finished[0].work, Work::ReadingFile);
        assert!(matches!(finished[0].outcome, Ok(Event::Lockout(_))));
        assert!(!jobs.any());

        jobs.spawn(8, Work::TakingScreenshot, || panic!("a broken library"));
        let finished = wait_for(&mut jobs);
        assert!(matches!(finished[0].outcome, Err(JobLost)));
    }

    #[test]
    fn a_closed_owners_job_is_forgotten() {
        let mut jobs = Jobs::default();
        let (release, held) = mpsc::channel::<()>();
        jobs.spawn(3, Work::TakingScreenshot, move || {
            let _ = held.recv();
            Event::Lockout(Default::default())
        });
        jobs.keep_owners(|owner| owner != 3);
        assert!(!jobs.any(), "nothing left to wait for");
        release.send(()).unwrap();
        std::thread::sleep(Duration::from_millis(50));
        assert!(jobs.take_finished().is_empty(), "its result lands nowhere");
    }

    #[test]
    fn a_writing_job_outlives_its_closed_owner_and_reports_to_the_app() {
        let mut jobs = Jobs::default();
        let (release, held) = mpsc::channel::<()>();
        jobs.spawn(4, Work::Exporting, move || {
            let _ = held.recv();
            Event::Lockout(Default::default())
        });
        jobs.spawn(
            4,
            Work::SavingChanges,
            || Event::Lockout(Default::default()),
        );
        jobs.keep_owners(|owner| owner != 4);
        assert!(jobs.any_of(APP), "taken over by the app");
        assert!(!jobs.any_of(4));
        assert_eq!(jobs.shown_work_of(APP), Some(Work::Exporting));
        assert!(
            jobs.spawn(APP, Work::SavingSettings, || Event::Lockout(
                Default::default()
            )),
            "work that is not shown is never refused"
        );
        release.send(()).unwrap();
        let mut owners = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(10);
        while owners.len() < 3 && Instant::now() < deadline {
            owners.extend(jobs.take_finished().into_iter().map(|f| f.owner));
            std::thread::sleep(Duration::from_millis(2));
        }
        assert_eq!(owners, [APP, APP, APP]);
    }
}
