//! The main screen: menu bar, "+" and search, one row per procedure with its code, name, link,
//! countdown and buttons, and the status line with the clipboard content.

use egui::{Align, Layout, RichText, Ui};
use uuid::Uuid;

use super::Shared;
use super::export_dialog::ExportDialog;
use super::help::{AboutDialog, ManualDialog};
use super::import_dialog::ImportDialog;
use super::options::{ChangePasswordDialog, OptionsDialog};
use super::procedure_dialog::ProcedureDialog;
use super::qr_dialog::QrDialog;
use super::shortcut;
use super::theme;
use super::widgets::{error_line, warning_line};
use crate::app::command::Command;
use crate::app::current_code;
use zweifaktor_core::otp::seconds_left;
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::vault::session::VaultSession;

pub enum Dialog {
    Edit(ProcedureDialog),
    ConfirmDelete { id: Uuid, name: String },
    ChangePassword(ChangePasswordDialog),
    Options(OptionsDialog),
    Manual(ManualDialog),
    Import(ImportDialog),
    Export(ExportDialog),
    ShowQr(QrDialog),
    About(AboutDialog),
}

pub struct ProceduresScreen {
    pub session: VaultSession,
    pub search: String,
    pub dialog: Option<Dialog>,
    focus_search: bool,
}

impl ProceduresScreen {
    pub fn new(session: VaultSession) -> Self {
        ProceduresScreen {
            session,
            search: String::new(),
            dialog: None,
            focus_search: false,
        }
    }

