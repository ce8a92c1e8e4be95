//! The real program's window on a private X server, used as a person would: it opens and
//! draws, takes the master password from the keyboard, copies a code to the X11 clipboard
//! (read by another program, xclip), and closes when the window manager asks it to, exiting
//! cleanly. This exercises the event loop and the CPU painter that the headless tests bypass.
//! Without a display it must say so in one line instead.
//!
//! Needs: xvfb, xdotool, xclip (`.ci/run` installs them).
// The X11 window system: a Linux desktop (x11rb is a Linux-only dependency).
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::process;
use common::x11_close::ask_to_close;
use common::xdotool::{visible_window, xdotool};
use common::xvfb::{Xvfb, XvfbError};
use common::*;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt, ImageFormat, Window};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// The program under test; stopped if the test fails half-way.
struct RunningApp(Child);

impl Drop for RunningApp {
    fn drop(&mut self) {
        process::stop(&mut self.0);
    }
}

#[test]
fn the_window_opens_unlocks_from_the_keyboard_copies_a_code_and_closes_cleanly() {
    let xvfb = match Xvfb::start() {
        Ok(xvfb) => xvfb,
        Err(XvfbError::NotInstalled) => {
            panic!("this test needs Xvfb: apt-get install xvfb (.ci/run does)")
        }
        Err(XvfbError::Failed(why)) => panic!("cannot start Xvfb: {why}"),
    };
    let display = xvfb.display.clone();
    let vault = vault_with(&[("Citrix Portal", RFC_SECRET)]);
    let home = tempfile::tempdir().expect("home");
    let log = home.path().join("app.log");

    let started = Instant::now();
    let mut app = RunningApp(
        Command::new(env!("CARGO_BIN_EXE_zweifaktor"))
            .arg("--vault")
            .arg(vault.path())
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("start zweifaktor"),
    );
    let window = find_window(&display, &log);
    eprintln!("window visible after {} ms", started.elapsed().as_millis());

    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");
    let unlock_screen = wait_for_picture(&conn, window, |colors, _| colors >= 3)
        .unwrap_or_else(|| panic!("the window stayed blank{}", app_log(&log)));

    xdotool(&display, &["windowfocus", "--sync", &window.to_string()]);
    xdotool(&display, &["type", "--delay", "40", PASSWORD]);
    xdotool(&display, &["key", "Return"]);
    // The unlock runs in the background; the procedures screen is there once the row's
    // light-blue countdown bar is.
    wait_for_picture(&conn, window, |_, pixels| {
        pixels != unlock_screen.as_slice() && shows_countdown_bar(pixels)
    })
    .unwrap_or_else(|| panic!("no procedure shown after the password{}", app_log(&log)));
    std::thread::sleep(Duration::from_millis(300));

    // Ctrl+F focuses the search field; Tab goes to Lock, then the row's code (which takes
    // the focus so that screen readers read it), and Enter there copies it.
    for key in ["ctrl+f", "Tab", "Tab", "Return"] {
        xdotool(&display, &["key", key]);
        std::thread::sleep(Duration::from_millis(200));
    }
    let copied = wait_for(Duration::from_secs(5), || {
        read_clipboard(&display).filter(|text| !text.is_empty())
    });
    let now = unix_now();
    let expected = [code_at(RFC_SECRET, now), code_at(RFC_SECRET, now - 2)];
    assert!(
        copied.as_ref().is_some_and(|code| expected.contains(code)),
        "the clipboard holds {copied:?}, not the current code {expected:?} (Tab order changed?){}",
        app_log(&log)
    );

    ask_to_close(&conn, window);
    let status = wait_for(Duration::from_secs(10), || app.0.try_wait().ok().flatten())
        .unwrap_or_else(|| panic!("the program did not exit after the window was closed"));
    assert!(status.success(), "exit status {status}{}", app_log(&log));
}

