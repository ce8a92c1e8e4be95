//! Reading a Base32 shared secret the way people and services actually write it: any case, with
//! spaces or hyphens between groups, with or without `=` padding, and with the sloppy endings
//! real issuers produce. The decoding itself is data-encoding's; this module owns the tolerant
//! clean-up around it and the messages that point at the character a user has to fix.

use std::sync::LazyLock;

use data_encoding::{Encoding, Specification};
use zeroize::Zeroizing;

use super::{MAX_SECRET_BYTES, MIN_SECRET_BITS_WITHOUT_WARNING, OtpError, OtpWarning};
use crate::secret::SecretBytes;

/// RFC 4648 Base32 without padding (stripped before decoding) and without the trailing-bits
/// check: pyotp and many services end a secret with a character whose unused low bits are not
/// zero, and every authenticator app accepts those secrets, so refusing them would only lock
/// the user out.
static LENIENT_BASE32: LazyLock<Encoding> = LazyLock::new(|| {
    let mut spec = Specification::new();
    spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    spec.check_trailing_bits = false;
    spec.encoding()
        .expect("32 distinct ASCII symbols without padding form a valid data-encoding spec")
});

/// The most Base32 symbols a secret of [`MAX_SECRET_BYTES`] takes (5 bits each).
const MAX_SYMBOLS: usize = (MAX_SECRET_BYTES * 8).div_ceil(5);

