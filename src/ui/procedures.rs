//! The main screen: menu bar, "+" and search, one row per procedure with its code, name, link,
//! countdown and buttons, and the status line with the clipboard content.
//!
//! For screen readers the menus are a menu bar of menus, the procedures a list whose items
//! are named by the procedure, each code read digit by digit; the screen is out of reach
//! while a dialog covers it. For the keyboard each code can be reached with Tab (Enter or
//! Ctrl+C copies it), Up and Down go from code to code, F10 goes to the menu, and the focus
//! goes back to the control that opened a dialog when it closes.

use crate::fl;
use egui::accesskit::Role;
use egui::{Align, Id, Key, Layout, Modifiers, RichText, Ui};
use uuid::Uuid;

use super::change_password::ChangePasswordDialog;
use super::confirm_delete::ConfirmDelete;
use super::export_dialog::ExportDialog;
use super::help::{AboutDialog, ManualDialog};
use super::import_dialog::ImportDialog;
use super::palette::Palette;
use super::procedure_dialog::ProcedureDialog;
use super::qr_dialog::QrDialog;
use super::rows_in_sight::RowsInSight;
use super::settings::SettingsDialog;
use super::shortcut;
use super::slot::Slot;
use super::widgets::{countdown, error_line, warning_line};
use super::{semantics, theme};
use crate::app::announce::digit_by_digit;
use crate::app::command::{Command, Open};
use crate::app::dialog::Dialog;
use crate::app::focus::FocusTarget;
use crate::app::open_vault::SaveStatus;
use crate::app::screen::Unlocked;
use crate::app::{View, current_code};
use zweifaktor_core::config::{TEXT_SCALE_STEP, ThemeChoice};
use zweifaktor_core::otp::seconds_left;
use zweifaktor_core::procedure::Procedure;

/// The search text, what is typed into the dialog open over the procedures, and where the
/// keyboard focus goes.
#[derive(Default)]
pub struct ProceduresScreen {
    search: String,
    focus_search: bool,
    dialog: Slot,
    /// The search text changed: the number of results is said.
    search_changed: bool,
    /// The control that opened the dialog (the focus goes back to it), or is about to.
    opener: Option<Id>,
    /// A dialog was open last frame.
    dialog_was_open: bool,
    /// The app's last focus request carried out.
    focus_taken: u64,
    /// Each procedure shown and the control the focus goes to in its row (its code), in order.
    rows: Vec<(Uuid, Id)>,
    search_field: Option<Id>,
    /// The menu bar's first menu (F10 goes there).
    first_menu: Option<Id>,
    /// A menu opened with the keyboard: its first item gets the focus.
    menu_from_keyboard: Option<String>,
    /// The menu open last frame: when it closes with nothing chosen, the focus goes back to it.
    open_menu: Option<Id>,
    /// The code the arrow keys moved the focus to last frame: scrolled into sight this frame
    /// (the focus is asked for after the list is drawn, where no scrolling can follow it).
    scroll_to_row: Option<Id>,
    /// Which rows are drawn (with many procedures, those in sight).
    in_sight: RowsInSight,
    /// The control of a row brought into the drawing for the keyboard: focused once drawn.
    focus_when_drawn: Option<Id>,
}

