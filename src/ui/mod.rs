//! Drawing the window: one file per screen or dialog, small shared widgets, the theme, what
//! screen readers are told (semantics) and where the keyboard focus goes (focus). Screens
//! draw from the app's read-only [`View`] and push [`Command`]s; what they keep themselves is
//! only what the user is typing, focus and confirmation flags.

pub mod announcer;
pub mod change_password;
pub mod confirm_delete;
pub mod export_dialog;
pub mod first_start;
pub mod focus;
pub mod help;
mod icon;
pub mod import_dialog;
pub mod looking_for_vault;
pub mod palette;
pub mod procedure_dialog;
pub mod procedures;
pub mod qr_dialog;
pub mod quick_pick;
pub mod rows_in_sight;
pub mod semantics;
pub mod set_password;
pub mod settings;
mod settings_capture;
mod settings_shortcut;
mod slot;
pub mod theme;
pub mod unlock;
pub mod widgets;

use crate::app::command::Command;
use crate::app::tray_menu::TrayMenu;
use crate::app::{AppEnv, Screen, TrayPresence, View, ZweifaktorApp};
use announcer::{AnnouncementRoute, Announcer};
use rows_in_sight::RowsDrawn;
use slot::Slot;

/// The whole window: the app, and what the user types into the screen it shows.
pub struct Window {
    app: ZweifaktorApp,
    screen: Slot,
    /// What is typed into the quick pick, kept by its serial.
    quick_pick: Slot,
    /// Commands from outside the drawing (the tray's menu), carried out with the next frame's.
    queued: Vec<Command>,
    /// The control with the keyboard focus at the end of the last frame.
    focused: Option<egui::Id>,
    announcer: Announcer,
    rows_drawn: RowsDrawn,
}

impl Window {
    pub fn new(env: AppEnv) -> Self {
        Window {
            app: ZweifaktorApp::new(env),
            screen: Slot::default(),
            quick_pick: Slot::default(),
            queued: Vec::new(),
            focused: None,
            announcer: Announcer::new(AnnouncementRoute::LiveRegion),
            rows_drawn: RowsDrawn::default(),
        }
    }

    /// Which rows of a long list are drawn (those in sight unless a screen reader reads the
    /// window; tests of the keyboard over a long list ask for [`RowsDrawn::InSight`]).
    pub fn drawing_rows(mut self, rows_drawn: RowsDrawn) -> Self {
        self.rows_drawn = rows_drawn;
        self
    }

    /// Announcements go to screen readers `route`'s way (live regions unless told otherwise;
    /// the desktop picks the system's way, [`AnnouncementRoute::for_this_system`]).
    pub fn announcing_through(mut self, route: AnnouncementRoute) -> Self {
        self.announcer = Announcer::new(route);
        self
    }

    /// The global shortcut was pressed: the quick pick opens (after the unlock, if locked).
    /// `back_to_background`: the window was not in front before, and goes back when the
    /// quick pick closes.
    pub fn open_quick_pick(&mut self, back_to_background: bool) {
        self.app.open_quick_pick(back_to_background);
    }

    /// Whether the quick pick is open (or waits for the unlock).
    pub fn quick_pick_open(&self) -> bool {
        self.app.view().quick_pick.is_some()
    }

    /// The global shortcut the settings ask for.
    pub fn wanted_shortcut(&self) -> Option<crate::app::shortcut::Shortcut> {
        self.app.wanted_shortcut()
    }

    /// What the system said about the global shortcut (shown in the settings).
    pub fn set_shortcut_status(&mut self, status: crate::app::shortcut::ShortcutStatus) {
        self.app.set_shortcut_status(status);
    }

    /// A command from outside the window (a tray menu entry): carried out after the next
    /// frame, like the ones its screens push.
    pub fn queue(&mut self, command: Command) {
        self.queued.push(command);
    }

    /// What the tray icon's menu holds now.
    pub fn tray_menu(&self) -> TrayMenu {
        self.app.tray_menu()
    }

    /// Whether the desktop shows our tray icon.
    pub fn set_tray_presence(&mut self, presence: TrayPresence) {
        self.app.set_tray_presence(presence);
    }

    pub fn tray_presence(&self) -> TrayPresence {
        self.app.tray_presence()
    }

    /// Whether closing the window hides it in the tray instead of quitting.
    pub fn closes_to_tray(&self) -> bool {
        self.app.closes_to_tray()
    }

