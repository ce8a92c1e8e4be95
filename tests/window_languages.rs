//! The window in German and in English: the main flow — first start, setting the master
//! password, adding a procedure, copying its code, locking, a wrong password with attempts
//! left — with the texts a user of each language reads, and the language chosen in the
//! Options switching the window at once. Each test chooses the language of this test binary
//! (one loader for the whole process), so they take turns.

mod common;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zweifaktor::app::AppEnv;
use zweifaktor::app::clipboard::MemoryClipboard;
use zweifaktor::i18n;
use zweifaktor::ui::Window as AppWindow;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::config::ConfigStore;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const T0: u64 = 1_800_000_000;
const NEW_PASSWORD: &str = "Sicher-2026-Tresor";

/// One language at a time in this binary.
static LANGUAGE: Mutex<()> = Mutex::new(());

fn speaking(code: &str) -> MutexGuard<'static, ()> {
    let guard = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    i18n::apply(Some(code));
    guard
}

/// What a user reads and clicks on, in one language: literal texts, so that a missing or
/// wrong translation fails here.
struct Words {
    welcome: &'static str,
    first_installation: &'static str,
    continue_: &'static str,
    set_password: &'static str,
    password: &'static str,
    repeat_password: &'static str,
    add_procedure: &'static str,
    name: &'static str,
    secret: &'static str,
    save: &'static str,
    copy_citrix: &'static str,
    clipboard_content: &'static str,
    lock: &'static str,
    locked_notice: &'static str,
    master_password: &'static str,
    wrong_password: &'static str,
    options: &'static str,
    settings: &'static str,
}

const GERMAN: Words = Words {
    welcome: "Willkommen bei Zweifaktor",
    first_installation: "Erstinstallation",
    continue_: "Weiter",
    set_password: "Kennwort festlegen",
    password: "Kennwort",
    repeat_password: "Kennwortwiederholung",
    add_procedure: "Verfahren hinzufügen",
    name: "Name",
    secret: "Token (bzw. Geheimschlüssel)",
    save: "Speichern",
    copy_citrix: "Code von Citrix kopieren",
    clipboard_content: "Aktueller Inhalt der Zwischenablage: ",
    lock: "Sperren",
    locked_notice: "Die Anwendung wurde aus Sicherheitsgründen gesperrt.",
    master_password: "Kennwort",
    wrong_password: "Falsches Kennwort. Noch 9 Fehlversuche, dann werden die Geheimschlüssel gelöscht.",
    options: "Optionen",
    settings: "Einstellungen…",
};

const ENGLISH: Words = Words {
    welcome: "Welcome to Zweifaktor",
    first_installation: "First installation",
    continue_: "Continue",
    set_password: "Set the master password",
    password: "Password",
    repeat_password: "Repeat the password",
    add_procedure: "Add procedure",
    name: "Name",
    secret: "Secret (token)",
    save: "Save",
    copy_citrix: "Copy code of Citrix",
    clipboard_content: "Current clipboard content: ",
    lock: "Lock",
    locked_notice: "The application was locked for security reasons.",
    master_password: "Master password",
    wrong_password: "Wrong password. 9 more wrong attempts and the secrets are erased.",
    options: "Options",
    settings: "Settings…",
};

struct Window {
    harness: Harness<'static, AppWindow>,
    clipboard: MemoryClipboard,
    dir: tempfile::TempDir,
}

/// A first start: no settings, no vault; the default folder in a temporary folder.
fn first_start() -> Window {
    let dir = tempfile::tempdir().unwrap();
    let clipboard = MemoryClipboard::default();
    let env = AppEnv {
        clock: Arc::new(FakeClock::at(T0)),
        clipboard: Box::new(clipboard.clone()),
        config_store: ConfigStore::at(dir.path().join("config.json")),
        vault_override: None,
        kdf: cheap_kdf(),
        default_folder: Some(dir.path().join("Zweifaktor")),
        screen_capture: zweifaktor::app::import::system_screen(),
        file_chooser: Arc::new(|question| panic!("no file dialog expected: {question:?}")),
        autostart: zweifaktor::autostart::Autostart::in_folder(
            &dir.path().join("autostart"),
            std::path::Path::new("/usr/bin/zweifaktor"),
        ),
    };
    let harness = Harness::builder()
        .with_size(egui::vec2(640.0, 900.0))
        .build_ui_state(
            |ui, window: &mut AppWindow| window.show(ui),
            AppWindow::new(env),
        );
    Window {
        harness,
        clipboard,
        dir,
    }
}