impl ProceduresScreen {
    /// The procedures whose name, issuer or URL contains the search text (any case).
    fn visible<'a>(&self, procedures: &'a [Procedure]) -> Vec<&'a Procedure> {
        crate::app::search::search(procedures, &self.search)
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View, model: &Unlocked, out: &mut Vec<Command>) {
        self.shortcuts(ui, model, out);
        drop_hint(ui, &drop_hint_text(view, model));
        // Under a dialog the screen is out of screen readers' reach, as it is out of the
        // keyboard's: the dialog is all there is until it closes.
        let covered = model.dialog.is_some();
        egui::Panel::top("menu").show(ui, |ui| {
            if covered {
                semantics::hide(ui);
            }
            self.menu_bar(ui, view, out);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            if covered {
                semantics::hide(ui);
            }
            status_line(ui, view, out);
        });
        self.rows.clear();
        let mut opened_from = None;
        egui::CentralPanel::default().show(ui, |ui| {
            if covered {
                semantics::hide(ui);
            }
            if let Some(add) = self.toolbar(ui, out) {
                opened_from = Some(add);
            }
            ui.add_space(theme::space::S);
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_viewport(ui, |ui, viewport| {
                    let procedures = model.procedures();
                    let visible = self.visible(procedures);
                    if procedures.is_empty() {
                        ui.label(fl!("win-no-procedures"));
                    } else if visible.is_empty() {
                        ui.label(fl!("win-no-match"));
                    }
                    if std::mem::take(&mut self.search_changed) {
                        out.push(Command::Announce(search_results(
                            &self.search,
                            visible.len(),
                            procedures.len(),
                        )));
                    }
                    self.in_sight.begin(ui, viewport);
                    let focused = ui.memory(|m| m.focused());
                    semantics::list(ui, &fl!("win-procedure-list"), |ui| {
                        let list_top = ui.min_rect().top();
                        for procedure in visible {
                            let top = ui.cursor().top();
                            if let Some(height) =
                                self.in_sight.skip(procedure.id, top - list_top, focused)
                            {
                                ui.add_space(height);
                                if let Some(main) = self.in_sight.main_of(procedure.id) {
                                    self.rows.push((procedure.id, main));
                                }
                                continue;
                            }
                            let (row, rect) = procedure_row(ui, procedure, view, out);
                            if let Some(main) = row.main {
                                self.rows.push((procedure.id, main));
                            }
                            if row.opener.is_some() {
                                opened_from = row.opener;
                            }
                            ui.add_space(theme::space::S);
                            let focused_rect = focused.and_then(|id| {
                                ui.ctx()
                                    .viewport(|v| v.this_pass.widgets.get(id).map(|w| w.rect))
                            });
                            self.in_sight.drawn(
                                procedure.id,
                                ui.cursor().top() - top,
                                rect,
                                row.main,
                                focused_rect,
                            );
                        }
                    });
                    if let Some(id) = self.focus_when_drawn.take() {
                        ui.memory_mut(|m| m.request_focus(id));
                    }
                    // A code reached with the arrow keys (or Tab) is scrolled into sight.
                    super::focus::scroll_focus_into_view(ui);
                    if let Some(rect) = self
                        .scroll_to_row
                        .take()
                        .and_then(|id| ui.ctx().read_response(id))
                        .map(|row| row.rect)
                    {
                        ui.scroll_to_rect(rect, None);
                    }
                });
        });
        if opened_from.is_some() {
            self.opener = opened_from;
        }
        self.list_keys(ui, out);
        self.dialog_ui(ui, view, model, out);
        self.move_focus(ui, view, model);
    }

    fn shortcuts(&mut self, ui: &Ui, model: &Unlocked, out: &mut Vec<Command>) {
        if shortcut(ui, Modifiers::COMMAND, Key::L) {
            out.push(Command::Lock);
        }
        if model.dialog.is_some() {
            return;
        }
        if shortcut(ui, Modifiers::COMMAND, Key::N) {
            out.push(Command::Open(Open::Add));
            self.opener = ui.memory(|m| m.focused());
        }
        if shortcut(ui, Modifiers::COMMAND, Key::F) {
            self.focus_search = true;
        }
        if shortcut(ui, Modifiers::NONE, Key::F10)
            && let Some(menu) = self.first_menu
        {
            ui.memory_mut(|m| m.request_focus(menu));
        }
    }

    /// The app's icon, "+", the search field and Lock: on one line where they fit, the search
    /// field on a line of its own in a narrow window or at a large text size. Returns the "+"
    /// button when it opened the Add dialog.
    fn toolbar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) -> Option<Id> {
        let one_line = ui.available_width() >= 400.0;
        let opened = ui
            .horizontal(|ui| {
                let side = ui.spacing().interact_size.y;
                let icon = ui.add(
                    egui::Image::new(&super::icon::texture(ui.ctx()))
                        .fit_to_exact_size(egui::vec2(side, side))
                        .alt_text(""),
                );
                // A decoration: the window's name says whose it is.
                semantics::hide_widget(&icon);
                let add = ui
                    .button(RichText::new("+").size(theme::size::ADD).strong())
                    .on_hover_text(fl!("win-add-procedure-hint"));
                labelled(&add, fl!("win-add-procedure").to_owned());
                shortcut_of(&add, &fl!("win-key-add"));
                // The tooltip says the name and the keys, which the node has already: read
                // as its description it was the name twice.
                semantics::node(ui.ctx(), add.id, |n| n.clear_description());
                let opened = add.clicked().then_some(add.id);
                if opened.is_some() {
                    out.push(Command::Open(Open::Add));
                }
                let lock_text = fl!("win-lock");
                if one_line {
                    // Room for the Lock button as wide as its word is in this language
                    // ("Vergrendelen" is three times "Lock").
                    let word = egui::WidgetText::from(lock_text.as_str()).into_galley(
                        ui,
                        Some(egui::TextWrapMode::Extend),
                        f32::INFINITY,
                        egui::TextStyle::Button,
                    );
                    let spacing = ui.spacing();
                    let room = word.size().x
                        + 2.0 * spacing.button_padding.x
                        + 2.0 * spacing.item_spacing.x;
                    self.search_field(ui, room);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    let lock = ui.button(lock_text).on_hover_text(fl!("win-lock-hint"));
                    shortcut_of(&lock, &fl!("win-key-lock"));
                    semantics::node(ui.ctx(), lock.id, |n| n.clear_description());
                    if lock.clicked() {
                        out.push(Command::Lock);
                    }
                });
                opened
            })
            .inner;
        if !one_line {
            ui.horizontal(|ui| self.search_field(ui, 0.0));
        }
        opened
    }

    /// "Search" and its field, leaving `room` beside it.
    fn search_field(&mut self, ui: &mut Ui, room: f32) {
        let label = ui.label(fl!("win-search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .hint_text(fl!("win-search-hint"))
                .desired_width((ui.available_width() - room).max(60.0)),
        );
        search.clone().labelled_by(label.id);
        shortcut_of(&search, &fl!("win-key-search"));
        self.search_field = Some(search.id);
        if search.changed() {
            self.search_changed = true;
        }
        if self.focus_search {
            search.request_focus();
            self.focus_search = false;
        }
    }

    /// Up and Down on a procedure's code go to the previous and next one, Home and End to the
    /// first and last (egui's arrows would go to whatever control is nearest).
    fn list_keys(&mut self, ui: &Ui, out: &mut Vec<Command>) {
        let focused = ui.memory(|m| m.focused());
        let Some(at) = self.rows.iter().position(|(_, id)| Some(*id) == focused) else {
            return;
        };
        let last = self.rows.len() - 1;
        let target = ui.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                Some((at + 1).min(last))
            } else if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                Some(at.saturating_sub(1))
            } else if i.consume_key(Modifiers::NONE, Key::Home) {
                Some(0)
            } else if i.consume_key(Modifiers::NONE, Key::End) {
                Some(last)
            } else {
                None
            }
        });
        if let Some(target) = target {
            let (procedure, id) = self.rows[target];
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
            self.focus_row(ui, procedure, id);
            self.scroll_to_row = Some(id);
        }
        // Ctrl+C on a code copies it (Enter does too: it clicks it).
        let copy = ui.input_mut(|i| {
            let event = i.events.iter().any(|e| matches!(e, egui::Event::Copy));
            i.events.retain(|e| !matches!(e, egui::Event::Copy));
            i.consume_key(Modifiers::COMMAND, Key::C) || event
        });
        if copy {
            out.push(Command::CopyCode(self.rows[at].0));
        }
    }

    /// The focus to `id`, the control of the row of `procedure` for the keyboard: at once
    /// when the row is drawn, else once it is, next frame (with many procedures only the
    /// rows in sight are drawn).
    fn focus_row(&mut self, ui: &Ui, procedure: Uuid, id: Id) {
        let drawn = ui.ctx().viewport(|v| v.this_pass.widgets.get(id).is_some());
        if drawn {
            ui.memory_mut(|m| m.request_focus(id));
        } else {
            self.in_sight.bring(procedure);
            self.focus_when_drawn = Some(id);
        }
        ui.ctx().request_repaint();
    }

    /// Where the keyboard focus goes now: where the app asked (after unlocking, a save, a
    /// delete), or back to the control that opened the dialog that just closed.
    fn move_focus(&mut self, ui: &Ui, view: &View, model: &Unlocked) {
        let dialog_open = model.dialog.is_some();
        let closed = self.dialog_was_open && !dialog_open;
        self.dialog_was_open = dialog_open;
        if dialog_open {
            return;
        }
        if let Some(request) = view.focus
            && request.serial != self.focus_taken
        {
            self.focus_taken = request.serial;
            let row = |id: Uuid| self.rows.iter().find(|(p, _)| *p == id).copied();
            let target = match request.target {
                FocusTarget::FirstProcedure => self.rows.first().copied(),
                FocusTarget::Procedure(id) => row(id),
                FocusTarget::Search => None,
            };
            match (target, self.search_field) {
                (Some((procedure, id)), _) => self.focus_row(ui, procedure, id),
                // A procedure the search hides, or none at all: the search field.
                (None, Some(search)) => ui.memory_mut(|m| m.request_focus(search)),
                (None, None) => {}
            }
            self.opener = None;
            return;
        }
        if closed && let Some(opener) = self.opener.take() {
            ui.memory_mut(|m| m.request_focus(opener));
        }
    }

    /// The open dialog, with what is typed into it (dropped when it closes: passwords wiped,
    /// a QR code's texture freed).
    fn dialog_ui(&mut self, ui: &mut Ui, view: &View, model: &Unlocked, out: &mut Vec<Command>) {
        let Some(open) = &model.dialog else {
            self.dialog.clear();
            return;
        };
        let serial = open.serial;
        let busy = view.busy(serial);
        let procedures = model.procedures();
        let pushed = out.len();
        let keep_open = match &open.dialog {
            Dialog::Edit { editing } => self
                .dialog
                .get(serial, || {
                    match editing.and_then(|id| procedures.iter().find(|p| p.id == id)) {
                        Some(procedure) => ProcedureDialog::edit(procedure),
                        None => ProcedureDialog::add(),
                    }
                })
                .ui(ui, view, procedures, out),
            Dialog::ConfirmDelete { id, name } => self
                .dialog
                .get(serial, ConfirmDelete::default)
                .ui(ui, *id, name, out),
            Dialog::ChangePassword { error } => self
                .dialog
                .get(serial, ChangePasswordDialog::default)
                .ui(ui, view, error.as_deref(), busy, out),
            Dialog::Settings => self
                .dialog
                .get(serial, || {
                    SettingsDialog::new(view.config, model.names_hidden())
                })
                .ui(ui, view, out),
            Dialog::Manual => self.dialog.get(serial, ManualDialog::default).ui(ui),
            Dialog::About => self.dialog.get(serial, AboutDialog::default).ui(ui),
            Dialog::Import(state) => self.dialog.get(serial, ImportDialog::default).ui(
                ui,
                view,
                state,
                view.work(serial),
                out,
            ),
            Dialog::Export(state) => self
                .dialog
                .get(serial, ExportDialog::default)
                .ui(ui, view, state, busy, out),
            Dialog::ShowQr(state) => self
                .dialog
                .get(serial, QrDialog::default)
                .ui(ui, view, state, busy, out),
        };
        if !keep_open {
            // Closed unanswered (Esc, Cancel, Close): the focus goes back at once, in this
            // frame (a frame without focus is read out as the bare window). After an answer
            // the app says where it goes.
            if out.len() == pushed
                && let Some(opener) = self.opener
            {
                ui.memory_mut(|m| m.request_focus(opener));
            }
            out.push(Command::CloseDialog);
        }
    }
}

