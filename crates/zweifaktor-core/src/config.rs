//! The window's small settings file in the user's config folder: where the vault lives (chosen
//! on first start) and the options. The vault itself is never touched here.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::vault::storage::{StorageError, atomic_write};
use crate::window_place::WindowPlace;

pub const VAULT_FILE_NAME: &str = "vault.zweifaktor";

/// Text sizes the window offers: 100 % to 200 % in steps of 25 %.
pub const MIN_TEXT_SCALE: f32 = 1.0;
pub const MAX_TEXT_SCALE: f32 = 2.0;
pub const TEXT_SCALE_STEP: f32 = 0.25;

/// A text size within the offered range, on a step (a settings file written by hand or by an
/// older version may hold 0.75 or 2.5).
pub fn text_scale_step(scale: f32) -> f32 {
    let stepped = (scale / TEXT_SCALE_STEP).round() * TEXT_SCALE_STEP;
    if stepped.is_finite() {
        stepped.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE)
    } else {
        MIN_TEXT_SCALE
    }
}

/// The global shortcut that opens the quick pick, unless the user chose another or none.
pub const DEFAULT_GLOBAL_SHORTCUT: &str = "Ctrl+Alt+Z";

/// Whether this system can keep a window out of screen captures (Windows and macOS can; the
/// X11 and Wayland desktops have no such request): the option is on by default where it works.
pub const HIDE_FROM_CAPTURE_WORKS: bool = cfg!(any(target_os = "windows", target_os = "macos"));

/// Light or dark: the system's choice, or the user's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The folder holding `vault.zweifaktor`; `None` until the first start was answered.
    pub vault_folder: Option<PathBuf>,
    /// Lock after this many minutes without input; `None`: never.
    pub auto_lock_minutes: Option<u32>,
    /// Copied codes are cleared this many seconds after they stop being valid.
    pub clipboard_clear_delay_seconds: u32,
    /// 1.0 is the normal text size (see [`text_scale_step`] for the range).
    pub text_scale: f32,
    /// Light or dark; high contrast, when on, goes before it.
    pub theme: ThemeChoice,
    pub high_contrast: bool,
    /// "de", "en", …; `None`: the system's language.
    pub language: Option<String>,
    /// The keys that open the quick pick from any program ("Ctrl+Alt+Z"); `None`: none.
    /// A settings file from before it gets the default.
    pub global_shortcut: Option<String>,
    /// Closing the window hides it and keeps the tray icon (where the desktop has a tray).
    pub keep_in_tray: bool,
    /// The window starts hidden, in the tray (shown after all when no tray answers).
    pub start_minimised: bool,
    /// The program starts when the user logs in (the platform's autostart entry is written
    /// when this is turned on and removed when it is turned off).
    pub start_at_login: bool,
    /// Where the window was when last moved, resized or closed (fitted onto the monitors
    /// there are at the next start, [`crate::window_place::fit`]); `None`: the system's choice.
    pub window_place: Option<WindowPlace>,
    /// The window's content is hidden from screen capture and screen sharing (on Windows and
    /// macOS; Linux has no such thing, the option is shown there switched off and disabled).
    pub hide_from_capture: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            vault_folder: None,
            auto_lock_minutes: Some(5),
            clipboard_clear_delay_seconds: 0,
            text_scale: 1.0,
            theme: ThemeChoice::System,
            high_contrast: false,
            language: None,
            global_shortcut: Some(DEFAULT_GLOBAL_SHORTCUT.to_owned()),
            keep_in_tray: false,
            start_minimised: false,
            start_at_login: false,
            window_place: None,
            hide_from_capture: HIDE_FROM_CAPTURE_WORKS,
        }
    }
}

impl Config {
    pub fn vault_path(&self) -> Option<PathBuf> {
        self.vault_folder.as_ref().map(|f| f.join(VAULT_FILE_NAME))
    }
}

/// The user's data folder: the default place for the vault.
pub fn default_vault_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "Zweifaktor").map(|d| d.data_dir().to_path_buf())
}

/// Where the config file is read from and written to.
#[derive(Debug, Clone)]
pub struct ConfigStore {
    path: Option<PathBuf>,
}

impl ConfigStore {
    /// The config file in the user's config folder (none if there is no home folder).
    pub fn system() -> Self {
        ConfigStore {
            path: directories::ProjectDirs::from("", "", "Zweifaktor")
                .map(|d| d.config_dir().join("config.json")),
        }
    }

