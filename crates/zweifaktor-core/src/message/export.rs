//! What exports say: why nothing was written, what was written where, which procedures were
//! left out; and the never-replace write of files that hold secrets.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{Localize, io_reason, path};
use crate::export::{ExportError, ExportFormat, LeftOutReason, MIN_EXPORT_PASSWORD_CHARS};
use crate::flow::export::{ExportFailure, ExportReport};
use crate::flow::new_file::NewFileError;
use crate::otp::DEFAULT_PERIOD;

impl Localize for ExportError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            ExportError::PasswordTooShort => fl!(
                l,
                "export-password-too-short",
                min = MIN_EXPORT_PASSWORD_CHARS
            ),
            ExportError::PasswordMissing => fl!(l, "export-password-missing"),
            ExportError::Backup(e) => fl!(l, "export-backup", reason = e.localize(l)),
            ExportError::KeyDerivation => fl!(l, "export-key-derivation"),
            ExportError::Encryption => fl!(l, "export-encryption"),
        }
    }
}

impl Localize for ExportFailure {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            ExportFailure::Unlock(e) => e.localize(l),
            ExportFailure::Nothing { format, .. } => {
                // The failure names the format by its English description.
                let name = crate::export::FORMATS
                    .iter()
                    .find(|f| f.description == *format)
                    .map_or_else(|| (*format).to_owned(), |f| export_format_name(f, l));
                fl!(l, "export-nothing", format = name)
            }
            ExportFailure::Export(e) => fl!(l, "export-failed", reason = e.localize(l)),
            ExportFailure::File(e) => e.localize(l),
        }
    }
}

impl Localize for LeftOutReason {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            LeftOutReason::NeedsReenrollment => fl!(l, "export-needs-reenrollment"),
            LeftOutReason::GooglePeriod(period) => fl!(
                l,
                "export-google-period",
                period = (*period),
                default = DEFAULT_PERIOD
            ),
            LeftOutReason::GoogleCounter(counter) => fl!(
                l,
                "export-google-counter",
                // As text: a number this large would be rounded as a Fluent number.
                counter = counter.to_string()
            ),
            LeftOutReason::GoogleSteam => fl!(l, "export-google-steam"),
            LeftOutReason::GoogleDigits(digits) => {
                fl!(l, "export-google-digits", digits = (*digits))
            }
        }
    }
}

impl Localize for NewFileError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            NewFileError::NoPath => fl!(l, "new-file-no-path"),
            NewFileError::Exists(p) => fl!(l, "new-file-exists", path = path(p)),
            NewFileError::NoFolder(p) => fl!(l, "new-file-no-folder", path = path(p)),
            NewFileError::Write { path: p, source } => fl!(
                l,
                "new-file-write",
                path = path(p),
                reason = io_reason(source, l)
            ),
            NewFileError::Storage(e) => e.localize(l),
        }
    }
}

/// A format as the export dialog and the command line name it ("encrypted Aegis vault").
pub fn export_format_name(format: &ExportFormat, l: &FluentLanguageLoader) -> String {
    match format.identifier {
        "zweifaktor" => fl!(l, "export-format-zweifaktor"),
        "aegis" => fl!(l, "export-format-aegis"),
        "otpauth" => fl!(l, "export-format-otpauth"),
        "google-migration" => fl!(l, "export-format-google-migration"),
        _ => format.description.to_owned(),
    }
}

/// "Exported 3 procedures to /home/…/backup.zweifaktor (Zweifaktor backup):"
pub fn export_report_headline(report: &ExportReport, l: &FluentLanguageLoader) -> String {
    fl!(
        l,
        "export-report",
        count = report.included.len(),
        path = path(&report.path),
        format = export_format_name(report.format, l)
    )
}

/// What the unencrypted formats' files are, said before they are written and after.
pub fn unencrypted_warning(l: &FluentLanguageLoader) -> String {
    fl!(l, "export-unencrypted-warning")
}

#[cfg(test)]
mod tests {
    use super::super::german::assert_german;
    use super::*;

    #[test]
    fn an_export_key_that_cannot_be_derived_is_said_in_german() {
        let de = crate::i18n::loader_for("de");
        assert_german(
            &ExportError::KeyDerivation.localize(&de),
            &["Schlüssel für den Export"],
        );
    }

    /// A storage failure other than the write itself is said as the storage says it.
    #[test]
    fn a_new_file_s_storage_failure_is_said_in_german() {
        let de = crate::i18n::loader_for("de");
        let error = NewFileError::Storage(crate::vault::storage::StorageError::Lock {
            path: "/srv/export.lock".into(),
            source: std::io::Error::from(std::io::ErrorKind::TimedOut),
        });
        assert_german(
            &error.localize(&de),
            &["/srv/export.lock", "nicht gesperrt", "keine Antwort"],
        );
    }
}
