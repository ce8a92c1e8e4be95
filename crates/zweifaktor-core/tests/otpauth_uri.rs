//! `otpauth://` URIs as real QR codes and exports write them: every edge case as a row of a
//! table, what it reads as (or the error a user sees), and a round trip through `format`.

use zweifaktor_core::otp::uri::{self, OtpAuthUri};
use zweifaktor_core::otp::{HashAlgorithm, OtpError, OtpKind, OtpSpec, OtpWarning, UriProblem};

/// "JBSWY3DPEHPK3PXP", the secret of Google's own example.
const HELLO: &[u8] = b"Hello!\xde\xad\xbe\xef";

fn totp(algorithm: HashAlgorithm, digits: u8, period: u32) -> OtpSpec {
    OtpSpec {
        kind: OtpKind::Totp { period },
        algorithm,
        digits,
    }
}

fn hotp(counter: u64, digits: u8) -> OtpSpec {
    OtpSpec {
        kind: OtpKind::Hotp { counter },
        algorithm: HashAlgorithm::Sha1,
        digits,
    }
}

struct Valid {
    what: &'static str,
    uri: &'static str,
    issuer: Option<&'static str>,
    account: &'static str,
    secret: &'static [u8],
    spec: OtpSpec,
    warnings: Vec<OtpWarning>,
}