/// The global shortcut on X11: Ctrl+Alt+Z, pressed while another window (here: none) has the
/// focus, opens the quick pick; the vault is locked, so the master password comes first; then
/// typing filters and Enter copies the chosen procedure's code. The second procedure is the
/// one asked for: without the quick pick, Enter after the unlock would copy the first one's.
#[test]
fn ctrl_alt_z_opens_the_quick_pick_which_asks_for_the_password_and_copies_the_chosen_code() {
    const VPN_SECRET: &str = "JBSWY3DPEHPK3PXP";
    let xvfb = match Xvfb::start() {
        Ok(xvfb) => xvfb,
        Err(XvfbError::NotInstalled) => {
            panic!("this test needs Xvfb: apt-get install xvfb (.ci/run does)")
        }
        Err(XvfbError::Failed(why)) => panic!("cannot start Xvfb: {why}"),
    };
    let display = xvfb.display.clone();
    let vault = vault_with(&[("Citrix Portal", RFC_SECRET), ("VPN", VPN_SECRET)]);
    let home = tempfile::tempdir().expect("home");
    let log = home.path().join("app.log");
    let mut app = RunningApp(
        Command::new(env!("CARGO_BIN_EXE_zweifaktor"))
            .arg("--vault")
            .arg(vault.path())
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("start zweifaktor"),
    );
    let window = find_window(&display, &log);
    let (conn, _) = x11rb::connect(Some(&display)).expect("connect to Xvfb");
    let unlock_screen = wait_for_picture(&conn, window, |colors, _| colors >= 3)
        .unwrap_or_else(|| panic!("the window stayed blank{}", app_log(&log)));
    // The shortcut is set up once the first frame is shown, on a thread of its own.
    std::thread::sleep(Duration::from_millis(1500));
    xdotool(&display, &["key", "ctrl+alt+z"]);
    std::thread::sleep(Duration::from_millis(300));
    // A window manager would give the raised window the focus; Xvfb has none.
    xdotool(&display, &["windowfocus", "--sync", &window.to_string()]);
    xdotool(&display, &["type", "--delay", "40", PASSWORD]);
    xdotool(&display, &["key", "Return"]);
    wait_for_picture(&conn, window, |_, pixels| {
        pixels != unlock_screen.as_slice()
    })
    .unwrap_or_else(|| panic!("nothing changed after the password{}", app_log(&log)));
    std::thread::sleep(Duration::from_millis(1500));
    let shown = wait_for_picture(&conn, window, |_, _| true).expect("the window's picture");
    assert!(
        !shows_countdown_bar(&shown),
        "the main list (with its countdown bars) is shown, not the quick pick{}",
        app_log(&log)
    );
    xdotool(&display, &["type", "--delay", "40", "vpn"]);
    std::thread::sleep(Duration::from_millis(200));
    xdotool(&display, &["key", "Return"]);
    let copied = wait_for(Duration::from_secs(5), || {
        read_clipboard(&display).filter(|text| !text.is_empty())
    });
    let now = unix_now();
    let expected = [code_at(VPN_SECRET, now), code_at(VPN_SECRET, now - 2)];
    assert!(
        copied.as_ref().is_some_and(|code| expected.contains(code)),
        "the clipboard holds {copied:?}, not VPN's code {expected:?}{}",
        app_log(&log)
    );
    ask_to_close(&conn, window);
    let status = wait_for(Duration::from_secs(10), || app.0.try_wait().ok().flatten())
        .unwrap_or_else(|| panic!("the program did not exit after the window was closed"));
    assert!(status.success(), "exit status {status}{}", app_log(&log));
}

/// Without a display (a server, an SSH session) the program says so in one line, points to the
/// command line, and exits with 1: no panic, no path into winit's source.
#[test]
fn without_a_display_the_program_says_so_and_points_to_the_command_line() {
    let output = start_without_window_system(&[]);
    assert_eq!(
        stderr(&output),
        "zweifaktor: cannot open the window: no display (DISPLAY or WAYLAND_DISPLAY is not \
         set); the command line needs no window: zweifaktor --help\n"
    );
    assert_eq!(exit_code(&output), 1);
}

