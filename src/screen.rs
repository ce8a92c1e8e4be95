//! Capturing the screen to find QR codes on it (the enrollment page in the browser beside the
//! window).
//!
//! On Linux, two ways, chosen at run time:
//!
//! - on a Wayland desktop, the desktop's Screenshot portal ([`portal`]): Wayland does not let
//!   programs read the screen, the desktop takes the picture for us;
//! - on X11, the root window's pixels through the X protocol ([`x11`]).
//!
//! A Wayland session usually has an X server too (XWayland, `$DISPLAY` set), but its root
//! window holds only the XWayland windows, not the browser beside us: so the portal comes
//! first whenever `$WAYLAND_DISPLAY` is set, and X11 is only the fallback when the desktop has
//! no portal at all.
//!
//! On Windows and macOS, every monitor through xcap ([`monitors`]), stacked into one picture
//! ([`stack`]); macOS first wants the Screen Recording permission ([`macos`]).

mod detail;
#[cfg(target_os = "linux")]
pub mod portal;
#[cfg(target_os = "linux")]
pub mod x11;

#[cfg(target_os = "macos")]
mod macos;
#[cfg(any(target_os = "windows", target_os = "macos"))]
mod monitors;
#[cfg(any(test, target_os = "windows", target_os = "macos"))]
mod stack;

/// What every failure tells the user to do instead; the Import dialog shows the message next
/// to its "Choose file…" button.
#[cfg(not(target_os = "macos"))]
const INSTEAD: &str = "take a screenshot (e.g. with the Print Screen key) and open the file with Choose file… instead";
#[cfg(target_os = "macos")]
const INSTEAD: &str =
    "take a screenshot (Shift-Command-3) and open the file with Choose file… instead";

pub use detail::{IoCause, ScreenDetail};

#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    #[error("The screen cannot be read here ({0}); {INSTEAD}.")]
    Unavailable(ScreenDetail),
    #[error(
        "The desktop offers no screenshot portal (xdg-desktop-portal) to read the screen ({0}); {INSTEAD}."
    )]
    NoPortal(ScreenDetail),
    #[error("The screenshot was cancelled; {INSTEAD}.")]
    Cancelled,
    /// The portal answers so when the user (now or earlier) denied apps screenshots, and when
    /// the desktop's part failed: it does not say which.
    #[error(
        "The desktop did not take the screenshot (it may not allow apps to take screenshots); {INSTEAD}."
    )]
    Refused,
    #[error("The desktop did not answer the screenshot request within {0} seconds; {INSTEAD}.")]
    TimedOut(u64),
    #[error("Reading the screen through the desktop failed ({0}); {INSTEAD}.")]
    Failed(ScreenDetail),
    /// macOS: the Screen Recording permission is not given (yet). macOS asked the user the
    /// first time; a permission given applies from the next start.
    #[error(
        "macOS does not allow Zweifaktor to record the screen. Allow it in System Settings → \
         Privacy & Security → Screen & System Audio Recording (on older macOS: Screen Recording), \
         then quit and reopen Zweifaktor; or {INSTEAD}."
    )]
    NotAllowed,
}

/// The whole screen as 8-bit grey pixels: (width, height, pixels row by row).
///
/// `display` is an X11 display name such as ":0" and reads that X server. `None` means this
/// session's screen: through the desktop's Screenshot portal on Wayland (waiting at most
/// [`portal::TIMEOUT`], since a desktop may ask the user first), else the X server of
/// `$DISPLAY`.
#[cfg(target_os = "linux")]
pub fn capture_luma(display: Option<&str>) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    if display.is_some() {
        return x11::capture_luma(display);
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    match (set("WAYLAND_DISPLAY"), set("DISPLAY")) {
        (true, x11_too) => match portal::capture_luma(None, portal::TIMEOUT) {
            // XWayland's root shows only part of the screen, but that is better than nothing.
            Err(ScreenError::NoPortal(_)) if x11_too => x11::capture_luma(None),
            other => other,
        },
        (false, true) => x11::capture_luma(None),
        (false, false) => Err(ScreenError::Unavailable(ScreenDetail::NoDesktop)),
    }
}

/// The whole screen as 8-bit grey pixels: every monitor, one below the other. `_display`
/// names an X11 display and means nothing here.
#[cfg(any(target_os = "windows", target_os = "macos"))]
pub fn capture_luma(_display: Option<&str>) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    monitors::capture_luma()
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
pub fn capture_luma(_display: Option<&str>) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    Err(ScreenError::Unavailable(ScreenDetail::NotBuilt))
}
