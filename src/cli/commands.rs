//! One function per subcommand, all over the same core as the window.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Serialize;
use zeroize::Zeroizing;

use super::args::{AddArgs, CodeArgs, OtpArgs};
use super::input::Input;
use super::{Usage, warn};
use FileContent::{Export, Image};
use zweifaktor_core::clock::Clock;
use zweifaktor_core::export;
use zweifaktor_core::flow::export::UNENCRYPTED_WARNING;
use zweifaktor_core::flow::import::{ExportFile, FileContent, FileError, QrCodes};
use zweifaktor_core::flow::{self, new_file};
use zweifaktor_core::import::{self, Format, label};
use zweifaktor_core::otp::{self, HashAlgorithm, OtpGenerator, OtpKind, OtpSpec, seconds_left};
use zweifaktor_core::procedure::{self, Procedure, ProcedureDraft};
use zweifaktor_core::qr::Gathered;
use zweifaktor_core::unlock::{self, LockStatus};
use zweifaktor_core::vault::kdf::KdfParams;
use zweifaktor_core::vault::session::{SessionError, VaultSession};
use zweifaktor_core::vault::storage::{StorageError, VaultFiles};
use zweifaktor_core::vault::{self, Added, ClearEntry};

/// What every command that touches a vault needs.
pub struct CommandContext<'a> {
    pub files: VaultFiles,
    pub input: Input,
    pub clock: &'a dyn Clock,
}

impl CommandContext<'_> {
    fn unlock(&mut self) -> Result<VaultSession> {
        let password = self.input.password("Master password: ")?;
        let session = unlock::unlock(&self.files, &password, self.clock)?;
        if session.restored_from_backup {
            warn(
                "the vault file was damaged; its backup copy was restored (the damaged file is kept as .damaged)",
            );
        }
        Ok(session)
    }
}

pub fn init(ctx: &mut CommandContext, hide_names: bool) -> Result<()> {
    if ctx.files.exists() {
        bail!(
            "a vault already exists at {}",
            ctx.files.vault_path().display()
        );
    }
    let password = ctx.input.new_password("New master password: ")?;
    unlock::create(&ctx.files, &password, KdfParams::default(), hide_names)?;
    println!("Created {}", ctx.files.vault_path().display());
    Ok(())
}

pub fn add(ctx: &mut CommandContext, args: AddArgs) -> Result<()> {
    if !ctx.files.exists() {
        return Err(StorageError::NoVault(ctx.files.vault_path().to_path_buf()).into());
    }
    if !args.qr.is_empty() {
        return add_from_qr(ctx, &args);
    }
    // What the user typed on the command line is checked before the password is asked, so a
    // typo costs nothing. A secret read from input ("-") comes after the password, which keeps
    // the password on line 1 of standard input for every command.
    let reads_secret = args.secret.as_deref() == Some("-");
    let early_session = if reads_secret {
        Some(ctx.unlock()?)
    } else {
        None
    };
    let draft = match &args.uri {
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
        Added::Reenrolled(id) => println!("Enrolled {name} again (id {id})"),
        Added::NewWithDuplicateName => {
            warn(&format!(
                "a procedure named {name:?} already exists; added another one"
            ));
            println!("Added {name} (id {id})");
        }
        Added::New => println!("Added {name} (id {id})"),
    }
    Ok(())
}

