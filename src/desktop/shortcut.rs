//! The global shortcut with the system: set up once the window has shown itself (never on the
//! start path), again whenever the settings change it, and let go when the window closes.
//! Presses and what the system said arrive as [`UserEvent::Shortcut`] in the event loop, from
//! the backend's own thread or callback: nothing polls. The backends: an X11 key grab
//! (`shortcut_x11`), the GlobalShortcuts portal on Wayland (`shortcut_portal`), global-hotkey
//! on Windows and macOS (`shortcut_hotkey`).

use std::sync::Mutex;

use winit::event_loop::{ActiveEventLoop, EventLoopProxy};

use super::event_loop::UserEvent;
use crate::app::shortcut::{Shortcut, ShortcutStatus};

/// What a backend reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShortcutEvent {
    /// The keys were pressed; `pointer`: where the mouse pointer was then, in the desktop's
    /// pixels, where it is known (X11 says it with the key, Windows is asked; the portal and
    /// global-hotkey on macOS do not tell).
    Pressed {
        pointer: Option<(i32, i32)>,
    },
    Status(ShortcutStatus),
}

/// Where the mouse pointer is, in the desktop's pixels: for the backends whose presses do not
/// say it (global-hotkey on Windows). The library has no unsafe code; the binary that can ask
/// the system hands the question in at start ([`tell_pointer_with`]).
static POINTER: std::sync::OnceLock<PointerQuery> = std::sync::OnceLock::new();

/// Asks the system where the pointer is now: `(x, y)` in the desktop's pixels.
pub type PointerQuery = fn() -> Option<(i32, i32)>;

/// Called once by the program at start, before the window: how to ask where the pointer is.
pub fn tell_pointer_with(position: PointerQuery) {
    let _ = POINTER.set(position);
}

/// Where the pointer is now, where the program was told how to ask.
pub fn pointer_now() -> Option<(i32, i32)> {
    POINTER.get().and_then(|position| position())
}

/// The shortcut set up with the system, if any.
#[derive(Default)]
pub struct ShortcutListener {
    /// What was last asked for; `None` until the first frame.
    set_up: Option<Option<Shortcut>>,
    /// Dropping it lets the keys go.
    held: Option<Box<dyn Held>>,
}

/// A backend's hold on the keys: dropped to let them go.
trait Held {}
impl<T> Held for T {}

impl ShortcutListener {
    /// Sets up the shortcut the settings ask for, when it is not set up already (a
    /// comparison after each frame; the work happens only on a change).
    pub fn follow(
        &mut self,
        wanted: Option<Shortcut>,
        event_loop: &ActiveEventLoop,
        proxy: &EventLoopProxy<UserEvent>,
    ) {
        if self.set_up == Some(wanted) {
            return;
        }
        self.set_up = Some(wanted);
        // The old keys go before the new ones are asked for (they may share keys).
        self.held = None;
        let Some(shortcut) = wanted else {
            return;
        };
        // A mutex: global-hotkey wants a handler it may call from any thread.
        let proxy = Mutex::new(proxy.clone());
        let send = move |event: ShortcutEvent| {
            if let Ok(proxy) = proxy.lock() {
                // The loop may be gone at exit; nobody to tell then.
                let _ = proxy.send_event(UserEvent::Shortcut(event));
            }
        };
        self.held = start(shortcut, event_loop, send);
    }
}

#[cfg(target_os = "linux")]
fn start(
    shortcut: Shortcut,
    event_loop: &ActiveEventLoop,
    send: impl Fn(ShortcutEvent) + Send + Sync + 'static,
) -> Option<Box<dyn Held>> {
    use winit::platform::wayland::ActiveEventLoopExtWayland;
    if event_loop.is_wayland() {
        // No program may grab keys on Wayland: only the desktop can give a shortcut.
        super::shortcut_portal::PortalShortcut::start(shortcut, send)
            .map(|held| Box::new(held) as Box<dyn Held>)
    } else {
        super::shortcut_x11::X11Grab::start(shortcut, send)
            .map(|held| Box::new(held) as Box<dyn Held>)
    }
}

#[cfg(any(target_os = "windows", target_os = "macos"))]
fn start(
    shortcut: Shortcut,
    _event_loop: &ActiveEventLoop,
    send: impl Fn(ShortcutEvent) + Send + Sync + 'static,
) -> Option<Box<dyn Held>> {
    super::shortcut_hotkey::HotKeyRegistration::start(shortcut, send)
        .map(|held| Box::new(held) as Box<dyn Held>)
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
fn start(
    _shortcut: Shortcut,
    _event_loop: &ActiveEventLoop,
    send: impl Fn(ShortcutEvent) + Send + Sync + 'static,
) -> Option<Box<dyn Held>> {
    send(ShortcutEvent::Status(ShortcutStatus::NoPortal));
    None
}
