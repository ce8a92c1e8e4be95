//! What finished background jobs deliver. `command_handling` applies them, in the same place
//! as the user's commands, to the screen or dialog that started the job.

use std::path::PathBuf;

use super::command::Choose;
use super::export::{ExportFailure, ExportReport, QrFailure, ShownQr};
use super::import::Read;
use super::open_vault::VaultOutcome;
use crate::autostart::AutostartError;
use zweifaktor_core::lockout::LockoutState;
use zweifaktor_core::unlock::UnlockError;
use zweifaktor_core::vault::session::VaultSession;

/// No `Debug`: sessions and reads hold secrets.
pub enum Event {
    /// An unlock ended; with the wrong-password counter as it stands after it (the lock
    /// countdown starts from there).
    Unlocked {
        result: Result<VaultSession, UnlockError>,
        lockout: LockoutState,
    },
    /// A new master password was set (new vault, or after an erase).
    PasswordSet(Result<VaultSession, UnlockError>),
    /// The old password was checked and the vault sealed under the new one.
    PasswordChanged(Result<VaultSession, UnlockError>),
    /// "Forgot password": the secrets were erased (or why not).
    Erased(Result<(), UnlockError>),
    /// The wrong-password counter, read when the unlock screen opened.
    Lockout(LockoutState),
    Exported(Result<ExportReport, ExportFailure>),
    QrDrawn(Result<ShownQr, QrFailure>),
    /// Files, images or a screenshot read for the Import dialog, in order.
    ImportRead(Vec<Read>),
    /// A native file dialog closed: the path chosen, or `None` when cancelled.
    FileChosen {
        purpose: Choose,
        path: Option<PathBuf>,
    },
    /// The unlocked vault `vault` is back from a save or a look for changes; without its
    /// session when the work broke down.
    VaultBack {
        vault: u64,
        session: Option<Box<VaultSession>>,
        outcome: VaultOutcome,
    },
    /// Where the vault file is, as far as could be seen.
    VaultLookedFor {
        vault_path: PathBuf,
        found: VaultPlace,
    },
    /// "Continue" on the first start: the folder chosen, and whether it holds a vault.
    FolderChecked {
        folder: PathBuf,
        existing: bool,
        has_vault: bool,
    },
    /// The autostart entry was written (`on`) or removed, or why not.
    AutostartSet {
        on: bool,
        result: Result<(), AutostartError>,
    },
    /// At start: the autostart entry made to start what this start would (or why not).
    AutostartRefreshed(Result<bool, AutostartError>),
    /// The settings file was saved (or why not).
    SettingsSaved(Result<(), String>),
    /// Whether the clipboard still held the code placed as number `placed`.
    ClipboardLooked {
        placed: u64,
        still_ours: bool,
    },
}

/// What a look for the vault file found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultPlace {
    Vault,
    /// The folder is there, the vault file is not.
    NoVault,
    /// Not even the folder (a network drive not connected, a folder moved).
    NoFolder,
}

impl Event {
    /// Whether the window should draw again for this event at once. A look that found nothing
    /// new waits for the next frame, which comes within a second anyway.
    pub fn changes_the_window(&self) -> bool {
        match self {
            Event::VaultBack {
                session: Some(_),
                outcome: VaultOutcome::Checked(Ok(false)),
                ..
            } => false,
            Event::ClipboardLooked { still_ours, .. } => !still_ours,
            _ => true,
        }
    }
}