/// The same line in the user's language (the reason and the pointer to the command line).
#[test]
fn without_a_display_the_program_says_so_in_the_users_language() {
    let german = start_without_window_system(&[("LANG", "de_DE.UTF-8")]);
    assert_eq!(
        stderr(&german),
        "zweifaktor: das Fenster kann nicht geöffnet werden: keine Anzeige (DISPLAY oder \
         WAYLAND_DISPLAY ist nicht gesetzt); die Befehlszeile braucht kein Fenster: zweifaktor \
         --help\n"
    );
    assert_eq!(exit_code(&german), 1);
    let swedish = stderr(&start_without_window_system(&[("LANG", "sv_SE.UTF-8")]));
    assert!(
        swedish.starts_with("zweifaktor: fönstret kan inte öppnas: ingen skärm"),
        "{swedish}"
    );
}

/// A display whose X server is not running: the same kind of line, naming the display.
#[test]
fn a_display_without_its_server_is_one_line_too() {
    let output = start_without_window_system(&[("DISPLAY", ":9797")]);
    let message = stderr(&output);
    assert!(
        message.starts_with("zweifaktor: cannot open the window: ")
            && message.contains("(DISPLAY=:9797)")
            && message.ends_with("; the command line needs no window: zweifaktor --help\n")
            && message.lines().count() == 1
            && !message.contains(".rs:"),
        "{message}"
    );
    assert_eq!(exit_code(&output), 1);
}

/// Runs the program without a command (the window) with no window system but `variables`, in
/// English unless `variables` set `LANG`.
fn start_without_window_system(variables: &[(&str, &str)]) -> std::process::Output {
    let home = tempfile::tempdir().expect("home");
    let mut command = Command::new(env!("CARGO_BIN_EXE_zweifaktor"));
    command
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .arg("--vault")
        .arg(home.path().join("vault.zweifaktor"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .envs(variables.iter().copied());
    process::output_within(&mut command, b"", Duration::from_secs(30))
}

/// The program's top-level window, once it is visible (fails after 20 s).
fn find_window(display: &str, log: &Path) -> Window {
    wait_for(Duration::from_secs(20), || visible_window(display))
        .unwrap_or_else(|| panic!("no window titled Zweifaktor appeared{}", app_log(log)))
}

/// The window's pixels once `ready(distinct colours, pixels)` holds (polled for 10 s).
fn wait_for_picture(
    conn: &impl Connection,
    window: Window,
    ready: impl Fn(usize, &[u8]) -> bool,
) -> Option<Vec<u8>> {
    wait_for(Duration::from_secs(10), || {
        let geometry = conn.get_geometry(window).ok()?.reply().ok()?;
        let image = conn
            .get_image(
                ImageFormat::Z_PIXMAP,
                window,
                0,
                0,
                geometry.width,
                geometry.height,
                !0,
            )
            .ok()?
            .reply()
            .ok()?;
        let mut colors: Vec<&[u8]> = image.data.chunks_exact(4).collect();
        colors.sort_unstable();
        colors.dedup();
        ready(colors.len(), &image.data).then_some(image.data)
    })
}

/// Whether a 32-bit X image (bytes B, G, R, unused) has the light blue of a countdown bar.
fn shows_countdown_bar(pixels: &[u8]) -> bool {
    pixels
        .chunks_exact(4)
        .any(|p| p[0] > 220 && p[1] > 170 && p[2] < 190 && p[0] > p[2] + 60)
}

/// What a paste in another program would get; `None` while the clipboard holds no text (or its
/// owner does not answer within 2 s).
fn read_clipboard(display: &str) -> Option<String> {
    let mut xclip = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .env("DISPLAY", display)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("xclip is missing: apt-get install xclip (.ci/run does)");
    let Some(status) = process::wait_within(&mut xclip, Duration::from_secs(2)) else {
        process::stop(&mut xclip);
        return None;
    };
    let mut text = String::new();
    std::io::Read::read_to_string(&mut xclip.stdout.take()?, &mut text).ok()?;
    status.success().then(|| text.trim().to_string())
}

fn app_log(log: &Path) -> String {
    match std::fs::read_to_string(log) {
        Ok(text) if !text.trim().is_empty() => format!("\nthe program printed:\n{text}"),
        _ => String::new(),
    }
}