fn valid_rows() -> Vec<Valid> {
    let default = OtpSpec::default();
    let row = |what, uri, issuer, account, spec| Valid {
        what,
        uri,
        issuer,
        account,
        secret: HELLO,
        spec,
        warnings: Vec::new(),
    };
    vec![
        row(
            "issuer in the label only",
            "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "alice@example.com",
            default,
        ),
        row(
            "issuer parameter only",
            "otpauth://totp/alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME",
            Some("ACME"),
            "alice@example.com",
            default,
        ),
        row(
            "issuer in label and parameter, agreeing",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME",
            Some("ACME"),
            "alice",
            default,
        ),
        Valid {
            warnings: vec![OtpWarning::IssuerMismatch {
                label: "Old Name".to_owned(),
                parameter: "New Name".to_owned(),
            }],
            ..row(
                "issuer in label and parameter, disagreeing: the parameter wins",
                "otpauth://totp/Old%20Name:alice?secret=JBSWY3DPEHPK3PXP&issuer=New+Name",
                Some("New Name"),
                "alice",
                default,
            )
        },
        row(
            "no issuer anywhere",
            "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP",
            None,
            "alice",
            default,
        ),
        row(
            "empty label",
            "otpauth://totp/?secret=JBSWY3DPEHPK3PXP&issuer=ACME",
            Some("ACME"),
            "",
            default,
        ),
        row(
            "%3A as the separator",
            "otpauth://totp/ACME%3Aalice?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "alice",
            default,
        ),
        row(
            "a space after the colon is dropped",
            "otpauth://totp/ACME:%20alice?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "alice",
            default,
        ),
        row(
            "%3A%20 as the separator",
            "otpauth://totp/ACME%3A%20alice?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "alice",
            default,
        ),
        row(
            "%20 in label and parameter, + in a parameter: all spaces",
            "otpauth://totp/Big%20Corp:John%20Doe?secret=JBSWY3DPEHPK3PXP&issuer=Big+Corp",
            Some("Big Corp"),
            "John Doe",
            default,
        ),
        row(
            "+ in the label is a literal plus",
            "otpauth://totp/ACME:me+2fa@example.com?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "me+2fa@example.com",
            default,
        ),
        row(
            "%2B in a parameter is a plus",
            "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=C%2B%2B%20Club",
            Some("C++ Club"),
            "alice",
            default,
        ),
        row(
            "percent-encoded UTF-8",
            "otpauth://totp/M%C3%BCller%20GmbH:j%C3%BCrgen?secret=JBSWY3DPEHPK3PXP&issuer=M%C3%BCller%20GmbH",
            Some("Müller GmbH"),
            "jürgen",
            default,
        ),
        row(
            "raw UTF-8, as some generators write it",
            "otpauth://totp/Müller:jürgen?secret=JBSWY3DPEHPK3PXP&issuer=Müller",
            Some("Müller"),
            "jürgen",
            default,
        ),
        row(
            "lower-case algorithm",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&algorithm=sha256",
            Some("ACME"),
            "alice",
            totp(HashAlgorithm::Sha256, 6, 30),
        ),
        row(
            "hyphenated algorithm",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&algorithm=SHA-512&digits=8&period=60",
            Some("ACME"),
            "alice",
            totp(HashAlgorithm::Sha512, 8, 60),
        ),
        row(
            "every parameter explicit",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME&algorithm=SHA1&digits=7&period=15",
            Some("ACME"),
            "alice",
            totp(HashAlgorithm::Sha1, 7, 15),
        ),
        row(
            "missing parameters take the defaults",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "alice",
            totp(HashAlgorithm::Sha1, 6, 30),
        ),
        row(
            "unknown parameters are ignored",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&image=https%3A%2F%2Fexample.com%2Flogo.png&color=red&flag",
            Some("ACME"),
            "alice",
            default,
        ),
        row(
            "parameter names in another case, and in another order",
            "otpauth://totp/ACME:alice?Digits=8&SECRET=JBSWY3DPEHPK3PXP&Issuer=ACME",
            Some("ACME"),
            "alice",
            totp(HashAlgorithm::Sha1, 8, 30),
        ),
        row(
            "the same parameter twice with the same value",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&digits=8&digits=8",
            Some("ACME"),
            "alice",
            totp(HashAlgorithm::Sha1, 8, 30),
        ),
        row(
            "scheme and type in upper case",
            "OTPAUTH://TOTP/ACME:alice?secret=JBSWY3DPEHPK3PXP",
            Some("ACME"),
            "alice",
            default,
        ),
        row(
            "secret in lower case with spaces and padding",
            "otpauth://totp/ACME:alice?secret=jbsw%20y3dp+ehpk%203pxp%3D%3D%3D%3D%3D%3D",
            Some("ACME"),
            "alice",
            default,
        ),
        row(
            "hotp with a counter",
            "otpauth://hotp/ACME:alice?secret=JBSWY3DPEHPK3PXP&counter=42&digits=8",
            Some("ACME"),
            "alice",
            hotp(42, 8),
        ),
        row(
            "hotp with counter 0",
            "otpauth://hotp/alice?secret=JBSWY3DPEHPK3PXP&counter=0",
            None,
            "alice",
            hotp(0, 6),
        ),
        row(
            "hotp with the largest counter",
            "otpauth://hotp/alice?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551615",
            None,
            "alice",
            hotp(u64::MAX, 6),
        ),
        row(
            "steam type (Aegis)",
            "otpauth://steam/Steam:gaben?secret=JBSWY3DPEHPK3PXP",
            Some("Steam"),
            "gaben",
            OtpSpec::steam(),
        ),
        row(
            "steam as Aegis exports it, every parameter explicit",
            "otpauth://steam/Steam:gaben?period=30&digits=5&algorithm=SHA1&secret=JBSWY3DPEHPK3PXP&issuer=Steam",
            Some("Steam"),
            "gaben",
            OtpSpec::steam(),
        ),
        row(
            "totp with encoder=steam (KeePassXC)",
            "otpauth://totp/Valve:gaben?secret=JBSWY3DPEHPK3PXP&issuer=Valve&algorithm=SHA1&digits=5&period=30&encoder=steam",
            Some("Valve"),
            "gaben",
            OtpSpec::steam(),
        ),
        row(
            "leading and trailing whitespace around the URI",
            "  otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP\n",
            Some("ACME"),
            "alice",
            default,
        ),
        Valid {
            secret: b"Hello",
            warnings: vec![OtpWarning::ShortSecret { bits: 40 }],
            ..row(
                "a short secret is accepted with its warning",
                "otpauth://totp/ACME:alice?secret=JBSWY3DP",
                Some("ACME"),
                "alice",
                default,
            )
        },
    ]
}

