//! One-time passwords: TOTP (RFC 6238), HOTP (RFC 4226) and Steam Guard codes, computed by
//! totp-rs; Base32 secrets; `otpauth://` URIs. Everything here is pure: the time is a parameter.

pub mod base32;
pub mod generator;
pub mod uri;

use serde::{Deserialize, Serialize};

pub use base32::parse_secret;
pub use generator::{Code, OtpGenerator, seconds_left};

/// Digits accepted for TOTP and HOTP. RFC 4226 asks for 6 to 8; other apps' exports carry 4 to
/// 9, and totp-rs computes up to 9 (10 would overflow its 32-bit modulus).
pub const DIGITS_RANGE: std::ops::RangeInclusive<u8> = 4..=9;
/// Periods accepted for TOTP, in seconds.
pub const PERIOD_RANGE: std::ops::RangeInclusive<u32> = 1..=120;
pub const DEFAULT_PERIOD: u32 = 30;
pub const DEFAULT_DIGITS: u8 = 6;
/// Steam Guard codes: five characters of Steam's alphabet, SHA1, 30 s.
pub const STEAM_DIGITS: u8 = 5;
/// The longest secret accepted, in bytes: 16 times the 64 bytes of a SHA-512 key, the longest
/// any service issues, yet a bound on what a hostile link or file can make us keep (an 8 MB
/// "secret" was accepted before).
pub const MAX_SECRET_BYTES: usize = 1024;
/// Shorter secrets than this get a warning (RFC 4226 asks for at least 128 bits, and 80 bits is
/// what many real services still issue).
pub const MIN_SECRET_BITS_WITHOUT_WARNING: usize = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum HashAlgorithm {
    #[default]
    Sha1,
    Sha256,
    Sha512,
}

impl HashAlgorithm {
    /// The lowercase name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            HashAlgorithm::Sha1 => "sha1",
            HashAlgorithm::Sha256 => "sha256",
            HashAlgorithm::Sha512 => "sha512",
        }
    }

    /// Case-insensitive, with or without a hyphen ("SHA-256").
    pub fn from_name(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().replace('-', "").as_str() {
            "sha1" => Some(HashAlgorithm::Sha1),
            "sha256" => Some(HashAlgorithm::Sha256),
            "sha512" => Some(HashAlgorithm::Sha512),
            _ => None,
        }
    }
}

/// What kind of one-time password, with the part of its state that differs by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OtpKind {
    /// Time-based: a new code every `period` seconds.
    Totp { period: u32 },
    /// Counter-based: `counter` is the counter of the *next* code to show.
    Hotp { counter: u64 },
    /// Steam Guard: TOTP with SHA1, 30 s and five characters from Steam's alphabet.
    Steam,
}

impl OtpKind {
    /// "totp", "hotp" or "steam": the type name in URIs, JSON and on the command line.
    pub fn type_name(&self) -> &'static str {
        match self {
            OtpKind::Totp { .. } => "totp",
            OtpKind::Hotp { .. } => "hotp",
            OtpKind::Steam => "steam",
        }
    }

    /// The period of a time-based code, `None` for HOTP.
    pub fn period(&self) -> Option<u32> {
        match self {
            OtpKind::Totp { period } => Some(*period),
            OtpKind::Steam => Some(DEFAULT_PERIOD),
            OtpKind::Hotp { .. } => None,
        }
    }
}

/// Everything but the secret that decides which code is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtpSpec {
    pub kind: OtpKind,
    pub algorithm: HashAlgorithm,
    pub digits: u8,
}

impl Default for OtpSpec {
    /// What nearly every service uses: TOTP, SHA1, 6 digits, 30 s.
    fn default() -> Self {
        OtpSpec {
            kind: OtpKind::Totp {
                period: DEFAULT_PERIOD,
            },
            algorithm: HashAlgorithm::Sha1,
            digits: DEFAULT_DIGITS,
        }
    }
}

impl OtpSpec {
    pub fn steam() -> Self {
        OtpSpec {
            kind: OtpKind::Steam,
            algorithm: HashAlgorithm::Sha1,
            digits: STEAM_DIGITS,
        }
    }

