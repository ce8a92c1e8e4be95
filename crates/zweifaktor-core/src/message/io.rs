//! The system's reasons for a failed read or write, in the user's language: every message
//! about a file ends with one of these.

use i18n_embed::fluent::FluentLanguageLoader;

use super::{Localize, localize_error_in};

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

#[cfg(test)]
mod tests {
    use std::io::{Error, ErrorKind};

    use super::super::german::assert_german;
    use super::super::localize_error;
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
