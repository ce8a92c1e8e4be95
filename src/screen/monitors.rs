//! The screens of Windows and macOS, read through xcap: GDI on Windows (every monitor of the
//! desktop), Core Graphics on macOS (after the Screen Recording permission, [`super::macos`]).

use super::stack::stack_luma;
use super::{ScreenDetail, ScreenError};

/// Every monitor, stacked into one picture of 8-bit grey pixels: (width, height, pixels).
pub fn capture_luma() -> Result<(u32, u32, Vec<u8>), ScreenError> {
    #[cfg(target_os = "macos")]
    super::macos::require_screen_recording()?;
    let unavailable =
        |e: xcap::XCapError| ScreenError::Unavailable(ScreenDetail::System(e.to_string()));
    let monitors = xcap::Monitor::all().map_err(unavailable)?;
    let mut pictures = Vec::with_capacity(monitors.len());
    let mut failure = None;
    for monitor in &monitors {
        // One monitor that cannot be read (asleep, being reconfigured) leaves the others.
        match monitor.capture_image() {
            Ok(picture) => pictures.push(picture),
            Err(e) => failure = Some(e),
        }
    }
    match (stack_luma(&pictures), failure) {
        (Some(stacked), _) => Ok(stacked),
        (None, Some(e)) => Err(unavailable(e)),
        (None, None) => Err(ScreenError::Unavailable(ScreenDetail::NoMonitor)),
    }
}
