//! Where the keyboard focus goes after the app changed what is shown: after unlocking to the
//! first procedure (or the search field when there is none), after a save to the saved
//! procedure, after a delete to its neighbour. The drawing side moves the focus once per
//! request (its serial number); everything else about focus — a dialog's first field, back to
//! the control that opened a dialog — is the drawing side's own.

use uuid::Uuid;

use super::ZweifaktorApp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// The first procedure in the list, or the search field when there is none.
    FirstProcedure,
    Procedure(Uuid),
    Search,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FocusRequest {
    pub serial: u64,
    pub target: FocusTarget,
}

impl ZweifaktorApp {
    pub(super) fn move_focus(&mut self, target: FocusTarget) {
        let serial = self.next_serial();
        self.focus = Some(FocusRequest { serial, target });
    }
}
