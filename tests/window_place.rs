//! The real window on a private X server remembers where the user put it: moved and resized,
//! it is there again at the next start; a place remembered on a monitor that is gone (a laptop
//! out of its docking station) brings it back onto the screen there is, no bigger than it.
//!
//! Needs: xvfb, xdotool (`.ci/run` installs them).
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::process;
use common::x11_close::{ask_to_close, atom};
use common::xdotool::{visible_window, xdotool};
use common::xvfb::Xvfb;
use common::*;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, Window};
use zweifaktor_core::config::{Config, ConfigStore};
use zweifaktor_core::window_place::WindowPlace;

/// The Xvfb screen of these tests.
const SCREEN: (i32, i32) = (1024, 768);

struct RunningApp(Child);

impl Drop for RunningApp {
    fn drop(&mut self) {
        process::stop(&mut self.0);
    }
}

fn settings(home: &Path) -> ConfigStore {
    ConfigStore::at(home.join("config/zweifaktor/config.json"))
}

fn start(display: &str, vault: &Path, home: &Path) -> RunningApp {
    start_with(display, vault, home, &[])
}

fn start_with(display: &str, vault: &Path, home: &Path, vars: &[(&str, &str)]) -> RunningApp {
    RunningApp(
        Command::new(env!("CARGO_BIN_EXE_zweifaktor"))
            .envs(vars.iter().copied())
            .arg("--vault")
            .arg(vault)
            .env("DISPLAY", display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(home.join("app.log")).expect("log file"))
            .spawn()
            .expect("start zweifaktor"),
    )
}

fn find_window(display: &str, home: &Path) -> Window {
    wait_for(Duration::from_secs(20), || visible_window(display))
        .unwrap_or_else(|| panic!("no window titled Zweifaktor appeared{}", app_log(home)))
}

/// The window's corner on the screen and its size, in pixels.
fn geometry(conn: &impl Connection, window: Window) -> (i32, i32, i32, i32) {
    let geometry = conn
        .get_geometry(window)
        .expect("ask")
        .reply()
        .expect("geometry");
    let root = conn
        .translate_coordinates(window, geometry.root, 0, 0)
        .expect("ask")
        .reply()
        .expect("coordinates");
    (
        i32::from(root.dst_x),
        i32::from(root.dst_y),
        i32::from(geometry.width),
        i32::from(geometry.height),
    )
}

fn app_log(home: &Path) -> String {
    match std::fs::read_to_string(home.join("app.log")) {
        Ok(text) if !text.trim().is_empty() => format!("\nthe program printed:\n{text}"),
        _ => String::new(),
    }
}

fn close(app: &mut RunningApp, conn: &impl Connection, window: Window) {
    ask_to_close(conn, window);
    let status = wait_for(Duration::from_secs(10), || app.0.try_wait().ok().flatten())
        .expect("the program exits after the window was closed");
    assert!(status.success(), "exit status {status}");
}

#[test]
fn a_moved_and_resized_window_opens_there_again_at_the_next_start() {
    let xvfb =
        Xvfb::start().unwrap_or_else(|_| panic!("this test needs Xvfb (apt-get install xvfb)"));
    let display = xvfb.display.clone();
    let vault = vault_with(&[("Citrix Portal", "JBSWY3DPEHPK3PXP")]);
    let home = tempfile::tempdir().expect("home");
    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");

    let mut app = start(&display, &vault.path(), home.path());
    let window = find_window(&display, home.path());
    xdotool(&display, &["windowsize", &window.to_string(), "600", "560"]);
    xdotool(&display, &["windowmove", &window.to_string(), "130", "90"]);
    let moved = WindowPlace {
        x: 130,
        y: 90,
        width: 600,
        height: 560,
        maximized: false,
    };
    // Remembered once the move has settled, before the window closes.
    let saved = wait_for(Duration::from_secs(5), || {
        settings(home.path())
            .load()
            .window_place
            .filter(|place| *place == moved)
    });
    assert_eq!(
        saved,
        Some(moved),
        "the settled place is in the settings{}",
        app_log(home.path())
    );
    close(&mut app, &conn, window);

    let mut app = start(&display, &vault.path(), home.path());
    let window = find_window(&display, home.path());
    assert_eq!(
        geometry(&conn, window),
        (130, 90, 600, 560),
        "the window opens where it was left{}",
        app_log(home.path())
    );
    close(&mut app, &conn, window);
}

