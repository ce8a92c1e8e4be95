//! Secrets leaving the vault: `export` (a file in one of the core's export formats) and `qr` (one
//! procedure as a QR code image), both through the core's flows and its never-replace write.

use std::path::Path;

use anyhow::{Result, bail};

use super::context::CommandContext;
use super::input::Input;
use super::output::say;
use super::{Usage, warn};
use crate::fl;
use zweifaktor_core::export::{self, MIN_EXPORT_PASSWORD_CHARS};
use zweifaktor_core::flow::{self, new_file};
use zweifaktor_core::i18n::loader;
use zweifaktor_core::message::{self, Localize, quoted};
use zweifaktor_core::procedure;
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::kdf::KdfParams;

pub fn export(ctx: &mut CommandContext, file: &Path, format: &str) -> Result<()> {
    let format = export::by_identifier(format).ok_or_else(|| {
        Usage(fl!(
            "cli-usage-export-format",
            format = quoted(format),
            known = export::identifiers()
        ))
    })?;
    // Said before any password is asked; the write itself never replaces a file.
    new_file::check(file)?;
    if !format.encrypted {
        warn(&fl!(
            "cli-export-unencrypted",
            path = file.display().to_string(),
            format = message::export_format_name(format, loader()),
            warning = message::unencrypted_warning(loader())
        ));
    }
    let session = ctx.unlock()?;
    let password = if format.encrypted {
        Some(export_password(&mut ctx.input)?)
    } else {
        None
    };
    let report = flow::export::export_to_file(
        session.procedures(),
        format,
        password.as_ref(),
        file,
        KdfParams::default(),
    )
    .map_err(|failure| {
        let mut message = failure.to_message();
        for left in failure.left_out() {
            message.push_str(&format!("\n  {}: {}", left.name, left.reason.to_message()));
        }
        anyhow::Error::new(failure).context(message)
    })?;
    say!("{}", message::export_report_headline(&report, loader()))?;
    for name in &report.included {
        say!("  {name}")?;
    }
    if !report.left_out.is_empty() {
        say!("{}", fl!("cli-left-out", count = report.left_out.len()))?;
        for left in &report.left_out {
            say!("  {}: {}", left.name, left.reason.to_message())?;
        }
    }
    Ok(())
}

/// `qr NAME --out FILE.png`: one procedure as a QR code to scan with another app. Asks the
/// master password even when the names are readable: the image gives the secret away.
pub fn qr(ctx: &mut CommandContext, name: &str, out: &Path) -> Result<()> {
    // Said before the password is asked; the write itself never replaces a file.
    new_file::check(out)?;
    let session = ctx.unlock()?;
    let found = procedure::find(session.procedures(), name)?;
    flow::qr::write_png(found, out)?;
    let path = out.display().to_string();
    warn(&fl!(
        "cli-qr-holds-secret",
        path = path.as_str(),
        name = quoted(&found.name)
    ));
    say!(
        "{}",
        fl!("cli-qr-written", name = found.name.as_str(), path = path)
    )?;
    Ok(())
}

/// A password of its own for an encrypted export, asked twice (lines 2 and 3 of standard
/// input). Not the master-password rules: the file may be opened in another app on another
/// device, so only a minimum length is asked.
fn export_password(input: &mut Input) -> Result<Password> {
    let password = input.password(&fl!("cli-prompt-export-password"))?;
    let again = input.password(&fl!("cli-prompt-repeat-export-password"))?;
    if password.as_str() != again.as_str() {
        bail!(fl!("cli-export-passwords-differ"));
    }
    if password.as_str().chars().count() < MIN_EXPORT_PASSWORD_CHARS {
        bail!(fl!(
            "cli-export-password-short",
            min = MIN_EXPORT_PASSWORD_CHARS
        ));
    }
    Ok(password)
}