    pub fn at(path: impl Into<PathBuf>) -> Self {
        ConfigStore {
            path: Some(path.into()),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The saved settings; defaults when there are none or they cannot be read (a broken
    /// settings file must never keep anyone from their codes).
    pub fn load(&self) -> Config {
        self.path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, config: &Config) -> Result<(), StorageError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|source| StorageError::Write {
                path: folder.to_path_buf(),
                source,
            })?;
        }
        let bytes = serde_json::to_vec_pretty(config).unwrap_or_default();
        atomic_write(path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_restart_and_a_broken_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = ConfigStore::at(dir.path().join("sub/config.json"));
        assert_eq!(store.load(), Config::default());
        let config = Config {
            vault_folder: Some(dir.path().join("vault-folder")),
            auto_lock_minutes: None,
            text_scale: 1.5,
            theme: ThemeChoice::Dark,
            ..Config::default()
        };
        store.save(&config).unwrap();
        assert_eq!(store.load(), config);
        assert_eq!(
            store.load().vault_path().unwrap(),
            dir.path().join("vault-folder/vault.zweifaktor")
        );
        std::fs::write(store.path().unwrap(), b"{ not json").unwrap();
        assert_eq!(store.load(), Config::default());
    }

    #[test]
    fn a_settings_file_from_before_themes_keeps_its_settings_and_follows_the_system() {
        let dir = tempfile::tempdir().unwrap();
        let store = ConfigStore::at(dir.path().join("config.json"));
        std::fs::write(
            store.path().unwrap(),
            br#"{"text_scale": 1.25, "high_contrast": true, "auto_lock_minutes": 9}"#,
        )
        .unwrap();
        let loaded = store.load();
        assert_eq!(loaded.theme, ThemeChoice::System);
        assert_eq!(
            (
                loaded.text_scale,
                loaded.high_contrast,
                loaded.auto_lock_minutes
            ),
            (1.25, true, Some(9))
        );
        std::fs::write(store.path().unwrap(), br#"{"theme": "dark"}"#).unwrap();
        assert_eq!(store.load().theme, ThemeChoice::Dark);
        assert_eq!(
            store.load().global_shortcut.as_deref(),
            Some(DEFAULT_GLOBAL_SHORTCUT),
            "a file from before the shortcut gets the default one"
        );
    }

    #[test]
    fn a_changed_or_switched_off_global_shortcut_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = ConfigStore::at(dir.path().join("config.json"));
        assert_eq!(
            store.load().global_shortcut.as_deref(),
            Some(DEFAULT_GLOBAL_SHORTCUT)
        );
        for shortcut in [Some("Ctrl+Shift+F9".to_owned()), None] {
            let config = Config {
                global_shortcut: shortcut.clone(),
                ..Config::default()
            };
            store.save(&config).unwrap();
            assert_eq!(store.load().global_shortcut, shortcut);
        }
    }

    #[test]
    fn tray_and_login_options_are_off_at_first_and_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = ConfigStore::at(dir.path().join("config.json"));
        // A settings file from before the tray: the window closes and quits, as it did.
        std::fs::write(store.path().unwrap(), br#"{"auto_lock_minutes": 3}"#).unwrap();
        let old = store.load();
        assert_eq!(old.auto_lock_minutes, Some(3));
        assert!(!old.keep_in_tray && !old.start_minimised && !old.start_at_login);
        for (keep_in_tray, start_minimised, start_at_login) in [
            (true, false, false),
            (false, true, false),
            (false, false, true),
            (true, true, true),
        ] {
            let config = Config {
                keep_in_tray,
                start_minimised,
                start_at_login,
                ..old.clone()
            };
            store.save(&config).unwrap();
            let loaded = store.load();
            assert_eq!(
                (
                    loaded.keep_in_tray,
                    loaded.start_minimised,
                    loaded.start_at_login
                ),
                (keep_in_tray, start_minimised, start_at_login)
            );
            assert_eq!(loaded, config);
        }
    }

    #[test]
    fn the_window_place_and_the_capture_option_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = ConfigStore::at(dir.path().join("config.json"));
        // A settings file from before them: no place (the system's), the platform's default.
        std::fs::write(store.path().unwrap(), br#"{"keep_in_tray": true}"#).unwrap();
        let old = store.load();
        assert_eq!(old.window_place, None);
        assert_eq!(old.hide_from_capture, HIDE_FROM_CAPTURE_WORKS);
        let config = Config {
            window_place: Some(WindowPlace {
                x: -1200,
                y: 40,
                width: 700,
                height: 900,
                maximized: false,
            }),
            hide_from_capture: !HIDE_FROM_CAPTURE_WORKS,
            ..old
        };
        store.save(&config).unwrap();
        assert_eq!(store.load(), config);
    }

    #[test]
    fn text_sizes_stay_between_100_and_200_percent_in_quarter_steps() {
        assert_eq!(text_scale_step(1.0 + TEXT_SCALE_STEP), 1.25);
        assert_eq!(text_scale_step(2.0 + TEXT_SCALE_STEP), 2.0);
        assert_eq!(text_scale_step(1.0 - TEXT_SCALE_STEP), 1.0);
        assert_eq!(text_scale_step(1.6), 1.5);
        assert_eq!(text_scale_step(f32::NAN), 1.0);
    }
}
