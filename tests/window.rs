//! The desktop window, driven headless through egui_kittest by role and label, on a fake clock
//! and an in-memory clipboard. The harness also checks that every control is labelled.

mod common;

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use common::window_queries::{only_one, spoken};
use common::*;
use egui::TexturesDelta;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, TestRenderer};
use zweifaktor::app::clipboard::MemoryClipboard;
use zweifaktor::app::file_dialog::{FileChooser, FileQuestion};
use zweifaktor::app::import::ScreenCapture;
use zweifaktor::app::tray_menu::{TrayAction, TrayEntry};
use zweifaktor::app::{AppEnv, TrayPresence};
use zweifaktor::desktop::painter::SoftwarePainter;
use zweifaktor::ui::Window as AppWindow;
use zweifaktor::ui::announcer::AnnouncementRoute;
use zweifaktor::ui::rows_in_sight::RowsDrawn;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::config::{Config, ConfigStore};
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock;
use zweifaktor_core::vault;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
/// The start of a 30-second period, so codes stay put for a while.
const T0: u64 = 1_800_000_000; // a multiple of 30
const WIDTH: u32 = 640;
const HEIGHT: u32 = 900;

/// Keeps every texture change kittest hands to its renderer, so that the test can paint the
/// window's picture with the program's own painter.
#[derive(Clone, Default)]
struct TextureChanges(Rc<RefCell<TexturesDelta>>);

impl TestRenderer for TextureChanges {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        self.0.borrow_mut().append(std::mem::take(delta));
    }
}

struct Window {
    harness: Harness<'static, AppWindow>,
    clock: Arc<FakeClock>,
    clipboard: MemoryClipboard,
    textures: TextureChanges,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for Window {
    fn drop(&mut self) {
        // egui insists that no texture change is dropped unapplied.
        self.textures.0.borrow_mut().clear();
    }
}

fn window_with(
    vault: Option<PathBuf>,
    config_dir: &std::path::Path,
    default_folder: Option<PathBuf>,
) -> Window {
    window_with_env(vault, config_dir, default_folder, |_| {})
}

/// A window whose environment `adjust` may change first (a screen capture or file chooser the
/// test controls).
fn window_with_env(
    vault: Option<PathBuf>,
    config_dir: &std::path::Path,
    default_folder: Option<PathBuf>,
    adjust: impl FnOnce(&mut AppEnv),
) -> Window {
    window_made(|w| w, vault, config_dir, default_folder, adjust)
}

/// A window `make` sets up: whose announcements go to screen readers another way (the other
/// tests hear them as live regions, as on Windows and macOS), or which draws only the rows in
/// sight (the others draw all, as for a screen reader).
fn window_made(
    make: impl FnOnce(AppWindow) -> AppWindow,
    vault: Option<PathBuf>,
    config_dir: &std::path::Path,
    default_folder: Option<PathBuf>,
    adjust: impl FnOnce(&mut AppEnv),
) -> Window {
    let clock = Arc::new(FakeClock::at(T0));
    let clipboard = MemoryClipboard::default();
    let mut env = AppEnv {
        clock: clock.clone(),
        clipboard: Box::new(clipboard.clone()),
        config_store: ConfigStore::at(config_dir.join("config.json")),
        vault_override: vault,
        kdf: cheap_kdf(),
        default_folder,
        screen_capture: zweifaktor::app::import::system_screen(),
        // A test that chooses files brings its own chooser; the system's must never open.
        file_chooser: Arc::new(|question| panic!("no file dialog expected: {question:?}")),
        autostart: zweifaktor::autostart::Autostart::in_folder(
            &config_dir.join("autostart"),
            std::path::Path::new("/usr/bin/zweifaktor"),
        ),
    };
    adjust(&mut env);
    let textures = TextureChanges::default();
    let harness = Harness::builder()
        .with_size(egui::vec2(WIDTH as f32, HEIGHT as f32))
        .renderer(textures.clone())
        .build_ui_state(
            |ui, window: &mut AppWindow| window.show(ui),
            make(AppWindow::new(env)),
        );
    Window {
        harness,
        clock,
        clipboard,
        textures,
        _dir: None,
    }
}

/// A window on a test vault with these procedures, unlocked.
fn unlocked(procedures: &[(&str, &str)]) -> (Window, TestVault) {
    unlocked_with(procedures, |_| {})
}

fn unlocked_with(
    procedures: &[(&str, &str)],
    adjust: impl FnOnce(&mut AppEnv),
) -> (Window, TestVault) {
    unlocked_made(procedures, |w| w, adjust)
}

fn unlocked_made(
    procedures: &[(&str, &str)],
    make: impl FnOnce(AppWindow) -> AppWindow,
    adjust: impl FnOnce(&mut AppEnv),
) -> (Window, TestVault) {
    let v = vault_with(procedures);
    let mut w = window_made(make, Some(v.path()), v.dir.path(), None, adjust);
    w.settle();
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    w.settle();
    assert!(w.shows_procedures(), "unlocked");
    (w, v)
}

/// The procedures saved in the vault file.
fn saved_procedures(v: &TestVault) -> Vec<Procedure> {
    unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(T0))
        .unwrap()
        .procedures()
        .to_vec()
}

impl Window {
    /// Runs frames until background work is done and nothing more is pending.
    fn settle(&mut self) {
        // By the clock, not by frames: a key derivation or a screenshot's QR search takes a
        // while on a busy machine.
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            self.harness.step();
            if !self.harness.state().is_busy() || std::time::Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        self.harness.run();
    }

    /// The procedures screen (its search field) is shown.
    fn shows_procedures(&self) -> bool {
        self.has("Search:")
    }

    /// The unlock screen is shown.
    fn shows_unlock(&self) -> bool {
        self.has("Forgot password")
    }

    /// The last frame as the window shows it, painted by the program's CPU painter, in 8-bit
    /// grey: width, height, pixels.
    fn screen_luma(&self) -> (u32, u32, Vec<u8>) {
        let mut painter = SoftwarePainter::new();
        let output = self.harness.output();
        painter.paint(
            &self.harness.ctx,
            output.shapes.clone(),
            self.textures.0.borrow().clone(),
            output.pixels_per_point,
            WIDTH,
            HEIGHT,
        );
        let grey = painter
            .pixels()
            .iter()
            .map(|p| {
                let (r, g, b) = ((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                ((299 * r + 587 * g + 114 * b) / 1000) as u8
            })
            .collect();
        (WIDTH, HEIGHT, grey)
    }

    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.settle();
    }

    /// Clicks into the field, as a user would, and types.
    fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).click();
        self.settle();
        self.harness.get_by_label(label).type_text(text);
        self.settle();
    }

    fn clear(&mut self, label: &str) {
        let field = self.harness.get_by_label(label);
        field.focus();
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.harness.key_press(egui::Key::Backspace);
        self.settle();
    }

    fn press_enter(&mut self) {
        self.harness.key_press(egui::Key::Enter);
        self.settle();
    }

    fn shortcut(&mut self, key: egui::Key) {
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, key);
        self.settle();
    }

    /// The one control or text named `label` is shown. What the window says to screen
    /// readers by itself (its announcements, see `announced`) is not shown: it is left out.
    fn has(&self, label: &str) -> bool {
        only_one(label, self.harness.query_all_by_label(label))
    }

    fn has_text(&self, part: &str) -> bool {
        only_one(part, self.harness.query_all_by_label_contains(part))
    }

    fn disabled(&self, label: &str) -> bool {
        self.harness
            .get_by_label(label)
            .accesskit_node()
            .is_disabled()
    }

    /// Options → Change password…, filled in and confirmed.
    fn change_password(&mut self, current: &str, new: &str) {
        self.click("Options");
        self.click("Change password…");
        self.type_into("Current password", current);
        self.type_into("New password", new);
        self.type_into("Repeat the new password", new);
        self.harness
            .get_by_role_and_label(egui::Role::Button, "Change password")
            .click();
        self.settle();
    }

    /// Moves the fake clock and lets the window see it.
    fn advance(&mut self, seconds: u64) {
        self.clock.advance(seconds);
        self.settle();
    }
}

#[test]
fn first_start_new_installation_remembers_the_folder_and_asks_for_a_password() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Zweifaktor data");
    let mut w = window_with(None, dir.path(), Some(folder.clone()));
    w.settle();
    assert!(w.has("Welcome to Zweifaktor"));
    for (choice, says) in [
        ("First installation", "new, empty vault"),
        (
            "Update of an existing installation",
            "to keep your procedures",
        ),
    ] {
        let described = w
            .harness
            .get_by_label(choice)
            .accesskit_node()
            .description();
        assert!(
            described.unwrap_or_default().contains(says),
            "{choice}: its explanation is heard with it"
        );
    }
    w.click("First installation");
    assert_eq!(
        w.harness.get_by_label("Storage folder").value().as_deref(),
        Some(folder.display().to_string().as_str()),
        "the default folder is offered"
    );
    w.click("Continue");
    assert!(w.has("Set the master password"));
    let config: Config = ConfigStore::at(dir.path().join("config.json")).load();
    assert_eq!(config.vault_folder.as_deref(), Some(folder.as_path()));
    assert!(
        !folder.join("vault.zweifaktor").exists(),
        "the vault is not touched by this screen"
    );
}

#[test]
fn first_start_update_refuses_a_folder_without_a_vault() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let config_dir = tempfile::tempdir().unwrap();
    let mut w = window_with(None, config_dir.path(), None);
    w.settle();
    w.click("Update of an existing installation");
    let empty = tempfile::tempdir().unwrap();
    w.type_into(
        "Folder of the existing vault",
        &empty.path().display().to_string(),
    );
    w.click("Continue");
    assert!(
        w.has_text("There is no Zweifaktor vault in"),
        "refused with a message"
    );
    assert!(w.has("Welcome to Zweifaktor"));
    w.clear("Folder of the existing vault");
    w.type_into(
        "Folder of the existing vault",
        &v.dir.path().display().to_string(),
    );
    w.click("Continue");
    assert!(w.shows_unlock());
    assert!(
        w.harness.get_by_label("Master password").is_focused(),
        "ready to type"
    );
}

#[test]
fn password_rules_turn_green_one_by_one_and_ok_waits_for_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = window_with(Some(dir.path().join("v.zweifaktor")), dir.path(), None);
    w.settle();
    assert!(w.harness.get_by_label("Password").is_focused());
    assert!(w.disabled("OK"));
    let steps = [
        ("s", "one lowercase letter (met)"),
        ("S", "one uppercase letter (met)"),
        ("7", "one digit (met)"),
        ("!", "one special character (met)"),
        ("omme", "at least 8 characters (met)"),
    ];
    let mut met = Vec::new();
    for (typed, rule) in steps {
        assert!(!w.has(rule), "{rule} before it is met");
        w.type_into("Password", typed);
        assert!(w.has(rule), "{rule} after typing {typed:?}");
        met.push(rule);
        for earlier in &met {
            assert!(w.has(earlier), "{earlier} stays met");
        }
        assert!(w.disabled("OK"));
    }
    assert!(w.has("both fields equal (not met)"));
    w.type_into("Repeat the password", "sS7!omm");
    assert!(w.disabled("OK"));
    w.type_into("Repeat the password", "e");
    assert!(w.has("both fields equal (met)"));
    assert!(!w.disabled("OK"));
    assert!(w.has_text("cannot be recovered"));
    w.click("OK");
    assert!(w.shows_procedures());
    assert!(dir.path().join("v.zweifaktor").exists());
}

#[test]
fn wrong_passwords_count_lock_with_a_countdown_and_erase_at_the_tenth() {
    let v = vault_with(&[("Citrix", RFC_SECRET), ("VPN", RFC_SECRET)]);
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    for attempt in 1..=5 {
        w.type_into("Master password", "Falsch-2026");
        w.press_enter();
        assert!(
            w.has(&format!(
                "Wrong password. {} more wrong attempts and the secrets are erased.",
                10 - attempt
            )),
            "attempt {attempt}"
        );
    }
    for (attempt, delay) in [(6u64, 10u64), (7, 20), (8, 40), (9, 80)] {
        w.type_into("Master password", "Falsch-2026");
        w.press_enter();
        assert!(
            w.has(&format!("Locked for {delay} seconds")),
            "attempt {attempt}"
        );
        assert!(w.disabled("Master password"), "no typing while locked");
        assert_eq!(
            w.focused(),
            Some(format!("Locked for {delay} seconds")),
            "a screen reader is on the countdown, not on the bare window"
        );
        w.advance(3);
        assert!(
            w.has(&format!("Locked for {} seconds", delay - 3)),
            "the countdown runs"
        );
        w.advance(delay - 3);
        assert!(!w.disabled("Master password"));
        assert_eq!(
            w.focused().as_deref(),
            Some("Master password"),
            "typing again"
        );
    }
    w.type_into("Master password", "Falsch-2026");
    w.press_enter();
    assert!(w.has_text("secrets of all procedures were erased"));
    assert!(w.has("Set the master password"));
    let summary = vault::summary(&v.files.read().unwrap()).unwrap();
    assert!(summary.secrets_erased);
    // A new password; the procedures are there, waiting to be enrolled again.
    w.type_into("Password", "Neu-Anfang-1");
    w.type_into("Repeat the password", "Neu-Anfang-1");
    w.click("OK");
    assert!(w.has("Enroll Citrix again") && w.has("Enroll VPN again"));
}

#[test]
fn forgot_password_no_keeps_everything_yes_erases_secrets_and_keeps_names() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let before = v.files.read().unwrap();
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    w.click("Forgot password");
    assert!(w.has_text("The secrets of all procedures will be deleted"));
    w.click("No");
    assert!(!w.has("Yes"));
    assert_eq!(v.files.read().unwrap(), before, "No changes nothing");
    w.click("Forgot password");
    w.click("Yes");
    assert!(w.has("Set the master password"));
    let summary = vault::summary(&v.files.read().unwrap()).unwrap();
    assert!(summary.secrets_erased);
    assert_eq!(summary.entries.unwrap()[0].name, "Citrix");
    assert!(unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(T0)).is_err());
}

#[test]
fn add_shows_errors_as_you_type_then_the_first_code_at_once() {
    let (mut w, _v) = unlocked(&[]);
    w.click("Add procedure");
    assert!(w.has("Fields marked * are required."));
    w.type_into("Name", "Citrix Portal");
    w.type_into("Secret (token)", "JBSWY3DP1");
    assert!(
        w.has_text("invalid character '1' at position 9"),
        "the bad character is named"
    );
    assert!(w.disabled("Save"));
    w.clear("Secret (token)");
    w.type_into("Secret (token)", RFC_SECRET);
    w.type_into("URL", "portal.example.org");
    assert!(w.has_text("must start with http:// or https://"));
    assert!(w.disabled("Save"));
    w.clear("URL");
    w.type_into("URL", "https://portal.example.org");
    w.click("Save");
    let code = code_at(RFC_SECRET, T0);
    assert!(
        w.has(&format!("Code of Citrix Portal: {}", spoken(&code))),
        "first code shown at once"
    );
    assert!(w.has("https://portal.example.org"));
}

#[test]
fn an_empty_name_and_a_duplicate_name_are_pointed_out() {
    let (mut w, _v) = unlocked(&[("VPN", RFC_SECRET)]);
    w.shortcut(egui::Key::N);
    w.type_into("Name", "V");
    w.harness.key_press(egui::Key::Backspace);
    w.settle();
    assert!(w.has("The name is required."));
    w.type_into("Name", "VPN");
    assert!(w.has("A procedure with this name already exists."));
}

