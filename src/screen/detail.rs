//! What exactly kept the screen from being read ([`ScreenDetail`]): our own findings typed, so
//! that the window says them in the user's language; what the system or a library said stays
//! in its own words, as a technical detail.

use std::path::PathBuf;

/// See the module documentation. `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScreenDetail {
    #[error("neither a Wayland nor an X11 desktop is running")]
    NoDesktop,
    #[error("reading the screen is not built for this system")]
    NotBuilt,
    #[error("no monitor was found")]
    NoMonitor,
    #[error("no X11 display")]
    NoX11Display,
    #[error("the X server has no such screen")]
    NoSuchScreen,
    #[error("a screen of depth {0} is not supported")]
    Depth(u8),
    #[error("no D-Bus session bus: {0}")]
    NoSessionBus(String),
    #[error("nothing answers as org.freedesktop.portal.Desktop on the session bus")]
    NobodyAnswers,
    #[error("the desktop's portal has no Screenshot interface")]
    NoScreenshotInterface,
    #[error("the screenshot is not a local file but {0:?}")]
    NotLocalFile(String),
    #[error("the screenshot file {} is no usable image: {detail}", path.display())]
    NotAnImage { path: PathBuf, detail: String },
    #[error("the screenshot file {} is unreadable: {detail}", path.display())]
    Unreadable { path: PathBuf, detail: String },
    #[error("the screenshot file {} is larger than {max_mb} MB", path.display())]
    TooLarge { path: PathBuf, max_mb: u64 },
    /// The system's or a library's own message (X11, xcap, D-Bus, the portal).
    #[error("{0}")]
    System(String),
}
