//! macOS's Screen Recording permission. Without it, Core Graphics still hands out a picture of
//! the screen — the desktop background and our own window, but no other app's window — so a
//! scan would just find nothing. We ask first: the first time, macOS shows its own dialog
//! ("“Zweifaktor” would like to record this computer's screen and audio", with "Open System
//! Settings" and "Deny"); macOS asks only once, and a permission given takes effect when the
//! program starts again.

use super::ScreenError;
use objc2_core_graphics::{CGPreflightScreenCaptureAccess, CGRequestScreenCaptureAccess};

pub fn require_screen_recording() -> Result<(), ScreenError> {
    if CGPreflightScreenCaptureAccess() {
        return Ok(());
    }
    // Shows macOS's dialog the first time, and registers Zweifaktor in the settings' list.
    if CGRequestScreenCaptureAccess() {
        return Ok(());
    }
    Err(ScreenError::NotAllowed)
}
