//! Our codes against Debian's `oathtool` (OATH Toolkit), an implementation that shares no code
//! with totp-rs: random secrets of 10 to 64 bytes, SHA1/SHA256/SHA512, 6 to 8 digits, periods
//! other than 30 s, times past 2^32 and counters near 2^64. Seeded, so a failure reproduces.
//!
//! oathtool must be installed (`apt-get install oathtool`); without it this test fails rather
//! than passing having compared nothing.
// oathtool is not at hand on Windows (the CI workflow's Windows runner); the same pure-Rust
// code is checked on Linux and macOS.
#![cfg(not(windows))]

mod common;

use std::process::Command;
use std::time::Duration;

use data_encoding::{BASE32_NOPAD, HEXLOWER};
use zweifaktor_core::otp::{HashAlgorithm, OtpGenerator, OtpKind, OtpSpec, parse_secret};

/// oathtool prints this many codes after the first one per call (`--window`), so that the
/// ~2,000 comparisons below need only about 80 process spawns.
const WINDOW: u64 = 24;
const SEED: u64 = 0x0A7B_2F4C_1D9E_3A58;

const ALGORITHMS: [(HashAlgorithm, &str); 3] = [
    (HashAlgorithm::Sha1, "SHA1"),
    (HashAlgorithm::Sha256, "SHA256"),
    (HashAlgorithm::Sha512, "SHA512"),
];
/// oathtool supports only 6, 7 and 8 digits.
const DIGITS: [u8; 3] = [6, 7, 8];
const PERIODS: [u32; 9] = [30, 30, 60, 15, 1, 7, 45, 90, 120];

