//! The tray icon on Linux, as a desktop's tray sees it: the real program on a private X server
//! and a private D-Bus session bus, where this test plays the desktop's StatusNotifierWatcher
//! (served with zbus). The program's StatusNotifierItem registers there; its
//! com.canonical.dbusmenu menu is read (GetLayout) and clicked (Event) as a tray host does.
//! Without a watcher (a desktop with no tray) closing the window must quit, as before.
//!
//! Needs: xvfb, xdotool, xclip, dbus-daemon (`.ci/run` installs them).
#![cfg(target_os = "linux")]

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::process;
use common::session_bus::Bus;
use common::x11_close;
use common::xdotool::{visible_window, xdotool};
use common::xvfb::Xvfb;
use common::*;
use zbus::zvariant::{OwnedValue, Value};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// The desktop's StatusNotifierWatcher, with a host registered: it notes who registers.
struct Watcher {
    items: Arc<Mutex<Vec<String>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(&self, service: String) {
        self.items.lock().unwrap().push(service);
    }

    fn register_status_notifier_host(&self, _service: String) {}

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items.lock().unwrap().clone()
    }
}

fn serve_watcher(bus: &Bus) -> (zbus::blocking::Connection, Arc<Mutex<Vec<String>>>) {
    let items = Arc::new(Mutex::new(Vec::new()));
    let conn = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .unwrap()
        .name("org.kde.StatusNotifierWatcher")
        .unwrap()
        .serve_at(
            "/StatusNotifierWatcher",
            Watcher {
                items: items.clone(),
            },
        )
        .unwrap()
        .build()
        .expect("serve the watcher");
    (conn, items)
}

/// One entry of the menu as the tray host gets it.
#[derive(Debug)]
struct Entry {
    id: i32,
    label: String,
    enabled: bool,
    separator: bool,
}

/// The item's menu: its top-level entries.
fn menu(conn: &zbus::blocking::Connection, item: &str) -> Vec<Entry> {
    let reply = conn
        .call_method(
            Some(item),
            "/MenuBar",
            Some("com.canonical.dbusmenu"),
            "GetLayout",
            &(0i32, -1i32, Vec::<String>::new()),
        )
        .expect("GetLayout");
    type Layout = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);
    let (_revision, (_, _, children)): (u32, Layout) =
        reply.body().deserialize().expect("a dbusmenu layout");
    children
        .into_iter()
        .map(|child| {
            let (id, properties, _): Layout = child.try_into().expect("a menu entry");
            let text = |key: &str| {
                properties
                    .get(key)
                    .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
            };
            Entry {
                id,
                label: shown_label(&text("label").unwrap_or_default()),
                enabled: properties
                    .get("enabled")
                    .and_then(|v| bool::try_from(v).ok())
                    .unwrap_or(true),
                separator: text("type").as_deref() == Some("separator"),
            }
        })
        .collect()
}

/// A label as the tray shows it: "__" is one underscore, a single one marks the access key.
fn shown_label(label: &str) -> String {
    let mut shown = String::new();
    let mut characters = label.chars();
    while let Some(character) = characters.next() {
        match character {
            '_' => shown.extend(characters.next().filter(|&next| next == '_')),
            c => shown.push(c),
        }
    }
    shown
}

fn labels(entries: &[Entry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| match (e.separator, e.enabled) {
            (true, _) => "---".to_owned(),
            (false, true) => e.label.clone(),
            (false, false) => format!("({})", e.label),
        })
        .collect()
}

/// Clicks the entry labelled `label`, as a tray host does when the user chooses it.
fn click(conn: &zbus::blocking::Connection, item: &str, label: &str) {
    let entries = menu(conn, item);
    let entry = entries
        .iter()
        .find(|e| e.label == label)
        .unwrap_or_else(|| panic!("no entry {label:?} in {:?}", labels(&entries)));
    let answer = conn.call_method(
        Some(item),
        "/MenuBar",
        Some("com.canonical.dbusmenu"),
        "Event",
        &(entry.id, "clicked", Value::from(0i32), 0u32),
    );
    match answer {
        Ok(_) => {}
        // Quit may end the program before its answer to the click is sent: the bus then
        // answers NoReply in its place (seen under load; a tray host ignores it too). The
        // callers check that the program ended.
        Err(zbus::Error::MethodError(name, _, _))
            if label == "Quit" && name.as_str() == "org.freedesktop.DBus.Error.NoReply" => {}
        Err(e) => panic!("Event {label:?}: {e}"),
    }
}