impl ProceduresScreen {
    /// The menu bar: Options, Accessibility, Help.
    fn menu_bar(&mut self, ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            semantics::node(ui.ctx(), ui.unique_id(), |n| {
                n.set_role(Role::MenuBar);
                n.set_label(fl!("win-menu-bar"));
            });
            let mut open_menu = None;
            let options = self.menu(
                ui,
                &fl!("win-menu-options"),
                out,
                &mut open_menu,
                |ui, out| {
                    let mut first = None;
                    for (label, open) in [
                        (fl!("win-menu-settings"), Open::Settings),
                        (fl!("win-menu-import"), Open::Import),
                        (fl!("win-menu-export"), Open::Export),
                        (fl!("win-menu-change-password"), Open::ChangePassword),
                    ] {
                        let item = menu_item(ui, &label);
                        first.get_or_insert(item.id);
                        if item.clicked() {
                            out.push(Command::Open(open));
                        }
                    }
                    let lock = menu_item(ui, &fl!("win-menu-lock"));
                    // Named without the keys its text shows: they are its shortcut.
                    semantics::node(ui.ctx(), lock.id, |n| n.set_label(fl!("win-lock")));
                    shortcut_of(&lock, &fl!("win-key-lock"));
                    if lock.clicked() {
                        out.push(Command::Lock);
                    }
                    first
                },
            );
            self.first_menu = Some(options);
            self.menu(
                ui,
                &fl!("win-menu-accessibility"),
                out,
                &mut open_menu,
                |ui, out| {
                    let scale = view.config.text_scale;
                    let larger = menu_item(ui, &fl!("win-larger-text"))
                        .on_hover_text(fl!("win-larger-text-key"));
                    shortcut_of(&larger, &fl!("win-larger-text-key"));
                    if larger.clicked() {
                        out.push(Command::SetTextScale(scale + TEXT_SCALE_STEP));
                    }
                    let smaller = menu_item(ui, &fl!("win-smaller-text"))
                        .on_hover_text(fl!("win-smaller-text-key"));
                    shortcut_of(&smaller, &fl!("win-smaller-text-key"));
                    if smaller.clicked() {
                        out.push(Command::SetTextScale(scale - TEXT_SCALE_STEP));
                    }
                    let normal = menu_item(ui, &fl!("win-normal-text"))
                        .on_hover_text(fl!("win-normal-text-key"));
                    shortcut_of(&normal, &fl!("win-normal-text-key"));
                    if normal.clicked() {
                        out.push(Command::SetTextScale(1.0));
                    }
                    ui.label(
                        RichText::new(fl!(
                            "win-text-size",
                            percent = ((scale * 100.0).round() as u32)
                        ))
                        .small()
                        .weak(),
                    );
                    ui.separator();
                    let mut theme_choice = view.config.theme;
                    for (choice, label) in [
                        (ThemeChoice::System, fl!("win-theme-system")),
                        (ThemeChoice::Light, fl!("win-theme-light")),
                        (ThemeChoice::Dark, fl!("win-theme-dark")),
                    ] {
                        let item = ui.radio_value(&mut theme_choice, choice, label);
                        semantics::node(ui.ctx(), item.id, |n| n.set_role(Role::MenuItemRadio));
                        if item.changed() {
                            out.push(Command::SetTheme(choice));
                            ui.close();
                        }
                    }
                    let mut contrast = view.config.high_contrast;
                    let high_contrast = ui.checkbox(&mut contrast, fl!("win-high-contrast"));
                    semantics::node(ui.ctx(), high_contrast.id, |n| {
                        n.set_role(Role::MenuItemCheckBox);
                    });
                    if high_contrast.changed() {
                        out.push(Command::SetHighContrast(contrast));
                        ui.close();
                    }
                    Some(larger.id)
                },
            );
            self.menu(ui, &fl!("win-menu-help"), out, &mut open_menu, |ui, out| {
                let manual = menu_item(ui, &fl!("win-menu-manual"));
                if manual.clicked() {
                    out.push(Command::Open(Open::Manual));
                }
                if menu_item(ui, &fl!("win-menu-about")).clicked() {
                    out.push(Command::Open(Open::About));
                }
                Some(manual.id)
            });
            // A menu closed with Esc (nothing chosen): the focus goes back to its name, in
            // the same frame (Esc took it away at the frame's start).
            if let Some(menu) = open_menu.or(self.open_menu)
                && ui.input(|i| i.key_pressed(Key::Escape))
                && ui.memory(|m| m.focused().is_none())
            {
                ui.memory_mut(|m| m.request_focus(menu));
            }
            self.open_menu = open_menu;
        });
    }

    /// One menu: a menu item in the bar that opens it (its state said to screen readers), the
    /// menu named like it. `items` draws the items and returns the first (which gets the
    /// focus when the menu was opened with the keyboard). Returns the menu's item in the bar.
    fn menu(
        &mut self,
        ui: &mut Ui,
        name: &str,
        out: &mut Vec<Command>,
        open_menu: &mut Option<Id>,
        items: impl FnOnce(&mut Ui, &mut Vec<Command>) -> Option<Id>,
    ) -> Id {
        let pushed = out.len();
        let focus_first = self.menu_from_keyboard.as_deref() == Some(name);
        let menu = ui.menu_button(name, |ui| {
            let popup = ui
                .stack()
                .iter()
                .find(|frame| frame.kind() == Some(egui::UiKind::Menu))
                .map(|frame| frame.unique_id);
            if let Some(popup) = popup {
                semantics::node(ui.ctx(), popup, |n| n.set_label(name));
            }
            let first = items(ui, out);
            if focus_first
                && !ui.is_sizing_pass()
                && let Some(first) = first
            {
                ui.memory_mut(|m| m.request_focus(first));
            }
        });
        let button = &menu.response;
        let expanded = menu.inner.is_some();
        semantics::node(ui.ctx(), button.id, |n| {
            n.set_role(Role::MenuItem);
            n.set_has_popup(egui::accesskit::HasPopup::Menu);
            n.set_expanded(expanded);
        });
        if focus_first && expanded {
            self.menu_from_keyboard = None;
        }
        if button.clicked() && !button.clicked_by(egui::PointerButton::Primary) {
            self.menu_from_keyboard = Some(name.to_owned());
        }
        if expanded {
            *open_menu = Some(button.id);
        }
        // A dialog opened from the menu: the focus comes back to the menu's name.
        if out[pushed..].iter().any(|c| matches!(c, Command::Open(_))) {
            self.opener = Some(button.id);
        }
        button.id
    }
}

