//! xdotool on a test's own X server: the program's window as a user finds it, and keys,
//! moves and clicks as a user makes them (tests/desktop_window.rs, tray_dbus.rs,
//! window_place.rs).

use std::process::Command;
use std::time::Duration;

use super::process;

/// Runs `xdotool ARGS` on `display`; a failure fails the test with xdotool's message.
pub fn xdotool(display: &str, args: &[&str]) {
    let output = process::output_within(
        Command::new("xdotool").args(args).env("DISPLAY", display),
        b"",
        Duration::from_secs(20),
    );
    assert!(
        output.status.success(),
        "xdotool {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The program's visible top-level window (titled "Zweifaktor"), if there is one now.
pub fn visible_window(display: &str) -> Option<u32> {
    let output = process::output_within(
        Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "^Zweifaktor$"])
            .env("DISPLAY", display),
        b"",
        Duration::from_secs(10),
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .next()
        .and_then(|line| line.trim().parse().ok())
}
