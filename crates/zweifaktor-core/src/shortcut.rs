//! The global shortcut's keys as the settings file keeps them ("Ctrl+Alt+Z", the same in
//! every language): read, checked and written here; shown to people in their language, taken
//! from a key press and set up with the system by the window.

use std::fmt;

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

impl ShortcutKey {
    /// "Z", "z", "7", "F9"; `None` for a key a shortcut cannot end with.
    pub fn parse(name: &str) -> Option<ShortcutKey> {
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

    /// With Ctrl, Alt or the logo key: without one it would take its key away from typing
    /// in every program.
    pub fn has_modifier(&self) -> bool {
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
}
