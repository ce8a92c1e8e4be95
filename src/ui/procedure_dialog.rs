//! Adding or editing a procedure: name, secret ("token") and URL, errors beside each field as
//! the user types (the field marked invalid, the error announced once), an otpauth:// link
//! pasted into the secret field filling everything, and an "Advanced" section for type,
//! algorithm, digits and period or counter.

use crate::fl;
use egui::{RichText, Ui};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::focus::spin_button;
use super::semantics;
use super::widgets::{
    dialog_body, dialog_frame, dialog_width, error_line, labelled_field, mark_invalid,
    required_field, warning_line,
};
use crate::app::View;
use crate::app::command::Command;
use crate::app::messages::sentence;
use zweifaktor_core::message::Localize;
use zweifaktor_core::otp::{self, HashAlgorithm, OtpKind, OtpSpec};
use zweifaktor_core::procedure::{Procedure, ProcedureDraft, validate_url};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindChoice {
    Totp,
    Hotp,
    Steam,
}

pub struct ProcedureDialog {
    /// `None` when adding.
    pub editing: Option<Uuid>,
    pub name: String,
    pub secret: Zeroizing<String>,
    pub url: String,
    pub issuer: String,
    pub account: String,
    pub kind: KindChoice,
    pub algorithm: HashAlgorithm,
    pub digits: u8,
    pub period: u32,
    pub counter: u64,
    /// Put the cursor in the secret field (for "Enroll again").
    focus_secret: bool,
    focus_first: bool,
    /// A message about the last otpauth link pasted.
    pasted_note: Option<String>,
    /// The name field was used: from then on an empty name is an error worth showing.
    name_touched: bool,
    /// The errors shown and already said: each is said once, when it appears outside the
    /// field being typed in (or when that field is left, or Enter is pressed in it).
    said_errors: Vec<String>,
    /// The errors shown in the last frame: one that appears is scrolled into view.
    errors_in_view: Vec<String>,
}

/// The problems of the fields as they stand, each shown beside its field.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FieldProblems {
    pub name: Option<String>,
    pub name_warning: Option<String>,
    pub secret: Option<String>,
    pub secret_warning: Option<String>,
    pub url: Option<String>,
    pub advanced: Option<String>,
}

impl FieldProblems {
    fn blocking(&self) -> bool {
        self.name.is_some()
            || self.secret.is_some()
            || self.url.is_some()
            || self.advanced.is_some()
    }
}

impl ProcedureDialog {
    pub fn add() -> Self {
        ProcedureDialog {
            editing: None,
            name: String::new(),
            secret: Zeroizing::new(String::new()),
            url: String::new(),
            issuer: String::new(),
            account: String::new(),
            kind: KindChoice::Totp,
            algorithm: HashAlgorithm::Sha1,
            digits: otp::DEFAULT_DIGITS,
            period: otp::DEFAULT_PERIOD,
            counter: 0,
            focus_secret: false,
            focus_first: true,
            pasted_note: None,
            name_touched: false,
            said_errors: Vec::new(),
            errors_in_view: Vec::new(),
        }
    }

    /// Editing `procedure`; its secret is shown for correction (the vault is unlocked).
    pub fn edit(procedure: &Procedure) -> Self {
        let mut dialog = Self::add();
        dialog.editing = Some(procedure.id);
        dialog.name = procedure.name.clone();
        dialog.secret = if procedure.needs_reenrollment {
            Zeroizing::new(String::new())
        } else {
            Zeroizing::new(procedure.secret.to_base32().to_string())
        };
        dialog.url = procedure.url.clone().unwrap_or_default();
        dialog.issuer = procedure.issuer.clone().unwrap_or_default();
        dialog.account = procedure.account.clone().unwrap_or_default();
        dialog.set_spec(&procedure.otp);
        dialog.focus_secret = procedure.needs_reenrollment;
        dialog.focus_first = !procedure.needs_reenrollment;
        dialog
    }

