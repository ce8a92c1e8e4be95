//! What a window manager's close button does, for tests of the real window under Xvfb (there is
//! no window manager there): a WM_DELETE_WINDOW message to the window.

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt, EventMask, Window};

/// The X atom named `name`.
pub fn atom(conn: &impl Connection, name: &str) -> u32 {
    conn.intern_atom(false, name.as_bytes())
        .expect("intern atom")
        .reply()
        .expect("atom")
        .atom
}

/// Asks `window` to close, and waits for a round trip: the server has passed the message on
/// before the caller's connection may go.
pub fn ask_to_close(conn: &impl Connection, window: Window) {
    let atom = |name: &str| atom(conn, name);
    let event = ClientMessageEvent::new(
        32,
        window,
        atom("WM_PROTOCOLS"),
        [atom("WM_DELETE_WINDOW"), 0, 0, 0, 0],
    );
    conn.send_event(false, window, EventMask::NO_EVENT, event)
        .expect("send close");
    conn.get_input_focus()
        .expect("ask the server")
        .reply()
        .expect("the server answers");
}
