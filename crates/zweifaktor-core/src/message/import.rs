//! What imports say: why a file gives nothing (unreadable, unknown, encrypted, damaged), why an
//! image's QR codes cannot be used, where imported entries came from, and why an entry is not
//! added.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{Localize, io_reason, quoted};
use crate::flow::import::{ExportFile, FileError};
use crate::flow::qr::QrFailure;
use crate::import::preview::Verdict;
use crate::import::read::ReadError;
use crate::import::{
    EntryLabel, ImportError, Importer, MAX_IMPORT_BYTES, SkipReason, otpauth_list,
    zweifaktor_backup,
};
use crate::qr::encode::MAX_MODULE_PX;
use crate::qr::{ContentError, EncodeProblem, QrError};

impl Localize for ImportError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            ImportError::PasswordRequired => fl!(l, "import-password-required"),
            ImportError::WrongPassword => fl!(l, "import-wrong-password"),
            ImportError::NotThisFormat { format, reason } => fl!(
                l,
                "import-not-this-format",
                format = import_format_name(format, l),
                reason = reason.localize(l)
            ),
            ImportError::Damaged { format, reason } => fl!(
                l,
                "import-damaged",
                format = import_format_name(format, l),
                reason = reason.localize(l)
            ),
            ImportError::Unsupported { format, reason } => fl!(
                l,
                "import-unsupported",
                format = import_format_name(format, l),
                reason = reason.localize(l)
            ),
            ImportError::Empty => fl!(l, "import-empty"),
            ImportError::TooLarge { size } => fl!(
                l,
                "import-too-large",
                size = (*size),
                max = MAX_IMPORT_BYTES
            ),
            ImportError::UnknownFormat => fl!(l, "import-unknown-format"),
        }
    }
}

impl Localize for ReadError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            ReadError::Io { path, source } => fl!(
                l,
                "import-cannot-read",
                path = path.as_str(),
                reason = io_reason(source, l)
            ),
            ReadError::Import(e) => e.localize(l),
        }
    }
}

impl Localize for FileError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            FileError::Read(e) => e.localize(l),
            FileError::Image(e) => e.localize(l),
            FileError::Format(e) => e.localize(l),
        }
    }
}

impl Localize for QrError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            QrError::NotAnImage => fl!(l, "qr-not-an-image"),
            // The decoder's words are English and name nothing the user can change.
            QrError::Unreadable(_) => fl!(l, "qr-unreadable"),
            QrError::TooLarge { max } => fl!(l, "qr-too-large", max = (*max)),
            QrError::NoCode => fl!(l, "qr-no-code"),
            QrError::PixelCount {
                width,
                height,
                expected,
                actual,
            } => fl!(
                l,
                "qr-pixel-count",
                width = (*width),
                height = (*height),
                expected = (*expected),
                actual = (*actual)
            ),
            QrError::Encode(problem) => fl!(l, "qr-encode", detail = problem.localize(l)),
        }
    }
}

impl Localize for EncodeProblem {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            EncodeProblem::ModuleSize(px) => {
                fl!(l, "qr-encode-module-size", px = (*px), max = MAX_MODULE_PX)
            }
            EncodeProblem::Code(qrcode::types::QrError::DataTooLong) => {
                fl!(l, "qr-encode-too-long")
            }
            EncodeProblem::Code(_) | EncodeProblem::Png(_) => fl!(l, "qr-encode-internal"),
        }
    }
}

impl Localize for ContentError {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            ContentError::NotOtp => fl!(l, "qr-not-otp"),
            ContentError::Otp(e) => fl!(l, "qr-bad-otpauth", reason = e.localize(l)),
            ContentError::Migration(e) => fl!(l, "qr-bad-transfer", reason = e.localize(l)),
            ContentError::MissingParts {
                received,
                total,
                missing,
            } => fl!(
                l,
                "qr-missing-parts",
                received = (*received),
                total = (*total),
                missing = missing.as_str()
            ),
        }
    }
}

impl Localize for QrFailure {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            QrFailure::Unlock(e) => e.localize(l),
            QrFailure::Gone => fl!(l, "qr-gone"),
            QrFailure::NoSecret(name) => fl!(l, "qr-no-secret", name = quoted(name)),
            QrFailure::Qr(e) => e.localize(l),
            QrFailure::File(e) => e.localize(l),
        }
    }
}

