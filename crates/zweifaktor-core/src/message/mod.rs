//! The one layer that turns the core's typed errors, warnings and reports into sentences in the
//! user's language ([`Localize`]). The errors' own `Display` stays English, for logs and tests;
//! whatever a person reads goes through here. One file per area: the vault and unlocking
//! ([`vault`]), codes and procedures ([`otp`]), imports and QR codes ([`import`]), exports and
//! new files ([`export`]).
//!
//! An argument of `fl!` that dereferences is written in parentheses, `n = (*n)`: the macro
//! appends `.into()` to it, and `*n.into()` would dereference the conversion instead.

mod export;
mod import;
mod import_reason;
mod otp;
mod vault;

use std::path::Path;

use i18n_embed::fluent::FluentLanguageLoader;

pub use export::{export_format_name, export_report_headline, unencrypted_warning};
pub use import::{import_format_name, import_source, qr_codes_source};

/// Something the user reads, in their language.
pub trait Localize {
    /// The message in `loader`'s language.
    fn localize(&self, loader: &FluentLanguageLoader) -> String;

    /// The message in the chosen language (see [`crate::i18n::select`]).
    fn to_message(&self) -> String {
        self.localize(crate::i18n::loader())
    }
}

/// A path as the messages show it.
fn path(path: &Path) -> String {
    path.display().to_string()
}

/// A name or other text from a file or the user, shown between the messages' own quotation
/// marks: control characters are escaped, so that a name cannot move the cursor or change the
/// colours of a terminal, or hide a line of the message.
pub fn quoted(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

/// Why the system refused a read or write, in the user's language. The system's own text is
/// never shown: std formats it in the C locale, so it is English on every Linux desktop. The
/// kinds cover what happens to files on a local disk, a network share or a synced folder;
/// anything else is "system error N" with the system's error number, which an administrator
/// can look up.
pub fn io_reason(error: &std::io::Error, l: &FluentLanguageLoader) -> String {
    use i18n_embed_fl::fl;
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => fl!(l, "io-not-found"),
        ErrorKind::PermissionDenied => fl!(l, "io-permission-denied"),
        ErrorKind::AlreadyExists => fl!(l, "io-already-exists"),
        ErrorKind::StorageFull => fl!(l, "io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => fl!(l, "io-read-only"),
        ErrorKind::IsADirectory => fl!(l, "io-is-a-directory"),
        ErrorKind::NotADirectory => fl!(l, "io-not-a-directory"),
        ErrorKind::DirectoryNotEmpty => fl!(l, "io-directory-not-empty"),
        ErrorKind::InvalidFilename => fl!(l, "io-invalid-filename"),
        ErrorKind::FileTooLarge => fl!(l, "io-file-too-large"),
        ErrorKind::QuotaExceeded => fl!(l, "io-quota-exceeded"),
        ErrorKind::CrossesDevices => fl!(l, "io-crosses-devices"),
        ErrorKind::TooManyLinks => fl!(l, "io-too-many-links"),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy | ErrorKind::WouldBlock => {
            fl!(l, "io-busy")
        }
        ErrorKind::Deadlock => fl!(l, "io-deadlock"),
        ErrorKind::TimedOut => fl!(l, "io-timed-out"),
        ErrorKind::StaleNetworkFileHandle => fl!(l, "io-stale-network-file"),
        ErrorKind::NetworkDown | ErrorKind::NetworkUnreachable => fl!(l, "io-network-down"),
        ErrorKind::HostUnreachable => fl!(l, "io-host-unreachable"),
        ErrorKind::ConnectionRefused => fl!(l, "io-connection-refused"),
        ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::NotConnected
        | ErrorKind::BrokenPipe => fl!(l, "io-connection-lost"),
        ErrorKind::UnexpectedEof => fl!(l, "io-unexpected-eof"),
        ErrorKind::InvalidData => fl!(l, "io-invalid-data"),
        ErrorKind::InvalidInput => fl!(l, "io-invalid-input"),
        ErrorKind::WriteZero => fl!(l, "io-write-zero"),
        ErrorKind::OutOfMemory => fl!(l, "io-out-of-memory"),
        ErrorKind::Unsupported => fl!(l, "io-unsupported"),
        ErrorKind::Interrupted => fl!(l, "io-interrupted"),
        _ => {
            // An error of ours carried through an `io::Error` (a reader's, a writer's) says
            // itself.
            if let Some(message) = error
                .get_ref()
                .and_then(|inner| localize_error_in(inner, l))
            {
                return message;
            }
            match error.raw_os_error() {
                // As text: a Fluent number would get a thousands separator.
                Some(code) => fl!(l, "io-system-error", code = code.to_string()),
                None => fl!(l, "io-unknown-error"),
            }
        }
    }
}

/// An I/O error on its own says its reason ([`io_reason`]).
impl Localize for std::io::Error {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        io_reason(self, l)
    }
}

