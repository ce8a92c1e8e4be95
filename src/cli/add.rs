//! `add`: one procedure from its secret, an `otpauth://` URI, or the QR codes of images (where
//! several accounts, or a Google transfer, are imported as `import` imports them).

use anyhow::Result;

use super::args::AddArgs;
use super::context::CommandContext;
use super::import::{complete, read_images, save_imported};
use super::output::say;
use super::{Usage, warn};
use zweifaktor_core::import::{ImportedEntry, label};
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
        return Err(Usage("with --uri, the parameters come from the URI".into()).into());
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
        Some("-") => draft_from_uri(&ctx.input.secret_line("otpauth URI: ")?, &args)?,
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
    let (name, id) = (procedure.name.clone(), procedure.id);
    let added =
        session.modify(|contents| Ok::<_, SessionError>(contents.add_or_reenroll(procedure)))?;
    match added {
        Added::Reenrolled(id) => say!("Enrolled {name} again (id {id})"),
        Added::NewWithDuplicateName => {
            warn(&format!(
                "a procedure named {name:?} already exists; added another one"
            ));
            say!("Added {name} (id {id})");
        }
        Added::New => say!("Added {name} (id {id})"),
    }
    Ok(())
}

/// `add --qr`: every code in the images. The images are read before the password is asked,
/// so a wrong file or an unreadable code costs nothing. One `otpauth://` code is added like
/// `--uri` (with `--name`, `--url`, `--issuer`); several codes, or a Google Authenticator
/// transfer, are imported like `import` does: duplicates of procedures in the vault skipped.
fn add_from_qr(ctx: &mut CommandContext, args: &AddArgs) -> Result<()> {
    if args.otp.given() {
        return Err(Usage("with --qr, the parameters come from the QR code".into()).into());
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
        return Err(Usage(format!(
            "the images hold {} accounts; a name, --url or --issuer applies to one only \
             (nothing was added)",
            imported.entries.len() + imported.skipped.len()
        ))
        .into());
    }
    say!(
        "Found {} accounts in the QR codes; adding all of them.",
        imported.entries.len()
    );
    let session = ctx.unlock()?;
    save_imported(ctx, session, imported, "the QR codes")
}

fn draft_from_uri(uri: &str, args: &AddArgs) -> Result<ProcedureDraft> {
    let (parsed, warnings) = otp::uri::parse(uri)?;
    warnings.iter().for_each(|w| warn(&w.to_string()));
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
        return Err(Usage("add needs a NAME (or --uri)".into()).into());
    };
    let typed = args.secret.clone().unwrap_or_default();
    let secret_text = if typed == "-" {
        ctx.input.secret_line("Secret (Base32): ")?
    } else {
        zeroize::Zeroizing::new(typed)
    };
    let (secret, warnings) = otp::parse_secret(&secret_text)?;
    warnings.iter().for_each(|w| warn(&w.to_string()));
    Ok(ProcedureDraft {
        name,
        issuer: args.issuer.clone(),
        account: None,
        secret,
        url: args.url.clone(),
        otp: args.otp.spec()?,
    })
}
