//! The one layer that turns the core's typed errors, warnings and reports into sentences in the
//! user's language ([`Localize`]). The errors' own `Display` stays English, for logs and tests;
//! whatever a person reads goes through here. One file per area: the vault and unlocking
//! ([`vault`]), codes and procedures ([`otp`]), imports and QR codes ([`import`]), exports and
//! new files ([`export`]), the system's reasons for a failed read or write ([`io`]).
//!
//! An argument of `fl!` that dereferences is written in parentheses, `n = (*n)`: the macro
//! appends `.into()` to it, and `*n.into()` would dereference the conversion instead.

mod export;
mod import;
mod import_detail;
mod import_reason;
mod io;
mod otp;
mod vault;

use std::path::Path;

use i18n_embed::fluent::FluentLanguageLoader;

pub use export::{export_format_name, export_report_headline, unencrypted_warning};
pub use import::{import_format_name, import_source, qr_codes_source};
pub use io::io_reason;

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

pub(super) fn localize_error_in(
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

/// What the message files' tests share (and the integration tests, through a `#[path]`
/// module in `tests/common`).
#[cfg(test)]
pub(crate) mod german;