/// Why an entry of an export is skipped.
impl Localize for SkipReason {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            SkipReason::Otp(e) => e.localize(l),
            SkipReason::NoSecret => fl!(l, "import-skipped-no-secret"),
            SkipReason::UnsupportedCodes(kind) => {
                fl!(l, "import-skipped-unsupported-codes", kind = (*kind))
            }
            SkipReason::InTrash => fl!(l, "import-skipped-in-trash"),
            SkipReason::Undecryptable => fl!(l, "import-skipped-undecryptable"),
            SkipReason::Format(reason) => reason.localize(l),
            SkipReason::Link(error) => error.localize(l),
        }
    }
}

/// How a skipped entry is named: its names as they are, its place in the file in the user's
/// language ("Zeile 4").
impl Localize for EntryLabel {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            EntryLabel::Named(name) => name.clone(),
            EntryLabel::Line(number) => fl!(l, "import-label-line", number = (*number)),
            EntryLabel::Entry(number) => fl!(l, "import-label-entry", number = (*number)),
            EntryLabel::Token(key) => fl!(l, "import-label-token", key = key.as_str()),
            EntryLabel::QrCode => fl!(l, "import-label-qr-code"),
        }
    }
}

/// Why a row of the import preview is not imported (nothing for a new entry).
impl Localize for Verdict {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            Verdict::New => String::new(),
            Verdict::Duplicate => fl!(l, "import-duplicate"),
            Verdict::Unusable(reason) => reason.localize(l),
        }
    }
}

/// The name of an import format (as the importers give it) in the user's language: the apps'
/// names stay as they are, the words around them ("… database", "… URI list") are translated.
pub fn import_format_name(name: &str, l: &FluentLanguageLoader) -> String {
    if let Some(app) = app_of_database(name) {
        fl!(l, "import-format-database", app = app)
    } else if name == otpauth_list::Importer::NAME {
        fl!(l, "import-format-otpauth-list")
    } else if name == zweifaktor_backup::Importer::NAME {
        fl!(l, "import-format-zweifaktor-backup")
    } else {
        name.to_owned()
    }
}

/// "Google Authenticator" of "Google Authenticator app database" (or "… database").
fn app_of_database(name: &str) -> Option<&str> {
    name.strip_suffix(" app database")
        .or_else(|| name.strip_suffix(" database"))
}

/// Where the entries of an export came from, for "Imported 3 procedures from …": "the Aegis
/// Authenticator export", "the Google Authenticator app database".
pub fn import_source(export: &ExportFile, l: &FluentLanguageLoader) -> String {
    let name = export.format.name;
    match app_of_database(name) {
        Some(app) => fl!(l, "import-source-database", app = app),
        None => fl!(
            l,
            "import-source-export",
            format = import_format_name(name, l)
        ),
    }
}

/// Where the entries of QR codes came from, for "Imported 3 procedures from …".
pub fn qr_codes_source(l: &FluentLanguageLoader) -> String {
    fl!(l, "import-source-qr-codes")
}

#[cfg(test)]
mod tests {
    use super::super::german::assert_german;
    use super::*;

    #[test]
    fn a_qr_code_that_cannot_be_drawn_says_why_in_german() {
        let de = crate::i18n::loader_for("de");
        let too_long = match crate::qr::png(&"A".repeat(8000), 4) {
            Ok(_) => panic!("8000 characters fit in a QR code"),
            Err(error) => error.localize(&de),
        };
        assert_german(
            &too_long,
            &["QR-Code kann nicht gezeichnet werden", "zu lang"],
        );
        let module = match crate::qr::png("x", 0) {
            Ok(_) => panic!("a module of 0 pixels was accepted"),
            Err(error) => error.localize(&de),
        };
        assert_german(&module, &["1 bis 64 Pixel", "nicht 0"]);
        let internal = QrError::Encode(EncodeProblem::Png("IO error".into())).localize(&de);
        assert_german(&internal, &["interner Fehler"]);
    }

    /// The decoder's English is for the log; the user reads that the image is damaged.
    #[test]
    fn a_damaged_image_is_said_in_german_without_the_decoder_s_english() {
        let de = crate::i18n::loader_for("de");
        let mut png =
            crate::qr::png("otpauth://totp/A?secret=JBSWY3DPEHPK3PXP", 4).unwrap_or_default();
        png.truncate(png.len() / 2);
        let error = match crate::qr::decode_image(&png) {
            Ok(texts) => panic!("half a PNG read as {} codes", texts.len()),
            Err(error) => error,
        };
        assert!(matches!(error, QrError::Unreadable(_)), "{error:?}");
        assert_german(&error.localize(&de), &["Bild kann nicht gelesen werden"]);
    }
}
