//! What each command runs in the background, through the one jobs holder: the key derivations
//! (unlock, new or changed password), the erase, exports and QR codes behind the master
//! password, the Import dialog's reads (files, the clipboard's image, the screen), and native
//! file dialogs. (The vault's saves are `vault_saves`', the settings' `settings_saves`'.) Each
//! job is owned by the screen or dialog that asked for it, and its result comes back as an
//! [`Event`].

use std::path::PathBuf;

use uuid::Uuid;

use crate::fl;

use super::ZweifaktorApp;
use super::command::Choose;
use super::dialog::Dialog;
use super::event::Event;
use super::export::ExportRequest;
use super::file_dialog::FileQuestion;
use super::import::{self as reading, Read, Source};
use super::jobs::Work;
use super::screen::{PasswordPurpose, Screen};
use zweifaktor_core::flow;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock;
use zweifaktor_core::vault::storage::VaultFiles;

impl ZweifaktorApp {
    pub(super) fn start_unlock(&mut self, password: Password) {
        let Screen::Unlock(screen) = &mut self.screen else {
            return;
        };
        screen.error = None;
        let files = VaultFiles::new(&screen.vault_path);
        let clock = self.env.clock.clone();
        self.jobs
            .spawn(self.screen_serial, Work::CheckingPassword, move || {
                let result = unlock::unlock(&files, &password, &*clock);
                // Read after the attempt: the lock it may have started (or another
                // program's) is where the countdown starts.
                let lockout = files.read_attempts();
                Event::Unlocked { result, lockout }
            });
    }

    pub(super) fn start_set_password(&mut self, password: Password) {
        let Screen::SetPassword(screen) = &mut self.screen else {
            return;
        };
        screen.error = None;
        let files = VaultFiles::new(&screen.vault_path);
        let clock = self.env.clock.clone();
        let kdf = self.env.kdf;
        let purpose = screen.purpose;
        self.jobs
            .spawn(self.screen_serial, Work::ProtectingVault, move || {
                Event::PasswordSet(match purpose {
                    PasswordPurpose::NewVault => unlock::create(&files, &password, kdf, false),
                    PasswordPurpose::AfterErase => {
                        unlock::start_over(&files, &password, kdf, &*clock)
                    }
                })
            });
    }

    /// "Forgot password", confirmed: the secrets are erased, the list is kept.
    pub(super) fn start_erase(&mut self) {
        let Screen::Unlock(screen) = &mut self.screen else {
            return;
        };
        screen.error = None;
        let files = VaultFiles::new(&screen.vault_path);
        self.jobs
            .spawn(self.screen_serial, Work::ErasingSecrets, move || {
                Event::Erased(unlock::erase_secrets(&files))
            });
    }

    /// Checks the old password (like any unlock: a wrong one counts) and re-encrypts under the
    /// new one: two key derivations would freeze the window.
    pub(super) fn start_password_change(&mut self, old: Password, new: Password) {
        let Some((serial, files)) = self.dialog_job(|d| match d {
            Dialog::ChangePassword { error } => Some(error),
            _ => None,
        }) else {
            return;
        };
        let clock = self.env.clock.clone();
        let kdf = self.env.kdf;
        self.jobs.spawn(serial, Work::ChangingPassword, move || {
            Event::PasswordChanged((|| {
                let mut session = unlock::unlock(&files, &old, &*clock)?;
                session.change_password(&new, kdf)?;
                Ok(session)
            })())
        });
    }

    /// Checks the master password and writes the export.
    pub(super) fn start_export(&mut self, request: ExportRequest) {
        let Some((serial, files)) = self.dialog_job(|d| match d {
            Dialog::Export(d) => Some(&mut d.error),
            _ => None,
        }) else {
            return;
        };
        let clock = self.env.clock.clone();
        let kdf = self.env.kdf;
        self.jobs.spawn(serial, Work::Exporting, move || {
            Event::Exported(flow::export::export_vault_to_file(
                &files, request, &*clock, kdf,
            ))
        });
    }

    /// Checks the master password and draws procedure `id` as a QR code.
    pub(super) fn start_qr(&mut self, id: Uuid, master: Password) {
        let Some((serial, files)) = self.dialog_job(|d| match d {
            Dialog::ShowQr(d) => Some(&mut d.error),
            _ => None,
        }) else {
            return;
        };
        let clock = self.env.clock.clone();
        self.jobs.spawn(serial, Work::DrawingQr, move || {
            Event::QrDrawn(flow::qr::shown(&files, id, &master, &*clock))
        });
    }

    /// For a job of the open dialog: its serial and the vault's files, when the dialog is the
    /// one `pick` accepts (giving its error line, cleared for the new try) and waits for
    /// nothing.
    fn dialog_job(
        &mut self,
        pick: impl FnOnce(&mut Dialog) -> Option<&mut Option<String>>,
    ) -> Option<(u64, VaultFiles)> {
        let Screen::Procedures(s) = &mut self.screen else {
            return None;
        };
        let open = s.dialog.as_mut()?;
        if self.jobs.shown_work_of(open.serial).is_some() {
            return None;
        }
        *pick(&mut open.dialog)? = None;
        Some((open.serial, s.vault.files().clone()))
    }

