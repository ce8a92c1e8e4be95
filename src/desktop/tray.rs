//! The tray icon, whatever the platform: started after the window's first frame, it shows the
//! app's [`TrayMenu`] and reports back through a [`TraySink`] — whether the desktop shows the
//! icon at all, and the entries chosen. The desktop's event loop turns the reports into
//! [`super::event_loop::UserEvent::Tray`] and carries them out on the window's thread.
//!
//! Linux: a StatusNotifierItem with its com.canonical.dbusmenu menu over D-Bus (ksni, no GTK),
//! on a thread of its own (`tray_linux`). Windows and macOS: the system's notification area /
//! menu bar (tray-icon), which both want on the thread that runs the window's event loop
//! (`tray_icon`). Elsewhere there is no tray: closing quits.

use std::sync::Arc;

use crate::app::TrayPresence;
use crate::app::tray_menu::{TrayAction, TrayMenu};

/// What the tray tells the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayReport {
    /// The icon is shown, or this desktop has no tray (any more).
    Presence(TrayPresence),
    /// An entry of the menu was chosen (or the icon clicked: [`TrayAction::Show`]).
    Chosen(TrayAction),
}

/// Where the reports go; called on the tray's own thread.
pub type TraySink = Arc<dyn Fn(TrayReport) + Send + Sync>;

/// The running tray: the window hands it each new menu.
pub struct Tray {
    shown: TrayMenu,
    #[cfg(target_os = "linux")]
    inner: super::tray_linux::LinuxTray,
    #[cfg(any(windows, target_os = "macos"))]
    inner: super::tray_icon::IconTray,
}

impl Tray {
    /// Starts the tray with `menu`; `None` where this platform has none (the sink is then told
    /// [`TrayPresence::Missing`] at once).
    pub fn start(menu: TrayMenu, sink: TraySink) -> Option<Tray> {
        #[cfg(target_os = "linux")]
        let inner = super::tray_linux::LinuxTray::start(menu.clone(), sink);
        #[cfg(any(windows, target_os = "macos"))]
        let inner = super::tray_icon::IconTray::start(&menu, sink)?;
        #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
        {
            sink(TrayReport::Presence(TrayPresence::Missing));
            return None;
        }
        #[cfg(any(target_os = "linux", windows, target_os = "macos"))]
        Some(Tray { shown: menu, inner })
    }

    /// Shows `menu` if it differs from the one shown (called after every frame: cheap when
    /// nothing changed).
    pub fn show(&mut self, menu: TrayMenu) {
        if menu == self.shown {
            return;
        }
        self.inner.show(&menu);
        self.shown = menu;
    }
}

/// A menu label with the underscores doubled: dbusmenu and GTK read a single one as the mark
/// of the access key ("my_account" would show as "myaccount").
pub fn escape_underscores(label: &str) -> String {
    label.replace('_', "__")
}

/// A menu label with the ampersands doubled: Windows reads a single one as the mark of the
/// access key.
pub fn escape_ampersands(label: &str) -> String {
    label.replace('&', "&&")
}

/// The program's icon in the sizes trays ask for, decoded (RGBA, row by row).
pub fn icon_images() -> Vec<image::RgbaImage> {
    [
        &include_bytes!("../../assets/icons/zweifaktor-16.png")[..],
        &include_bytes!("../../assets/icons/zweifaktor-24.png")[..],
        &include_bytes!("../../assets/icons/zweifaktor-32.png")[..],
        &include_bytes!("../../assets/icons/zweifaktor-48.png")[..],
        &include_bytes!("../../assets/icons/zweifaktor-64.png")[..],
    ]
    .into_iter()
    .filter_map(|png| image::load_from_memory(png).ok())
    .map(|image| image.to_rgba8())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_keep_their_underscores_and_ampersands_in_menus() {
        assert_eq!(escape_underscores("my_account__x"), "my__account____x");
        assert_eq!(escape_ampersands("Mail & Chat"), "Mail && Chat");
    }

    #[test]
    fn the_icon_comes_in_five_sizes() {
        let sizes: Vec<u32> = icon_images().iter().map(|i| i.width()).collect();
        assert_eq!(sizes, [16, 24, 32, 48, 64]);
    }
}