/// `add --qr`: every code in the images. The images are read before the password is asked,
/// so a wrong file or an unreadable code costs nothing. One `otpauth://` code is added like
/// `--uri` (with `--name`, `--url`, `--issuer`); several codes, or a Google Authenticator
/// transfer, are imported like `import` does: duplicates of procedures in the vault skipped.
fn add_from_qr(ctx: &mut CommandContext, args: &AddArgs) -> Result<()> {
    if has_otp_args(&args.otp) {
        return Err(Usage("with --qr, the parameters come from the QR code".into()).into());
    }
    let mut codes = QrCodes::default();
    for path in &args.qr {
        match read_file(path, None)? {
            Image(texts) => add_image(&mut codes, path, texts)?,
            Export(_) => bail!("{} is not a PNG or JPEG image", path.display()),
        }
    }
    let gathered = complete(&codes)?;
    let mut imported = gathered.imported;
    // A transfer is imported even when it holds one account, so that a duplicate is skipped
    // as `import` skips it.
    if imported.entries.len() == 1 && imported.skipped.is_empty() && gathered.transfers == 0 {
        let entry = imported.entries.remove(0);
        let name = args
            .name_option
            .clone()
            .or(args.name.clone())
            .unwrap_or_else(|| label(entry.issuer.as_deref(), &entry.account));
        let draft = ProcedureDraft {
            name,
            issuer: args.issuer.clone().or(entry.issuer.clone()),
            account: Some(entry.account.clone()),
            secret: entry.secret.clone(),
            url: args.url.clone(),
            otp: entry.otp,
        };
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
    println!(
        "Found {} accounts in the QR codes; adding all of them.",
        imported.entries.len()
    );
    let session = ctx.unlock()?;
    save_imported(ctx, session, imported, "the QR codes")
}

fn has_otp_args(otp: &OtpArgs) -> bool {
    otp.algorithm.is_some()
        || otp.digits.is_some()
        || otp.period.is_some()
        || otp.counter.is_some()
        || otp.steam
}

fn draft_from_uri(uri: &str, args: &AddArgs) -> Result<ProcedureDraft> {
    if has_otp_args(&args.otp) {
        return Err(Usage("with --uri, the parameters come from the URI".into()).into());
    }
    let (parsed, warnings) = otp::uri::parse(uri)?;
    warnings.iter().for_each(|w| warn(&w.to_string()));
    let name = args
        .name_option
        .clone()
        .or(args.name.clone())
        .unwrap_or_else(|| label(parsed.issuer.as_deref(), &parsed.account));
    Ok(ProcedureDraft {
        name,
        issuer: args.issuer.clone().or(parsed.issuer.clone()),
        account: Some(parsed.account.clone()),
        secret: parsed.secret.clone(),
        url: args.url.clone(),
        otp: parsed.spec,
    })
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
        otp: spec_from_args(&args.otp)?,
    })
}

fn spec_from_args(args: &OtpArgs) -> Result<OtpSpec> {
    if args.steam {
        return Ok(OtpSpec::steam());
    }
    let algorithm = match &args.algorithm {
        None => HashAlgorithm::Sha1,
        Some(name) => {
            HashAlgorithm::from_name(name).ok_or_else(|| otp::OtpError::Algorithm(name.clone()))?
        }
    };
    let kind = match (args.counter, args.period) {
        (Some(_), Some(_)) => {
            return Err(
                Usage("--counter (HOTP) and --period (TOTP) exclude each other".into()).into(),
            );
        }
        (Some(counter), None) => OtpKind::Hotp { counter },
        (None, period) => OtpKind::Totp {
            period: period.unwrap_or(otp::DEFAULT_PERIOD),
        },
    };
    let spec = OtpSpec {
        kind,
        algorithm,
        digits: args.digits.unwrap_or(otp::DEFAULT_DIGITS),
    };
    spec.validate()?;
    Ok(spec)
}

#[derive(Serialize)]
struct ListedEntry<'a> {
    id: String,
    name: &'a str,
    issuer: Option<&'a str>,
    url: Option<&'a str>,
    #[serde(rename = "type")]
    otp_type: &'a str,
    needs_reenrollment: bool,
}

impl<'a> From<&'a ClearEntry> for ListedEntry<'a> {
    fn from(e: &'a ClearEntry) -> Self {
        ListedEntry {
            id: e.id.to_string(),
            name: &e.name,
            issuer: e.issuer.as_deref(),
            url: e.url.as_deref(),
            otp_type: &e.otp_type,
            needs_reenrollment: e.needs_reenrollment,
        }
    }
}

