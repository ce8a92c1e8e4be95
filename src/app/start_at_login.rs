//! "Start at login": the platform's autostart entry written or removed by a job (the config
//! folder may be a roaming profile on a network share), and the option remembered only once
//! that worked — the checkbox never says "on" while nothing would start the program. In a
//! Flatpak the desktop's Background portal is asked instead, and its answer stays in Settings.
//! At start, an entry left by an earlier start with another vault or program path is made to
//! start this one (by a job: the first frame does not wait for it).

use super::ZweifaktorApp;
use super::event::Event;
use super::jobs::{APP, Work};
use crate::autostart::AutostartError;
use crate::fl;

impl ZweifaktorApp {
    pub(super) fn set_start_at_login(&mut self, on: bool) {
        // Made here, on the window's thread: the portal shows it in the user's language.
        let autostart = self
            .env
            .autostart
            .clone()
            .with_reason(fl!("win-settings-autostart-reason"));
        self.autostart_answer = None;
        self.jobs
            .spawn(APP, Work::SettingAutostart, move || Event::AutostartSet {
                on,
                result: autostart.set(on),
            });
    }

    pub(super) fn start_at_login_set(&mut self, on: bool, result: Result<(), AutostartError>) {
        let answer = match result {
            Ok(()) => {
                if self.config.start_at_login != on {
                    self.update_config(|c| c.start_at_login = on);
                }
                if !self.env.autostart.uses_portal() {
                    return;
                }
                if on {
                    fl!("win-settings-autostart-granted")
                } else {
                    fl!("win-settings-autostart-withdrawn")
                }
            }
            Err(AutostartError::Refused) => fl!("win-settings-autostart-refused"),
            Err(AutostartError::NoPortal(_)) => fl!("win-settings-autostart-no-portal"),
            Err(e) => {
                return self.tell(fl!(
                    "win-settings-autostart-failed",
                    reason = super::messages::autostart_reason(&e)
                ));
            }
        };
        // The answer may come long after the click (the desktop asked the user): said aloud too.
        self.announce(answer.clone());
        self.autostart_answer = Some(answer);
    }

    /// With the option on, the entry is looked at once per start (a read of one small file).
    pub(super) fn refresh_start_at_login(&mut self) {
        if !self.config.start_at_login {
            return;
        }
        let autostart = self.env.autostart.clone();
        self.jobs.spawn(APP, Work::SettingAutostart, move || {
            Event::AutostartRefreshed(autostart.refresh())
        });
    }

    pub(super) fn start_at_login_refreshed(&mut self, result: Result<bool, AutostartError>) {
        if let Err(e) = result {
            self.tell(fl!(
                "win-settings-autostart-failed",
                reason = super::messages::autostart_reason(&e)
            ));
        }
    }
}