#[test]
fn pasting_an_otpauth_link_fills_every_field() {
    let (mut w, v) = unlocked(&[]);
    w.click("Add procedure");
    assert!(
        w.harness.get_by_label("Name").is_focused(),
        "ready to type the name"
    );
    w.type_into(
        "Secret (token)",
        "otpauth://totp/ACME%20Co:jane@example.org?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&digits=8&period=60&algorithm=SHA256",
    );
    assert_eq!(
        w.harness.get_by_label("Name").value().as_deref(),
        Some("ACME Co (jane@example.org)")
    );
    assert_eq!(
        w.harness.get_by_label("Secret (token)").value().as_deref(),
        Some("JBSWY3DPEHPK3PXP")
    );
    w.click("Advanced");
    assert_eq!(
        w.harness.get_by_label("Issuer").value().as_deref(),
        Some("ACME Co")
    );
    assert_eq!(
        w.harness.get_by_label("Account").value().as_deref(),
        Some("jane@example.org")
    );
    w.click("Save");
    let p = &saved_procedures(&v)[0];
    assert_eq!(p.otp.digits, 8);
    assert_eq!(p.otp.algorithm, zweifaktor_core::otp::HashAlgorithm::Sha256);
    assert_eq!(
        p.otp.kind,
        zweifaktor_core::otp::OtpKind::Totp { period: 60 }
    );
}

#[test]
fn edit_delete_with_confirmation_and_search() {
    let (mut w, v) = unlocked(&[
        ("Citrix", RFC_SECRET),
        ("VPN", RFC_SECRET),
        ("Mail", RFC_SECRET),
    ]);
    w.click("Edit VPN");
    assert!(w.has("Edit procedure"));
    w.clear("Name");
    w.type_into("Name", "VPN Büro");
    w.click("Save");
    assert!(w.has("VPN Büro"));

    w.click("Delete Mail");
    assert!(w.has_text("delete the procedure \"Mail\""));
    w.click("No");
    assert!(w.has("Mail"));
    w.click("Delete Mail");
    w.click("Yes, delete");
    assert!(!w.has("Mail"));
    let names: Vec<_> = vault::summary(&v.files.read().unwrap())
        .unwrap()
        .entries
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["Citrix", "VPN Büro"], "saved at once");

    w.shortcut(egui::Key::F);
    assert!(w.harness.get_by_label("Search:").is_focused());
    w.type_into("Search:", "vpn");
    assert!(w.has("VPN Büro") && !w.has("Citrix"));
    w.clear("Search:");
    assert!(w.has("Citrix"));
}

#[test]
fn clipboard_mode_replaces_the_code_at_the_period_boundary_and_clears_on_lock() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.click("Clipboard mode for Citrix");
    let first = code_at(RFC_SECRET, T0);
    assert_eq!(w.clipboard.contents(), Some(first.clone()));
    assert!(w.has(&format!("Current clipboard content: {}", spoken(&first))));
    w.advance(29);
    assert_eq!(
        w.clipboard.contents(),
        Some(first.clone()),
        "same period, same code"
    );
    w.advance(1);
    let second = code_at(RFC_SECRET, T0 + 30);
    assert_ne!(first, second);
    assert_eq!(
        w.clipboard.contents(),
        Some(second.clone()),
        "replaced by itself"
    );
    assert!(w.has(&format!("Current clipboard content: {}", spoken(&second))));
    w.shortcut(egui::Key::L);
    assert_eq!(w.clipboard.contents(), None, "cleared on lock");
    assert!(w.has_text("The application was locked for security reasons"));
}

#[test]
fn a_plain_copy_is_cleared_when_it_expires_but_not_over_the_users_own_copy() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.advance(20);
    w.click("Copy code of Citrix");
    let code = code_at(RFC_SECRET, T0 + 20);
    assert_eq!(w.clipboard.contents(), Some(code));
    w.advance(10);
    assert_eq!(w.clipboard.contents(), None, "no longer valid: cleared");
    w.click("Copy code of Citrix");
    w.clipboard.put("something the user copied");
    w.advance(30);
    assert_eq!(
        w.clipboard.contents().as_deref(),
        Some("something the user copied")
    );
}

/// The entry of the tray's menu labelled `label`, and what choosing it does.
fn tray_entry(w: &Window, label: &str) -> Option<Option<TrayAction>> {
    w.harness
        .state()
        .tray_menu()
        .entries
        .into_iter()
        .find_map(|entry| match entry {
            TrayEntry::Item { label: l, action } if l == label => Some(action),
            _ => None,
        })
}

/// Chooses the tray menu's entry `label`, as the desktop side does: its command goes to the
/// window, which carries it out with the next frame.
fn choose_in_tray(w: &mut Window, label: &str) -> TrayAction {
    let action = tray_entry(w, label)
        .unwrap_or_else(|| panic!("no tray entry {label:?}"))
        .unwrap_or_else(|| panic!("the tray entry {label:?} is greyed out"));
    if let Some(command) = action.command() {
        w.harness.state_mut().queue(command);
    }
    w.settle();
    action
}

#[test]
fn the_tray_menu_copies_a_code_like_the_window_and_locks_it() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    w.advance(20);
    choose_in_tray(&mut w, "Citrix");
    let code = code_at(RFC_SECRET, T0 + 20);
    assert_eq!(w.clipboard.contents(), Some(code));
    assert!(w.announces("Copied the code of Citrix."));
    // The same clearing as the window's Copy: when the code stops being valid.
    w.advance(10);
    assert_eq!(w.clipboard.contents(), None, "no longer valid: cleared");
    assert_eq!(choose_in_tray(&mut w, "Lock"), TrayAction::Lock);
    assert!(w.shows_unlock());
    assert_eq!(tray_entry(&w, "Citrix"), None, "no names while locked");
    assert_eq!(tray_entry(&w, "Unlock…"), Some(Some(TrayAction::Unlock)));
    assert_eq!(tray_entry(&w, "Lock"), Some(None), "greyed out");
}

#[test]
fn settings_remember_the_tray_options_and_start_at_login_writes_its_entry() {
    let (mut w, v) = unlocked(&[]);
    let saved = || ConfigStore::at(v.dir.path().join("config.json")).load();
    let entry = v.dir.path().join("autostart").join("zweifaktor.desktop");
    w.click("Options");
    w.click("Settings…");
    assert!(!w.has_text("This desktop shows no tray icons"));
    w.click("Keep running in the tray when the window is closed");
    w.click("Start minimised to the tray");
    w.settle();
    assert!(saved().keep_in_tray && saved().start_minimised);
    // Not before the desktop said the icon is shown: closing would leave nothing to come back to.
    assert!(!w.harness.state().closes_to_tray());
    w.harness.state_mut().set_tray_presence(TrayPresence::Shown);
    assert!(w.harness.state().closes_to_tray());

    w.click("Start at login");
    w.settle();
    assert!(saved().start_at_login);
    let text = std::fs::read_to_string(&entry).expect("the autostart entry is written");
    assert!(text.contains("Exec=\"/usr/bin/zweifaktor\""), "{text}");
    w.click("Start at login");
    w.settle();
    assert!(!saved().start_at_login);
    assert!(!entry.exists(), "removed");

    // A desktop without a tray: Settings say so, and closing quits.
    w.harness
        .state_mut()
        .set_tray_presence(TrayPresence::Missing);
    w.settle();
    assert!(w.has_text("This desktop shows no tray icons"));
    assert!(!w.harness.state().closes_to_tray());
}

/// Screen capture: where the system can hide a window (Windows, macOS) the option is on at
/// first and applied to the window at once when changed; where it cannot (Linux) it is shown
/// off and greyed out, with the reason, so nobody relies on it.
#[test]
fn hiding_from_screen_capture_is_on_where_it_works_and_greyed_out_with_its_reason_elsewhere() {
    let (mut w, v) = unlocked(&[]);
    let saved = || ConfigStore::at(v.dir.path().join("config.json")).load();
    let option = "Hide the window from screen capture and screen sharing";
    w.click("Options");
    w.click("Settings…");
    let node = w.harness.get_by_label(option).accesskit_node();
    let works = cfg!(any(target_os = "windows", target_os = "macos"));
    assert_eq!(node.is_disabled(), !works);
    assert_eq!(
        node.toggled(),
        Some(if works {
            egui::accesskit::Toggled::True
        } else {
            egui::accesskit::Toggled::False
        })
    );
    assert_eq!(
        w.has_text("This system cannot hide a window from screen capture"),
        !works
    );
    // Changed (by the checkbox where it is enabled): remembered, and the open window told at
    // once, in the same frame.
    w.harness
        .state_mut()
        .queue(zweifaktor::app::command::Command::SetHideFromCapture(
            !works,
        ));
    w.harness.step();
    let told = w
        .harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|out| {
            out.commands
                .contains(&egui::ViewportCommand::ContentProtected(!works))
        });
    assert!(told, "the window is told to change its protection");
    w.settle();
    assert_eq!(saved().hide_from_capture, !works);
}

#[test]
fn start_at_login_stays_off_when_its_entry_cannot_be_written() {
    let (mut w, v) = unlocked(&[]);
    // A file where the autostart folder should be.
    std::fs::write(v.dir.path().join("autostart"), b"in the way").unwrap();
    w.click("Options");
    w.click("Settings…");
    w.click("Start at login");
    w.settle();
    assert!(w.has_text("The start at login could not be changed"));
    assert!(
        !ConfigStore::at(v.dir.path().join("config.json"))
            .load()
            .start_at_login
    );
    assert_eq!(
        w.harness
            .get_by_label("Start at login")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::False)
    );
}

/// Started with another vault while "Start at login" is on: the entry left by the earlier
/// start is made to open this vault, without the user touching the option.
#[cfg(target_os = "linux")]
#[test]
fn a_start_with_another_vault_makes_the_login_entry_open_it() {
    let v = vault_with(&[]);
    let store = ConfigStore::at(v.dir.path().join("config.json"));
    store
        .save(&Config {
            start_at_login: true,
            ..Config::default()
        })
        .unwrap();
    let folder = v.dir.path().join("autostart");
    let old = v.dir.path().join("old.zweifaktor");
    zweifaktor::autostart::Autostart::in_folder(
        &folder,
        std::path::Path::new("/usr/bin/zweifaktor"),
    )
    .with_vault(Some(old))
    .set(true)
    .unwrap();
    let entry = folder.join("zweifaktor.desktop");
    let mut w = window_with_env(Some(v.path()), v.dir.path(), None, |env| {
        env.autostart = env.autostart.clone().with_vault(env.vault_override.clone());
    });
    w.settle();
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.contains(&format!(
            "Exec=\"/usr/bin/zweifaktor\" --vault \"{}\"\n",
            v.path().display()
        )),
        "{text}"
    );
    assert!(!text.contains("old.zweifaktor"), "{text}");
    assert!(store.load().start_at_login);
}

/// In a Flatpak the desktop's Background portal is asked (here a stand-in on a private bus):
/// its yes turns the option on and Settings say so; its no leaves the option off and Settings
/// say where to allow it.
#[cfg(target_os = "linux")]
#[test]
fn in_a_flatpak_settings_show_what_the_desktop_answered_about_the_start_at_login() {
    use common::background_portal::{self, Answer};
    use common::session_bus::Bus;
    for (answer, shown, on) in [
        (
            Answer::Granted,
            "The desktop starts Zweifaktor at login.",
            true,
        ),
        (
            Answer::Denied,
            "The desktop did not allow Zweifaktor to start at login. You can allow it in the \
             desktop's settings for apps",
            false,
        ),
    ] {
        let bus = Bus::start();
        let (_portal, calls) = background_portal::serve(&bus, answer);
        let address = bus.address.clone();
        let (mut w, v) = unlocked_with(&[], move |env| {
            env.autostart =
                zweifaktor::autostart::Autostart::portal(Some(address), Duration::from_secs(30))
                    .with_vault(env.vault_override.clone());
        });
        w.click("Options");
        w.click("Settings…");
        w.click("Start at login");
        w.settle();
        assert!(w.has_text(shown), "{answer:?}");
        assert!(w.announces(shown), "said aloud too: {answer:?}");
        assert_eq!(
            ConfigStore::at(v.dir.path().join("config.json"))
                .load()
                .start_at_login,
            on
        );
        let calls = calls.lock().unwrap();
        assert_eq!(
            calls[0].reason.as_deref(),
            Some("Zweifaktor starts at login so that your codes are at hand at once.")
        );
        assert_eq!(
            calls[0].commandline.as_deref().map(|c| c[1..].to_vec()),
            Some(vec![
                "--vault".to_owned(),
                v.path().to_str().unwrap().to_owned()
            ])
        );
        assert!(
            !v.dir.path().join("autostart").exists(),
            "no file in the sandbox"
        );
    }
}

#[test]
fn the_window_locks_itself_after_idle_minutes() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.click("Clipboard mode for Citrix");
    w.advance(4 * 60);
    assert!(w.shows_procedures());
    w.advance(61);
    assert!(w.shows_unlock(), "locked after 5 idle minutes");
    assert_eq!(w.clipboard.contents(), None);
    assert!(w.has_text("locked for security reasons"));
    // Unlocking again shows the procedures.
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.has("Citrix"));
}

#[test]
fn enroll_again_opens_the_edit_dialog_at_the_secret_field() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    unlock::start_over(
        &v.files,
        &Password::from(PASSWORD),
        cheap_kdf(),
        &FakeClock::at(T0),
    )
    .unwrap();
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    w.click("Enroll Citrix again");
    assert!(w.harness.get_by_label("Secret (token)").is_focused());
    w.type_into("Secret (token)", "JBSWY3DPEHPK3PXP");
    w.click("Save");
    assert!(w.has(&format!(
        "Code of Citrix: {}",
        spoken(&code_at("JBSWY3DPEHPK3PXP", T0))
    )));
}

#[test]
fn a_procedure_added_from_the_command_line_appears_within_two_seconds() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["add", "From the shell", "--secret", RFC_SECRET],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    w.advance(2);
    assert!(w.has("From the shell"));
}

#[test]
fn keyboard_only_add_with_ctrl_n_tab_and_enter_then_esc_closes_a_dialog() {
    let (mut w, _v) = unlocked(&[]);
    w.shortcut(egui::Key::N);
    assert!(
        w.harness.get_by_label("Name").is_focused(),
        "Ctrl+N puts the cursor in the name"
    );
    w.harness.get_by_label("Name").type_text("Webmail");
    w.settle();
    w.harness.key_press(egui::Key::Tab);
    w.settle();
    assert!(
        w.harness.get_by_label("Secret (token)").is_focused(),
        "Tab moves to the secret"
    );
    w.harness
        .get_by_label("Secret (token)")
        .type_text(RFC_SECRET);
    w.settle();
    w.press_enter();
    assert!(w.has(&format!(
        "Code of Webmail: {}",
        spoken(&code_at(RFC_SECRET, T0))
    )));
    w.shortcut(egui::Key::N);
    assert!(w.has("Fields marked * are required."));
    w.harness.key_press(egui::Key::Escape);
    w.settle();
    assert!(
        !w.has("Fields marked * are required."),
        "Esc closed the dialog"
    );
}

#[test]
fn a_missing_storage_folder_is_reported_not_replaced_by_a_new_vault() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("unplugged-drive/Zweifaktor");
    ConfigStore::at(dir.path().join("config.json"))
        .save(&Config {
            vault_folder: Some(gone.clone()),
            ..Config::default()
        })
        .unwrap();
    let mut w = window_with(None, dir.path(), None);
    w.settle();
    assert!(w.has_text("cannot be found"));
    assert!(w.has("Welcome to Zweifaktor"));
    assert!(!gone.exists());
}

#[test]
fn a_vault_from_a_newer_version_gets_a_clear_message() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let mut file = v.files.read().unwrap();
    file[8] = 7;
    std::fs::write(v.path(), &file).unwrap();
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.has_text("written by a newer Zweifaktor (format 7)"));
    assert_eq!(v.files.read().unwrap(), file, "nothing changed");
}

#[test]
fn accessibility_menu_changes_text_size_and_contrast_and_remembers_them() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.click("Accessibility");
    w.click("Larger text");
    assert_eq!(w.harness.ctx.zoom_factor(), 1.25, "the text is larger now");
    w.click("Accessibility");
    w.click("High contrast");
    assert_eq!(
        w.harness.ctx.global_style().visuals.panel_fill,
        egui::Color32::BLACK
    );
    let saved = ConfigStore::at(v.dir.path().join("config.json")).load();
    assert_eq!(
        (saved.text_scale, saved.high_contrast),
        (1.25, true),
        "remembered"
    );
}

