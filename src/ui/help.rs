//! Help: a short manual of the screens with every keyboard shortcut (scrolled with Page
//! Up/Down, the arrows, Home and End), and About (version and license). Both open with the
//! focus on Close.

use egui::{Key, Modifiers, RichText, Ui};

use super::focus::first_focus;
use super::semantics;
use super::widgets::{dialog_body, dialog_body_height, dialog_frame, dialog_width, header};

/// Whether Close got the focus yet.
#[derive(Default)]
pub struct ManualDialog {
    focused: bool,
}

const MANUAL: &[(&str, &str)] = &[
    (
        "Unlock",
        "Enter your master password and press Enter. After 5 wrong attempts each further wrong one locks Zweifaktor for a while (10, 20, 40, 80 seconds); the 10th erases the secrets, keeping the list of procedures.",
    ),
    (
        "Procedures",
        "Each row shows the current code, the seconds until the next one and the login page. \"Copy\" puts the code on the clipboard once; \"Clipboard mode\" keeps the current code on the clipboard and replaces it whenever a new code appears.",
    ),
    (
        "Add a procedure",
        "Press \"+\" (Ctrl+N). Give a name and the secret (token) from the service's enrollment page, or paste an otpauth:// link into the secret field: it fills every field. After saving, the first code is shown at once so you can confirm the enrollment.",
    ),
    (
        "Enroll again",
        "After an erase, procedures show \"Enroll again\": get a new secret from the service and enter it.",
    ),
    (
        "Import",
        "Options > Import…: another app's export file, a screenshot of QR codes, \"Paste image\" for a snipping tool's picture on the clipboard, or \"Scan screen\". You can also drop a file on the window. A Google Authenticator transfer shown as several QR codes is scanned one code after another; it is imported once every part is in.",
    ),
    (
        "Export and QR code",
        "Options > Export… writes all procedures to a new file: an encrypted Zweifaktor backup or Aegis vault (with a password of its own), or a plain otpauth list or Google Authenticator links (unencrypted: delete them once imported). \"QR code\" in a row shows one procedure as a QR code to scan with a phone. Both ask your master password again.",
    ),
    (
        "Lock",
        "Ctrl+L or \"Lock\" forgets the key at once; Zweifaktor also locks after some minutes without input (Options).",
    ),
    (
        "Forgot password",
        "On the unlock screen: the secrets are deleted, the list of procedures stays, and you set a new password and enroll each procedure again.",
    ),
    (
        "Keyboard",
        "Tab and Shift+Tab move between controls; Enter or Space presses a button; Enter in a field confirms the dialog; Esc closes a dialog or a menu.\n\
         Ctrl+N adds a procedure, Ctrl+F goes to the search field, Ctrl+L locks; Ctrl+plus and Ctrl+minus make the text larger and smaller, Ctrl+0 sets it back to 100 %.\n\
         In the list of procedures: Up and Down go to the previous and next procedure's code, Home and End to the first and last; Enter or Ctrl+C copies the code.\n\
         F10 goes to the menu (Options); in a menu, Up and Down choose an item, Enter runs it.\n\
         In a number field (digits, period, minutes): Up and Down change the number.\n\
         In this manual: Page Up, Page Down, the arrows, Home and End scroll.",
    ),
];

/// How far one arrow key press scrolls the manual, in points.
const LINE: f32 = 24.0;

impl ManualDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("manual"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 460.0);
                semantics::dialog_title(ui, "Manual");
                let scroll = scroll_keys(ui, dialog_body_height(ui));
                dialog_body(ui, |ui| {
                    if scroll != 0.0 {
                        ui.scroll_with_delta(egui::vec2(0.0, scroll));
                    }
                    for (title, text) in MANUAL {
                        let section = ui.label(RichText::new(*title).strong());
                        semantics::make_heading(ui, &section, title, 2);
                        ui.label(*text);
                        ui.add_space(6.0);
                    }
                });
                let close = ui.button("Close");
                first_focus(&close, &mut self.focused);
                if close.clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}

/// How far the keys pressed this frame scroll the manual (`page` points high): positive
/// moves the text down (back towards the start). The manual has no field, so the keys are
/// its while it is open.
fn scroll_keys(ui: &Ui, page: f32) -> f32 {
    let delta = ui.input_mut(|i| {
        let mut delta = 0.0;
        let mut take = |key: Key, amount: f32| {
            let presses = i.count_and_consume_key(Modifiers::NONE, key);
            delta += presses as f32 * amount;
        };
        take(Key::PageUp, page * 0.9);
        take(Key::PageDown, -page * 0.9);
        take(Key::ArrowUp, LINE);
        take(Key::ArrowDown, -LINE);
        // Far enough for any manual: the scroll area stops at its ends.
        take(Key::Home, 1.0e6);
        take(Key::End, -1.0e6);
        delta
    });
    if delta != 0.0 {
        // The arrows would also move the focus off Close.
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    delta
}

/// Whether Close got the focus yet.
#[derive(Default)]
pub struct AboutDialog {
    focused: bool,
}

impl AboutDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("about"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 320.0);
                let title = header(ui, "Zweifaktor", true);
                semantics::name_dialog(ui, &title);
                dialog_body(ui, |ui| {
                    ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                    ui.label("Two-factor codes from an encrypted vault.");
                    ui.label("License: MIT OR Apache-2.0");
                });
                let close = ui.button("Close");
                first_focus(&close, &mut self.focused);
                if close.clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}
