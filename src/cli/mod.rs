//! The command line: argument parsing, running one subcommand, and the exit codes scripts see.

pub mod args;
mod context;
mod input;
mod output;

// One file per command group.
mod add;
mod export;
mod import;
mod procedures;
mod vault_commands;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use crate::fl;
use args::{Cli, Command};
use context::CommandContext;
use input::Input;
use output::tell;
use zweifaktor_core::clock::SystemClock;
use zweifaktor_core::config::{Config, ConfigStore, VAULT_FILE_NAME, default_vault_folder};
use zweifaktor_core::message::localize_error;
use zweifaktor_core::unlock::UnlockError;
use zweifaktor_core::vault::storage::VaultFiles;

pub const EXIT_ERROR: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_WRONG_PASSWORD: u8 = 3;
pub const EXIT_LOCKED: u8 = 4;
pub const EXIT_ERASED: u8 = 5;

/// A command line that parses but asks for something that does not go together (the message
/// in the user's language).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Usage(pub String);

/// The vault file used when neither --vault nor ZWEIFAKTOR_VAULT is given: the one the window
/// uses (the folder chosen on its first start), else the user's data folder (e.g.
/// ~/.local/share/zweifaktor on Linux).
pub fn default_vault_path() -> Result<PathBuf> {
    vault_path_of(&ConfigStore::system().load())
}

fn vault_path_of(config: &Config) -> Result<PathBuf> {
    if let Some(path) = config.vault_path() {
        return Ok(path);
    }
    let folder = default_vault_folder().with_context(|| fl!("cli-no-home"))?;
    Ok(folder.join(VAULT_FILE_NAME))
}

pub fn warn(message: &str) {
    tell!("{}", fl!("cli-warning", message = message));
}

/// Where the program's terminal comes from, for whether it may ask for passwords there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    /// Its own: a Unix terminal, or a Windows console program's console — the terminal waits
    /// until the program ends.
    Own,
    /// The console of the terminal that started the Windows window program, borrowed after the
    /// start (src/windows_console.rs). The terminal does not wait for a window program: it shows
    /// its prompt and reads the keyboard at the same time as we do, so a password typed there
    /// could land on its command line (and in its history). No prompts then.
    Borrowed,
}

/// Parses the arguments and runs; never panics on user input, one line on stderr on failure.
pub fn main() -> ExitCode {
    main_in(Terminal::Own)
}

/// [`main`] for a program started in `terminal`.
pub fn main_in(terminal: Terminal) -> ExitCode {
    // The settings are read once: their language for every message, their vault as default.
    let config = ConfigStore::system().load();
    crate::i18n::init(&config);
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    match run(cli, &config, terminal) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if output_closed(&error) => {
            // The program reading the output has what it wanted (`… list | head -1`).
            ExitCode::SUCCESS
        }
        Err(error) => {
            tell!("{}", fl!("cli-error", message = one_paragraph(&error)));
            ExitCode::from(exit_code(&error))
        }
    }
}

fn run(cli: Cli, config: &Config, terminal: Terminal) -> Result<()> {
    let Some(command) = cli.command else {
        // No command: the desktop window, on the vault given (or the one chosen on first start).
        return crate::desktop::run(cli.vault);
    };
    let path = match cli.vault {
        Some(path) => path,
        None => vault_path_of(config)?,
    };
    let clock = SystemClock;
    let mut ctx = CommandContext {
        files: VaultFiles::new(path),
        input: Input::new(cli.password_stdin, terminal),
        clock: &clock,
    };
    match command {
        Command::Init { hide_names } => vault_commands::init(&mut ctx, hide_names),
        Command::Passwd => vault_commands::passwd(&mut ctx),
        Command::Reset { yes } => vault_commands::reset(&mut ctx, yes),
        Command::Status { json } => vault_commands::status(&mut ctx, json),
        Command::Add(args) => add::add(&mut ctx, args),
        Command::List { json } => procedures::list(&mut ctx, json),
        Command::Code(args) => procedures::code(&mut ctx, args),
        Command::Remove { name } => procedures::remove(&mut ctx, &name),
        Command::Import { files, format } => import::import(&mut ctx, &files, format.as_deref()),
        Command::Export { file, format } => export::export(&mut ctx, &file, &format),
        Command::Qr { name, out } => export::qr(&mut ctx, &name, &out),
    }
}

/// Whether `error` is standard output closed by the program reading it.
fn output_closed(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<output::OutputError>()
        .is_some_and(|e| e.0.kind() == std::io::ErrorKind::BrokenPipe)
}

fn exit_code(error: &anyhow::Error) -> u8 {
    if error.downcast_ref::<Usage>().is_some() {
        return EXIT_USAGE;
    }
    match error.downcast_ref::<UnlockError>() {
        Some(UnlockError::WrongPassword { .. }) => EXIT_WRONG_PASSWORD,
        Some(UnlockError::Locked(_)) => EXIT_LOCKED,
        Some(UnlockError::ErasedNow | UnlockError::SecretsErased) => EXIT_ERASED,
        _ => EXIT_ERROR,
    }
}

/// The error and its causes on one line ("cannot save …: the disk is full"), in the user's
/// language: the core's errors through its message layer (which includes their causes), the
/// command line's own contexts as they were written (already translated).
fn one_paragraph(error: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in error.chain() {
        let (cause, whole) = match (
            cause.downcast_ref::<output::OutputError>(),
            localize_error(cause),
        ) {
            // Ours: the reason (the disk is full…) is its source, said next.
            (Some(_), _) => (fl!("cli-output-failed"), false),
            (None, Some(message)) => (message, true),
            (None, None) => (cause.to_string(), false),
        };
        if !text.contains(&cause) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&cause);
        }
        if whole {
            break;
        }
    }
    text
}
