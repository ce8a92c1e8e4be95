//! What the window says when something did not work: errors turned into sentences in the
//! user's language, in one place. The core's errors come through its message layer
//! ([`Localize`]); the window's own sentences are in `i18n/<lang>/zweifaktor.ftl`.

use super::export::ExportFailure;
use crate::autostart::AutostartError;
use crate::fl;
use crate::screen::{ScreenDetail, ScreenError};
use zweifaktor_core::message::Localize;
use zweifaktor_core::unlock::UnlockError;

/// A message as a sentence: first letter upper case.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One of the core's errors as a sentence in the user's language: the core's messages are
/// clauses ("the secret is empty"), which the command line puts after its name; the window
/// shows them on their own, capitalised and with a full stop.
pub fn error_sentence(error: &impl Localize) -> String {
    let mut text = sentence(&error.to_message());
    if !text.ends_with(['.', '!', '?', ':', '…']) {
        text.push('.');
    }
    text
}

/// When a password was not accepted.
pub fn unlock_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => {
            fl!("win-wrong-password", attempts_left = (*attempts_left))
        }
        UnlockError::Locked(_) => fl!("win-too-many-wrong-passwords"),
        other => error_sentence(other),
    }
}

/// When the master password asked again (export, QR code) was not accepted.
pub fn master_password_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => {
            fl!(
                "win-wrong-master-password",
                attempts_left = (*attempts_left)
            )
        }
        other => unlock_message(other),
    }
}

/// When the current password in "Change password" was not accepted.
pub fn current_password_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => {
            fl!(
                "win-wrong-current-password",
                attempts_left = (*attempts_left)
            )
        }
        other => unlock_message(other),
    }
}

/// When an export wrote nothing; a format that could hold none of the procedures says why
/// for each.
pub fn export_message(failure: ExportFailure) -> String {
    if let ExportFailure::Unlock(e) = &failure {
        return master_password_message(e);
    }
    let mut message = error_sentence(&failure);
    for left in failure.left_out() {
        message.push('\n');
        message.push_str(&fl!(
            "win-named-problem",
            name = left.name.as_str(),
            problem = left.reason.to_message()
        ));
    }
    message
}

/// Why "Scan screen" found nothing to read, and what to do instead.
pub fn screen_message(error: &ScreenError) -> String {
    let instead = if cfg!(target_os = "macos") {
        fl!("win-screen-instead-macos")
    } else {
        fl!("win-screen-instead")
    };
    match error {
        ScreenError::Unavailable(detail) => fl!(
            "win-screen-unavailable",
            detail = screen_detail(detail),
            instead = instead
        ),
        ScreenError::NoPortal(detail) => fl!(
            "win-screen-no-portal",
            detail = screen_detail(detail),
            instead = instead
        ),
        ScreenError::Cancelled => fl!("win-screen-cancelled", instead = instead),
        ScreenError::Refused => fl!("win-screen-refused", instead = instead),
        ScreenError::TimedOut(seconds) => fl!(
            "win-screen-timed-out",
            seconds = (*seconds),
            instead = instead
        ),
        ScreenError::Failed(detail) => fl!(
            "win-screen-failed",
            detail = screen_detail(detail),
            instead = instead
        ),
        ScreenError::NotAllowed => fl!("win-screen-not-allowed", instead = instead),
    }
}

/// Why the system would not give the program its global shortcut, after "The system refused
/// Ctrl+Alt+Z: ".
pub fn shortcut_refusal(refusal: &super::shortcut::ShortcutRefusal) -> String {
    use super::shortcut::ShortcutRefusal;
    match refusal {
        ShortcutRefusal::NoSuchKey => fl!("win-settings-shortcut-no-such-key"),
        ShortcutRefusal::X11Unreachable(cause) => fl!(
            "win-shortcut-refusal-x11-unreachable",
            reason = cause.to_io_error().to_message()
        ),
        ShortcutRefusal::X11Refused => fl!("win-shortcut-refusal-x11-refused"),
        ShortcutRefusal::System(text) => {
            fl!("win-shortcut-refusal-system", detail = text.as_str())
        }
    }
}

