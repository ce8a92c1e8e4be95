//! The screens and what the app keeps for each: the vault path, why a password is asked, the
//! error to show, the lock countdown, the unlocked vault. What the user types into a screen
//! is the drawing side's (`ui`), never kept here.

use std::path::PathBuf;

use super::command::Command;
use super::dialog::OpenDialog;
use super::event::VaultPlace;
use super::jobs::Work;
use super::open_vault::OpenVault;
use super::view::FieldUpdate;
use zweifaktor_core::lockout::LockoutState;
use zweifaktor_core::procedure::Procedure;

pub enum Screen {
    /// On start, while a job looks whether the vault (and its folder) is there: on a network
    /// drive that may take a while.
    LookingForVault(LookingForVault),
    FirstStart(FirstStart),
    SetPassword(SetPassword),
    Unlock(Unlock),
    Procedures(Box<Unlocked>),
}

pub struct LookingForVault {
    pub vault_path: PathBuf,
}

/// First start: a first installation or an update of an existing one.
pub struct FirstStart {
    /// Offered for a first installation.
    pub default_folder: Option<PathBuf>,
    pub error: Option<String>,
    /// A folder chosen in the folder dialog, for the folder field.
    pub chosen_folder: Option<FieldUpdate>,
}

/// Why the set-password screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordPurpose {
    NewVault,
    /// The secrets were erased (too many wrong passwords, or a confirmed reset).
    AfterErase,
}

pub struct SetPassword {
    pub vault_path: PathBuf,
    pub purpose: PasswordPurpose,
    /// The erase happened just now, at the 10th wrong password.
    pub erased_now: bool,
    pub error: Option<String>,
}

pub struct Unlock {
    pub vault_path: PathBuf,
    pub error: Option<String>,
    /// Shown after a lock: why the procedures are gone.
    pub locked_notice: bool,
    /// The wrong-password counter as last read (on opening, after each attempt).
    pub lockout: LockoutState,
    /// Seconds the vault stays locked, as of this frame (the tick counts it down).
    pub locked_for: u64,
}

/// The procedures, and the dialog open over them.
pub struct Unlocked {
    pub vault: OpenVault,
    pub dialog: Option<OpenDialog>,
    /// What a dialog asked for that reads the vault file with its own unlock (an export, a QR
    /// code, a new password): it starts once the changes shown are saved.
    pub waiting: Option<Waiting>,
}

/// A dialog's command held back until the changes shown are saved.
pub struct Waiting {
    pub serial: u64,
    /// What it will do: the dialog shows it meanwhile, as if it ran already.
    pub work: Work,
    pub command: Command,
}

impl Unlocked {
    /// The procedures as the user sees them, changes not yet saved included.
    pub fn procedures(&self) -> &[Procedure] {
        self.vault.procedures()
    }

    pub fn names_hidden(&self) -> bool {
        self.vault.names_hidden()
    }
}

impl Screen {
    /// The first-start question.
    pub fn first_start(default_folder: Option<PathBuf>, error: Option<String>) -> Screen {
        Screen::FirstStart(FirstStart {
            default_folder,
            error,
            chosen_folder: None,
        })
    }

    pub fn set_password(vault_path: PathBuf, purpose: PasswordPurpose, erased_now: bool) -> Screen {
        Screen::SetPassword(SetPassword {
            vault_path,
            purpose,
            erased_now,
            error: None,
        })
    }

    pub fn unlock(vault_path: PathBuf, locked_notice: bool) -> Screen {
        Screen::Unlock(Unlock {
            vault_path,
            error: None,
            locked_notice,
            lockout: LockoutState::default(),
            locked_for: 0,
        })
    }

    /// The screen for a vault file, by what a look found there: unlock it, or create it.
    pub fn for_vault(path: PathBuf, found: VaultPlace) -> Screen {
        match found {
            VaultPlace::Vault => Screen::unlock(path, false),
            VaultPlace::NoVault | VaultPlace::NoFolder => {
                Screen::set_password(path, PasswordPurpose::NewVault, false)
            }
        }
    }

    /// The error shown on this screen itself (the procedures show theirs in the status line).
    pub fn error_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Screen::FirstStart(s) => Some(&mut s.error),
            Screen::SetPassword(s) => Some(&mut s.error),
            Screen::Unlock(s) => Some(&mut s.error),
            Screen::LookingForVault(_) | Screen::Procedures(_) => None,
        }
    }

    /// The dialog open over the procedures, if any.
    pub fn dialog(&self) -> Option<&OpenDialog> {
        match self {
            Screen::Procedures(s) => s.dialog.as_ref(),
            _ => None,
        }
    }

    pub fn dialog_mut(&mut self) -> Option<&mut OpenDialog> {
        match self {
            Screen::Procedures(s) => s.dialog.as_mut(),
            _ => None,
        }
    }
}