#[test]
fn a_window_remembered_on_a_monitor_that_is_gone_opens_on_the_screen_no_bigger_than_it() {
    let xvfb =
        Xvfb::start().unwrap_or_else(|_| panic!("this test needs Xvfb (apt-get install xvfb)"));
    let display = xvfb.display.clone();
    let vault = vault_with(&[("Citrix Portal", "JBSWY3DPEHPK3PXP")]);
    let home = tempfile::tempdir().expect("home");
    // Left on a big second monitor, right of this screen.
    settings(home.path())
        .save(&Config {
            window_place: Some(WindowPlace {
                x: 2500,
                y: 300,
                width: 700,
                height: 1400,
                maximized: false,
            }),
            ..Config::default()
        })
        .expect("settings written");
    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");

    let mut app = start(&display, &vault.path(), home.path());
    let window = find_window(&display, home.path());
    let (x, y, width, height) = geometry(&conn, window);
    assert_eq!(
        (width, height),
        (700, SCREEN.1),
        "as wide as it was, as high as the screen"
    );
    assert!(
        x >= 0 && y >= 0 && x + width <= SCREEN.0 && y + height <= SCREEN.1,
        "the window at {x},{y} ({width}×{height}) is wholly on the {SCREEN:?} screen{}",
        app_log(home.path())
    );
    assert_eq!(x, (SCREEN.0 - 700) / 2, "centred");
    close(&mut app, &conn, window);
}

/// A laptop's 1920×1080 screen at a scale of 2 has 960×540 points: the first window (520×640
/// points) would be 1280 pixels high, its status line and buttons below the screen's edge. It
/// opens as high as the screen instead, wholly on it.
#[test]
fn the_first_window_on_a_small_hidpi_screen_is_no_bigger_than_the_screen() {
    let xvfb = Xvfb::start_with(&["-screen", "0", "1920x1080x24"])
        .unwrap_or_else(|_| panic!("this test needs Xvfb (apt-get install xvfb)"));
    let display = xvfb.display.clone();
    let vault = vault_with(&[("Citrix Portal", "JBSWY3DPEHPK3PXP")]);
    let home = tempfile::tempdir().expect("home");
    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");
    let mut app = start_with(
        &display,
        &vault.path(),
        home.path(),
        &[("WINIT_X11_SCALE_FACTOR", "2")],
    );
    let window = find_window(&display, home.path());
    let (x, y, width, height) = geometry(&conn, window);
    assert_eq!(
        (width, height),
        (1040, 1080),
        "520 points wide at scale 2, as high as the screen{}",
        app_log(home.path())
    );
    assert!(x >= 0 && y >= 0 && x + width <= 1920 && y + height <= 1080);
    close(&mut app, &conn, window);
}

/// The global shortcut pressed while the window is behind others: the quick pick comes where
/// the user is, centred on the pointer's monitor; the window's own place stays the remembered
/// one (the move was not the user's).
#[test]
fn the_shortcut_brings_a_background_window_centred_on_the_pointers_monitor() {
    let xvfb =
        Xvfb::start().unwrap_or_else(|_| panic!("this test needs Xvfb (apt-get install xvfb)"));
    let display = xvfb.display.clone();
    let vault = vault_with(&[("Citrix Portal", "JBSWY3DPEHPK3PXP")]);
    let home = tempfile::tempdir().expect("home");
    let own = WindowPlace {
        x: 0,
        y: 0,
        width: 520,
        height: 640,
        maximized: false,
    };
    settings(home.path())
        .save(&Config {
            window_place: Some(own),
            ..Config::default()
        })
        .expect("settings written");
    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");
    let mut app = start(&display, &vault.path(), home.path());
    let window = find_window(&display, home.path());
    assert_eq!(geometry(&conn, window), (0, 0, 520, 640));
    // The shortcut is set up once the first frame is shown, on a thread of its own. No window
    // manager gives our window the focus: it counts as behind others.
    std::thread::sleep(Duration::from_millis(1500));
    xdotool(&display, &["mousemove", "900", "700"]);
    xdotool(&display, &["key", "ctrl+alt+z"]);
    let centred = ((SCREEN.0 - 520) / 2, (SCREEN.1 - 640) / 2, 520, 640);
    let moved = wait_for(Duration::from_secs(5), || {
        let now = geometry(&conn, window);
        (now == centred).then_some(now)
    });
    assert_eq!(
        moved,
        Some(centred),
        "centred on the pointer's monitor{}",
        app_log(home.path())
    );
    std::thread::sleep(Duration::from_millis(1000));
    close(&mut app, &conn, window);
    assert_eq!(
        settings(home.path()).load().window_place,
        Some(own),
        "the window's own place is kept"
    );
}

