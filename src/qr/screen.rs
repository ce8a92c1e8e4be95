//! Capturing the screen to find QR codes on it (the enrollment page in the browser beside the
//! window). On X11 the root window's pixels are read through the X protocol. Wayland desktops do
//! not let programs read the screen; there the desktop's screenshot portal is needed, which is
//! not built yet — the user gets a message saying to use a screenshot file instead.

#[derive(Debug, thiserror::Error)]
pub enum ScreenError {
    #[error(
        "the screen cannot be read here ({0}); take a screenshot and open it with Import… instead"
    )]
    Unavailable(String),
}

/// The whole screen as 8-bit grey pixels: (width, height, pixels row by row).
/// `display` is an X11 display name such as ":0"; `None` means `$DISPLAY`.
#[cfg(target_os = "linux")]
pub fn capture_luma(display: Option<&str>) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::{ConnectionExt, ImageFormat};

    let unavailable = |e: &dyn std::fmt::Display| ScreenError::Unavailable(e.to_string());
    if display.is_none() && std::env::var_os("DISPLAY").is_none() {
        return Err(ScreenError::Unavailable(
            "no X11 display; a Wayland desktop?".to_owned(),
        ));
    }
    let (conn, screen_number) = x11rb::connect(display).map_err(|e| unavailable(&e))?;
    let screen =
        conn.setup().roots.get(screen_number).ok_or_else(|| {
            ScreenError::Unavailable("the X server has no such screen".to_owned())
        })?;
    let (width, height) = (screen.width_in_pixels, screen.height_in_pixels);
    let image = conn
        .get_image(ImageFormat::Z_PIXMAP, screen.root, 0, 0, width, height, !0)
        .map_err(|e| unavailable(&e))?
        .reply()
        .map_err(|e| unavailable(&e))?;
    // True-colour screens (depth 24 or 32) hand out 4 bytes per pixel, blue first; anything else
    // (8-bit palettes) is too rare today to be worth decoding.
    let pixels = usize::from(width) * usize::from(height);
    if !(image.depth == 24 || image.depth == 32) || image.data.len() < pixels * 4 {
        return Err(ScreenError::Unavailable(format!(
            "a screen of depth {} is not supported",
            image.depth
        )));
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

#[cfg(not(target_os = "linux"))]
pub fn capture_luma(_display: Option<&str>) -> Result<(u32, u32, Vec<u8>), ScreenError> {
    Err(ScreenError::Unavailable(
        "reading the screen is not built for this system yet".to_owned(),
    ))
}