    fn set_spec(&mut self, spec: &OtpSpec) {
        self.algorithm = spec.algorithm;
        self.digits = spec.digits;
        match spec.kind {
            OtpKind::Totp { period } => {
                self.kind = KindChoice::Totp;
                self.period = period;
            }
            OtpKind::Hotp { counter } => {
                self.kind = KindChoice::Hotp;
                self.counter = counter;
            }
            OtpKind::Steam => self.kind = KindChoice::Steam,
        }
    }

    pub fn spec(&self) -> OtpSpec {
        match self.kind {
            KindChoice::Steam => OtpSpec::steam(),
            KindChoice::Totp => OtpSpec {
                kind: OtpKind::Totp {
                    period: self.period,
                },
                algorithm: self.algorithm,
                digits: self.digits,
            },
            KindChoice::Hotp => OtpSpec {
                kind: OtpKind::Hotp {
                    counter: self.counter,
                },
                algorithm: self.algorithm,
                digits: self.digits,
            },
        }
    }

    /// A pasted otpauth:// link fills every field from it. Returns what a screen reader is
    /// told then: the fields filled out of its sight, with the name they took.
    fn take_pasted_uri(&mut self) -> Option<String> {
        let text = self.secret.trim().to_owned();
        if !text.to_ascii_lowercase().starts_with("otpauth://") {
            return None;
        }
        let text = Zeroizing::new(text);
        match otp::uri::parse(&text) {
            Ok((uri, warnings)) => {
                self.secret = Zeroizing::new(uri.secret.to_base32().to_string());
                if self.name.trim().is_empty() {
                    self.name = match (&uri.issuer, uri.account.trim()) {
                        (Some(issuer), "") => issuer.clone(),
                        (Some(issuer), account) => format!("{issuer} ({account})"),
                        (None, account) => account.to_owned(),
                    };
                }
                self.issuer = uri.issuer.clone().unwrap_or_default();
                self.account = uri.account.clone();
                self.set_spec(&uri.spec);
                let mut note = fl!("win-filled-from-link").to_owned();
                let mut said = fl!("win-announce-filled-from-link", name = self.name.trim());
                for w in warnings {
                    let warning = sentence(&w.to_message());
                    for text in [&mut note, &mut said] {
                        text.push(' ');
                        text.push_str(&warning);
                    }
                }
                self.pasted_note = Some(note);
                Some(said)
            }
            Err(e) => {
                // Said as the secret's error, when the field is left.
                self.pasted_note = Some(fl!("win-link-unusable", reason = e.to_message()));
                None
            }
        }
    }

    /// Checks every field; `existing` are the other procedures (for the duplicate-name warning).
    pub fn problems(&self, existing: &[Procedure]) -> FieldProblems {
        let mut p = FieldProblems::default();
        let name = self.name.trim();
        if name.is_empty() {
            p.name = Some(fl!("win-name-required").to_owned());
        } else if existing
            .iter()
            .any(|e| e.name == name && Some(e.id) != self.editing)
        {
            p.name_warning = Some(fl!("win-name-exists").to_owned());
        }
        if self.secret.trim().is_empty() {
            p.secret = Some(fl!("win-secret-required").to_owned());
        } else if self
            .secret
            .trim()
            .to_ascii_lowercase()
            .starts_with("otpauth://")
        {
            p.secret = self.pasted_note.clone();
        } else {
            match otp::parse_secret(&self.secret) {
                Ok((_, warnings)) => {
                    p.secret_warning = warnings.first().map(|w| sentence(&w.to_message()));
                }
                Err(e) => p.secret = Some(sentence(&e.to_message())),
            }
        }
        let url = self.url.trim();
        if !url.is_empty()
            && let Err(e) = validate_url(url)
        {
            p.url = Some(sentence(&e.to_message()));
        }
        if let Err(e) = self.spec().validate() {
            p.advanced = Some(sentence(&e.to_message()));
        }
        p
    }