#[test]
fn valid_uris_read_as_expected() {
    for row in valid_rows() {
        let (parsed, warnings) = match uri::parse(row.uri) {
            Ok(parsed) => parsed,
            Err(error) => panic!("{}: {:?} was refused: {error}", row.what, row.uri),
        };
        assert_eq!(parsed.issuer.as_deref(), row.issuer, "{}", row.what);
        assert_eq!(parsed.account, row.account, "{}", row.what);
        assert_eq!(parsed.secret.as_bytes(), row.secret, "{}", row.what);
        assert_eq!(parsed.spec, row.spec, "{}", row.what);
        assert_eq!(warnings, row.warnings, "{}", row.what);
    }
}

#[test]
fn valid_uris_survive_format_and_parse() {
    for row in valid_rows() {
        let Ok((parsed, _)) = uri::parse(row.uri) else {
            panic!("{}: refused", row.what);
        };
        let written = uri::format(&parsed);
        let (again, warnings) = match uri::parse(&written) {
            Ok(again) => again,
            Err(error) => panic!("{}: our own {:?} was refused: {error}", row.what, &*written),
        };
        assert_eq!(again, parsed, "{}: {}", row.what, &*written);
        // Only warnings about the secret itself remain: ours never disagree on the issuer.
        let expected: Vec<_> = row
            .warnings
            .into_iter()
            .filter(|w| !matches!(w, OtpWarning::IssuerMismatch { .. }))
            .collect();
        assert_eq!(warnings, expected, "{}", row.what);
    }
}

#[test]
fn format_writes_what_other_apps_read() {
    let secret = || zweifaktor_core::secret::SecretBytes::new(HELLO.to_vec());
    let cases = [
        (
            OtpAuthUri {
                issuer: Some("ACME".to_owned()),
                account: "alice@example.com".to_owned(),
                secret: secret(),
                spec: OtpSpec::default(),
            },
            "otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME&algorithm=SHA1&digits=6&period=30",
        ),
        (
            OtpAuthUri {
                issuer: Some("Müller GmbH".to_owned()),
                account: "me+2fa@example.com".to_owned(),
                secret: secret(),
                spec: totp(HashAlgorithm::Sha256, 8, 60),
            },
            "otpauth://totp/M%C3%BCller%20GmbH:me%2B2fa@example.com?secret=JBSWY3DPEHPK3PXP&issuer=M%C3%BCller%20GmbH&algorithm=SHA256&digits=8&period=60",
        ),
        (
            OtpAuthUri {
                issuer: None,
                account: "alice".to_owned(),
                secret: secret(),
                spec: hotp(42, 6),
            },
            "otpauth://hotp/alice?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&counter=42",
        ),
        (
            OtpAuthUri {
                issuer: Some("Steam".to_owned()),
                account: "gaben".to_owned(),
                secret: secret(),
                spec: OtpSpec::steam(),
            },
            "otpauth://steam/Steam:gaben?secret=JBSWY3DPEHPK3PXP&issuer=Steam&algorithm=SHA1&digits=5&period=30&encoder=steam",
        ),
    ];
    for (account, expected) in cases {
        assert_eq!(uri::format(&account).as_str(), expected);
    }
}

