//! "Start at login": the platform's autostart entry written or removed by a job (the config
//! folder may be a roaming profile on a network share), and the option remembered only once
//! that worked — the checkbox never says "on" while nothing would start the program.

use super::ZweifaktorApp;
use super::event::Event;
use super::jobs::{APP, Work};

impl ZweifaktorApp {
    pub(super) fn set_start_at_login(&mut self, on: bool) {
        let autostart = self.env.autostart.clone();
        self.jobs
            .spawn(APP, Work::SettingAutostart, move || Event::AutostartSet {
                on,
                result: autostart.set(on).map_err(|e| e.to_string()),
            });
    }

    pub(super) fn start_at_login_set(&mut self, on: bool, result: Result<(), String>) {
        match result {
            Ok(()) => {
                if self.config.start_at_login != on {
                    self.update_config(|c| c.start_at_login = on);
                }
            }
            Err(reason) => self.tell(crate::fl!("win-settings-autostart-failed", reason = reason)),
        }
    }
}
