//! What exactly kept the screen from being read ([`ScreenDetail`]): our own findings typed, so
//! that the window says them in the user's language; what the system or a library said stays
//! in its own words, as a technical detail.

use std::io;
use std::path::PathBuf;

use zweifaktor_core::qr::QrError;

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
    /// The X server's socket cannot be reached (it is gone, or the display names another
    /// machine).
    #[error("the X server cannot be reached: {0}")]
    X11Unreachable(IoCause),
    /// The X server refused us (no permission for this display: xhost, a missing cookie).
    #[error("the X server refused the connection")]
    X11Refused,
    #[error("a screen of depth {0} is not supported")]
    Depth(u8),
    #[error("no D-Bus session bus: {0}")]
    NoSessionBus(String),
    /// The session bus's socket cannot be reached.
    #[error("the D-Bus session bus cannot be reached: {0}")]
    SessionBusUnreachable(IoCause),
    #[error("nothing answers as org.freedesktop.portal.Desktop on the session bus")]
    NobodyAnswers,
    #[error("the desktop's portal has no Screenshot interface")]
    NoScreenshotInterface,
    #[error("the screenshot is not a local file but {0:?}")]
    NotLocalFile(String),
    #[error("the screenshot file {} is no usable image: {reason}", path.display())]
    NotAnImage { path: PathBuf, reason: QrError },
    #[error("the screenshot file {} is unreadable: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: IoCause },
    #[error("the screenshot file {} is larger than {max_mb} MB", path.display())]
    TooLarge { path: PathBuf, max_mb: u64 },
    /// The system's or a library's own message (X11, xcap, D-Bus, the portal).
    #[error("{0}")]
    System(String),
}

/// What an `io::Error` says, kept so that a detail can be compared and cloned (an
/// `io::Error` can be neither) and said in the user's language later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IoCause {
    kind: io::ErrorKind,
    os_code: Option<i32>,
}

impl IoCause {
    /// The error again, for the core's message layer (which names the system's error number
    /// where the kind has no sentence of its own).
    pub fn to_io_error(self) -> io::Error {
        match self.os_code {
            Some(code) => io::Error::from_raw_os_error(code),
            None => io::Error::from(self.kind),
        }
    }
}

impl From<&io::Error> for IoCause {
    fn from(error: &io::Error) -> Self {
        IoCause {
            kind: error.kind(),
            os_code: error.raw_os_error(),
        }
    }
}

impl std::fmt::Display for IoCause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.to_io_error().fmt(f)
    }
}
