//! Clipboard mode on the real X11 clipboard: the window (driven headless, on a fake clock) owns
//! the CLIPBOARD selection through arboard, and another program — xclip, as a user's paste
//! would — must find the current code there, the next code once it appears, and no code after
//! locking. And the other way round: an image another program (a snipping tool; here xclip)
//! put there is read as the Import dialog's "Paste image" reads it.
//!
//! The test runs on a private Xvfb whenever `Xvfb` is installed, even under a desktop session
//! or `xvfb-run`: a desktop's clipboard manager would take over the selection, and the user's
//! own clipboard is left alone. The process environment cannot be changed safely (in edition
//! 2024 `set_var` is unsafe), so the test re-runs itself in a child process whose `DISPLAY` is
//! that server. Without Xvfb it uses `DISPLAY` as it is; with neither it fails, saying what to
//! install — it never passes having checked nothing.
//!
//! Needs: xvfb (or a running X server) and xclip (or xsel).
// The X11 clipboard: a Linux desktop.
#![cfg(target_os = "linux")]

mod common;

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::process;
use common::xvfb::{Xvfb, XvfbError};
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use zweifaktor::app::AppEnv;
use zweifaktor::app::clipboard::SystemClipboard;
use zweifaktor::ui::Window as AppWindow;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::config::ConfigStore;

const TEST_NAME: &str = "clipboard_mode_keeps_the_current_code_on_the_x11_clipboard_until_lock";
/// Set in the child process: the X server is ready, do the real work.
const CHILD_MARKER: &str = "ZWEIFAKTOR_TEST_X11_CHILD";
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
/// The start of a 30-second period.
const T0: u64 = 1_800_000_000;
/// X11 selection ownership changes asynchronously: how long a reader may wait for it.
const SELECTION_WAIT: Duration = Duration::from_secs(2);
/// How long the test may run in its child process (seconds at most, unless it hangs).
const CHILD_LIMIT: Duration = Duration::from_secs(180);

#[test]
fn clipboard_mode_keeps_the_current_code_on_the_x11_clipboard_until_lock() {
    on_x_server(TEST_NAME, check_clipboard_mode);
}

#[test]
fn an_image_another_program_copied_is_read_from_the_x11_clipboard() {
    on_x_server(IMAGE_TEST_NAME, check_image_paste);
}

const IMAGE_TEST_NAME: &str = "an_image_another_program_copied_is_read_from_the_x11_clipboard";

#[test]
fn a_code_on_the_x11_clipboard_asks_clipboard_managers_to_keep_it_out_of_their_history() {
    on_x_server(HINT_TEST_NAME, check_history_hint);
}

const HINT_TEST_NAME: &str =
    "a_code_on_the_x11_clipboard_asks_clipboard_managers_to_keep_it_out_of_their_history";

/// What KDE's Klipper (and the managers that follow it) look for: the selection also offers
/// `x-kde-passwordManagerHint` with the content "secret".
fn check_history_hint() {
    use zweifaktor::app::clipboard::Clipboard;
    let mut clipboard = SystemClipboard::new();
    clipboard
        .set_text("752540")
        .expect("the clipboard takes text");
    let pasted = wait_for_clipboard(|text| text == Some("752540"));
    assert_eq!(pasted.as_deref(), Some("752540"));
    let targets = read_selection(&["-t", "TARGETS"]).unwrap_or_default();
    assert!(
        targets
            .lines()
            .any(|target| target == "x-kde-passwordManagerHint"),
        "the selection's targets: {targets:?}"
    );
    assert_eq!(
        read_selection(&["-t", "x-kde-passwordManagerHint"]).as_deref(),
        Some("secret")
    );
    clipboard.clear();
}

/// The CLIPBOARD selection in one of its targets, through xclip.
fn read_selection(target: &[&str]) -> Option<String> {
    let child = Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .args(target)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("this test reads the clipboard's targets with xclip: install xclip");
    finish_reader(child)
}

/// Runs `check` on a private Xvfb (in a child process), or on `DISPLAY` without Xvfb.
fn on_x_server(test_name: &str, check: fn()) {
    if std::env::var_os(CHILD_MARKER).is_some() {
        check();
        return;
    }
    match Xvfb::start() {
        Ok(xvfb) => run_in_child(&xvfb.display, test_name),
        Err(XvfbError::NotInstalled) if std::env::var_os("DISPLAY").is_some() => {
            eprintln!("Xvfb is not installed: using DISPLAY as it is");
            check();
        }
        Err(XvfbError::NotInstalled) => panic!(
            "this test needs an X server and there is none (DISPLAY is unset): install xvfb \
             (`apt-get install xvfb`) and the test starts its own"
        ),
        Err(XvfbError::Failed(why)) => panic!("cannot start Xvfb: {why}"),
    }
}

/// Runs this very test again in a child process on `display`, and passes only if the child
/// really ran it and it passed.
fn run_in_child(display: &str, test_name: &str) {
    let exe = std::env::current_exe().expect("the test binary's path");
    let output = process::output_within(
        Command::new(exe)
            .args([test_name, "--exact", "--nocapture", "--test-threads=1"])
            .env("DISPLAY", display)
            .env_remove("WAYLAND_DISPLAY")
            .env(CHILD_MARKER, "1"),
        b"",
        CHILD_LIMIT,
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "the test failed on the X server {display} (its output is above)"
    );
    assert!(
        stdout.contains("1 passed"),
        "the child process ran no test named {test_name}"
    );
}