/// A bad URI: the error, and words its message must contain so the user knows what to fix.
fn error_rows() -> Vec<(&'static str, &'static str, OtpError, &'static str)> {
    vec![
        (
            "hotp without counter",
            "otpauth://hotp/ACME:alice?secret=JBSWY3DPEHPK3PXP",
            OtpError::MissingParameter("counter"),
            "no counter parameter",
        ),
        (
            "no secret",
            "otpauth://totp/ACME:alice?issuer=ACME",
            OtpError::MissingParameter("secret"),
            "no secret parameter",
        ),
        (
            "empty secret",
            "otpauth://totp/ACME:alice?secret=",
            OtpError::EmptySecret,
            "secret is empty",
        ),
        (
            "bad secret",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PX1",
            OtpError::InvalidBase32Character {
                character: '1',
                position: 16,
            },
            "'1' at position 16",
        ),
        (
            "bad digits",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&digits=six",
            OtpError::BadNumber {
                parameter: "digits",
                value: "six".to_owned(),
            },
            "digits parameter \"six\" is not a valid number",
        ),
        (
            "digits too large for any code",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&digits=300",
            OtpError::BadNumber {
                parameter: "digits",
                value: "300".to_owned(),
            },
            "digits parameter \"300\"",
        ),
        (
            "10 digits",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&digits=10",
            OtpError::Digits(10),
            "10 digits are not supported",
        ),
        (
            "3 digits",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&digits=3",
            OtpError::Digits(3),
            "3 digits are not supported",
        ),
        (
            "period 0",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&period=0",
            OtpError::Period(0),
            "period of 0 seconds",
        ),
        (
            "negative period",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&period=-30",
            OtpError::BadNumber {
                parameter: "period",
                value: "-30".to_owned(),
            },
            "period parameter",
        ),
        (
            "counter not a number",
            "otpauth://hotp/ACME:alice?secret=JBSWY3DPEHPK3PXP&counter=abc",
            OtpError::BadNumber {
                parameter: "counter",
                value: "abc".to_owned(),
            },
            "counter parameter",
        ),
        (
            "unknown algorithm",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&algorithm=MD5",
            OtpError::Algorithm("MD5".to_owned()),
            "unknown algorithm \"MD5\"",
        ),
        (
            "steam with 6 digits",
            "otpauth://steam/Steam:gaben?secret=JBSWY3DPEHPK3PXP&digits=6",
            OtpError::SteamParameters,
            "Steam codes always use SHA1 and 5 characters",
        ),
        (
            "steam with SHA256",
            "otpauth://totp/Steam:gaben?secret=JBSWY3DPEHPK3PXP&encoder=steam&algorithm=SHA256",
            OtpError::SteamParameters,
            "Steam codes",
        ),
        (
            "steam with a 60 s period",
            "otpauth://steam/Steam:gaben?secret=JBSWY3DPEHPK3PXP&period=60",
            OtpError::SteamPeriod(60),
            "not every 60",
        ),
        (
            "unknown encoder",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&encoder=yandex",
            OtpError::UriEncoder {
                type_name: "totp".to_owned(),
                encoder: "yandex".to_owned(),
            },
            "encoder=yandex",
        ),
        (
            "two different secrets",
            "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&secret=GEZDGNBVGY3TQOJQ",
            OtpError::DuplicateParameter("secret".to_owned()),
            "secret parameter twice",
        ),
        (
            "unknown type",
            "otpauth://motp/ACME:alice?secret=JBSWY3DPEHPK3PXP",
            OtpError::UriType("motp".to_owned()),
            "unknown OTP type \"motp\"",
        ),
        (
            "wrong scheme",
            "https://example.com/totp?secret=JBSWY3DPEHPK3PXP",
            OtpError::Uri(UriProblem::OtherScheme("https".to_owned())),
            "not an otpauth URI",
        ),
        (
            "a Google Authenticator export",
            "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8",
            OtpError::Uri(UriProblem::MigrationExport),
            "export",
        ),
        (
            "no type",
            "otpauth:///ACME:alice?secret=JBSWY3DPEHPK3PXP",
            OtpError::Uri(UriProblem::NoType),
            "names no type",
        ),
        (
            "no slashes",
            "otpauth:totp/ACME:alice?secret=JBSWY3DPEHPK3PXP",
            OtpError::Uri(UriProblem::NoType),
            "names no type",
        ),
        (
            "garbage words",
            "hello world",
            OtpError::Uri(UriProblem::NoScheme),
            "does not start with otpauth://",
        ),
        (
            "a bare secret pasted into the URI field",
            "JBSWY3DPEHPK3PXP",
            OtpError::Uri(UriProblem::NoScheme),
            "otpauth://",
        ),
        (
            "just the scheme",
            "otpauth://",
            OtpError::Uri(UriProblem::NoType),
            "names no type",
        ),
        (
            "empty string",
            "",
            OtpError::Uri(UriProblem::Empty),
            "empty",
        ),
        (
            "only whitespace",
            " \t\n",
            OtpError::Uri(UriProblem::Empty),
            "empty",
        ),
    ]
}