/// A window manager on the test's display (openbox: small, and it maximises as desktops do),
/// stopped when dropped.
struct WindowManager(Child);

impl WindowManager {
    fn start(display: &str) -> WindowManager {
        let manager = Command::new("openbox")
            .env("DISPLAY", display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("this test needs openbox (apt-get install openbox): {e}"));
        // It has taken over once it owns the screen's window-manager selection.
        let (conn, screen) = x11rb::connect(Some(display)).expect("connect to Xvfb");
        let selection = atom(&conn, &format!("WM_S{screen}"));
        wait_for(Duration::from_secs(10), || {
            let owner = conn.get_selection_owner(selection).ok()?.reply().ok()?;
            (owner.owner != x11rb::NONE).then_some(())
        })
        .expect("openbox manages the screen");
        WindowManager(manager)
    }
}

impl Drop for WindowManager {
    fn drop(&mut self) {
        process::stop(&mut self.0);
    }
}

/// `wmctrl` (what a desktop's maximise button asks the window manager) on `window`.
fn wmctrl(display: &str, window: Window, state: &str) {
    let status = Command::new("wmctrl")
        .env("DISPLAY", display)
        .args(["-i", "-r", &window.to_string(), "-b", state])
        .status()
        .unwrap_or_else(|e| panic!("this test needs wmctrl (apt-get install wmctrl): {e}"));
    assert!(status.success(), "wmctrl {state}: {status}");
}

fn is_maximized(conn: &impl Connection, window: Window) -> bool {
    let atom = |name: &str| atom(conn, name);
    let (state, vert, horz) = (
        atom("_NET_WM_STATE"),
        atom("_NET_WM_STATE_MAXIMIZED_VERT"),
        atom("_NET_WM_STATE_MAXIMIZED_HORZ"),
    );
    let reply = conn
        .get_property(
            false,
            window,
            state,
            x11rb::protocol::xproto::AtomEnum::ATOM,
            0,
            32,
        )
        .expect("ask")
        .reply()
        .expect("_NET_WM_STATE");
    let atoms: Vec<u32> = reply.value32().map(Iterator::collect).unwrap_or_default();
    atoms.contains(&vert) && atoms.contains(&horz)
}

/// Maximised and closed, the window opens maximised at the next start; restored, it goes back
/// to the size it had before. (With a window manager: the state is the window manager's.)
#[test]
fn a_maximised_window_opens_maximised_and_is_restored_to_its_size_before() {
    let xvfb =
        Xvfb::start().unwrap_or_else(|_| panic!("this test needs Xvfb (apt-get install xvfb)"));
    let display = xvfb.display.clone();
    let _manager = WindowManager::start(&display);
    let vault = vault_with(&[("Citrix Portal", "JBSWY3DPEHPK3PXP")]);
    let home = tempfile::tempdir().expect("home");
    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");

    let mut app = start(&display, &vault.path(), home.path());
    let window = find_window(&display, home.path());
    let (_, _, width, height) = geometry(&conn, window);
    std::thread::sleep(Duration::from_millis(1000));
    wmctrl(&display, window, "add,maximized_vert,maximized_horz");
    let saved = wait_for(Duration::from_secs(5), || {
        settings(home.path())
            .load()
            .window_place
            .filter(|place| place.maximized)
    });
    let saved = saved.unwrap_or_else(|| panic!("maximised is remembered{}", app_log(home.path())));
    assert_eq!(
        (saved.width, saved.height),
        (width as u32, height as u32),
        "with the size it had before, for when it is restored"
    );
    close(&mut app, &conn, window);

    let mut app = start(&display, &vault.path(), home.path());
    let window = find_window(&display, home.path());
    assert!(
        wait_for(Duration::from_secs(5), || is_maximized(&conn, window)
            .then_some(()))
        .is_some(),
        "the window opens maximised{}",
        app_log(home.path())
    );
    let (_, _, maximised_width, _) = geometry(&conn, window);
    assert_eq!(maximised_width, SCREEN.0, "it fills the screen's width");
    wmctrl(&display, window, "remove,maximized_vert,maximized_horz");
    let restored = wait_for(Duration::from_secs(5), || {
        let (_, _, w, h) = geometry(&conn, window);
        ((w, h) == (width, height)).then_some((w, h))
    });
    assert_eq!(
        restored,
        Some((width, height)),
        "restored to its size before{}",
        app_log(home.path())
    );
    close(&mut app, &conn, window);
}