#[test]
fn help_has_a_manual_and_about_with_version_and_license() {
    let (mut w, _v) = unlocked(&[]);
    w.click("Help");
    w.click("Manual");
    assert!(w.has_text("Clipboard mode"));
    w.click("Close");
    w.click("Help");
    w.click("About Zweifaktor");
    assert!(w.has(&format!("Version {}", env!("CARGO_PKG_VERSION"))));
    assert!(w.has("License: MIT or Apache-2.0"));
}

#[test]
fn options_turn_auto_lock_off_and_change_the_password() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.click("Options");
    w.click("Settings…");
    w.click("Lock after");
    assert_eq!(
        w.harness
            .get_by_label("Lock after")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::False)
    );
    let saved = ConfigStore::at(v.dir.path().join("config.json")).load();
    assert_eq!(saved.auto_lock_minutes, None, "remembered");
    w.click("Close");
    w.advance(3600);
    assert!(w.shows_procedures(), "no auto-lock when off");
    // A wrong current password is refused and counted, like any wrong unlock.
    w.change_password("Falsch-2026", "Neu-Passwort-9");
    assert!(w.has_text("The current password is wrong. 9 more wrong attempts"));
    assert_eq!(v.files.read_attempts().failed_attempts, 1);
    w.click("Cancel");
    w.change_password(PASSWORD, "Neu-Passwort-9");
    assert!(w.has_text("The password was changed."));
    assert!(
        unlock::unlock(
            &v.files,
            &Password::from("Neu-Passwort-9"),
            &FakeClock::at(T0)
        )
        .is_ok()
    );
}

#[test]
fn import_asks_for_the_password_only_when_encrypted_and_shows_duplicates_unchecked() {
    let (mut w, v) = unlocked(&[]);
    // Already in the vault: Deno's secret and issuer.
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &[
            "add",
            "Deno",
            "--issuer",
            "Deno",
            "--secret",
            "4SJHB4GSD43FZBAI7C2HLRJGPQ",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    w.advance(2);
    let plain = common::expected::testdata_dir("aegis").join("aegis_plain.json");
    w.click("Options");
    w.click("Import…");
    w.type_into("Export file", &plain.display().to_string());
    w.click("Read file");
    assert!(w.has("Format: Aegis Authenticator"));
    assert!(
        !w.has("Password of the export"),
        "a plain file needs no password"
    );
    assert!(w.has("Deno (Mason) — already in the vault"));
    assert!(w.has("SPDX (James)"));
    w.click("Import 6");
    assert!(w.has("Imported 6 procedures."));
    assert!(w.has("SPDX (James)") && w.has("Boeing (Sophia)"));
    assert_eq!(saved_procedures(&v).len(), 7, "Deno once, six new");

    let encrypted = common::expected::testdata_dir("aegis").join("aegis_encrypted.json");
    w.click("Options");
    w.click("Import…");
    w.type_into("Export file", &encrypted.display().to_string());
    w.click("Read file");
    assert!(w.has("Password of the export"));
    w.type_into("Password of the export", "falsch");
    w.click("Open");
    assert!(w.has_text("Wrong password for this file"));
    w.clear("Password of the export");
    w.type_into("Password of the export", "test");
    w.click("Open");
    assert!(
        w.has("SPDX (James) — already in the vault"),
        "all seven are duplicates now"
    );
    assert!(w.disabled("Import 0"));
}

#[test]
fn a_screenshot_with_a_qr_code_is_read_in_the_import_dialog() {
    let (mut w, v) = unlocked(&[]);
    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    let png = zweifaktor_core::qr::png(uri, 4).unwrap();
    let image = v.dir.path().join("enrollment.png");
    std::fs::write(&image, png).unwrap();
    w.click("Options");
    w.click("Import…");
    w.type_into("Export file", &image.display().to_string());
    w.click("Read file");
    assert!(w.has("QR codes in the image: 1 account"));
    w.click("Import 1");
    assert!(w.has(&format!(
        "Code of Portal (anna@example.org): {}",
        spoken(&code_at("JBSWY3DPEHPK3PXP", T0))
    )));
    // An image without a code says what to try.
    let blank = v.dir.path().join("blank.png");
    std::fs::write(
        &blank,
        zweifaktor_core::qr::png("https://example.org", 4).unwrap(),
    )
    .unwrap();
    w.click("Options");
    w.click("Import…");
    w.type_into("Export file", &blank.display().to_string());
    w.click("Read file");
    assert!(w.has_text("holds no one-time-password secret") || w.has_text("No QR code found"));
}

// --- Export, QR code, pasted and dropped images, transfers in parts -------------------------

/// A procedure Google Authenticator cannot hold (its codes always change every 30 seconds).
fn sixty_second_procedure(name: &str) -> zweifaktor_core::procedure::Procedure {
    use zweifaktor_core::otp::{HashAlgorithm, OtpKind, OtpSpec};
    zweifaktor_core::procedure::Procedure::create(
        zweifaktor_core::procedure::ProcedureDraft {
            name: name.into(),
            secret: secret(b"sixty seconds!"),
            otp: OtpSpec {
                kind: OtpKind::Totp { period: 60 },
                algorithm: HashAlgorithm::Sha1,
                digits: 6,
            },
            ..Default::default()
        },
        T0,
    )
    .unwrap()
}

impl Window {
    /// Some text contains `part` (a long, wrapped label is matched by its runs, too).
    fn shows(&self, part: &str) -> bool {
        self.harness
            .query_all_by_label_contains(part)
            .any(|n| n.accesskit_node().live() == Live::Off)
    }

    /// Options → Export…, a format, a file, the export password (encrypted formats) and the
    /// master password, then "Export".
    fn export(&mut self, format: &str, file: &std::path::Path, master: &str) {
        self.click("Options");
        self.click("Export…");
        self.click(format);
        self.type_into("Export file", &file.display().to_string());
        self.confirm_export(master);
    }

    /// In the Export dialog with its file given: the export password (encrypted formats)
    /// and the master password, then "Export".
    fn confirm_export(&mut self, master: &str) {
        if self.has("Export password") {
            self.type_into("Export password", "Export-Passwort-1");
            self.type_into("Repeat the export password", "Export-Passwort-1");
        }
        self.type_into("Master password", master);
        self.harness
            .get_by_role_and_label(egui::Role::Button, "Export")
            .click();
        self.settle();
    }

    fn drop_file(&mut self, path: &std::path::Path) {
        self.harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(path.to_path_buf())));
        self.settle();
    }
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// An image as a snipping tool puts it on the clipboard: RGBA.
fn clipboard_image(png: &[u8]) -> zweifaktor::app::clipboard::ClipboardImage {
    let image = image::load_from_memory(png).unwrap().to_rgba8();
    zweifaktor::app::clipboard::ClipboardImage {
        width: image.width() as usize,
        height: image.height() as usize,
        rgba: zeroize::Zeroizing::new(image.into_raw()),
    }
}

