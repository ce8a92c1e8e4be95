//! The main screen: menu bar, "+" and search, one row per procedure with its code, name, link,
//! countdown and buttons, and the status line with the clipboard content.

use crate::fl;
use egui::{Align, Layout, RichText, Ui};

use super::change_password::ChangePasswordDialog;
use super::confirm_delete::confirm_delete;
use super::export_dialog::ExportDialog;
use super::help::{AboutDialog, ManualDialog};
use super::import_dialog::ImportDialog;
use super::palette::Palette;
use super::procedure_dialog::ProcedureDialog;
use super::qr_dialog::QrDialog;
use super::settings::SettingsDialog;
use super::shortcut;
use super::slot::Slot;
use super::theme;
use super::widgets::{countdown, error_line, warning_line};
use crate::app::command::{Command, Open};
use crate::app::dialog::Dialog;
use crate::app::open_vault::SaveStatus;
use crate::app::screen::Unlocked;
use crate::app::{View, current_code};
use zweifaktor_core::config::{TEXT_SCALE_STEP, ThemeChoice};
use zweifaktor_core::otp::seconds_left;
use zweifaktor_core::procedure::Procedure;

/// The search text, and what is typed into the dialog open over the procedures.
#[derive(Default)]
pub struct ProceduresScreen {
    search: String,
    focus_search: bool,
    dialog: Slot,
}

impl ProceduresScreen {
    /// The procedures whose name, issuer or URL contains the search text (any case).
    fn visible<'a>(&self, procedures: &'a [Procedure]) -> Vec<&'a Procedure> {
        let needle = self.search.trim().to_lowercase();
        procedures
            .iter()
            .filter(|p| {
                needle.is_empty()
                    || p.name.to_lowercase().contains(&needle)
                    || p.issuer
                        .as_deref()
                        .is_some_and(|i| i.to_lowercase().contains(&needle))
                    || p.url
                        .as_deref()
                        .is_some_and(|u| u.to_lowercase().contains(&needle))
            })
            .collect()
    }

    pub fn ui(&mut self, ui: &mut Ui, view: &View, model: &Unlocked, out: &mut Vec<Command>) {
        self.shortcuts(ui, model, out);
        drop_hint(ui, &drop_hint_text(view, model));
        egui::Panel::top("menu").show(ui, |ui| menu_bar(ui, view, out));
        egui::Panel::bottom("status").show(ui, |ui| status_line(ui, view, out));
        egui::CentralPanel::default().show(ui, |ui| {
            self.toolbar(ui, out);
            ui.add_space(theme::space::S);
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let procedures = model.procedures();
                    let visible = self.visible(procedures);
                    if procedures.is_empty() {
                        ui.label(fl!("win-no-procedures"));
                    } else if visible.is_empty() {
                        ui.label(fl!("win-no-match"));
                    }
                    for procedure in visible {
                        procedure_row(ui, procedure, view, out);
                        ui.add_space(theme::space::S);
                    }
                });
        });
        self.dialog_ui(ui, view, model, out);
    }

    fn shortcuts(&mut self, ui: &Ui, model: &Unlocked, out: &mut Vec<Command>) {
        use egui::{Key, Modifiers};
        if shortcut(ui, Modifiers::COMMAND, Key::L) {
            out.push(Command::Lock);
        }
        if model.dialog.is_some() {
            return;
        }
        if shortcut(ui, Modifiers::COMMAND, Key::N) {
            out.push(Command::Open(Open::Add));
        }
        if shortcut(ui, Modifiers::COMMAND, Key::F) {
            self.focus_search = true;
        }
    }

    /// The app's icon, "+", the search field and Lock: on one line where they fit, the search
    /// field on a line of its own in a narrow window or at a large text size.
    fn toolbar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let one_line = ui.available_width() >= 400.0;
        ui.horizontal(|ui| {
            let side = ui.spacing().interact_size.y;
            ui.add(
                egui::Image::new(&super::icon::texture(ui.ctx()))
                    .fit_to_exact_size(egui::vec2(side, side))
                    .alt_text(""),
            );
            let add = ui
                .button(RichText::new("+").size(theme::size::ADD).strong())
                .on_hover_text(fl!("win-add-procedure-hint"));
            labelled(&add, fl!("win-add-procedure").to_owned());
            if add.clicked() {
                out.push(Command::Open(Open::Add));
            }
            if one_line {
                self.search_field(ui, 70.0);
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if ui
                    .button(fl!("win-lock"))
                    .on_hover_text(fl!("win-lock-hint"))
                    .clicked()
                {
                    out.push(Command::Lock);
                }
            });
        });
        if !one_line {
            ui.horizontal(|ui| self.search_field(ui, 0.0));
        }
    }

    /// fl!("win-search") and its field, leaving `room` beside it.
    fn search_field(&mut self, ui: &mut Ui, room: f32) {
        let label = ui.label(fl!("win-search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut self.search)
                .hint_text(fl!("win-search-hint"))
                .desired_width((ui.available_width() - room).max(60.0)),
        );
        search.clone().labelled_by(label.id);
        if self.focus_search {
            search.request_focus();
            self.focus_search = false;
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
            Dialog::ConfirmDelete { id, name } => confirm_delete(ui, *id, name, out),
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
            Dialog::Manual => ManualDialog.ui(ui),
            Dialog::About => AboutDialog.ui(ui),
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
            out.push(Command::CloseDialog);
        }
    }
}

