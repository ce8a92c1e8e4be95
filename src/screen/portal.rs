//! The screen of a Wayland desktop, through its Screenshot portal
//! (`org.freedesktop.portal.Screenshot` on the session D-Bus, served by xdg-desktop-portal and
//! the desktop's backend): we ask for a non-interactive screenshot, the desktop saves it as a
//! PNG and answers with its `file://` URI, and we read that file.
//!
//! The D-Bus side is ashpd, the usual Rust wrapper of the portals (over zbus), rather than
//! zbus by hand: it knows the Request/Response dance (subscribe to the Response signal of the
//! request object before calling, so that a quick answer is not missed) and the error names.
//! It runs on zbus's async-io backend, which AccessKit already pulls in, instead of ashpd's
//! default, tokio; `async_io::block_on` drives the one call, so no runtime stays behind.
//!
//! The call is bounded by a timeout: the first time, xdg-desktop-portal asks the user whether
//! apps may take screenshots ("Allow Applications to Take Screenshots?"; once denied, every
//! later request is refused at once), and a portal that never answers must not freeze the
//! window for good.
//!
//! The screenshot file is the desktop's, saved wherever it keeps screenshots: it is read, never
//! deleted or changed (though it shows the QR code, and so the secret, we cannot tell that the
//! path is one the desktop made for us alone).

use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

use ashpd::desktop::ResponseError;
use ashpd::desktop::screenshot::Screenshot;
use ashpd::zbus;
use ashpd::{Error, PortalError};

use super::{IoCause, ScreenDetail, ScreenError};

/// How long the desktop has to answer: time enough for a permission dialog the user reads.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// A screenshot file larger than this is not read: an 8K screen as an uncompressed PNG is
/// about 130 MB, and the image decoder refuses larger pictures anyway.
const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// D-Bus errors meaning that nobody serves the portals at all…
const NOBODY_THERE: [&str; 2] = [
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
];
/// …or that the portals have no Screenshot interface.
const NO_SCREENSHOT_INTERFACE: [&str; 3] = [
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownObject",
];

/// The whole screen as 8-bit grey pixels: (width, height, pixels row by row), from the
/// desktop's Screenshot portal on the D-Bus at `bus_address` (`None`: this session's bus),
/// waiting at most `timeout` for the desktop's answer.
pub fn capture_luma(
    bus_address: Option<&str>,
    timeout: Duration,
) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    let uri = async_io::block_on(futures_lite::future::or(
        screenshot_uri(bus_address),
        async {
            async_io::Timer::after(timeout).await;
            Err(ScreenError::TimedOut(timeout.as_secs()))
        },
    ))?;
    let path = local_path(&uri)?;
    let bytes = read_bounded(&path)?;
    let image = zweifaktor_core::qr::decode::read_luma(&bytes).map_err(|e| {
        ScreenError::Failed(ScreenDetail::NotAnImage {
            path: path.clone(),
            reason: e,
        })
    })?;
    Ok((image.width(), image.height(), image.into_raw()))
}

/// Asks the portal for a screenshot and waits for its answer: the URI of the picture.
async fn screenshot_uri(bus_address: Option<&str>) -> Result<String, ScreenError> {
    let connection = match bus_address {
        Some(address) => match zbus::connection::Builder::address(address) {
            Ok(builder) => builder.build().await,
            Err(e) => Err(e),
        },
        None => zbus::Connection::session().await,
    }
    .map_err(|e| {
        ScreenError::NoPortal(match e {
            zbus::Error::InputOutput(e) => {
                ScreenDetail::SessionBusUnreachable(IoCause::from(e.as_ref()))
            }
            other => ScreenDetail::NoSessionBus(other.to_string()),
        })
    })?;
    let request = Screenshot::request()
        .connection(Some(connection))
        .interactive(false)
        .send()
        .await
        .map_err(classify)?;
    let screenshot = request.response().map_err(classify)?;
    Ok(screenshot.uri().as_str().to_owned())
}

fn classify(error: Error) -> ScreenError {
    match error {
        Error::Response(ResponseError::Cancelled) | Error::Portal(PortalError::Cancelled(_)) => {
            ScreenError::Cancelled
        }
        Error::Response(ResponseError::Other) | Error::Portal(PortalError::NotAllowed(_)) => {
            ScreenError::Refused
        }
        Error::PortalNotFound(_) => no_screenshot_interface(),
        Error::Portal(PortalError::ZBus(e)) | Error::Zbus(e) => match dbus_error_name(&e) {
            Some(name) if NOBODY_THERE.contains(&name.as_str()) => {
                ScreenError::NoPortal(ScreenDetail::NobodyAnswers)
            }
            Some(name) if NO_SCREENSHOT_INTERFACE.contains(&name.as_str()) => {
                no_screenshot_interface()
            }
            _ => ScreenError::Failed(ScreenDetail::System(e.to_string())),
        },
        other => ScreenError::Failed(ScreenDetail::System(other.to_string())),
    }
}

fn no_screenshot_interface() -> ScreenError {
    ScreenError::NoPortal(ScreenDetail::NoScreenshotInterface)
}

fn dbus_error_name(error: &zbus::Error) -> Option<String> {
    match error {
        zbus::Error::MethodError(name, _, _) => Some(name.as_str().to_owned()),
        zbus::Error::FDO(e) => Some(zbus::DBusError::name(e.as_ref()).as_str().to_owned()),
        _ => None,
    }
}

fn local_path(uri: &str) -> Result<PathBuf, ScreenError> {
    url::Url::parse(uri)
        .ok()
        .filter(|url| url.scheme() == "file")
        .and_then(|url| url.to_file_path().ok())
        .ok_or_else(|| ScreenError::Failed(ScreenDetail::NotLocalFile(uri.to_owned())))
}

fn read_bounded(path: &std::path::Path) -> Result<Vec<u8>, ScreenError> {
    let unreadable = |e: std::io::Error| {
        ScreenError::Failed(ScreenDetail::Unreadable {
            path: path.to_path_buf(),
            reason: (&e).into(),
        })
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(unreadable)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_FILE_BYTES) {
        return Err(ScreenError::Failed(ScreenDetail::TooLarge {
            path: path.to_path_buf(),
            max_mb: MAX_FILE_BYTES / 1024 / 1024,
        }));
    }
    Ok(bytes)
}