/// A menu item: said as one, and closing its menu when chosen (with the keyboard, too).
fn menu_item(ui: &mut Ui, label: &str) -> egui::Response {
    let item = ui.button(label);
    semantics::node(ui.ctx(), item.id, |n| n.set_role(Role::MenuItem));
    if item.clicked() {
        ui.close();
    }
    item
}

/// Says a control's keyboard shortcut to screen readers.
fn shortcut_of(response: &egui::Response, keys: &str) {
    semantics::node(&response.ctx, response.id, |n| {
        n.set_keyboard_shortcut(keys)
    });
}

/// How many procedures the search shows, as said after each change of the search text.
fn search_results(search: &str, shown: usize, all: usize) -> String {
    if search.trim().is_empty() {
        return fl!("win-announce-all-shown", all = all);
    }
    match shown {
        0 => fl!("win-no-match"),
        n => fl!("win-announce-matches", count = n),
    }
}

/// What dropping a file does now (nothing while another dialog than Import is open, or while
/// Import is still reading).
fn drop_hint_text(view: &View, model: &Unlocked) -> String {
    match &model.dialog {
        None => fl!("win-drop-to-import"),
        Some(open) => match open.dialog {
            Dialog::Import(_) if !view.busy(open.serial) => fl!("win-drop-to-import"),
            Dialog::Import(_) => fl!("win-drop-wait"),
            _ => fl!("win-drop-close-dialog"),
        },
    }
}