fn menu_bar(ui: &mut Ui, view: &View, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(fl!("win-menu-options"), |ui| {
            for (label, open) in [
                (fl!("win-menu-settings"), Open::Settings),
                (fl!("win-menu-import"), Open::Import),
                (fl!("win-menu-export"), Open::Export),
                (fl!("win-menu-change-password"), Open::ChangePassword),
            ] {
                if ui.button(label).clicked() {
                    out.push(Command::Open(open));
                }
            }
            if ui.button(fl!("win-menu-lock")).clicked() {
                out.push(Command::Lock);
            }
        });
        ui.menu_button(fl!("win-menu-accessibility"), |ui| {
            let scale = view.config.text_scale;
            if ui
                .button(fl!("win-larger-text"))
                .on_hover_text(fl!("win-larger-text-key"))
                .clicked()
            {
                out.push(Command::SetTextScale(scale + TEXT_SCALE_STEP));
            }
            if ui
                .button(fl!("win-smaller-text"))
                .on_hover_text(fl!("win-smaller-text-key"))
                .clicked()
            {
                out.push(Command::SetTextScale(scale - TEXT_SCALE_STEP));
            }
            if ui
                .button(fl!("win-normal-text"))
                .on_hover_text(fl!("win-normal-text-key"))
                .clicked()
            {
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
                if ui.radio_value(&mut theme_choice, choice, label).changed() {
                    out.push(Command::SetTheme(choice));
                }
            }
            let mut contrast = view.config.high_contrast;
            if ui
                .checkbox(&mut contrast, fl!("win-high-contrast"))
                .changed()
            {
                out.push(Command::SetHighContrast(contrast));
            }
        });
        ui.menu_button(fl!("win-menu-help"), |ui| {
            if ui.button(fl!("win-menu-manual")).clicked() {
                out.push(Command::Open(Open::Manual));
            }
            if ui.button(fl!("win-menu-about")).clicked() {
                out.push(Command::Open(Open::About));
            }
        });
    });
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

/// One procedure: its name, the code (the largest thing in the row) with the countdown, the
/// link, and the buttons, each part wrapping onto the next line when the window is narrow or
/// the text large. In clipboard mode the row is outlined in the accent colour.
fn procedure_row(ui: &mut Ui, p: &Procedure, view: &View, out: &mut Vec<Command>) {
    let palette = theme::palette(ui, view.config);
    let in_mode = view.clipboard_mode == Some(p.id);
    let outline = if in_mode {
        egui::Stroke::new(2.0, palette.accent)
    } else {
        egui::Stroke::new(1.0, palette.divider)
    };
    egui::Frame::new()
        .fill(palette.surface)
        .stroke(outline)
        .corner_radius(8)
        .inner_margin(egui::Margin::symmetric(12, 10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(RichText::new(&p.name).strong().size(theme::size::NAME)).wrap(),
            );
            ui.horizontal_wrapped(|ui| {
                match current_code(p, view.now) {
                    Some((code, _)) => {
                        let label = ui.add(
                            egui::Label::new(
                                RichText::new(code.grouped())
                                    .font(theme::code_font(ui.ctx(), theme::size::CODE))
                                    .strong(),
                            )
                            .extend(),
                        );
                        label.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Label,
                                true,
                                fl!("win-code-of", name = p.name.as_str(), code = code.as_str()),
                            )
                        });
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
                        if enroll.clicked() {
                            out.push(Command::Open(Open::Edit(p.id)));
                        }
                    }
                    None => {
                        error_line(ui, view.config, &fl!("win-cannot-make-codes"));
                    }
                }
                if let (Some(period), false) = (p.otp.kind.period(), p.needs_reenrollment) {
                    // The bar and its seconds stay together when the line wraps.
                    countdown(ui, view.config, seconds_left(period, view.now), period);
                }
            });
            if let Some(url) = &p.url {
                ui.add(egui::Hyperlink::from_label_and_url(url, url));
            }
            if p.needs_reenrollment {
                warning_line(ui, view.config, &fl!("win-secret-erased"));
            }
            ui.add_space(theme::space::S);
            ui.horizontal_wrapped(|ui| row_buttons(ui, p, in_mode, palette, out));
        });
}

/// Copy, Clipboard mode (filled in the accent colour while on), QR code, Edit, Delete.
fn row_buttons(
    ui: &mut Ui,
    p: &Procedure,
    in_mode: bool,
    palette: &Palette,
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
    labelled(
        &mode,
        fl!("win-clipboard-mode-name", name = p.name.as_str()),
    );
    if mode.clicked() {
        out.push(Command::ToggleClipboardMode(p.id));
    }
    let qr = ui.add_enabled(enabled, egui::Button::new(fl!("win-qr-code")));
    labelled(&qr, fl!("win-qr-code-name", name = p.name.as_str()));
    if qr.clicked() {
        out.push(Command::Open(Open::ShowQr(p.id)));
    }
    let edit = ui.button(fl!("win-edit"));
    labelled(&edit, fl!("win-edit-name", name = p.name.as_str()));
    if edit.clicked() {
        out.push(Command::Open(Open::Edit(p.id)));
    }
    let delete = ui.button(fl!("win-delete"));
    labelled(&delete, fl!("win-delete-name", name = p.name.as_str()));
    if delete.clicked() {
        out.push(Command::Open(Open::ConfirmDelete(p.id)));
    }
}

/// Names a button for screen readers (and tests) by what it does to which procedure.
fn labelled(response: &egui::Response, label: String) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, label.clone()));
}

/// What Zweifaktor put on the clipboard (the code in the accent colour), notices, and whether
/// the last change is saved.
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
                ui.label(line)
            }
            None => ui.label(fl!("win-clipboard-empty")),
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
