//! The desktop window's state and behaviour, apart from drawing: which screen and dialog is
//! shown, the unlocked vault, the clipboard, the background jobs, the timers, and the one
//! place where commands and finished jobs change all that. It names no drawing type: the
//! `ui` side reads a [`View`] and pushes [`Command`]s.
//!
//! A frame: [`ZweifaktorApp::begin_frame`] (finished jobs applied, timers), the drawing,
//! [`ZweifaktorApp::end_frame`] (the frame's commands applied, the next frame scheduled).

pub mod announce;
mod background;
pub mod clipboard;
pub mod command;
mod command_handling;
pub mod dialog;
pub mod env;
pub mod event;
pub mod export;
pub mod file_dialog;
pub mod focus;
pub mod import;
pub mod import_state;
pub mod jobs;
pub mod messages;
pub mod open_vault;
pub mod quick_pick;
pub mod screen;
pub mod search;
mod settings_saves;
pub mod shortcut;
mod start_at_login;
mod tick;
pub mod tray_menu;
mod vault_changes;
mod vault_saves;
pub mod view;
mod workers;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use crate::fl;
use announce::Announcement;
use clipboard::ClipboardKeeper;
use command::Command;
pub use env::AppEnv;
use focus::FocusRequest;
use jobs::{APP, Jobs};
use open_vault::OpenVault;
use quick_pick::QuickPick;
pub use screen::{PasswordPurpose, Screen};
use settings_saves::SettingsSaves;
use shortcut::ShortcutStatus;
pub use view::{View, current_code};
use zweifaktor_core::config::Config;

/// How long closing the window waits for unsaved changes to reach the disk (a network drive
/// that has gone may never answer; the window is hidden meanwhile).
const EXIT_WAIT: Duration = Duration::from_secs(20);

pub struct ZweifaktorApp {
    env: AppEnv,
    config: Config,
    screen: Screen,
    /// The shown screen's serial number (jobs it starts belong to it).
    screen_serial: u64,
    /// The last serial number given to a screen, dialog or field update.
    last_serial: u64,
    clipboard: ClipboardKeeper,
    /// Our code on the clipboard while it is still there, as of this frame.
    clipboard_shown: Option<Zeroizing<String>>,
    jobs: Jobs,
    /// Vaults locked while changes were unsaved: kept until those are saved (or said lost).
    closing: Vec<OpenVault>,
    settings_saves: SettingsSaves,
    /// The last user input, Unix seconds: for the auto-lock.
    last_input: u64,
    /// When the vault file was last checked for changes made by other programs.
    last_refresh: u64,
    /// A message for the status line (errors of background actions), also shown on the
    /// unlock screen (how work that outlived a lock ended).
    notice: Option<String>,
    /// The latest thing said to screen readers.
    announcement: Option<Announcement>,
    /// Where the keyboard focus should go, once.
    focus: Option<FocusRequest>,
    /// Counts the frames drawn (announcements made before a frame is drawn go together).
    frame: u64,
    /// The quick pick the global shortcut opened (shown once the procedures are).
    quick_pick: Option<QuickPick>,
    /// What the system said about the global shortcut.
    shortcut_status: ShortcutStatus,
    /// Whether the desktop shows our tray icon, as the desktop side last said.
    tray: TrayPresence,
    /// The desktop's Background portal's last answer about the start at login (Flatpak), as
    /// Settings show it.
    autostart_answer: Option<String>,
}

/// Whether the tray icon is shown, as far as the desktop side knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrayPresence {
    /// Not known yet (the tray starts after the first frame).
    #[default]
    Unknown,
    Shown,
    /// This desktop has no tray (or it went away): closing the window quits.
    Missing,
}

impl ZweifaktorApp {
    pub fn new(env: AppEnv) -> Self {
        let config = env.config_store.load();
        let now = env.clock.now_unix();
        let mut app = ZweifaktorApp {
            env,
            config,
            screen: Screen::first_start(None, None),
            screen_serial: 0,
            last_serial: 0,
            clipboard: ClipboardKeeper::default(),
            clipboard_shown: None,
            jobs: Jobs::default(),
            closing: Vec::new(),
            settings_saves: SettingsSaves::default(),
            last_input: now,
            last_refresh: now,
            notice: None,
            announcement: None,
            focus: None,
            frame: 0,
            quick_pick: None,
            shortcut_status: ShortcutStatus::Off,
            tray: TrayPresence::Unknown,
            autostart_answer: None,
        };
        app.refresh_start_at_login();
        if app.wanted_shortcut().is_some() {
            app.shortcut_status = ShortcutStatus::Starting;
        }
        let vault_path = app.vault_path();
        match vault_path {
            // Whether it is there is looked at by a job: the first frame must not wait for a
            // network drive.
            Some(vault_path) => app.look_for_vault(vault_path),
            None => app.show_screen(Screen::first_start(app.env.default_folder.clone(), None)),
        }
        app
    }

    pub fn now(&self) -> u64 {
        self.env.clock.now_unix()
    }

    /// The vault file in use, once one was chosen.
    pub fn vault_path(&self) -> Option<PathBuf> {
        self.env
            .vault_override
            .clone()
            .or_else(|| self.config.vault_path())
    }

    /// True while work runs in the background (a key derivation, a read, a file dialog).
    pub fn is_busy(&self) -> bool {
        self.jobs.any()
    }