/// Decodes a Base32 secret as typed or pasted by a user.
///
/// Accepted: upper or lower case, whitespace (including the non-breaking spaces web pages put
/// between groups) and hyphens anywhere, `=` padding of any length at the end, and any number of
/// characters up to [`MAX_SECRET_BYTES`] bytes (longer is [`OtpError::SecretTooLong`]). When
/// the last character cannot complete a byte (1, 3 or 6 characters left over
/// after full groups of 8), it is dropped the way Google Authenticator drops it, with
/// [`OtpWarning::DanglingCharacter`]. A secret shorter than
/// [`MIN_SECRET_BITS_WITHOUT_WARNING`] is used as given, with [`OtpWarning::ShortSecret`].
///
/// Errors name the first offending character and its 1-based position in `text` as the user
/// sees it (counted in characters, not bytes, and counting the spaces they typed).
pub fn parse_secret(text: &str) -> Result<(SecretBytes, Vec<OtpWarning>), OtpError> {
    // Holds the secret in clear, so it is wiped when dropped, like every copy made here. Sized
    // for the longest secret accepted, not for the text: an 8 MB "secret" must not make us
    // allocate for it (its length is counted, and refused below).
    let capacity = text.len().min(MAX_SYMBOLS + 1);
    let mut symbols = Zeroizing::new(Vec::with_capacity(capacity));
    // The 1-based position in `text` of each kept symbol, to report decoder errors in the
    // user's coordinates. Positions reveal nothing about the secret.
    let mut positions = Vec::with_capacity(capacity);
    let mut symbol_count = 0usize;
    let mut first_padding: Option<usize> = None;

    for (index, character) in text.chars().enumerate() {
        let position = index + 1;
        match character {
            c if c.is_whitespace() || c == '-' => {}
            '=' => {
                first_padding.get_or_insert(position);
            }
            'A'..='Z' | 'a'..='z' | '2'..='7' => {
                // Padding only ever ends a secret; data after it means the text is not one
                // secret (two pasted together, or a typo), so point at the stray `=`.
                if let Some(padding_position) = first_padding {
                    return Err(OtpError::InvalidBase32Character {
                        character: '=',
                        position: padding_position,
                    });
                }
                symbol_count += 1;
                if symbol_count <= MAX_SYMBOLS {
                    // `character` is ASCII here, so the cast keeps it whole.
                    symbols.push(character.to_ascii_uppercase() as u8);
                    positions.push(position);
                }
            }
            other => {
                return Err(OtpError::InvalidBase32Character {
                    character: other,
                    position,
                });
            }
        }
    }

    if symbol_count > MAX_SYMBOLS {
        return Err(OtpError::SecretTooLong {
            bytes: symbol_count * 5 / 8,
        });
    }

    if symbols.is_empty() {
        return Err(OtpError::EmptySecret);
    }

    let mut warnings = Vec::new();
    // 8 symbols carry 5 bytes. A remainder of 1, 3 or 6 symbols ends in a character none of
    // whose bits complete a byte: Google Authenticator silently ignores it, and so must we to
    // show the same codes, but the user hears about it.
    if matches!(symbols.len() % 8, 1 | 3 | 6) {
        let symbol_count = symbols.len();
        symbols.truncate(symbol_count - 1);
        warnings.push(OtpWarning::DanglingCharacter);
        if symbols.is_empty() {
            return Err(OtpError::SecretTooShort {
                characters: symbol_count,
            });
        }
    }

    let bytes = LENIENT_BASE32.decode(&symbols).map_err(|error| {
        // Unreachable in practice (every symbol was checked above and the length fixed), but a
        // decoder error must still become a message about the user's text, not a panic.
        let position = positions.get(error.position).copied().unwrap_or(1);
        let character = text.chars().nth(position - 1).unwrap_or('?');
        OtpError::InvalidBase32Character {
            character,
            position,
        }
    })?;

    let bits = bytes.len() * 8;
    if bits < MIN_SECRET_BITS_WITHOUT_WARNING {
        warnings.push(OtpWarning::ShortSecret { bits });
    }
    Ok((SecretBytes::new(bytes), warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4226's test secret, "12345678901234567890".
    const RFC_SECRET: &[u8] = b"12345678901234567890";
    const RFC_BASE32: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    fn bytes_of(text: &str) -> Vec<u8> {
        match parse_secret(text) {
            Ok((secret, _)) => secret.as_bytes().to_vec(),
            Err(error) => panic!("{text:?} was rejected: {error}"),
        }
    }

    fn error_of(text: &str) -> OtpError {
        match parse_secret(text) {
            Ok((secret, warnings)) => {
                panic!("{text:?} was accepted as {secret:?} with {warnings:?}")
            }
            Err(error) => error,
        }
    }

    #[test]
    fn the_ways_people_write_a_secret_all_give_the_same_bytes() {
        for written in [
            RFC_BASE32,
            "gezdgnbvgy3tqojqgezdgnbvgy3tqojq",
            "GezdGNBVgy3tQOJQgezdgnbvGY3TQOJQ",
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ",
            "gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq",
            "  GEZDGNBVGY3TQOJQ\tGEZDGNBVGY3TQOJQ\n",
            "GEZD\u{a0}GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ",
        ] {
            let (secret, warnings) = parse_secret(written).unwrap();
            assert_eq!(secret.as_bytes(), RFC_SECRET, "{written:?}");
            assert!(warnings.is_empty(), "{written:?}: {warnings:?}");
        }
    }

    #[test]
    fn padding_is_optional_and_any_amount_is_accepted_at_the_end() {
        // 32 bytes: canonical form ends in "====".
        let expected = b"12345678901234567890123456789012".to_vec();
        let canonical = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA====";
        assert_eq!(bytes_of(canonical), expected);
        assert_eq!(bytes_of(canonical.trim_end_matches('=')), expected);
        assert_eq!(bytes_of(&format!("{canonical}==")), expected);
        assert_eq!(
            bytes_of("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA = ="),
            expected
        );
    }

    #[test]
    fn padding_in_the_middle_is_pointed_at() {
        assert_eq!(
            error_of("GEZA==GEZA"),
            OtpError::InvalidBase32Character {
                character: '=',
                position: 5
            }
        );
    }

    #[test]
    fn a_last_character_with_non_zero_unused_bits_is_accepted() {
        // "GEZA" is canonical for "12"; B and H differ from A only in the 4 unused low bits.
        assert_eq!(bytes_of("GEZA"), b"12");
        assert_eq!(bytes_of("GEZB"), b"12");
        assert_eq!(bytes_of("GEZH"), b"12");
        // pyotp-style 26-character secret whose last symbol carries 2 unused non-zero bits.
        let (secret, warnings) = parse_secret("JBSWY3DPEHPK3PXPJBSWY3DPEZ").unwrap();
        assert_eq!(secret.len(), 16);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(secret.as_bytes(), bytes_of("JBSWY3DPEHPK3PXPJBSWY3DPEY"));
    }

    #[test]
    fn characters_outside_base32_are_named_with_their_position() {
        for (text, character, position) in [
            ("GEZDGNBV1", '1', 9),
            ("0EZDGNBV", '0', 1),
            ("GEZ8GNBV", '8', 4),
            ("GEZDGNB9", '9', 8),
            ("GEZD!NBV", '!', 5),
            // Positions count what the user sees: the space and the two-byte "é" are one each.
            ("GEZD éNBV", 'é', 6),
            ("GEZD GNBV é", 'é', 11),
            ("GÉZDGNBV1", 'É', 2),
        ] {
            let error = error_of(text);
            assert_eq!(
                error,
                OtpError::InvalidBase32Character {
                    character,
                    position
                },
                "{text:?}"
            );
            let message = error.to_string();
            assert!(message.contains(&format!("{character:?}")), "{message}");
            assert!(
                message.contains(&format!("position {position}")),
                "{message}"
            );
        }
    }

    #[test]
    fn nothing_but_separators_is_an_empty_secret() {
        for text in ["", "   ", "----", "====", " - = "] {
            assert_eq!(error_of(text), OtpError::EmptySecret, "{text:?}");
        }
    }

    #[test]
    fn a_short_secret_is_used_as_given_with_a_warning() {
        // 5 bytes = 40 bits.
        let (secret, warnings) = parse_secret("JBSWY3DP").unwrap();
        assert_eq!(secret.as_bytes(), b"Hello");
        assert_eq!(warnings, vec![OtpWarning::ShortSecret { bits: 40 }]);
        assert!(warnings[0].to_string().contains("40 bits"));

        // 10 bytes = exactly 80 bits: no warning.
        let (secret, warnings) = parse_secret("JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(secret.len(), 10);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_dangling_last_character_is_dropped_like_google_authenticator_does() {
        // Remainders 1, 3 and 6: the last character adds nothing, so the bytes equal those of
        // the text without it, and the user is warned.
        for (text, without_last) in [
            ("JBSWY3DPEHPK3PXPA", "JBSWY3DPEHPK3PXP"),
            ("JBSWY3DPEHPK3PXPJBS", "JBSWY3DPEHPK3PXPJB"),
            ("JBSWY3DPEHPK3PXPJBSWY3", "JBSWY3DPEHPK3PXPJBSWY"),
        ] {
            let (secret, warnings) = parse_secret(text).unwrap();
            assert_eq!(secret.as_bytes(), bytes_of(without_last), "{text}");
            assert_eq!(warnings, vec![OtpWarning::DanglingCharacter], "{text}");
        }
        // Remainders 2, 4, 5 and 7 carry whole bytes: no warning.
        for text in [
            "JBSWY3DPEHPK3PXPJB",
            "JBSWY3DPEHPK3PXPJBSW",
            "JBSWY3DPEHPK3PXPJBSWY",
            "JBSWY3DPEHPK3PXPJBSWY3D",
        ] {
            let (_, warnings) = parse_secret(text).unwrap();
            assert!(warnings.is_empty(), "{text}: {warnings:?}");
        }
    }

    #[test]
    fn a_single_character_carries_no_byte_at_all() {
        let error = error_of("a");
        assert_eq!(error, OtpError::SecretTooShort { characters: 1 });
        assert!(error.to_string().contains("1 Base32 character"), "{error}");
    }

    #[test]
    fn short_and_dangling_warnings_come_together() {
        // Six characters: the sixth is dangling, the first five carry 3 bytes = 24 bits.
        let (secret, warnings) = parse_secret("GEZDGN").unwrap();
        assert_eq!(secret.as_bytes(), b"123");
        assert_eq!(
            warnings,
            vec![
                OtpWarning::DanglingCharacter,
                OtpWarning::ShortSecret { bits: 24 }
            ]
        );
    }

    #[test]
    fn an_8_mb_secret_is_refused_with_its_size_and_the_bound() {
        let huge = "A".repeat(8 * 1024 * 1024);
        let error = error_of(&huge);
        assert_eq!(
            error,
            OtpError::SecretTooLong {
                bytes: 8 * 1024 * 1024 * 5 / 8
            }
        );
        assert!(error.to_string().contains("at most 1024"), "{error}");
        // The longest accepted: 1024 bytes, written with spaces between groups.
        let longest = data_encoding::BASE32_NOPAD.encode(&[0x5A; MAX_SECRET_BYTES]);
        let grouped: String = longest
            .as_bytes()
            .chunks(4)
            .map(|group| std::str::from_utf8(group).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(bytes_of(&grouped), vec![0x5A; MAX_SECRET_BYTES]);
        assert!(matches!(
            error_of(&format!("{longest}AA")),
            OtpError::SecretTooLong { bytes: 1025 }
        ));
    }
}
