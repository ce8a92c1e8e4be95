//! The global shortcut on Windows and macOS through global-hotkey (RegisterHotKey on
//! Windows, Carbon's RegisterEventHotKey on macOS): registered on the event loop's thread, as
//! both require; the presses come through the crate's event handler, forwarded at once.

use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};

use super::shortcut::ShortcutEvent;
use crate::app::shortcut::{Shortcut, ShortcutRefusal, ShortcutStatus};

/// The registered keys; unregistered when dropped.
pub struct HotKeyRegistration {
    manager: GlobalHotKeyManager,
    hotkey: HotKey,
}

impl HotKeyRegistration {
    pub fn start(
        shortcut: Shortcut,
        send: impl Fn(ShortcutEvent) + Send + Sync + 'static,
    ) -> Option<Self> {
        let refused = |e: &dyn std::fmt::Display| {
            ShortcutEvent::Status(ShortcutStatus::Refused(ShortcutRefusal::System(
                e.to_string(),
            )))
        };
        // "Super" is global-hotkey's name for the Windows key and ⌘.
        let hotkey: HotKey = match shortcut.to_string().parse() {
            Ok(hotkey) => hotkey,
            Err(e) => {
                send(refused(&e));
                return None;
            }
        };
        let manager = match GlobalHotKeyManager::new() {
            Ok(manager) => manager,
            Err(e) => {
                send(refused(&e));
                return None;
            }
        };
        let id = hotkey.id();
        match manager.register(hotkey) {
            Ok(()) => {}
            Err(global_hotkey::Error::AlreadyRegistered(_)) => {
                send(ShortcutEvent::Status(ShortcutStatus::Taken));
                return None;
            }
            Err(e) => {
                send(refused(&e));
                return None;
            }
        }
        send(ShortcutEvent::Status(ShortcutStatus::Active));
        GlobalHotKeyEvent::set_event_handler(Some(move |event: GlobalHotKeyEvent| {
            if event.id() == id && event.state() == HotKeyState::Pressed {
                // The press does not say where the pointer is; the system is asked at once.
                send(ShortcutEvent::Pressed {
                    pointer: super::shortcut::pointer_now(),
                });
            }
        }));
        Some(HotKeyRegistration { manager, hotkey })
    }
}

impl Drop for HotKeyRegistration {
    fn drop(&mut self) {
        GlobalHotKeyEvent::set_event_handler(None::<fn(GlobalHotKeyEvent)>);
        let _ = self.manager.unregister(self.hotkey);
    }
}