    /// Checks the ranges above; Steam must be SHA1 with 5 digits.
    pub fn validate(&self) -> Result<(), OtpError> {
        match self.kind {
            OtpKind::Steam
                if self.digits != STEAM_DIGITS || self.algorithm != HashAlgorithm::Sha1 =>
            {
                Err(OtpError::SteamParameters)
            }
            OtpKind::Steam => Ok(()),
            OtpKind::Totp { period } if !PERIOD_RANGE.contains(&period) => {
                Err(OtpError::Period(period))
            }
            _ if !DIGITS_RANGE.contains(&self.digits) => Err(OtpError::Digits(self.digits)),
            _ => Ok(()),
        }
    }
}

/// Why a secret, a parameter or a URI cannot be used. Each message says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OtpError {
    #[error("the secret is empty")]
    EmptySecret,
    #[error(
        "the secret has an invalid character {character:?} at position {position} (Base32 uses the letters A-Z and the digits 2-7)"
    )]
    InvalidBase32Character { character: char, position: usize },
    #[error("{0} digits are not supported (use 4 to 9; most services use 6)")]
    Digits(u8),
    #[error("a period of {0} seconds is not supported (use 1 to 120; most services use 30)")]
    Period(u32),
    #[error("Steam codes always use SHA1 and 5 characters")]
    SteamParameters,
    #[error("unknown algorithm {0:?} (use sha1, sha256 or sha512)")]
    Algorithm(String),
    #[error("not an otpauth URI: {0}")]
    Uri(UriProblem),
    #[error("the secret is {bytes} bytes long; at most {MAX_SECRET_BYTES} are allowed")]
    SecretTooLong { bytes: usize },
    #[error("the secret is too short: {characters} Base32 character(s) do not make a single byte")]
    SecretTooShort { characters: usize },
    #[error("unknown OTP type {0:?} in the URI (use totp, hotp or steam)")]
    UriType(String),
    /// `encoder=` names something other than Steam, or Steam for HOTP codes.
    #[error(
        "unknown OTP type \"{type_name} with encoder={encoder}\" in the URI (only totp codes take encoder=steam)"
    )]
    UriEncoder { type_name: String, encoder: String },
    #[error("the URI has no {0} parameter, which it needs")]
    MissingParameter(&'static str),
    #[error("the {parameter} parameter {value:?} is not a valid number")]
    BadNumber {
        parameter: &'static str,
        value: String,
    },
    #[error("the URI gives the {0} parameter twice, with different values")]
    DuplicateParameter(String),
    #[error("Steam codes always change every 30 seconds, not every {0}")]
    SteamPeriod(u32),
}

/// Why a text is not an `otpauth://` link at all (as opposed to a link with a wrong parameter).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UriProblem {
    #[error("the text is empty")]
    Empty,
    #[error("it does not start with otpauth://")]
    NoScheme,
    /// The url crate's reason, which names the problem and never the text (so never the
    /// secret).
    #[error("it cannot be read as a URI ({0})")]
    Unreadable(url::ParseError),
    #[error("it is a Google Authenticator export (otpauth-migration://), not a single account")]
    MigrationExport,
    /// The scheme the text has instead (before the colon).
    #[error("it starts with \"{0}:\" instead of otpauth://")]
    OtherScheme(String),
    #[error("it names no type after otpauth:// (totp, hotp or steam)")]
    NoType,
}

/// Something accepted but worth telling the user (on stderr, or beside the field in the window).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OtpWarning {
    #[error(
        "the secret is only {bits} bits long; RFC 4226 asks for at least 128 (it is used as given)"
    )]
    ShortSecret { bits: usize },
    #[error("the last character of the secret carries no whole byte and was not used")]
    DanglingCharacter,
    #[error(
        "the label names the issuer {label:?} but the issuer parameter says {parameter:?}; using {parameter:?}"
    )]
    IssuerMismatch { label: String, parameter: String },
}
