//! The one place where the state changes: the user's commands, queued while the frame was
//! drawn, and the events of finished background jobs. Screens and dialogs are opened and
//! closed here; what runs in the background is in `background`, changes to the vault in
//! `vault_changes` (saved by `vault_saves`), the timers in `tick`.

use std::path::{Path, PathBuf};

use super::ZweifaktorApp;
use super::command::{Choose, Command, Open};
use super::dialog::{Dialog, ExportState, OpenDialog, QrState};
use super::event::{Event, VaultPlace};
use super::export::{ExportFailure, QrFailure};
use super::focus::FocusTarget;
use super::import_state::ImportState;
use super::jobs::{APP, Finished, Work};
use super::messages::{
    current_password_message, error_sentence, export_message, master_password_message,
    unlock_message,
};
use super::open_vault::OpenVault;
use super::screen::{PasswordPurpose, Screen, Waiting};
use super::view::FieldUpdate;
use crate::fl;
use zweifaktor_core::config;
use zweifaktor_core::unlock::UnlockError;
use zweifaktor_core::vault::session::VaultSession;

impl ZweifaktorApp {
    pub(super) fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::FirstInstallation(folder) => self.choose_folder(folder, false),
            Command::ExistingInstallation(folder) => self.choose_folder(folder, true),
            Command::DismissError => {
                if let Some(error) = self.screen.error_mut() {
                    *error = None;
                }
            }
            Command::SetPassword(password) => self.start_set_password(password),
            Command::Unlock(password) => self.start_unlock(password),
            Command::ForgotPassword => self.start_erase(),
            Command::Lock => self.lock(),
            Command::Open(open) => self.open_dialog(open),
            Command::CloseDialog => {
                if let Screen::Procedures(s) = &mut self.screen {
                    s.dialog = None;
                }
            }
            Command::SaveProcedure(id, draft) => self.save_procedure(id, draft),
            Command::DeleteProcedure(id) => self.delete_procedure(id),
            Command::CopyCode(id) => self.copy_code(id),
            Command::ToggleClipboardMode(id) => self.toggle_clipboard_mode(id),
            command @ (Command::ChangePassword { .. }
            | Command::Export(_)
            | Command::ShowQr { .. }) => self.after_saving(command),
            Command::SetNamesHidden(hidden) => self.set_names_hidden(hidden),
            Command::SetAutoLock(minutes) => self.update_config(|c| c.auto_lock_minutes = minutes),
            Command::SetClipboardClearDelay(seconds) => {
                self.update_config(|c| c.clipboard_clear_delay_seconds = seconds)
            }
            Command::SetTextScale(scale) => {
                let scale = config::text_scale_step(scale);
                // Ctrl+plus held at 200 % asks again and again: nothing to save then.
                if scale != self.config.text_scale {
                    self.update_config(|c| c.text_scale = scale);
                }
            }
            Command::SetTheme(theme) => self.update_config(|c| c.theme = theme),
            Command::SetHighContrast(on) => self.update_config(|c| c.high_contrast = on),
            Command::SetKeepInTray(on) => self.update_config(|c| c.keep_in_tray = on),
            Command::SetStartMinimised(on) => self.update_config(|c| c.start_minimised = on),
            Command::SetHideFromCapture(on) => {
                self.update_config(|c| c.hide_from_capture = on);
                // The desktop side applies it to the open window (at start it reads the
                // setting itself).
                ctx.send_viewport_cmd(egui::ViewportCommand::ContentProtected(on));
            }
            Command::SetStartAtLogin(on) => self.set_start_at_login(on),
            Command::SetLanguage(choice) => {
                self.set_language(choice);
                // Drawn again at once in the new language, not at the next input.
                ctx.request_repaint();
            }
            Command::OpenStorageFolder => {
                if let Some(folder) = self.vault_path().as_deref().and_then(Path::parent) {
                    ctx.open_url(egui::OpenUrl::new_tab(format!(
                        "file://{}",
                        folder.display()
                    )));
                }
            }
            Command::Choose(purpose) => self.start_choosing(purpose),
            Command::RetrySave => {
                if let Screen::Procedures(s) = &mut self.screen {
                    s.vault.retry();
                }
            }
            Command::DropFiles(files) => self.take_dropped_files(files),
            Command::ReadImportFile { path, password } => self.start_import_file(path, password),
            Command::OpenImport(password) => self.start_import_open(password),
            Command::PasteImageForImport => self.start_import_paste(),
            Command::ScanScreenForImport => self.start_import_scan(),
            Command::Announce(text) => self.announce_news(text),
            Command::QuickPick(command) => self.apply_quick_pick(command, ctx),
            Command::SetGlobalShortcut(shortcut) => {
                if shortcut != self.config.global_shortcut {
                    self.update_config(|c| c.global_shortcut = shortcut);
                    self.shortcut_status = match self.wanted_shortcut() {
                        Some(_) => super::shortcut::ShortcutStatus::Starting,
                        None => super::shortcut::ShortcutStatus::Off,
                    };
                }
            }
            Command::CheckImportRow { row, checked } => {
                if let Some(import) = self.import_mut() {
                    import.check(row, checked);
                }
            }
            Command::ImportChecked => {
                // While a read runs the preview may be about to change: the dialog's button
                // waits, and so does this.
                let busy = self
                    .screen
                    .dialog()
                    .is_some_and(|d| self.jobs.shown_work_of(d.serial).is_some());
                let Some(chosen) = self.import_mut().and_then(|i| i.chosen()) else {
                    return;
                };
                if busy || chosen.is_empty() {
                    return;
                }
                if let Screen::Procedures(s) = &mut self.screen {
                    s.dialog = None;
                }
                self.import_procedures(chosen);
            }
        }
    }

    /// Commands of the dialogs that read the vault file with their own unlock (export, QR
    /// code, new password): they see the file, so they wait until the changes shown are in
    /// it. Meanwhile the dialog shows its spinner as if the work ran.
    fn after_saving(&mut self, command: Command) {
        let work = match &command {
            Command::ChangePassword { .. } => Work::ChangingPassword,
            Command::Export(_) => Work::Exporting,
            _ => Work::DrawingQr,
        };
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(serial) = s.dialog.as_ref().map(|d| d.serial) else {
            return;
        };
        if s.waiting.is_some() || self.jobs.shown_work_of(serial).is_some() {
            return;
        }
        s.waiting = Some(Waiting {
            serial,
            work,
            command,
        });
        self.release_waiting();
    }

    fn start_after_saving(&mut self, command: Command) {
        match command {
            Command::ChangePassword { old, new } => self.start_password_change(old, new),
            Command::Export(request) => self.start_export(request),
            Command::ShowQr { id, master } => self.start_qr(id, master),
            _ => {}
        }
    }

    /// Starts what waited for the changes to be saved, once they are; when saving failed, says
    /// so in the dialog instead (its work would not see the change).
    pub(super) fn release_waiting(&mut self) {
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let Some(waiting) = &s.waiting else {
            return;
        };
        let failed = s.vault.status().and_then(|status| match status {
            super::open_vault::SaveStatus::Failed(reason) => Some(reason.to_owned()),
            super::open_vault::SaveStatus::Saving => None,
        });
        if failed.is_none() && !s.vault.is_settled() {
            return;
        }
        let serial = waiting.serial;
        let Some(waiting) = s.waiting.take() else {
            return;
        };
        if !self.is_shown(serial) {
            return;
        }
        match failed {
            None => self.start_after_saving(waiting.command),
            Some(reason) => {
                self.show_error_of(serial, fl!("win-change-not-saved-yet", reason = reason))
            }
        }
    }

    /// A finished job: its result goes to the screen or dialog that started it, if that is
    /// still shown; what outlived its screen is said on the screen shown now; the vault's,
    /// the settings' and the clipboard's jobs go to the app.
    pub(super) fn handle(&mut self, finished: Finished) {
        let Finished { owner, outcome, .. } = finished;
        let event = match outcome {
            Ok(event) => event,
            // Said where the work was asked for, instead of a spinner turning forever.
            Err(_) => {
                if self.is_shown(owner) {
                    self.show_error_of(owner, fl!("win-job-lost"));
                }
                return;
            }
        };
        let event = match event {
            Event::VaultBack {
                vault,
                session,
                outcome,
            } => return self.vault_back(vault, session.map(|s| *s), outcome),
            Event::SettingsSaved(result) => return self.settings_saved(result),
            Event::AutostartSet { on, result } => return self.start_at_login_set(on, result),
            Event::AutostartRefreshed(result) => return self.start_at_login_refreshed(result),
            Event::ClipboardLooked { placed, still_ours } => {
                return self.clipboard.looked(placed, still_ours);
            }
            event => event,
        };
        if owner == APP {
            return self.after_close(event);
        }
        if !self.is_shown(owner) {
            return;
        }
        match event {
            Event::Unlocked { result, lockout } => match result {
                Ok(session) => self.open(session),
                Err(e @ (UnlockError::ErasedNow | UnlockError::SecretsErased)) => {
                    self.ask_for_new_password(matches!(e, UnlockError::ErasedNow))
                }
                Err(e) => {
                    let now = self.now();
                    let message = unlock_message(&e);
                    let locked_for = lockout.locked_for(now);
                    if let Screen::Unlock(s) = &mut self.screen {
                        s.lockout = lockout;
                        s.locked_for = locked_for;
                        s.error = Some(message.clone());
                    }
                    self.announce_urgently(message);
                    if locked_for > 0 {
                        self.announce_urgently(locked_message(locked_for));
                    }
                }
            },
            Event::PasswordSet(result) => match result {
                Ok(session) => self.open(session),
                Err(e @ (UnlockError::ErasedNow | UnlockError::SecretsErased)) => {
                    self.ask_for_new_password(matches!(e, UnlockError::ErasedNow))
                }
                Err(e) => self.show_error_of(owner, unlock_message(&e)),
            },
            Event::PasswordChanged(result) => match result {
                Ok(session) => {
                    if let Screen::Procedures(s) = &mut self.screen {
                        s.vault.replace_session(session);
                        s.dialog = None;
                    }
                    self.tell(fl!("win-password-changed"));
                }
                Err(e @ (UnlockError::ErasedNow | UnlockError::SecretsErased)) => {
                    self.ask_for_new_password(matches!(e, UnlockError::ErasedNow))
                }
                Err(e) => self.show_error_of(owner, current_password_message(&e)),
            },
            Event::Erased(result) => match result {
                Ok(()) => {
                    let path = self.vault_path().unwrap_or_default();
                    self.show_screen(Screen::set_password(
                        path,
                        PasswordPurpose::AfterErase,
                        false,
                    ));
                    self.announce(fl!("win-announce-erased"));
                }
                Err(e) => self.show_error_of(owner, unlock_message(&e)),
            },
            Event::Lockout(lockout) => {
                let locked_for = lockout.locked_for(self.now());
                if let Screen::Unlock(s) = &mut self.screen {
                    s.lockout = lockout;
                    s.locked_for = locked_for;
                }
                if locked_for > 0 {
                    self.announce(locked_message(locked_for));
                }
            }
            Event::Exported(result) => match result {
                Ok(report) => {
                    self.tell(fl!(
                        "win-exported",
                        count = report.included.len(),
                        path = report.path.display().to_string()
                    ));
                    if let Some(Dialog::Export(d)) = self.dialog_mut() {
                        d.report = Some(report);
                    }
                }
                Err(ExportFailure::Unlock(
                    e @ (UnlockError::ErasedNow | UnlockError::SecretsErased),
                )) => self.ask_for_new_password(matches!(e, UnlockError::ErasedNow)),
                Err(failure) => self.show_error_of(owner, export_message(failure)),
            },
            Event::QrDrawn(result) => match result {
                Ok(shown) => {
                    if let Some(Dialog::ShowQr(d)) = self.dialog_mut() {
                        d.error = None;
                        d.shown = Some(shown);
                    }
                    self.announce(fl!("win-announce-qr-shown"));
                }
                Err(QrFailure::Unlock(
                    e @ (UnlockError::ErasedNow | UnlockError::SecretsErased),
                )) => self.ask_for_new_password(matches!(e, UnlockError::ErasedNow)),
                Err(QrFailure::Unlock(e)) => self.show_error_of(owner, master_password_message(&e)),
                Err(other) => self.show_error_of(owner, error_sentence(&other)),
            },
            Event::ImportRead(reads) => {
                if let Screen::Procedures(s) = &mut self.screen
                    && let Some(OpenDialog {
                        dialog: Dialog::Import(import),
                        ..
                    }) = &mut s.dialog
                {
                    import.take_reads(reads, s.vault.procedures());
                    let said = import_outcome(import);
                    if let Some((text, urgent)) = said {
                        if urgent {
                            self.announce_urgently(text);
                        } else {
                            self.announce(text);
                        }
                    }
                }
            }
            Event::FileChosen { purpose, path } => {
                if let Some(path) = path {
                    self.take_chosen_file(purpose, path);
                }
            }
            Event::VaultLookedFor { vault_path, found } => {
                let screen = match (found, &self.env.vault_override, &self.config.vault_folder) {
                    // A chosen folder that is gone (moved, or a network drive not connected)
                    // must not silently become a new, empty vault.
                    (VaultPlace::NoFolder, None, Some(folder)) => Screen::first_start(
                        Some(folder.clone()),
                        Some(fl!(
                            "win-storage-folder-missing",
                            folder = folder.display().to_string()
                        )),
                    ),
                    _ => Screen::for_vault(vault_path, found),
                };
                self.show_screen(screen);
            }
            Event::FolderChecked {
                folder,
                existing,
                has_vault,
            } => {
                let vault_path = folder.join(config::VAULT_FILE_NAME);
                if existing && !has_vault {
                    if let Screen::FirstStart(s) = &mut self.screen {
                        s.error = Some(fl!(
                            "win-no-vault-in-folder",
                            folder = folder.display().to_string(),
                            file = config::VAULT_FILE_NAME
                        ));
                    }
                    return;
                }
                self.update_config(|c| c.vault_folder = Some(folder));
                let found = if has_vault {
                    VaultPlace::Vault
                } else {
                    VaultPlace::NoVault
                };
                self.show_screen(Screen::for_vault(vault_path, found));
            }
            // The app's own; taken above.
            Event::VaultBack { .. }
            | Event::SettingsSaved(_)
            | Event::AutostartSet { .. }
            | Event::AutostartRefreshed(_)
            | Event::ClipboardLooked { .. } => {}
        }
    }

    /// How work that outlived its screen or dialog (a lock came, or an erase) ended: said on
    /// the screen shown now, since the user asked for it and would not know otherwise.
    fn after_close(&mut self, event: Event) {
        let said = match event {
            Event::Exported(Ok(report)) => fl!(
                "win-exported-after-lock",
                count = report.included.len(),
                path = report.path.display().to_string()
            ),
            Event::Exported(Err(failure)) => fl!(
                "win-not-exported-after-lock",
                reason = export_message(failure)
            ),
            Event::PasswordChanged(Ok(_)) => fl!("win-password-changed-before-lock"),
            Event::PasswordChanged(Err(e)) => fl!(
                "win-password-not-changed",
                reason = current_password_message(&e)
            ),
            // The others belong to screens that cannot be left while they run (only the
            // window can close), or only read.
            _ => return,
        };
        self.tell(said);
    }

    /// A file or folder chosen in a native dialog goes into the field it was chosen for; an
    /// import file is read at once.
    fn take_chosen_file(&mut self, purpose: Choose, path: PathBuf) {
        let update = FieldUpdate {
            serial: self.next_serial(),
            text: path.display().to_string(),
        };
        match purpose {
            Choose::StorageFolder { .. } => {
                if let Screen::FirstStart(s) = &mut self.screen {
                    s.chosen_folder = Some(update);
                    s.error = None;
                }
            }
            Choose::ExportFile { .. } => {
                if let Some(Dialog::Export(d)) = self.dialog_mut() {
                    d.chosen_path = Some(update);
                }
            }
            Choose::ImportFile { password } => {
                if let Some(import) = self.import_mut() {
                    import.shown_path = Some(update);
                    self.start_import_file(path, password);
                }
            }
        }
    }

    /// Files dropped on the window open the Import dialog with them, or go into the one that is
    /// open (the parts of a transfer may come one screenshot at a time). Another dialog may
    /// hold unsaved input, so a drop on it is ignored; so is one while Import still reads.
    /// Nothing is imported into a locked vault, and the file is not kept for later: the user
    /// would not know it is waiting.
    fn take_dropped_files(&mut self, files: Vec<egui::DroppedFileHandle>) {
        if let Screen::Unlock(s) = &mut self.screen {
            s.error = Some(fl!("win-unlock-before-drop"));
            return;
        }
        let Screen::Procedures(s) = &self.screen else {
            return;
        };
        match &s.dialog {
            None => self.open_dialog(Open::Import),
            Some(OpenDialog {
                dialog: Dialog::Import(_),
                serial,
            }) if self.jobs.shown_work_of(*serial).is_none() => {}
            Some(_) => return,
        }
        if let Some(path) = files
            .iter()
            .map(|f| f.path())
            .rfind(|p| !p.as_os_str().is_empty())
        {
            let update = FieldUpdate {
                serial: self.next_serial(),
                text: path.display().to_string(),
            };
            if let Some(import) = self.import_mut() {
                import.shown_path = Some(update);
            }
        }
        self.start_import_drop(files);
    }

    fn open_dialog(&mut self, open: Open) {
        let serial = self.next_serial();
        let Screen::Procedures(s) = &mut self.screen else {
            return;
        };
        let name_of = |id| {
            s.vault
                .procedures()
                .iter()
                .find(|p| p.id == id)
                .map(|p| p.name.clone())
        };
        let dialog = match open {
            Open::Add => Dialog::Edit { editing: None },
            Open::Edit(id) => match name_of(id) {
                Some(_) => Dialog::Edit { editing: Some(id) },
                None => return,
            },
            Open::ConfirmDelete(id) => match name_of(id) {
                Some(name) => Dialog::ConfirmDelete { id, name },
                None => return,
            },
            Open::ShowQr(id) => match name_of(id) {
                Some(name) => Dialog::ShowQr(QrState {
                    id,
                    name,
                    error: None,
                    shown: None,
                }),
                None => return,
            },
            Open::ChangePassword => Dialog::ChangePassword { error: None },
            Open::Settings => Dialog::Settings,
            Open::Manual => Dialog::Manual,
            Open::About => Dialog::About,
            Open::Import => Dialog::Import(Box::default()),
            Open::Export => Dialog::Export(ExportState::default()),
        };
        s.dialog = Some(OpenDialog { serial, dialog });
    }

    /// "Continue" on the first start: a job looks whether the folder holds a vault (a network
    /// drive may take its time); `FolderChecked` goes on from there.
    fn choose_folder(&mut self, folder: PathBuf, existing: bool) {
        if !matches!(self.screen, Screen::FirstStart(_)) {
            return;
        }
        self.jobs
            .spawn(self.screen_serial, Work::CheckingFolder, move || {
                let has_vault = folder.join(config::VAULT_FILE_NAME).exists();
                Event::FolderChecked {
                    folder,
                    existing,
                    has_vault,
                }
            });
    }

    /// A session opened (unlock, new vault, new password): show the procedures, the keyboard
    /// focus on the first.
    fn open(&mut self, session: VaultSession) {
        let notice = session
            .restored_from_backup
            .then(|| fl!("win-restored-from-backup"));
        self.last_input = self.now();
        self.last_refresh = self.now();
        let vault = OpenVault::new(self.next_serial(), session);
        self.show_screen(Screen::Procedures(Box::new(super::screen::Unlocked {
            vault,
            dialog: None,
            waiting: None,
        })));
        self.notice = None;
        if let Some(notice) = notice {
            self.tell(notice);
        }
        self.move_focus(FocusTarget::FirstProcedure);
    }

    /// Forgets the key and the secrets (dropping the session zeroizes them; dialogs and their
    /// jobs go with it, except work that writes) and clears our code from the clipboard.
    /// Changes not saved yet are saved first, in the background ([`Self::close_vault`]).
    pub(super) fn lock(&mut self) {
        self.clipboard.stop(&mut *self.env.clipboard);
        self.close_vault();
        self.notice = None;
        if let Some(path) = self.vault_path() {
            self.show_screen(Screen::unlock(path, true));
        }
        self.announce(fl!("win-announce-locked"));
    }

    /// The secrets are gone: a new password, then the procedures can be enrolled again.
    fn ask_for_new_password(&mut self, erased_now: bool) {
        self.clipboard.stop(&mut *self.env.clipboard);
        let path = self.vault_path().unwrap_or_default();
        self.show_screen(Screen::set_password(
            path,
            PasswordPurpose::AfterErase,
            erased_now,
        ));
        if erased_now {
            self.announce_urgently(fl!("win-announce-erased-now"));
        }
    }

    /// Shows a job's message where it was asked for: its screen or its dialog.
    fn show_error_of(&mut self, owner: u64, message: String) {
        let error = if owner == self.screen_serial {
            self.screen.error_mut()
        } else {
            self.screen.dialog_mut().and_then(|d| d.dialog.error_mut())
        };
        if let Some(error) = error {
            *error = Some(message.clone());
            self.announce_urgently(message);
        }
    }

    fn dialog_mut(&mut self) -> Option<&mut Dialog> {
        self.screen.dialog_mut().map(|d| &mut d.dialog)
    }

    fn import_mut(&mut self) -> Option<&mut ImportState> {
        match self.dialog_mut() {
            Some(Dialog::Import(import)) => Some(import),
            _ => None,
        }
    }
}

/// "Locked for N seconds", as said once when the lock starts.
pub(super) fn locked_message(seconds: u64) -> String {
    fl!("win-announce-locked-for", seconds = seconds)
}

/// What to say after the Import dialog read something: its error (at once), or what it found.
fn import_outcome(import: &ImportState) -> Option<(String, bool)> {
    if let Some(error) = &import.error {
        return Some((error.clone(), true));
    }
    if import.waits_for_password() {
        return Some((fl!("win-announce-import-encrypted"), false));
    }
    let preview = import.preview.as_ref()?;
    let found = preview.rows.len() + preview.skipped.len();
    let mut text = fl!(
        "win-announce-import-found",
        found = found,
        checked = import.checked_count()
    );
    if let Some(partial) = import.incomplete.first() {
        text.push(' ');
        text.push_str(&fl!(
            "win-announce-parts-scanned",
            received = partial.received,
            total = partial.total
        ));
    }
    Some((text, false))
}