    /// Reads something for the open Import dialog, unless it reads already.
    pub(super) fn start_import_read(
        &mut self,
        work: Work,
        read: impl FnOnce() -> Vec<Read> + Send + 'static,
    ) {
        let Some(open) = self.screen.dialog_mut() else {
            return;
        };
        let Dialog::Import(import) = &mut open.dialog else {
            return;
        };
        if self.jobs.shown_work_of(open.serial).is_some() {
            return;
        }
        import.error = None;
        self.jobs
            .spawn(open.serial, work, move || Event::ImportRead(read()));
    }

    pub(super) fn start_import_file(&mut self, path: PathBuf, password: Option<Password>) {
        self.start_import_read(Work::ReadingFile, move || {
            vec![reading::read(Source::Path(path), password.as_ref()).into()]
        });
    }

    /// Files dropped on the window, in order: export files or images of QR codes. What
    /// could not be read is said per file, also when another file after it could.
    pub(super) fn start_import_drop(&mut self, files: Vec<egui::DroppedFileHandle>) {
        let several = files.len() > 1;
        self.start_import_read(Work::ReadingFile, move || {
            files
                .into_iter()
                .map(|file| {
                    let path = file.path();
                    let name = several
                        .then(|| path.file_name().map(|n| n.to_string_lossy().into_owned()))
                        .flatten();
                    let source = if path.as_os_str().is_empty() {
                        // Only a file without a path (never on the desktop) is read by egui's
                        // integration, whose error is the system's English: not shown.
                        Source::Content(
                            file.bytes().map_err(|_| fl!("win-dropped-file-no-content")),
                        )
                    } else {
                        Source::Path(path.to_path_buf())
                    };
                    Read {
                        name,
                        found: reading::read(source, None),
                    }
                })
                .collect()
        });
    }

    /// The export already read, opened with the password typed.
    pub(super) fn start_import_open(&mut self, password: Option<Password>) {
        let Some(Dialog::Import(import)) = self.screen.dialog().map(|d| &d.dialog) else {
            return;
        };
        let Some(loaded) = &import.loaded else {
            return;
        };
        if loaded.encrypted && password.is_none() {
            return;
        }
        let (bytes, format) = (loaded.bytes.clone(), loaded.format);
        self.start_import_read(Work::ReadingFile, move || {
            vec![reading::open(&bytes, format, password.as_ref()).into()]
        });
    }

    /// The image on the clipboard (what a snipping tool left there): its QR codes.
    pub(super) fn start_import_paste(&mut self) {
        if !matches!(
            self.screen.dialog().map(|d| &d.dialog),
            Some(Dialog::Import(_))
        ) {
            return;
        }
        // Read by a handle of the job's own: the program that owns the clipboard (the
        // snipping tool) sends the image, which may take a while.
        let mut reader = self.env.clipboard.reader();
        self.start_import_read(Work::LookingForQrCodes, move || {
            vec![reading::pasted(reader.get_image()).into()]
        });
    }

    /// Every QR code on the screen (the enrollment page in the browser beside the window).
    pub(super) fn start_import_scan(&mut self) {
        let capture = self.env.screen_capture.clone();
        self.start_import_read(Work::TakingScreenshot, move || {
            vec![reading::scanned(&capture).into()]
        });
    }

    /// Opens a native file dialog for the shown screen or dialog. It is created here, on the
    /// window's thread; a job waits for the answer.
    pub(super) fn start_choosing(&mut self, purpose: Choose) {
        let (owner, question) = match (&purpose, &self.screen) {
            (Choose::StorageFolder { title }, Screen::FirstStart(_)) => (
                self.screen_serial,
                FileQuestion::Folder {
                    title: title.clone(),
                },
            ),
            (Choose::ImportFile { .. } | Choose::ExportFile { .. }, Screen::Procedures(s)) => {
                let Some(open) = &s.dialog else {
                    return;
                };
                let question = match (&purpose, &open.dialog) {
                    (Choose::ImportFile { .. }, Dialog::Import(_)) => FileQuestion::OpenFile {
                        title: fl!("win-export-file"),
                    },
                    (Choose::ExportFile { file_name }, Dialog::Export(_)) => {
                        FileQuestion::SaveFile {
                            title: fl!("win-export-file"),
                            file_name,
                        }
                    }
                    _ => return,
                };
                (open.serial, question)
            }
            _ => return,
        };
        if self.jobs.shown_work_of(owner).is_some() {
            return;
        }
        let pending = (self.env.file_chooser)(question);
        self.jobs
            .spawn(owner, Work::ChoosingFile, move || Event::FileChosen {
                purpose,
                path: pending(),
            });
    }
}
