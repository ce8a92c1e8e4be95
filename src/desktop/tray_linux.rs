//! The tray icon on Linux: a StatusNotifierItem (KDE, GNOME with the AppIndicator extension,
//! Xfce, Cinnamon, LXQt, …) with a com.canonical.dbusmenu menu, served over the session bus
//! by ksni — no GTK. Registering with the desktop's StatusNotifierWatcher (a D-Bus round trip
//! or more) runs on a thread of its own, never on the window's; so do menu updates. The thread
//! waits on a channel for new menus: nothing polls.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};

use ksni::blocking::TrayMethods;
use ksni::menu::StandardItem;
use ksni::{Icon, MenuItem, ToolTip};

use super::tray::{TrayReport, TraySink, escape_underscores, icon_images};
use crate::app::TrayPresence;
use crate::app::tray_menu::{TrayAction, TrayEntry, TrayMenu};

/// The item's id, as the StatusNotifierItem specification asks: the application's name.
pub const ITEM_ID: &str = "zweifaktor";

pub struct LinuxTray {
    updates: Sender<TrayMenu>,
}

impl LinuxTray {
    /// Starts registering the item on its own thread; the sink hears whether the desktop
    /// shows it. Without a session bus or a StatusNotifierWatcher it hears
    /// [`TrayPresence::Missing`].
    pub fn start(menu: TrayMenu, sink: TraySink) -> LinuxTray {
        let (updates, receiver) = mpsc::channel::<TrayMenu>();
        let thread_sink = sink.clone();
        let started = std::thread::Builder::new()
            .name("tray".into())
            .spawn(move || serve(menu, thread_sink, receiver));
        if started.is_err() {
            sink(TrayReport::Presence(TrayPresence::Missing));
        }
        LinuxTray { updates }
    }

    pub fn show(&mut self, menu: &TrayMenu) {
        // The thread may have ended (no tray): nothing to show then.
        let _ = self.updates.send(menu.clone());
    }
}

/// The tray thread: registers the item, then hands it each new menu until the window is gone
/// (the channel closes), and takes the item off the bus.
fn serve(menu: TrayMenu, sink: TraySink, updates: mpsc::Receiver<TrayMenu>) {
    let watched = Arc::new(AtomicBool::new(true));
    let item = StatusItem {
        menu,
        sink: sink.clone(),
        watched: watched.clone(),
        icons: icon_images()
            .into_iter()
            .map(|image| Icon {
                width: image.width() as i32,
                height: image.height() as i32,
                data: argb(image.into_raw()),
            })
            .collect(),
    };
    // A desktop's tray may come after us: started at login before the panel, or a panel
    // restarted. The item waits on the bus for a StatusNotifierWatcher to appear
    // (`watcher_online`) rather than giving up at start. In a Flatpak or Snap sandbox the
    // item owns no well-known name, which the sandbox would refuse.
    let spawned = item
        .assume_sni_available(true)
        .disable_dbus_name(ashpd::is_sandboxed())
        .spawn();
    let handle = match spawned {
        Ok(handle) => handle,
        Err(_) => {
            // No session bus: the window quits when closed.
            sink(TrayReport::Presence(TrayPresence::Missing));
            return;
        }
    };
    // Without a watcher yet, `watcher_offline` has already said so during the spawn.
    if watched.load(Ordering::Acquire) {
        sink(TrayReport::Presence(TrayPresence::Shown));
    }
    while let Ok(mut menu) = updates.recv() {
        // Only the newest of the menus waiting matters.
        while let Ok(newer) = updates.try_recv() {
            menu = newer;
        }
        if handle.update(|item| item.menu = menu).is_none() {
            return;
        }
    }
    handle.shutdown().wait();
}

/// RGBA pixels as the specification's ARGB32 in network byte order.
fn argb(mut rgba: Vec<u8>) -> Vec<u8> {
    for pixel in rgba.chunks_exact_mut(4) {
        pixel.rotate_right(1);
    }
    rgba
}

/// The item as ksni serves it.
struct StatusItem {
    menu: TrayMenu,
    sink: TraySink,
    /// A StatusNotifierWatcher has the item (false from a `watcher_offline` until the next
    /// `watcher_online`).
    watched: Arc<AtomicBool>,
    icons: Vec<Icon>,
}

impl ksni::Tray for StatusItem {
    fn id(&self) -> String {
        ITEM_ID.into()
    }

    fn title(&self) -> String {
        self.menu.tooltip.clone()
    }

    fn icon_name(&self) -> String {
        // Installed by the packages (hicolor); the pixmaps serve where it is not.
        "zweifaktor".into()
    }

    fn icon_pixmap(&self) -> Vec<Icon> {
        self.icons.clone()
    }

    fn tool_tip(&self) -> ToolTip {
        ToolTip {
            title: self.menu.tooltip.clone(),
            ..ToolTip::default()
        }
    }

    /// A click on the icon shows the window.
    fn activate(&mut self, _x: i32, _y: i32) {
        (self.sink)(TrayReport::Chosen(TrayAction::Show));
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        self.menu
            .entries
            .iter()
            .map(|entry| match entry {
                TrayEntry::Separator => MenuItem::Separator,
                TrayEntry::Item { label, action } => {
                    let action = *action;
                    StandardItem {
                        label: escape_underscores(label),
                        enabled: action.is_some(),
                        activate: Box::new(move |item: &mut Self| {
                            if let Some(action) = action {
                                (item.sink)(TrayReport::Chosen(action));
                            }
                        }),
                        ..StandardItem::default()
                    }
                    .into()
                }
            })
            .collect()
    }

    fn watcher_online(&self) {
        self.watched.store(true, Ordering::Release);
        (self.sink)(TrayReport::Presence(TrayPresence::Shown));
    }

    /// The desktop has no tray (yet), or it went away (a restarted shell, a removed panel):
    /// closing the window quits until one is there. ksni keeps waiting for it.
    fn watcher_offline(&self, _reason: ksni::OfflineReason) -> bool {
        self.watched.store(false, Ordering::Release);
        (self.sink)(TrayReport::Presence(TrayPresence::Missing));
        true
    }
}
