//! Everything time-driven, once per frame: the auto-lock, the look for changes other programs
//! saved (a job, in `vault_saves`), the lock countdown of the unlock screen, clipboard mode's
//! next code, the clearing of expired codes and the look whether our code is still on the
//! clipboard (a job) — and when the next frame is due for all that.

use std::time::Duration;

use super::ZweifaktorApp;
use super::announce::digit_by_digit;
use super::event::Event;
use super::jobs::{APP, Work};
use super::screen::Screen;
use super::view::current_code;
use crate::fl;
use zeroize::Zeroizing;

impl ZweifaktorApp {
    pub(super) fn tick(&mut self) {
        let now = self.now();
        let mut lock_ended = false;
        match &mut self.screen {
            Screen::Procedures(s) => {
                if let Some(minutes) = self.config.auto_lock_minutes
                    && now >= self.last_input + u64::from(minutes) * 60
                {
                    self.lock();
                } else if now > self.last_refresh {
                    self.last_refresh = now;
                    s.vault.check_for_changes();
                }
            }
            // Counted down from the counter read when the screen opened and after each
            // attempt, not read from the disk each frame.
            Screen::Unlock(s) => {
                let was_locked = s.locked_for > 0;
                s.locked_for = s.lockout.locked_for(now);
                lock_ended = was_locked && s.locked_for == 0;
            }
            Screen::LookingForVault(_) | Screen::FirstStart(_) | Screen::SetPassword(_) => {}
        }
        if lock_ended {
            self.announce(fl!("win-announce-lock-over"));
        }
        if let Some((name, code)) = self.update_clipboard(now) {
            self.announce(fl!(
                "win-announce-new-code",
                name = name,
                code = digit_by_digit(&code)
            ));
        }
        self.look_at_clipboard(now);
        self.clipboard_shown = self
            .clipboard
            .shown()
            .map(|code| Zeroizing::new(code.to_owned()));
    }

    /// Whether our code is still on the clipboard: asked once a second, in a job with a
    /// reader of its own (the clipboard's owner may be another program, slow to answer).
    fn look_at_clipboard(&mut self, now: u64) {
        let Some(look) = self.clipboard.look_due(now) else {
            return;
        };
        let mut reader = self.env.clipboard.reader();
        self.jobs.spawn(APP, Work::LookingAtClipboard, move || {
            let still_ours = look.still_ours(&mut *reader);
            Event::ClipboardLooked {
                placed: look.placed,
                still_ours,
            }
        });
    }

    /// Clipboard mode: the current code of the chosen procedure is always on the clipboard;
    /// anything we placed is cleared once it is no longer valid. Returns the procedure's name
    /// and the code when clipboard mode replaced its code by a new one.
    #[must_use]
    pub(super) fn update_clipboard(&mut self, now: u64) -> Option<(String, Zeroizing<String>)> {
        let clipboard = &mut *self.env.clipboard;
        if let (Some(id), Screen::Procedures(s)) = (self.clipboard.mode(), &self.screen) {
            let wanted = s
                .procedures()
                .iter()
                .find(|p| p.id == id)
                .and_then(|p| Some((p.name.clone(), current_code(p, now)?)));
            match wanted {
                Some((name, (code, valid_until))) => {
                    if self.clipboard.current() == Some(code.as_str()) {
                        return None;
                    }
                    let replaced = self.clipboard.current().is_some();
                    return match self.clipboard.place(clipboard, code.as_str(), valid_until) {
                        Ok(()) => {
                            replaced.then(|| (name, Zeroizing::new(code.as_str().to_owned())))
                        }
                        Err(e) => {
                            self.tell(fl!("win-clipboard-unusable", reason = e));
                            None
                        }
                    };
                }
                None => self.clipboard.stop(clipboard),
            }
        }
        self.clipboard.expire(clipboard, now);
        None
    }

    /// Repaint when something will change: the next second (codes and countdowns). A job wakes
    /// the window itself when it ends; otherwise frames come only on input.
    pub(super) fn schedule_repaint(&self, ctx: &egui::Context) {
        // A few milliseconds past the boundary, so the new second is surely there.
        let next_second = Duration::from_millis(self.env.clock.millis_to_next_second() + 5);
        match &self.screen {
            // A change waits for the session to come back from a look, which wakes nobody
            // when it found nothing: come back for it soon.
            Screen::Procedures(s) if s.vault.waits_for_session() => {
                ctx.request_repaint_after(Duration::from_millis(20))
            }
            Screen::Procedures(_) => ctx.request_repaint_after(next_second),
            Screen::Unlock(s) if s.locked_for > 0 => ctx.request_repaint_after(next_second),
            _ => {}
        }
    }
}
