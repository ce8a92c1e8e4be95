//! The dialogs over the procedures and what the app keeps for each: which procedure, the
//! error to show, the export's report, the QR code drawn, the import's findings. What the user
//! types into a dialog is the drawing side's (`ui`).

use uuid::Uuid;

use super::export::{ExportReport, ShownQr};
use super::import_state::ImportState;
use super::view::FieldUpdate;

/// A dialog with its serial number: jobs it starts belong to it, and the drawing side keeps
/// what is typed into it by that number (a dialog opened again starts empty).
pub struct OpenDialog {
    pub serial: u64,
    pub dialog: Dialog,
}

pub enum Dialog {
    /// Adding (`None`) or editing a procedure.
    Edit {
        editing: Option<Uuid>,
    },
    ConfirmDelete {
        id: Uuid,
        name: String,
    },
    ChangePassword {
        error: Option<String>,
    },
    Settings,
    Manual,
    About,
    Import(Box<ImportState>),
    Export(ExportState),
    ShowQr(QrState),
}

#[derive(Default)]
pub struct ExportState {
    pub error: Option<String>,
    /// What was written, once it was.
    pub report: Option<ExportReport>,
    /// A file chosen in the save dialog, for the path field.
    pub chosen_path: Option<FieldUpdate>,
}

pub struct QrState {
    pub id: Uuid,
    pub name: String,
    pub error: Option<String>,
    /// The code, once the master password was checked; dropped with the dialog.
    pub shown: Option<ShownQr>,
}

impl Dialog {
    /// The error line of the dialog, for messages of the jobs it started.
    pub fn error_mut(&mut self) -> Option<&mut Option<String>> {
        match self {
            Dialog::ChangePassword { error } => Some(error),
            Dialog::Import(d) => Some(&mut d.error),
            Dialog::Export(d) => Some(&mut d.error),
            Dialog::ShowQr(d) => Some(&mut d.error),
            _ => None,
        }
    }
}
