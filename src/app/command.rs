//! Everything the user can ask the window to do. Screens only queue commands while they are
//! drawn; `ZweifaktorApp::apply` carries them out after the frame, in one place.

use std::path::PathBuf;

use uuid::Uuid;

use super::export::ExportRequest;
use zweifaktor_core::procedure::ProcedureDraft;
use zweifaktor_core::secret::Password;

#[derive(Debug)]
pub enum Command {
    /// First start: a new installation with its vault in this folder.
    FirstInstallation(PathBuf),
    /// First start: an existing installation whose vault is in this folder.
    ExistingInstallation(PathBuf),
    /// Go back to the first-start choice (another folder).
    ChooseStorageAgain,
    /// A new master password (new vault, or after an erase or reset).
    SetPassword(Password),
    Unlock(Password),
    /// Confirmed "forgot password": erase the secrets, keep the list, set a new password.
    ForgotPassword,
    Lock,
    /// Save a new procedure (`None`) or changes to one.
    SaveProcedure(Option<Uuid>, ProcedureDraft),
    DeleteProcedure(Uuid),
    /// Procedures from an import, saved in one go.
    ImportProcedures(Vec<ProcedureDraft>),
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
    SetTextScale(f32),
    SetHighContrast(bool),
    OpenStorageFolder,
    /// Check the master password again, then write an export file.
    Export(ExportRequest),
    /// Check the master password again, then show this procedure as a QR code.
    ShowQr {
        id: Uuid,
        master: Password,
    },
    /// Read the image on the clipboard into the open Import dialog (QR codes).
    PasteImageForImport,
    /// Take a screenshot and read its QR codes into the open Import dialog.
    ScanScreenForImport,
}
