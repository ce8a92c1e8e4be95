//! The vault key is real Argon2id with the parameters the header states: checked against the
//! reference implementation (libargon2's `argon2` command, Debian package `argon2`).
// libargon2's command is not at hand on Windows (the CI workflow's Windows runner); the same
// pure-Rust code is checked on Linux and macOS.
#![cfg(not(windows))]

mod common;

use std::process::Command;
use std::time::Duration;

use common::process;

use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::kdf::KdfParams;

fn reference_argon2id(password: &str, salt: &str, params: KdfParams) -> String {
    let memory_log2 = params.memory_kib.trailing_zeros();
    assert_eq!(
        1 << memory_log2,
        params.memory_kib,
        "the reference tool takes powers of two"
    );
    // Needs libargon2's `argon2` tool: apt-get install argon2 (.ci/run does).
    let out = process::output_within(
        Command::new("argon2")
            .args([salt, "-id", "-r", "-l", "32"])
            .args(["-t", &params.passes.to_string()])
            .args(["-m", &memory_log2.to_string()])
            .args(["-p", &params.lanes.to_string()]),
        password.as_bytes(),
        Duration::from_secs(60),
    );
    assert!(
        out.status.success(),
        "argon2 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("hex")
        .trim()
        .to_owned()
}

#[test]
fn our_key_is_the_reference_argon2id_at_the_default_and_other_parameters() {
    let cases = [
        ("Sommer-2026", "saltsaltsaltsalt", KdfParams::default()),
        (
            "Ärger mit Ümlauten 1!",
            "0123456789abcdef",
            KdfParams {
                memory_kib: 1024,
                passes: 1,
                lanes: 1,
            },
        ),
        (
            "x",
            "another salt 16b",
            KdfParams {
                memory_kib: 4096,
                passes: 5,
                lanes: 2,
            },
        ),
    ];
    for (password, salt, params) in cases {
        let ours = params
            .derive(&Password::from(password), salt.as_bytes())
            .expect("derive");
        let ours_hex: String = ours.as_bytes().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            ours_hex,
            reference_argon2id(password, salt, params),
            "{params:?}"
        );
    }
}
