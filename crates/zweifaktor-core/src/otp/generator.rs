//! Turning a validated [`OtpSpec`] and a secret into codes, through totp-rs, plus the small
//! display helpers around a code (grouping, seconds left). The time is always a parameter:
//! nothing here reads the clock.

use std::fmt;

use totp_rs::{Algorithm, Builder, Totp};

use super::{DEFAULT_PERIOD, HashAlgorithm, OtpError, OtpKind, OtpSpec};
use crate::secret::SecretBytes;

/// The longest code we produce: [`super::DIGITS_RANGE`] ends at 9 and Steam codes have 5
/// characters. One spare byte costs nothing.
const CODE_CAPACITY: usize = 10;

/// One one-time code: zero-padded digits, or Steam's five letters.
///
/// Stored inline (no heap allocation), since the list view renders every code each second.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Code {
    bytes: [u8; CODE_CAPACITY],
    len: u8,
}

impl Code {
    /// The code as the user types it, e.g. "075224" or "2C5TR".
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)])
            .expect("Code only ever receives whole &str pieces from totp-rs's Display")
    }

    /// The code as shown on screen: split in two with a space so that it is easier to read
    /// and type ("755 224", "9428 7082", "123 4567"). The first half is the shorter one for
    /// odd lengths, matching how phone numbers and other authenticators group them. Five
    /// characters (Steam, and rare 5-digit codes) are short enough to read whole.
    pub fn grouped(&self) -> String {
        let text = self.as_str();
        let len = text.len();
        if len <= 3 || len == 5 {
            return text.to_owned();
        }
        let (first, second) = text.split_at(len / 2);
        format!("{first} {second}")
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A code is shown to the user anyway; printing it in `Debug` hides nothing worth hiding.
impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({:?})", self.as_str())
    }
}

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Collects totp-rs's `Display` output into a [`Code`] without allocating.
struct CodeWriter(Code);

impl fmt::Write for CodeWriter {
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        let start = usize::from(self.0.len);
        let end = start + piece.len();
        let slot = self.0.bytes.get_mut(start..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(piece.as_bytes());
        self.0.len = u8::try_from(end).map_err(|_| fmt::Error)?;
        Ok(())
    }
}

/// Computes the codes of one account. Built once per account and reused: building hashes
/// nothing, but keeps the secret copied inside totp-rs.
///
/// Deliberately not `derive(Debug)`: `totp_rs::Totp`'s Debug would print the secret.
#[derive(Clone)]
pub struct OtpGenerator {
    spec: OtpSpec,
    /// Built with a step of 1 second, so `generate(n)` is the HOTP value of counter `n`. The
    /// division of time by the period happens here instead, which lets one `Totp` serve both
    /// time steps and plain counters and can never overflow `counter * period`.
    totp: Totp,
}

impl OtpGenerator {
    /// Checks `spec` (digits, period, Steam's fixed parameters) and the secret, then prepares
    /// the generator. Short secrets are allowed here: the warning belongs to whoever read them.
    pub fn new(spec: &OtpSpec, secret: &SecretBytes) -> Result<Self, OtpError> {
        spec.validate()?;
        if secret.is_empty() {
            return Err(OtpError::EmptySecret);
        }
        let algorithm = match (spec.kind, spec.algorithm) {
            (OtpKind::Steam, _) => Algorithm::Steam,
            (_, HashAlgorithm::Sha1) => Algorithm::SHA1,
            (_, HashAlgorithm::Sha256) => Algorithm::SHA256,
            (_, HashAlgorithm::Sha512) => Algorithm::SHA512,
        };
        // build_noncompliant: `build()` refuses secrets under 128 bits, which real services
        // still issue; `spec.validate()` above already keeps digits where totp-rs cannot panic
        // (at most 9 digits, exactly 5 for Steam).
        let totp = Builder::new()
            .with_algorithm(algorithm)
            .with_digits(spec.digits)
            .with_step_duration(1)
            .with_skew(0)
            .with_secret(secret.as_bytes())
            .build_noncompliant();
        Ok(OtpGenerator { spec: *spec, totp })
    }

