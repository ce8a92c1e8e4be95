//! The desktop window's state and behaviour, apart from drawing: which screen is shown, the
//! unlocked vault, the clipboard, the timers (codes, lock countdown, auto-lock, changes made by
//! other programs), and the one place where queued [`Command`]s change all that.

pub mod clipboard;
pub mod command;
pub mod export;
pub mod import;
pub mod job;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use uuid::Uuid;

use crate::ui::{self, sentence};
use clipboard::{Clipboard, ClipboardKeeper};
use command::Command;
use job::Job;
use zweifaktor_core::clock::Clock;
use zweifaktor_core::config::{self, Config, ConfigStore};
use zweifaktor_core::flow;
use zweifaktor_core::otp::{Code, seconds_left};
use zweifaktor_core::procedure::{Procedure, ProcedureError};
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock::{self, UnlockError};
use zweifaktor_core::vault::kdf::KdfParams;
use zweifaktor_core::vault::session::{SessionError, VaultSession};
use zweifaktor_core::vault::storage::VaultFiles;
use zweifaktor_core::vault::{self, Added};

/// What the window is given from outside: injected so tests run on a fake clock and clipboard.
pub struct AppEnv {
    pub clock: Arc<dyn Clock>,
    pub clipboard: Box<dyn Clipboard>,
    pub config_store: ConfigStore,
    /// `--vault PATH` or `ZWEIFAKTOR_VAULT`: skips the first-start question.
    pub vault_override: Option<PathBuf>,
    /// The key-derivation cost for new passwords (tests use a cheap one).
    pub kdf: KdfParams,
    /// Offered on first start for a new vault: the user's data folder.
    pub default_folder: Option<PathBuf>,
    /// How "Scan screen" takes its picture ([`import::system_screen`]; tests hold theirs back).
    pub screen_capture: import::ScreenCapture,
}

/// Why the set-password screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordPurpose {
    NewVault,
    /// The secrets were erased (too many wrong passwords, or a confirmed reset).
    AfterErase,
}

pub enum Screen {
    FirstStart(ui::first_start::FirstStartScreen),
    SetPassword(ui::set_password::SetPasswordScreen),
    Unlock(ui::unlock::UnlockScreen),
    Procedures(Box<ui::procedures::ProceduresScreen>),
}

/// A job's result: the session it opened, or why not.
pub type SessionJob = Job<Result<VaultSession, UnlockError>>;

pub struct ZweifaktorApp {
    pub env: AppEnv,
    pub config: Config,
    pub screen: Screen,
    pub clipboard: ClipboardKeeper,
    /// The last user input, Unix seconds: for the auto-lock.
    last_input: u64,
    /// When the vault file was last checked for changes made by other programs.
    last_refresh: u64,
    commands: Vec<Command>,
    /// A message for the status line (errors of background actions).
    pub notice: Option<String>,
}

impl ZweifaktorApp {
    pub fn new(env: AppEnv) -> Self {
        let config = env.config_store.load();
        let now = env.clock.now_unix();
        let screen = match (&env.vault_override, &config.vault_folder) {
            (Some(path), _) => screen_for_vault(path),
            // A chosen folder that is gone (moved, or a network drive not connected) must not
            // silently become a new, empty vault.
            (None, Some(folder)) if !folder.is_dir() => {
                let mut screen = ui::first_start::FirstStartScreen::new(Some(folder.clone()));
                screen.error = Some(format!(
                    "The storage folder {} cannot be found (moved, or a drive not connected?). \
                     Connect it and restart Zweifaktor, or choose the folder that holds your vault.",
                    folder.display()
                ));
                Screen::FirstStart(screen)
            }
            (None, Some(folder)) => screen_for_vault(&folder.join(config::VAULT_FILE_NAME)),
            (None, None) => Screen::FirstStart(ui::first_start::FirstStartScreen::new(
                env.default_folder.clone(),
            )),
        };
        ZweifaktorApp {
            env,
            config,
            screen,
            clipboard: ClipboardKeeper::default(),
            last_input: now,
            last_refresh: now,
            commands: Vec::new(),
            notice: None,
        }
    }