/// The check itself, on the X server in `DISPLAY`.
fn check_clipboard_mode() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let clock = Arc::new(FakeClock::at(T0));
    let env = AppEnv {
        clock: clock.clone(),
        clipboard: Box::new(SystemClipboard::new()),
        config_store: ConfigStore::at(v.dir.path().join("config.json")),
        vault_override: Some(v.path()),
        kdf: cheap_kdf(),
        default_folder: None,
        screen_capture: zweifaktor::app::import::system_screen(),
        file_chooser: zweifaktor::app::file_dialog::system_file_chooser(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(640.0, 900.0))
        .build_ui_state(
            |ui, window: &mut AppWindow| window.show(ui),
            AppWindow::new(env),
        );
    settle(&mut harness);
    harness.get_by_label("Master password").type_text(PASSWORD);
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert!(harness.query_by_label("Search:").is_some(), "unlocked");

    harness.get_by_label("Clipboard mode for Citrix").click();
    settle(&mut harness);
    let first = code_at(RFC_SECRET, T0);
    let pasted = wait_for_clipboard(|text| text == Some(first.as_str()));
    assert_eq!(
        pasted.as_deref(),
        Some(first.as_str()),
        "another program pastes the current code (the status line: {:?})",
        harness
            .query_by_label_contains("Cannot use the clipboard")
            .and_then(|node| node.accesskit_node().label())
    );

    clock.advance(30);
    settle(&mut harness);
    let second = code_at(RFC_SECRET, T0 + 30);
    assert_ne!(first, second, "the test needs two different codes");
    let pasted = wait_for_clipboard(|text| text == Some(second.as_str()));
    assert_eq!(
        pasted.as_deref(),
        Some(second.as_str()),
        "the next code replaced the first by itself"
    );

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    settle(&mut harness);
    assert!(
        harness
            .query_by_label_contains("The application was locked for security reasons")
            .is_some(),
        "locked"
    );
    let pasted = wait_for_clipboard(|text| text != Some(second.as_str()));
    assert_ne!(
        pasted.as_deref(),
        Some(second.as_str()),
        "the code is gone from the clipboard after locking"
    );
}

/// xclip offers a PNG of a QR code, as a snipping tool would; the app's clipboard reads it as
/// RGBA and the code decodes. Once xclip is gone, the clipboard holds no image, and says so.
fn check_image_paste() {
    use zweifaktor::app::clipboard::{Clipboard, no_image};
    let uri = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("snip.png");
    std::fs::write(&png, zweifaktor_core::qr::png(uri, 4).expect("fits")).expect("written");
    // -quiet keeps xclip in the foreground, serving the selection until it is stopped.
    let mut xclip = Command::new("xclip")
        .args(["-quiet", "-selection", "clipboard", "-t", "image/png", "-i"])
        .arg(&png)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("this test puts the image there with xclip: install xclip");
    let mut clipboard = SystemClipboard::new();
    let deadline = Instant::now() + SELECTION_WAIT;
    let image = loop {
        match clipboard.get_image() {
            Ok(image) => break Ok(image),
            Err(e) if Instant::now() >= deadline => break Err(e),
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    process::stop(&mut xclip);
    let image = image.expect("the image xclip offers");
    let (width, height, pixels) = image.to_luma().expect("RGBA of its size");
    assert_eq!(
        zweifaktor_core::qr::decode_luma(width, height, &pixels),
        Ok(vec![uri.to_owned()])
    );
    let deadline = Instant::now() + SELECTION_WAIT;
    let gone = loop {
        match clipboard.get_image() {
            Err(e) => break e,
            Ok(_) if Instant::now() >= deadline => panic!("the image outlived its owner"),
            Ok(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    };
    assert_eq!(gone, no_image());
}

/// Runs frames until the background unlock is done and nothing more is pending.
fn settle(harness: &mut Harness<'static, AppWindow>) {
    for _ in 0..500 {
        harness.step();
        if !harness.state().is_busy() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run();
}

/// Reads the CLIPBOARD selection from outside this process until `done` accepts it or the wait
/// is over; returns the last text read (`None`: the selection holds no text).
fn wait_for_clipboard(done: impl Fn(Option<&str>) -> bool) -> Option<String> {
    let deadline = Instant::now() + SELECTION_WAIT;
    loop {
        let text = read_clipboard();
        if done(text.as_deref()) || Instant::now() >= deadline {
            return text;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// What a paste in another program would get, through xclip (or xsel).
fn read_clipboard() -> Option<String> {
    const READERS: [(&str, &[&str]); 2] = [
        ("xclip", &["-o", "-selection", "clipboard"]),
        ("xsel", &["--clipboard", "--output"]),
    ];
    for (program, args) in READERS {
        let child = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        match child {
            Ok(child) => return finish_reader(child),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => panic!("cannot run {program}: {e}"),
        }
    }
    panic!(
        "this test reads the clipboard with xclip or xsel: install xclip (`apt-get install xclip`)"
    )
}

/// The reader's output if it succeeded; a reader that hangs (an owner that never answers) is
/// stopped and counts as no text.
fn finish_reader(mut child: Child) -> Option<String> {
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        match child.try_wait().expect("waiting for the clipboard reader") {
            Some(_) => break,
            None if Instant::now() >= deadline => {
                process::stop(&mut child);
                return None;
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    let output = child.wait_with_output().expect("the reader's output");
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}