    pub fn spec(&self) -> &OtpSpec {
        &self.spec
    }

    /// The code to show at `unix_seconds`. For HOTP, time plays no part: it is the code of the
    /// counter stored in the spec.
    pub fn code_at(&self, unix_seconds: u64) -> Code {
        let counter = match self.spec.kind {
            OtpKind::Totp { period } => time_step(period, unix_seconds),
            OtpKind::Steam => time_step(DEFAULT_PERIOD, unix_seconds),
            OtpKind::Hotp { counter } => counter,
        };
        self.code_for_counter(counter)
    }

    /// The code for any HOTP counter; for time-based kinds, the code of time step `counter`
    /// (the step that starts at `counter * period` seconds).
    pub fn code_for_counter(&self, counter: u64) -> Code {
        use fmt::Write as _;

        let token = self.totp.generate(counter);
        let mut writer = CodeWriter(Code {
            bytes: [0; CODE_CAPACITY],
            len: 0,
        });
        write!(writer, "{token}")
            .expect("OtpSpec::validate limits codes to 9 characters, which fit in a Code");
        writer.0
    }
}

impl fmt::Debug for OtpGenerator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OtpGenerator")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

/// Which time step `unix_seconds` falls in. A period of 0 never passes `validate`; it is read
/// as 1 here so that this can never divide by zero.
fn time_step(period: u32, unix_seconds: u64) -> u64 {
    unix_seconds / u64::from(period.max(1))
}

