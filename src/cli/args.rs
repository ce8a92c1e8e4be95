//! The command-line interface, exactly as scripts and status bars rely on it, and what the
//! code parameters given there mean.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};

use super::Usage;
use crate::fl;
use zweifaktor_core::otp::{self, HashAlgorithm, OtpKind, OtpSpec};

#[derive(Debug, Parser)]
#[command(
    name = "zweifaktor",
    version,
    about = "Two-factor codes (TOTP/HOTP) from an encrypted vault",
    after_help = "Exit codes: 0 success, 1 error, 2 usage, 3 wrong password, 4 temporarily locked, \
                  5 secrets erased after too many wrong passwords."
)]
pub struct Cli {
    /// The vault file (default: the vault in your data folder).
    #[arg(long, global = true, env = "ZWEIFAKTOR_VAULT", value_name = "PATH")]
    pub vault: Option<PathBuf>,
    /// Read each password the command needs as one line of standard input, in order.
    #[arg(long, global = true)]
    pub password_stdin: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a vault; the password is asked twice.
    Init {
        /// Keep procedure names only inside the encrypted part (then a reset empties the list).
        #[arg(long)]
        hide_names: bool,
    },
    /// Add a procedure from its secret, an otpauth:// URI, or QR code images.
    Add(AddArgs),
    /// List the procedures (no password needed unless names are hidden).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Print the current code (for HOTP: the next code; the counter advances).
    Code(CodeArgs),
    /// Remove a procedure.
    Remove {
        /// Its name, or a prefix of its id.
        name: String,
    },
    /// Change the master password: the old one, then the new one twice.
    Passwd,
    /// Forgot the password: erase the secrets, keep the list, set a new password (twice).
    Reset {
        /// Confirm the erase.
        #[arg(long)]
        yes: bool,
    },
    /// Import another app's export (the format is recognised from the content), or the QR
    /// codes in screenshots or photos (PNG, JPEG).
    Import {
        /// The export file; or one or more images of QR codes: otpauth:// codes or the parts
        /// of a Google Authenticator transfer, gathered across the images in any order.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The format of an export file, when it is not recognised: see `--format help`.
        #[arg(long, value_name = "F")]
        format: Option<String>,
    },
    /// Write the procedures to a file: zweifaktor (encrypted backup), aegis (encrypted Aegis
    /// vault), otpauth (plain URI list) or google-migration (Google Authenticator links).
    Export {
        /// The file to create (an existing file is never replaced).
        file: PathBuf,
        /// zweifaktor, aegis, otpauth or google-migration.
        #[arg(long, value_name = "F")]
        format: String,
    },
    /// Write a procedure's otpauth:// URI as a QR code image, to scan it with a phone. The image
    /// holds the secret; the master password is asked.
    Qr {
        /// A procedure's name or id prefix.
        name: String,
        /// The PNG file to create (an existing file is never replaced).
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
    },
    /// Wrong attempts, lock and erase state.
    Status {
        #[arg(long)]
        json: bool,
    },
}

/// How a code is computed, shared by `add` and `code --secret`.
#[derive(Debug, Args, Clone, Default)]
pub struct OtpArgs {
    /// sha1, sha256 or sha512.
    #[arg(long, value_name = "A")]
    pub algorithm: Option<String>,
    #[arg(long, value_name = "N")]
    pub digits: Option<u8>,
    /// Seconds per code (TOTP).
    #[arg(long, value_name = "S")]
    pub period: Option<u32>,
    /// Makes it HOTP, starting at this counter.
    #[arg(long, value_name = "N")]
    pub counter: Option<u64>,
    /// Steam Guard codes.
    #[arg(long, conflicts_with_all = ["algorithm", "digits", "period", "counter"])]
    pub steam: bool,
}

impl OtpArgs {
    /// Whether any parameter was given (some commands take them from elsewhere).
    pub fn given(&self) -> bool {
        self.algorithm.is_some()
            || self.digits.is_some()
            || self.period.is_some()
            || self.counter.is_some()
            || self.steam
    }

    /// The code parameters given (defaults for the rest), checked.
    pub fn spec(&self) -> Result<OtpSpec> {
        if self.steam {
            return Ok(OtpSpec::steam());
        }
        let algorithm = match &self.algorithm {
            None => HashAlgorithm::Sha1,
            Some(name) => HashAlgorithm::from_name(name)
                .ok_or_else(|| otp::OtpError::Algorithm(name.clone()))?,
        };
        let kind = match (self.counter, self.period) {
            (Some(_), Some(_)) => {
                return Err(Usage(fl!("cli-usage-counter-period")).into());
            }
            (Some(counter), None) => OtpKind::Hotp { counter },
            (None, period) => OtpKind::Totp {
                period: period.unwrap_or(otp::DEFAULT_PERIOD),
            },
        };
        let spec = OtpSpec {
            kind,
            algorithm,
            digits: self.digits.unwrap_or(otp::DEFAULT_DIGITS),
        };
        spec.validate()?;
        Ok(spec)
    }
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("from_code").args(["uri", "qr"])))]
pub struct AddArgs {
    /// The procedure's name.
    pub name: Option<String>,
    /// The secret in Base32 ("-" reads it from standard input or asks for it).
    #[arg(
        long,
        value_name = "B32",
        conflicts_with = "from_code",
        required_unless_present = "from_code"
    )]
    pub secret: Option<String>,
    /// An otpauth:// URI with everything in it ("-" reads it from standard input or asks for
    /// it, so that its secret stays out of the shell history and the process list).
    #[arg(long, value_name = "URI")]
    pub uri: Option<String>,
    /// A PNG or JPEG image (e.g. a screenshot) with QR codes: otpauth:// codes or Google
    /// Authenticator transfer codes. Repeat it for a transfer split over several images; every
    /// code found is added.
    #[arg(long, value_name = "IMAGE")]
    pub qr: Vec<PathBuf>,
    /// The name, when adding from a URI or a QR code (default: issuer and account).
    #[arg(
        long = "name",
        value_name = "NAME",
        requires = "from_code",
        conflicts_with = "name"
    )]
    pub name_option: Option<String>,
    /// The login page, opened from the window.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    #[arg(long, value_name = "I")]
    pub issuer: Option<String>,
    #[command(flatten)]
    pub otp: OtpArgs,
}

#[derive(Debug, Args)]
pub struct CodeArgs {
    /// A procedure's name or id prefix.
    #[arg(required_unless_present = "secret", conflicts_with = "secret")]
    pub name: Option<String>,
    /// The code at this Unix time instead of now (time-based codes).
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub at: Option<u64>,
    /// Compute from this Base32 secret directly, without a vault.
    #[arg(long, value_name = "B32")]
    pub secret: Option<String>,
    #[command(flatten)]
    pub otp: OtpArgs,
}