/// What the url crate found wrong with an address (a link, a login page), in the user's
/// language. Its own messages are English; the variants it may add later get a general
/// sentence.
fn url_syntax(error: &url::ParseError, l: &FluentLanguageLoader) -> String {
    use i18n_embed_fl::fl;
    use url::ParseError;
    match error {
        ParseError::EmptyHost => fl!(l, "url-syntax-empty-host"),
        ParseError::IdnaError => fl!(l, "url-syntax-idna"),
        ParseError::InvalidPort => fl!(l, "url-syntax-port"),
        ParseError::InvalidIpv4Address => fl!(l, "url-syntax-ipv4"),
        ParseError::InvalidIpv6Address => fl!(l, "url-syntax-ipv6"),
        ParseError::InvalidDomainCharacter => fl!(l, "url-syntax-domain-character"),
        ParseError::RelativeUrlWithoutBase | ParseError::RelativeUrlWithCannotBeABaseBase => {
            fl!(l, "url-syntax-relative")
        }
        ParseError::Overflow => fl!(l, "url-syntax-too-long"),
        _ => fl!(l, "url-syntax-other"),
    }
}

/// Items of a list in one line ("one digit, one special character").
fn joined(items: impl IntoIterator<Item = String>, l: &FluentLanguageLoader) -> String {
    items
        .into_iter()
        .collect::<Vec<_>>()
        .join(&i18n_embed_fl::fl!(l, "list-separator"))
}

/// The message of any of the core's errors, in the chosen language; `None` for an error that
/// is not the core's. For front ends that hold errors as `dyn Error` (`anyhow`): the message
/// includes the error's causes. A bare `io::Error` is the core's too here: its reason is said
/// as [`io_reason`] says it.
pub fn localize_error(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    localize_error_in(error, crate::i18n::loader())
}