pub fn list(ctx: &mut CommandContext, json: bool) -> Result<()> {
    let summary = vault::summary(&ctx.files.read()?)?;
    let entries = match summary.entries {
        Some(entries) => entries,
        None if summary.secrets_erased => {
            // Names hidden and secrets erased: nothing is left to list, by the user's choice.
            Vec::new()
        }
        None => ctx
            .unlock()?
            .procedures()
            .iter()
            .map(ClearEntry::from)
            .collect(),
    };
    if json {
        let listed: Vec<ListedEntry> = entries.iter().map(ListedEntry::from).collect();
        println!("{}", serde_json::to_string_pretty(&listed)?);
        return Ok(());
    }
    if summary.secrets_erased {
        eprintln!(
            "The secrets were erased; set a new password with `zweifaktor passwd`, then enroll these again."
        );
    } else if entries.is_empty() {
        eprintln!("No procedures yet. Add one with `zweifaktor add NAME --secret …`.");
    }
    for e in &entries {
        let mut line = e.name.clone();
        if let Some(issuer) = &e.issuer {
            line.push_str(&format!("  ({issuer})"));
        }
        if let Some(url) = &e.url {
            line.push_str(&format!("  {url}"));
        }
        if e.needs_reenrollment {
            line.push_str("  [needs re-enrollment]");
        }
        println!("{line}");
    }
    Ok(())
}

pub fn code(ctx: &mut CommandContext, args: CodeArgs) -> Result<()> {
    let now = args.at.unwrap_or_else(|| ctx.clock.now_unix());
    if let Some(secret_text) = &args.secret {
        // No vault: compute a code directly.
        let (secret, warnings) = otp::parse_secret(secret_text)?;
        warnings.iter().for_each(|w| warn(&w.to_string()));
        let spec = spec_from_args(&args.otp)?;
        let generator = OtpGenerator::new(&spec, &secret)?;
        return print_code(&generator, now);
    }
    if args.otp.algorithm.is_some()
        || args.otp.digits.is_some()
        || args.otp.period.is_some()
        || args.otp.counter.is_some()
        || args.otp.steam
    {
        return Err(Usage(
            "--algorithm, --digits, --period, --counter and --steam go with --secret".into(),
        )
        .into());
    }
    let query = args.name.unwrap_or_default();
    let mut session = ctx.unlock()?;
    let found = procedure::find(session.procedures(), &query)?;
    if found.needs_reenrollment {
        bail!(
            "{:?} must be enrolled again: its secret was erased (give it a new one with `zweifaktor add {:?} --secret …`)",
            found.name,
            found.name
        );
    }
    let id = found.id;
    if let OtpKind::Hotp { .. } = found.otp.kind {
        if args.at.is_some() {
            return Err(Usage("--at applies to time-based codes, not HOTP".into()).into());
        }
        // The counter advances in the same locked save that hands out the code, so two callers
        // never get the same HOTP code.
        let modified_at = ctx.clock.now_unix();
        let code = session.modify(|contents| -> Result<otp::Code> {
            let p = contents
                .procedures
                .iter_mut()
                .find(|p| p.id == id)
                .context("the procedure was removed meanwhile")?;
            let OtpKind::Hotp { counter } = p.otp.kind else {
                bail!("the procedure was changed meanwhile; try again");
            };
            let code = OtpGenerator::new(&p.otp, &p.secret)?.code_for_counter(counter);
            p.otp.kind = OtpKind::Hotp {
                counter: counter.saturating_add(1),
            };
            p.modified = modified_at;
            Ok(code)
        })?;
        println!("{code}");
        return Ok(());
    }
    let generator = OtpGenerator::new(&found.otp, &found.secret)?;
    print_code(&generator, now)
}

fn print_code(generator: &OtpGenerator, now: u64) -> Result<()> {
    println!("{}", generator.code_at(now));
    if let Some(period) = generator.spec().kind.period()
        && std::io::stderr().is_terminal()
    {
        eprintln!("(valid for {} more seconds)", seconds_left(period, now));
    }
    Ok(())
}

pub fn remove(ctx: &mut CommandContext, name: &str) -> Result<()> {
    let mut session = ctx.unlock()?;
    let found = procedure::find(session.procedures(), name)?;
    let (id, shown) = (found.id, found.name.clone());
    session.modify(|contents| {
        contents.procedures.retain(|p| p.id != id);
        Ok::<_, SessionError>(())
    })?;
    println!("Removed {shown}");
    Ok(())
}

