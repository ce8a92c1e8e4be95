//! What the window says to screen readers by itself, without the focus moving there: a wrong
//! password and the attempts left, the lock and its end, "copied", clipboard mode and each new
//! code it puts on the clipboard, the number of search results, locking, errors of dialogs.
//! The app keeps the latest announcement with a serial number; the drawing side
//! (ui/announcer.rs) puts it into the accessibility tree, as a live region or on the focused
//! control's description, whichever the system's screen readers hear. The countdown's seconds
//! are never announced.

use super::ZweifaktorApp;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// New for each announcement: the same words said twice are two announcements.
    pub serial: u64,
    pub text: String,
    /// Said at once, interrupting what is being read (errors); otherwise after it.
    pub urgent: bool,
    /// The frame it is first drawn in: what else is said before that frame is drawn is added
    /// to it, so that nothing said at once is lost.
    frame: u64,
    /// When it was said (the app's clock, in seconds).
    at: u64,
}

/// How long the same words, said again as the user types, are not repeated (seconds).
const REPEAT_PAUSE: u64 = 5;

/// A code as it should be spoken: digit by digit ("2 4 7 3 6 6"); speech synthesisers read
/// "247366" as a number, "two hundred forty-seven thousand…".
pub fn digit_by_digit(code: &str) -> String {
    let digits: Vec<String> = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(String::from)
        .collect();
    digits.join(" ")
}

impl ZweifaktorApp {
    /// Says `text` politely (after what the screen reader is reading).
    pub(super) fn announce(&mut self, text: impl Into<String>) {
        self.say(text.into(), false);
    }

    /// Says `text` politely, unless it is what was said last, a moment ago: the number of
    /// search results after each letter typed ("1 Verfahren passt." three times while "cit"
    /// is typed) is news only when it changes.
    pub(super) fn announce_news(&mut self, text: impl Into<String>) {
        let text = text.into();
        let now = self.now();
        let repeated = self
            .announcement
            .as_ref()
            .is_some_and(|last| last.text == text && now.saturating_sub(last.at) < REPEAT_PAUSE);
        if !repeated {
            self.announce(text);
        }
    }

    /// Says `text` at once: an error the user must hear before going on.
    pub(super) fn announce_urgently(&mut self, text: impl Into<String>) {
        self.say(text.into(), true);
    }

    fn say(&mut self, text: String, urgent: bool) {
        let frame = self.frame;
        let at = self.now();
        match &mut self.announcement {
            Some(earlier) if earlier.frame == frame => {
                earlier.text.push(' ');
                earlier.text.push_str(&text);
                earlier.urgent |= urgent;
            }
            _ => {
                let serial = self.next_serial();
                self.announcement = Some(Announcement {
                    serial,
                    text,
                    urgent,
                    frame,
                    at,
                });
            }
        }
    }

    /// The status line's message, announced as well (once: the same message standing on
    /// is not said again).
    pub(super) fn tell(&mut self, text: impl Into<String>) {
        let text = text.into();
        if self.notice.as_deref() != Some(text.as_str()) {
            self.announce(text.clone());
        }
        self.notice = Some(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_spoken_digit_by_digit() {
        assert_eq!(digit_by_digit("247366"), "2 4 7 3 6 6");
        assert_eq!(digit_by_digit("247 366"), "2 4 7 3 6 6");
        assert_eq!(
            digit_by_digit("RTX4K"),
            "R T X 4 K",
            "Steam codes letter by letter"
        );
        assert_eq!(digit_by_digit(""), "");
    }
}