    /// The procedures whose name, issuer or URL contains the search text (any case).
    pub fn visible(&self) -> Vec<&Procedure> {
        let needle = self.search.trim().to_lowercase();
        self.session
            .procedures()
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

    pub fn ui(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        self.shortcuts(ui, out);
        self.dropped_files(ui);
        drop_hint(ui, self.drop_hint());
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui, shared, out));
        egui::Panel::bottom("status").show(ui, |ui| status_line(ui, shared));
        egui::CentralPanel::default().show(ui, |ui| {
            self.toolbar(ui, out);
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let visible = self.visible();
                    if self.session.procedures().is_empty() {
                        ui.label("No procedures yet. Add one with \"+\" (Ctrl+N).");
                    } else if visible.is_empty() {
                        ui.label("No procedure matches the search.");
                    }
                    let mut open = None;
                    for procedure in visible {
                        if let Some(dialog) = procedure_row(ui, procedure, shared, out) {
                            open = Some(dialog);
                        }
                    }
                    if let Some(dialog) = open {
                        self.dialog = Some(dialog);
                    }
                });
        });
        self.dialog_ui(ui, shared, out);
    }

    /// Files dropped on the window open the Import dialog with them (or go into the one that
    /// is open: the parts of a transfer may come one screenshot at a time). Another dialog
    /// may hold unsaved input, so a drop on it is ignored; so is one while the Import dialog
    /// is still reading.
    fn dropped_files(&mut self, ui: &Ui) {
        let dropped = ui.input(|i| i.raw.dropped_files.clone());
        if dropped.is_empty() {
            return;
        }
        match &self.dialog {
            None => self.dialog = Some(Dialog::Import(ImportDialog::default())),
            Some(Dialog::Import(_)) => {}
            Some(_) => return,
        }
        if let Some(Dialog::Import(dialog)) = &mut self.dialog {
            dialog.add_dropped(&dropped, ui.ctx());
        }
    }

    /// What dropping a file does now.
    fn drop_hint(&self) -> &'static str {
        match &self.dialog {
            None => DROP_TO_IMPORT,
            Some(Dialog::Import(d)) if !d.is_busy() => DROP_TO_IMPORT,
            Some(Dialog::Import(_)) => "Wait until Import is done reading,\nthen drop the file",
            Some(_) => "Close the dialog first\nto import a file",
        }
    }

    fn shortcuts(&mut self, ui: &Ui, out: &mut Vec<Command>) {
        use egui::{Key, Modifiers};
        if shortcut(ui, Modifiers::COMMAND, Key::L) {
            out.push(Command::Lock);
        }
        if self.dialog.is_some() {
            return;
        }
        if shortcut(ui, Modifiers::COMMAND, Key::N) {
            self.dialog = Some(Dialog::Edit(ProcedureDialog::add()));
        }
        if shortcut(ui, Modifiers::COMMAND, Key::F) {
            self.focus_search = true;
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("Options", |ui| {
                if ui.button("Settings…").clicked() {
                    self.dialog = Some(Dialog::Options(OptionsDialog::new(
                        shared.config,
                        self.session.names_hidden(),
                    )));
                }
                if ui.button("Import…").clicked() {
                    self.dialog = Some(Dialog::Import(ImportDialog::default()));
                }
                if ui.button("Export…").clicked() {
                    self.dialog = Some(Dialog::Export(ExportDialog::default()));
                }
                if ui.button("Change password…").clicked() {
                    self.dialog = Some(Dialog::ChangePassword(ChangePasswordDialog::default()));
                }
                if ui.button("Lock (Ctrl+L)").clicked() {
                    out.push(Command::Lock);
                }
            });
            ui.menu_button("Accessibility", |ui| {
                let scale = shared.config.text_scale;
                if ui.button("Larger text").clicked() {
                    out.push(Command::SetTextScale(scale + 0.25));
                }
                if ui.button("Smaller text").clicked() {
                    out.push(Command::SetTextScale(scale - 0.25));
                }
                if ui.button("Normal text size").clicked() {
                    out.push(Command::SetTextScale(1.0));
                }
                let mut contrast = shared.config.high_contrast;
                if ui.checkbox(&mut contrast, "High contrast").changed() {
                    out.push(Command::SetHighContrast(contrast));
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("Manual").clicked() {
                    self.dialog = Some(Dialog::Manual(ManualDialog));
                }
                if ui.button("About Zweifaktor").clicked() {
                    self.dialog = Some(Dialog::About(AboutDialog));
                }
            });
        });
    }

    fn toolbar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            let add = ui
                .button(RichText::new("+").size(20.0).strong())
                .on_hover_text("Add a procedure (Ctrl+N)");
            labelled(&add, "Add procedure".to_owned());
            if add.clicked() {
                self.dialog = Some(Dialog::Edit(ProcedureDialog::add()));
            }
            let label = ui.label("Search:");
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text("Ctrl+F")
                    .desired_width((ui.available_width() - 70.0).max(80.0)),
            );
            search.clone().labelled_by(label.id);
            if self.focus_search {
                search.request_focus();
                self.focus_search = false;
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if ui
                    .button("Lock")
                    .on_hover_text("Lock now (Ctrl+L)")
                    .clicked()
                {
                    out.push(Command::Lock);
                }
            });
        });
    }

    fn dialog_ui(&mut self, ui: &mut Ui, shared: &Shared, out: &mut Vec<Command>) {
        let keep_open = match &mut self.dialog {
            None => return,
            Some(Dialog::Edit(d)) => d.ui(ui, shared, self.session.procedures(), out),
            Some(Dialog::ConfirmDelete { id, name }) => confirm_delete(ui, *id, name, out),
            Some(Dialog::ChangePassword(d)) => d.ui(ui, shared, out),
            Some(Dialog::Options(d)) => d.ui(ui, shared, out),
            Some(Dialog::Manual(d)) => d.ui(ui),
            Some(Dialog::Import(d)) => d.ui(ui, shared, out),
            Some(Dialog::Export(d)) => d.ui(ui, shared, out),
            Some(Dialog::ShowQr(d)) => d.ui(ui, shared, out),
            Some(Dialog::About(d)) => d.ui(ui),
        };
        if !keep_open {
            self.dialog = None;
        }
    }
}

const DROP_TO_IMPORT: &str = "Drop the file to import it\n(an export file or a QR screenshot)";

/// While a file is dragged over the window: what dropping it does (nothing while another
/// dialog than Import is open, or while Import is still reading).
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