#[test]
fn export_writes_each_format_and_the_file_imports_back_with_the_same_procedures() {
    let (mut w, v) = unlocked(&[("GitHub", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    let mut session =
        unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(T0)).unwrap();
    session
        .modify(|c| {
            c.procedures.push(sixty_second_procedure("Mainframe"));
            Ok::<_, vault::session::SessionError>(())
        })
        .unwrap();
    drop(session);
    w.advance(2);
    let all = saved_procedures(&v);
    assert_eq!(all.len(), 3);
    let export_password = Password::from("Export-Passwort-1");
    for (format, described, file, encrypted, holds_sixty) in [
        (
            "Zweifaktor encrypted backup",
            "Zweifaktor backup",
            "backup.zweifaktor",
            true,
            true,
        ),
        (
            "Aegis encrypted vault",
            "encrypted Aegis vault",
            "aegis.json",
            true,
            true,
        ),
        (
            "otpauth list (plain)",
            "otpauth:// list",
            "list.txt",
            false,
            true,
        ),
        (
            "Google migration links (plain)",
            "Google Authenticator transfer links",
            "google.txt",
            false,
            false,
        ),
    ] {
        let path = v.dir.path().join(file);
        w.export(format, &path, PASSWORD);
        let count = if holds_sixty { 3 } else { 2 };
        assert!(
            w.has(&format!(
                "Exported {count} procedures to {} ({described}):",
                path.display()
            )),
            "{format}: says what was written where"
        );
        if !encrypted {
            assert!(w.has_text("unencrypted"), "{format}: warns");
        }
        if !holds_sixty {
            assert!(w.has("Left out 1:"), "{format}");
            assert!(
                w.shows("Mainframe: Google Authenticator supports only codes that change every 30"),
                "{format}: with the reason"
            );
        }
        let bytes = std::fs::read(&path).unwrap();
        let found = zweifaktor_core::import::detect(&bytes).unwrap();
        let imported = (found.import)(&bytes, encrypted.then_some(&export_password)).unwrap();
        let expected: Vec<_> = all
            .iter()
            .filter(|p| holds_sixty || p.name != "Mainframe")
            .collect();
        assert_eq!(imported.entries.len(), expected.len(), "{format}");
        for (entry, procedure) in imported.entries.iter().zip(expected) {
            assert_eq!(entry.account, procedure.name, "{format}");
            assert_eq!(
                entry.secret.as_bytes(),
                procedure.secret.as_bytes(),
                "{format}"
            );
            assert_eq!(entry.otp, procedure.otp, "{format}");
        }
        w.click("Close");
        assert!(!w.has("Export procedures"), "closed");
    }
}

#[test]
fn an_export_that_can_hold_none_of_the_procedures_writes_nothing_and_says_why() {
    let (mut w, v) = unlocked(&[]);
    let mut session =
        unlock::unlock(&v.files, &Password::from(PASSWORD), &FakeClock::at(T0)).unwrap();
    session
        .modify(|c| {
            c.procedures.push(sixty_second_procedure("Mainframe"));
            Ok::<_, vault::session::SessionError>(())
        })
        .unwrap();
    drop(session);
    w.advance(2);
    let path = v.dir.path().join("google.txt");
    w.export("Google migration links (plain)", &path, PASSWORD);
    assert!(w.shows(
        "No procedure can be exported in this format (Google Authenticator transfer links); nothing was written."
    ));
    assert!(w.shows("Mainframe: Google Authenticator supports only codes"));
    assert!(!path.exists());
}

#[test]
fn export_refuses_a_wrong_master_password_and_never_overwrites_a_file() {
    let (mut w, v) = unlocked(&[("GitHub", RFC_SECRET)]);
    let path = v.dir.path().join("list.txt");
    w.export("otpauth list (plain)", &path, "Falsch-2026");
    assert!(w.has_text("The master password is wrong; nothing was shown or written. 9 more"));
    assert!(!path.exists(), "nothing written");
    assert_eq!(v.files.read_attempts().failed_attempts, 1, "counted");
    w.click("Cancel");

    std::fs::write(&path, "an earlier export").unwrap();
    w.export("otpauth list (plain)", &path, PASSWORD);
    assert!(w.has_text("already exists; choose another file name"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "an earlier export");
    w.click("Cancel");

    // The encrypted formats wait for an export password of their own, typed twice.
    w.click("Options");
    w.click("Export…");
    w.type_into(
        "Export file",
        &v.dir.path().join("b.zweifaktor").display().to_string(),
    );
    w.type_into("Master password", PASSWORD);
    w.type_into("Export password", "kurz");
    w.type_into("Repeat the export password", "kurz");
    assert!(w.has("at least 8 characters (not met)"));
    assert!(w.disabled("Export"));
}

#[test]
fn a_procedure_is_shown_as_a_qr_code_after_the_master_password_and_dropped_on_close() {
    let (mut w, v) = unlocked(&[("GitHub", RFC_SECRET)]);
    let procedure = saved_procedures(&v)[0].clone();
    w.click("Show QR code of GitHub");
    assert!(w.has("QR code of GitHub"));
    w.type_into("Master password", "Falsch-2026");
    w.click("Show QR code");
    assert!(w.has_text("The master password is wrong"));
    w.type_into("Master password", PASSWORD);
    w.click("Show QR code");
    assert!(w.has_text("Anyone who sees this code can copy the procedure"));
    assert_eq!(
        w.focused().as_deref(),
        Some("Close"),
        "the password field is gone: the focus is on Close"
    );
    // The code as the window shows it: painted by the program's own painter, then read back
    // as a phone's camera would.
    let (width, height, pixels) = w.screen_luma();
    let texts = zweifaktor_core::qr::decode_luma(width, height, &pixels).unwrap();
    assert_eq!(texts, vec![procedure.otpauth_uri().to_string()]);
    assert!(texts[0].starts_with("otpauth://totp/GitHub?secret="));
    let with_code = w.harness.ctx.tex_manager().read().num_allocated();
    w.harness.key_press(egui::Key::Escape);
    w.settle();
    assert!(!w.has("QR code of GitHub"), "Esc closes it");
    assert_eq!(
        w.harness.ctx.tex_manager().read().num_allocated(),
        with_code - 1,
        "the code's texture is freed"
    );

    // Locking drops it as well.
    w.click("Show QR code of GitHub");
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.has_text("Anyone who sees this code"));
    w.shortcut(egui::Key::L);
    assert!(w.shows_unlock());
}

#[test]
fn an_image_pasted_from_the_clipboard_shows_its_qr_code_in_the_import_preview() {
    let (mut w, _v) = unlocked(&[]);
    w.click("Options");
    w.click("Import…");
    w.click("Paste image");
    assert!(w.has_text("The clipboard holds no image"));
    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    w.clipboard
        .put_image(clipboard_image(&zweifaktor_core::qr::png(uri, 4).unwrap()));
    w.click("Paste image");
    assert!(w.has("QR codes in the image: 1 account"));
    assert!(w.has("Portal (anna@example.org)"));
    w.click("Import 1");
    assert!(w.has("Imported 1 procedure."));
}

#[test]
fn a_file_dropped_on_the_window_opens_the_import_dialog_with_its_preview() {
    let (mut w, v) = unlocked(&[]);
    let plain = common::expected::testdata_dir("aegis").join("aegis_plain.json");
    w.drop_file(&plain);
    assert!(w.has("Format: Aegis Authenticator"));
    assert!(w.has("SPDX (James)"));
    w.click("Cancel");

    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    let image = v.dir.path().join("enrollment.png");
    std::fs::write(&image, zweifaktor_core::qr::png(uri, 4).unwrap()).unwrap();
    w.drop_file(&image);
    assert!(w.has("QR codes in the image: 1 account"));
    assert!(w.has("Portal (anna@example.org)"));
    w.click("Cancel");

    // Several files at once: each is read, and what cannot be is named.
    let text = v.dir.path().join("notes.txt");
    std::fs::write(&text, "shopping list").unwrap();
    let image_part = Dropped(image.clone());
    w.harness.input_mut().dropped_files.extend([
        Arc::new(Dropped(text)) as egui::DroppedFileHandle,
        Arc::new(image_part),
    ]);
    w.settle();
    assert!(w.has("Portal (anna@example.org)"));
    assert!(
        w.shows("notes.txt: "),
        "the file that could not be read is named"
    );
    w.click("Cancel");

    // A drop on another dialog is ignored: it may hold unsaved input.
    w.click("Add procedure");
    w.drop_file(&plain);
    assert!(
        w.has("Fields marked * are required."),
        "the Add dialog stays"
    );
    assert!(!w.import_dialog_open(), "no Import dialog over it");
    w.harness.key_press(egui::Key::Escape);
    w.settle();

    w.shortcut(egui::Key::L);
    w.drop_file(&plain);
    assert!(w.has("Unlock first, then drop the file again."));
    assert!(w.shows_unlock());
}

#[test]
fn a_transfer_in_three_qr_codes_is_gathered_across_scans_and_imported_when_complete() {
    let (mut w, v) = unlocked(&[]);
    let accounts: Vec<_> = (1..=25)
        .map(|i| {
            zweifaktor_core::procedure::Procedure::create(
                zweifaktor_core::procedure::ProcedureDraft {
                    name: format!("Account {i:02}"),
                    secret: secret(&[i as u8; 10]),
                    ..Default::default()
                },
                T0,
            )
            .unwrap()
        })
        .collect();
    let links = zweifaktor_core::export::google_migration::links(&accounts, 4711).links;
    assert_eq!(links.len(), 3, "ten accounts per code");
    let pngs: Vec<Vec<u8>> = links
        .iter()
        .map(|link| zweifaktor_core::qr::png(link, 3).unwrap())
        .collect();
    let first = v.dir.path().join("part1.png");
    std::fs::write(&first, &pngs[0]).unwrap();
    let third = v.dir.path().join("part3.png");
    std::fs::write(&third, &pngs[2]).unwrap();

    w.click("Options");
    w.click("Import…");
    w.type_into("Export file", &first.display().to_string());
    w.click("Read file");
    assert!(w.has_text("1 of 3 parts scanned — scan the others too (missing: parts 2, 3)"));
    assert!(
        w.has("Account 01") && w.has("Account 10"),
        "part 1 in the preview"
    );
    // The same code again changes nothing.
    w.click("Read file");
    assert!(w.has_text("1 of 3 parts scanned"));
    w.clipboard.put_image(clipboard_image(&pngs[1]));
    w.click("Paste image");
    assert!(w.has_text("2 of 3 parts scanned — scan the others too (missing: part 3)"));
    assert!(w.has("Account 20"), "part 2 in the preview");
    assert!(w.disabled("Import 20"), "no import before every part is in");
    w.drop_file(&third);
    assert!(!w.has_text("parts scanned"));
    assert!(w.has("QR codes in 3 images: 25 accounts"));
    assert!(w.has("Account 25"));
    w.click("Import 25");
    assert!(w.has("Imported 25 procedures."));
    assert_eq!(saved_procedures(&v).len(), 25);
}

// --- Reading in the background --------------------------------------------------------------

const TAKING_A_SCREENSHOT: &str = "Taking a screenshot… (your desktop may ask for permission)";

/// A screen capture the test controls: it waits until the test sends on the returned channel
/// (as the desktop's portal waits while it asks the user), then shows `png`.
fn held_screen(png: Vec<u8>) -> (ScreenCapture, mpsc::Sender<()>) {
    let (release, held) = mpsc::channel::<()>();
    let held = Mutex::new(held);
    let capture: ScreenCapture = Arc::new(move || {
        let _ = held.lock().unwrap().recv();
        let image = image::load_from_memory(&png).unwrap().to_luma8();
        Ok((image.width(), image.height(), image.into_raw()))
    });
    (capture, release)
}

impl Window {
    /// Clicks without waiting for background work (the spinner keeps the window repainting).
    fn click_and_step(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run_steps(3);
    }

    /// The Import dialog (its heading) is shown.
    fn import_dialog_open(&self) -> bool {
        self.has("Import")
    }
}

/// The read buttons of the Import dialog, all disabled while one read runs.
const READ_BUTTONS: [&str; 4] = ["Choose file…", "Read file", "Scan screen", "Paste image"];

#[test]
fn scan_screen_waits_in_the_background_with_a_spinner_and_then_shows_the_codes() {
    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    let (capture, release) = held_screen(zweifaktor_core::qr::png(uri, 4).unwrap());
    let (mut w, _v) = unlocked_with(&[], |env| env.screen_capture = capture);
    w.click("Options");
    w.click("Import…");
    // A path typed, so that "Read file" would be enabled but for the scan.
    w.type_into("Export file", "/some/file.json");
    w.click_and_step("Scan screen");
    assert!(w.has(TAKING_A_SCREENSHOT), "says what it waits for");
    assert!(w.harness.state().is_busy());
    for button in READ_BUTTONS {
        assert!(w.disabled(button), "{button} is disabled meanwhile");
    }
    // The window keeps answering: Enter in the path field starts no second read.
    w.harness.get_by_label("Export file").focus();
    w.harness.key_press(egui::Key::Enter);
    w.harness.run_steps(3);
    assert!(w.has(TAKING_A_SCREENSHOT));

    release.send(()).unwrap();
    w.settle();
    assert!(!w.has(TAKING_A_SCREENSHOT), "the spinner is gone");
    assert!(w.has("QR codes in the image: 1 account"));
    assert!(w.has("Portal (anna@example.org)"));
    for button in READ_BUTTONS {
        assert!(!w.disabled(button), "{button} is enabled again");
    }
    w.click("Import 1");
    assert!(w.has("Imported 1 procedure."));
}

#[test]
fn a_dialog_closed_during_a_scan_stays_closed_and_imports_nothing() {
    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    let (capture, release) = held_screen(zweifaktor_core::qr::png(uri, 4).unwrap());
    let (mut w, v) = unlocked_with(&[], |env| env.screen_capture = capture.clone());
    w.click("Options");
    w.click("Import…");
    w.click_and_step("Scan screen");
    assert!(w.has(TAKING_A_SCREENSHOT));
    w.harness.key_press(egui::Key::Escape);
    w.settle();
    assert!(
        !w.import_dialog_open(),
        "Esc closes it while the scan waits"
    );
    assert!(!w.harness.state().is_busy(), "nothing left to wait for");

    // A new Import dialog is a new start: the old scan's result must not land in it.
    w.click("Options");
    w.click("Import…");
    assert!(!w.has(TAKING_A_SCREENSHOT));
    release.send(()).unwrap();
    // The scan's thread ends (dropping its handle on the capture) …
    for _ in 0..400 {
        if Arc::strong_count(&capture) == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(Arc::strong_count(&capture), 2, "the scan finished");
    std::thread::sleep(Duration::from_millis(50));
    w.settle();
    // … and changes nothing.
    assert!(w.import_dialog_open());
    assert!(!w.has_text("QR codes in the image"));
    assert!(!w.has("Portal (anna@example.org)"));
    w.click("Cancel");
    assert!(!w.import_dialog_open());
    w.advance(1);
    assert!(!w.import_dialog_open(), "not reopened");
    assert!(saved_procedures(&v).is_empty(), "nothing imported");
    assert!(!w.shows("Imported"), "nothing said about an import");
}

/// A file that arrives slowly (a named pipe the test writes only later, like a network drive
/// that takes its time): the window keeps drawing and says that it reads.
#[cfg(unix)]
#[test]
fn a_slow_export_file_is_read_in_the_background() {
    let (mut w, v) = unlocked(&[]);
    let slow = v.dir.path().join("slow.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&slow)
        .status()
        .unwrap();
    assert!(made.success());
    w.click("Options");
    w.click("Import…");
    w.type_into("Export file", &slow.display().to_string());
    w.click_and_step("Read file");
    assert!(w.has("Reading the file…"));
    for button in READ_BUTTONS {
        assert!(w.disabled(button), "{button} is disabled meanwhile");
    }
    let plain =
        std::fs::read(common::expected::testdata_dir("aegis").join("aegis_plain.json")).unwrap();
    let writer = std::thread::spawn(move || std::fs::write(&slow, plain).unwrap());
    w.settle();
    writer.join().unwrap();
    assert!(!w.has("Reading the file…"));
    assert!(w.has("Format: Aegis Authenticator"));
    assert!(w.has("SPDX (James)"));
}

#[test]
fn a_scan_that_breaks_down_says_so_instead_of_spinning_forever() {
    let (mut w, _v) = unlocked_with(&[], |env| {
        env.screen_capture = Arc::new(|| panic!("a broken screen library"))
    });
    w.click("Options");
    w.click("Import…");
    w.click("Scan screen");
    assert!(!w.has(TAKING_A_SCREENSHOT));
    assert!(w.has_text("The background work stopped unexpectedly; please try again"));
    assert!(!w.disabled("Scan screen"), "ready to try again");
}

// --- Native file dialogs, in the background -------------------------------------------------

/// A file chooser the test answers: each dialog waits until the test sends the path chosen
/// (`None`: cancelled) on `answer`, as a person takes their time in the real one. The
/// questions asked are kept.
struct HeldChooser {
    chooser: FileChooser,
    answer: mpsc::Sender<Option<PathBuf>>,
    asked: Arc<Mutex<Vec<FileQuestion>>>,
}

fn held_chooser() -> HeldChooser {
    let (answer, answers) = mpsc::channel::<Option<PathBuf>>();
    let answers = Arc::new(Mutex::new(answers));
    let asked = Arc::new(Mutex::new(Vec::new()));
    let chooser: FileChooser = {
        let asked = Arc::clone(&asked);
        Arc::new(move |question| {
            asked.lock().unwrap().push(question);
            let answers = Arc::clone(&answers);
            Box::new(move || answers.lock().unwrap().recv().ok().flatten())
        })
    };
    HeldChooser {
        chooser,
        answer,
        asked,
    }
}

#[test]
fn a_file_chosen_for_import_is_read_and_the_window_keeps_running_while_the_dialog_is_open() {
    let HeldChooser {
        chooser,
        answer,
        asked,
    } = held_chooser();
    let (mut w, _v) = unlocked_with(&[("Citrix", RFC_SECRET)], |env| env.file_chooser = chooser);
    w.click("Options");
    w.click("Import…");
    w.click_and_step("Choose file…");
    assert_eq!(
        *asked.lock().unwrap(),
        [FileQuestion::OpenFile {
            title: "Export file".to_owned()
        }]
    );
    assert!(w.has("Choosing the file…"));
    for button in READ_BUTTONS {
        assert!(w.disabled(button), "{button} is disabled meanwhile");
    }
    // No frame waits for the dialog: the countdown behind it goes on.
    assert!(w.has("30 s"));
    w.clock.advance(1);
    w.harness.run_steps(3);
    assert!(
        w.has("29 s"),
        "the countdown went on while the dialog was open"
    );

    let plain = common::expected::testdata_dir("aegis").join("aegis_plain.json");
    answer.send(Some(plain.clone())).unwrap();
    w.settle();
    assert!(w.has("Format: Aegis Authenticator"), "read at once");
    assert!(w.has("SPDX (James)"));
    assert_eq!(
        w.harness.get_by_label("Export file").value().as_deref(),
        Some(plain.display().to_string().as_str()),
        "the path is shown"
    );

    // Cancelled: nothing changes.
    w.click_and_step("Choose file…");
    answer.send(None).unwrap();
    w.settle();
    assert!(w.has("SPDX (James)"));
    assert!(!w.disabled("Choose file…"));
}

#[test]
fn the_storage_folder_and_the_export_file_can_be_chosen_in_a_dialog() {
    let HeldChooser {
        chooser,
        answer,
        asked,
    } = held_chooser();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("chosen");
    let mut w = window_with_env(None, dir.path(), None, |env| env.file_chooser = chooser);
    w.settle();
    w.click("First installation");
    w.click_and_step("Choose folder…");
    assert!(w.disabled("Choose folder…"), "one dialog at a time");
    answer.send(Some(folder.clone())).unwrap();
    w.settle();
    assert_eq!(
        w.harness.get_by_label("Storage folder").value().as_deref(),
        Some(folder.display().to_string().as_str())
    );
    w.click("Continue");
    assert!(w.has("Set the master password"));
    assert_eq!(
        ConfigStore::at(dir.path().join("config.json"))
            .load()
            .vault_folder
            .as_deref(),
        Some(folder.as_path())
    );
    w.type_into("Password", PASSWORD);
    w.type_into("Repeat the password", PASSWORD);
    w.click("OK");
    assert!(w.shows_procedures());
    w.click("Add procedure");
    w.type_into("Name", "VPN");
    w.type_into("Secret (token)", RFC_SECRET);
    w.click("Save");

    let path = dir.path().join("my-backup.zweifaktor");
    w.click("Options");
    w.click("Export…");
    w.click_and_step("Choose…");
    answer.send(Some(path.clone())).unwrap();
    w.settle();
    assert_eq!(
        w.harness.get_by_label("Export file").value().as_deref(),
        Some(path.display().to_string().as_str())
    );
    w.confirm_export(PASSWORD);
    assert!(w.has(&format!(
        "Exported 1 procedure to {} (Zweifaktor backup):",
        path.display()
    )));
    assert!(path.exists(), "written where it was chosen");
    assert_eq!(
        asked.lock().unwrap().as_slice(),
        [
            FileQuestion::Folder {
                title: "Storage folder".to_owned()
            },
            FileQuestion::SaveFile {
                title: "Export file".to_owned(),
                file_name: "zweifaktor-backup.zweifaktor"
            }
        ]
    );
}

// --- Screen readers and the keyboard --------------------------------------------------------
//
// What a screen reader finds in the accessibility tree (AccessKit, which Orca reads through
// AT-SPI): names, roles, states, modality, announcements; and what the keyboard alone does.

use egui::accesskit::{HasPopup, Live, Role, Toggled};

/// Where [`Window::press_watching_focus`] found the focus when no control had it.
const NOWHERE: &str = "(nowhere: the bare window)";

impl Window {
    /// What the window says to screen readers by itself now (its live regions).
    fn announced(&self) -> Vec<String> {
        self.harness
            .query_all_by(|n| n.live() != Live::Off)
            .map(|n| n.accesskit_node().value().unwrap_or_default())
            .collect()
    }

    /// Whether something said to screen readers contains `part`.
    fn announces(&self, part: &str) -> bool {
        self.announced().iter().any(|said| said.contains(part))
    }

    /// The name of the control with the keyboard focus, as a screen reader says it.
    fn focused(&self) -> Option<String> {
        let node = self.harness.query_by(|n| n.is_focused())?;
        let node = node.accesskit_node();
        if node.role() == Role::Label {
            node.value()
        } else {
            node.label()
        }
    }

    /// Runs frames for `seconds` of the window's input time (an announcement waits for the
    /// focus to settle before it goes on the focused control's description), and says, frame
    /// by frame, the focused control's name and description, as a screen reader finds them.
    fn focus_heard_for(&mut self, seconds: f32) -> Vec<(String, String)> {
        const STEP: f32 = 0.25; // kittest's step_dt
        let frames = (seconds / STEP).ceil() as usize;
        (0..frames)
            .map(|_| {
                self.harness.step();
                let description = self
                    .harness
                    .query_by(|n| n.is_focused())
                    .and_then(|n| n.accesskit_node().description())
                    .unwrap_or_default();
                (self.focused().unwrap_or_default(), description)
            })
            .collect()
    }

    /// Whether the control named `label` is out of a screen reader's reach (it or what holds
    /// it is hidden).
    fn out_of_reach(&self, label: &str) -> bool {
        let node = self.harness.get_by_label(label);
        let mut node = Some(node.accesskit_node());
        while let Some(n) = node {
            if n.is_hidden() {
                return true;
            }
            node = n.parent();
        }
        false
    }

    fn press(&mut self, key: egui::Key) {
        self.harness.key_press(key);
        self.settle();
    }

    /// Presses `key` (with `modifiers`) and says, frame by frame until the window has
    /// settled, where the keyboard focus was: the control's name, or `NOWHERE` when nothing
    /// had it (screen readers then say the bare window).
    fn press_watching_focus(&mut self, modifiers: egui::Modifiers, key: egui::Key) -> Vec<String> {
        // One frame for the key going down, one for it coming up, as a window gets them.
        let event = |pressed| egui::Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        };
        let mut events = vec![event(true), event(false)].into_iter();
        let mut seen = Vec::new();
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let mut quiet = 0;
        while quiet < 6 && std::time::Instant::now() < deadline {
            if let Some(event) = events.next() {
                self.harness.event(event);
            }
            self.harness.step();
            let root = self.harness.root().accesskit_node().id();
            let focused = self.harness.query_by(|n| n.is_focused());
            let name = match focused {
                Some(node) if node.accesskit_node().id() != root => {
                    self.focused().unwrap_or_default()
                }
                _ => NOWHERE.to_owned(),
            };
            if seen.last() != Some(&name) {
                seen.push(name);
            }
            if self.harness.state().is_busy() {
                quiet = 0;
                std::thread::sleep(Duration::from_millis(5));
            } else {
                quiet += 1;
            }
        }
        self.settle();
        seen
    }

    /// The dialog screen readers find now: its name, whether it is modal.
    fn dialog(&self) -> (String, bool) {
        let dialog = self.harness.get_by_role(Role::Dialog);
        let dialog = dialog.accesskit_node();
        (dialog.label().unwrap_or_default(), dialog.is_modal())
    }
}

#[test]
fn the_window_its_menus_and_headings_are_named_for_screen_readers() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    assert_eq!(
        w.harness.root().accesskit_node().label().as_deref(),
        Some("Zweifaktor"),
        "the window's frame is named like its title bar"
    );
    let bar = w.harness.get_by_role(Role::MenuBar);
    assert_eq!(bar.accesskit_node().label().as_deref(), Some("Menu"));
    for name in ["Options", "Accessibility", "Help"] {
        let menu = w.harness.get_by_role_and_label(Role::MenuItem, name);
        let node = menu.accesskit_node();
        assert_eq!(node.has_popup(), Some(HasPopup::Menu), "{name}");
        assert_eq!(node.data().is_expanded(), Some(false), "{name} is closed");
    }
    w.click("Accessibility");
    let open = w
        .harness
        .get_by_role_and_label(Role::MenuItem, "Accessibility");
    assert_eq!(open.accesskit_node().data().is_expanded(), Some(true));
    let menu = w.harness.get_by_role(Role::Menu);
    assert_eq!(
        menu.accesskit_node().label().as_deref(),
        Some("Accessibility")
    );
    for item in ["Larger text", "Smaller text", "Normal text size"] {
        assert!(
            w.harness
                .query_by_role_and_label(Role::MenuItem, item)
                .is_some(),
            "{item} is a menu item"
        );
    }
    assert!(
        w.harness
            .query_by_role_and_label(Role::MenuItemCheckBox, "High contrast")
            .is_some()
    );
    w.press(egui::Key::Escape);
    assert!(
        w.harness.query_by_role(Role::Menu).is_none(),
        "Esc closed it"
    );

    w.shortcut(egui::Key::L);
    let title = w.harness.get_by_role_and_label(Role::Heading, "Zweifaktor");
    assert_eq!(title.accesskit_node().level(), Some(1));
}

#[test]
fn procedures_are_a_list_of_items_named_by_procedure_with_codes_read_digit_by_digit() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    w.advance(4);
    let list = w.harness.get_by_role(Role::List);
    assert_eq!(
        list.accesskit_node().label().as_deref(),
        Some("Saved procedures")
    );
    let items: Vec<String> = w
        .harness
        .query_all_by_role(Role::ListItem)
        .map(|item| item.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(items, ["Citrix", "VPN"], "one item per procedure, by name");

    let code = code_at(RFC_SECRET, T0 + 4);
    let spoken_code = format!("Code of Citrix: {}", spoken(&code));
    let node = w.harness.get_by_label(&spoken_code);
    assert!(
        !spoken_code.contains(&code),
        "never read as one number: {spoken_code}"
    );
    assert!(
        node.accesskit_node()
            .data()
            .supports_action(egui::accesskit::Action::Focus),
        "the code can be reached with Tab"
    );

    // A meter: Orca reads out a progress bar's percentage every ten seconds by itself,
    // wherever the focus is ("53 Prozent", heard on the real window with Orca 43).
    let bar = w
        .harness
        .get_by_role_and_label(Role::Meter, "Seconds until the next code of Citrix");
    let bar = bar.accesskit_node();
    assert_eq!(
        (
            bar.min_numeric_value(),
            bar.max_numeric_value(),
            bar.numeric_value()
        ),
        (Some(0.0), Some(30.0), Some(26.0)),
        "seconds left of the period"
    );
    assert_eq!(bar.live(), Live::Off, "the countdown is no live region");

    // Seconds pass, nothing new is said.
    let said = w.announced();
    w.advance(3);
    assert_eq!(w.announced(), said, "no announcement per second");
}

#[test]
fn the_password_rules_marks_are_not_read_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = window_with(Some(dir.path().join("v.zweifaktor")), dir.path(), None);
    w.settle();
    for mark in ["○", "●"] {
        for node in w.harness.query_all_by_label(mark) {
            assert!(node.accesskit_node().is_hidden(), "{mark} is decoration");
        }
    }
    assert!(
        w.has("one digit (not met)"),
        "the rule says its state in words"
    );
    assert!(
        w.harness.query_all_by_label("○").next().is_some(),
        "the marks are drawn"
    );
}

#[test]
fn each_dialog_is_named_by_its_title_modal_and_opens_with_the_focus_on_its_first_field() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    // (how it opens, its title, where the focus is)
    let dialogs: [(&[&str], &str, &str); 10] = [
        (&["Add procedure"], "Add procedure", "Name"),
        (&["Edit Citrix"], "Edit procedure", "Name"),
        (&["Delete Citrix"], "Delete procedure", "No"),
        (
            &["Show QR code of Citrix"],
            "QR code of Citrix",
            "Master password",
        ),
        (&["Options", "Settings…"], "Settings", "Lock after"),
        (&["Options", "Import…"], "Import", "Export file"),
        (
            &["Options", "Export…"],
            "Export procedures",
            "Zweifaktor encrypted backup",
        ),
        (
            &["Options", "Change password…"],
            "Change password",
            "Current password",
        ),
        (&["Help", "Manual"], "Manual", "Close"),
        (&["Help", "About Zweifaktor"], "Zweifaktor", "Close"),
    ];
    for (clicks, title, first) in dialogs {
        for click in clicks {
            w.click(click);
        }
        assert_eq!(
            w.dialog(),
            (title.to_owned(), true),
            "{title}: named, modal"
        );
        assert_eq!(w.focused().as_deref(), Some(first), "{title}: focus");
        for behind in ["Search:", "Options", "Clipboard: no code"] {
            assert!(w.out_of_reach(behind), "{title}: {behind} is out of reach");
        }
        assert!(
            w.out_of_reach("Citrix"),
            "{title}: the list is out of reach"
        );
        assert!(!w.out_of_reach(first), "{title}: the dialog is not");
        w.press(egui::Key::Escape);
        assert!(
            w.harness.query_by_role(Role::Dialog).is_none(),
            "{title}: closed"
        );
        assert!(!w.out_of_reach("Search:"), "{title}: the screen is back");
        // The focus is back where the dialog was opened: the row's button or the menu.
        let opener = match clicks {
            [button] => *button,
            [menu, _] => *menu,
            _ => unreachable!(),
        };
        assert_eq!(w.focused().as_deref(), Some(opener), "{title}: focus back");
    }
}

