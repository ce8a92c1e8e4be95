//! The main window's place on the desktop, between the window system and the settings: read
//! from the window once a move or resize has settled and when the window closes (or goes to
//! the tray), put back when it opens — fitted onto the monitors there are now by
//! [`zweifaktor_core::window_place::fit`].
//!
//! Wayland tells no program where its windows are and lets none place them: there nothing is
//! remembered and the compositor places the window, as it does for every program.

use std::time::{Duration, Instant};

use winit::dpi::{PhysicalPosition, PhysicalSize};
use winit::event_loop::ActiveEventLoop;
use winit::monitor::MonitorHandle;
use winit::window::Window;
use zweifaktor_core::window_place::{
    Monitor, Placement, WindowPlace, centred_on, fit, fit_first, monitor_at,
};

/// How long after the last move or resize the place is taken as settled: a drag sends dozens
/// of moves a second, and the settings are written once at the end.
pub const SETTLE: Duration = Duration::from_millis(500);

/// The monitors as the window system reports them now, and the primary one.
pub fn monitors(event_loop: &ActiveEventLoop) -> (Vec<Monitor>, Option<Monitor>) {
    let all = event_loop
        .available_monitors()
        .map(|m| monitor(&m))
        .collect();
    (all, event_loop.primary_monitor().map(|m| monitor(&m)))
}

fn monitor(handle: &MonitorHandle) -> Monitor {
    let (position, size) = (handle.position(), handle.size());
    Monitor {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
        scale: handle.scale_factor(),
    }
}

/// Where the window opens on today's monitors: the remembered place fitted onto them, or at
/// the first start (nothing remembered) `first_size` in points when it would not fit the
/// primary monitor. `None`: the system's choice.
pub fn placement(
    event_loop: &ActiveEventLoop,
    remembered: Option<&WindowPlace>,
    first_size: [f32; 2],
) -> Option<Placement> {
    match remembered {
        Some(remembered) => {
            let (all, primary) = monitors(event_loop);
            fit(remembered, &all, primary)
        }
        None => {
            let primary = event_loop
                .primary_monitor()
                .or_else(|| event_loop.available_monitors().next())?;
            fit_first(
                first_size[0] as u32,
                first_size[1] as u32,
                &monitor(&primary),
            )
        }
    }
}

/// Puts a new (still hidden) window at `placement`, in pixels: set before it is shown, so it
/// never appears elsewhere first.
pub fn apply(window: &Window, placement: &Placement) {
    // Where the system sizes windows itself (a tiling desktop) the request is only a wish.
    let _ = window.request_inner_size(PhysicalSize::new(placement.width, placement.height));
    window.set_outer_position(PhysicalPosition::new(placement.x, placement.y));
}

/// The window centred on the monitor the pointer is on (the quick pick opens where the user
/// is: X11 says where with the key press, on Windows the system is asked). Where nobody says
/// (macOS through global-hotkey, the Wayland portal), centred on the monitor the window is on,
/// else on the primary one: the "at the pointer or centre". (Wayland lets no program place
/// its window: there the request is ignored and the compositor decides.)
pub fn centre_for_quick_pick(
    window: &Window,
    event_loop: &ActiveEventLoop,
    pointer: Option<(i32, i32)>,
) {
    let monitor = match pointer {
        Some((x, y)) => {
            let (all, primary) = monitors(event_loop);
            monitor_at(x, y, &all, primary)
        }
        None => window
            .current_monitor()
            .or_else(|| event_loop.primary_monitor())
            .map(|handle| monitor(&handle)),
    };
    let Some(monitor) = monitor else {
        return;
    };
    let size = window.outer_size();
    let placement = centred_on(&monitor, size.width, size.height);
    window.set_outer_position(PhysicalPosition::new(placement.x, placement.y));
}

/// The window's place to remember; `None` while minimised or where the system does not say
/// where the window is (Wayland).
pub fn read(window: &Window) -> Option<WindowPlace> {
    if window.is_minimized() == Some(true) {
        return None;
    }
    let position = window.outer_position().ok()?;
    let size = window.inner_size();
    if size.width == 0 || size.height == 0 {
        return None;
    }
    let size = size.to_logical::<f64>(window.scale_factor());
    Some(WindowPlace {
        x: position.x,
        y: position.y,
        width: size.width.round().max(1.0) as u32,
        height: size.height.round().max(1.0) as u32,
        maximized: window.is_maximized(),
    })
}

/// A move or resize waiting to settle.
#[derive(Debug, Default)]
pub struct Settling {
    due: Option<Instant>,
}

impl Settling {
    /// The window moved or changed its size: remembered [`SETTLE`] after the last such change.
    pub fn changed(&mut self) {
        self.due = Some(Instant::now() + SETTLE);
    }

    /// When the loop must wake to remember the place.
    pub fn due(&self) -> Option<Instant> {
        self.due
    }

    /// True once, when the changes have settled.
    pub fn settled(&mut self, now: Instant) -> bool {
        if self.due.is_some_and(|due| due <= now) {
            self.due = None;
            true
        } else {
            false
        }
    }

    /// Remembered now (the window closes): nothing left to wait for.
    pub fn clear(&mut self) {
        self.due = None;
    }
}