pub fn passwd(ctx: &mut CommandContext) -> Result<()> {
    let erased = vault::summary(&ctx.files.read()?)?.secrets_erased;
    if erased {
        // Nothing is left to protect but the list: the new password needs no old one.
        eprintln!("The secrets were erased; choose a new master password.");
        let password = ctx.input.new_password("New master password: ")?;
        unlock::start_over(&ctx.files, &password, KdfParams::default(), ctx.clock)?;
        println!(
            "New password set. Procedures marked [needs re-enrollment] must be enrolled again."
        );
        return Ok(());
    }
    let mut session = ctx.unlock()?;
    let password = ctx.input.new_password("New master password: ")?;
    session.change_password(&password, KdfParams::default())?;
    println!("Password changed.");
    Ok(())
}

pub fn reset(ctx: &mut CommandContext, yes: bool) -> Result<()> {
    if !yes {
        return Err(Usage(
            "reset erases every secret (the list of procedures stays); confirm with --yes".into(),
        )
        .into());
    }
    ctx.files.read()?;
    let password = ctx.input.new_password("New master password: ")?;
    let session = unlock::start_over(&ctx.files, &password, KdfParams::default(), ctx.clock)?;
    println!(
        "The secrets were erased and a new password set; {} procedures must be enrolled again.",
        session.procedures().len()
    );
    Ok(())
}

pub fn status(ctx: &mut CommandContext, json: bool) -> Result<()> {
    let status: LockStatus = unlock::status(&ctx.files, ctx.clock)?;
    if json {
        println!("{}", serde_json::to_string(&status)?);
        return Ok(());
    }
    println!("Vault: {}", ctx.files.vault_path().display());
    println!("Wrong attempts: {}", status.failed_attempts);
    if status.locked_for_seconds > 0 {
        println!("Locked for {} more seconds", status.locked_for_seconds);
    }
    if status.secrets_erased {
        println!("The secrets were erased; set a new password with `zweifaktor passwd`.");
    }
    Ok(())
}