    pub fn now(&self) -> u64 {
        self.env.clock.now_unix()
    }

    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The vault file in use, once one was chosen.
    pub fn vault_path(&self) -> Option<PathBuf> {
        self.env
            .vault_override
            .clone()
            .or_else(|| self.config.vault_path())
    }

    /// True while work runs in the background (a key derivation, an import's read).
    pub fn is_busy(&self) -> bool {
        match &self.screen {
            Screen::Unlock(s) => s.job.is_some(),
            Screen::SetPassword(s) => s.job.is_some(),
            Screen::Procedures(s) => match &s.dialog {
                Some(ui::procedures::Dialog::ChangePassword(d)) => d.job.is_some(),
                Some(ui::procedures::Dialog::Export(d)) => d.job.is_some(),
                Some(ui::procedures::Dialog::ShowQr(d)) => d.job.is_some(),
                Some(ui::procedures::Dialog::Import(d)) => d.is_busy(),
                _ => false,
            },
            Screen::FirstStart(_) => false,
        }
    }

    /// The window closes: never leave a code behind on the clipboard.
    pub fn on_exit(&mut self) {
        self.clipboard.stop(&mut *self.env.clipboard);
    }

    /// One frame: timers and background results, then the screen, then the queued commands.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| !i.events.is_empty() || i.pointer.is_moving()) {
            self.last_input = self.now();
        }
        self.tick();
        ui::show(self, ui);
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(command, &ctx);
        }
        self.schedule_repaint(&ctx);
    }

    /// Everything time-driven: finished background jobs, the auto-lock, expired clipboard
    /// content, clipboard mode's next code, and changes other programs saved.
    fn tick(&mut self) {
        let now = self.now();
        self.poll_jobs();
        if let Screen::Procedures(_) = self.screen {
            if let Some(minutes) = self.config.auto_lock_minutes
                && now >= self.last_input + u64::from(minutes) * 60
            {
                self.lock();
                return;
            }
            if now > self.last_refresh {
                self.last_refresh = now;
                self.refresh_from_disk();
            }
        }
        self.update_clipboard(now);
    }

    fn poll_jobs(&mut self) {
        self.poll_password_change();
        self.poll_export();
        self.poll_qr();
        if let Screen::Procedures(s) = &mut self.screen
            && let Some(ui::procedures::Dialog::Import(d)) = &mut s.dialog
        {
            d.poll(s.session.procedures());
        }
        let finished = match &mut self.screen {
            Screen::Unlock(s) => s.job.as_ref().and_then(Job::poll),
            Screen::SetPassword(s) => s.job.as_ref().and_then(Job::poll),
            _ => None,
        };
        let message = match finished {
            None => return,
            Some(Ok(Ok(session))) => return self.open(session),
            Some(Ok(Err(e @ (UnlockError::ErasedNow | UnlockError::SecretsErased)))) => {
                return self.ask_for_new_password(matches!(e, UnlockError::ErasedNow));
            }
            Some(Ok(Err(error))) => unlock_message(&error),
            Some(Err(lost)) => lost.to_string(),
        };
        match &mut self.screen {
            Screen::Unlock(s) => {
                s.job = None;
                s.show_error(message);
            }
            Screen::SetPassword(s) => {
                s.job = None;
                s.error = Some(message);
            }
            _ => {}
        }
    }

    /// The secrets are gone: a new password, then the procedures can be enrolled again.
    fn ask_for_new_password(&mut self, erased_now: bool) {
        self.clipboard.stop(&mut *self.env.clipboard);
        let path = self.vault_path().unwrap_or_default();
        let mut screen =
            ui::set_password::SetPasswordScreen::new(path, PasswordPurpose::AfterErase);
        screen.erased_now = erased_now;
        self.screen = Screen::SetPassword(screen);
    }

    /// A session opened (unlock, new vault, new password): show the procedures.
    fn open(&mut self, session: VaultSession) {
        let mut notice = None;
        if session.restored_from_backup {
            notice = Some(
                "The vault file was damaged; its backup copy was restored (the damaged file is kept as .damaged)."
                    .to_owned(),
            );
        }
        self.last_input = self.now();
        self.last_refresh = self.now();
        self.screen = Screen::Procedures(Box::new(ui::procedures::ProceduresScreen::new(session)));
        self.notice = notice;
    }

    /// Forgets the key and the secrets (dropping the session zeroizes them) and clears our
    /// code from the clipboard.
    pub fn lock(&mut self) {
        self.clipboard.stop(&mut *self.env.clipboard);
        if let Some(path) = self.vault_path() {
            let mut screen = ui::unlock::UnlockScreen::new(path);
            screen.locked_notice = true;
            self.screen = Screen::Unlock(screen);
        }
        self.notice = None;
    }

    fn refresh_from_disk(&mut self) {
        if let Screen::Procedures(s) = &mut self.screen
            && let Err(e) = s.session.refresh()
        {
            self.notice = Some(e.to_string());
        }
    }

    /// Clipboard mode: the current code of the chosen procedure is always on the clipboard;
    /// anything we placed is cleared once it is no longer valid.
    fn update_clipboard(&mut self, now: u64) {
        let clipboard = &mut *self.env.clipboard;
        if let (Some(id), Screen::Procedures(s)) = (self.clipboard.mode(), &self.screen) {
            let wanted = s
                .session
                .procedures()
                .iter()
                .find(|p| p.id == id)
                .and_then(|p| current_code(p, now));
            match wanted {
                Some((code, valid_until)) => {
                    if self.clipboard.current() != Some(code.as_str())
                        && let Err(e) = self.clipboard.place(clipboard, code.as_str(), valid_until)
                    {
                        self.notice = Some(format!("Cannot use the clipboard: {e}"));
                    }
                    return;
                }
                None => self.clipboard.stop(clipboard),
            }
        }
        self.clipboard.expire(clipboard, now);
    }

    /// Repaint when something will change: the next second (codes and countdowns), the
    /// auto-lock deadline, or the end of a background job. Otherwise only on input.
    fn schedule_repaint(&self, ctx: &egui::Context) {
        // A few milliseconds past the boundary, so the new second is surely there.
        let next_second = Duration::from_millis(self.env.clock.millis_to_next_second() + 5);
        match &self.screen {
            Screen::Procedures(_) => ctx.request_repaint_after(next_second),
            Screen::Unlock(s) if s.job.is_some() || s.locked_for > 0 => {
                ctx.request_repaint_after(if s.job.is_some() {
                    Duration::from_millis(100)
                } else {
                    next_second
                })
            }
            Screen::SetPassword(s) if s.job.is_some() => {
                ctx.request_repaint_after(Duration::from_millis(100))
            }
            _ => {}
        }
    }

    /// The one place where commands change the state.
    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::FirstInstallation(folder) => self.choose_folder(folder, false),
            Command::ExistingInstallation(folder) => self.choose_folder(folder, true),
            Command::ChooseStorageAgain => {
                self.screen = Screen::FirstStart(ui::first_start::FirstStartScreen::new(
                    self.config
                        .vault_folder
                        .clone()
                        .or_else(|| self.env.default_folder.clone()),
                ));
            }
            Command::SetPassword(password) => self.set_password(password, ctx),
            Command::Unlock(password) => self.start_unlock(password, ctx),
            Command::ForgotPassword => {
                let Some(path) = self.vault_path() else {
                    return;
                };
                match unlock::erase_secrets(&VaultFiles::new(&path)) {
                    Ok(()) => {
                        self.screen = Screen::SetPassword(ui::set_password::SetPasswordScreen::new(
                            path,
                            PasswordPurpose::AfterErase,
                        ))
                    }
                    Err(e) => {
                        if let Screen::Unlock(s) = &mut self.screen {
                            s.show_error(unlock_message(&e));
                        }
                    }
                }
            }
            Command::Lock => self.lock(),
            Command::SaveProcedure(id, draft) => self.save_procedure(id, draft),
            Command::DeleteProcedure(id) => {
                if self.clipboard.mode() == Some(id) {
                    self.clipboard.stop(&mut *self.env.clipboard);
                }
                self.change_vault(|c| {
                    c.procedures.retain(|p| p.id != id);
                    Ok(())
                });
            }
            Command::CopyCode(id) => self.copy_code(id),
            Command::ImportProcedures(drafts) => {
                let now = self.now();
                let done = self.change_vault(|c| flow::import::add_imported(c, drafts, now));
                if let Some(count) = done {
                    self.notice = Some(format!("Imported {count} procedures."));
                }
            }
            Command::ToggleClipboardMode(id) => {
                if self.clipboard.mode() == Some(id) {
                    self.clipboard.stop(&mut *self.env.clipboard);
                } else {
                    self.clipboard.set_mode(Some(id));
                    self.update_clipboard(self.now());
                }
            }
            Command::ChangePassword { old, new } => self.change_password(old, new, ctx),
            Command::SetNamesHidden(hidden) => {
                if let Screen::Procedures(s) = &mut self.screen
                    && let Err(e) = s.session.set_names_hidden(hidden)
                {
                    self.notice = Some(e.to_string());
                }
            }
            Command::SetAutoLock(minutes) => self.update_config(|c| c.auto_lock_minutes = minutes),
            Command::SetClipboardClearDelay(seconds) => {
                self.update_config(|c| c.clipboard_clear_delay_seconds = seconds)
            }
            Command::SetTextScale(scale) => {
                self.update_config(|c| c.text_scale = scale.clamp(0.75, 2.5))
            }
            Command::SetHighContrast(on) => self.update_config(|c| c.high_contrast = on),
            Command::Export(request) => self.start_export(request, ctx),
            Command::ShowQr { id, master } => self.start_qr(id, master, ctx),
            Command::PasteImageForImport => {
                let image = self.env.clipboard.get_image();
                if let Screen::Procedures(s) = &mut self.screen
                    && let Some(ui::procedures::Dialog::Import(d)) = &mut s.dialog
                {
                    d.add_clipboard_image(image, ctx);
                }
            }
            Command::ScanScreenForImport => {
                if let Screen::Procedures(s) = &mut self.screen
                    && let Some(ui::procedures::Dialog::Import(d)) = &mut s.dialog
                {
                    d.scan_screen(self.env.screen_capture.clone(), ctx);
                }
            }
            Command::OpenStorageFolder => {
                if let Some(folder) = self.vault_path().as_deref().and_then(Path::parent) {
                    ctx.open_url(egui::OpenUrl::new_tab(format!(
                        "file://{}",
                        folder.display()
                    )));
                }
            }
        }
    }

    fn update_config(&mut self, change: impl FnOnce(&mut Config)) {
        change(&mut self.config);
        if let Err(e) = self.env.config_store.save(&self.config) {
            self.notice = Some(format!("The settings could not be saved: {e}"));
        }
    }

    fn choose_folder(&mut self, folder: PathBuf, existing: bool) {
        let vault_path = folder.join(config::VAULT_FILE_NAME);
        if existing && !vault_path.exists() {
            if let Screen::FirstStart(s) = &mut self.screen {
                s.error = Some(format!(
                    "There is no Zweifaktor vault in {}. Choose the folder that holds {}.",
                    folder.display(),
                    config::VAULT_FILE_NAME
                ));
            }
            return;
        }
        self.update_config(|c| c.vault_folder = Some(folder));
        self.screen = screen_for_vault(&vault_path);
    }

    fn set_password(&mut self, password: Password, ctx: &egui::Context) {
        let Screen::SetPassword(screen) = &mut self.screen else {
            return;
        };
        let files = VaultFiles::new(&screen.vault_path);
        let clock = self.env.clock.clone();
        let kdf = self.env.kdf;
        let purpose = screen.purpose;
        screen.error = None;
        screen.job = Some(Job::spawn(
            move || match purpose {
                PasswordPurpose::NewVault => unlock::create(&files, &password, kdf, false),
                PasswordPurpose::AfterErase => unlock::start_over(&files, &password, kdf, &*clock),
            },
            ctx,
        ));
    }

    fn start_unlock(&mut self, password: Password, ctx: &egui::Context) {
        let Screen::Unlock(screen) = &mut self.screen else {
            return;
        };
        if screen.job.is_some() {
            return;
        }
        let files = VaultFiles::new(&screen.vault_path);
        let clock = self.env.clock.clone();
        screen.error = None;
        screen.job = Some(Job::spawn(
            move || unlock::unlock(&files, &password, &*clock),
            ctx,
        ));
    }

    /// Applies a change to the vault (locked read-modify-write); errors go to the status line.
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
                self.notice = Some(e.to_string());
                None
            }
        }
    }

    fn save_procedure(
        &mut self,
        id: Option<Uuid>,
        draft: zweifaktor_core::procedure::ProcedureDraft,
    ) {
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
        if let (Some(_), Screen::Procedures(s)) = (saved, &mut self.screen) {
            s.dialog = None;
        }
    }

    fn copy_code(&mut self, id: Uuid) {
        let Screen::Procedures(s) = &self.screen else {
            return;
        };
        let now = self.now();
        let Some((code, valid_until)) = s
            .session
            .procedures()
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| current_code(p, now))
        else {
            return;
        };
        // A plain copy is one copy: it does not follow new codes, and ends clipboard mode.
        self.clipboard.set_mode(None);
        let clear_at = valid_until + u64::from(self.config.clipboard_clear_delay_seconds);
        if let Err(e) = self
            .clipboard
            .place(&mut *self.env.clipboard, code.as_str(), clear_at)
        {
            self.notice = Some(format!("Cannot use the clipboard: {e}"));
        }
    }

    /// Checks the old password (like any unlock: a wrong one counts) and re-encrypts under the
    /// new one, both in the background: two key derivations would freeze the window.
    fn change_password(&mut self, old: Password, new: Password, ctx: &egui::Context) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(ui::procedures::Dialog::ChangePassword(dialog)) = &mut s.dialog else {
            return;
        };
        let files = s.session.files().clone();
        let clock = self.env.clock.clone();
        let kdf = self.env.kdf;
        dialog.error = None;
        dialog.job = Some(Job::spawn(
            move || {
                let mut session = unlock::unlock(&files, &old, &*clock)?;
                session.change_password(&new, kdf)?;
                Ok(session)
            },
            ctx,
        ));
    }

    fn poll_password_change(&mut self) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(ui::procedures::Dialog::ChangePassword(dialog)) = &mut s.dialog else {
            return;
        };
        let Some(result) = dialog.job.as_ref().and_then(Job::poll) else {
            return;
        };
        dialog.job = None;
        match result {
            Ok(Ok(session)) => {
                s.session = session;
                s.dialog = None;
                self.notice = Some("The password was changed.".to_owned());
            }
            Ok(Err(e @ (UnlockError::ErasedNow | UnlockError::SecretsErased))) => {
                self.ask_for_new_password(matches!(e, UnlockError::ErasedNow));
            }
            Ok(Err(UnlockError::WrongPassword { attempts_left, .. })) => {
                dialog.error = Some(format!(
                    "The current password is wrong. {attempts_left} more wrong attempts and the secrets are erased."
                ));
            }
            Ok(Err(e)) => dialog.error = Some(unlock_message(&e)),
            Err(lost) => dialog.error = Some(lost.to_string()),
        }
    }
}