#[test]
fn forgot_password_opens_on_no_and_enter_there_erases_nothing() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let before = v.files.read().unwrap();
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    assert_eq!(w.focused().as_deref(), Some("Master password"));
    w.press(egui::Key::Enter);
    assert_eq!(
        w.focused().as_deref(),
        Some("Master password"),
        "Enter in the empty field keeps the cursor there"
    );
    // Tab to "Forgot password", Enter: on main the dialog opened with no focus, and Tab then
    // Enter went to "Yes" and erased the secrets.
    w.press(egui::Key::Tab);
    assert_eq!(w.focused().as_deref(), Some("Forgot password"));
    w.press(egui::Key::Enter);
    assert_eq!(w.dialog(), ("Forgot password".to_owned(), true));
    assert_eq!(w.focused().as_deref(), Some("No"), "the safe answer first");
    assert!(w.out_of_reach("Master password"));
    w.press(egui::Key::Enter);
    assert!(w.harness.query_by_role(Role::Dialog).is_none());
    assert_eq!(v.files.read().unwrap(), before, "nothing erased");
    assert_eq!(
        w.focused().as_deref(),
        Some("Forgot password"),
        "focus back where it was"
    );
}

#[test]
fn delete_opens_on_no_and_enter_there_deletes_nothing() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", RFC_SECRET)]);
    w.click("Delete VPN");
    assert_eq!(w.focused().as_deref(), Some("No"));
    w.press(egui::Key::Enter);
    assert_eq!(saved_procedures(&v).len(), 2, "Enter on No deletes nothing");
    assert_eq!(w.focused().as_deref(), Some("Delete VPN"));
    // Tab to "Yes, delete" is a choice of its own.
    w.press(egui::Key::Enter);
    w.press(egui::Key::Tab);
    assert_eq!(w.focused().as_deref(), Some("Yes, delete"));
    w.press(egui::Key::Enter);
    assert_eq!(saved_procedures(&v).len(), 1);
    assert!(w.announces("Deleted VPN."));
    let citrix = format!("Code of Citrix: {}", spoken(&code_at(RFC_SECRET, T0)));
    assert_eq!(
        w.focused().as_deref(),
        Some(citrix.as_str()),
        "focus on the neighbour"
    );
}

#[test]
fn after_unlocking_the_focus_is_on_the_first_code_arrows_move_and_enter_or_ctrl_c_copy() {
    let (mut w, _v) = unlocked(&[
        ("Citrix", RFC_SECRET),
        ("VPN", "JBSWY3DPEHPK3PXP"),
        ("Mail", "GEZDGNBVGY3TQOJQ"),
    ]);
    let label =
        |name: &str, secret: &str| format!("Code of {name}: {}", spoken(&code_at(secret, T0)));
    assert_eq!(
        w.focused(),
        Some(label("Citrix", RFC_SECRET)),
        "unlocked: the first code"
    );
    w.press(egui::Key::Enter);
    assert_eq!(w.clipboard.contents(), Some(code_at(RFC_SECRET, T0)));
    assert!(w.announces("Copied the code of Citrix."));
    w.press(egui::Key::ArrowDown);
    assert_eq!(w.focused(), Some(label("VPN", "JBSWY3DPEHPK3PXP")));
    w.harness.event(egui::Event::Copy);
    w.settle();
    assert_eq!(
        w.clipboard.contents(),
        Some(code_at("JBSWY3DPEHPK3PXP", T0))
    );
    w.press(egui::Key::End);
    assert_eq!(w.focused(), Some(label("Mail", "GEZDGNBVGY3TQOJQ")));
    w.press(egui::Key::ArrowDown);
    assert_eq!(
        w.focused(),
        Some(label("Mail", "GEZDGNBVGY3TQOJQ")),
        "the last stays"
    );
    w.press(egui::Key::Home);
    assert_eq!(w.focused(), Some(label("Citrix", RFC_SECRET)));
    w.press(egui::Key::ArrowDown);
    w.press(egui::Key::ArrowUp);
    assert_eq!(w.focused(), Some(label("Citrix", RFC_SECRET)));
    // Tab goes on from the code to the row's controls.
    w.press(egui::Key::Tab);
    assert_ne!(w.focused(), Some(label("Citrix", RFC_SECRET)));
}

/// With many procedures only the rows in sight are drawn (a frame costs the same for 20 or
/// 500); the keyboard still reaches every code, and each code it reaches is drawn and in sight.
#[test]
fn a_long_list_draws_the_rows_in_sight_and_the_keyboard_reaches_every_code() {
    let names: Vec<String> = (1..=60).map(|i| format!("P{i:02}")).collect();
    let procedures: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), RFC_SECRET)).collect();
    let in_sight = |w: AppWindow| w.drawing_rows(RowsDrawn::InSight);
    let (mut w, _v) = unlocked_made(&procedures, in_sight, |_| {});
    let code = spoken(&code_at(RFC_SECRET, T0));
    let label = |name: &str| format!("Code of {name}: {code}");
    let rows = |w: &Window| w.harness.query_all_by_role(Role::ListItem).count();
    let drawn = rows(&w);
    assert!(
        (3..40).contains(&drawn),
        "some rows drawn, not all 60: {drawn}"
    );
    assert_eq!(w.focused(), Some(label("P01")), "unlocked: the first code");
    let in_window = |w: &Window, name: &str| {
        let label = label(name);
        let rect = w.harness.get_by_label(&label).rect();
        rect.top() >= 0.0 && rect.bottom() <= HEIGHT as f32
    };
    w.press(egui::Key::End);
    assert_eq!(w.focused(), Some(label("P60")), "End: the last code");
    assert!(in_window(&w, "P60"), "drawn and in sight");
    assert!(rows(&w) < 40, "still not all rows: {}", rows(&w));
    w.press(egui::Key::Home);
    assert_eq!(w.focused(), Some(label("P01")), "Home: the first again");
    for name in &names[1..] {
        w.press(egui::Key::ArrowDown);
        assert_eq!(w.focused(), Some(label(name)), "Down reaches each code");
        assert!(in_window(&w, name), "{name} in sight");
    }
    // Tab goes through the row's controls into the next row, drawn before it is reached.
    // Seven stops a row (the code, the login page's link, Copy, Clipboard mode, QR code,
    // Edit, Delete): 140 Tabs go from the first code to the 21st, far past the rows drawn at
    // first.
    w.press(egui::Key::Home);
    for _ in 0..140 {
        w.press(egui::Key::Tab);
    }
    assert_eq!(w.focused(), Some(label("P21")), "Tab went through 20 rows");
    let focused = w
        .harness
        .query_by(|n| n.is_focused())
        .expect("a control has the focus");
    assert!(
        focused.rect().bottom() <= HEIGHT as f32,
        "the control Tab reached is in sight"
    );
}

/// Scrolled with the mouse wheel, the rows coming into sight are drawn, where the list had
/// them: the rows not drawn keep their height.
#[test]
fn a_long_list_scrolled_with_the_wheel_shows_the_rows_where_they_belong() {
    let names: Vec<String> = (1..=60).map(|i| format!("P{i:02}")).collect();
    let procedures: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), RFC_SECRET)).collect();
    let tops = |w: &mut Window| -> Vec<(String, f32)> {
        w.harness
            .query_all_by_label_contains("Code of P")
            .map(|n| {
                (
                    n.accesskit_node().value().unwrap_or_default(),
                    n.rect().top(),
                )
            })
            .collect()
    };
    let (mut all, _a) = unlocked(&procedures);
    let (mut w, _v) = unlocked_made(&procedures, |w| w.drawing_rows(RowsDrawn::InSight), |_| {});
    for window in [&mut all, &mut w] {
        window
            .harness
            .event(egui::Event::PointerMoved(egui::pos2(300.0, 500.0)));
        for _ in 0..20 {
            window.harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Page,
                delta: egui::vec2(0.0, -1.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
            window.settle();
        }
    }
    let everything = tops(&mut all);
    let in_sight = tops(&mut w);
    assert!(
        in_sight
            .iter()
            .any(|(name, _)| name.starts_with("Code of P60")),
        "scrolled to the end, the last row is drawn: {in_sight:?}"
    );
    for (name, top) in &in_sight {
        let same = everything.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
        assert_eq!(same, Some(*top), "{name} where the full list has it");
    }
}

/// The window's style is set when it changes, not every frame: egui compares number
/// formatters by address, and a style made anew each frame differed every time (the list of
/// procedures, which measures its rows again when the style changes, drew every row).
#[test]
fn the_style_is_not_set_anew_every_frame() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let before = w.harness.ctx.global_style();
    w.advance(1);
    assert!(
        *w.harness.ctx.global_style() == *before,
        "the same style a second later, its number formatter too"
    );
}