    /// The window closes: unsaved changes and settings are saved first (waited for, at most
    /// [`EXIT_WAIT`]; what could not be saved is said on stderr), and no code is left behind on
    /// the clipboard.
    pub fn on_exit(&mut self) {
        self.clipboard.stop(&mut *self.env.clipboard);
        self.close_vault();
        self.forget_orphaned_jobs();
        self.notice = None;
        let deadline = Instant::now() + EXIT_WAIT;
        while self.jobs.any_of(APP) && Instant::now() < deadline {
            for finished in self.jobs.take_finished() {
                self.handle(finished);
            }
            self.start_vault_jobs();
            std::thread::sleep(Duration::from_millis(5));
        }
        if let Some(notice) = self.notice.take() {
            eprintln!("{}", fl!("cli-error", message = notice));
        }
        if self.closing.iter().any(|vault| !vault.is_settled()) {
            let lost = fl!("win-exit-not-saved", seconds = EXIT_WAIT.as_secs());
            eprintln!("{}", fl!("cli-error", message = lost));
        }
    }

    /// Before drawing: the user's input time (auto-lock), finished jobs, the timers.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        self.jobs.set_waker(ctx);
        if ctx.input(|i| !i.events.is_empty() || i.pointer.is_moving()) {
            self.last_input = self.now();
        }
        for finished in self.jobs.take_finished() {
            self.handle(finished);
        }
        self.tick();
        self.forget_orphaned_jobs();
        self.start_vault_jobs();
        // What was said until now is drawn in this frame; what is said later, in the next.
        self.frame += 1;
    }

    /// What the drawing side reads this frame.
    pub fn view(&self) -> View<'_> {
        View {
            now: self.now(),
            config: &self.config,
            screen: &self.screen,
            screen_serial: self.screen_serial,
            clipboard_mode: self.clipboard.mode(),
            clipboard_content: self.clipboard_shown.as_deref().map(String::as_str),
            notice: self.notice.as_deref(),
            announcement: self.announcement.as_ref(),
            focus: self.focus,
            quick_pick: self.quick_pick.as_ref(),
            shortcut: self.wanted_shortcut(),
            shortcut_status: &self.shortcut_status,
            tray: self.tray,
            autostart_answer: self.autostart_answer.as_deref(),
            jobs: &self.jobs,
        }
    }

    /// The desktop side tells whether our tray icon is shown (Settings say when it cannot be).
    pub fn set_tray_presence(&mut self, presence: TrayPresence) {
        self.tray = presence;
    }

    pub fn tray_presence(&self) -> TrayPresence {
        self.tray
    }

    /// Whether closing the window keeps the program running in the tray: the option is on and
    /// the icon is there to come back through.
    pub fn closes_to_tray(&self) -> bool {
        self.config.keep_in_tray && self.tray == TrayPresence::Shown
    }

    /// The saved options the desktop side reads at start (start minimised, …).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// What the tray icon's menu holds now (the desktop side shows it when it changed).
    pub fn tray_menu(&self) -> tray_menu::TrayMenu {
        tray_menu::tray_menu(tray_menu::TrayState::of(&self.screen))
    }

    /// After drawing: the frame's commands, then the next frame's time.
    pub fn end_frame(&mut self, commands: Vec<Command>, ctx: &egui::Context) {
        if !commands.is_empty() {
            // The frame drew the state before the commands: the next one shows their effect.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(command, ctx);
        }
        self.forget_orphaned_jobs();
        self.start_vault_jobs();
        self.schedule_repaint(ctx);
    }

    fn next_serial(&mut self) -> u64 {
        self.last_serial += 1;
        self.last_serial
    }

    /// Shows another screen (with a new serial: what was typed and started is left behind).
    fn show_screen(&mut self, screen: Screen) {
        self.screen = screen;
        self.screen_serial = self.next_serial();
        if let Screen::Unlock(s) = &self.screen {
            // The counter may be in a lock already (wrong passwords before a restart, or in
            // another program): read once, in the background, then counted down by the tick.
            let files = zweifaktor_core::vault::storage::VaultFiles::new(&s.vault_path);
            self.jobs
                .spawn(self.screen_serial, jobs::Work::ReadingLockout, move || {
                    event::Event::Lockout(files.read_attempts())
                });
        }
    }

    /// Shows the "looking for your vault" screen while a job looks whether the vault file and
    /// its folder are there; then the unlock, new-password or first-start screen.
    fn look_for_vault(&mut self, vault_path: PathBuf) {
        self.show_screen(Screen::LookingForVault(screen::LookingForVault {
            vault_path: vault_path.clone(),
        }));
        self.jobs
            .spawn(self.screen_serial, jobs::Work::LookingForVault, move || {
                let found = if vault_path.exists() {
                    event::VaultPlace::Vault
                } else if vault_path.parent().is_some_and(|folder| folder.is_dir()) {
                    event::VaultPlace::NoVault
                } else {
                    event::VaultPlace::NoFolder
                };
                event::Event::VaultLookedFor { vault_path, found }
            });
    }

    /// Whether the screen or dialog with this serial is still shown.
    fn is_shown(&self, serial: u64) -> bool {
        serial == self.screen_serial || self.screen.dialog().is_some_and(|d| d.serial == serial)
    }

    fn forget_orphaned_jobs(&mut self) {
        let screen = self.screen_serial;
        let dialog = self.screen.dialog().map(|d| d.serial);
        self.jobs
            .keep_owners(|owner| owner == screen || Some(owner) == dialog);
    }
}