struct RunningApp {
    child: Child,
    log: std::path::PathBuf,
}

impl Drop for RunningApp {
    fn drop(&mut self) {
        process::stop(&mut self.child);
    }
}

impl RunningApp {
    fn log(&self) -> String {
        match std::fs::read_to_string(&self.log) {
            Ok(text) if !text.trim().is_empty() => format!("\nthe program printed:\n{text}"),
            _ => String::new(),
        }
    }

    fn exited_within(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        wait_for(limit, || self.child.try_wait().ok().flatten())
    }
}

/// The program on `display` and `bus`, with `config` as its saved settings.
fn start_app(display: &str, bus: &Bus, vault: &Path, home: &Path, config: &str) -> RunningApp {
    let config_dir = home.join("config/zweifaktor");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::write(config_dir.join("config.json"), config).unwrap();
    let log = home.join("app.log");
    let child = Command::new(env!("CARGO_BIN_EXE_zweifaktor"))
        .arg("--vault")
        .arg(vault)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LANG", "C")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("start zweifaktor");
    RunningApp { child, log }
}

/// What a window manager's close button does, from a connection of the test's own.
fn ask_to_close(display: &str, window: u32) {
    let (conn, _) = x11rb::connect(Some(display)).expect("connect to Xvfb");
    x11_close::ask_to_close(&conn, window);
}

