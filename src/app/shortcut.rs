//! The global shortcut as the window knows it: taken from a key press in the settings, shown
//! in the user's language, and what the system said when it was set up. Its keys as the
//! settings file keeps them are the core's (`zweifaktor_core::shortcut`); setting it up with
//! the system is the desktop's (`crate::desktop::shortcut`).

use super::ZweifaktorApp;
pub use zweifaktor_core::shortcut::{Shortcut, ShortcutKey};

/// Why a key press cannot be a global shortcut: without Ctrl, Alt or the logo key it would
/// take that key away from typing in every program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsModifier;

/// The shortcut a key press in the settings' "press the new shortcut" field means.
/// `Ok(None)`: a key that cannot end a shortcut (a modifier alone, an arrow): keep waiting.
pub fn from_press(
    modifiers: egui::Modifiers,
    key: egui::Key,
) -> Result<Option<Shortcut>, NeedsModifier> {
    let Some(key) = ShortcutKey::parse(key.name()) else {
        return Ok(None);
    };
    let shortcut = Shortcut {
        ctrl: modifiers.ctrl,
        alt: modifiers.alt,
        shift: modifiers.shift,
        // egui reports the logo key on macOS only (as ⌘).
        logo: modifiers.mac_cmd,
        key,
    };
    if shortcut.has_modifier() {
        Ok(Some(shortcut))
    } else {
        Err(NeedsModifier)
    }
}

/// The shortcut as people read it, in their language ("Strg+Alt+Z" in German).
pub fn shown(shortcut: &Shortcut) -> String {
    let mut text = String::new();
    for (on, name) in [
        (shortcut.ctrl, crate::fl!("win-modifier-ctrl")),
        (shortcut.alt, crate::fl!("win-modifier-alt")),
        (shortcut.shift, crate::fl!("win-modifier-shift")),
        (shortcut.logo, crate::fl!("win-modifier-logo")),
    ] {
        if on {
            text.push_str(&name);
            text.push('+');
        }
    }
    text.push_str(&shortcut.key.to_string());
    text
}

/// What became of the shortcut with the system, as the settings show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShortcutStatus {
    /// No shortcut is set (or none could be read from the settings).
    Off,
    /// Being set up (it starts after the window has shown itself).
    Starting,
    /// Pressing it opens the quick pick.
    Active,
    /// The desktop (Wayland's GlobalShortcuts portal) holds it, under the keys it says here:
    /// the user confirms them there and may change them.
    ActiveByDesktop(String),
    /// Another program holds these keys.
    Taken,
    /// The system said no, for this reason.
    Refused(ShortcutRefusal),
    /// A Wayland desktop without the GlobalShortcuts portal: there is no way to have one.
    NoPortal,
}

/// Why the system would not give the program its shortcut: said in the user's language
/// ([`super::messages::shortcut_refusal`]), the system's own words only as a technical
/// detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShortcutRefusal {
    /// This keyboard has no key for it (X11 knows no key code for the key).
    NoSuchKey,
    /// The X server cannot be reached, for this reason.
    X11Unreachable(crate::screen::IoCause),
    /// The X server refused the connection (no permission for the display).
    X11Refused,
    /// The system's own message (an X11 error, the desktop's shortcut portal, Windows or
    /// macOS through global-hotkey).
    System(String),
}

impl ZweifaktorApp {
    /// The shortcut the settings ask for (the desktop sets it up, and again after a change).
    pub fn wanted_shortcut(&self) -> Option<Shortcut> {
        self.config
            .global_shortcut
            .as_deref()
            .and_then(Shortcut::parse)
    }

    /// What the system said about the shortcut: shown in the settings; a refusal of a
    /// shortcut the user has just chosen is said at once.
    pub fn set_shortcut_status(&mut self, status: ShortcutStatus) {
        let shortcut = self
            .wanted_shortcut()
            .map(|s| shown(&s))
            .unwrap_or_default();
        match &status {
            ShortcutStatus::Taken => self.announce_urgently(crate::fl!(
                "win-settings-shortcut-taken",
                shortcut = shortcut
            )),
            ShortcutStatus::Refused(refusal) => self.announce_urgently(crate::fl!(
                "win-settings-shortcut-refused",
                shortcut = shortcut,
                reason = super::messages::shortcut_refusal(refusal)
            )),
            _ => {}
        }
        self.shortcut_status = status;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_press_becomes_a_shortcut_only_with_ctrl_alt_or_the_logo_key() {
        let ctrl_alt = egui::Modifiers {
            ctrl: true,
            alt: true,
            ..egui::Modifiers::NONE
        };
        assert_eq!(
            from_press(ctrl_alt, egui::Key::K).map(|s| s.map(|s| s.to_string())),
            Ok(Some("Ctrl+Alt+K".to_owned()))
        );
        assert_eq!(
            from_press(egui::Modifiers::SHIFT, egui::Key::K),
            Err(NeedsModifier)
        );
        assert_eq!(
            from_press(ctrl_alt, egui::Key::ArrowDown),
            Ok(None),
            "not a key a shortcut ends with: still waiting"
        );
    }
}
