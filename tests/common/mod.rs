//! Helpers for the program's integration tests: the core's test helpers, running the real
//! binary, a private X server.
#![allow(dead_code)]

#[path = "../../crates/zweifaktor-core/tests/common/mod.rs"]
mod core_common;
pub mod xvfb;

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
pub use core_common::*;

/// How long one run of the program may take in a test (it is killed then, and the test fails):
/// far more than any command needs, even a debug build on a busy machine.
pub const BINARY_LIMIT: std::time::Duration = std::time::Duration::from_secs(120);

pub fn run_binary(vault: &Path, stdin: &str, args: &[&str]) -> Output {
    Command::cargo_bin("zweifaktor")
        .expect("binary built")
        .timeout(BINARY_LIMIT)
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