fn read_clipboard(display: &str) -> Option<String> {
    let output = process::output_within(
        Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", display),
        b"",
        Duration::from_secs(5),
    );
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// A private desktop for one test: its own X server and session bus, a vault and a home
/// folder for the program.
struct Desktop {
    display: String,
    bus: Bus,
    vault: TestVault,
    home: tempfile::TempDir,
    _xvfb: Xvfb,
}

/// The first StatusNotifierItem registered with the stand-in watcher, waited for; `missing`
/// says what it means when none comes.
fn first_item(items: &Mutex<Vec<String>>, app: &RunningApp, missing: &str) -> String {
    wait_for(Duration::from_secs(20), || {
        items.lock().unwrap().first().cloned()
    })
    .unwrap_or_else(|| panic!("{missing}{}", app.log()))
}

impl Desktop {
    fn new(procedures: &[(&str, &str)]) -> Desktop {
        let xvfb = xvfb();
        Desktop {
            display: xvfb.display.clone(),
            bus: Bus::start(),
            vault: vault_with(procedures),
            home: tempfile::tempdir().unwrap(),
            _xvfb: xvfb,
        }
    }

    /// The program on this desktop with `config` as its saved settings.
    fn start(&self, config: &str) -> RunningApp {
        start_app(
            &self.display,
            &self.bus,
            &self.vault.path(),
            self.home.path(),
            config,
        )
    }
}

fn xvfb() -> Xvfb {
    Xvfb::start().unwrap_or_else(|_| panic!("this test needs Xvfb: apt-get install xvfb"))
}

#[test]
fn the_tray_menu_copies_codes_and_the_window_closes_into_the_tray_and_comes_back() {
    let desktop = Desktop::new(&[("Citrix_Portal", RFC_SECRET)]);
    let display = desktop.display.clone();
    let (_watcher, items) = serve_watcher(&desktop.bus);
    let mut app = desktop.start(r#"{"keep_in_tray": true}"#);
    let window = wait_for(Duration::from_secs(20), || visible_window(&display))
        .unwrap_or_else(|| panic!("no window{}", app.log()));

    let item = first_item(&items, &app, "no StatusNotifierItem registered");
    let conn = desktop.bus.connect();
    let id: String = conn
        .call_method(
            Some(item.as_str()),
            "/StatusNotifierItem",
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &("org.kde.StatusNotifierItem", "Id"),
        )
        .expect("the item's Id")
        .body()
        .deserialize::<OwnedValue>()
        .ok()
        .and_then(|v| String::try_from(v).ok())
        .unwrap_or_default();
    assert_eq!(id, "zweifaktor");
    // Locked: no names, only "Unlock…"; Lock greyed out.
    assert_eq!(
        labels(&menu(&conn, &item)),
        ["Unlock…", "---", "(Lock)", "Show Zweifaktor", "Quit"]
    );

    xdotool(&display, &["windowfocus", "--sync", &window.to_string()]);
    xdotool(&display, &["type", "--delay", "40", PASSWORD]);
    xdotool(&display, &["key", "Return"]);
    let unlocked = wait_for(Duration::from_secs(20), || {
        let labels = labels(&menu(&conn, &item));
        labels
            .contains(&"Citrix_Portal".to_owned())
            .then_some(labels)
    })
    .unwrap_or_else(|| panic!("the menu never listed the procedure{}", app.log()));
    assert_eq!(
        unlocked,
        [
            "(Copy the code of:)",
            "Citrix_Portal",
            "---",
            "Lock",
            "Show Zweifaktor",
            "Quit"
        ]
    );

    click(&conn, &item, "Citrix_Portal");
    let copied = wait_for(Duration::from_secs(10), || read_clipboard(&display));
    let now = unix_now();
    let expected = [code_at(RFC_SECRET, now), code_at(RFC_SECRET, now - 2)];
    assert!(
        copied.as_ref().is_some_and(|code| expected.contains(code)),
        "the clipboard holds {copied:?}, not the current code {expected:?}{}",
        app.log()
    );

    // Closed: the window goes, the program stays in the tray.
    ask_to_close(&display, window);
    assert!(
        wait_for(Duration::from_secs(10), || visible_window(&display)
            .is_none()
            .then_some(()))
        .is_some(),
        "the window {window} stayed open (visible: {:?}, exited: {:?}){}",
        visible_window(&display),
        app.child.try_wait(),
        app.log()
    );
    assert!(
        app.exited_within(Duration::from_secs(1)).is_none(),
        "still running"
    );
    click(&conn, &item, "Show Zweifaktor");
    assert!(
        wait_for(Duration::from_secs(20), || visible_window(&display)).is_some(),
        "Show brought no window back{}",
        app.log()
    );

    click(&conn, &item, "Quit");
    let status = app
        .exited_within(Duration::from_secs(20))
        .unwrap_or_else(|| panic!("Quit did not end the program{}", app.log()));
    assert!(status.success(), "exit status {status}{}", app.log());
}

#[test]
fn without_a_tray_closing_the_window_quits_even_when_asked_to_keep_running() {
    // A session bus without a StatusNotifierWatcher: a desktop with no tray.
    let desktop = Desktop::new(&[("Citrix", RFC_SECRET)]);
    let display = desktop.display.clone();
    let mut app = desktop.start(r#"{"keep_in_tray": true, "start_minimised": true}"#);
    // Started minimised, but with no tray to come back through the window shows.
    let window = wait_for(Duration::from_secs(20), || visible_window(&display))
        .unwrap_or_else(|| panic!("no window{}", app.log()));
    // The tray's answer comes after the first frame: give it time to arrive.
    std::thread::sleep(Duration::from_secs(2));
    ask_to_close(&display, window);
    let status = app
        .exited_within(Duration::from_secs(20))
        .unwrap_or_else(|| panic!("closing did not quit without a tray{}", app.log()));
    assert!(status.success(), "exit status {status}{}", app.log());
}

#[test]
fn started_minimised_the_window_waits_in_the_tray() {
    let desktop = Desktop::new(&[("Citrix", RFC_SECRET)]);
    let display = desktop.display.clone();
    let (_watcher, items) = serve_watcher(&desktop.bus);
    let mut app = desktop.start(r#"{"keep_in_tray": true, "start_minimised": true}"#);
    let item = first_item(&items, &app, "no StatusNotifierItem registered");
    // Past the wait for the tray's answer: still no window.
    std::thread::sleep(Duration::from_secs(6));
    assert_eq!(visible_window(&display), None, "{}", app.log());
    let conn = desktop.bus.connect();
    click(&conn, &item, "Unlock…");
    assert!(
        wait_for(Duration::from_secs(20), || visible_window(&display)).is_some(),
        "Unlock… brought no window{}",
        app.log()
    );
    click(&conn, &item, "Quit");
    assert!(app.exited_within(Duration::from_secs(20)).is_some());
}

/// Started at login before the desktop's panel: the tray that appears a moment later gets the
/// icon, and closing the window then keeps the program in it.
#[test]
fn a_tray_that_appears_after_the_start_gets_the_icon() {
    let desktop = Desktop::new(&[("Citrix", RFC_SECRET)]);
    let display = desktop.display.clone();
    let mut app = desktop.start(r#"{"keep_in_tray": true}"#);
    let window = wait_for(Duration::from_secs(20), || visible_window(&display))
        .unwrap_or_else(|| panic!("no window{}", app.log()));
    // The program has looked for a tray and found none.
    std::thread::sleep(Duration::from_secs(2));
    let (_watcher, items) = serve_watcher(&desktop.bus);
    let item = first_item(&items, &app, "the tray that came later got no icon");
    ask_to_close(&display, window);
    assert!(
        wait_for(Duration::from_secs(20), || visible_window(&display)
            .is_none()
            .then_some(()))
        .is_some(),
        "the window did not close{}",
        app.log()
    );
    assert_eq!(
        app.exited_within(Duration::from_secs(2)),
        None,
        "closing quit although the tray is there now{}",
        app.log()
    );
    let conn = desktop.bus.connect();
    click(&conn, &item, "Quit");
    assert!(app.exited_within(Duration::from_secs(20)).is_some());
}

/// In the tray, the global shortcut brings the quick pick (the password first: the vault is
/// locked); Enter copies the chosen code and the window goes back into the tray, not into the
/// taskbar where it never was.
#[test]
fn the_shortcut_from_the_tray_opens_the_quick_pick_and_enter_puts_the_window_back_there() {
    let desktop = Desktop::new(&[("Citrix", RFC_SECRET)]);
    let display = desktop.display.clone();
    let (_watcher, items) = serve_watcher(&desktop.bus);
    let mut app = desktop.start(r#"{"keep_in_tray": true, "start_minimised": true}"#);
    let item = first_item(&items, &app, "no StatusNotifierItem registered");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(visible_window(&display), None, "{}", app.log());
    xdotool(&display, &["key", "ctrl+alt+z"]);
    let window = wait_for(Duration::from_secs(20), || visible_window(&display))
        .unwrap_or_else(|| panic!("the shortcut brought no window{}", app.log()));
    xdotool(&display, &["windowfocus", "--sync", &window.to_string()]);
    xdotool(&display, &["type", "--delay", "40", PASSWORD]);
    xdotool(&display, &["key", "Return"]);
    // The unlock runs in the background; then the quick pick takes Enter.
    std::thread::sleep(Duration::from_secs(3));
    xdotool(&display, &["key", "Return"]);
    let copied = wait_for(Duration::from_secs(5), || read_clipboard(&display));
    let now = unix_now();
    let expected = [code_at(RFC_SECRET, now), code_at(RFC_SECRET, now - 2)];
    assert!(
        copied.as_ref().is_some_and(|code| expected.contains(code)),
        "the clipboard holds {copied:?}, not Citrix's code{}",
        app.log()
    );
    assert!(
        wait_for(Duration::from_secs(5), || visible_window(&display)
            .is_none()
            .then_some(()))
        .is_some(),
        "the window went back into the tray{}",
        app.log()
    );
    let conn = desktop.bus.connect();
    click(&conn, &item, "Quit");
    assert!(app.exited_within(Duration::from_secs(20)).is_some());
}
