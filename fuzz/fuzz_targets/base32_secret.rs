//! Base32 secrets as users type and paste them: any text either decodes to the bytes that its
//! canonical form decodes to, or says which character is wrong, at the right place.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zweifaktor_core::otp::{OtpError, OtpSpec, OtpWarning, parse_secret};
use zweifaktor_fuzz::check_codes;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_secret(text) {
        Ok((secret, _warnings)) => {
            assert!(!secret.is_empty());
            let canonical = secret.to_base32();
            let (again, warnings) = parse_secret(&canonical).expect("our own Base32 reads back");
            assert_eq!(again.as_bytes(), secret.as_bytes());
            assert!(
                warnings
                    .iter()
                    .all(|w| matches!(w, OtpWarning::ShortSecret { .. })),
                "{warnings:?}"
            );
            check_codes(&OtpSpec::default(), &secret);
        }
        // The message points at the character the user has to fix: position 1-based, in
        // characters as they see them.
        Err(OtpError::InvalidBase32Character {
            character,
            position,
        }) => {
            assert!(position >= 1);
            assert_eq!(text.chars().nth(position - 1), Some(character), "{text:?}");
        }
        Err(OtpError::EmptySecret) => {
            assert!(
                text.chars()
                    .all(|c| c.is_whitespace() || c == '-' || c == '='),
                "{text:?}"
            );
        }
        Err(_) => {}
    }
});
