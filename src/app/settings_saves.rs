//! The settings file, saved in the background: an atomic, synced write into the user's config
//! folder, which may be a roaming profile on a network share. The window uses a changed
//! setting at once; one save runs at a time, always of the newest settings, and a change made
//! while one runs is saved right after it. A failed save is said in the status line.

use super::ZweifaktorApp;
use super::event::Event;
use super::jobs::{APP, Work};
use crate::fl;
use crate::i18n::LANGUAGES;
use zweifaktor_core::config::Config;
use zweifaktor_core::message::Localize;
use zweifaktor_core::window_place::WindowPlace;

#[derive(Default)]
pub struct SettingsSaves {
    running: bool,
    /// The settings changed while a save ran: save again when it ends.
    again: bool,
}

impl ZweifaktorApp {
    /// The window speaks the chosen language (a code of [`LANGUAGES`]; `None`: the system's)
    /// from the next frame on — texts already said, such as an error shown, stay as they
    /// were — and it is remembered like every setting.
    pub(super) fn set_language(&mut self, choice: Option<&str>) {
        let code = choice
            .and_then(|code| LANGUAGES.iter().find(|l| l.code == code))
            .map(|l| l.code);
        crate::i18n::apply(code);
        self.update_config(|c| c.language = code.map(str::to_owned));
    }

    /// Where the window is, remembered for the next start (written only when it changed: a
    /// window opened where it was remembered is not saved again).
    pub fn remember_window_place(&mut self, place: WindowPlace) {
        if self.config.window_place != Some(place) {
            self.update_config(|c| c.window_place = Some(place));
        }
    }

    pub(super) fn update_config(&mut self, change: impl FnOnce(&mut Config)) {
        change(&mut self.config);
        self.save_settings();
    }

    fn save_settings(&mut self) {
        if self.settings_saves.running {
            self.settings_saves.again = true;
            return;
        }
        let store = self.env.config_store.clone();
        let config = self.config.clone();
        self.settings_saves.running = true;
        self.jobs.spawn(APP, Work::SavingSettings, move || {
            Event::SettingsSaved(store.save(&config).map_err(|e| e.to_message()))
        });
    }

    pub(super) fn settings_saved(&mut self, result: Result<(), String>) {
        self.settings_saves.running = false;
        if let Err(e) = result {
            self.tell(fl!("win-settings-not-saved", reason = e));
        }
        if std::mem::take(&mut self.settings_saves.again) {
            self.save_settings();
        }
    }
}
