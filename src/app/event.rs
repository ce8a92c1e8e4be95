//! What finished background jobs deliver. `command_handling` applies them, in the same place
//! as the user's commands, to the screen or dialog that started the job.

use std::path::PathBuf;

use super::command::Choose;
use super::export::{ExportFailure, ExportReport, QrFailure, ShownQr};
use super::import::Read;
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
}