#[test]
fn after_a_wrong_password_checking_the_next_one_is_said_once() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    w.type_into("Master password", "Falsch-2026");
    w.press_enter();
    assert!(w.has_text("Wrong password"));
    w.harness
        .get_by_label("Master password")
        .type_text(PASSWORD);
    w.settle();
    let enter = |pressed| egui::Event::Key {
        key: egui::Key::Enter,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    let mut keys = vec![enter(true), enter(false)].into_iter();
    // The check waits for the vault's lock, as a real key derivation takes its time.
    let mut held = Some(hold_lock(&v));
    let mut frames = 0;
    // Frame by frame: which node had the focus while the password was checked. On main the
    // wrong password's message went away in the frame after Enter, the label's id (counted
    // from what stands before it) changed, and the focus moved from one "Checking the
    // password…" to another: a screen reader said it twice.
    let mut checking = Vec::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if let Some(key) = keys.next() {
            w.harness.event(key);
        }
        w.harness.step();
        if let Some(node) = w.harness.query_by(|n| n.is_focused()) {
            let node = node.accesskit_node();
            if node.value().as_deref() == Some("Checking the password…")
                && checking.last() != Some(&node.id())
            {
                checking.push(node.id());
            }
        }
        if w.shows_procedures() {
            break;
        }
        frames += 1;
        if frames == 10
            && let Some(held) = held.take()
        {
            held.release();
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(w.shows_procedures(), "unlocked");
    assert_eq!(checking.len(), 1, "one label had the focus: {checking:?}");
}

#[test]
fn announcements_wrong_password_lock_and_its_end() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let mut w = window_with(Some(v.path()), v.dir.path(), None);
    w.settle();
    assert!(
        w.announced().is_empty(),
        "nothing said before anything happened"
    );
    w.type_into("Master password", "Falsch-2026");
    w.press_enter();
    let urgent = w
        .harness
        .query_by(|n| n.live() == Live::Assertive)
        .map(|n| n.accesskit_node().value().unwrap_or_default());
    assert_eq!(
        urgent.as_deref(),
        Some("Wrong password. 9 more wrong attempts and the secrets are erased."),
        "said at once"
    );
    for _ in 2..=5 {
        w.type_into("Master password", "Falsch-2026");
        w.press_enter();
    }
    w.type_into("Master password", "Falsch-2026");
    w.press_enter();
    assert!(w.announces("Locked for 10 seconds."));
    w.advance(5);
    assert!(!w.announces("lock is over"), "not every second");
    w.advance(5);
    assert!(w.announces("The lock is over: you can enter the password again."));
}

#[test]
fn a_failed_save_is_said_at_once_and_not_again_while_it_stands() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    // The lock file cannot be opened (a folder stands in its place): every save fails.
    let lock = v.dir.path().join("vault.zweifaktor.lock");
    let _ = std::fs::remove_file(&lock);
    std::fs::create_dir(&lock).unwrap();
    w.click("Add procedure");
    w.type_into("Name", "VPN");
    w.type_into("Secret (token)", RFC_SECRET);
    w.click("Save");
    let urgent = |w: &Window| {
        w.harness
            .query_by(|n| n.live() == Live::Assertive)
            .map(|n| {
                let node = n.accesskit_node();
                (node.id(), node.value().unwrap_or_default())
            })
    };
    let (said, text) = urgent(&w).expect("the failure is said at once");
    assert!(
        text.contains("Your last change is not saved: cannot lock"),
        "{text}"
    );
    w.advance(3);
    assert_eq!(
        urgent(&w).map(|(id, _)| id),
        Some(said),
        "not said again while it stands"
    );
    w.click("Try again");
    let (again, text) = urgent(&w).expect("a new try that fails is said too");
    assert_ne!(again, said, "said anew");
    assert!(text.contains("not saved"), "{text}");
}

#[test]
fn announcements_copy_clipboard_mode_search_and_locking() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", "JBSWY3DPEHPK3PXP")]);
    w.click("Copy code of Citrix");
    assert!(w.announces("Copied the code of Citrix."));
    w.click("Clipboard mode for Citrix");
    assert!(w.announces("Clipboard mode on for Citrix"));
    w.advance(30);
    let new_code = code_at(RFC_SECRET, T0 + 30);
    assert!(
        w.announces(&format!(
            "New code of Citrix on the clipboard: {}.",
            spoken(&new_code)
        )),
        "each new code: {:?}",
        w.announced()
    );
    w.click("Clipboard mode for Citrix");
    assert!(w.announces("Clipboard mode off for Citrix."));
    w.type_into("Search:", "v");
    assert!(w.announces("1 procedure matches."));
    w.type_into("Search:", "x");
    assert!(w.announces("No procedure matches the search."));
    w.clear("Search:");
    assert!(w.announces("All 2 procedures are shown."));
    w.shortcut(egui::Key::L);
    assert!(w.announces("Zweifaktor is locked."));
}

/// What every Orca speaks (the Announcement signal needs Orca 45.2; Debian 12 has 43): an
/// announcement on the description of the control with the focus, once the focus has settled,
/// and not as a live region as well (said twice by newer Orca).
#[test]
fn on_linux_announcements_are_said_on_the_focused_controls_description() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let route = |w: AppWindow| w.announcing_through(AnnouncementRoute::FocusedDescription);
    let mut w = window_made(route, Some(v.path()), v.dir.path(), None, |_| {});
    w.settle();
    w.type_into("Master password", "Falsch-2026");
    w.press_enter();
    let wrong = "Wrong password. 9 more wrong attempts and the secrets are erased.";
    let heard = w.focus_heard_for(1.5);
    assert_eq!(
        heard
            .last()
            .map(|(name, said)| (name.as_str(), said.trim_end())),
        Some(("Master password", wrong)),
        "on the password field: {heard:?}"
    );
    assert!(
        w.announced().is_empty(),
        "not a live region as well: {:?}",
        w.announced()
    );
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.shows_procedures(), "unlocked");

    let code = format!("Code of Citrix: {}", spoken(&code_at(RFC_SECRET, T0)));
    w.harness.get_by_label(&code).focus();
    w.settle();
    w.focus_heard_for(1.5);
    w.press_enter();
    let copied = "Copied the code of Citrix.";
    let heard = w.focus_heard_for(1.5);
    assert!(
        heard
            .iter()
            .any(|(name, said)| *name == code && said.starts_with(copied)),
        "on the code that was copied: {heard:?}"
    );
    assert_eq!(w.clipboard.contents(), Some(code_at(RFC_SECRET, T0)));
    // Frame by frame from the key on (`press_enter` would run the frames unseen).
    let before = w.focus_heard_for(0.25);
    w.harness.key_press(egui::Key::Enter);
    let heard = w.focus_heard_for(1.5);
    assert!(
        heard
            .iter()
            .any(|(_, said)| said.starts_with(copied) && *said != before[0].1),
        "copied again: the same words are a change a screen reader hears \
         ({before:?}, then {heard:?})"
    );
    // Tab, frame by frame: the code keeps the words one frame more, so that the screen
    // reader, hearing of the change after the focus moved, does not read it as news.
    let on_code = |w: &Window| {
        let code = w.harness.get_by_label(&code);
        code.accesskit_node().description().unwrap_or_default()
    };
    w.harness.event(egui::Event::Key {
        key: egui::Key::Tab,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    });
    w.harness.step();
    assert_ne!(w.focused().as_deref(), Some(code.as_str()), "Tab moved on");
    assert!(
        on_code(&w).contains(copied),
        "kept in the frame the focus left"
    );
    let heard = w.focus_heard_for(1.5);
    assert!(
        !on_code(&w).contains(copied),
        "taken off the code in the next"
    );
    assert!(
        heard
            .iter()
            .all(|(name, said)| *name != code && !said.contains(copied)),
        "not taken along to the next control: {heard:?}"
    );
    w.harness
        .key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
    w.settle();
    let heard = w.focus_heard_for(1.5);
    assert!(
        heard
            .iter()
            .all(|(name, said)| *name == code && !said.contains(copied)),
        "not said again on coming back: {heard:?}"
    );
}

#[test]
fn required_fields_are_read_without_their_star_and_a_pasted_link_says_what_it_filled_in() {
    let (mut w, _v) = unlocked(&[]);
    w.click("Add procedure");
    assert!(w.has_text("Name *"), "the screen marks the field");
    let name = w.harness.get_by_label("Name");
    assert!(name.accesskit_node().is_required(), "heard as required");
    assert!(
        w.out_of_reach("Fields marked * are required."),
        "the note on the star is for the eyes: screen readers hear \"required\""
    );
    w.type_into(
        "Secret (token)",
        "otpauth://totp/ACME:anna?secret=JBSWY3DPEHPK3PXP&issuer=ACME",
    );
    assert_eq!(
        w.harness
            .get_by_label("Name")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("ACME (anna)")
    );
    assert!(
        w.announces("Filled in from the otpauth link; the name is \"ACME (anna)\"."),
        "the name filled out of sight is said: {:?}",
        w.announced()
    );
}

#[test]
fn an_error_in_the_add_dialog_marks_its_field_invalid_and_is_announced_once() {
    let (mut w, _v) = unlocked(&[]);
    w.click("Add procedure");
    let name = w.harness.get_by_label("Name");
    assert!(name.accesskit_node().is_required());
    w.type_into("Secret (token)", "JBSWY3DP1");
    let error = "invalid character '1' at position 9";
    assert!(w.has_text(error));
    let field = w.harness.get_by_label("Secret (token)");
    let field = field.accesskit_node();
    assert_eq!(field.data().invalid(), Some(egui::accesskit::Invalid::True));
    let message = field.data().error_message().expect("linked to its message");
    let line = w
        .harness
        .query_all_by_label_contains(error)
        .find(|n| n.accesskit_node().locate().0 == message)
        .expect("the message is the error line");
    assert!(
        line.accesskit_node()
            .value()
            .unwrap_or_default()
            .contains(error)
    );
    assert!(
        field.description().unwrap_or_default().contains(error),
        "read with the field"
    );
    assert!(
        !w.announces(error),
        "not said while the secret is typed: a half-typed secret is wrong at every key"
    );
    w.press(egui::Key::Tab);
    assert!(w.announces(error), "said when the field is left");
    let said = w.announced();
    w.advance(1);
    assert_eq!(w.announced(), said, "not said again while it stays");
    w.clear("Secret (token)");
    w.type_into("Secret (token)", RFC_SECRET);
    let field = w.harness.get_by_label("Secret (token)");
    assert_eq!(field.accesskit_node().data().invalid(), None, "valid again");
}

#[test]
fn advanced_says_whether_it_is_expanded_and_spin_buttons_change_with_up_and_down() {
    let (mut w, _v) = unlocked(&[]);
    w.shortcut(egui::Key::N);
    let advanced = w.harness.get_by_label("Advanced");
    assert_eq!(advanced.accesskit_node().data().is_expanded(), Some(false));
    assert_eq!(advanced.accesskit_node().toggled(), Some(Toggled::False));
    w.click("Advanced");
    let advanced = w.harness.get_by_label("Advanced");
    assert_eq!(advanced.accesskit_node().data().is_expanded(), Some(true));
    w.harness.get_by_label("Digits:").focus();
    w.settle();
    w.press(egui::Key::ArrowUp);
    assert_eq!(
        w.harness
            .get_by_label("Digits:")
            .accesskit_node()
            .numeric_value(),
        Some(7.0)
    );
    assert_eq!(w.focused().as_deref(), Some("Digits:"), "the focus stays");
    w.press(egui::Key::ArrowDown);
    w.press(egui::Key::ArrowDown);
    assert_eq!(
        w.harness
            .get_by_label("Digits:")
            .accesskit_node()
            .numeric_value(),
        Some(5.0)
    );
    assert_eq!(w.focused().as_deref(), Some("Digits:"));
}

#[test]
fn keyboard_only_from_first_start_to_a_copied_code() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Zweifaktor data");
    let mut w = window_with(None, dir.path(), Some(folder.clone()));
    w.settle();
    assert_eq!(w.focused().as_deref(), Some("First installation"));
    w.press(egui::Key::Space);
    // Past the second choice and the folder field (the default folder is in it), the folder
    // buttons, to Continue.
    for _ in 0..5 {
        w.press(egui::Key::Tab);
    }
    assert_eq!(w.focused().as_deref(), Some("Continue"));
    w.press(egui::Key::Enter);
    assert_eq!(w.focused().as_deref(), Some("Password"));
    w.harness.get_by_label("Password").type_text(PASSWORD);
    w.press(egui::Key::Tab);
    w.harness
        .get_by_label("Repeat the password")
        .type_text(PASSWORD);
    w.settle();
    w.press_enter();
    assert!(w.shows_procedures());
    assert_eq!(w.focused().as_deref(), Some("Search:"), "no procedure yet");
    w.shortcut(egui::Key::N);
    w.harness.get_by_label("Name").type_text("Citrix");
    w.press(egui::Key::Tab);
    w.harness
        .get_by_label("Secret (token)")
        .type_text(RFC_SECRET);
    w.settle();
    w.press_enter();
    let code = code_at(RFC_SECRET, T0);
    assert_eq!(
        w.focused(),
        Some(format!("Code of Citrix: {}", spoken(&code))),
        "after Save: the new procedure's code"
    );
    assert!(w.announces("Saved Citrix."));
    w.press(egui::Key::Enter);
    assert_eq!(w.clipboard.contents(), Some(code.clone()));
    // The Add dialog again, closed with Esc: back on the code; F10 from there reaches the menu.
    w.shortcut(egui::Key::N);
    assert_eq!(w.focused().as_deref(), Some("Name"));
    w.press(egui::Key::Escape);
    assert_eq!(
        w.focused(),
        Some(format!("Code of Citrix: {}", spoken(&code)))
    );
    w.press(egui::Key::F10);
    assert_eq!(w.focused().as_deref(), Some("Options"), "F10 from a code");
}

#[test]
fn after_tab_enter_or_a_menu_item_the_focus_is_never_nowhere() {
    let none = egui::Modifiers::NONE;
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    // Tab on a dialog's last control: straight to its first (on main, to the bare window
    // first, which a screen reader reads as "Zweifaktor, frame").
    w.click("Edit Citrix");
    w.harness.get_by_label("Cancel").focus();
    w.settle();
    assert_eq!(
        w.press_watching_focus(none, egui::Key::Tab),
        ["Name"],
        "Tab on the last control"
    );
    w.press(egui::Key::Escape);
    // A menu item that opens a dialog: from the item to the dialog's first control.
    w.press(egui::Key::F10);
    w.press(egui::Key::Enter);
    assert_eq!(w.focused().as_deref(), Some("Settings…"));
    let path = w.press_watching_focus(none, egui::Key::Enter);
    assert!(!path.contains(&NOWHERE.to_owned()), "{path:?}");
    assert_eq!(path.last().map(String::as_str), Some("Lock after"));
    w.press(egui::Key::Escape);
    // Enter in a dialog's field that fails: the cursor stays in the field, to type again (on
    // main it was nowhere, and what was typed next was lost).
    w.click("Show QR code of Citrix");
    w.harness
        .get_by_label("Master password")
        .type_text("Falsch-2026");
    w.settle();
    let path = w.press_watching_focus(none, egui::Key::Enter);
    assert!(!path.contains(&NOWHERE.to_owned()), "{path:?}");
    assert_eq!(w.focused().as_deref(), Some("Master password"));
    assert!(w.has_text("wrong"), "the error is shown");
    // Esc in the search field keeps the cursor there.
    w.press(egui::Key::Escape);
    w.shortcut(egui::Key::F);
    let path = w.press_watching_focus(none, egui::Key::Escape);
    assert_eq!(path, ["Search:"], "Esc in the search field");
}

#[test]
fn the_search_count_is_said_only_when_it_is_news() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", OTHER_SECRET)]);
    // Each letter typed changed the search, and each said "1 procedure matches." again.
    let said = |w: &Window| {
        w.harness
            .query_by(|n| n.live() != Live::Off)
            .map(|n| n.accesskit_node().id())
    };
    w.type_into("Search:", "v");
    assert!(w.announces("1 procedure matches."));
    let first = said(&w);
    w.type_into("Search:", "p");
    assert_eq!(said(&w), first, "the same count is not said again at once");
    w.type_into("Search:", "x");
    assert!(w.announces("No procedure matches the search."), "news");
    w.clear("Search:");
    w.type_into("Search:", "v");
    assert!(
        w.announces("1 procedure matches."),
        "news again after a change"
    );
    w.advance(6);
    let before = said(&w);
    w.type_into("Search:", "p");
    assert_ne!(said(&w), before, "after a pause the count is said again");
}

