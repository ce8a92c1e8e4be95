//! Helpers for the program's integration tests: the core's test helpers, running the real
//! binary, a private X server.
#![allow(dead_code)]

#[cfg(target_os = "linux")]
pub mod background_portal;
#[path = "../../crates/zweifaktor-core/tests/common/mod.rs"]
mod core_common;
#[cfg(target_os = "linux")]
pub mod portal_request;
pub mod session_bus;
pub mod window_queries;
#[cfg(target_os = "linux")]
pub mod x11_close;
pub mod xdotool;
pub mod xvfb;

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
pub use core_common::*;

/// How long one run of the program may take in a test (it is killed then, and the test fails):
/// far more than any command needs, even a debug build on a busy machine.
pub const BINARY_LIMIT: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs the binary in English (`LANG=C`), whatever the machine's or the user's language: the
/// tests that read its messages assert English ones.
pub fn run_binary(vault: &Path, stdin: &str, args: &[&str]) -> Output {
    run_binary_in("C", vault, stdin, args)
}

/// The binary's command with only `lang` (a `LANG` value, e.g. "de_DE.UTF-8") telling its
/// language: the other locale variables, which take precedence, removed, and no settings file
/// (whose saved language would win); killed after [`BINARY_LIMIT`].
pub fn binary_in(lang: &str) -> Command {
    let mut command = Command::cargo_bin("zweifaktor").expect("binary built");
    command
        .timeout(BINARY_LIMIT)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("XDG_CONFIG_HOME", "/nonexistent/zweifaktor-test-config");
    command
}

/// As [`run_binary`], with `LANG=lang`.
pub fn run_binary_in(lang: &str, vault: &Path, stdin: &str, args: &[&str]) -> Output {
    binary_in(lang)
        .arg("--vault")
        .arg(vault)
        .arg("--password-stdin")
        .args(args)
        .env_remove("ZWEIFAKTOR_VAULT")
        .write_stdin(stdin.to_owned())
        .output()
        .expect("binary runs")
}

/// A test vault's command line.
pub trait RunBinary {
    /// Runs `zweifaktor --vault PATH --password-stdin ARGS` with `stdin` as input.
    fn run(&self, stdin: &str, args: &[&str]) -> Output;
}

impl RunBinary for TestVault {
    fn run(&self, stdin: &str, args: &[&str]) -> Output {
        run_binary(&self.path(), stdin, args)
    }
}

/// Tries `attempt` every 50 ms until it gives a value or `limit` has passed (then `None`): for
/// what another process does in its own time (a window appearing, the clipboard changing).
pub fn wait_for<T>(
    limit: std::time::Duration,
    mut attempt: impl FnMut() -> Option<T>,
) -> Option<T> {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(value) = attempt() {
            return Some(value);
        }
        if std::time::Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Seconds since 1970: the time the program under test reads from the clock.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs()
}
