//! What every stand-in portal (tests/common/background_portal.rs, tests/portal_screen.rs) does
//! with a request as xdg-desktop-portal does: the call returns the request object's path at
//! once, and its Response signal follows a moment later on that path.

use std::collections::HashMap;
use std::time::Duration;

use zbus::zvariant::{OwnedObjectPath, Value};

/// The request object's path for the caller of `header` and its `handle_token` (the
/// specification's form), as text and as the reply's object path.
pub fn request_path(
    header: &zbus::message::Header<'_>,
    token: Option<&str>,
) -> zbus::fdo::Result<(String, OwnedObjectPath)> {
    let sender = header
        .sender()
        .ok_or_else(|| zbus::fdo::Error::Failed("no sender".to_owned()))?;
    let path = format!(
        "/org/freedesktop/portal/desktop/request/{}/{}",
        sender.trim_start_matches(':').replace('.', "_"),
        token.unwrap_or("t")
    );
    let handle = OwnedObjectPath::try_from(path.clone())
        .map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
    Ok((path, handle))
}

/// Sends the Response (`code` 0 granted, 1 cancelled, 2 refused, with `results`) on `path` a
/// moment after the call that made the request has returned.
pub fn respond_later(
    connection: &zbus::Connection,
    path: String,
    code: u32,
    results: HashMap<&'static str, Value<'static>>,
) {
    let connection = connection.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        async_io::block_on(connection.emit_signal(
            None::<zbus::names::BusName<'_>>,
            path.as_str(),
            "org.freedesktop.portal.Request",
            "Response",
            &(code, results),
        ))
        .unwrap();
    });
}

/// `portal` served on `bus` as the desktop's portal (org.freedesktop.portal.Desktop at
/// /org/freedesktop/portal/desktop), owning the name until the connection is dropped.
pub fn serve_as_desktop_portal(
    bus: &super::session_bus::Bus,
    portal: impl zbus::object_server::Interface,
) -> zbus::Connection {
    async_io::block_on(
        zbus::connection::Builder::address(bus.address.as_str())
            .unwrap()
            .name("org.freedesktop.portal.Desktop")
            .unwrap()
            .serve_at("/org/freedesktop/portal/desktop", portal)
            .unwrap()
            .build(),
    )
    .unwrap()
}