/// One procedure: code, name, link, countdown and buttons. Returns a dialog to open.
fn procedure_row(
    ui: &mut Ui,
    p: &Procedure,
    shared: &Shared,
    out: &mut Vec<Command>,
) -> Option<Dialog> {
    let mut open = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            match current_code(p, shared.now) {
                Some((code, _)) => {
                    let label = ui.label(
                        RichText::new(code.grouped())
                            .font(theme::code_font(ui.ctx(), 28.0))
                            .strong(),
                    );
                    label.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Label,
                            true,
                            format!("Code of {}: {code}", p.name),
                        )
                    });
                }
                None if p.needs_reenrollment => {
                    let enroll = ui.button("Enroll again");
                    enroll.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!("Enroll {} again", p.name),
                        )
                    });
                    if enroll.clicked() {
                        open = Some(Dialog::Edit(ProcedureDialog::edit(p)));
                    }
                }
                None => {
                    error_line(
                        ui,
                        shared.config,
                        "This procedure's parameters cannot make codes.",
                    );
                }
            }
            ui.vertical(|ui| {
                ui.label(RichText::new(&p.name).strong().size(16.0));
                if let Some(url) = &p.url {
                    ui.hyperlink_to(url, url);
                }
            });
        });
        if p.needs_reenrollment {
            warning_line(
                ui,
                shared.config,
                "The secret was erased: enroll this procedure again.",
            );
        }
        ui.horizontal(|ui| {
            if let (Some(period), false) = (p.otp.kind.period(), p.needs_reenrollment) {
                let left = seconds_left(period, shared.now);
                let bar = egui::ProgressBar::new(left as f32 / period as f32)
                    .desired_width(80.0)
                    .desired_height(8.0);
                ui.add(bar);
                ui.label(format!("{left} s"));
            }
            let enabled = !p.needs_reenrollment;
            let copy = ui.add_enabled(enabled, egui::Button::new("Copy"));
            labelled(&copy, format!("Copy code of {}", p.name));
            if copy.clicked() {
                out.push(Command::CopyCode(p.id));
            }
            let in_mode = shared.clipboard_mode == Some(p.id);
            let mode = ui.add_enabled(
                enabled,
                egui::Button::new("Clipboard mode").selected(in_mode),
            );
            labelled(&mode, format!("Clipboard mode for {}", p.name));
            if mode.clicked() {
                out.push(Command::ToggleClipboardMode(p.id));
            }
            let qr = ui.add_enabled(enabled, egui::Button::new("QR code"));
            labelled(&qr, format!("Show QR code of {}", p.name));
            if qr.clicked() {
                open = Some(Dialog::ShowQr(QrDialog::new(p.id, &p.name)));
            }
            let edit = ui.button("Edit");
            labelled(&edit, format!("Edit {}", p.name));
            if edit.clicked() {
                open = Some(Dialog::Edit(ProcedureDialog::edit(p)));
            }
            let delete = ui.button("Delete");
            labelled(&delete, format!("Delete {}", p.name));
            if delete.clicked() {
                open = Some(Dialog::ConfirmDelete {
                    id: p.id,
                    name: p.name.clone(),
                });
            }
        });
    });
    open
}

/// Names a button for screen readers (and tests) by what it does to which procedure.
fn labelled(response: &egui::Response, label: String) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, label.clone()));
}

fn confirm_delete(ui: &mut Ui, id: Uuid, name: &str, out: &mut Vec<Command>) -> bool {
    let mut open = true;
    let modal = egui::Modal::new(egui::Id::unique("confirm-delete")).show(ui.ctx(), |ui| {
        ui.set_max_width(380.0);
        ui.heading("Delete procedure");
        ui.label(format!(
            "Do you really want to delete the procedure \"{name}\"? Its secret is gone for good."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Yes, delete").clicked() {
                out.push(Command::DeleteProcedure(id));
                open = false;
            }
            if ui.button("No").clicked() {
                open = false;
            }
        });
    });
    open && !modal.should_close()
}

fn status_line(ui: &mut Ui, shared: &Shared) {
    ui.horizontal(|ui| {
        match shared.clipboard_content {
            Some(code) => ui.label(format!("Current clipboard content: {code}")),
            None => ui.label("Clipboard: no code"),
        };
        if let Some(notice) = shared.notice {
            ui.separator();
            ui.label(notice);
        }
    });
}