fn localize_error_in(
    error: &(dyn std::error::Error + 'static),
    l: &FluentLanguageLoader,
) -> Option<String> {
    macro_rules! first_of {
        ($($error:ty),* $(,)?) => {
            $(
                if let Some(error) = error.downcast_ref::<$error>() {
                    return Some(error.localize(l));
                }
            )*
        };
    }
    first_of!(
        crate::unlock::UnlockError,
        crate::vault::session::SessionError,
        crate::vault::storage::StorageError,
        crate::vault::VaultError,
        crate::vault::format::FormatError,
        crate::vault::kdf::KdfError,
        crate::vault::cipher::OpenFailed,
        crate::lockout::Locked,
        crate::password_rules::WeakPassword,
        crate::otp::OtpError,
        crate::procedure::ProcedureError,
        crate::procedure::FindError,
        crate::import::ImportError,
        crate::import::read::ReadError,
        crate::flow::import::FileError,
        crate::qr::QrError,
        crate::qr::ContentError,
        crate::flow::qr::QrFailure,
        crate::export::ExportError,
        crate::flow::export::ExportFailure,
        crate::flow::new_file::NewFileError,
    );
    if let Some(error) = error.downcast_ref::<std::io::Error>() {
        return Some(io_reason(error, l));
    }
    None
}

/// What the message files' tests share: a German message checked for the words a German
/// reader should find and for English words that must not be left in it.
#[cfg(test)]
pub(crate) mod german {
    /// Words of English sentences that German never uses (so a leftover English clause or
    /// an untranslated library message shows up).
    const ENGLISH: &[&str] = &[
        "the", "is", "it", "not", "cannot", "does", "has", "with", "of", "to", "invalid", "error",
        "instead", "starts", "too", "no",
    ];

    /// `text` (German) contains each of `words` and no English word.
    pub fn assert_german(text: &str, words: &[&str]) {
        for word in words {
            assert!(text.contains(word), "{text:?} lacks {word:?}");
        }
        let english: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| ENGLISH.contains(&word.to_lowercase().as_str()))
            .collect();
        assert!(english.is_empty(), "{text:?} has English: {english:?}");
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Error, ErrorKind};

    use super::german::assert_german;
    use super::*;

    /// What a network share, a synced folder or a full quota does to a file, said in German.
    #[test]
    fn the_system_s_reasons_for_network_and_disk_trouble_are_german() {
        let de = crate::i18n::loader_for("de");
        for (kind, words) in [
            (ErrorKind::TimedOut, &["keine Antwort", "Netzlaufwerk"][..]),
            (
                ErrorKind::StaleNetworkFileHandle,
                &["Netzlaufwerk", "nicht mehr gültig"],
            ),
            (ErrorKind::NetworkDown, &["Netzwerk", "nicht verfügbar"]),
            (ErrorKind::NetworkUnreachable, &["Netzwerk"]),
            (ErrorKind::HostUnreachable, &["Server", "nicht erreichbar"]),
            (ErrorKind::ConnectionRefused, &["abgelehnt"]),
            (ErrorKind::ConnectionReset, &["Verbindung", "unterbrochen"]),
            (ErrorKind::ConnectionAborted, &["unterbrochen"]),
            (ErrorKind::NotConnected, &["unterbrochen"]),
            (ErrorKind::BrokenPipe, &["unterbrochen"]),
            (ErrorKind::ResourceBusy, &["anderes Programm"]),
            (ErrorKind::WouldBlock, &["anderes Programm"]),
            (ErrorKind::QuotaExceeded, &["Speicherkontingent"]),
            (ErrorKind::FileTooLarge, &["zu groß"]),
            (ErrorKind::DirectoryNotEmpty, &["Ordner", "nicht leer"]),
            (ErrorKind::NotADirectory, &["Pfad", "kein Ordner"]),
            (ErrorKind::InvalidFilename, &["Name", "nicht erlaubt"]),
            (ErrorKind::CrossesDevices, &["anderen Datenträger"]),
            (ErrorKind::UnexpectedEof, &["zu früh"]),
            (ErrorKind::InvalidData, &["Inhalt"]),
            (ErrorKind::InvalidInput, &["nicht angenommen"]),
            (ErrorKind::OutOfMemory, &["Arbeitsspeicher"]),
            (ErrorKind::Unsupported, &["unterstützt"]),
            (ErrorKind::Interrupted, &["unterbrochen"]),
            (ErrorKind::WriteZero, &["nicht vollständig geschrieben"]),
        ] {
            assert_german(&io_reason(&Error::from(kind), &de), words);
        }
    }

    /// An error the list does not know is said by its number, never by the system's English.
    #[test]
    fn any_other_system_error_is_its_number_in_german() {
        let de = crate::i18n::loader_for("de");
        // ENOLINK ("Link has been severed"): no kind of its own.
        let severed = Error::from_raw_os_error(67);
        assert_eq!(io_reason(&severed, &de), "Systemfehler 67");
        let unknown = Error::other("something English");
        assert_eq!(io_reason(&unknown, &de), "ein unbekannter Systemfehler");
    }

    /// A typed error of ours carried inside an `io::Error` says itself, and a bare `io::Error`
    /// in a front end's chain of causes is translated too.
    #[test]
    fn an_error_of_ours_inside_an_io_error_and_a_bare_io_error_are_translated() {
        let de = crate::i18n::loader_for("de");
        let inside = Error::other(crate::import::ImportError::Empty);
        assert_eq!(
            io_reason(&inside, &de),
            crate::import::ImportError::Empty.localize(&de)
        );
        let bare: Box<dyn std::error::Error> = Box::new(Error::from(ErrorKind::QuotaExceeded));
        let message = localize_error(bare.as_ref());
        assert_eq!(
            message,
            Some(io_reason(
                &Error::from(ErrorKind::QuotaExceeded),
                crate::i18n::loader()
            ))
        );
    }
}