    /// The saved options (the desktop side reads "start minimised").
    pub fn config(&self) -> &zweifaktor_core::config::Config {
        self.app.config()
    }

    /// The window was moved or resized (and that settled), or closes: its place is remembered.
    pub fn remember_window_place(&mut self, place: zweifaktor_core::window_place::WindowPlace) {
        self.app.remember_window_place(place);
    }

    /// True while work runs in the background (tests wait for it to end).
    pub fn is_busy(&self) -> bool {
        self.app.is_busy()
    }

    /// The window closes: never leave a code behind on the clipboard, save what is unsaved.
    pub fn on_exit(&mut self) {
        self.app.on_exit();
    }

    /// One frame: the app's timers and finished jobs, the screen drawn from the app's view,
    /// then the commands it pushed.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.app.begin_frame(&ctx);
        let view = self.app.view();
        theme::apply(&ctx, view.config);
        let mut out = std::mem::take(&mut self.queued);
        text_size_shortcuts(ui, view.config.text_scale, &mut out);
        let dropped = ui.input(|i| i.raw.dropped_files.clone());
        if !dropped.is_empty() {
            out.push(Command::DropFiles(dropped));
        }
        semantics::name_window(&ctx, WINDOW_NAME);
        rows_in_sight::set_policy(&ctx, self.rows_drawn);
        match (view.quick_pick, view.screen) {
            (Some(pick), Screen::Procedures(s)) => self
                .quick_pick
                .get(pick.serial, quick_pick::QuickPickView::default)
                .ui(ui, &view, pick, s, &mut out),
            (pick, _) => {
                if pick.is_some() && shortcut(ui, egui::Modifiers::NONE, egui::Key::Escape) {
                    // Waiting for the unlock: Esc gives up the quick pick, as it would close it.
                    out.push(Command::QuickPick(
                        crate::app::quick_pick::QuickPickCommand::Close,
                    ));
                }
                draw_screen(&mut self.screen, ui, &view, &mut out);
            }
        }
        self.announcer.show(&ctx, view.announcement);
        focus::keep_focus_somewhere(&ctx, &mut self.focused);
        self.app.end_frame(out, &ctx);
    }
}

/// The window's name, as its title bar says.
pub const WINDOW_NAME: &str = "Zweifaktor";

/// The shown screen, with what was typed into it (new for each screen shown).
fn draw_screen(slot: &mut Slot, ui: &mut egui::Ui, view: &View, out: &mut Vec<Command>) {
    let serial = view.screen_serial;
    match view.screen {
        Screen::LookingForVault(s) => looking_for_vault::ui(ui, s),
        Screen::FirstStart(s) => slot
            .get(serial, first_start::FirstStartScreen::default)
            .ui(ui, view, s, out),
        Screen::SetPassword(s) => slot
            .get(serial, set_password::SetPasswordScreen::default)
            .ui(ui, view, s, out),
        Screen::Unlock(s) => slot
            .get(serial, unlock::UnlockScreen::default)
            .ui(ui, view, s, out),
        Screen::Procedures(s) => slot
            .get(serial, procedures::ProceduresScreen::default)
            .ui(ui, view, s, out),
    }
}

/// Ctrl+plus, Ctrl+minus and Ctrl+0 change the text size on every screen, as in a browser (and
/// Ctrl+= for plus, which needs no Shift on most keyboards).
fn text_size_shortcuts(ui: &egui::Ui, scale: f32, out: &mut Vec<Command>) {
    use egui::gui_zoom::kb_shortcuts::{ZOOM_IN, ZOOM_IN_SECONDARY, ZOOM_OUT, ZOOM_RESET};
    use zweifaktor_core::config::TEXT_SCALE_STEP;
    let pressed = |shortcut| ui.input_mut(|i| i.consume_shortcut(shortcut));
    if pressed(&ZOOM_RESET) {
        out.push(Command::SetTextScale(1.0));
    } else if pressed(&ZOOM_IN) || pressed(&ZOOM_IN_SECONDARY) {
        out.push(Command::SetTextScale(scale + TEXT_SCALE_STEP));
    } else if pressed(&ZOOM_OUT) {
        out.push(Command::SetTextScale(scale - TEXT_SCALE_STEP));
    }
}

/// Whether the keyboard shortcut was pressed this frame (and takes it from other widgets).
pub fn shortcut(ui: &egui::Ui, modifiers: egui::Modifiers, key: egui::Key) -> bool {
    ui.input_mut(|i| i.consume_key(modifiers, key))
}
