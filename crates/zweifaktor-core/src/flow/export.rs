//! Exporting the vault's procedures to a new file in one of the [`FORMATS`]: the content from
//! the format's exporter, then the one never-replace write ([`super::new_file`]). The window
//! runs [`export_vault_to_file`] (the master password asked again, checked here); the command
//! line unlocks first, asks the export password, then runs [`export_to_file`]. Both show the
//! same [`ExportReport`] and the same failures.
//!
//! [`FORMATS`]: crate::export::FORMATS

use std::path::{Path, PathBuf};

use super::new_file::{self, NewFileError};
use crate::clock::Clock;
use crate::export::{ExportError, ExportFormat, LeftOut};
use crate::procedure::Procedure;
use crate::secret::Password;
use crate::unlock::{self, UnlockError};
use crate::vault::kdf::KdfParams;
use crate::vault::storage::VaultFiles;

/// What the unencrypted formats' files are, said before they are written and after.
pub const UNENCRYPTED_WARNING: &str = "the file holds your secrets unencrypted: anyone who can \
     read it can make your codes. Import it where you need it, then delete it.";

/// What the window's export dialog asks for. The passwords are wiped when dropped; `Debug`
/// hides them.
#[derive(Debug)]
pub struct ExportRequest {
    pub format: &'static ExportFormat,
    pub path: PathBuf,
    pub master: Password,
    /// The export file's own password (the encrypted formats only).
    pub export_password: Option<Password>,
}

/// What was written where.
#[derive(Debug)]
pub struct ExportReport {
    pub format: &'static ExportFormat,
    pub path: PathBuf,
    /// The names of the procedures in the file, in order.
    pub included: Vec<String>,
    pub left_out: Vec<LeftOut>,
}

impl ExportReport {
    /// "Exported 3 procedures to /home/…/backup.zweifaktor (Zweifaktor backup):"
    pub fn headline(&self) -> String {
        format!(
            "Exported {} procedures to {} ({}):",
            self.included.len(),
            self.path.display(),
            self.format.description
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportFailure {
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    #[error("no procedure can be exported in this format ({format}); nothing was written")]
    Nothing {
        format: &'static str,
        left_out: Vec<LeftOut>,
    },
    #[error("{0}; nothing was exported")]
    Export(#[from] ExportError),
    #[error(transparent)]
    File(#[from] NewFileError),
}

impl ExportFailure {
    /// The procedures the format could not hold, with the reasons, when that is why nothing
    /// was written: both front ends list them under the message.
    pub fn left_out(&self) -> &[LeftOut] {
        match self {
            ExportFailure::Nothing { left_out, .. } => left_out,
            _ => &[],
        }
    }
}

/// Writes `procedures` in `format` to a new file at `path`. A format that can hold none of
/// them writes nothing ([`ExportFailure::Nothing`], with the reasons); an existing file is
/// never replaced. `kdf` is the key-derivation cost of our own backup format.
pub fn export_to_file(
    procedures: &[Procedure],
    format: &'static ExportFormat,
    password: Option<&Password>,
    path: &Path,
    kdf: KdfParams,
) -> Result<ExportReport, ExportFailure> {
    let exported = (format.export)(procedures, password, kdf)?;
    if exported.included.is_empty() {
        return Err(ExportFailure::Nothing {
            format: format.description,
            left_out: exported.left_out,
        });
    }
    new_file::write(path, &exported.bytes)?;
    Ok(ExportReport {
        format,
        path: path.to_path_buf(),
        included: exported.included,
        left_out: exported.left_out,
    })
}

/// Checks the master password against the vault file (a wrong one counts like a wrong
/// unlock), then runs [`export_to_file`] on the vault's procedures. A name already taken is
/// said before the password is tried, so that no attempt is counted for nothing.
pub fn export_vault_to_file(
    files: &VaultFiles,
    request: ExportRequest,
    clock: &dyn Clock,
    kdf: KdfParams,
) -> Result<ExportReport, ExportFailure> {
    let ExportRequest {
        format,
        path,
        master,
        export_password,
    } = request;
    new_file::check(&path)?;
    let session = unlock::unlock(files, &master, clock)?;
    export_to_file(
        session.procedures(),
        format,
        export_password.as_ref(),
        &path,
        kdf,
    )
}