/// Runs oathtool and returns the WINDOW + 1 codes it prints.
fn oathtool(args: &[String]) -> Vec<String> {
    // Needs oathtool: apt-get install oathtool (.ci/run does).
    let output = common::process::output_within(
        Command::new("oathtool").args(args),
        b"",
        Duration::from_secs(30),
    );
    assert!(
        output.status.success(),
        "oathtool {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let codes: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(codes.len() as u64, WINDOW + 1, "oathtool {args:?}");
    codes
}

/// A random secret, handed to us as Base32 (sometimes lower-case, as users paste it) and to
/// oathtool as hex.
fn random_secret(rng: &mut fastrand::Rng) -> (String, String) {
    let bytes: Vec<u8> = (0..rng.usize(10..=64)).map(|_| rng.u8(..)).collect();
    let mut base32 = BASE32_NOPAD.encode(&bytes);
    if rng.bool() {
        base32.make_ascii_lowercase();
    }
    (base32, HEXLOWER.encode(&bytes))
}

fn generator(spec: &OtpSpec, base32: &str) -> OtpGenerator {
    let parsed = parse_secret(base32).and_then(|(secret, _)| OtpGenerator::new(spec, &secret));
    match parsed {
        Ok(generator) => generator,
        Err(error) => panic!("{spec:?} with {base32}: {error}"),
    }
}

/// A time that exercises the interesting ranges: small, around 2^31 and 2^32 (where 32-bit
/// time or counter handling breaks), and far beyond (year 2603 and later).
fn random_time(rng: &mut fastrand::Rng) -> u64 {
    match rng.u8(0..6) {
        0 => rng.u64(0..2_000_000_000),
        1 => rng.u64((1 << 31) - 5_000..(1 << 31) + 5_000),
        2 => rng.u64((1 << 32) - 5_000..(1 << 32) + 5_000),
        3 => rng.u64(1 << 32..1 << 36),
        4 => rng.u64(20_000_000_000..253_402_300_799),
        _ => rng.u64(1_600_000_000..1_900_000_000),
    }
}

#[test]
fn totp_codes_match_oathtool() {
    let mut rng = fastrand::Rng::with_seed(SEED);
    let mut compared = 0;
    let mut failures = Vec::new();
    for _ in 0..48 {
        let (base32, hex) = random_secret(&mut rng);
        let (algorithm, name) = ALGORITHMS[rng.usize(..ALGORITHMS.len())];
        let digits = DIGITS[rng.usize(..DIGITS.len())];
        let period = PERIODS[rng.usize(..PERIODS.len())];
        let time = random_time(&mut rng);
        let spec = OtpSpec {
            kind: OtpKind::Totp { period },
            algorithm,
            digits,
        };
        let ours = generator(&spec, &base32);
        let theirs = oathtool(&[
            format!("--totp={name}"),
            format!("--digits={digits}"),
            format!("--time-step-size={period}s"),
            format!("--now=@{time}"),
            format!("--window={WINDOW}"),
            hex,
        ]);
        for (offset, expected) in (0..).zip(&theirs) {
            // oathtool's window goes forward one period at a time from `time`.
            let at = time + offset * u64::from(period);
            let step = time / u64::from(period) + offset;
            for (how, code) in [
                ("at", ours.code_at(at)),
                ("step", ours.code_for_counter(step)),
            ] {
                compared += 1;
                if code.as_str() != expected {
                    failures.push(format!(
                        "{name} {digits} digits, period {period}, t={at} ({how}): ours {code}, oathtool {expected}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 1_000, "only {compared} comparisons");
}

#[test]
fn hotp_codes_match_oathtool() {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0xFFFF);
    let mut compared = 0;
    let mut failures = Vec::new();
    // Counters from 0, from 2^32 (a 32-bit counter would wrap there) and up to the very end of
    // the u64 range.
    let mut starts: Vec<u64> = vec![0, (1 << 32) - 3, u64::MAX - WINDOW];
    starts.extend((0..13).map(|_| rng.u64(..u64::MAX - WINDOW)));
    for start in starts {
        let (base32, hex) = random_secret(&mut rng);
        let digits = DIGITS[rng.usize(..DIGITS.len())];
        // oathtool's --hotp is SHA1 only; the SHA256/SHA512 test below covers the others.
        let theirs = oathtool(&[
            "--hotp".to_owned(),
            format!("--counter={start}"),
            format!("--digits={digits}"),
            format!("--window={WINDOW}"),
            hex,
        ]);
        for (offset, expected) in (0..).zip(&theirs) {
            let counter = start + offset;
            let spec = OtpSpec {
                kind: OtpKind::Hotp { counter },
                algorithm: HashAlgorithm::Sha1,
                digits,
            };
            let ours = generator(&spec, &base32);
            // The stored counter decides code_at, whatever the time.
            for (how, code) in [
                ("stored counter", ours.code_at(1_700_000_000)),
                ("explicit counter", ours.code_for_counter(counter)),
            ] {
                compared += 1;
                if code.as_str() != expected {
                    failures.push(format!(
                        "SHA1 {digits} digits, counter {counter} ({how}): ours {code}, oathtool {expected}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 500, "only {compared} comparisons");
}

/// oathtool's HOTP mode knows only SHA1, but its TOTP mode with a 1-second step at time `n` is
/// HOTP with counter `n` (RFC 6238 is HOTP of the time step), so SHA256/SHA512 counters are
/// checked that way.
#[test]
fn hotp_with_sha256_and_sha512_matches_oathtool() {
    let mut rng = fastrand::Rng::with_seed(SEED ^ 0xABCD);
    let mut compared = 0;
    let mut failures = Vec::new();
    for round in 0..12 {
        let (base32, hex) = random_secret(&mut rng);
        let (algorithm, name) = ALGORITHMS[1 + round % 2];
        let digits = DIGITS[rng.usize(..DIGITS.len())];
        let start = match round {
            0 => 0,
            1 => (1 << 32) - 5,
            _ => rng.u64(..1 << 40),
        };
        let theirs = oathtool(&[
            format!("--totp={name}"),
            format!("--digits={digits}"),
            "--time-step-size=1s".to_owned(),
            format!("--now=@{start}"),
            format!("--window={WINDOW}"),
            hex,
        ]);
        let spec = OtpSpec {
            kind: OtpKind::Hotp { counter: start },
            algorithm,
            digits,
        };
        let ours = generator(&spec, &base32);
        for (offset, expected) in (0..).zip(&theirs) {
            let counter = start + offset;
            let code = ours.code_for_counter(counter);
            compared += 1;
            if code.as_str() != expected {
                failures.push(format!(
                    "{name} {digits} digits, counter {counter}: ours {code}, oathtool {expected}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 300, "only {compared} comparisons");
}
