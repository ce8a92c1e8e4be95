//! The tray icon on Windows (notification area) and macOS (menu bar): tray-icon, with its menu
//! by muda. Both systems want the icon made and changed on the thread that runs the window's
//! event loop (macOS's NSStatusItem on the main thread; on Windows the icon's hidden window
//! gets its messages from that thread's message loop, which winit runs), so it is made there
//! after the first frame (a few milliseconds, once). Choices arrive through muda's and
//! tray-icon's event handlers, which hand them to the sink.

use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use uuid::Uuid;

use super::tray::{TrayReport, TraySink, escape_ampersands, icon_images};
use crate::app::TrayPresence;
use crate::app::tray_menu::{TrayAction, TrayEntry, TrayMenu};

pub struct IconTray {
    icon: TrayIcon,
}

impl IconTray {
    pub fn start(menu: &TrayMenu, sink: TraySink) -> Option<IconTray> {
        let chosen = sink.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            if let Some(action) = action_of(&event.id().0) {
                chosen(TrayReport::Chosen(action));
            }
        }));
        let clicked = sink.clone();
        TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                clicked(TrayReport::Chosen(TrayAction::Show));
            }
        }));
        // The largest size; the system scales it to the notification area's.
        let icon = icon_images().pop().and_then(|image| {
            let (width, height) = image.dimensions();
            tray_icon::Icon::from_rgba(image.into_raw(), width, height).ok()
        });
        let mut builder = TrayIconBuilder::new()
            .with_tooltip(&menu.tooltip)
            .with_menu(Box::new(build_menu(menu)))
            // A left click shows the window; the menu opens with the right button.
            .with_menu_on_left_click(false);
        if let Some(icon) = icon {
            builder = builder.with_icon(icon);
        }
        match builder.build() {
            Ok(icon) => {
                sink(TrayReport::Presence(TrayPresence::Shown));
                Some(IconTray { icon })
            }
            Err(_) => {
                sink(TrayReport::Presence(TrayPresence::Missing));
                None
            }
        }
    }

    pub fn show(&mut self, menu: &TrayMenu) {
        self.icon.set_menu(Some(Box::new(build_menu(menu))));
        // The tooltip is a convenience: an error leaves the old one.
        let _ = self.icon.set_tooltip(Some(&menu.tooltip));
    }
}

/// The entry ids carry the action: muda reports the id of the entry chosen.
fn id_of(action: TrayAction) -> String {
    match action {
        TrayAction::CopyCode(id) => format!("copy:{id}"),
        TrayAction::Unlock => "unlock".into(),
        TrayAction::Lock => "lock".into(),
        TrayAction::Show => "show".into(),
        TrayAction::Quit => "quit".into(),
    }
}

fn action_of(id: &str) -> Option<TrayAction> {
    Some(match id {
        "unlock" => TrayAction::Unlock,
        "lock" => TrayAction::Lock,
        "show" => TrayAction::Show,
        "quit" => TrayAction::Quit,
        other => TrayAction::CopyCode(Uuid::parse_str(other.strip_prefix("copy:")?).ok()?),
    })
}

fn build_menu(menu: &TrayMenu) -> Menu {
    let built = Menu::new();
    for (number, entry) in menu.entries.iter().enumerate() {
        // A failed append leaves that entry out; the rest of the menu still works.
        let _ = match entry {
            TrayEntry::Separator => built.append(&PredefinedMenuItem::separator()),
            TrayEntry::Item { label, action } => {
                let id = action.map_or_else(|| format!("text:{number}"), id_of);
                built.append(&MenuItem::with_id(
                    id,
                    escape_ampersands(label),
                    action.is_some(),
                    None,
                ))
            }
        };
    }
    built
}