impl ZweifaktorApp {
    /// Checks the master password and writes the export, in the background.
    fn start_export(&mut self, request: export::ExportRequest, ctx: &egui::Context) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(ui::procedures::Dialog::Export(dialog)) = &mut s.dialog else {
            return;
        };
        if dialog.job.is_some() {
            return;
        }
        let files = s.session.files().clone();
        let clock = self.env.clock.clone();
        let kdf = self.env.kdf;
        dialog.error = None;
        dialog.job = Some(Job::spawn(
            move || flow::export::export_vault_to_file(&files, request, &*clock, kdf),
            ctx,
        ));
    }

    fn poll_export(&mut self) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(ui::procedures::Dialog::Export(dialog)) = &mut s.dialog else {
            return;
        };
        let Some(result) = dialog.job.as_ref().and_then(Job::poll) else {
            return;
        };
        dialog.job = None;
        let failure = match result {
            Ok(Ok(report)) => {
                self.notice = Some(format!(
                    "Exported {} procedures to {}.",
                    report.included.len(),
                    report.path.display()
                ));
                dialog.report = Some(report);
                return;
            }
            Ok(Err(failure)) => failure,
            Err(lost) => return dialog.error = Some(sentence(&lost.to_string())),
        };
        dialog.error = Some(match failure {
            export::ExportFailure::Unlock(
                e @ (UnlockError::ErasedNow | UnlockError::SecretsErased),
            ) => {
                return self.ask_for_new_password(matches!(e, UnlockError::ErasedNow));
            }
            export::ExportFailure::Unlock(e) => master_password_message(&e),
            export::ExportFailure::Nothing { format, left_out } => {
                let mut message = format!(
                    "No procedure can be exported in this format ({format}); nothing was written."
                );
                for left in left_out {
                    message.push_str(&format!("\n{}: {}", left.name, left.reason));
                }
                message
            }
            other => sentence(&other.to_string()),
        });
    }

    /// Checks the master password and draws the QR code, in the background.
    fn start_qr(&mut self, id: Uuid, master: Password, ctx: &egui::Context) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(ui::procedures::Dialog::ShowQr(dialog)) = &mut s.dialog else {
            return;
        };
        if dialog.job.is_some() {
            return;
        }
        let files = s.session.files().clone();
        let clock = self.env.clock.clone();
        dialog.error = None;
        dialog.job = Some(Job::spawn(
            move || flow::qr::shown(&files, id, &master, &*clock),
            ctx,
        ));
    }

    fn poll_qr(&mut self) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(ui::procedures::Dialog::ShowQr(dialog)) = &mut s.dialog else {
            return;
        };
        let Some(result) = dialog.job.as_ref().and_then(Job::poll) else {
            return;
        };
        dialog.job = None;
        match result {
            Ok(Ok(shown)) => dialog.show(shown),
            Ok(Err(export::QrFailure::Unlock(
                e @ (UnlockError::ErasedNow | UnlockError::SecretsErased),
            ))) => self.ask_for_new_password(matches!(e, UnlockError::ErasedNow)),
            Ok(Err(export::QrFailure::Unlock(e))) => {
                dialog.error = Some(master_password_message(&e))
            }
            Ok(Err(other)) => dialog.error = Some(sentence(&other.to_string())),
            Err(lost) => dialog.error = Some(sentence(&lost.to_string())),
        }
    }
}

/// What the window says when the master password asked again was not accepted.
fn master_password_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => format!(
            "The master password is wrong; nothing was shown or written. {attempts_left} more wrong attempts and the secrets are erased."
        ),
        other => unlock_message(other),
    }
}

/// Errors of a change to the vault: the change's own, or saving it.
#[derive(Debug, thiserror::Error)]
enum ChangeError {
    #[error(transparent)]
    Procedure(ProcedureError),
    #[error(transparent)]
    Session(#[from] SessionError),
}

/// What the window says when a password was not accepted.
fn unlock_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => format!(
            "Wrong password. {attempts_left} more wrong attempts and the secrets are erased."
        ),
        UnlockError::Locked(_) => "Too many wrong passwords.".to_owned(),
        other => sentence(&other.to_string()),
    }
}

/// The screen for a vault file: unlock it, or create it.
fn screen_for_vault(path: &Path) -> Screen {
    if path.exists() {
        Screen::Unlock(ui::unlock::UnlockScreen::new(path.to_path_buf()))
    } else {
        Screen::SetPassword(ui::set_password::SetPasswordScreen::new(
            path.to_path_buf(),
            PasswordPurpose::NewVault,
        ))
    }
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
