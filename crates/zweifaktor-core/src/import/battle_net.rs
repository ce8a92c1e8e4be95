//! The Battle.net app's private preferences file (Android shared preferences, taken from a
//! rooted phone): the authenticator's device secret and serial, each stored as hex and XOR-masked
//! with a fixed key (`ENCRYPTION_TYPE` `MASK`). Unmasked, the serial is the account name and the
//! secret is the hex text of a 20-byte TOTP key: SHA1, 8 digits, 30 s. No password.

use zeroize::Zeroizing;

use super::shared_prefs::{looks_like_shared_prefs, shared_prefs_strings};

use super::otpauth_list::text_of;
use super::{ImportError, Imported, ImportedEntry, Reason, reason};
use crate::otp::{HashAlgorithm, OtpKind, OtpSpec};
use crate::secret::{Password, SecretBytes};

pub struct Importer;

const FORMAT: &str = "Battle.net";
const ISSUER: &str = "Battle.net";
const PREFIX: &str = "com.blizzard.messenger.";
const SECRET_KEY: &str = "com.blizzard.messenger.AUTHENTICATOR_DEVICE_SECRET";
const SERIAL_KEY: &str = "com.blizzard.messenger.AUTHENTICATOR_SERIAL";
const ENCRYPTION_TYPE_KEY: &str =
    "com.blizzard.messenger.AUTHENTICATOR_CREDENTIALS_ENCRYPTION_TYPE";
const BATTLE_NET_DIGITS: u8 = 8;

/// The app's fixed mask; it hides the values from a casual look, it is not encryption.
const MASK: [u8; 56] = [
    0x39, 0x8e, 0x27, 0xfc, 0x50, 0x27, 0x6a, 0x65, 0x60, 0x65, 0xb0, 0xe5, 0x25, 0xf4, 0xc0, 0x6c,
    0x04, 0xc6, 0x10, 0x75, 0x28, 0x6b, 0x8e, 0x7a, 0xed, 0xa5, 0x9d, 0xa9, 0x81, 0x3b, 0x5d, 0xd6,
    0xc8, 0x0d, 0x2f, 0xb3, 0x80, 0x68, 0x77, 0x3f, 0xa5, 0x9b, 0xa4, 0x7c, 0x17, 0xca, 0x6c, 0x64,
    0x79, 0x01, 0x5c, 0x1d, 0x5b, 0x8b, 0x8f, 0x6b,
];

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "battle-net";
    const NAME: &'static str = "Battle.net Authenticator";
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        let Ok(text) = text_of(bytes, FORMAT) else {
            return false;
        };
        looks_like_shared_prefs(text) && text.contains(&format!("name=\"{SECRET_KEY}\""))
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        let text = text_of(bytes, FORMAT)?;
        if !looks_like_shared_prefs(text) || !text.contains(PREFIX) {
            return Err(ImportError::NotThisFormat {
                format: FORMAT,
                reason: Reason::Missing {
                    field: SECRET_KEY.to_owned(),
                },
            });
        }
        let strings = shared_prefs_strings(text, FORMAT)?;
        let value_of = |key: &str| {
            strings
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value)
        };
        if let Some(kind) = value_of(ENCRYPTION_TYPE_KEY)
            && kind.trim() != "MASK"
        {
            return Err(ImportError::Unsupported {
                format: FORMAT,
                // Only the app's MASK scheme is known.
                reason: Reason::UnknownMethod {
                    name: format!("{:?}", kind.as_str()),
                },
            });
        }
        let (Some(masked_secret), Some(masked_serial)) =
            (value_of(SECRET_KEY), value_of(SERIAL_KEY))
        else {
            return Err(damaged(missing(if value_of(SECRET_KEY).is_none() {
                SECRET_KEY
            } else {
                SERIAL_KEY
            })));
        };
        let serial = unmask(masked_serial).ok_or_else(|| damaged(unreadable(SERIAL_KEY)))?;
        let serial =
            String::from_utf8(serial.to_vec()).map_err(|_| damaged(unreadable(SERIAL_KEY)))?;
        let secret_hex = unmask(masked_secret).ok_or_else(|| damaged(unreadable(SECRET_KEY)))?;
        let secret = Zeroizing::new(
            hex::decode(secret_hex.as_slice())
                .map_err(|_| damaged(reason::not_encoded(SECRET_KEY, reason::HEX)))?,
        );
        if secret.is_empty() {
            return Err(damaged(Reason::EmptySecret));
        }
        Ok(Imported {
            entries: vec![ImportedEntry {
                issuer: Some(ISSUER.to_owned()),
                account: serial,
                secret: SecretBytes::new(secret.to_vec()),
                otp: OtpSpec {
                    kind: OtpKind::Totp {
                        period: crate::otp::DEFAULT_PERIOD,
                    },
                    algorithm: HashAlgorithm::Sha1,
                    digits: BATTLE_NET_DIGITS,
                },
            }],
            skipped: Vec::new(),
        })
    }
}

fn damaged(reason: Reason) -> ImportError {
    ImportError::Damaged {
        format: FORMAT,
        reason,
    }
}

fn missing(field: &str) -> Reason {
    Reason::Missing {
        field: field.to_owned(),
    }
}

fn unreadable(field: &str) -> Reason {
    Reason::Unreadable {
        field: field.to_owned(),
        detail: None,
    }
}

/// Hex text, XORed byte by byte with [`MASK`]. `None` when it is not hex or longer than the
/// mask (the app never masks more than the mask covers).
fn unmask(masked: &str) -> Option<Zeroizing<Vec<u8>>> {
    let bytes = Zeroizing::new(hex::decode(masked.trim()).ok()?);
    if bytes.len() > MASK.len() {
        return None;
    }
    Some(Zeroizing::new(
        bytes
            .iter()
            .zip(MASK)
            .map(|(byte, mask)| byte ^ mask)
            .collect(),
    ))
}