#[test]
fn dialogs_at_200_percent_show_a_named_scroll_bar() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    for _ in 0..5 {
        w.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        w.settle();
    }
    w.click("Options");
    w.click("Settings…");
    let bar = w
        .harness
        .query_by_role(Role::ScrollBar)
        .expect("the settings scroll at 200 %");
    assert_eq!(
        bar.accesskit_node().label().as_deref(),
        Some("Settings"),
        "named by the dialog it scrolls (on main: unnamed)"
    );
    assert_eq!(
        bar.accesskit_node().numeric_value(),
        Some(0.0),
        "at the top"
    );
}

#[test]
fn enter_before_the_password_rules_are_met_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = window_with(Some(dir.path().join("v.zweifaktor")), dir.path(), None);
    w.settle();
    w.harness.get_by_label("Password").type_text("kurz");
    w.settle();
    let needs = "The password still needs: one uppercase letter";
    let described = w
        .harness
        .get_by_label("Password")
        .accesskit_node()
        .description()
        .unwrap_or_default();
    assert!(
        described.contains(needs),
        "heard with the field: {described}"
    );
    let path = w.press_watching_focus(egui::Modifiers::NONE, egui::Key::Enter);
    assert!(!path.contains(&NOWHERE.to_owned()), "{path:?}");
    assert_eq!(w.focused().as_deref(), Some("Password"), "to type on");
    assert!(w.announces(needs), "said on Enter: {:?}", w.announced());
}

#[test]
fn the_quick_pick_gives_the_focus_back_to_the_codes() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", OTHER_SECRET)]);
    w.press_global_shortcut();
    w.press(egui::Key::ArrowDown);
    w.press_enter();
    assert_eq!(
        w.focused(),
        Some(format!(
            "Code of VPN: {}",
            spoken(&code_at(OTHER_SECRET, T0))
        )),
        "on the code just copied (on main: nowhere)"
    );
    w.press_global_shortcut();
    w.press(egui::Key::Escape);
    assert_eq!(
        w.focused(),
        Some(format!(
            "Code of Citrix: {}",
            spoken(&code_at(RFC_SECRET, T0))
        )),
        "closed: on the first code"
    );
}

#[test]
fn menus_are_reached_with_f10_and_close_when_an_item_is_chosen_with_the_keyboard() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.press(egui::Key::F10);
    assert_eq!(w.focused().as_deref(), Some("Options"));
    w.press(egui::Key::Enter);
    assert_eq!(w.focused().as_deref(), Some("Settings…"), "first item");
    w.press(egui::Key::ArrowDown);
    assert_eq!(w.focused().as_deref(), Some("Import…"));
    w.press(egui::Key::Enter);
    assert!(
        w.harness.query_by_role(Role::Menu).is_none(),
        "the menu closed"
    );
    assert_eq!(w.dialog().0, "Import");
    w.press(egui::Key::Escape);
    assert_eq!(w.focused().as_deref(), Some("Options"), "back to the menu");
}

#[test]
fn the_manual_scrolls_with_the_keyboard_and_lists_every_shortcut() {
    let (mut w, _v) = unlocked(&[]);
    w.click("Help");
    w.click("Manual");
    for keys in [
        "Tab",
        "Shift+Tab",
        "Enter",
        "Space",
        "Esc",
        "Ctrl+N",
        "Ctrl+F",
        "Ctrl+L",
        "Ctrl+C",
        "F10",
        "Up and Down",
        "Home",
        "End",
        "Page Up",
        "Page Down",
        "Ctrl+Alt+Z",
        "Shift+Enter",
    ] {
        assert!(w.shows(keys), "the manual names {keys}");
    }
    let top = |w: &Window| {
        w.harness
            .get_by_role_and_label(Role::Heading, "Unlock")
            .rect()
            .top()
    };
    let start = top(&w);
    w.press(egui::Key::PageDown);
    let paged = top(&w);
    assert!(paged < start, "Page Down scrolls on ({start} → {paged})");
    w.press(egui::Key::ArrowUp);
    assert!(top(&w) > paged, "Up scrolls back a line");
    w.press(egui::Key::End);
    assert!(top(&w) <= paged);
    w.press(egui::Key::Home);
    assert_eq!(top(&w), start, "Home: back at the start");
    assert_eq!(
        w.focused().as_deref(),
        Some("Close"),
        "the keys kept the focus"
    );
}

// --- Saves and looks at the disk and the clipboard, in the background ------------------------

/// Another program holding the vault's lock while it writes (the command line, a second
/// window) — to the window, a drive that takes its time: every save waits for it. Let go when
/// released or dropped, and in any case after 20 seconds, so that a frame that waits for the
/// disk fails the test (see [`Window::steps_without_waiting`]) instead of hanging it.
struct HeldLock {
    release: Option<mpsc::Sender<()>>,
    holder: Option<std::thread::JoinHandle<()>>,
}

fn hold_lock(v: &TestVault) -> HeldLock {
    let files = v.files.clone();
    let (release, released) = mpsc::channel::<()>();
    let (taken, is_taken) = mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        let lock = files.lock().unwrap();
        taken.send(()).unwrap();
        let _ = released.recv_timeout(Duration::from_secs(20));
        drop(lock);
    });
    is_taken.recv().unwrap();
    HeldLock {
        release: Some(release),
        holder: Some(holder),
    }
}

impl HeldLock {
    fn release(mut self) {
        self.let_go();
    }

    fn let_go(&mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.send(());
        }
        if let Some(holder) = self.holder.take() {
            let _ = holder.join();
        }
    }
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        self.let_go();
    }
}

const SAVING: &str = "Saving…";

impl Window {
    /// A few frames, which must not wait for the disk or the clipboard: far quicker than the
    /// 20 seconds a held lock or clipboard lasts at most.
    fn steps_without_waiting(&mut self) {
        let start = std::time::Instant::now();
        self.harness.run_steps(3);
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "a frame waited {:?} for background work",
            start.elapsed()
        );
    }

    /// Types into a field without waiting for background work.
    fn type_and_step(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).click();
        self.steps_without_waiting();
        self.harness.get_by_label(label).type_text(text);
        self.steps_without_waiting();
    }

    /// An otpauth list export to `file` with the right master password, "Export" clicked —
    /// without waiting for it.
    fn start_plain_export(&mut self, file: &std::path::Path) {
        self.click_and_step("Options");
        self.click_and_step("Export…");
        self.click_and_step("otpauth list (plain)");
        self.type_and_step("Export file", &file.display().to_string());
        self.type_and_step("Master password", PASSWORD);
        self.harness
            .get_by_role_and_label(egui::Role::Button, "Export")
            .click();
        self.steps_without_waiting();
    }

    /// "Add procedure", a name and a secret, "Save" — without waiting for the save.
    fn add_without_waiting(&mut self, name: &str, secret: &str) {
        self.click_and_step("Add procedure");
        self.type_and_step("Name", name);
        self.type_and_step("Secret (token)", secret);
        self.click_and_step("Save");
        self.steps_without_waiting();
    }

    /// The seconds left of the codes, as their rows show them.
    fn shows_seconds_left(&self, seconds: u64) -> bool {
        self.harness
            .query_all_by_label(&format!("{seconds} s"))
            .next()
            .is_some()
    }
}

/// The names in the vault file's clear list: read without the lock a test may hold.
fn saved_names(v: &TestVault) -> Vec<String> {
    vault::summary(&v.files.read().unwrap())
        .unwrap()
        .entries
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect()
}

#[test]
fn changes_show_at_once_and_are_saved_in_order_while_the_disk_is_slow() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let held = hold_lock(&v);
    w.add_without_waiting("VPN", "JBSWY3DPEHPK3PXP");
    assert!(
        w.has(&format!(
            "Code of VPN: {}",
            spoken(&code_at("JBSWY3DPEHPK3PXP", T0))
        )),
        "shown at once"
    );
    assert!(w.has(SAVING));
    // The window goes on: the countdown, more changes.
    w.clock.advance(1);
    w.steps_without_waiting();
    assert!(w.shows_seconds_left(29));
    w.add_without_waiting("Mail", RFC_SECRET);
    w.click_and_step("Delete Citrix");
    w.click_and_step("Yes, delete");
    w.steps_without_waiting();
    assert!(w.has("VPN") && w.has("Mail") && !w.has("Citrix"));
    assert_eq!(saved_names(&v), ["Citrix"], "nothing written yet");

    held.release();
    w.settle();
    assert!(!w.has(SAVING));
    assert_eq!(saved_names(&v), ["VPN", "Mail"], "every change, in order");
    assert!(w.has("VPN") && w.has("Mail") && !w.has("Citrix"));
}

#[test]
fn a_lock_while_saving_keeps_the_change_and_closing_the_window_waits_for_it() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let held = hold_lock(&v);
    w.add_without_waiting("VPN", RFC_SECRET);
    w.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    w.steps_without_waiting();
    assert!(w.shows_unlock(), "locked at once");
    assert!(!w.has("VPN") && !w.has("Citrix"), "nothing shown any more");
    held.release();
    w.settle();
    assert_eq!(saved_names(&v), ["Citrix", "VPN"], "saved after the lock");
    assert!(!w.has_text("could not be saved"));
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.has("VPN"));

    // Closing the window waits for the save (the window is hidden meanwhile).
    let held = hold_lock(&v);
    w.add_without_waiting("Mail", RFC_SECRET);
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        held.release();
    });
    w.harness.state_mut().on_exit();
    releaser.join().unwrap();
    assert_eq!(saved_names(&v), ["Citrix", "VPN", "Mail"]);
}

#[test]
fn a_failed_save_says_why_keeps_the_change_and_try_again_saves_it() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    // The lock file cannot be opened (a folder stands in its place): every save fails.
    let lock = v.dir.path().join("vault.zweifaktor.lock");
    let _ = std::fs::remove_file(&lock);
    std::fs::create_dir(&lock).unwrap();
    w.click("Add procedure");
    w.type_into("Name", "VPN");
    w.type_into("Secret (token)", RFC_SECRET);
    w.click("Save");
    assert!(w.has_text("Your last change is not saved: cannot lock"));
    assert!(w.has("VPN"), "the change stays shown");
    assert!(!w.has(SAVING), "no endless tries");
    // What reads the file waits for it: an export says that the change is not saved.
    let path = v.dir.path().join("list.txt");
    w.export("otpauth list (plain)", &path, PASSWORD);
    assert!(w.has_text("Your last change is not saved yet"));
    assert!(!path.exists(), "nothing exported without the change");
    w.click("Cancel");

    std::fs::remove_dir(&lock).unwrap();
    w.click("Try again");
    assert!(!w.has_text("not saved"));
    assert_eq!(saved_names(&v), ["Citrix", "VPN"]);

    // Failing again, then locked: the unlock screen says that the change is lost.
    std::fs::remove_file(&lock).unwrap();
    std::fs::create_dir(&lock).unwrap();
    w.click("Delete VPN");
    w.click("Yes, delete");
    assert!(w.has_text("Your last change is not saved"));
    w.shortcut(egui::Key::L);
    assert!(w.shows_unlock());
    assert!(w.has_text("Your last change could not be saved before the lock (cannot lock"));
    assert_eq!(saved_names(&v), ["Citrix", "VPN"]);
}

#[test]
fn an_export_right_after_a_change_waits_for_its_save_and_holds_it() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let held = hold_lock(&v);
    w.add_without_waiting("VPN", RFC_SECRET);
    let path = v.dir.path().join("list.txt");
    w.start_plain_export(&path);
    assert!(w.disabled("Cancel"), "the export waits, its dialog with it");
    held.release();
    w.settle();
    assert!(w.has(&format!(
        "Exported 2 procedures to {} (otpauth:// list):",
        path.display()
    )));
}

#[test]
fn an_export_running_at_a_lock_is_finished_and_the_unlock_screen_says_so() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let path = v.dir.path().join("list.txt");
    // The export's password check waits for the vault's lock.
    let held = hold_lock(&v);
    w.start_plain_export(&path);
    w.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    w.steps_without_waiting();
    assert!(w.shows_unlock());
    held.release();
    w.settle();
    assert!(w.has(&format!(
        "The export started before the lock was finished: 1 procedure in {}.",
        path.display()
    )));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("otpauth://"),
        "written whole"
    );
}

/// The vault file on a drive that answers slowly (a named pipe in its place, written only
/// later): the once-a-second look for others' changes waits in the background.
#[cfg(unix)]
#[test]
fn the_look_for_changes_saved_elsewhere_does_not_hold_up_the_window() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let bytes = v.files.read().unwrap();
    let aside = v.dir.path().join("vault.zweifaktor.aside");
    std::fs::rename(v.path(), &aside).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(v.path())
        .status()
        .unwrap();
    assert!(made.success());
    // The drive answers when the test says so, or after 20 seconds: a frame that waits for it
    // fails the test instead of hanging it.
    let (answer, asked) = mpsc::channel::<()>();
    let pipe = v.path();
    let drive = std::thread::spawn(move || {
        let _ = asked.recv_timeout(Duration::from_secs(20));
        std::fs::write(&pipe, bytes).unwrap();
    });
    w.clock.advance(1);
    w.steps_without_waiting();
    assert!(w.shows_seconds_left(29));
    assert!(w.harness.state().is_busy(), "the look waits for the file");
    // A change made meanwhile is shown, and saved once the look is done.
    w.add_without_waiting("VPN", RFC_SECRET);
    assert!(w.has("VPN"));
    w.clock.advance(1);
    w.steps_without_waiting();
    assert!(w.shows_seconds_left(28));

    answer.send(()).unwrap();
    drive.join().unwrap();
    std::fs::rename(&aside, v.path()).unwrap();
    w.settle();
    assert!(!w.has(SAVING));
    assert_eq!(saved_names(&v), ["Citrix", "VPN"]);
}

/// A clipboard whose owner answers slowly (on X11 a read asks the program that copied last):
/// reads wait while it is held.
#[derive(Clone, Default)]
struct SlowClipboard {
    memory: MemoryClipboard,
    held: Arc<(Mutex<bool>, std::sync::Condvar)>,
}

impl SlowClipboard {
    fn hold(&self) {
        *self.held.0.lock().unwrap() = true;
    }

    fn release(&self) {
        *self.held.0.lock().unwrap() = false;
        self.held.1.notify_all();
    }

    fn wait(&self) {
        let (held, changed) = &*self.held;
        let guard = held.lock().unwrap();
        let _ = changed
            .wait_timeout_while(guard, Duration::from_secs(20), |held| *held)
            .unwrap();
    }
}

impl zweifaktor::app::clipboard::Clipboard for SlowClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        self.memory.set_text(text)
    }

    fn get_text(&mut self) -> Option<String> {
        self.wait();
        self.memory.get_text()
    }

    fn clear(&mut self) {
        self.memory.clear()
    }

    fn get_image(&mut self) -> Result<zweifaktor::app::clipboard::ClipboardImage, String> {
        self.wait();
        self.memory.get_image()
    }

    fn reader(&self) -> Box<dyn zweifaktor::app::clipboard::Clipboard> {
        Box::new(self.clone())
    }
}