/// A first start through to the empty list, in the language spoken now (the main flow reads
/// these steps' words itself).
fn past_the_first_start() -> Window {
    let mut w = first_start();
    w.settle();
    w.click(&zweifaktor::fl!("win-first-installation"));
    w.click(&zweifaktor::fl!("win-continue"));
    w.type_into(&zweifaktor::fl!("win-password"), NEW_PASSWORD);
    w.type_into(&zweifaktor::fl!("win-repeat-password"), NEW_PASSWORD);
    w.press_enter();
    w
}

impl Window {
    fn settle(&mut self) {
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

    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.settle();
    }

    fn type_into(&mut self, label: &str, text: &str) {
        self.harness.get_by_label(label).click();
        self.settle();
        self.harness.get_by_label(label).type_text(text);
        self.settle();
    }

    fn press_enter(&mut self) {
        self.harness.key_press(egui::Key::Enter);
        self.settle();
    }

    fn has(&self, label: &str) -> bool {
        window_queries::only_one(label, self.harness.query_all_by_label(label))
    }

    fn has_text(&self, part: &str) -> bool {
        self.harness.query_by_label_contains(part).is_some()
    }

    /// Whether some node says `part` (an error in a dialog is also its announcement).
    fn says(&self, part: &str) -> bool {
        self.harness
            .query_all_by_label_contains(part)
            .next()
            .is_some()
    }
}

/// First start to a wrong password, reading `words` on the way.
fn main_flow(words: &Words) {
    let mut w = first_start();
    w.settle();
    assert!(w.has(words.welcome));
    w.click(words.first_installation);
    w.click(words.continue_);
    assert!(w.has(words.set_password));
    w.type_into(words.password, NEW_PASSWORD);
    w.type_into(words.repeat_password, NEW_PASSWORD);
    w.press_enter();

    w.click(words.add_procedure);
    w.type_into(words.name, "Citrix");
    w.type_into(words.secret, RFC_SECRET);
    w.click(words.save);
    w.click(words.copy_citrix);
    let code = w.clipboard.contents().expect("the code was copied");
    assert_eq!(code.len(), 6);
    // Screen readers hear the code digit by digit.
    let spoken = window_queries::spoken(&code);
    assert!(w.has(&format!("{}{spoken}", words.clipboard_content)));

    w.click(words.lock);
    assert!(w.has_text(words.locked_notice));
    w.type_into(words.master_password, "falsch");
    w.press_enter();
    assert!(w.has(words.wrong_password), "{}", words.wrong_password);
    drop(w.dir);
}

#[test]
fn the_main_flow_in_german() {
    let _german = speaking("de");
    main_flow(&GERMAN);
}

#[test]
fn the_main_flow_in_english() {
    let _english = speaking("en");
    main_flow(&ENGLISH);
}

/// Help → About in German: the licence expression's "OR" in German too (on main "Lizenz: MIT
/// OR Apache-2.0", the one English word left in the German window), and the manual names
/// the quick pick's keys.
#[test]
fn the_german_about_and_manual_leave_no_english_word() {
    let _german = speaking("de");
    let mut w = past_the_first_start();
    w.click("Hilfe");
    w.click("Über Zweifaktor");
    assert!(w.has("Lizenz: MIT oder Apache-2.0"));
    w.harness.key_press(egui::Key::Escape);
    w.settle();
    w.click("Hilfe");
    w.click("Handbuch");
    assert!(w.has("Schnellauswahl"), "a section of its own");
    assert!(w.has_text("Umschalt+Eingabetaste schaltet den Zwischenablage-Modus"));
    drop(w.dir);
}

