//! `import`: another app's export file, or the QR codes of screenshots and photos (the parts of
//! a Google transfer gathered across images), read by the core's flow as the window reads them,
//! then saved in one go with what was skipped and why.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use zeroize::Zeroizing;

use super::context::CommandContext;
use super::output::say;
use super::{Usage, warn};
use crate::fl;
use FileContent::{Export, Image};
use zweifaktor_core::flow;
use zweifaktor_core::flow::import::{ExportFile, FileContent, FileError, QrCodes};
use zweifaktor_core::i18n::loader;
use zweifaktor_core::import::preview::Verdict;
use zweifaktor_core::import::{self, Format};
use zweifaktor_core::message::{self, Localize, quoted};
use zweifaktor_core::qr::{Gathered, QrError};
use zweifaktor_core::vault::session::VaultSession;

/// `import FILE…`: one export file, or the QR codes of one or more images (the parts of a
/// Google Authenticator transfer gathered across them), read as the window reads them. Files
/// are read before the password is asked, so a wrong file costs nothing.
pub fn import(ctx: &mut CommandContext, files: &[PathBuf], format: Option<&str>) -> Result<()> {
    let format = match format {
        Some(id) => Some(import::by_identifier(id).ok_or_else(|| {
            let known: Vec<_> = import::FORMATS.iter().map(|f| f.identifier).collect();
            Usage(fl!(
                "cli-usage-import-format",
                format = quoted(id),
                known = known.join(", ")
            ))
        })?),
        None => None,
    };
    if let [file] = files {
        return match read_file(file, format)? {
            Export(export) => import_export(ctx, &export),
            Image(texts) => {
                let mut codes = QrCodes::default();
                add_image(&mut codes, file, texts)?;
                import_qr_codes(ctx, &codes)
            }
        };
    }
    if format.is_some() {
        return Err(Usage(fl!("cli-usage-format-one-file")).into());
    }
    import_qr_codes(ctx, &read_images(files)?)
}

/// An export file: line 1 of standard input is the vault's password, line 2 the export's
/// (when it is encrypted).
fn import_export(ctx: &mut CommandContext, export: &ExportFile) -> Result<()> {
    let session = ctx.unlock()?;
    let export_password = if export.needs_password() {
        Some(ctx.input.password(&fl!(
            "cli-prompt-import-password",
            format = message::import_format_name(export.format.name, loader())
        ))?)
    } else {
        None
    };
    let imported = export.open(export_password.as_ref())?;
    save_imported(
        ctx,
        session,
        imported,
        &message::import_source(export, loader()),
    )
}

fn import_qr_codes(ctx: &mut CommandContext, codes: &QrCodes) -> Result<()> {
    let gathered = complete(codes)?;
    let session = ctx.unlock()?;
    save_imported(
        ctx,
        session,
        gathered.imported,
        &message::qr_codes_source(loader()),
    )
}

/// The file's content, or why there is nothing to import in it.
fn read_file(path: &Path, format: Option<&'static Format>) -> Result<FileContent> {
    flow::import::read_file(path, format).map_err(|error| file_error(path, error))
}

/// The QR codes of the images, gathered (each must be a PNG or JPEG image).
pub(super) fn read_images(paths: &[PathBuf]) -> Result<QrCodes> {
    let mut codes = QrCodes::default();
    for path in paths {
        match flow::import::read_image(path) {
            Ok(texts) => add_image(&mut codes, path, texts)?,
            Err(FileError::Image(QrError::NotAnImage)) => {
                return Err(Usage(fl!(
                    "cli-usage-not-an-image",
                    path = path.display().to_string()
                ))
                .into());
            }
            Err(error) => return Err(file_error(path, error)),
        }
    }
    Ok(codes)
}

/// An image's problem names the image: several may be read at once.
fn file_error(path: &Path, error: FileError) -> anyhow::Error {
    match error {
        FileError::Image(error) => anyhow::Error::new(error)
            .context(fl!("cli-cannot-read-qr", path = path.display().to_string())),
        other => other.into(),
    }
}

/// The QR codes of one more image; one with nothing usable is an error naming the file.
fn add_image(codes: &mut QrCodes, path: &Path, texts: Vec<Zeroizing<String>>) -> Result<()> {
    codes
        .add_image(texts)
        .with_context(|| fl!("cli-no-usable-qr", path = path.display().to_string()))
}

/// Every account of the QR codes read, with their warnings; refused while a transfer misses
/// parts.
pub(super) fn complete(codes: &QrCodes) -> Result<Gathered> {
    let gathered = codes.complete()?;
    gathered.warnings.iter().for_each(|w| warn(&w.to_message()));
    if gathered.not_otp > 0 {
        warn(&fl!("cli-qr-not-otp", count = gathered.not_otp));
    }
    Ok(gathered)
}

/// Saves the new entries of an import in one go and lists what was added and what skipped.
pub(super) fn save_imported(
    ctx: &mut CommandContext,
    mut session: VaultSession,
    imported: import::Imported,
    source: &str,
) -> Result<()> {
    let preview = import::preview::preview(imported, session.procedures());
    let drafts = preview.drafts();
    let now = ctx.clock.now_unix();
    let count = session.modify(|contents| -> Result<usize> {
        Ok(flow::import::add_imported(contents, drafts, now)?)
    })?;
    say!("{}", fl!("cli-imported", count = count, source = source))?;
    for row in preview.rows.iter().filter(|r| r.checked) {
        if row.cleaned {
            say!("  {} ({})", row.label, fl!("cli-import-name-cleaned"))?;
        } else {
            say!("  {}", row.label)?;
        }
    }
    let not_imported: Vec<(String, String)> = preview
        .rows
        .iter()
        .filter_map(|r| match &r.verdict {
            Verdict::New => None,
            verdict => Some((r.label.clone(), verdict.to_message())),
        })
        .chain(
            preview
                .skipped
                .iter()
                .map(|s| (s.label.to_message(), s.reason.to_message())),
        )
        .collect();
    if !not_imported.is_empty() {
        say!("{}", fl!("cli-skipped", count = not_imported.len()))?;
        for (label, reason) in not_imported {
            say!("  {label}: {reason}")?;
        }
    }
    Ok(())
}
