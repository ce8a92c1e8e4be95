//! The global shortcut on X11: a passive key grab on the root window (XGrabKey), on a
//! connection and thread of its own that sleeps in the X server's socket until a key press
//! or a stop comes. Not global-hotkey's X11 backend: its thread wakes every 50 ms to look
//! for events (`std::thread::sleep` in its loop), and the window must cost no CPU while idle.

use std::sync::Arc;

use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    ClientMessageEvent, ConnectionExt, CreateWindowAux, EventMask, GrabMode, Keycode, ModMask,
    Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;

use super::shortcut::ShortcutEvent;
use crate::app::shortcut::{Shortcut, ShortcutKey, ShortcutRefusal, ShortcutStatus};

/// The grab while it holds; dropping it ends the thread and lets the keys go.
pub struct X11Grab {
    connection: Arc<RustConnection>,
    /// A window of ours that only receives the stop message.
    wake: Window,
}

impl X11Grab {
    /// Grabs `shortcut` on a new thread; what became of it, and each press, go to `send`.
    pub fn start(
        shortcut: Shortcut,
        send: impl Fn(ShortcutEvent) + Send + 'static,
    ) -> Option<Self> {
        let (connection, screen) = match x11rb::connect(None) {
            Ok(connected) => connected,
            Err(e) => {
                send(ShortcutEvent::Status(ShortcutStatus::Refused(
                    connect_refusal(e),
                )));
                return None;
            }
        };
        let connection = Arc::new(connection);
        let root = connection.setup().roots.get(screen)?.root;
        let wake = connection.generate_id().ok()?;
        connection
            .create_window(
                0,
                wake,
                root,
                0,
                0,
                1,
                1,
                0,
                WindowClass::INPUT_ONLY,
                0,
                &CreateWindowAux::new(),
            )
            .ok()?;
        let on_thread = connection.clone();
        std::thread::Builder::new()
            .name("global shortcut".into())
            .spawn(move || listen(&on_thread, root, wake, shortcut, send))
            .ok()?;
        Some(X11Grab { connection, wake })
    }
}

impl Drop for X11Grab {
    fn drop(&mut self) {
        // The thread leaves on this message; the keys are let go when its connection closes.
        let stop = ClientMessageEvent::new(32, self.wake, 0u32, [0u32; 5]);
        let _ = self
            .connection
            .send_event(false, self.wake, EventMask::NO_EVENT, stop);
        let _ = self.connection.flush();
    }
}

/// The lock keys' modifiers (Num Lock, Caps Lock) that X11 counts in a key's state: the grab
/// is made once with each combination, or Ctrl+Alt+Z would not work while Num Lock is on.
fn locks() -> [ModMask; 4] {
    [
        ModMask::from(0u16),
        ModMask::M2,
        ModMask::LOCK,
        ModMask::M2 | ModMask::LOCK,
    ]
}

fn listen(
    connection: &RustConnection,
    root: Window,
    wake: Window,
    shortcut: Shortcut,
    send: impl Fn(ShortcutEvent),
) {
    let status = grab(connection, root, shortcut);
    let grabbed = status.as_ref().ok().copied();
    send(ShortcutEvent::Status(match status {
        Ok(_) => ShortcutStatus::Active,
        Err(status) => status,
    }));
    let Some((keycode, modifiers)) = grabbed else {
        return;
    };
    let wanted = u16::from(modifiers);
    let relevant = u16::from(ModMask::CONTROL | ModMask::SHIFT | ModMask::M1 | ModMask::M4);
    // A held key repeats its presses: one quick pick per press.
    let mut down = false;
    while let Ok(event) = connection.wait_for_event() {
        match event {
            // A repeat (held down) falls through to nothing.
            Event::KeyPress(press)
                if !down
                    && press.detail == keycode
                    && u16::from(press.state) & relevant == wanted =>
            {
                down = true;
                send(ShortcutEvent::Pressed {
                    pointer: Some((i32::from(press.root_x), i32::from(press.root_y))),
                });
            }
            Event::KeyRelease(release) if release.detail == keycode => down = false,
            Event::ClientMessage(message) if message.window == wake => return,
            _ => {}
        }
    }
}