/// While a file is dragged over the window: what dropping it does.
fn drop_hint(ui: &Ui, text: &str) {
    if ui.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    let screen = ui.ctx().content_rect();
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(192));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::TextStyle::Heading.resolve(ui.style()),
        egui::Color32::WHITE,
    );
}

/// What a row says about the keyboard: the control the focus goes to in it (its code), and
/// the control that opened a dialog this frame.
struct Row {
    main: Option<Id>,
    opener: Option<Id>,
}

/// One procedure: its name, the code (the largest thing in the row) with the countdown, the
/// link, and the buttons, each part wrapping onto the next line when the window is narrow or
/// the text large. In clipboard mode the row is outlined in the accent colour. For screen
/// readers a list item named by the procedure.
/// Returns what it says about the keyboard, and what it covers on the screen.
fn procedure_row(
    ui: &mut Ui,
    p: &Procedure,
    view: &View,
    out: &mut Vec<Command>,
) -> (Row, egui::Rect) {
    // Ids of its own, the same whichever rows before it are drawn (see `RowsInSight`): the
    // keyboard finds its code again by the id it had.
    let ids = Id::unique("procedure-row").with(p.id);
    semantics::list_item_with_ids(ui, ids, |ui| {
        let (name, row) = procedure_row_contents(ui, p, view, out);
        (name, (row, ui.min_rect()))
    })
}

