//! Secrets leaving the vault from the window: an export file in one of four formats, and one
//! procedure as a QR code. Both ask the master password again (an open window left alone must
//! not hand out every secret), so both run in the background: the check is a key derivation,
//! and counts as a wrong attempt like any unlock.

use std::path::PathBuf;

use uuid::Uuid;

use zweifaktor_core::clock::Clock;
use zweifaktor_core::export::{self, ExportError, LeftOut, account_of, issuer_of};
use zweifaktor_core::otp::uri::{self, OtpAuthUri};
use zweifaktor_core::qr::{self, QrError, QrPixels};
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock::{self, UnlockError};
use zweifaktor_core::vault::kdf::KdfParams;
use zweifaktor_core::vault::storage::{self, StorageError, VaultFiles};

/// The formats the window writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Zweifaktor,
    Aegis,
    Otpauth,
    GoogleMigration,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Zweifaktor,
        ExportFormat::Aegis,
        ExportFormat::Otpauth,
        ExportFormat::GoogleMigration,
    ];

    /// The choice in the dialog.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Zweifaktor => "Zweifaktor encrypted backup",
            ExportFormat::Aegis => "Aegis encrypted vault",
            ExportFormat::Otpauth => "otpauth list (plain)",
            ExportFormat::GoogleMigration => "Google migration links (plain)",
        }
    }

    /// The format in a sentence ("Exported 3 procedures to … (a Zweifaktor backup)").
    pub fn description(self) -> &'static str {
        match self {
            ExportFormat::Zweifaktor => "Zweifaktor backup",
            ExportFormat::Aegis => "encrypted Aegis vault",
            ExportFormat::Otpauth => "otpauth:// list",
            ExportFormat::GoogleMigration => "Google Authenticator transfer links",
        }
    }

    /// A file name to offer in the save dialog.
    pub fn file_name(self) -> &'static str {
        match self {
            ExportFormat::Zweifaktor => "zweifaktor-backup.zweifaktor",
            ExportFormat::Aegis => "aegis-export.json",
            ExportFormat::Otpauth => "otpauth-list.txt",
            ExportFormat::GoogleMigration => "google-migration-links.txt",
        }
    }

    pub fn encrypted(self) -> bool {
        matches!(self, ExportFormat::Zweifaktor | ExportFormat::Aegis)
    }
}

/// What the export dialog asks for. The passwords are wiped when dropped; `Debug` hides them.
#[derive(Debug)]
pub struct ExportRequest {
    pub format: ExportFormat,
    pub path: PathBuf,
    pub master: Password,
    /// The export file's own password (the encrypted formats only).
    pub export_password: Option<Password>,
}

/// What was written where.
#[derive(Debug)]
pub struct ExportReport {
    pub format: ExportFormat,
    pub path: PathBuf,
    pub included: Vec<String>,
    pub left_out: Vec<LeftOut>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportFailure {
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    #[error("{} already exists; choose another file name (nothing was exported)", .0.display())]
    Exists(PathBuf),
    #[error("no procedure can be exported in this format ({format}); nothing was written")]
    Nothing {
        format: &'static str,
        left_out: Vec<LeftOut>,
    },
    #[error("{0}; nothing was exported")]
    Export(#[from] ExportError),
    #[error("{0}")]
    Storage(#[from] StorageError),
}

/// Checks the master password against the vault file, then writes the export to a new file.
/// `kdf` is the backup's key-derivation cost (the app's cost for new passwords).
pub fn export_file(
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
    // Checked before the password (a wrong attempt would be counted for nothing) and again
    // when writing: an export never replaces a file, which might be an earlier backup or the
    // vault itself.
    if path.exists() {
        return Err(ExportFailure::Exists(path));
    }
    let session = unlock::unlock(files, &master, clock)?;
    let procedures = session.procedures();
    let password = || {
        export_password
            .as_ref()
            .ok_or(ExportError::PasswordTooShort)
    };
    let exported = match format {
        ExportFormat::Zweifaktor => export::backup::export_with_kdf(procedures, password()?, kdf)?,
        ExportFormat::Aegis => export::aegis::export(procedures, password()?)?,
        ExportFormat::Otpauth => export::otpauth::export(procedures),
        ExportFormat::GoogleMigration => export::google_migration::export(procedures),
    };
    if exported.included.is_empty() {
        return Err(ExportFailure::Nothing {
            format: format.description(),
            left_out: exported.left_out,
        });
    }
    match storage::write_new(&path, &exported.bytes) {
        Err(StorageError::Write { source, .. })
            if source.kind() == std::io::ErrorKind::AlreadyExists =>
        {
            return Err(ExportFailure::Exists(path));
        }
        other => other?,
    }
    Ok(ExportReport {
        format,
        path,
        included: exported.included,
        left_out: exported.left_out,
    })
}

/// Pixels per QR module in the window: a typical otpauth code (37–49 modules with the quiet
/// zone) becomes about 270–350 pixels, easy for a phone camera from a screen.
pub const QR_MODULE_PX: u32 = 6;

/// One procedure's QR code, ready to show.
#[derive(Debug)]
pub struct ShownQr {
    pub name: String,
    pub pixels: QrPixels,
}

#[derive(Debug, thiserror::Error)]
pub enum QrFailure {
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    #[error("this procedure is no longer in the vault")]
    Gone,
    #[error("{0:?} has no secret to show: it must be enrolled again first")]
    NoSecret(String),
    #[error(transparent)]
    Qr(#[from] QrError),
}

/// Checks the master password against the vault file, then draws procedure `id`'s otpauth://
/// URI as a QR code.
pub fn qr_of(
    files: &VaultFiles,
    id: Uuid,
    master: &Password,
    clock: &dyn Clock,
) -> Result<ShownQr, QrFailure> {
    let session = unlock::unlock(files, master, clock)?;
    let found = session
        .procedures()
        .iter()
        .find(|p| p.id == id)
        .ok_or(QrFailure::Gone)?;
    if found.needs_reenrollment || found.secret.is_empty() {
        return Err(QrFailure::NoSecret(found.name.clone()));
    }
    let text = uri_of(found);
    Ok(ShownQr {
        name: found.name.clone(),
        pixels: qr::luma(&text, QR_MODULE_PX)?,
    })
}

/// The otpauth:// URI another app enrolls `procedure` from (what `zweifaktor qr` draws).
pub fn uri_of(procedure: &zweifaktor_core::procedure::Procedure) -> zeroize::Zeroizing<String> {
    uri::format(&OtpAuthUri {
        issuer: issuer_of(procedure),
        account: account_of(procedure),
        secret: procedure.secret.clone(),
        spec: procedure.otp,
    })
}
