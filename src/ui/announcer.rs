//! How the app's announcements (a wrong password, "copied", the search's count…) reach a
//! screen reader: as a live region of their own, or on the description of the control that
//! has the keyboard focus.
//!
//! Live regions are what UI Automation (Windows) and NSAccessibility (macOS) readers speak,
//! and AT-SPI's `Announcement` signal carries them on Linux, but only Orca 45.2 and later
//! listen for that signal: Debian 12's Orca 43 said none of them. What every Orca speaks is a
//! change of the focused control's description; Orca's advice to application developers
//! (README-APPLICATION-DEVELOPERS, "Use an accessible description") is this route, with the
//! search's count on the search field as its example. So on Linux an announcement is put on
//! the focused control's description (not as a live region as well: newer Orca would say it
//! twice), and only with no control focused it becomes a live region.

use egui::Id;
use egui::accesskit::{self, Role};

use super::semantics::node;
use crate::app::announce::Announcement;

/// The way announcements go to screen readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnouncementRoute {
    /// A live region of its own for each announcement, spoken when it appears.
    LiveRegion,
    /// On the description of the focused control while the focus stays there (with no
    /// control focused, a live region).
    FocusedDescription,
}

impl AnnouncementRoute {
    /// What this system's screen readers hear: the description on Linux and the BSDs (AT-SPI,
    /// Orca), live regions on Windows and macOS.
    pub fn for_this_system() -> Self {
        if cfg!(any(target_os = "windows", target_os = "macos")) {
            AnnouncementRoute::LiveRegion
        } else {
            AnnouncementRoute::FocusedDescription
        }
    }
}

/// What one frame puts into the accessibility tree for the latest announcement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Put {
    Nothing,
    /// The announcement of this serial as a live region.
    Live(u64),
    /// The announcement of this serial on the description of the control `Id`.
    Described(u64, Id),
    /// The same, one frame more after the focus left that control: taken off at once, the
    /// change came to Orca before the focus did, and it read the control's own description
    /// again ("Enter or Ctrl+C copies it") as if it were news.
    Leaving(u64, Id),
}

/// Puts the app's latest announcement into the accessibility tree, frame after frame.
#[derive(Debug)]
pub struct Announcer {
    route: AnnouncementRoute,
    /// The newest announcement dealt with (said as a live region or put on a description).
    handled: Option<u64>,
    /// What the last frame put.
    put: Put,
    /// The frame `put` was chosen for: egui may draw a frame twice, both alike.
    frame: Option<u64>,
    /// Flipped for each announcement put on a description: a space after it or not, so that
    /// the same words again ("Copied…" twice) are a change a screen reader hears.
    alternate: bool,
    /// The words on a description now (with the space, if any).
    described: String,
    /// The control with the focus at the end of the frame before, and since when it has it
    /// (egui's input time, seconds).
    focus_before: Option<Id>,
    focus_since: f64,
}

/// How long the focus must have stayed on a control before an announcement goes on its
/// description (seconds). A screen reader reads a control that gets the focus with its
/// description, some time after the focus event; a description changed before that was said
/// twice, with the control and as the change. Orca 43 took 0.1 s here, and 0.5 s once while
/// it was busy.
const FOCUS_SETTLES: f64 = 0.8;

impl Announcer {
    pub fn new(route: AnnouncementRoute) -> Self {
        Announcer {
            route,
            handled: None,
            put: Put::Nothing,
            frame: None,
            alternate: false,
            described: String::new(),
            focus_before: None,
            focus_since: 0.0,
        }
    }

    /// Called once per drawing pass, after the screen is drawn (the focused control's node
    /// exists then).
    pub fn show(&mut self, ctx: &egui::Context, announcement: Option<&Announcement>) {
        let frame = ctx.cumulative_frame_nr();
        let focused = ctx.memory(|m| m.focused());
        let now = ctx.input(|i| i.time);
        if focused != self.focus_before {
            self.focus_since = now;
        }
        if self.frame != Some(frame) {
            self.frame = Some(frame);
            self.put = self.choose(ctx, announcement, focused, now);
        }
        self.focus_before = focused;
        let Some(announcement) = announcement else {
            return;
        };
        match self.put {
            Put::Nothing => {}
            Put::Live(serial) => live_region(ctx, serial, announcement),
            Put::Described(_, id) | Put::Leaving(_, id) => {
                if let Put::Described(..) = self.put {
                    let mark = if self.alternate { " " } else { "" };
                    self.described = format!("{}{mark}", announcement.text);
                }
                node(ctx, id, |n| {
                    let words = match n.description() {
                        Some(own) => format!("{} {own}", self.described),
                        None => self.described.clone(),
                    };
                    n.set_description(words);
                });
            }
        }
    }

    fn choose(
        &mut self,
        ctx: &egui::Context,
        announcement: Option<&Announcement>,
        focused: Option<Id>,
        now: f64,
    ) -> Put {
        let Some(announcement) = announcement else {
            return Put::Nothing;
        };
        let serial = announcement.serial;
        let is_new = self.handled.is_none_or(|handled| serial > handled);
        let leaving = match self.put {
            Put::Described(serial, id) if focused != Some(id) => {
                ctx.request_repaint();
                Put::Leaving(serial, id)
            }
            _ => Put::Nothing,
        };
        if !is_new {
            return match self.put {
                // A live region stands until the next announcement replaces it.
                Put::Live(serial) => Put::Live(serial),
                // A description stays while the focus does: moving away and back does not
                // say it again.
                Put::Described(serial, id) if focused == Some(id) => Put::Described(serial, id),
                _ => leaving,
            };
        }
        let described = match (self.route, focused) {
            (AnnouncementRoute::FocusedDescription, Some(id)) if ctx.has_accesskit_node(id) => {
                Some(id)
            }
            _ => None,
        };
        let Some(id) = described else {
            self.handled = Some(serial);
            return Put::Live(serial);
        };
        // Said by the change of the description, once the focus has settled.
        let settled_in = FOCUS_SETTLES - (now - self.focus_since);
        if settled_in > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(settled_in));
            return leaving;
        }
        self.handled = Some(serial);
        self.alternate = !self.alternate;
        Put::Described(serial, id)
    }
}

/// The announcement as a live region: a node of its own for each serial, which screen
/// readers speak when it appears. Not drawn: the window shows the same facts its own way.
fn live_region(ctx: &egui::Context, serial: u64, announcement: &Announcement) {
    let id = Id::unique(("announcement", serial));
    node(ctx, id, |n| {
        n.set_role(Role::Label);
        n.set_value(announcement.text.as_str());
        n.set_live(if announcement.urgent {
            accesskit::Live::Assertive
        } else {
            accesskit::Live::Polite
        });
    });
}
