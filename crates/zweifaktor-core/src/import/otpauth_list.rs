//! A plain text file of `otpauth://` URIs, one per line: what Aegis, WinAuth and many scripts
//! export, and what a user gets by pasting scanned QR codes into a file. Also owns the small
//! helpers the other URI-based importers (Ente, Bitwarden, Proton) share: reading the file as
//! text, turning a parsed URI into an entry, and the `steam://SECRET` shorthand.
//!
//! A line that cannot be used is skipped with its line number and the parser's message; the
//! rest of the file is still imported.

use super::{EntryLabel, ImportError, Imported, ImportedEntry, Reason, SkippedEntry};
use crate::otp::uri::{self, OtpAuthUri};
use crate::otp::{OtpError, OtpSpec, parse_secret};
use crate::secret::Password;

const SCHEME_PREFIX: &str = "otpauth://";
const STEAM_PREFIX: &str = "steam://";

pub struct Importer;

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "otpauth";
    const NAME: &'static str = "otpauth:// URI list";
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        let Ok(text) = text_of(bytes, Self::NAME) else {
            return false;
        };
        let mut lines = content_lines(text).peekable();
        lines.peek().is_some() && lines.all(|(_, line)| starts_with_otpauth(line))
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        let text = text_of(bytes, Self::NAME)?;
        import_uri_lines(text, Self::NAME)
    }
}

/// The file as UTF-8 text without a byte-order mark (Windows editors add one).
pub(crate) fn text_of<'a>(bytes: &'a [u8], format: &'static str) -> Result<&'a str, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotThisFormat {
        format,
        reason: Reason::NotText,
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Non-blank lines, trimmed, with their 1-based line numbers.
pub(crate) fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
}

pub(crate) fn starts_with_otpauth(line: &str) -> bool {
    line.get(..SCHEME_PREFIX.len())
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case(SCHEME_PREFIX))
}

/// Every non-blank line as one URI; bad lines are skipped with their number and the reason.
/// A file in which no line even starts like a URI is some other kind of file.
pub(crate) fn import_uri_lines(text: &str, format: &'static str) -> Result<Imported, ImportError> {
    if !content_lines(text).any(|(_, line)| starts_with_otpauth(line)) {
        return Err(if text.trim().is_empty() {
            ImportError::Empty
        } else {
            ImportError::NotThisFormat {
                format,
                reason: Reason::NoOtpauthLine,
            }
        });
    }
    let mut imported = Imported::default();
    for (number, line) in content_lines(text) {
        match uri::parse(line) {
            Ok((parsed, _warnings)) => imported.entries.push(entry_from_uri(parsed)),
            Err(error) => imported.skipped.push(SkippedEntry {
                label: EntryLabel::Line(number),
                reason: error.into(),
            }),
        }
    }
    Ok(imported)
}

/// An entry holding exactly what the URI says. The parser's warnings (short secret, issuer
/// mismatch) concern the issuer's choices, not the import, so they are not repeated here.
pub(crate) fn entry_from_uri(parsed: OtpAuthUri) -> ImportedEntry {
    let OtpAuthUri {
        issuer,
        account,
        secret,
        spec,
    } = parsed;
    ImportedEntry {
        issuer,
        account,
        secret,
        otp: spec,
    }
}

/// `steam://SECRET` (Bitwarden, Proton): a Base32 Steam Guard secret and nothing else.
/// `None` when `text` is not written that way.
pub(crate) fn parse_steam_uri(
    text: &str,
) -> Option<Result<(crate::secret::SecretBytes, OtpSpec), OtpError>> {
    let text = text.trim();
    let prefix = text.get(..STEAM_PREFIX.len())?;
    if !prefix.eq_ignore_ascii_case(STEAM_PREFIX) {
        return None;
    }
    let secret_text = &text[STEAM_PREFIX.len()..];
    Some(parse_secret(secret_text).map(|(secret, _warnings)| (secret, OtpSpec::steam())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Importer as _;

    #[test]
    fn a_bad_line_is_skipped_with_its_number() {
        let text = "\n  otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP \n\notpauth://totp/x?secret=1\n";
        let imported = Importer::import(text.as_bytes(), None).unwrap();
        assert_eq!(imported.entries.len(), 1);
        assert_eq!(imported.skipped.len(), 1);
        assert_eq!(imported.skipped[0].label, "line 4");
        assert!(imported.skipped[0].reason.to_string().contains("character"));
    }

    #[test]
    fn steam_shorthand() {
        let (secret, spec) = parse_steam_uri("steam://JBSWY3DPEHPK3PXP")
            .unwrap()
            .unwrap();
        assert_eq!(secret.to_base32().as_str(), "JBSWY3DPEHPK3PXP");
        assert_eq!(spec, OtpSpec::steam());
        assert!(parse_steam_uri("otpauth://totp/x").is_none());
        assert!(parse_steam_uri("steam://!!").unwrap().is_err());
    }
}
