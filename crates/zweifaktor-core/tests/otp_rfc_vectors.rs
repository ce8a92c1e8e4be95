//! The published test vectors of RFC 4226 (HOTP) and RFC 6238 (TOTP), read from the shared
//! test data, plus Steam Guard codes computed independently.

use serde::Deserialize;
use zweifaktor_core::otp::{HashAlgorithm, OtpGenerator, OtpKind, OtpSpec, parse_secret};
use zweifaktor_core::secret::SecretBytes;

const VECTORS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/testdata/rfc/vectors.json"
));

#[derive(Debug, Deserialize)]
struct Vector {
    algorithm: String,
    secret_base32: String,
    time_or_counter: u64,
    kind: String,
    digits: u8,
    period: Option<u32>,
    expected: String,
}

fn generator(spec: &OtpSpec, secret_base32: &str) -> OtpGenerator {
    let (secret, warnings) = match parse_secret(secret_base32) {
        Ok(parsed) => parsed,
        Err(error) => panic!("{secret_base32}: {error}"),
    };
    assert!(warnings.is_empty(), "{secret_base32}: {warnings:?}");
    match OtpGenerator::new(spec, &secret) {
        Ok(generator) => generator,
        Err(error) => panic!("{spec:?}: {error}"),
    }
}

#[test]
fn every_rfc_vector_gives_the_published_code() {
    let vectors: Vec<Vector> = match serde_json::from_str(VECTORS) {
        Ok(vectors) => vectors,
        Err(error) => panic!("vectors.json is not what this test expects: {error}"),
    };
    // RFC 4226 Appendix D has 10 HOTP values, RFC 6238 Appendix B 18 TOTP values.
    let hotp = vectors.iter().filter(|v| v.kind == "hotp").count();
    let totp = vectors.iter().filter(|v| v.kind == "totp").count();
    assert!(
        hotp >= 10 && totp >= 18,
        "only {hotp} HOTP and {totp} TOTP vectors"
    );

    let mut failures = Vec::new();
    for vector in &vectors {
        let Some(algorithm) = HashAlgorithm::from_name(&vector.algorithm) else {
            panic!("unknown algorithm in {vector:?}");
        };
        let kind = match (vector.kind.as_str(), vector.period) {
            ("totp", Some(period)) => OtpKind::Totp { period },
            ("hotp", None) => OtpKind::Hotp {
                counter: vector.time_or_counter,
            },
            _ => panic!("unexpected kind/period in {vector:?}"),
        };
        let spec = OtpSpec {
            kind,
            algorithm,
            digits: vector.digits,
        };
        let generator = generator(&spec, &vector.secret_base32);
        // For HOTP the time is ignored, so any time must give the counter's code.
        let at = match kind {
            OtpKind::Hotp { .. } => 1_700_000_000,
            _ => vector.time_or_counter,
        };
        let code = generator.code_at(at);
        if code.as_str() != vector.expected {
            failures.push(format!("{vector:?} gave {code}"));
        }
        if let OtpKind::Hotp { counter } = kind {
            let by_counter = generator.code_for_counter(counter);
            if by_counter.as_str() != vector.expected {
                failures.push(format!("{vector:?} by counter gave {by_counter}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The RFC vectors' Base32 carries `=` padding; otpauth URIs usually leave it off. Both must
/// decode to the same secret.
#[test]
fn rfc_secrets_decode_with_and_without_padding() {
    let vectors: Vec<Vector> = serde_json::from_str(VECTORS).unwrap_or_default();
    assert!(!vectors.is_empty());
    for vector in &vectors {
        let padded = parse_secret(&vector.secret_base32).map(|(secret, _)| secret);
        let bare = parse_secret(vector.secret_base32.trim_end_matches('=')).map(|(s, _)| s);
        assert_eq!(padded, bare, "{}", vector.secret_base32);
    }
}

/// Steam Guard codes. The expected values were computed outside this crate with Python's
/// standard library, following Steam's algorithm (HMAC-SHA1 over the 8-byte big-endian time
/// step of 30 s, RFC 4226 dynamic truncation to 31 bits, then five times
/// `char = "23456789BCDFGHJKMNPQRTVWXY"[v % 26]; v //= 26`):
///
/// ```python
/// h = hmac.new(key, struct.pack(">Q", t // 30), hashlib.sha1).digest()
/// o = h[-1] & 0xF
/// v = struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF
/// ```
#[test]
fn steam_codes_match_an_independent_implementation() {
    let cases = [
        // RFC 4226's secret "12345678901234567890".
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59, "PV9M4"),
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1_111_111_109, "PY4YB"),
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1_234_567_890, "VHHQY"),
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 2_000_000_000, "9N776"),
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 20_000_000_000, "R5DMB"),
        // KeePassXC's Steam test secret.
        ("63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 0, "YKWJ7"),
        ("63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1_700_000_000, "DCTPN"),
    ];
    for (secret, time, expected) in cases {
        let generator = generator(&OtpSpec::steam(), secret);
        let code = generator.code_at(time);
        assert_eq!(code.as_str(), expected, "{secret} at {time}");
        // Five characters are shown as they are.
        assert_eq!(code.grouped(), expected);
    }
}

/// A Steam code and a SHA1 TOTP code of the same secret come from the same HMAC: a Steam
/// account must not silently fall back to digits.
#[test]
fn steam_and_plain_totp_differ_for_the_same_secret() {
    let secret = SecretBytes::new(b"12345678901234567890".to_vec());
    let steam = OtpGenerator::new(&OtpSpec::steam(), &secret).map(|g| g.code_at(59));
    let totp = OtpGenerator::new(&OtpSpec::default(), &secret).map(|g| g.code_at(59));
    assert_eq!(steam.as_ref().map(|c| c.as_str()), Ok("PV9M4"));
    assert_eq!(totp.as_ref().map(|c| c.as_str()), Ok("287082"));
}
