//! Why a file or an entry cannot be imported ([`Reason`]), in the user's language. Field names
//! and numbers are the file's own words and stay as they are; the sentence around them is
//! translated, and so is its technical detail ([`crate::import::Detail`], `import_detail`).

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::Localize;
use crate::import::Reason;

impl Localize for Reason {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        let text = match self {
            Reason::NotText => fl!(l, "import-reason-not-text"),
            Reason::NotJson { .. } => fl!(l, "import-reason-not-json"),
            Reason::UnexpectedContent { .. } => fl!(l, "import-reason-unexpected-content"),
            Reason::NotOtpCode => fl!(l, "qr-not-otp"),
            Reason::NoOtpauthLine => fl!(l, "import-reason-no-otpauth-line"),
            Reason::NoSignature => fl!(l, "import-reason-no-signature"),
            Reason::NotZip => fl!(l, "import-reason-not-zip"),
            Reason::ZipUnreadable { .. } => fl!(l, "import-reason-zip-unreadable"),
            Reason::ZipWithout { name } => {
                fl!(l, "import-reason-zip-without", name = name.as_str())
            }
            Reason::ZipTooLarge {
                name,
                size,
                compressed,
            } => fl!(
                l,
                "import-reason-zip-too-large",
                name = name.as_str(),
                size = (*size),
                compressed = (*compressed)
            ),
            Reason::NotSqlite => fl!(l, "import-reason-not-sqlite"),
            Reason::NoTable { table, columns } => fl!(
                l,
                "import-reason-no-table",
                table = table.as_str(),
                columns = columns.as_str()
            ),
            Reason::EndsEarly => fl!(l, "import-reason-ends-early"),
            Reason::EndsInHeader { length } => {
                fl!(l, "import-reason-ends-in-header", length = (*length))
            }
            Reason::CutOff { length, expected } => fl!(
                l,
                "import-reason-cut-off",
                length = (*length),
                expected = (*expected)
            ),
            Reason::NotWholePages { length, page_size } => fl!(
                l,
                "import-reason-not-whole-pages",
                length = (*length),
                page_size = (*page_size)
            ),
            Reason::PageSize { size } => fl!(l, "import-reason-page-size", size = (*size)),
            Reason::Sqlite { .. } => fl!(l, "import-reason-sqlite"),
            Reason::ColumnNotText { column } => {
                fl!(l, "import-reason-column-not-text", column = column.as_str())
            }
            Reason::ColumnNotNumber { column } => {
                fl!(
                    l,
                    "import-reason-column-not-number",
                    column = column.as_str()
                )
            }
            Reason::EncryptedCut => fl!(l, "import-reason-encrypted-cut"),
            Reason::Missing { field } => fl!(l, "import-reason-missing", field = field.as_str()),
            Reason::Unreadable { field, .. } => {
                fl!(l, "import-reason-unreadable", field = field.as_str())
            }
            Reason::NotEncoded { field, encoding } => fl!(
                l,
                "import-reason-not-encoded",
                field = field.as_str(),
                encoding = (*encoding)
            ),
            Reason::MigrationNoData => fl!(l, "import-reason-migration-no-data"),
            Reason::MigrationNotExport { .. } => fl!(l, "import-reason-migration-not-export"),
            Reason::WrongSize {
                field,
                length,
                expected,
            } => fl!(
                l,
                "import-reason-wrong-size",
                field = field.as_str(),
                length = (*length),
                expected = (*expected)
            ),
            Reason::Malformed { field } => {
                fl!(l, "import-reason-malformed", field = field.as_str())
            }
            Reason::NotAuthentic => fl!(l, "import-reason-not-authentic"),
            Reason::DecryptedUnreadable { .. } => {
                fl!(l, "import-reason-decrypted-unreadable")
            }
            Reason::NoAccounts => fl!(l, "import-reason-no-accounts"),
            Reason::Vault(e) => e.localize(l),
            Reason::VaultKdf(e) => e.localize(l),
            Reason::Version { found, min, max } => fl!(
                l,
                "import-reason-version",
                found = (*found),
                min = (*min),
                max = (*max)
            ),
            Reason::UnknownMethod { name } => {
                fl!(l, "import-reason-unknown-method", name = name.as_str())
            }
            Reason::KdfParameters { .. } => fl!(l, "import-reason-kdf-parameters"),
            Reason::KdfMemory { mib, max_mib } => fl!(
                l,
                "import-reason-kdf-memory",
                mib = (*mib),
                max_mib = (*max_mib)
            ),
            Reason::KdfPasses { passes, max } => fl!(
                l,
                "import-reason-kdf-passes",
                passes = (*passes),
                max = (*max)
            ),
            Reason::ScryptWork { n, r, p, max } => fl!(
                l,
                "import-reason-scrypt-work",
                n = (*n),
                r = (*r),
                p = (*p),
                max = (*max)
            ),
            Reason::ScryptSlotsWork { slots, max } => fl!(
                l,
                "import-reason-scrypt-slots-work",
                slots = (*slots),
                max = (*max)
            ),
            Reason::ScryptMemory { n, r, p, max_mib } => fl!(
                l,
                "import-reason-scrypt-memory",
                n = (*n),
                r = (*r),
                p = (*p),
                max_mib = (*max_mib)
            ),
            Reason::Pbkdf2Iterations { iterations, max } => fl!(
                l,
                "import-reason-pbkdf2-iterations",
                iterations = (*iterations),
                max = (*max)
            ),
            Reason::Pbkdf2Tokens {
                tokens,
                iterations,
                max,
            } => fl!(
                l,
                "import-reason-pbkdf2-tokens",
                tokens = (*tokens),
                iterations = (*iterations),
                max = (*max)
            ),
            Reason::AegisNoPasswordSlot => fl!(l, "import-reason-aegis-no-password-slot"),
            Reason::AegisTooManySlots { slots } => {
                fl!(l, "import-reason-aegis-too-many-slots", slots = (*slots))
            }
            Reason::BitwardenEncrypted => fl!(l, "import-reason-bitwarden-encrypted"),
            Reason::CsvWithout { column } => {
                fl!(l, "import-reason-csv-without", column = column.as_str())
            }
            Reason::EnteEncrypted => fl!(l, "import-reason-ente-encrypted"),
            Reason::NotMigrationLink => fl!(l, "import-reason-not-migration-link"),
            Reason::NotOfflineLink { host } => {
                fl!(l, "import-reason-not-offline-link", host = host.as_str())
            }
            Reason::TooManyParts { parts, max } => fl!(
                l,
                "import-reason-too-many-parts",
                parts = (*parts),
                max = (*max)
            ),
            Reason::OtherTransfer => fl!(l, "import-reason-other-transfer"),
            Reason::PartOutOfRange { part, parts } => fl!(
                l,
                "import-reason-part-out-of-range",
                part = (*part),
                parts = (*parts)
            ),
            Reason::EntryUnreadable { .. } => fl!(l, "import-reason-entry-unreadable"),
            Reason::UnknownOtpType { kind } => {
                fl!(l, "import-reason-unknown-otp-type", kind = kind.as_str())
            }
            Reason::UnknownAlgorithm { name } => {
                fl!(l, "import-reason-unknown-algorithm", name = name.as_str())
            }
            Reason::AlgorithmNumber { number } => {
                fl!(l, "import-reason-algorithm-number", number = (*number))
            }
            Reason::Digits { digits } => fl!(l, "import-reason-digits", digits = (*digits)),
            Reason::Period { period } => fl!(l, "import-reason-period", period = (*period)),
            Reason::NegativeCounter { counter } => {
                fl!(l, "import-reason-negative-counter", counter = (*counter))
            }
            Reason::EmptySecret => fl!(l, "import-skipped-empty-secret"),
            Reason::Erased => fl!(l, "import-reason-erased"),
            Reason::BackupErased => fl!(l, "import-reason-backup-erased"),
            Reason::DuoPush => fl!(l, "import-reason-duo-push"),
            Reason::AuthySeed => fl!(l, "import-reason-authy-seed"),
            Reason::UnknownAccountType { kind } => {
                fl!(l, "import-reason-unknown-account-type", kind = (*kind))
            }
            Reason::MicrosoftWorkAccount => fl!(l, "import-reason-microsoft-work-account"),
            Reason::MicrosoftKeyOnPhone => fl!(l, "import-reason-microsoft-key-on-phone"),
            Reason::GoogleKeyOnPhone => fl!(l, "import-reason-google-key-on-phone"),
            Reason::SecretWithoutSettings => fl!(l, "import-reason-secret-without-settings"),
            Reason::SettingsWithoutSecret => fl!(l, "import-reason-settings-without-secret"),
        };
        match self.detail() {
            Some(detail) => fl!(
                l,
                "import-reason-with-detail",
                reason = text,
                detail = detail.localize(l)
            ),
            None => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Detail;
    use crate::import::detail::{JsonProblem, Position, SqliteProblem, XmlProblem, ZipProblem};
    use crate::vault::format::FormatError;
    use crate::vault::kdf::KdfError;

    /// One of each reason, with values and details where it has them.
    fn every_reason() -> Vec<Reason> {
        let s = |text: &str| text.to_owned();
        vec![
            Reason::NotText,
            Reason::NotJson {
                detail: Some(Detail::Json {
                    problem: JsonProblem::Syntax,
                    at: Some(Position { line: 1, column: 1 }),
                }),
            },
            Reason::UnexpectedContent {
                detail: Some(Detail::Json {
                    problem: JsonProblem::MissingField("secret".into()),
                    at: Some(Position { line: 3, column: 5 }),
                }),
            },
            Reason::NotOtpCode,
            Reason::NoOtpauthLine,
            Reason::NoSignature,
            Reason::NotZip,
            Reason::ZipUnreadable {
                detail: Some(Detail::Zip(ZipProblem::Damaged)),
            },
            Reason::ZipWithout { name: s("a.txt") },
            Reason::ZipTooLarge {
                name: s("a.txt"),
                size: 9,
                compressed: 1,
            },
            Reason::NotSqlite,
            Reason::NoTable {
                table: s("accounts"),
                columns: s("a, b"),
            },
            Reason::EndsEarly,
            Reason::EndsInHeader { length: 5 },
            Reason::CutOff {
                length: 5,
                expected: 9,
            },
            Reason::NotWholePages {
                length: 5,
                page_size: 4096,
            },
            Reason::PageSize { size: 3 },
            Reason::Sqlite {
                detail: Some(Detail::Sqlite(SqliteProblem::NotADatabase)),
            },
            Reason::ColumnNotText { column: s("c") },
            Reason::ColumnNotNumber { column: s("c") },
            Reason::EncryptedCut,
            Reason::Missing { field: s("f") },
            Reason::Unreadable {
                field: s("f"),
                detail: Some(Detail::Xml {
                    problem: XmlProblem::Nesting,
                    at: None,
                }),
            },
            Reason::Unreadable {
                field: s("f"),
                detail: None,
            },
            Reason::NotEncoded {
                field: s("f"),
                encoding: crate::import::reason::BASE64,
            },
            Reason::WrongSize {
                field: s("f"),
                length: 3,
                expected: 12,
            },
            Reason::Malformed { field: s("f") },
            Reason::NotAuthentic,
            Reason::DecryptedUnreadable {
                detail: Some(Detail::Json {
                    problem: JsonProblem::EndsEarly,
                    at: Some(Position { line: 9, column: 2 }),
                }),
            },
            Reason::NoAccounts,
            Reason::Vault(FormatError::NewerVersion(9)),
            Reason::Vault(FormatError::Damaged(
                crate::vault::format::VaultDamage::Truncated,
            )),
            Reason::VaultKdf(KdfError::TooManyPasses { passes: 99 }),
            Reason::Version {
                found: 9,
                min: 1,
                max: 4,
            },
            Reason::UnknownMethod { name: s("m") },
            Reason::KdfParameters {
                detail: Some(Detail::Scrypt { n: 3, r: 8, p: 1 }),
            },
            Reason::KdfMemory { mib: 1, max_mib: 2 },
            Reason::KdfPasses { passes: 1, max: 2 },
            Reason::ScryptWork {
                n: 1,
                r: 2,
                p: 3,
                max: 4,
            },
            Reason::ScryptSlotsWork { slots: 1, max: 2 },
            Reason::ScryptMemory {
                n: 1,
                r: 2,
                p: 3,
                max_mib: 4,
            },
            Reason::Pbkdf2Iterations {
                iterations: 1,
                max: 2,
            },
            Reason::Pbkdf2Tokens {
                tokens: 1,
                iterations: 2,
                max: 3,
            },
            Reason::AegisNoPasswordSlot,
            Reason::AegisTooManySlots { slots: 4 },
            Reason::BitwardenEncrypted,
            Reason::CsvWithout {
                column: s("login_totp"),
            },
            Reason::EnteEncrypted,
            Reason::NotMigrationLink,
            Reason::NotOfflineLink { host: s("h") },
            Reason::TooManyParts { parts: 9, max: 2 },
            Reason::OtherTransfer,
            Reason::MigrationNoData,
            Reason::MigrationNotExport {
                detail: Some(Detail::NotProtobuf),
            },
            Reason::PartOutOfRange { part: 3, parts: 2 },
            Reason::EntryUnreadable {
                detail: Some(Detail::Json {
                    problem: JsonProblem::WrongType,
                    at: None,
                }),
            },
            Reason::UnknownOtpType { kind: s("\"k\"") },
            Reason::UnknownAlgorithm { name: s("\"a\"") },
            Reason::AlgorithmNumber { number: 7 },
            Reason::Digits { digits: 300 },
            Reason::Period { period: -30 },
            Reason::NegativeCounter { counter: -1 },
            Reason::EmptySecret,
            Reason::Erased,
            Reason::BackupErased,
            Reason::DuoPush,
            Reason::AuthySeed,
            Reason::UnknownAccountType { kind: 9 },
            Reason::MicrosoftWorkAccount,
            Reason::MicrosoftKeyOnPhone,
            Reason::GoogleKeyOnPhone,
            Reason::SecretWithoutSettings,
            Reason::SettingsWithoutSecret,
        ]
    }

    /// The English message is the English of logs and tests: one wording, not two.
    #[test]
    fn in_english_each_reason_reads_as_its_display() {
        let en = crate::i18n::loader_for("en");
        for reason in every_reason() {
            assert_eq!(reason.localize(&en), reason.to_string(), "{reason:?}");
        }
    }

    /// Every reason has words of its own in each language (no English left, no placeholder
    /// unfilled), and the file's own words stay.
    #[test]
    fn in_german_dutch_and_swedish_each_reason_is_translated() {
        let en = crate::i18n::loader_for("en");
        for code in ["de", "nl", "sv"] {
            let loader = crate::i18n::loader_for(code);
            for reason in every_reason() {
                let text = reason.localize(&loader);
                assert!(!text.contains('{'), "{code}: {text}");
                assert_ne!(text, reason.localize(&en), "{code}: {reason:?}");
            }
        }
        let de = crate::i18n::loader_for("de");
        assert_eq!(
            Reason::Missing {
                field: "shared_secret".into()
            }
            .localize(&de),
            "„shared_secret“ fehlt"
        );
    }
}
