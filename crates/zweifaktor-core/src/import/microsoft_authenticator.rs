//! Microsoft Authenticator's internal SQLite database (`PhoneFactor`, copied off a rooted
//! Android phone): table `accounts` with `name` (the issuer), `username`, `oath_secret_key`
//! and `account_type`. Every code is TOTP, SHA1, 30 s. Third-party accounts (type 0) hold a
//! Base32 secret and show 6 digits; personal Microsoft accounts (type 2) hold a Base64 secret
//! and show 8 digits. Work or school accounts (type 1) sign in by notification and are
//! skipped with the reason, as are rows whose secret is encrypted with a key that stays in the
//! phone's keystore.

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use zeroize::Zeroizing;

use super::sqlite::{self, Database};
use super::{ImportError, Imported, ImportedEntry, Reason, SkippedEntry, label, reason};
use crate::otp::{DEFAULT_PERIOD, HashAlgorithm, OtpKind, OtpSpec};
use crate::secret::Password;

pub struct Importer;

const FORMAT: &str = "Microsoft Authenticator database";

const TABLE: &str = "accounts";
const COLUMNS: &[&str] = &["name", "username", "oath_secret_key", "account_type"];

const TYPE_THIRD_PARTY: i64 = 0;
const TYPE_WORK_OR_SCHOOL: i64 = 1;
const TYPE_MICROSOFT: i64 = 2;

const THIRD_PARTY_DIGITS: u8 = 6;
const MICROSOFT_DIGITS: u8 = 8;

impl super::Importer for Importer {
    const IDENTIFIER: &'static str = "microsoft-authenticator";
    const NAME: &'static str = "Microsoft Authenticator app database";
    const ENCRYPTABLE: bool = false;

    fn detect(bytes: &[u8]) -> bool {
        Database::probe(bytes).is_some_and(|db| db.has_columns(TABLE, COLUMNS))
    }

    fn import(bytes: &[u8], _password: Option<&Password>) -> Result<Imported, ImportError> {
        Database::open_for_import(bytes, FORMAT, TABLE, COLUMNS)?
            .import_rows(&format!("SELECT * FROM {TABLE} ORDER BY rowid"), convert)
    }
}

fn convert(row: &rusqlite::Row<'_>) -> Result<ImportedEntry, SkippedEntry> {
    let name = sqlite::text(row, "name");
    let username = sqlite::text(row, "username");
    let issuer = name
        .as_ref()
        .ok()
        .and_then(Option::as_deref)
        .map(str::trim)
        .filter(|issuer| !issuer.is_empty())
        .map(str::to_owned);
    let account = username
        .as_ref()
        .ok()
        .and_then(Option::as_deref)
        .unwrap_or_default()
        .trim()
        .to_owned();
    let skip = |reason: Reason| SkippedEntry {
        label: label(issuer.as_deref(), &account).into(),
        reason: reason.into(),
    };
    name.map_err(skip)?;
    username.map_err(skip)?;
    let secret = sqlite::secret_text(row, "oath_secret_key")
        .map_err(skip)?
        .filter(|secret| !secret.trim().is_empty());
    let account_type = sqlite::integer(row, "account_type").map_err(skip)?;
    let (secret, digits) = match account_type {
        Some(TYPE_THIRD_PARTY) => (secret, THIRD_PARTY_DIGITS),
        Some(TYPE_MICROSOFT) => {
            let secret = secret
                .map(|text| base64_to_base32(&text))
                .transpose()
                .map_err(skip)?;
            (secret, MICROSOFT_DIGITS)
        }
        Some(TYPE_WORK_OR_SCHOOL) => {
            return Err(skip(Reason::MicrosoftWorkAccount));
        }
        Some(other) => return Err(skip(Reason::UnknownAccountType { kind: other })),
        None => {
            return Err(skip(Reason::Missing {
                field: "account_type".to_owned(),
            }));
        }
    };
    if secret.is_none() && has_encrypted_secret(row) {
        return Err(skip(Reason::MicrosoftKeyOnPhone));
    }
    let otp = OtpSpec {
        kind: OtpKind::Totp {
            period: DEFAULT_PERIOD,
        },
        algorithm: HashAlgorithm::Sha1,
        digits,
    };
    super::finish_entry(issuer, account, secret, otp)
}

fn has_encrypted_secret(row: &rusqlite::Row<'_>) -> bool {
    sqlite::secret_text(row, "encrypted_oath_secret_key")
        .ok()
        .flatten()
        .is_some_and(|text| !text.trim().is_empty())
}

/// Personal Microsoft accounts keep the secret as Base64; the shared end of the import reads
/// Base32. Every copy is wiped when dropped.
fn base64_to_base32(text: &str) -> Result<Zeroizing<String>, Reason> {
    // The app writes padding; a copy that lost it is still the same secret.
    const STANDARD: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    let bytes = Zeroizing::new(
        STANDARD
            .decode(text.trim())
            .map_err(|_| reason::not_encoded("oath_secret_key", reason::BASE64))?,
    );
    // Sized up front, so that appending never leaves an unwiped copy behind a reallocation.
    let mut base32 = Zeroizing::new(String::with_capacity(
        data_encoding::BASE32_NOPAD.encode_len(bytes.len()),
    ));
    data_encoding::BASE32_NOPAD.encode_append(&bytes, &mut base32);
    Ok(base32)
}

#[cfg(test)]
mod tests {
    use super::base64_to_base32;

    #[test]
    fn a_base64_secret_becomes_the_same_bytes_in_base32() {
        // "Hello!\xde\xad\xbe\xef" in both encodings.
        assert_eq!(
            base64_to_base32("SGVsbG8h3q2+7w==").unwrap().as_str(),
            "JBSWY3DPEHPK3PXP"
        );
        assert_eq!(
            base64_to_base32("SGVsbG8h3q2+7w").unwrap().as_str(),
            "JBSWY3DPEHPK3PXP"
        );
        assert!(base64_to_base32("not base64 at all!").is_err());
    }
}