/// What exactly kept the screen from being read: our findings in the user's language, the
/// system's own message as it is.
fn screen_detail(detail: &ScreenDetail) -> String {
    let path = |path: &std::path::Path| path.display().to_string();
    match detail {
        ScreenDetail::NoDesktop => fl!("win-screen-detail-no-desktop"),
        ScreenDetail::NotBuilt => fl!("win-screen-detail-not-built"),
        ScreenDetail::NoMonitor => fl!("win-screen-detail-no-monitor"),
        ScreenDetail::NoX11Display => fl!("win-screen-detail-no-x11-display"),
        ScreenDetail::NoSuchScreen => fl!("win-screen-detail-no-such-screen"),
        ScreenDetail::X11Unreachable(cause) => fl!(
            "win-screen-detail-x11-unreachable",
            reason = cause.to_io_error().to_message()
        ),
        ScreenDetail::X11Refused => fl!("win-screen-detail-x11-refused"),
        ScreenDetail::Depth(depth) => fl!("win-screen-detail-depth", depth = (*depth)),
        ScreenDetail::NoSessionBus(system) => {
            fl!("win-screen-detail-no-session-bus", detail = system.as_str())
        }
        ScreenDetail::SessionBusUnreachable(cause) => fl!(
            "win-screen-detail-session-bus-unreachable",
            reason = cause.to_io_error().to_message()
        ),
        ScreenDetail::NobodyAnswers => fl!("win-screen-detail-nobody-answers"),
        ScreenDetail::NoScreenshotInterface => fl!("win-screen-detail-no-screenshot-interface"),
        ScreenDetail::NotLocalFile(uri) => {
            fl!("win-screen-detail-not-local-file", uri = uri.as_str())
        }
        ScreenDetail::NotAnImage { path: file, reason } => fl!(
            "win-screen-detail-not-an-image",
            path = path(file),
            detail = reason.to_message()
        ),
        ScreenDetail::Unreadable { path: file, reason } => fl!(
            "win-screen-detail-unreadable",
            path = path(file),
            detail = reason.to_io_error().to_message()
        ),
        ScreenDetail::TooLarge { path: file, max_mb } => fl!(
            "win-screen-detail-too-large",
            path = path(file),
            max_mb = (*max_mb)
        ),
        // X11's, D-Bus's or the portal's own words: nothing better is known, so they stay as
        // a technical detail behind a sentence in the user's language.
        ScreenDetail::System(system) => {
            fl!("win-screen-detail-system", detail = system.as_str())
        }
    }
}

/// Why start at login could not be changed, in the user's language. Windows' registry message
/// is the system's own, in the user's Windows language; the portal's is D-Bus's, kept as a
/// technical detail behind our sentence.
pub fn autostart_reason(error: &AutostartError) -> String {
    let path = |path: &std::path::Path| path.display().to_string();
    match error {
        AutostartError::NoPlace => fl!("win-autostart-no-place"),
        AutostartError::NoProgram(e) => fl!("win-autostart-no-program", detail = e.to_message()),
        AutostartError::Unwritable(file) => fl!("win-autostart-unwritable", path = path(file)),
        AutostartError::Write { path: file, source } => fl!(
            "win-autostart-write",
            path = path(file),
            detail = source.to_message()
        ),
        AutostartError::Remove { path: file, source } => fl!(
            "win-autostart-remove",
            path = path(file),
            detail = source.to_message()
        ),
        AutostartError::Registry(detail) => {
            fl!("win-autostart-registry", detail = detail.as_str())
        }
        AutostartError::Refused => fl!("win-settings-autostart-refused"),
        AutostartError::NoPortal(_) => fl!("win-settings-autostart-no-portal"),
        AutostartError::TimedOut(seconds) => {
            fl!("win-autostart-timed-out", seconds = *seconds)
        }
        AutostartError::Portal(detail) => fl!("win-autostart-portal", detail = detail.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_starts_with_a_capital_letter() {
        assert_eq!(sentence("ärger mit dem Netz"), "Ärger mit dem Netz");
        assert_eq!(sentence(""), "");
    }

    #[test]
    fn an_error_of_the_core_is_a_sentence_with_a_full_stop() {
        let error = zweifaktor_core::import::ImportError::Empty;
        assert_eq!(error_sentence(&error), "The file is empty.");
    }
}
