//! `add`: one procedure from its secret, an `otpauth://` URI, or the QR codes of images (where
//! several accounts, or a Google transfer, are imported as `import` imports them).

use anyhow::Result;

use super::args::AddArgs;
use super::context::CommandContext;
use super::import::{complete, read_images, save_imported};
use super::output::say;
use super::{Usage, warn};
use crate::fl;
use zweifaktor_core::import::{ImportedEntry, label};
use zweifaktor_core::message::{self, Localize};
use zweifaktor_core::otp;
use zweifaktor_core::procedure::{Procedure, ProcedureDraft};
use zweifaktor_core::vault::Added;
use zweifaktor_core::vault::session::{SessionError, VaultSession};
use zweifaktor_core::vault::storage::StorageError;

pub fn add(ctx: &mut CommandContext, args: AddArgs) -> Result<()> {
    if !ctx.files.exists() {
        return Err(StorageError::NoVault(ctx.files.vault_path().to_path_buf()).into());
    }
    if !args.qr.is_empty() {
        return add_from_qr(ctx, &args);
    }
    if args.uri.is_some() && args.otp.given() {
        return Err(Usage(fl!("cli-usage-uri-parameters")).into());
    }
    // What the user typed on the command line is checked before the password is asked, so a
    // typo costs nothing. A secret or URI read from input ("-") comes after the password, which
    // keeps the password on line 1 of standard input for every command.
    let reads_secret = args.secret.as_deref() == Some("-") || args.uri.as_deref() == Some("-");
    let early_session = if reads_secret {
        Some(ctx.unlock()?)
    } else {
        None
    };
    let draft = match args.uri.as_deref() {
        // The URI holds the secret: from input, it stays out of the shell history and the
        // process list.
        Some("-") => draft_from_uri(&ctx.input.secret_line(&fl!("cli-prompt-uri"))?, &args)?,
        Some(uri) => draft_from_uri(uri, &args)?,
        None => draft_from_secret(ctx, &args)?,
    };
    let procedure = Procedure::create(draft, ctx.clock.now_unix())?;
    let session = match early_session {
        Some(session) => session,
        None => ctx.unlock()?,
    };
    save_added(session, procedure)
}

/// Saves one new procedure, or a new secret for one that must be enrolled again.
fn save_added(mut session: VaultSession, procedure: Procedure) -> Result<()> {
    let (name, id) = (procedure.name.clone(), procedure.id.to_string());
    let added =
        session.modify(|contents| Ok::<_, SessionError>(contents.add_or_reenroll(procedure)))?;
    match added {
        Added::Reenrolled(id) => say!(
            "{}",
            fl!("cli-reenrolled", name = name.as_str(), id = id.to_string())
        )?,
        Added::NewWithDuplicateName => {
            warn(&fl!("cli-duplicate-name", name = message::quoted(&name)));
            say!("{}", fl!("cli-added", name = name.as_str(), id = id))?;
        }
        Added::New => say!("{}", fl!("cli-added", name = name.as_str(), id = id))?,
    }
    Ok(())
}

/// `add --qr`: every code in the images. The images are read before the password is asked,
/// so a wrong file or an unreadable code costs nothing. One `otpauth://` code is added like
/// `--uri` (with `--name`, `--url`, `--issuer`); several codes, or a Google Authenticator
/// transfer, are imported like `import` does: duplicates of procedures in the vault skipped.
fn add_from_qr(ctx: &mut CommandContext, args: &AddArgs) -> Result<()> {
    if args.otp.given() {
        return Err(Usage(fl!("cli-usage-qr-parameters")).into());
    }
    let gathered = complete(&read_images(&args.qr)?)?;
    let mut imported = gathered.imported;
    // A transfer is imported even when it holds one account, so that a duplicate is skipped
    // as `import` skips it.
    if imported.entries.len() == 1 && imported.skipped.is_empty() && gathered.transfers == 0 {
        let draft = draft_of(imported.entries.remove(0), args);
        let procedure = Procedure::create(draft, ctx.clock.now_unix())?;
        let session = ctx.unlock()?;
        return save_added(session, procedure);
    }
    if args.name.is_some()
        || args.name_option.is_some()
        || args.url.is_some()
        || args.issuer.is_some()
    {
        return Err(Usage(fl!(
            "cli-usage-qr-several",
            count = (imported.entries.len() + imported.skipped.len())
        ))
        .into());
    }
    say!("{}", fl!("cli-qr-found", count = imported.entries.len()))?;
    let session = ctx.unlock()?;
    save_imported(
        ctx,
        session,
        imported,
        &message::qr_codes_source(zweifaktor_core::i18n::loader()),
    )
}

fn draft_from_uri(uri: &str, args: &AddArgs) -> Result<ProcedureDraft> {
    let (parsed, warnings) = otp::uri::parse(uri)?;
    warnings.iter().for_each(|w| warn(&w.to_message()));
    let entry = ImportedEntry {
        issuer: parsed.issuer.clone(),
        account: parsed.account.clone(),
        secret: parsed.secret.clone(),
        otp: parsed.spec,
    };
    Ok(draft_of(entry, args))
}

/// One account read from a URI or a QR code, with what the command line adds or overrides:
/// the name (default "Issuer (account)"), the issuer, the login URL.
fn draft_of(entry: ImportedEntry, args: &AddArgs) -> ProcedureDraft {
    let name = args
        .name_option
        .clone()
        .or(args.name.clone())
        .unwrap_or_else(|| label(entry.issuer.as_deref(), &entry.account));
    ProcedureDraft {
        name,
        issuer: args.issuer.clone().or(entry.issuer),
        account: Some(entry.account),
        secret: entry.secret,
        url: args.url.clone(),
        otp: entry.otp,
    }
}

fn draft_from_secret(ctx: &mut CommandContext, args: &AddArgs) -> Result<ProcedureDraft> {
    let Some(name) = args.name.clone() else {
        return Err(Usage(fl!("cli-usage-add-name")).into());
    };
    let typed = args.secret.clone().unwrap_or_default();
    let secret_text = if typed == "-" {
        ctx.input.secret_line(&fl!("cli-prompt-secret"))?
    } else {
        zeroize::Zeroizing::new(typed)
    };
    let (secret, warnings) = otp::parse_secret(&secret_text)?;
    warnings.iter().for_each(|w| warn(&w.to_message()));
    Ok(ProcedureDraft {
        name,
        issuer: args.issuer.clone(),
        account: None,
        secret,
        url: args.url.clone(),
        otp: args.otp.spec()?,
    })
}