/// Options → Settings: choosing English in a German window switches every text at once —
/// the dialog itself too — and is remembered; "System" follows the system's language again.
#[test]
fn a_language_chosen_in_the_settings_switches_the_window_at_once_and_is_remembered() {
    let _german = speaking("de");
    let mut w = past_the_first_start();
    w.click(GERMAN.options);
    w.click(GERMAN.settings);
    assert!(w.has("Sprache"));
    w.click("English");
    assert!(
        w.has("Language") && w.has("Settings"),
        "the dialog speaks English"
    );
    assert!(!w.has("Sprache"));
    let store = ConfigStore::at(w.dir.path().join("config.json"));
    assert_eq!(store.load().language.as_deref(), Some("en"));
    w.click("Close");
    assert!(
        w.has(ENGLISH.options) && w.has(ENGLISH.lock),
        "the window speaks English"
    );

    w.click(ENGLISH.options);
    w.click(ENGLISH.settings);
    let system = format!("System ({})", i18n::system_language().own_name);
    w.click(&system);
    assert_eq!(store.load().language, None, "the system's language again");
}

/// What a German user reads when an export cannot be imported, or one of its entries: the
/// importer's reason in German, with the file's own words (a field, a version) kept.
#[test]
fn the_import_dialog_says_in_german_why_a_file_or_an_entry_cannot_be_imported() {
    let _german = speaking("de");
    let mut w = past_the_first_start();

    let spoil = |folder: &str, file: &str, from: &str, to: &str| {
        let original = String::from_utf8(common::expected::read_testdata(folder, file)).unwrap();
        let spoiled = original.replacen(from, to, 1);
        assert_ne!(spoiled, original, "{file}: {from:?} is in the fixture");
        let path = w.dir.path().join(file);
        std::fs::write(&path, spoiled).unwrap();
        path.display().to_string()
    };
    let odd_entry = spoil(
        "steam",
        "steam.json",
        "\"shared_secret\":\"",
        "\"shared_secret\":\"!",
    );
    let newer = spoil(
        "2fas",
        "2fas_authenticator.json",
        "\"schemaVersion\": 1,",
        "\"schemaVersion\": 9,",
    );

    w.click("Optionen");
    w.click("Importieren…");
    w.type_into("Exportdatei", &odd_entry);
    w.click("Datei lesen");
    assert!(
        w.says("kann nicht importiert werden („shared_secret“ ist kein gültiges Base64)"),
        "the skipped entry's reason in German"
    );
    w.click("Abbrechen");

    w.click("Optionen");
    w.click("Importieren…");
    w.type_into("Exportdatei", &newer);
    w.click("Datei lesen");
    assert!(
        w.says(
            "Die Datei (Format: 2FAS) enthält etwas, das Zweifaktor nicht lesen kann: sie hat \
             die Version 9; unterstützt werden die Versionen 1 bis 4."
        ),
        "the refusal's reason in German"
    );
    assert!(!w.says("supported"), "no English left");
}

/// "Scan screen" failing in German: our own finding in German, the system's message as it is.
#[test]
fn why_the_screen_cannot_be_read_is_said_in_german() {
    use zweifaktor::app::messages::screen_message;
    use zweifaktor::screen::{ScreenDetail, ScreenError};
    let _german = speaking("de");
    let text = screen_message(&ScreenError::Unavailable(ScreenDetail::NoDesktop));
    assert!(
        text.starts_with(
            "Der Bildschirm kann hier nicht gelesen werden (weder eine Wayland- noch eine \
             X11-Arbeitsumgebung läuft); "
        ),
        "{text}"
    );
    let text = screen_message(&ScreenError::NoPortal(ScreenDetail::NoSessionBus(
        "Connection refused (os error 111)".into(),
    )));
    assert!(
        text.contains("(kein D-Bus-Sitzungsbus: Connection refused (os error 111))"),
        "{text}"
    );
}

