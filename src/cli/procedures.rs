//! The procedures in the vault: `list`, `code`, `remove`.

use std::io::IsTerminal;

use anyhow::{Context, Result, bail};
use serde::Serialize;

use super::Usage;
use super::args::CodeArgs;
use super::context::CommandContext;
use super::output::{self, say, tell};
use super::warn;
use crate::fl;
use zweifaktor_core::message::{Localize, quoted};
use zweifaktor_core::otp::{self, OtpGenerator, OtpKind, seconds_left};
use zweifaktor_core::procedure;
use zweifaktor_core::vault::session::SessionError;
use zweifaktor_core::vault::{self, ClearEntry};

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
        output::say_line(&output::json_escaped(serde_json::to_string_pretty(
            &listed,
        )?))?;
        return Ok(());
    }
    if summary.secrets_erased {
        tell!("{}", fl!("cli-list-erased"));
    } else if entries.is_empty() {
        tell!("{}", fl!("cli-list-empty"));
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
            line.push_str(&format!("  {}", fl!("cli-list-needs-reenrollment")));
        }
        say!("{line}")?;
    }
    Ok(())
}

pub fn code(ctx: &mut CommandContext, args: CodeArgs) -> Result<()> {
    let now = args.at.unwrap_or_else(|| ctx.clock.now_unix());
    if let Some(secret_text) = &args.secret {
        // No vault: compute a code directly.
        let (secret, warnings) = otp::parse_secret(secret_text)?;
        warnings.iter().for_each(|w| warn(&w.to_message()));
        let spec = args.otp.spec()?;
        let generator = OtpGenerator::new(&spec, &secret)?;
        return print_code(&generator, now);
    }
    if args.otp.given() {
        return Err(Usage(fl!("cli-usage-otp-with-secret")).into());
    }
    let query = args.name.unwrap_or_default();
    let mut session = ctx.unlock()?;
    let found = procedure::find(session.procedures(), &query)?;
    if found.needs_reenrollment {
        bail!(fl!(
            "cli-code-needs-reenrollment",
            name = quoted(&found.name)
        ));
    }
    let id = found.id;
    if let OtpKind::Hotp { .. } = found.otp.kind {
        if args.at.is_some() {
            return Err(Usage(fl!("cli-usage-at-hotp")).into());
        }
        // The counter advances in the same locked save that hands out the code, so two callers
        // never get the same HOTP code.
        let modified_at = ctx.clock.now_unix();
        let code = session.modify(|contents| -> Result<otp::Code> {
            let p = contents
                .procedures
                .iter_mut()
                .find(|p| p.id == id)
                .with_context(|| fl!("cli-removed-meanwhile"))?;
            // At the largest counter this refuses ("the counter is exhausted") and saves
            // nothing, rather than handing out the same code again.
            p.advance_hotp(modified_at)?
                .with_context(|| fl!("cli-changed-meanwhile"))
        })?;
        say!("{code}")?;
        return Ok(());
    }
    let generator = OtpGenerator::new(&found.otp, &found.secret)?;
    print_code(&generator, now)
}

fn print_code(generator: &OtpGenerator, now: u64) -> Result<()> {
    say!("{}", generator.code_at(now))?;
    if let Some(period) = generator.spec().kind.period()
        && std::io::stderr().is_terminal()
    {
        tell!(
            "{}",
            fl!("cli-code-valid-for", seconds = seconds_left(period, now))
        );
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
    say!("{}", fl!("cli-removed", name = shown))?;
    Ok(())
}
