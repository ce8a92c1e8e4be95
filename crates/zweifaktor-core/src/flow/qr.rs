//! One procedure as a QR code of its `otpauth://` URI, to enroll the same secret on a phone:
//! drawn for the window ([`shown`], after the master password is asked again) or written to a
//! new PNG file ([`write_png`], for `zweifaktor qr`). The code is built once, here.

use std::path::Path;

use uuid::Uuid;
use zeroize::Zeroizing;

use super::new_file::{self, NewFileError};
use crate::clock::Clock;
use crate::procedure::Procedure;
use crate::qr::{self, QrError, QrPixels};
use crate::secret::Password;
use crate::unlock::{self, UnlockError};
use crate::vault::storage::VaultFiles;

/// Pixels per QR module in the window: a typical otpauth code (37–49 modules with the quiet
/// zone) becomes about 270–350 pixels, easy for a phone camera from a screen.
pub const SCREEN_MODULE_PX: u32 = 6;

/// Pixels per module in a PNG file: about 350–450 pixels, for a file that may be shown
/// scaled down in an image viewer.
pub const FILE_MODULE_PX: u32 = 8;

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
    #[error(transparent)]
    File(#[from] NewFileError),
}

/// The text of the code: the URI of a procedure that still has its secret.
fn text_of(procedure: &Procedure) -> Result<Zeroizing<String>, QrFailure> {
    if !procedure.has_secret() {
        return Err(QrFailure::NoSecret(procedure.name.clone()));
    }
    Ok(procedure.otpauth_uri())
}

/// The procedure's code as grey pixels of `module_px` per module.
pub fn pixels(procedure: &Procedure, module_px: u32) -> Result<QrPixels, QrFailure> {
    Ok(qr::luma(&text_of(procedure)?, module_px)?)
}

/// Writes the procedure's code as a PNG to a new file at `path` (never over an existing one).
pub fn write_png(procedure: &Procedure, path: &Path) -> Result<(), QrFailure> {
    let png = Zeroizing::new(qr::png(&text_of(procedure)?, FILE_MODULE_PX)?);
    new_file::write(path, &png)?;
    Ok(())
}

/// Checks the master password against the vault file (a wrong one counts like a wrong
/// unlock), then draws procedure `id` for the screen.
pub fn shown(
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
    Ok(ShownQr {
        name: found.name.clone(),
        pixels: pixels(found, SCREEN_MODULE_PX)?,
    })
}