/// The German Add dialog at 200 % text: the secret's error, appearing under the last field in
/// view of the scrolled body, is scrolled into view whole, not cut off at the body's bottom
/// above the buttons.
#[test]
fn an_error_in_the_german_add_dialog_at_200_percent_is_scrolled_into_view() {
    let _german = speaking("de");
    let v = vault_with(&[]);
    let dir = tempfile::tempdir().unwrap();
    let store = ConfigStore::at(dir.path().join("config.json"));
    let config = zweifaktor_core::config::Config {
        text_scale: 2.0,
        ..Default::default()
    };
    store.save(&config).unwrap();
    let env = AppEnv {
        clock: Arc::new(FakeClock::at(T0)),
        clipboard: Box::new(MemoryClipboard::default()),
        config_store: store,
        vault_override: Some(v.path()),
        kdf: cheap_kdf(),
        default_folder: None,
        screen_capture: zweifaktor::app::import::system_screen(),
        file_chooser: Arc::new(|question| panic!("no file dialog expected: {question:?}")),
        autostart: zweifaktor::autostart::Autostart::in_folder(
            &dir.path().join("autostart"),
            std::path::Path::new("/usr/bin/zweifaktor"),
        ),
    };
    // The window's opening size, as the window system gives it.
    let harness = Harness::builder()
        .with_size(egui::Vec2::from(zweifaktor::desktop::WINDOW_SIZE))
        .build_ui_state(
            |ui, window: &mut AppWindow| window.show(ui),
            AppWindow::new(env),
        );
    let mut w = Window {
        harness,
        clipboard: MemoryClipboard::default(),
        dir,
    };
    w.settle();
    w.type_into(GERMAN.master_password, PASSWORD);
    w.press_enter();
    w.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    w.settle();
    w.type_into("Name", "Intranet");
    w.type_into("Token (bzw. Geheimschlüssel)", "JBSWY3DP1EHPK");
    // Scrolling takes a few frames.
    for _ in 0..10 {
        w.settle();
    }
    let error = w
        .harness
        .get_by_label_contains("Der Geheimschlüssel enthält")
        .rect();
    let save = w.harness.get_by_label("Speichern").rect();
    // The field being typed in stays in view too, under the dialog's title.
    let title = w
        .harness
        .get_by_role_and_label(egui::accesskit::Role::Heading, "Verfahren hinzufügen")
        .rect();
    let field = w
        .harness
        .get_by_role_and_label(
            egui::accesskit::Role::TextInput,
            "Token (bzw. Geheimschlüssel)",
        )
        .rect();
    assert!(field.top() >= title.bottom(), "{field:?} under {title:?}");
    assert!(
        error.bottom() <= save.top(),
        "the error ends at {} under the buttons' top {}",
        error.bottom(),
        save.top()
    );
}

/// The toolbar's search field leaves room for the Lock button as wide as its word is in each
/// language: "Vergrendelen" ran under the field in Dutch when the room was fixed for "Lock".
#[test]
fn the_search_field_and_the_lock_button_do_not_overlap_in_any_language() {
    for code in ["de", "en", "nl", "sv"] {
        let _speaking = speaking(code);
        let w = past_the_first_start();
        let lock = w.harness.get_by_label(&zweifaktor::fl!("win-lock")).rect();
        let search = w
            .harness
            .get_by_role(egui::accesskit::Role::TextInput)
            .rect();
        assert!(
            search.right() <= lock.left(),
            "{code}: the search field ({search:?}) reaches into the Lock button ({lock:?})"
        );
        drop(w.dir);
    }
}

/// Start at login that cannot be set up says why in German — the reason too, not only the
/// sentence around it.
#[test]
fn why_start_at_login_could_not_be_changed_is_said_in_german() {
    let _german = speaking("de");
    let mut w = past_the_first_start();
    // A file where the autostart folder should be.
    std::fs::write(w.dir.path().join("autostart"), b"im Weg").unwrap();
    w.click(GERMAN.options);
    w.click(GERMAN.settings);
    w.click("Bei der Anmeldung starten");
    w.settle();
    assert!(
        w.says("Der Start bei der Anmeldung konnte nicht geändert werden: "),
        "the sentence"
    );
    assert!(w.says("kann nicht geschrieben werden"), "the reason");
    assert!(!w.says("cannot write"), "no English reason");
}

