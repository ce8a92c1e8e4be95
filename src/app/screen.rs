//! The screens and what the app keeps for each: the vault path, why a password is asked, the
//! error to show, the lock countdown, the unlocked session. What the user types into a screen
//! is the drawing side's (`ui`), never kept here.

use std::path::{Path, PathBuf};

use super::dialog::OpenDialog;
use super::view::FieldUpdate;
use zweifaktor_core::lockout::LockoutState;
use zweifaktor_core::vault::session::VaultSession;

pub enum Screen {
    FirstStart(FirstStart),
    SetPassword(SetPassword),
    Unlock(Unlock),
    Procedures(Box<Unlocked>),
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
    pub session: VaultSession,
    pub dialog: Option<OpenDialog>,
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

    /// The screen for a vault file: unlock it, or create it.
    pub fn for_vault(path: &Path) -> Screen {
        if path.exists() {
            Screen::unlock(path.to_path_buf(), false)
        } else {
            Screen::set_password(path.to_path_buf(), PasswordPurpose::NewVault, false)
        }
    }

    /// The error shown on this screen itself (the procedures show theirs in the status line).
    pub fn error_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Screen::FirstStart(s) => Some(&mut s.error),
            Screen::SetPassword(s) => Some(&mut s.error),
            Screen::Unlock(s) => Some(&mut s.error),
            Screen::Procedures(_) => None,
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
