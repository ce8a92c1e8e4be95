//! Drawing the window: one file per screen or dialog, small shared widgets, the theme. Screens
//! read the state and queue [`Command`]s; they never change the vault themselves.

pub mod export_dialog;
pub mod first_start;
pub mod help;
pub mod import_dialog;
pub mod options;
pub mod procedure_dialog;
pub mod procedures;
pub mod qr_dialog;
pub mod set_password;
pub mod theme;
pub mod unlock;
pub mod widgets;

use crate::app::{Screen, ZweifaktorApp};

/// What screens may read besides their own state.
pub struct Shared<'a> {
    pub now: u64,
    pub config: &'a zweifaktor_core::config::Config,
    pub clipboard_mode: Option<uuid::Uuid>,
    pub clipboard_content: Option<&'a str>,
    pub notice: Option<&'a str>,
}

pub fn show(app: &mut ZweifaktorApp, ui: &mut egui::Ui) {
    theme::apply(ui.ctx(), &app.config);
    let mut commands: Vec<crate::app::command::Command> = Vec::new();
    let now = app.now();
    let clipboard_content = app
        .clipboard
        .shown(&mut *app.env.clipboard, now)
        .map(str::to_owned);
    let shared = Shared {
        now,
        config: &app.config,
        clipboard_mode: app.clipboard.mode(),
        clipboard_content: clipboard_content.as_deref(),
        notice: app.notice.as_deref(),
    };
    match &mut app.screen {
        Screen::FirstStart(s) => s.ui(ui, &shared, &mut commands),
        Screen::SetPassword(s) => s.ui(ui, &shared, &mut commands),
        Screen::Unlock(s) => s.ui(ui, &shared, &mut commands),
        Screen::Procedures(s) => s.ui(ui, &shared, &mut commands),
    }
    for command in commands {
        app.queue(command);
    }
}

/// Whether the keyboard shortcut was pressed this frame (and takes it from other widgets).
pub fn shortcut(ui: &egui::Ui, modifiers: egui::Modifiers, key: egui::Key) -> bool {
    ui.input_mut(|i| i.consume_key(modifiers, key))
}

/// A message as a sentence: first letter upper case.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