#[test]
fn bad_uris_say_what_is_wrong() {
    for (what, text, expected, words) in error_rows() {
        let error = match uri::parse(text) {
            Ok((parsed, _)) => panic!("{what}: {text:?} was accepted as {parsed:?}"),
            Err(error) => error,
        };
        assert_eq!(error, expected, "{what}");
        let message = error.to_string();
        assert!(
            message.contains(words),
            "{what}: {message:?} lacks {words:?}"
        );
        assert!(
            !message.contains("JBSWY3DP"),
            "{what}: {message:?} shows the secret"
        );
    }
}

#[test]
fn unreadable_uris_are_errors_not_panics() {
    for text in [
        "otpauth://[::1/totp?secret=JBSWY3DPEHPK3PXP",
        "otpauth://to tp/ACME?secret=JBSWY3DPEHPK3PXP",
        "::::",
        "otpauth",
        "otpauth:",
        "otpauth://totp",
        "otpauth://totp/%FF%FE?secret=%FF",
        "otpauth://totp/a?secret=%",
        "otpauth://totp/a?%%%%=&&&&==",
        "\u{0}\u{1}\u{7f}",
        "otpauth://totp/\u{202e}evil?secret=JBSWY3DPEHPK3PXP&digits=99999999999999999999",
    ] {
        // Each must come back as a value; if it is an error, its message is not empty.
        if let Err(error) = uri::parse(text) {
            assert!(!error.to_string().is_empty(), "{text:?}");
        }
    }
}

/// Mangled versions of the valid rows (characters dropped, duplicated, swapped for others)
/// never panic, and whatever is still accepted writes out and reads back the same.
#[test]
fn mangled_uris_never_panic_and_accepted_ones_round_trip() {
    let rows = valid_rows();
    let mut rng = fastrand::Rng::with_seed(0x6F74_7061_7574_6821);
    let noise = [
        '%', ':', '/', '?', '&', '=', '+', ' ', 'é', '3', 'A', '#', '\0',
    ];
    let mut accepted = 0;
    for _ in 0..3_000 {
        let mut chars: Vec<char> = rows[rng.usize(..rows.len())].uri.chars().collect();
        for _ in 0..rng.usize(1..4) {
            let at = rng.usize(..chars.len());
            match rng.u8(..3) {
                0 => {
                    chars.remove(at);
                }
                1 => chars.insert(at, chars[at]),
                _ => chars[at] = noise[rng.usize(..noise.len())],
            }
            if chars.is_empty() {
                break;
            }
        }
        let text: String = chars.into_iter().collect();
        if let Ok((parsed, _)) = uri::parse(&text) {
            accepted += 1;
            let written = uri::format(&parsed);
            let again = uri::parse(&written).map(|(again, _)| again);
            assert_eq!(again.as_ref(), Ok(&parsed), "{text:?} → {}", &*written);
        }
    }
    // Most single-character changes leave a usable URI; the round trip must have been tried.
    assert!(accepted > 300, "only {accepted} mangled URIs were accepted");
}
