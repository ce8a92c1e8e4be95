//! The global shortcut as the app knows it: the keys (parsed from and written to the settings
//! as "Ctrl+Alt+Z"), taken from a key press in the settings, and what the system said when it
//! was set up. Setting it up with the system is the desktop's (`crate::desktop::shortcut`).

use std::fmt;

use super::ZweifaktorApp;

/// A key with modifiers that opens the quick pick from any program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortcut {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    /// The logo key (Windows key, ⌘ on macOS).
    pub logo: bool,
    pub key: ShortcutKey,
}

/// The keys a global shortcut may end with: the same on every keyboard layout we serve
/// (German, Dutch and Swedish keyboards move punctuation, not these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortcutKey {
    /// 'A' to 'Z'.
    Letter(char),
    /// 0 to 9.
    Digit(u8),
    /// F1 to F12.
    Function(u8),
}

/// Why a key press cannot be a global shortcut: without Ctrl, Alt or the logo key it would
/// take that key away from typing in every program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsModifier;

impl ShortcutKey {
    fn parse(name: &str) -> Option<ShortcutKey> {
        let upper = name.trim().to_uppercase();
        let mut chars = upper.chars();
        match (chars.next(), chars.next()) {
            (Some(c @ 'A'..='Z'), None) => Some(ShortcutKey::Letter(c)),
            (Some(c @ '0'..='9'), None) => c.to_digit(10).map(|d| ShortcutKey::Digit(d as u8)),
            (Some('F'), Some(_)) => upper[1..]
                .parse::<u8>()
                .ok()
                .filter(|n| (1..=12).contains(n))
                .map(ShortcutKey::Function),
            _ => None,
        }
    }
}

impl fmt::Display for ShortcutKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShortcutKey::Letter(c) => write!(f, "{c}"),
            ShortcutKey::Digit(d) => write!(f, "{d}"),
            ShortcutKey::Function(n) => write!(f, "F{n}"),
        }
    }
}

impl Shortcut {
    /// "Ctrl+Alt+Z", any case, modifiers in any order before the key; `None` for anything
    /// else (a settings file edited by hand).
    pub fn parse(text: &str) -> Option<Shortcut> {
        let mut parts: Vec<&str> = text.split('+').collect();
        let key = ShortcutKey::parse(parts.pop()?)?;
        let mut shortcut = Shortcut {
            ctrl: false,
            alt: false,
            shift: false,
            logo: false,
            key,
        };
        for part in parts {
            match part.trim().to_lowercase().as_str() {
                "ctrl" | "control" => shortcut.ctrl = true,
                "alt" | "option" => shortcut.alt = true,
                "shift" => shortcut.shift = true,
                "super" | "logo" | "cmd" | "command" | "meta" => shortcut.logo = true,
                _ => return None,
            }
        }
        shortcut.has_modifier().then_some(shortcut)
    }

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

    fn has_modifier(&self) -> bool {
        self.ctrl || self.alt || self.logo
    }
}

impl fmt::Display for Shortcut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (on, name) in [
            (self.ctrl, "Ctrl+"),
            (self.alt, "Alt+"),
            (self.shift, "Shift+"),
            (self.logo, "Super+"),
        ] {
            if on {
                f.write_str(name)?;
            }
        }
        write!(f, "{}", self.key)
    }
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
    Refused(String),
    /// A Wayland desktop without the GlobalShortcuts portal: there is no way to have one.
    NoPortal,
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
            .map(|s| s.to_string())
            .unwrap_or_default();
        match &status {
            ShortcutStatus::Taken => self.announce_urgently(crate::fl!(
                "win-settings-shortcut-taken",
                shortcut = shortcut
            )),
            ShortcutStatus::Refused(reason) => self.announce_urgently(crate::fl!(
                "win-settings-shortcut-refused",
                shortcut = shortcut,
                reason = reason.clone()
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
    fn shortcuts_are_read_and_written_as_people_write_them() {
        let default = Shortcut::parse("Ctrl+Alt+Z").unwrap();
        assert!(default.ctrl && default.alt && !default.shift && !default.logo);
        assert_eq!(default.key, ShortcutKey::Letter('Z'));
        assert_eq!(default.to_string(), "Ctrl+Alt+Z");
        assert_eq!(
            Shortcut::parse(" shift + control + f9").map(|s| s.to_string()),
            Some("Ctrl+Shift+F9".to_owned())
        );
        assert_eq!(
            Shortcut::parse("Super+1").map(|s| s.to_string()),
            Some("Super+1".to_owned())
        );
        for wrong in [
            "Z",
            "Shift+Z",
            "Ctrl+",
            "Ctrl+Alt+Enter",
            "Ctrl+F13",
            "Hyper+Z",
            "",
        ] {
            assert_eq!(Shortcut::parse(wrong), None, "{wrong:?}");
        }
    }

    #[test]
    fn a_key_press_becomes_a_shortcut_only_with_ctrl_alt_or_the_logo_key() {
        let ctrl_alt = egui::Modifiers {
            ctrl: true,
            alt: true,
            ..egui::Modifiers::NONE
        };
        assert_eq!(
            Shortcut::from_press(ctrl_alt, egui::Key::K).map(|s| s.map(|s| s.to_string())),
            Ok(Some("Ctrl+Alt+K".to_owned()))
        );
        assert_eq!(
            Shortcut::from_press(egui::Modifiers::SHIFT, egui::Key::K),
            Err(NeedsModifier)
        );
        assert_eq!(
            Shortcut::from_press(ctrl_alt, egui::Key::ArrowDown),
            Ok(None),
            "not a key a shortcut ends with: still waiting"
        );
    }
}
