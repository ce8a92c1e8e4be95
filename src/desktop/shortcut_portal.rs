//! The global shortcut on Wayland, where no program may grab keys: the desktop's
//! GlobalShortcuts portal (xdg-desktop-portal; KDE Plasma and GNOME 48 have it). We ask for a
//! shortcut with the settings' keys as the preferred ones; the desktop asks the user to
//! confirm and may give other keys. A thread of its own waits on D-Bus for activations.

use futures_lite::StreamExt;

use super::shortcut::ShortcutEvent;
use crate::app::shortcut::{Shortcut, ShortcutKey, ShortcutRefusal, ShortcutStatus};

/// The session while it is held; dropping it closes it.
pub struct PortalShortcut {
    /// Closed on drop: the thread closes the session and ends.
    _stop: async_channel::Sender<()>,
}

/// The shortcut's id within our session.
const ID: &str = "quick-pick";

impl PortalShortcut {
    pub fn start(
        shortcut: Shortcut,
        send: impl Fn(ShortcutEvent) + Send + 'static,
    ) -> Option<Self> {
        let (stop, stopped) = async_channel::bounded::<()>(1);
        std::thread::Builder::new()
            .name("global shortcut".into())
            .spawn(move || {
                async_io::block_on(futures_lite::future::or(listen(shortcut, &send), async {
                    let _ = stopped.recv().await;
                }))
            })
            .ok()?;
        Some(PortalShortcut { _stop: stop })
    }
}

async fn listen(shortcut: Shortcut, send: &impl Fn(ShortcutEvent)) {
    use ashpd::desktop::global_shortcuts::{BindShortcutsOptions, GlobalShortcuts, NewShortcut};
    let Ok(portal) = GlobalShortcuts::new().await else {
        send(ShortcutEvent::Status(ShortcutStatus::NoPortal));
        return;
    };
    let refused = |e: ashpd::Error| {
        ShortcutEvent::Status(ShortcutStatus::Refused(ShortcutRefusal::System(
            e.to_string(),
        )))
    };
    let session = match portal.create_session(Default::default()).await {
        Ok(session) => session,
        Err(e) => return send(refused(e)),
    };
    let trigger = trigger(shortcut);
    let wanted = [NewShortcut::new(ID, crate::fl!("win-quick-pick-title"))
        .preferred_trigger(trigger.as_str())];
    let bound = match portal
        .bind_shortcuts(&session, &wanted, None, BindShortcutsOptions::default())
        .await
        .and_then(|request| request.response())
    {
        Ok(bound) => bound,
        Err(e) => return send(refused(e)),
    };
    let Some(ours) = bound.shortcuts().iter().find(|s| s.id() == ID) else {
        // The user declined in the desktop's dialog.
        return send(ShortcutEvent::Status(ShortcutStatus::Taken));
    };
    send(ShortcutEvent::Status(ShortcutStatus::ActiveByDesktop(
        ours.trigger_description().to_owned(),
    )));
    let Ok(mut activations) = portal.receive_activated().await else {
        return;
    };
    while let Some(activated) = activations.next().await {
        if activated.shortcut_id() == ID {
            send(ShortcutEvent::Pressed { pointer: None });
        }
    }
    let _ = session.close().await;
}

/// The keys in the XDG shortcuts specification's form: "CTRL+ALT+z".
fn trigger(shortcut: Shortcut) -> String {
    let mut trigger = String::new();
    for (on, name) in [
        (shortcut.ctrl, "CTRL+"),
        (shortcut.alt, "ALT+"),
        (shortcut.shift, "SHIFT+"),
        (shortcut.logo, "LOGO+"),
    ] {
        if on {
            trigger.push_str(name);
        }
    }
    match shortcut.key {
        ShortcutKey::Letter(c) => trigger.push(c.to_ascii_lowercase()),
        key => trigger.push_str(&key.to_string()),
    }
    trigger
}