fn procedure_row_contents(
    ui: &mut Ui,
    p: &Procedure,
    view: &View,
    out: &mut Vec<Command>,
) -> (Id, Row) {
    let mut row = Row {
        main: None,
        opener: None,
    };
    let palette = theme::palette(ui, view.config);
    let in_mode = view.clipboard_mode == Some(p.id);
    let outline = if in_mode {
        egui::Stroke::new(2.0, palette.accent)
    } else {
        egui::Stroke::new(1.0, palette.divider)
    };
    let mut name_label = None;
    egui::Frame::new()
        .fill(palette.surface)
        .stroke(outline)
        .corner_radius(8)
        .inner_margin(egui::Margin::symmetric(12, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            name_label = Some(
                ui.add(
                    egui::Label::new(RichText::new(&p.name).strong().size(theme::size::NAME))
                        .wrap(),
                )
                .id,
            );
            ui.horizontal_wrapped(|ui| {
                match current_code(p, view.now) {
                    Some((code, _)) => {
                        // Reached with Tab and copied with Enter or Ctrl+C; read digit by digit
                        // (as a number it would be "two hundred forty-seven thousand…").
                        let label = ui.add(
                            egui::Label::new(
                                RichText::new(code.grouped())
                                    .font(theme::code_font(ui.ctx(), theme::size::CODE))
                                    .strong(),
                            )
                            .extend()
                            .selectable(false)
                            .sense(egui::Sense::click()),
                        );
                        let spoken = fl!(
                            "win-code-of",
                            name = p.name.as_str(),
                            code = digit_by_digit(code.as_str())
                        );
                        label.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Label, true, spoken.clone())
                        });
                        semantics::node(ui.ctx(), label.id, |n| {
                            n.set_description(fl!("win-code-copy-hint"));
                        });
                        if label.has_focus() {
                            // The focus must be seen where the code has no frame of its own.
                            ui.painter().rect_stroke(
                                label.rect.expand(2.0),
                                2.0,
                                ui.visuals().selection.stroke,
                                egui::StrokeKind::Outside,
                            );
                        }
                        if label.clicked() {
                            out.push(Command::CopyCode(p.id));
                        }
                        row.main = Some(label.id);
                    }
                    None if p.needs_reenrollment => {
                        let enroll = ui.button(fl!("win-enroll-again"));
                        enroll.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                fl!("win-enroll-again-name", name = p.name.as_str()),
                            )
                        });
                        row.opens(&enroll, Open::Edit(p.id), out);
                        row.main = Some(enroll.id);
                    }
                    None => {
                        error_line(ui, view.config, &fl!("win-cannot-make-codes"));
                    }
                }
                if let (Some(period), false) = (p.otp.kind.period(), p.needs_reenrollment) {
                    // The bar and its seconds stay together when the line wraps.
                    countdown(
                        ui,
                        view.config,
                        seconds_left(period, view.now),
                        period,
                        &fl!("win-seconds-until-next", name = p.name.as_str()),
                    );
                }
            });
            if let Some(url) = &p.url {
                ui.add(egui::Hyperlink::from_label_and_url(url, url));
            }
            if p.needs_reenrollment {
                warning_line(ui, view.config, &fl!("win-secret-erased"));
            }
            ui.add_space(theme::space::S);
            ui.horizontal_wrapped(|ui| row_buttons(ui, p, in_mode, palette, &mut row, out));
        });
    let name = name_label.unwrap_or_else(|| ui.unique_id());
    (name, row)
}