/// Seconds until the code shown at `unix_seconds` changes: from `period` (a code that has just
/// appeared) down to 1 (its last second). A period of 0 is read as 1.
pub fn seconds_left(period: u32, unix_seconds: u64) -> u32 {
    let period = period.max(1);
    let elapsed = unix_seconds % u64::from(period);
    // `elapsed < period`, so it fits in a u32.
    period - u32::try_from(elapsed).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::STEAM_DIGITS;

    fn rfc_secret() -> SecretBytes {
        SecretBytes::new(b"12345678901234567890".to_vec())
    }

    fn generator(kind: OtpKind, digits: u8) -> OtpGenerator {
        let spec = OtpSpec {
            kind,
            algorithm: HashAlgorithm::Sha1,
            digits,
        };
        OtpGenerator::new(&spec, &rfc_secret()).unwrap()
    }

    #[test]
    fn codes_are_grouped_for_reading() {
        // RFC 4226 counter 0: 1284755224 truncated.
        let cases = [
            (4, "5224", "52 24"),
            (5, "55224", "55224"),
            (6, "755224", "755 224"),
            (7, "4755224", "475 5224"),
            (8, "84755224", "8475 5224"),
            (9, "284755224", "2847 55224"),
        ];
        for (digits, plain, grouped) in cases {
            let code = generator(OtpKind::Hotp { counter: 0 }, digits).code_at(0);
            assert_eq!(code.as_str(), plain, "{digits} digits");
            assert_eq!(code.to_string(), plain, "{digits} digits");
            assert_eq!(code.grouped(), grouped, "{digits} digits");
        }
        let steam = OtpGenerator::new(&OtpSpec::steam(), &rfc_secret())
            .unwrap()
            .code_at(59);
        assert_eq!(steam.as_str().len(), usize::from(STEAM_DIGITS));
        assert_eq!(steam.grouped(), steam.as_str());
    }

    #[test]
    fn leading_zeros_are_kept() {
        // RFC 6238: SHA1, 8 digits, t = 1111111109 gives 07081804.
        let code = generator(OtpKind::Totp { period: 30 }, 8).code_at(1_111_111_109);
        assert_eq!(code, "07081804");
        assert_eq!(code.grouped(), "0708 1804");
    }

    #[test]
    fn totp_codes_change_exactly_at_period_boundaries() {
        let totp = generator(OtpKind::Totp { period: 30 }, 6);
        assert_eq!(totp.code_at(30), totp.code_at(59));
        assert_ne!(totp.code_at(59), totp.code_at(60));
        assert_eq!(totp.code_at(59), totp.code_for_counter(1));
        // RFC 4226 counter 1 is 287082, so TOTP step 1 (t = 30..59) is the same code.
        assert_eq!(totp.code_at(45), "287082");
    }

    #[test]
    fn hotp_ignores_the_time_and_follows_the_counter() {
        let hotp = generator(OtpKind::Hotp { counter: 1 }, 6);
        assert_eq!(hotp.code_at(0), "287082");
        assert_eq!(hotp.code_at(1_700_000_000), "287082");
        assert_eq!(hotp.code_for_counter(9), "520489");
    }

    #[test]
    fn huge_counters_do_not_overflow() {
        let totp = generator(OtpKind::Totp { period: 120 }, 6);
        let code = totp.code_for_counter(u64::MAX);
        assert_eq!(code.as_str().len(), 6);
        assert_eq!(
            totp.code_at(u64::MAX),
            totp.code_for_counter(u64::MAX / 120)
        );
    }

    #[test]
    fn invalid_specs_and_empty_secrets_are_refused() {
        let bad_digits = OtpSpec {
            digits: 10,
            ..OtpSpec::default()
        };
        assert_eq!(
            OtpGenerator::new(&bad_digits, &rfc_secret()).unwrap_err(),
            OtpError::Digits(10)
        );
        let bad_period = OtpSpec {
            kind: OtpKind::Totp { period: 0 },
            ..OtpSpec::default()
        };
        assert_eq!(
            OtpGenerator::new(&bad_period, &rfc_secret()).unwrap_err(),
            OtpError::Period(0)
        );
        let bad_steam = OtpSpec {
            digits: 6,
            ..OtpSpec::steam()
        };
        assert_eq!(
            OtpGenerator::new(&bad_steam, &rfc_secret()).unwrap_err(),
            OtpError::SteamParameters
        );
        assert_eq!(
            OtpGenerator::new(&OtpSpec::default(), &SecretBytes::new(Vec::new())).unwrap_err(),
            OtpError::EmptySecret
        );
    }

    #[test]
    fn seconds_left_counts_down_to_one_and_restarts_at_the_period() {
        assert_eq!(seconds_left(30, 0), 30);
        assert_eq!(seconds_left(30, 1), 29);
        assert_eq!(seconds_left(30, 29), 1);
        assert_eq!(seconds_left(30, 30), 30);
        assert_eq!(seconds_left(30, 59), 1);
        assert_eq!(seconds_left(60, 1_700_000_000), 40);
        assert_eq!(seconds_left(1, 12345), 1);
        assert_eq!(seconds_left(30, u64::MAX), 30 - (u64::MAX % 30) as u32);
        // Never a division by zero, whatever a caller passes.
        assert_eq!(seconds_left(0, 99), 1);
    }

    #[test]
    fn seconds_left_agrees_with_when_the_code_changes() {
        let totp = generator(OtpKind::Totp { period: 45 }, 6);
        for now in 1_000_000..1_000_100u64 {
            let left = u64::from(seconds_left(45, now));
            assert_eq!(totp.code_at(now), totp.code_at(now + left - 1), "t={now}");
            assert_eq!(
                totp.code_at(now + left),
                totp.code_for_counter(now / 45 + 1),
                "t={now}"
            );
        }
    }

    #[test]
    fn debug_never_contains_the_secret() {
        let secret = rfc_secret();
        let generator = OtpGenerator::new(&OtpSpec::default(), &secret).unwrap();
        let printed = format!("{generator:?}");
        assert!(printed.contains("Sha1"), "{printed}");
        for leak in [
            "12345678901234567890",
            "GEZDGNBV",
            "49, 50, 51",
            "[49",
            "0x31",
            "secret",
        ] {
            assert!(!printed.contains(leak), "{printed} contains {leak}");
        }
        let printed = format!("{generator:#?}");
        assert!(!printed.contains("49"), "{printed}");
    }
}