/// Grabs the shortcut's key with its modifiers (and each lock combination): the key code and
/// modifiers grabbed, or what to tell the user.
fn grab(
    connection: &RustConnection,
    root: Window,
    shortcut: Shortcut,
) -> Result<(Keycode, ModMask), ShortcutStatus> {
    let refused =
        |e: &dyn std::fmt::Display| ShortcutStatus::Refused(ShortcutRefusal::System(e.to_string()));
    let keycode = keycode_of(connection, keysym(shortcut.key))
        .map_err(|e| refused(&e))?
        .ok_or(ShortcutStatus::Refused(ShortcutRefusal::NoSuchKey))?;
    let mut modifiers = ModMask::from(0u16);
    for (on, mask) in [
        (shortcut.ctrl, ModMask::CONTROL),
        (shortcut.alt, ModMask::M1),
        (shortcut.shift, ModMask::SHIFT),
        (shortcut.logo, ModMask::M4),
    ] {
        if on {
            modifiers |= mask;
        }
    }
    for lock in locks() {
        let checked = connection
            .grab_key(
                false,
                root,
                modifiers | lock,
                keycode,
                GrabMode::ASYNC,
                GrabMode::ASYNC,
            )
            .map_err(|e| refused(&e))?
            .check();
        let failed = match checked {
            Ok(()) => continue,
            // BadAccess: another client grabbed the same keys.
            Err(x11rb::errors::ReplyError::X11Error(error))
                if error.error_kind == x11rb::protocol::ErrorKind::Access =>
            {
                ShortcutStatus::Taken
            }
            Err(e) => refused(&e),
        };
        // The combinations grabbed already would take those keys from the program that
        // holds the others (with Num Lock on, say).
        for lock in locks() {
            let _ = connection.ungrab_key(keycode, root, modifiers | lock);
        }
        let _ = connection.flush();
        return Err(failed);
    }
    Ok((keycode, modifiers))
}

/// Why no connection to the X server could be made, for the user: unreachable (with the
/// system's reason) or refused; X11's own words only for the rare rest.
fn connect_refusal(error: x11rb::errors::ConnectError) -> ShortcutRefusal {
    use x11rb::errors::ConnectError;
    match error {
        ConnectError::IoError(e) => ShortcutRefusal::X11Unreachable((&e).into()),
        ConnectError::SetupAuthenticate(_) | ConnectError::SetupFailed(_) => {
            ShortcutRefusal::X11Refused
        }
        other => ShortcutRefusal::System(other.to_string()),
    }
}

/// The X keysym of a shortcut's key (X11's keysymdef.h: Latin-1 for letters and digits).
fn keysym(key: ShortcutKey) -> u32 {
    match key {
        ShortcutKey::Letter(c) => u32::from(c.to_ascii_lowercase()),
        ShortcutKey::Digit(d) => u32::from(b'0' + d),
        ShortcutKey::Function(n) => 0xffbe + u32::from(n) - 1, // XK_F1 …
    }
}

/// The key code that produces `keysym` on this keyboard (its first level or any other).
fn keycode_of(
    connection: &RustConnection,
    keysym: u32,
) -> Result<Option<Keycode>, x11rb::errors::ReplyError> {
    let setup = connection.setup();
    let (first, last) = (setup.min_keycode, setup.max_keycode);
    let count = last - first + 1;
    let mapping = connection.get_keyboard_mapping(first, count)?.reply()?;
    let per_key = usize::from(mapping.keysyms_per_keycode.max(1));
    let upper = (0x61..=0x7a).contains(&keysym).then(|| keysym - 0x20);
    Ok(mapping
        .keysyms
        .chunks(per_key)
        .position(|syms| syms.iter().any(|&s| s == keysym || Some(s) == upper))
        .and_then(|index| u8::try_from(index).ok())
        .map(|index| first + index))
}
