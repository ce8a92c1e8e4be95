//! The vault itself: `init`, `passwd`, `reset`, `status`.

use anyhow::Result;

use super::Usage;
use super::context::CommandContext;
use super::output::{self, say, tell};
use crate::fl;
use zweifaktor_core::unlock::{self, LockStatus};
use zweifaktor_core::vault;
use zweifaktor_core::vault::kdf::KdfParams;
use zweifaktor_core::vault::storage::StorageError;

pub fn init(ctx: &mut CommandContext, hide_names: bool) -> Result<()> {
    if ctx.files.exists() {
        return Err(StorageError::AlreadyExists(ctx.files.vault_path().to_path_buf()).into());
    }
    let password = ctx.input.new_password(&fl!("cli-prompt-new-password"))?;
    unlock::create(&ctx.files, &password, KdfParams::default(), hide_names)?;
    say!(
        "{}",
        fl!(
            "cli-created",
            path = ctx.files.vault_path().display().to_string()
        )
    )?;
    Ok(())
}

pub fn passwd(ctx: &mut CommandContext) -> Result<()> {
    let erased = vault::summary(&ctx.files.read()?)?.secrets_erased;
    if erased {
        // Nothing is left to protect but the list: the new password needs no old one.
        tell!("{}", fl!("cli-passwd-erased"));
        let password = ctx.input.new_password(&fl!("cli-prompt-new-password"))?;
        unlock::start_over(&ctx.files, &password, KdfParams::default(), ctx.clock)?;
        say!("{}", fl!("cli-passwd-set-after-erase"))?;
        return Ok(());
    }
    let mut session = ctx.unlock()?;
    let password = ctx.input.new_password(&fl!("cli-prompt-new-password"))?;
    session.change_password(&password, KdfParams::default())?;
    say!("{}", fl!("cli-password-changed"))?;
    Ok(())
}

pub fn reset(ctx: &mut CommandContext, yes: bool) -> Result<()> {
    if !yes {
        return Err(Usage(fl!("cli-usage-reset-yes")).into());
    }
    ctx.files.read()?;
    let password = ctx.input.new_password(&fl!("cli-prompt-new-password"))?;
    let session = unlock::start_over(&ctx.files, &password, KdfParams::default(), ctx.clock)?;
    say!(
        "{}",
        fl!("cli-reset-done", count = session.procedures().len())
    )?;
    Ok(())
}

pub fn status(ctx: &mut CommandContext, json: bool) -> Result<()> {
    let status: LockStatus = unlock::status(&ctx.files, ctx.clock)?;
    if json {
        output::say_line(&output::json_escaped(serde_json::to_string(&status)?))?;
        return Ok(());
    }
    let path = ctx.files.vault_path().display().to_string();
    say!("{}", fl!("cli-status-vault", path = path))?;
    say!(
        "{}",
        fl!("cli-status-attempts", count = status.failed_attempts)
    )?;
    if status.locked_for_seconds > 0 {
        say!(
            "{}",
            fl!("cli-status-locked", seconds = status.locked_for_seconds)
        )?;
    }
    if status.secrets_erased {
        say!("{}", fl!("cli-status-erased"))?;
    }
    Ok(())
}