/// A wrong otpauth link pasted into the German Add dialog's secret field: the reason in
/// German, with no English word of the parser's left in it.
#[test]
fn a_wrong_otpauth_link_pasted_into_the_german_add_dialog_says_why_in_german() {
    let _german = speaking("de");
    let mut w = past_the_first_start();
    for (link, reason) in [
        (
            "otpauth:///Intranet?secret=JBSWY3DPEHPK3PXP",
            "Dieser otpauth-Link kann nicht verwendet werden: kein otpauth-Link: nach \
             otpauth:// fehlt die Code-Art (totp, hotp oder steam)",
        ),
        (
            "otpauth://totp:99999/Intranet?secret=JBSWY3DPEHPK3PXP",
            "Dieser otpauth-Link kann nicht verwendet werden: kein otpauth-Link: der Text kann \
             nicht als Link gelesen werden (die Portnummer ist ungültig)",
        ),
    ] {
        w.click(GERMAN.add_procedure);
        w.type_into(GERMAN.secret, link);
        assert!(w.says(reason), "{link}: the reason in German");
        assert!(
            !w.says("cannot") && !w.says("invalid port"),
            "no English left"
        );
        w.click("Abbrechen");
    }
}

/// The system's reasons behind "Scan screen" and "Start at login" in German: a screenshot file
/// the system will not give, or one that is no image, and an autostart entry that cannot be
/// written — never std's English.
#[test]
fn the_system_s_reasons_behind_the_screen_and_start_at_login_are_german() {
    use std::io::{Error, ErrorKind};
    use zweifaktor::app::messages::{autostart_reason, screen_message};
    use zweifaktor::autostart::AutostartError;
    use zweifaktor::screen::{IoCause, ScreenDetail, ScreenError};
    let _german = speaking("de");
    let shot = std::path::PathBuf::from("/tmp/Bildschirmfoto.png");
    let text = screen_message(&ScreenError::Failed(ScreenDetail::Unreadable {
        path: shot.clone(),
        reason: IoCause::from(&Error::from(ErrorKind::PermissionDenied)),
    }));
    assert!(
        text.contains("/tmp/Bildschirmfoto.png kann nicht gelesen werden: keine Berechtigung"),
        "{text}"
    );
    let text = screen_message(&ScreenError::Failed(ScreenDetail::Unreadable {
        path: shot.clone(),
        // ENOLINK: a kind of its own std does not have; said by its number.
        reason: IoCause::from(&Error::from_raw_os_error(67)),
    }));
    assert!(text.contains("Systemfehler 67"), "{text}");
    assert!(!text.contains("severed"), "{text}");
    let text = screen_message(&ScreenError::Failed(ScreenDetail::NotAnImage {
        path: shot,
        reason: zweifaktor_core::qr::QrError::NotAnImage,
    }));
    assert!(text.contains("kein PNG- oder JPEG-Bild"), "{text}");
    let text = autostart_reason(&AutostartError::Write {
        path: "/home/jo/.config/autostart/zweifaktor.desktop".into(),
        source: Error::from(ErrorKind::QuotaExceeded),
    });
    assert!(
        text.contains("Speicherkontingent ist ausgeschöpft"),
        "{text}"
    );
    assert!(!text.contains("quota"), "{text}");
}

/// Why the system would not give the global shortcut, in German: the keyboard's missing key,
/// an X server out of reach with the system's reason in German words, not X11's English.
#[test]
fn the_system_s_reasons_for_refusing_the_shortcut_are_german() {
    use std::io::{Error, ErrorKind};
    use zweifaktor::app::messages::shortcut_refusal;
    use zweifaktor::app::shortcut::ShortcutRefusal;
    use zweifaktor::screen::IoCause;
    let _german = speaking("de");
    assert_eq!(
        shortcut_refusal(&ShortcutRefusal::NoSuchKey),
        "diese Tastatur hat keine solche Taste"
    );
    let text = shortcut_refusal(&ShortcutRefusal::X11Unreachable(IoCause::from(
        &Error::from(ErrorKind::ConnectionRefused),
    )));
    assert!(
        text.starts_with("der X-Server ist nicht erreichbar: "),
        "{text}"
    );
    assert!(!text.contains("refused"), "{text}");
    assert!(
        shortcut_refusal(&ShortcutRefusal::X11Refused).contains("keine Berechtigung"),
        "X11 said no to our connection"
    );
}
