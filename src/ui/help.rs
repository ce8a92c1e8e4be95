//! Help: a short manual of the screens, and About (version and license).

use egui::{RichText, Ui};

use super::widgets::{dialog_body, dialog_frame, dialog_width, header};

pub struct ManualDialog;

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
        "Tab moves between controls, Enter confirms, Esc closes a dialog, Ctrl+N adds, Ctrl+F searches, Ctrl+L locks.",
    ),
];

impl ManualDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("manual"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 460.0);
                ui.heading("Manual");
                dialog_body(ui, |ui| {
                    for (title, text) in MANUAL {
                        ui.label(RichText::new(*title).strong());
                        ui.label(*text);
                        ui.add_space(6.0);
                    }
                });
                if ui.button("Close").clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}

pub struct AboutDialog;

impl AboutDialog {
    pub fn ui(&mut self, ui: &mut Ui) -> bool {
        let mut open = true;
        let modal = egui::Modal::new(egui::Id::unique("about"))
            .frame(dialog_frame(ui.ctx()))
            .show(ui.ctx(), |ui| {
                dialog_width(ui, 320.0);
                header(ui, "Zweifaktor", true);
                dialog_body(ui, |ui| {
                    ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                    ui.label("Two-factor codes from an encrypted vault.");
                    ui.label("License: MIT OR Apache-2.0");
                });
                if ui.button("Close").clicked() {
                    open = false;
                }
            });
        open && !modal.should_close()
    }
}
