//! Everything the user can ask the window to do. Screens only push commands while they are
//! drawn; `command_handling` carries them out after the frame, in one place.

use std::path::PathBuf;

use uuid::Uuid;

use super::export::ExportRequest;
use super::quick_pick::QuickPickCommand;
use zweifaktor_core::config::ThemeChoice;
use zweifaktor_core::procedure::ProcedureDraft;
use zweifaktor_core::secret::Password;

#[derive(Debug)]
pub enum Command {
    /// First start: a new installation with its vault in this folder.
    FirstInstallation(PathBuf),
    /// First start: an existing installation whose vault is in this folder.
    ExistingInstallation(PathBuf),
    /// The user changed what the shown error was about (another choice, another folder).
    DismissError,
    /// A new master password (new vault, or after an erase or reset).
    SetPassword(Password),
    Unlock(Password),
    /// Confirmed "forgot password": erase the secrets, keep the list, set a new password.
    ForgotPassword,
    Lock,
    /// Open a dialog over the procedures.
    Open(Open),
    /// Close the dialog (Cancel, Close, Esc).
    CloseDialog,
    /// Save a new procedure (`None`) or changes to one.
    SaveProcedure(Option<Uuid>, ProcedureDraft),
    DeleteProcedure(Uuid),
    CopyCode(Uuid),
    /// Switch clipboard mode on for this procedure (or off, if it is on for it).
    ToggleClipboardMode(Uuid),
    ChangePassword {
        old: Password,
        new: Password,
    },
    SetNamesHidden(bool),
    SetAutoLock(Option<u32>),
    SetClipboardClearDelay(u32),
    /// A text size (1.0 is 100 %); kept within 100–200 % in steps of 25 %.
    SetTextScale(f32),
    SetTheme(ThemeChoice),
    SetHighContrast(bool),
    /// Closing the window keeps the program in the tray.
    SetKeepInTray(bool),
    SetStartMinimised(bool),
    /// Keep the window's content out of screen captures and screen sharing (at once, and
    /// remembered).
    SetHideFromCapture(bool),
    /// Write or remove the platform's autostart entry (remembered once that worked).
    SetStartAtLogin(bool),
    /// Speak this language (a code of [`crate::i18n::LANGUAGES`]) from the next frame on, and
    /// remember it; `None`: follow the system's language.
    SetLanguage(Option<&'static str>),
    OpenStorageFolder,
    /// Check the master password again, then write an export file.
    Export(ExportRequest),
    /// Check the master password again, then show this procedure as a QR code.
    ShowQr {
        id: Uuid,
        master: Password,
    },
    /// A native file dialog, its answer going where `Choose` says.
    Choose(Choose),
    /// Files dropped on the window: the Import dialog reads them (if nothing else is open).
    DropFiles(Vec<egui::DroppedFileHandle>),
    /// Read this file in the Import dialog (with the password typed, for encrypted exports).
    ReadImportFile {
        path: PathBuf,
        password: Option<Password>,
    },
    /// Open the export already read, with its password.
    OpenImport(Option<Password>),
    /// Read the image on the clipboard into the Import dialog (QR codes).
    PasteImageForImport,
    /// Take a screenshot and read its QR codes into the Import dialog.
    ScanScreenForImport,
    /// Tell screen readers what the drawing found out (search results, a field's error); the
    /// same words are not said again a moment later (typing on changes nothing).
    Announce(String),
    /// Check or uncheck a row of the import preview.
    CheckImportRow {
        row: usize,
        checked: bool,
    },
    /// Save the checked rows of the import preview, in one go.
    ImportChecked,
    /// Save the changes again after a save failed.
    RetrySave,
    /// Something done in the quick pick the global shortcut opened.
    QuickPick(QuickPickCommand),
    /// A new global shortcut ("Ctrl+Alt+K"), or none.
    SetGlobalShortcut(Option<String>),
}

/// The dialogs over the procedures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Add,
    Edit(Uuid),
    ConfirmDelete(Uuid),
    ChangePassword,
    Settings,
    Manual,
    About,
    Import,
    Export,
    ShowQr(Uuid),
}

/// What a native file dialog is for.
#[derive(Debug)]
pub enum Choose {
    /// An export or image to import, read at once (with the password typed so far).
    ImportFile { password: Option<Password> },
    /// Where an export goes; the dialog offers `file_name`.
    ExportFile { file_name: &'static str },
    /// The storage folder on the first start; `title` is the field's label.
    StorageFolder { title: String },
}
