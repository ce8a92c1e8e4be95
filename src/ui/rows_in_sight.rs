//! Which rows of the list of procedures are drawn: with many procedures, only those in sight
//! (and a screen's height above and below, for Tab), so that a frame costs the same for 20
//! procedures or 500. Measured before (scripts/measure-idle-instructions.sh): the idle
//! window's list pass took 2.5 M instructions a second with 20 procedures and 22.7 M with 200,
//! each row its buttons, names and layout once a second.
//!
//! A row that is not drawn takes the height it had when last drawn, so the scroll bar and
//! the rows after it stay where they are. Always drawn: a row never drawn yet (its height is
//! not known), every row after the width, the text size or the theme changed, the row with
//! the keyboard focus and the one the keyboard goes to (the arrow keys, Home/End, after a
//! save: the focus is asked for once it is drawn; egui drops a focus on a control not drawn),
//! and every row while a screen reader reads the window: it lists all the procedures, as the
//! list's items.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Id, Rect};
use uuid::Uuid;

/// Which rows are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowsDrawn {
    /// Those in sight, or all while a screen reader reads the window (the window's way).
    #[default]
    InSightUnlessScreenReader,
    /// Those in sight, screen reader or not (tests of the keyboard over a long list: the test
    /// harness always builds the accessibility tree).
    InSight,
}

/// Where the window's choice is left for the list, each frame.
fn policy_id() -> Id {
    Id::unique("rows-drawn")
}

/// Leaves the window's choice for the list to find this frame.
pub fn set_policy(ctx: &egui::Context, policy: RowsDrawn) {
    ctx.data_mut(|d| d.insert_temp(policy_id(), policy));
}

fn policy(ctx: &egui::Context) -> RowsDrawn {
    ctx.data(|d| d.get_temp(policy_id())).unwrap_or_default()
}

/// A row as last drawn.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// From its top to the next row's (spacing included), in points.
    height: f32,
    /// The control the keyboard goes to in it (its code).
    main: Option<Id>,
}

/// What the list knows of its rows between frames.
#[derive(Debug, Default)]
pub struct RowsInSight {
    seen: HashMap<Uuid, Seen>,
    /// The width, the text size and the style (high contrast has other strokes) the heights
    /// were measured at.
    measured_at: Option<(f32, f32, Arc<egui::Style>)>,
    /// The row that held the keyboard focus last frame.
    focus_row: Option<Uuid>,
    /// A row the keyboard goes to next: drawn until it has the focus.
    brought: Option<Uuid>,
    /// This frame's: whether every row is drawn, and the part of the list in sight.
    all: bool,
    sight: Option<Rect>,
}

impl RowsInSight {
    /// Before the rows: `viewport` is the part of the list in sight (the scroll area's, in the
    /// list's own coordinates), `width` the list's width.
    pub fn begin(&mut self, ui: &egui::Ui, viewport: Rect) {
        let ctx = ui.ctx();
        let (width, pixels_per_point, style) = (
            ui.available_width(),
            ctx.pixels_per_point(),
            ctx.global_style(),
        );
        let same = self.measured_at.as_ref().is_some_and(|(w, p, s)| {
            *w == width && *p == pixels_per_point && (Arc::ptr_eq(s, &style) || **s == *style)
        });
        if !same {
            self.seen.clear();
            self.measured_at = Some((width, pixels_per_point, style));
        }
        let screen_reader = ctx.has_accesskit_node(egui::accesskit_root_id());
        self.all = match policy(ctx) {
            RowsDrawn::InSightUnlessScreenReader => screen_reader,
            RowsDrawn::InSight => false,
        };
        // A screen's height above and below: Tab from the last row in sight finds the next.
        self.sight = Some(viewport.expand2(egui::vec2(0.0, viewport.height())));
    }

    /// The height to leave for the row of `procedure` starting at `top` (the list's
    /// coordinates) instead of drawing it; `None`: draw it.
    pub fn skip(&self, procedure: Uuid, top: f32, focused: Option<Id>) -> Option<f32> {
        if self.all || self.focus_row == Some(procedure) || self.brought == Some(procedure) {
            return None;
        }
        let seen = self.seen.get(&procedure)?;
        let sight = self.sight?;
        let in_sight = top < sight.bottom() && top + seen.height > sight.top();
        let has_focus = focused.is_some() && seen.main == focused;
        (!in_sight && !has_focus).then_some(seen.height)
    }

    /// The row of `procedure` was drawn: `height` from its top to the next row's, `rect` what
    /// it covers on the screen, `main` its control for the keyboard. `focused`: where the
    /// focus is, and `focused_rect` where that control is.
    pub fn drawn(
        &mut self,
        procedure: Uuid,
        height: f32,
        rect: Rect,
        main: Option<Id>,
        focused_rect: Option<Rect>,
    ) {
        self.seen.insert(procedure, Seen { height, main });
        if focused_rect.is_some_and(|f| rect.contains_rect(f)) {
            self.focus_row = Some(procedure);
            if self.brought == Some(procedure) {
                self.brought = None;
            }
        } else if self.focus_row == Some(procedure) {
            self.focus_row = None;
        }
    }

    /// The row of `procedure` is drawn next frame, and until the focus is in it.
    pub fn bring(&mut self, procedure: Uuid) {
        self.brought = Some(procedure);
    }

    /// The control the keyboard goes to in the row of `procedure`, as last drawn.
    pub fn main_of(&self, procedure: Uuid) -> Option<Id> {
        self.seen.get(&procedure).and_then(|seen| seen.main)
    }
}