/// `import FILE…`: one export file, or the QR codes of one or more images (the parts of a
/// Google Authenticator transfer gathered across them), read as the window reads them. Files
/// are read before the password is asked, so a wrong file costs nothing.
pub fn import(ctx: &mut CommandContext, files: &[PathBuf], format: Option<&str>) -> Result<()> {
    let format = match format {
        Some(id) => Some(import::by_identifier(id).ok_or_else(|| {
            let known: Vec<_> = import::FORMATS.iter().map(|f| f.identifier).collect();
            Usage(format!(
                "unknown format {id:?}; known formats: {}",
                known.join(", ")
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
        return Err(Usage("--format applies to one export file".into()).into());
    }
    let mut codes = QrCodes::default();
    for file in files {
        match read_file(file, None)? {
            Image(texts) => add_image(&mut codes, file, texts)?,
            Export(_) => {
                return Err(Usage(format!(
                    "{} is an export file: import it on its own (several files are images of \
                     QR codes)",
                    file.display()
                ))
                .into());
            }
        }
    }
    import_qr_codes(ctx, &codes)
}

/// An export file: line 1 of standard input is the vault's password, line 2 the export's
/// (when it is encrypted).
fn import_export(ctx: &mut CommandContext, export: &ExportFile) -> Result<()> {
    let session = ctx.unlock()?;
    let export_password = if export.needs_password() {
        Some(
            ctx.input
                .password(&format!("Password of the {} export: ", export.format.name))?,
        )
    } else {
        None
    };
    let imported = export.open(export_password.as_ref())?;
    save_imported(ctx, session, imported, &export.source())
}

fn import_qr_codes(ctx: &mut CommandContext, codes: &QrCodes) -> Result<()> {
    let gathered = complete(codes)?;
    let session = ctx.unlock()?;
    save_imported(ctx, session, gathered.imported, "the QR codes")
}

/// The file's content, or why there is nothing to import in it.
fn read_file(path: &Path, format: Option<&'static Format>) -> Result<FileContent> {
    flow::import::read_file(path, format).map_err(|error| match error {
        FileError::Image(error) => anyhow::Error::new(error)
            .context(format!("cannot read a QR code from {}", path.display())),
        other => other.into(),
    })
}

/// The QR codes of one more image; one with nothing usable is an error naming the file.
fn add_image(codes: &mut QrCodes, path: &Path, texts: Vec<Zeroizing<String>>) -> Result<()> {
    codes
        .add_image(texts)
        .with_context(|| format!("{} holds no usable QR code", path.display()))
}

/// Every account of the QR codes read, with their warnings; refused while a transfer misses
/// parts.
fn complete(codes: &QrCodes) -> Result<Gathered> {
    let gathered = codes.complete()?;
    gathered.warnings.iter().for_each(|w| warn(&w.to_string()));
    if gathered.not_otp > 0 {
        warn(&format!(
            "{} QR code(s) hold no one-time-password secret and were left out",
            gathered.not_otp
        ));
    }
    Ok(gathered)
}

/// Saves the new entries of an import in one go and lists what was added and what skipped.
fn save_imported(
    ctx: &mut CommandContext,
    mut session: VaultSession,
    imported: import::Imported,
    source: &str,
) -> Result<()> {
    use zweifaktor_core::import::preview::Verdict;
    let preview = import::preview::preview(imported, session.procedures());
    let drafts = preview.drafts();
    let now = ctx.clock.now_unix();
    let procedures = drafts
        .into_iter()
        .map(|d| Procedure::create(d, now))
        .collect::<Result<Vec<_>, _>>()?;
    let count = procedures.len();
    session.modify(|contents| {
        contents.procedures.extend(procedures);
        Ok::<_, SessionError>(())
    })?;
    println!("Imported {count} procedures from {source}:");
    for row in preview.rows.iter().filter(|r| r.checked) {
        println!("  {}", row.label);
    }
    let not_imported: Vec<(String, String)> = preview
        .rows
        .iter()
        .filter_map(|r| match &r.verdict {
            Verdict::New => None,
            Verdict::Duplicate => Some((r.label.clone(), "already in the vault".to_owned())),
            Verdict::Unusable(reason) => Some((r.label.clone(), reason.clone())),
        })
        .chain(
            preview
                .skipped
                .iter()
                .map(|s| (s.label.clone(), s.reason.clone())),
        )
        .collect();
    if !not_imported.is_empty() {
        println!("Skipped {}:", not_imported.len());
        for (label, reason) in not_imported {
            println!("  {label}: {reason}");
        }
    }
    Ok(())
}

/// A password of its own for an encrypted export, asked twice (lines 2 and 3 of standard
/// input). Not the master-password rules: the file may be opened in another app on another
/// device, so only a minimum length is asked.
fn export_password(input: &mut Input) -> Result<zweifaktor_core::secret::Password> {
    use zweifaktor_core::export::MIN_EXPORT_PASSWORD_CHARS;
    let password = input.password("Password for the export file: ")?;
    let again = input.password("Repeat the export password: ")?;
    if password.as_str() != again.as_str() {
        bail!("the two export passwords differ; nothing was exported");
    }
    if password.as_str().chars().count() < MIN_EXPORT_PASSWORD_CHARS {
        bail!(
            "the export password must have at least {MIN_EXPORT_PASSWORD_CHARS} characters; \
             nothing was exported"
        );
    }
    Ok(password)
}

pub fn export(ctx: &mut CommandContext, file: &Path, format: &str) -> Result<()> {
    let format = export::by_identifier(format).ok_or_else(|| {
        Usage(format!(
            "unknown export format {format:?}; known formats: {}",
            export::identifiers()
        ))
    })?;
    // Said before any password is asked; the write itself never replaces a file.
    new_file::check(file)?;
    if !format.encrypted {
        warn(&format!(
            "{} ({}): {UNENCRYPTED_WARNING}",
            file.display(),
            format.description
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
        let mut message = failure.to_string();
        for left in failure.left_out() {
            message.push_str(&format!("\n  {}: {}", left.name, left.reason));
        }
        anyhow::Error::new(failure).context(message)
    })?;
    println!("{}", report.headline());
    for name in &report.included {
        println!("  {name}");
    }
    if !report.left_out.is_empty() {
        println!("Left out {}:", report.left_out.len());
        for left in &report.left_out {
            println!("  {}: {}", left.name, left.reason);
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
    warn(&format!(
        "{} holds the secret of {:?}: anyone who sees the image can make its codes. Scan it, \
         then delete it.",
        out.display(),
        found.name
    ));
    println!("Wrote the QR code of {} to {}", found.name, out.display());
    Ok(())
}