    /// The draft to save, when every field is right.
    fn draft(&self) -> Option<ProcedureDraft> {
        let (secret, _) = otp::parse_secret(&self.secret).ok()?;
        let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Some(ProcedureDraft {
            name: self.name.trim().to_owned(),
            issuer: optional(&self.issuer),
            account: optional(&self.account),
            secret,
            url: optional(&self.url),
            otp: self.spec(),
        })
    }

    /// Draws the dialog. Returns false when it should close.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &View,
        existing: &[Procedure],
        out: &mut Vec<Command>,
    ) -> bool {
        let mut open = true;
        let title = if self.editing.is_some() {
            fl!("win-edit-procedure")
        } else {
            fl!("win-add-procedure")
        };
        // Each error shown, and whether the cursor is in its field (said later, not while typing).
        let mut shown_errors: Vec<(String, bool)> = Vec::new();
        let errors_before = std::mem::take(&mut self.errors_in_view);
        // At large text the body scrolls, and an error appearing below its visible part (the
        // secret's, under the last field in view) would go unseen: it is scrolled into view
        // when it appears, inside the body, whose scroll area does the scrolling.
        let reveal = |line: &egui::Response, error: &str| {
            if !errors_before.iter().any(|before| before == error) {
                line.scroll_to_me(None);
            }
        };
        let mut entered_blocked = false;
        let modal = egui::Modal::new(egui::Id::unique("procedure-dialog"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 420.0);
                semantics::dialog_title(ui, &title);
                let (name, secret, url) = dialog_body(ui, |ui| {
                    // Screen readers hear "required" with each such field instead.
                    semantics::hide_widget(&ui.label(fl!("win-required-fields")));
                    ui.add_space(6.0);
                    let name = required_field(ui, &fl!("win-name-field"), &mut self.name);
                    // Not in the dialog's first, invisible frame (see `first_focus`).
                    if self.focus_first && name.visible() {
                        name.request_focus();
                        self.focus_first = false;
                    }
                    // Only typing makes an empty name an error worth showing: an error appearing when
                    // the field merely loses focus would move the next field away under the pointer.
                    if name.changed() {
                        self.name_touched = true;
                    }
                    let problems = self.problems(existing);
                    if let Some(e) = &problems.name
                        && self.name_touched
                    {
                        let line = error_line(ui, view.config, e);
                        reveal(&line, e);
                        mark_invalid(&name, &line, e);
                        shown_errors.push((e.clone(), name.has_focus()));
                    }
                    if let Some(w) = &problems.name_warning {
                        warning_line(ui, view.config, w);
                    }
                    let secret = required_field(ui, &fl!("win-secret-field"), &mut self.secret);
                    if self.focus_secret && secret.visible() {
                        secret.request_focus();
                        self.focus_secret = false;
                    }
                    if secret.changed() {
                        self.pasted_note = None;
                        if let Some(said) = self.take_pasted_uri() {
                            out.push(Command::Announce(said));
                        }
                    }
                    let problems = self.problems(existing);
                    if let Some(e) = &problems.secret
                        && !self.secret.is_empty()
                    {
                        let line = error_line(ui, view.config, e);
                        reveal(&line, e);
                        mark_invalid(&secret, &line, e);
                        shown_errors.push((e.clone(), secret.has_focus()));
                    }
                    if let Some(note) = &self.pasted_note
                        && problems.secret.is_none()
                    {
                        ui.label(note);
                    }
                    if let Some(w) = &problems.secret_warning {
                        warning_line(ui, view.config, w);
                    }
                    let url = labelled_field(ui, &fl!("win-url"), &mut self.url, false);
                    if let Some(e) = &problems.url {
                        let line = error_line(ui, view.config, e);
                        reveal(&line, e);
                        mark_invalid(&url, &line, e);
                        shown_errors.push((e.clone(), url.has_focus()));
                    }
                    ui.add_space(4.0);
                    let advanced = egui::CollapsingHeader::new(fl!("win-advanced"))
                        .show(ui, |ui| self.advanced_ui(ui));
                    let expanded = advanced.body_response.is_some();
                    semantics::node(ui.ctx(), advanced.header_response.id, |n| {
                        n.set_expanded(expanded);
                        // Orca (AT-SPI) reads no expanded state yet: a toggle button's pressed it reads.
                        n.set_toggled(expanded.into());
                    });
                    if let Some(e) = &problems.advanced {
                        let line = error_line(ui, view.config, e);
                        reveal(&line, e);
                        shown_errors.push((e.clone(), false));
                    }
                    (name, secret, url)
                });
                ui.add_space(8.0);
                // Enter in a field saves, as the Save button does.
                let entered = (name.lost_focus() || secret.lost_focus() || url.lost_focus())
                    && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if entered {
                    // The cursor stays in the field until the dialog closes (or for correcting
                    // what Save refused): a frame without focus is read out as the bare window.
                    for field in [&name, &secret, &url] {
                        if field.lost_focus() {
                            field.request_focus();
                        }
                    }
                }
                ui.horizontal_wrapped(|ui| {
                    let ok = !self.problems(existing).blocking();
                    entered_blocked = entered && !ok;
                    let save = ui.add_enabled(
                        ok,
                        egui::Button::new(RichText::new(fl!("win-save")).strong()),
                    );
                    if ok
                        && (save.clicked() || entered)
                        && let Some(draft) = self.draft()
                    {
                        out.push(Command::SaveProcedure(self.editing, draft));
                    }
                    if ui.button(fl!("win-cancel")).clicked() {
                        open = false;
                    }
                });
            });
        if modal.should_close() {
            open = false;
        }
        // Each error is said once, not again while it stays, and not while its field is typed
        // in (a half-typed secret is "too short" at every key): when the field is left, or
        // when Enter there could not save (then every error is said again: why nothing saved).
        self.errors_in_view = shown_errors
            .iter()
            .map(|(error, _)| error.clone())
            .collect();
        self.said_errors
            .retain(|said| shown_errors.iter().any(|(error, _)| error == said));
        for (error, typing) in shown_errors {
            let new = !self.said_errors.contains(&error);
            if (new && !typing) || entered_blocked {
                out.push(Command::Announce(error.clone()));
                if new {
                    self.said_errors.push(error);
                }
            }
        }
        open
    }

    fn advanced_ui(&mut self, ui: &mut Ui) {
        labelled_field(ui, &fl!("win-issuer"), &mut self.issuer, false);
        labelled_field(ui, &fl!("win-account"), &mut self.account, false);
        ui.horizontal_wrapped(|ui| {
            ui.label(fl!("win-type"));
            ui.selectable_value(&mut self.kind, KindChoice::Totp, fl!("win-totp"));
            ui.selectable_value(&mut self.kind, KindChoice::Hotp, fl!("win-hotp"));
            ui.selectable_value(&mut self.kind, KindChoice::Steam, fl!("win-steam"));
        });
        if self.kind == KindChoice::Steam {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(fl!("win-algorithm"));
            for algorithm in [
                HashAlgorithm::Sha1,
                HashAlgorithm::Sha256,
                HashAlgorithm::Sha512,
            ] {
                ui.selectable_value(
                    &mut self.algorithm,
                    algorithm,
                    algorithm.name().to_uppercase(),
                );
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(fl!("win-digits"));
            spin_button(ui, egui::DragValue::new(&mut self.digits).range(4..=9))
                .labelled_by(label.id);
            match self.kind {
                KindChoice::Totp => {
                    let label = ui.label(fl!("win-period"));
                    spin_button(ui, egui::DragValue::new(&mut self.period).range(1..=120))
                        .labelled_by(label.id);
                }
                KindChoice::Hotp => {
                    let label = ui.label(fl!("win-counter"));
                    spin_button(ui, egui::DragValue::new(&mut self.counter)).labelled_by(label.id);
                }
                KindChoice::Steam => {}
            }
        });
    }
}
