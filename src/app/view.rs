//! What the drawing side reads each frame: the app's state, borrowed read-only. Screens draw
//! from it and push commands; they never change it.

use uuid::Uuid;

use super::announce::Announcement;
use super::focus::FocusRequest;
use super::jobs::{Jobs, Work};
use super::open_vault::SaveStatus;
use super::quick_pick::QuickPick;
use super::screen::Screen;
use super::shortcut::{Shortcut, ShortcutStatus};
use zweifaktor_core::config::Config;
use zweifaktor_core::otp::{Code, seconds_left};
use zweifaktor_core::procedure::Procedure;

pub struct View<'a> {
    /// This frame's time, Unix seconds.
    pub now: u64,
    pub config: &'a Config,
    pub screen: &'a Screen,
    /// Changes whenever another screen is shown (a new unlock screen after a lock, too).
    pub screen_serial: u64,
    /// The procedure in clipboard mode.
    pub clipboard_mode: Option<Uuid>,
    /// Our code on the clipboard, while it is there.
    pub clipboard_content: Option<&'a str>,
    /// The status line's message.
    pub notice: Option<&'a str>,
    /// What screen readers are told now (a new serial: say it).
    pub announcement: Option<&'a Announcement>,
    /// Where the keyboard focus goes (once per serial).
    pub focus: Option<FocusRequest>,
    /// The quick pick, while it is open (drawn instead of the procedures).
    pub quick_pick: Option<&'a QuickPick>,
    /// The global shortcut the settings ask for, and what the system said about it.
    pub shortcut: Option<Shortcut>,
    pub shortcut_status: &'a ShortcutStatus,
    /// Whether the tray icon is shown (Settings say when this desktop has no tray).
    pub tray: super::TrayPresence,
    /// What the desktop's Background portal answered about the start at login (Flatpak).
    pub autostart_answer: Option<&'a str>,
    pub(super) jobs: &'a Jobs,
}

impl View<'_> {
    /// What the screen or dialog with this serial waits for, if anything: its job, or the
    /// work it asked for that waits until the changes shown are saved.
    pub fn work(&self, serial: u64) -> Option<Work> {
        self.jobs
            .shown_work_of(serial)
            .or_else(|| match self.screen {
                Screen::Procedures(s) => s
                    .waiting
                    .as_ref()
                    .filter(|w| w.serial == serial)
                    .map(|w| w.work),
                _ => None,
            })
    }

    /// Whether the unlocked vault's changes are being saved, or why they could not be.
    pub fn save_status(&self) -> Option<SaveStatus<'_>> {
        match self.screen {
            Screen::Procedures(s) => s.vault.status(),
            _ => None,
        }
    }

    pub fn busy(&self, serial: u64) -> bool {
        self.work(serial).is_some()
    }
}

/// A text the app puts into a field the user types in — a file chosen in a dialog, a dropped
/// file's path. The field takes it once: its serial is new each time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldUpdate {
    pub serial: u64,
    pub text: String,
}

/// The code a procedure shows at `now`, and the Unix second at which it stops being valid
/// (HOTP codes stay valid until used: a minute is given).
pub fn current_code(procedure: &Procedure, now: u64) -> Option<(Code, u64)> {
    let generator = procedure.generator()?.ok()?;
    let code = generator.code_at(now);
    let valid_until = match procedure.otp.kind.period() {
        Some(period) => now + u64::from(seconds_left(period, now)),
        None => now + 60,
    };
    Some((code, valid_until))
}
