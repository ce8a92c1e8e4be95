//! The vault itself: `init`, `passwd`, `reset`, `status`.

use anyhow::{Result, bail};

use super::Usage;
use super::context::CommandContext;
use super::output::{self, say, tell};
use zweifaktor_core::unlock::{self, LockStatus};
use zweifaktor_core::vault;
use zweifaktor_core::vault::kdf::KdfParams;

pub fn init(ctx: &mut CommandContext, hide_names: bool) -> Result<()> {
    if ctx.files.exists() {
        bail!(
            "a vault already exists at {}",
            ctx.files.vault_path().display()
        );
    }
    let password = ctx.input.new_password("New master password: ")?;
    unlock::create(&ctx.files, &password, KdfParams::default(), hide_names)?;
    say!("Created {}", ctx.files.vault_path().display());
    Ok(())
}

pub fn passwd(ctx: &mut CommandContext) -> Result<()> {
    let erased = vault::summary(&ctx.files.read()?)?.secrets_erased;
    if erased {
        // Nothing is left to protect but the list: the new password needs no old one.
        tell!("The secrets were erased; choose a new master password.");
        let password = ctx.input.new_password("New master password: ")?;
        unlock::start_over(&ctx.files, &password, KdfParams::default(), ctx.clock)?;
        say!("New password set. Procedures marked [needs re-enrollment] must be enrolled again.");
        return Ok(());
    }
    let mut session = ctx.unlock()?;
    let password = ctx.input.new_password("New master password: ")?;
    session.change_password(&password, KdfParams::default())?;
    say!("Password changed.");
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
    say!(
        "The secrets were erased and a new password set; {} procedures must be enrolled again.",
        session.procedures().len()
    );
    Ok(())
}

pub fn status(ctx: &mut CommandContext, json: bool) -> Result<()> {
    let status: LockStatus = unlock::status(&ctx.files, ctx.clock)?;
    if json {
        println!("{}", output::json_escaped(serde_json::to_string(&status)?));
        return Ok(());
    }
    say!("Vault: {}", ctx.files.vault_path().display());
    say!("Wrong attempts: {}", status.failed_attempts);
    if status.locked_for_seconds > 0 {
        say!("Locked for {} more seconds", status.locked_for_seconds);
    }
    if status.secrets_erased {
        say!("The secrets were erased; set a new password with `zweifaktor passwd`.");
    }
    Ok(())
}
