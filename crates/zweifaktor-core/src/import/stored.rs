//! OTP parameters as the exports store them — JSON integers that may not fit our types, and
//! fields that may be missing (the usual defaults then) — checked into an [`OtpSpec`]. The
//! error is the reason to skip the entry, naming the value that does not fit.

use super::Reason;
use crate::otp::{DEFAULT_DIGITS, DEFAULT_PERIOD, HashAlgorithm, OtpKind, OtpSpec};

/// The algorithm by its name ("SHA1", "sha256", …); SHA-1 when none is stored.
pub fn algorithm(name: Option<&str>) -> Result<HashAlgorithm, Reason> {
    match name {
        None => Ok(HashAlgorithm::Sha1),
        Some(name) => HashAlgorithm::from_name(name).ok_or_else(|| Reason::UnknownAlgorithm {
            name: format!("{name:?}"),
        }),
    }
}

/// The number of digits; 6 when none is stored.
pub fn digits(digits: Option<i64>) -> Result<u8, Reason> {
    match digits {
        None => Ok(DEFAULT_DIGITS),
        Some(digits) => u8::try_from(digits).map_err(|_| Reason::Digits { digits }),
    }
}

/// A TOTP procedure; a period of 30 seconds when none is stored.
pub fn totp(period: Option<i64>, algorithm: HashAlgorithm, digits: u8) -> Result<OtpSpec, Reason> {
    let period = period.unwrap_or(i64::from(DEFAULT_PERIOD));
    let period = u32::try_from(period).map_err(|_| Reason::Period { period })?;
    Ok(OtpSpec {
        kind: OtpKind::Totp { period },
        algorithm,
        digits,
    })
}

/// An HOTP procedure; counter 0 when none is stored.
pub fn hotp(counter: Option<i64>, algorithm: HashAlgorithm, digits: u8) -> Result<OtpSpec, Reason> {
    let counter = counter.unwrap_or(0);
    let counter = u64::try_from(counter).map_err(|_| Reason::NegativeCounter { counter })?;
    Ok(OtpSpec {
        kind: OtpKind::Hotp { counter },
        algorithm,
        digits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_take_the_usual_defaults() {
        assert_eq!(algorithm(None), Ok(HashAlgorithm::Sha1));
        assert_eq!(digits(None), Ok(6));
        let spec = totp(None, HashAlgorithm::Sha256, 8).expect("defaults fit");
        assert_eq!(spec.kind, OtpKind::Totp { period: 30 });
        assert_eq!(
            hotp(None, HashAlgorithm::Sha1, 6).map(|s| s.kind),
            Ok(OtpKind::Hotp { counter: 0 })
        );
    }

    #[test]
    fn values_that_do_not_fit_are_named_in_the_reason() {
        assert_eq!(
            algorithm(Some("MD5")).map_err(|e| e.to_string()),
            Err("unknown algorithm \"MD5\"".to_owned())
        );
        assert_eq!(
            digits(Some(300)).map_err(|e| e.to_string()),
            Err("300 digits are not supported".to_owned())
        );
        assert_eq!(
            totp(Some(-30), HashAlgorithm::Sha1, 6)
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Err("a period of -30 seconds is not supported".to_owned())
        );
        assert_eq!(
            hotp(Some(-1), HashAlgorithm::Sha1, 6)
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Err("the counter -1 is negative".to_owned())
        );
    }
}