#[test]
fn slow_clipboard_reads_wait_in_the_background() {
    let clipboard = SlowClipboard::default();
    let (mut w, _v) = unlocked_with(&[("Citrix", RFC_SECRET)], |env| {
        env.clipboard = Box::new(clipboard.clone())
    });
    clipboard.hold();
    w.click_and_step("Copy code of Citrix");
    let code = code_at(RFC_SECRET, T0);
    assert_eq!(clipboard.memory.contents(), Some(code.clone()));
    assert!(w.has(&format!("Current clipboard content: {}", spoken(&code))));
    // The user copies something else; the once-a-second look waits for the clipboard.
    clipboard.memory.put("the user's own text");
    w.clock.advance(1);
    w.steps_without_waiting();
    assert!(w.shows_seconds_left(29));
    clipboard.release();
    w.settle();
    assert!(w.has("Clipboard: no code"));

    // "Paste image": the image comes from the snipping tool, slowly.
    w.click("Options");
    w.click("Import…");
    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    clipboard
        .memory
        .put_image(clipboard_image(&zweifaktor_core::qr::png(uri, 4).unwrap()));
    clipboard.hold();
    w.click_and_step("Paste image");
    assert!(w.has("Looking for QR codes…"));
    w.clock.advance(1);
    w.steps_without_waiting();
    clipboard.release();
    w.settle();
    assert!(w.has("QR codes in the image: 1 account"));
}

#[test]
fn settings_that_cannot_be_saved_are_used_and_the_failure_is_said() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    // The config folder's place is taken by a file.
    let blocked = v.dir.path().join("not-a-folder");
    std::fs::write(&blocked, "").unwrap();
    let mut w = window_with_env(Some(v.path()), v.dir.path(), None, |env| {
        env.config_store = ConfigStore::at(blocked.join("config.json"))
    });
    w.settle();
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    w.click("Accessibility");
    w.click("Larger text");
    assert_eq!(w.harness.ctx.zoom_factor(), 1.25, "used at once");
    assert!(w.has_text("The settings could not be saved"));
}

// --- The quick pick (opened by the global shortcut) and the shortcut's settings -------------

const OTHER_SECRET: &str = "JBSWY3DPEHPK3PXP";

impl Window {
    /// The global shortcut was pressed (the event loop calls the same), with the window in
    /// front before: it stays there when the quick pick closes.
    fn press_global_shortcut(&mut self) {
        self.harness.state_mut().open_quick_pick(false);
        self.settle();
    }

    fn shows_quick_pick(&self) -> bool {
        self.harness
            .query_by(|n| n.role() == Role::Dialog && n.label().as_deref() == Some("Quick pick"))
            .is_some()
    }

    /// The names of the quick pick's list items, and which one is selected.
    fn quick_pick_items(&self) -> (Vec<String>, Option<String>) {
        let list = self
            .harness
            .get_by_role_and_label(Role::List, "Procedures found");
        let mut names = Vec::new();
        let mut selected = None;
        for item in list.accesskit_node().children() {
            assert_eq!(item.role(), Role::ListItem);
            let name = item.label().unwrap_or_default();
            if item.is_selected() == Some(true) {
                selected = Some(name.clone());
            }
            names.push(name);
        }
        (names, selected)
    }
}

#[test]
fn the_quick_pick_is_a_named_dialog_with_a_labelled_focused_filter_and_a_list() {
    let (mut w, _v) = unlocked(&[
        ("Citrix", RFC_SECRET),
        ("VPN", OTHER_SECRET),
        ("Mail", RFC_SECRET),
    ]);
    w.press_global_shortcut();
    assert!(w.shows_quick_pick(), "a dialog named by its title");
    assert_eq!(w.focused().as_deref(), Some("Filter:"), "ready to type");
    assert_eq!(
        w.quick_pick_items(),
        (
            vec!["Citrix".to_owned(), "VPN".to_owned(), "Mail".to_owned()],
            Some("Citrix".to_owned())
        ),
        "every procedure, the first chosen"
    );
    let citrix = w.harness.get_by_role_and_label(Role::Button, "Citrix");
    let code = code_at(RFC_SECRET, T0);
    assert_eq!(
        citrix.accesskit_node().description(),
        Some(format!("Code of Citrix: {}", spoken(&code))),
        "each procedure says its code, digit by digit"
    );
    let vpn = code_at(OTHER_SECRET, T0);
    assert!(
        w.out_of_reach(&format!("{} {}", &vpn[..3], &vpn[3..])),
        "and the code drawn beside it is no loose, nameless label (Orca read them all when \
         the dialog opened)"
    );
    assert!(
        !w.shows_procedures(),
        "the quick pick instead of the main list"
    );
}

/// The codes stand in one column, whatever the names' lengths: the eye runs down the codes.
#[test]
fn the_quick_picks_codes_start_at_the_same_x_whatever_the_names_length() {
    const THIRD_SECRET: &str = "KRSXG5CTMVRXEZLU";
    let (mut w, _v) = unlocked(&[
        ("VPN", RFC_SECRET),
        ("Citrix Portal of the Finanzamt", OTHER_SECRET),
        ("Mail", THIRD_SECRET),
    ]);
    w.press_global_shortcut();
    let lefts: Vec<f32> = [RFC_SECRET, OTHER_SECRET, THIRD_SECRET]
        .iter()
        .map(|secret| {
            let code = code_at(secret, T0);
            let grouped = format!("{} {}", &code[..3], &code[3..]);
            w.harness
                .get_by_role_and_label(Role::Label, &grouped)
                .rect()
                .left()
        })
        .collect();
    let name = w
        .harness
        .get_by_role_and_label(Role::Button, "Citrix Portal of the Finanzamt")
        .rect();
    assert!(
        lefts.iter().all(|x| (x - lefts[0]).abs() < 0.5),
        "the codes start at {lefts:?}"
    );
    assert!(lefts[0] >= name.right(), "right of the longest name");
}

#[test]
fn the_quick_pick_filters_chooses_with_arrows_and_enter_copies_the_chosen_code() {
    let (mut w, _v) = unlocked(&[
        ("Citrix", RFC_SECRET),
        ("VPN", OTHER_SECRET),
        ("VPN Test", RFC_SECRET),
        ("Mail", RFC_SECRET),
    ]);
    w.press_global_shortcut();
    w.harness.get_by_label("Filter:").type_text("vpn");
    w.settle();
    assert_eq!(
        w.quick_pick_items(),
        (
            vec!["VPN".to_owned(), "VPN Test".to_owned()],
            Some("VPN".to_owned())
        ),
        "the main list's search: name, any case"
    );
    assert!(w.announces("2 procedures found"), "{:?}", w.announced());
    w.press(egui::Key::ArrowDown);
    assert_eq!(w.quick_pick_items().1.as_deref(), Some("VPN Test"));
    assert!(w.announces("VPN Test, 2 of 2"), "the chosen one is said");
    w.press(egui::Key::ArrowDown);
    assert_eq!(
        w.quick_pick_items().1.as_deref(),
        Some("VPN Test"),
        "stays at the bottom"
    );
    w.press(egui::Key::ArrowUp);
    assert_eq!(w.quick_pick_items().1.as_deref(), Some("VPN"));
    assert_eq!(
        w.focused().as_deref(),
        Some("Filter:"),
        "the arrows leave the focus in the filter"
    );
    w.press_enter();
    assert_eq!(
        w.clipboard.contents(),
        Some(code_at(OTHER_SECRET, T0)),
        "VPN's code, copied as the list's Copy does"
    );
    assert!(!w.shows_quick_pick(), "closed after copying");
    assert!(w.shows_procedures());
    w.advance(30);
    assert_eq!(
        w.clipboard.contents(),
        None,
        "a plain copy: cleared once it expires, as from the list"
    );
}

#[test]
fn shift_enter_in_the_quick_pick_turns_clipboard_mode_on_and_esc_closes_without_copying() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", OTHER_SECRET)]);
    w.press_global_shortcut();
    w.press(egui::Key::Escape);
    assert!(!w.shows_quick_pick() && w.shows_procedures(), "Esc closes");
    assert_eq!(w.clipboard.contents(), None, "nothing copied");
    w.press_global_shortcut();
    assert_eq!(
        w.harness
            .get_by_label("Filter:")
            .accesskit_node()
            .value()
            .as_deref(),
        Some(""),
        "opens anew, with an empty filter"
    );
    w.press(egui::Key::ArrowDown);
    w.harness
        .key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Enter);
    w.settle();
    assert!(!w.shows_quick_pick());
    assert_eq!(w.clipboard.contents(), Some(code_at(OTHER_SECRET, T0)));
    w.advance(30);
    assert_eq!(
        w.clipboard.contents(),
        Some(code_at(OTHER_SECRET, T0 + 30)),
        "clipboard mode: replaced by the next code"
    );
    // Shift+Enter on the same procedure again keeps it on (never off by surprise).
    w.press_global_shortcut();
    w.press(egui::Key::ArrowDown);
    w.harness
        .key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Enter);
    w.settle();
    w.advance(30);
    assert_eq!(w.clipboard.contents(), Some(code_at(OTHER_SECRET, T0 + 60)));
}

#[test]
fn on_a_locked_vault_the_quick_pick_asks_for_the_master_password_first() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET), ("VPN", OTHER_SECRET)]);
    w.shortcut(egui::Key::L);
    assert!(w.shows_unlock());
    w.press_global_shortcut();
    assert!(!w.shows_quick_pick(), "no procedures while locked");
    assert!(w.shows_unlock(), "the unlock screen, with its lockout");
    assert!(w.announces("Enter your master password; then the quick pick opens."));
    // A wrong password counts as on the unlock screen (the same flow).
    w.type_into("Master password", "Falsch-2026");
    w.press_enter();
    assert!(w.has_text("Wrong password. 9 more wrong attempts"));
    w.clear("Master password");
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.shows_quick_pick(), "unlocked: the quick pick is there");
    assert_eq!(w.focused().as_deref(), Some("Filter:"));
    w.harness.get_by_label("Filter:").type_text("vp");
    w.settle();
    w.press_enter();
    assert_eq!(w.clipboard.contents(), Some(code_at(OTHER_SECRET, T0)));
    // Esc while the password is asked for gives the quick pick up.
    w.shortcut(egui::Key::L);
    w.press_global_shortcut();
    w.press(egui::Key::Escape);
    w.type_into("Master password", PASSWORD);
    w.press_enter();
    assert!(w.shows_procedures() && !w.shows_quick_pick());
}

#[test]
fn the_global_shortcut_is_changed_by_pressing_it_in_the_settings_and_kept() {
    let (mut w, v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.click("Options");
    w.click("Settings…");
    assert!(w.has("Ctrl+Alt+Z"), "the default shortcut");
    w.click("Change…");
    assert!(w.has("Press the new shortcut (Esc: keep the old one)"));
    w.harness.key_press(egui::Key::K);
    w.settle();
    assert!(
        w.has("A shortcut needs Ctrl, Alt or Super together with a letter, a digit or F1–F12."),
        "a plain letter is refused"
    );
    let ctrl_shift = egui::Modifiers {
        ctrl: true,
        shift: true,
        command: true,
        ..egui::Modifiers::NONE
    };
    w.harness.key_press_modifiers(ctrl_shift, egui::Key::F9);
    w.settle();
    assert!(w.has("Ctrl+Shift+F9"), "the new shortcut is shown");
    assert!(w.has("Settings"), "the settings stay open");
    let config_file = v.dir.path().join("config.json");
    let saved = || ConfigStore::at(config_file.clone()).load().global_shortcut;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while saved().as_deref() != Some("Ctrl+Shift+F9") && std::time::Instant::now() < deadline {
        w.settle();
    }
    assert_eq!(
        saved().as_deref(),
        Some("Ctrl+Shift+F9"),
        "saved for the next start"
    );
    assert_eq!(
        w.focused().as_deref(),
        Some("Change…"),
        "the focus back where the capture began (on main: nowhere)"
    );
    // Esc while waiting for a press keeps the shortcut and the settings open.
    w.click("Change…");
    w.press(egui::Key::Escape);
    assert!(w.has("Ctrl+Shift+F9") && w.has("Settings"));
    assert_eq!(w.focused().as_deref(), Some("Change…"));
    // What the system says about it is shown; a shortcut held by another program, at once.
    w.harness
        .state_mut()
        .set_shortcut_status(zweifaktor::app::shortcut::ShortcutStatus::Taken);
    w.settle();
    assert!(w.has("Ctrl+Shift+F9 is held by another program. Choose another shortcut."));
    assert!(w.announces("is held by another program"));
    w.harness
        .state_mut()
        .set_shortcut_status(zweifaktor::app::shortcut::ShortcutStatus::NoPortal);
    w.settle();
    assert!(w.has_text("GlobalShortcuts portal is missing"));
    // Off, and on again with the default.
    w.click("Open the quick pick from any program with Ctrl+Shift+F9");
    assert!(!w.has("Ctrl+Shift+F9"));
    assert!(w.has("Open the quick pick from any program with"));
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while saved().is_some() && std::time::Instant::now() < deadline {
        w.settle();
    }
    assert_eq!(saved(), None, "no shortcut, kept");
}

/// A screen reader hears the shortcut with the check box that turns it on, whose words end in
/// "with" (reached with Tab, it said "…from any program with" and stopped), and once more in
/// the status line's sentence; the keys drawn beside the check box are not read on their own.
#[test]
fn the_settings_read_the_shortcut_with_its_check_box() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    w.click("Options");
    w.click("Settings…");
    for status in [
        zweifaktor::app::shortcut::ShortcutStatus::Active,
        zweifaktor::app::shortcut::ShortcutStatus::NoPortal,
    ] {
        w.harness.state_mut().set_shortcut_status(status);
        w.settle();
        let check_box = w
            .harness
            .query_all_by_role(Role::CheckBox)
            .filter_map(|n| n.accesskit_node().label())
            .find(|label| label.starts_with("Open the quick pick"));
        assert_eq!(
            check_box.as_deref(),
            Some("Open the quick pick from any program with Ctrl+Alt+Z")
        );
        let alone = w
            .harness
            .query_all_by_label("Ctrl+Alt+Z")
            .filter(|node| !node.accesskit_node().is_hidden())
            .count();
        assert_eq!(alone, 0, "the keys beside it are not read again");
    }
    let heard: Vec<String> = w
        .harness
        .query_all_by_label_contains("Ctrl+Alt+Z")
        .filter(|node| !node.accesskit_node().is_hidden())
        // A label's text is its AccessKit value.
        .filter_map(|node| node.accesskit_node().value())
        .collect();
    assert!(
        heard.is_empty(),
        "NoPortal: no sentence names it: {heard:?}"
    );
}

/// A row and the toolbar as a screen reader meets them, each thing once and as what it is:
/// clipboard mode is a toggle button whether on or off, the seconds beside the countdown are
/// not read again after the meter, the "+" button's tooltip does not repeat its name, the
/// Lock menu item is not named with the keys it also has as its shortcut.
#[test]
fn a_rows_controls_are_read_once_and_as_what_they_are() {
    use egui::accesskit::{Role, Toggled};
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)]);
    let mode = "Clipboard mode for Citrix";
    let toggled = |w: &Window| w.harness.get_by_label(mode).accesskit_node().toggled();
    assert_eq!(toggled(&w), Some(Toggled::False), "off: a toggle button");
    w.click(mode);
    assert_eq!(toggled(&w), Some(Toggled::True), "on");
    // "29 s" and the like: the seconds drawn beside each countdown meter.
    let is_seconds = |text: &str| {
        text.strip_suffix(" s")
            .is_some_and(|n| n.parse::<u32>().is_ok())
    };
    let seconds: Vec<bool> = w
        .harness
        .query_all_by_role(Role::Label)
        .filter(|n| {
            let node = n.accesskit_node();
            node.value()
                .or(node.label())
                .is_some_and(|t| is_seconds(&t))
        })
        .map(|n| n.accesskit_node().is_hidden())
        .collect();
    assert!(!seconds.is_empty(), "the seconds are drawn");
    assert!(
        seconds.iter().all(|hidden| *hidden),
        "the seconds beside the meter are not read again"
    );
    assert_eq!(
        w.harness
            .get_by_label("Add procedure")
            .accesskit_node()
            .description(),
        None,
        "the tooltip does not repeat the name"
    );
    w.click("Options");
    let lock_items: Vec<String> = w
        .harness
        .query_all_by_role(Role::MenuItem)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|label| label.starts_with("Lock"))
        .map(|label| label.to_string())
        .collect();
    assert_eq!(lock_items, ["Lock"], "named without its keys");
}
