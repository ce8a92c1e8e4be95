//! The screen of an X server: the root window's pixels, read with GetImage over the X protocol
//! (x11rb, which the window's clipboard and windowing crates use already).

use super::{IoCause, ScreenDetail, ScreenError};

/// The whole X11 screen as 8-bit grey pixels: (width, height, pixels row by row).
/// `display` is an X11 display name such as ":0"; `None` means `$DISPLAY`.
pub fn capture_luma(display: Option<&str>) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    use x11rb::connection::Connection;
    use x11rb::errors::{ConnectError, ConnectionError, ReplyError};
    use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};

    let unavailable =
        |e: &dyn std::fmt::Display| ScreenError::Unavailable(ScreenDetail::System(e.to_string()));
    if display.is_none() && std::env::var_os("DISPLAY").is_none() {
        return Err(ScreenError::Unavailable(ScreenDetail::NoX11Display));
    }
    let (conn, screen_number) = x11rb::connect(display).map_err(|e| match e {
        ConnectError::IoError(e) => {
            ScreenError::Unavailable(ScreenDetail::X11Unreachable(IoCause::from(&e)))
        }
        ConnectError::SetupAuthenticate(_) | ConnectError::SetupFailed(_) => {
            ScreenError::Unavailable(ScreenDetail::X11Refused)
        }
        other => unavailable(&other),
    })?;
    let screen = conn
        .setup()
        .roots
        .get(screen_number)
        .ok_or(ScreenError::Unavailable(ScreenDetail::NoSuchScreen))?;
    let (width, height) = (screen.width_in_pixels, screen.height_in_pixels);
    // The X server gone away meanwhile is a reason the user can act on; anything else is
    // X11's own word.
    let lost = |e: ConnectionError| match e {
        ConnectionError::IoError(e) => {
            ScreenError::Unavailable(ScreenDetail::X11Unreachable(IoCause::from(&e)))
        }
        other => unavailable(&other),
    };
    let image = conn
        .get_image(ImageFormat::Z_PIXMAP, screen.root, 0, 0, width, height, !0)
        .map_err(lost)?
        .reply()
        .map_err(|e| match e {
            ReplyError::ConnectionError(e) => lost(e),
            other => unavailable(&other),
        })?;
    // True-colour screens (depth 24 or 32) hand out 4 bytes per pixel, blue first; anything else
    // (8-bit palettes) is too rare today to be worth decoding.
    let pixels = usize::from(width) * usize::from(height);
    if !(image.depth == 24 || image.depth == 32) || image.data.len() < pixels * 4 {
        return Err(ScreenError::Unavailable(ScreenDetail::Depth(image.depth)));
    }
    let luma = image
        .data
        .chunks_exact(4)
        .take(pixels)
        .map(|p| {
            ((u32::from(p[2]) * 299 + u32::from(p[1]) * 587 + u32::from(p[0]) * 114) / 1000) as u8
        })
        .collect();
    Ok((u32::from(width), u32::from(height), luma))
}