impl Row {
    /// A button that opens a dialog: the focus comes back to it when the dialog closes.
    fn opens(&mut self, response: &egui::Response, open: Open, out: &mut Vec<Command>) {
        if response.clicked() {
            out.push(Command::Open(open));
            self.opener = Some(response.id);
        }
    }
}

/// Copy, Clipboard mode (filled in the accent colour while on), QR code, Edit, Delete.
fn row_buttons(
    ui: &mut Ui,
    p: &Procedure,
    in_mode: bool,
    palette: &Palette,
    row: &mut Row,
    out: &mut Vec<Command>,
) {
    let enabled = !p.needs_reenrollment;
    let copy = ui.add_enabled(enabled, egui::Button::new(fl!("win-copy")));
    labelled(&copy, fl!("win-copy-name", name = p.name.as_str()));
    if copy.clicked() {
        out.push(Command::CopyCode(p.id));
    }
    let mode_button = if in_mode {
        // Said in words, not with a check mark: egui's fonts have none.
        egui::Button::new(RichText::new(fl!("win-clipboard-mode-on")).color(palette.on_accent))
            .fill(palette.accent)
            .selected(true)
    } else {
        egui::Button::new(fl!("win-clipboard-mode"))
    };
    let mode = ui.add_enabled(enabled, mode_button);
    // A toggle button whether on or off (named as a button it was a push button while off).
    let mode_name = fl!("win-clipboard-mode-name", name = p.name.as_str());
    mode.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, enabled, in_mode, mode_name.clone())
    });
    if mode.clicked() {
        out.push(Command::ToggleClipboardMode(p.id));
    }
    let qr = ui.add_enabled(enabled, egui::Button::new(fl!("win-qr-code")));
    labelled(&qr, fl!("win-qr-code-name", name = p.name.as_str()));
    row.opens(&qr, Open::ShowQr(p.id), out);
    let edit = ui.button(fl!("win-edit"));
    labelled(&edit, fl!("win-edit-name", name = p.name.as_str()));
    row.opens(&edit, Open::Edit(p.id), out);
    // A procedure whose parameters make no codes has no code to go to: its Edit.
    row.main = row.main.or(Some(edit.id));
    let delete = ui.button(fl!("win-delete"));
    labelled(&delete, fl!("win-delete-name", name = p.name.as_str()));
    row.opens(&delete, Open::ConfirmDelete(p.id), out);
}

