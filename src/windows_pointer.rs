//! Where the mouse pointer is on Windows, for the quick pick: the global shortcut
//! (global-hotkey's `RegisterHotKey`) says only that its keys were pressed, and the window
//! should come up on the monitor the user is working on. Part of the `zweifaktor` binary, not
//! of the library, because it is unsafe code (see src/windows_console.rs); handed to the
//! library with `zweifaktor::desktop::shortcut::tell_pointer_with`.
#![allow(unsafe_code)]

use windows_sys::Win32::Foundation::POINT;
use windows_sys::Win32::UI::WindowsAndMessaging::GetCursorPos;

/// The pointer's place in the desktop's pixels (winit makes the program aware of each
/// monitor's scale, so these are the pixels its monitors are measured in); `None` where
/// Windows does not say (a locked desktop, a service session).
pub fn position() -> Option<(i32, i32)> {
    let mut point = POINT { x: 0, y: 0 };
    // SAFETY: GetCursorPos writes one POINT through the pointer it is given, which points at
    // a live, writable local of that type; nothing else is read or kept.
    let told = unsafe { GetCursorPos(&mut point) } != 0;
    told.then_some((point.x, point.y))
}