/// Names a button for screen readers (and tests) by what it does to which procedure.
fn labelled(response: &egui::Response, label: String) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, label.clone()));
}

/// What Zweifaktor put on the clipboard (the code in the accent colour, read digit by digit),
/// notices, and whether the last change is saved.
fn status_line(ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
    let palette = theme::palette(ui, view.config);
    ui.horizontal_wrapped(|ui| {
        match view.clipboard_content {
            Some(code) => {
                let mut line = egui::text::LayoutJob::default();
                let body = egui::TextStyle::Body.resolve(ui.style());
                line.append(
                    &format!("{} ", fl!("win-clipboard-content-label")),
                    0.0,
                    egui::TextFormat::simple(body, palette.text),
                );
                line.append(
                    code,
                    0.0,
                    egui::TextFormat::simple(
                        theme::code_font(ui.ctx(), theme::size::NAME),
                        palette.accent,
                    ),
                );
                let line = ui.add(egui::Label::new(line).selectable(false));
                let spoken = fl!("win-clipboard-content", code = digit_by_digit(code));
                line.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Label, true, spoken.clone())
                });
            }
            None => {
                ui.label(fl!("win-clipboard-empty"));
            }
        };
        if let Some(notice) = view.notice {
            ui.separator();
            ui.label(notice);
        }
    });
    match view.save_status() {
        Some(SaveStatus::Saving) => {
            ui.label(fl!("win-saving"));
        }
        Some(SaveStatus::Failed(reason)) => {
            ui.horizontal_wrapped(|ui| {
                error_line(ui, view.config, &fl!("win-not-saved", reason = reason));
                if ui.button(fl!("win-try-again")).clicked() {
                    out.push(Command::RetrySave);
                }
            });
        }
        None => {}
    }
}
