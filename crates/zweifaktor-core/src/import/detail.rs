//! The technical detail of a [`Reason`](super::Reason), typed: what a parser (serde_json, zip,
//! SQLite, protobuf, quick-xml) found, told from the parser's typed error, or a value of the
//! file itself (key-derivation parameters, a Java type code). The parsers' own messages are
//! English and never reach the user; the message layer says each kind in the user's language
//! and keeps only the values (a line, a field name of our own format, a parameter).
//!
//! No detail carries a value of the file that could be a secret: a parser's message about a
//! value quotes it (`invalid type: string "JBSW…"`), so only the kind of the problem is kept,
//! and a field name only where it is one of our own (serde's `missing field`).

use std::fmt;

/// A place in a text file, both counted from 1. (u32 and the boxed names below keep a
/// skipped entry small: every importer returns one as its `Err`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// See the module documentation. `Display` is the English, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detail {
    /// JSON the parser stopped in; `at` is left out where the place is inside one entry and
    /// tells the user nothing.
    Json {
        problem: JsonProblem,
        at: Option<Position>,
    },
    Zip(ZipProblem),
    Sqlite(SqliteProblem),
    /// prost's error has no kinds: data that is not the protobuf message it should be.
    NotProtobuf,
    Xml {
        problem: XmlProblem,
        at: Option<Position>,
    },
    /// The scrypt parameters the file gives.
    Scrypt {
        n: u64,
        r: u64,
        p: u64,
    },
    /// The PBKDF2 iteration count the file gives.
    Pbkdf2Iterations {
        iterations: u64,
    },
    /// Argon2 refused the parameters (the format's own constants and the file's salt).
    Argon2Refused,
    /// A Java serialisation type code where the format has text.
    JavaTypeCode {
        code: u8,
    },
    /// The Java class a serialised object is of.
    JavaClass {
        name: Box<str>,
    },
    /// The type code of a Java class's field.
    JavaFieldType {
        code: char,
    },
    /// A number the file gives where the format knows other numbers.
    Number {
        value: i64,
    },
}

/// What is wrong with JSON, told from serde_json's [`Category`](serde_json::error::Category)
/// and, for content that does not fit, from serde's wording of it ([`content_problem`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonProblem {
    /// Not well-formed: a character where none may be.
    Syntax,
    /// The text ends inside a value.
    EndsEarly,
    /// A field our format needs is not there (its name as the format spells it).
    MissingField(Box<str>),
    /// A field is there twice.
    DuplicateField(Box<str>),
    /// A value of another type than the format has there (text for a number).
    WrongType,
    /// A value the format does not have there (an unknown name, a wrong length).
    InvalidValue,
    /// Well-formed JSON whose content does not fit in a way serde does not name.
    Content,
}

/// What is wrong with a ZIP archive, told from [`zip::result::ZipError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ZipProblem {
    /// Its directory or a file in it is damaged (or a checksum does not match).
    Damaged,
    /// It ends before its directory or a file's data.
    EndsEarly,
    /// A feature of ZIP (an encryption, a multi-part archive) the zip crate does not read.
    Unsupported,
    /// A compression method the zip crate does not read, by its number in the archive.
    Compression(u16),
}

/// What SQLite found, told from its result code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SqliteProblem {
    /// SQLITE_NOTADB: the header is there, the rest is not a database.
    NotADatabase,
    /// SQLITE_CORRUPT or a failed consistency check.
    Damaged,
    /// SQLITE_TOOBIG / SQLITE_NOMEM: beyond the limits an import sets.
    TooLarge,
    /// The generic SQLITE_ERROR of a query: the tables are not as the app makes them.
    Query,
}

/// What is wrong with XML, told from [`quick_xml::Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum XmlProblem {
    /// Not well-formed: a tag, comment or declaration not closed.
    Syntax,
    /// Elements that do not nest (an end tag without its start, or none at all).
    Nesting,
    /// An attribute that is not `name="value"`.
    Attribute,
    /// An `&…;` reference that is not one.
    Reference,
    /// Text not in the encoding the file declares.
    Encoding,
}

impl Detail {
    /// serde_json's error as a detail; `with_position` false where the place is inside one
    /// entry. `None` when it would say nothing the reason does not already say.
    pub fn json(error: &serde_json::Error, with_position: bool) -> Option<Detail> {
        use serde_json::error::Category;
        let problem = match error.classify() {
            // Io comes only from a reader; we parse bytes in memory.
            Category::Syntax | Category::Io => JsonProblem::Syntax,
            Category::Eof => JsonProblem::EndsEarly,
            Category::Data => content_problem(&error.to_string()),
        };
        let at = (with_position && error.line() > 0).then(|| Position {
            line: u32::try_from(error.line()).unwrap_or(u32::MAX),
            column: u32::try_from(error.column()).unwrap_or(u32::MAX),
        });
        (problem != JsonProblem::Content || at.is_some()).then_some(Detail::Json { problem, at })
    }

    /// zip's error about an archive it cannot read.
    pub fn zip(error: &zip::result::ZipError) -> Detail {
        use zip::result::ZipError;
        Detail::Zip(match error {
            ZipError::Io(error) => return Detail::zip_read(error),
            ZipError::UnsupportedArchive(_) => ZipProblem::Unsupported,
            ZipError::CompressionMethodNotSupported(method) => ZipProblem::Compression(*method),
            _ => ZipProblem::Damaged,
        })
    }

    /// The I/O error of reading a file out of an archive held in memory: the archive's end,
    /// or data that does not decompress or match its checksum.
    pub fn zip_read(error: &std::io::Error) -> Detail {
        Detail::Zip(match error.kind() {
            std::io::ErrorKind::UnexpectedEof => ZipProblem::EndsEarly,
            _ => ZipProblem::Damaged,
        })
    }

    /// SQLite's error, by its result code; `None` for a code no user could act on.
    pub fn sqlite(error: &rusqlite::Error) -> Option<Detail> {
        use rusqlite::ErrorCode;
        let problem = match error.sqlite_error_code()? {
            ErrorCode::NotADatabase => SqliteProblem::NotADatabase,
            ErrorCode::DatabaseCorrupt => SqliteProblem::Damaged,
            ErrorCode::TooBig | ErrorCode::OutOfMemory => SqliteProblem::TooLarge,
            ErrorCode::Unknown => SqliteProblem::Query,
            _ => return None,
        };
        Some(Detail::Sqlite(problem))
    }

    /// quick-xml's error; `offset` is the byte in `text` where the reader stopped.
    pub fn xml(error: &quick_xml::Error, text: &str, offset: Option<u64>) -> Detail {
        use quick_xml::Error;
        let problem = match error {
            Error::IllFormed(_) => XmlProblem::Nesting,
            Error::InvalidAttr(_) => XmlProblem::Attribute,
            Error::Escape(_) => XmlProblem::Reference,
            Error::Encoding(_) => XmlProblem::Encoding,
            _ => XmlProblem::Syntax,
        };
        Detail::Xml {
            problem,
            at: offset.and_then(|offset| position_of(text, offset)),
        }
    }
}

/// What serde says of content that does not fit, from its wording (serde's errors are text
/// only: `missing field `secret``, `invalid type: string "…", expected u32`). Only a field
/// name serde takes from our own types is kept, and only when it looks like one; a value the
/// message quotes never is.
pub fn content_problem(message: &str) -> JsonProblem {
    let named = |prefix: &str| {
        let name = message.strip_prefix(prefix)?.strip_prefix('`')?;
        let (name, _) = name.split_once('`')?;
        let plain = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        plain.then(|| Box::from(name))
    };
    if message.starts_with("missing field ") {
        named("missing field ").map_or(JsonProblem::Content, JsonProblem::MissingField)
    } else if message.starts_with("duplicate field ") {
        named("duplicate field ").map_or(JsonProblem::Content, JsonProblem::DuplicateField)
    } else if message.starts_with("invalid type: ") {
        JsonProblem::WrongType
    } else if ["invalid value: ", "invalid length ", "unknown variant "]
        .iter()
        .any(|prefix| message.starts_with(prefix))
    {
        JsonProblem::InvalidValue
    } else {
        JsonProblem::Content
    }
}

/// The line and column (in characters) of byte `offset` of `text`.
pub fn position_of(text: &str, offset: u64) -> Option<Position> {
    let before = text.get(..usize::try_from(offset).ok()?)?;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    Some(Position {
        line: u32::try_from(before.matches('\n').count() + 1).ok()?,
        column: u32::try_from(before[line_start..].chars().count() + 1).ok()?,
    })
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, at) = match self {
            Detail::Json { problem, at } => (problem.to_string(), at),
            Detail::Xml { problem, at } => (problem.to_string(), at),
            Detail::Zip(problem) => return write!(f, "{problem}"),
            Detail::Sqlite(problem) => return write!(f, "{problem}"),
            Detail::NotProtobuf => return f.write_str("not in the expected protobuf format"),
            Detail::Scrypt { n, r, p } => {
                return write!(f, "scrypt parameters N={n}, r={r}, p={p}");
            }
            Detail::Pbkdf2Iterations { iterations } => {
                return write!(f, "PBKDF2 iterations: {iterations}");
            }
            Detail::Argon2Refused => return f.write_str("Argon2 refuses them"),
            Detail::JavaTypeCode { code } => return write!(f, "Java type code 0x{code:02X}"),
            Detail::JavaClass { name } => return write!(f, "Java class {name}"),
            Detail::JavaFieldType { code } => return write!(f, "Java field type {code}"),
            Detail::Number { value } => return write!(f, "value {value}"),
        };
        match at {
            Some(at) => write!(f, "{what} at {at}"),
            None => f.write_str(&what),
        }
    }
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonProblem::Syntax => f.write_str("JSON syntax error"),
            JsonProblem::EndsEarly => f.write_str("the JSON ends too early"),
            JsonProblem::MissingField(field) => write!(f, "the field `{field}` is missing"),
            JsonProblem::DuplicateField(field) => write!(f, "the field `{field}` is repeated"),
            JsonProblem::WrongType => f.write_str("a value of the wrong type"),
            JsonProblem::InvalidValue => f.write_str("a value that is not allowed"),
            JsonProblem::Content => f.write_str("content that does not fit"),
        }
    }
}

impl fmt::Display for ZipProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ZipProblem::Damaged => "the archive is damaged",
            ZipProblem::EndsEarly => "the archive ends too early",
            ZipProblem::Unsupported => "it uses a ZIP feature Zweifaktor cannot read",
            ZipProblem::Compression(method) => {
                return write!(
                    f,
                    "it uses ZIP compression method {method}, which Zweifaktor cannot read"
                );
            }
        })
    }
}

impl fmt::Display for SqliteProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SqliteProblem::NotADatabase => "the rest of the file is not a database",
            SqliteProblem::Damaged => "the database is damaged",
            SqliteProblem::TooLarge => "it holds more than imports allow",
            SqliteProblem::Query => "its tables differ from the ones the app creates",
        })
    }
}

impl fmt::Display for XmlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            XmlProblem::Syntax => "XML syntax error",
            XmlProblem::Nesting => "wrongly nested XML elements",
            XmlProblem::Attribute => "an XML attribute not in the form name=\"value\"",
            XmlProblem::Reference => "an invalid &…; reference",
            XmlProblem::Encoding => "text outside the file's encoding",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_error(text: &str) -> serde_json::Error {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)] // read only to fail
        struct Entry {
            secret: String,
            digits: u32,
        }
        serde_json::from_str::<Entry>(text).unwrap_err()
    }

    /// The value a parser quotes may be a secret: no detail carries it, in any form.
    #[test]
    fn a_detail_leaves_out_what_the_parser_quotes() {
        let error = serde_json::from_str::<u32>("\"JBSWY3DPEHPK3PXP\"").unwrap_err();
        let detail = Detail::json(&error, true).unwrap();
        assert_eq!(
            detail,
            Detail::Json {
                problem: JsonProblem::WrongType,
                at: Some(Position {
                    line: 1,
                    column: 18
                })
            }
        );
        assert!(!format!("{detail} {detail:?}").contains("JBSWY3DP"));
        // Inside one entry the place says nothing: left out.
        assert_eq!(
            Detail::json(&error, false),
            Some(Detail::Json {
                problem: JsonProblem::WrongType,
                at: None
            })
        );
        #[derive(Debug, serde::Deserialize)]
        enum Kind {
            #[serde(rename = "totp")]
            Totp,
        }
        let error = serde_json::from_str::<Kind>("\"JBSWY3DPEHPK3PXP\"").unwrap_err();
        let detail = Detail::json(&error, false).unwrap();
        assert!(
            !format!("{detail} {detail:?}").contains("JBSWY3DP"),
            "{detail:?}"
        );
    }

    #[test]
    fn a_missing_field_is_named_and_a_json_cut_short_says_where() {
        let missing = json_error("{\n  \"digits\": 6\n}");
        assert_eq!(
            Detail::json(&missing, true),
            Some(Detail::Json {
                problem: JsonProblem::MissingField("secret".into()),
                at: Some(Position { line: 3, column: 1 })
            })
        );
        let cut = json_error("{\n  \"secret\": \"JB");
        assert_eq!(
            Detail::json(&cut, true),
            Some(Detail::Json {
                problem: JsonProblem::EndsEarly,
                at: Some(Position {
                    line: 2,
                    column: 15
                })
            })
        );
        let syntax = json_error("{\"secret\" 1}");
        let detail = Detail::json(&syntax, true).unwrap();
        assert_eq!(detail.to_string(), "JSON syntax error at line 1, column 11");
    }

    /// Only a name that is one of our fields' is kept; anything else falls back to the kind.
    #[test]
    fn serde_s_wording_gives_the_kind_and_only_a_plain_field_name() {
        assert_eq!(
            content_problem("missing field `secret` at line 3 column 5"),
            JsonProblem::MissingField("secret".into())
        );
        assert_eq!(
            content_problem("duplicate field `issuer`"),
            JsonProblem::DuplicateField("issuer".into())
        );
        for odd in [
            "missing field `a b`",
            "missing field ``",
            "missing field `unclosed",
            "missing field secret",
        ] {
            assert_eq!(content_problem(odd), JsonProblem::Content, "{odd}");
        }
        assert_eq!(
            content_problem("invalid type: string \"JBSW\", expected u32"),
            JsonProblem::WrongType
        );
        assert_eq!(
            content_problem("unknown variant `JBSW`, expected `totp`"),
            JsonProblem::InvalidValue
        );
        assert_eq!(
            content_problem("invalid length 3, expected 2"),
            JsonProblem::InvalidValue
        );
        assert_eq!(content_problem("custom words"), JsonProblem::Content);
        // Content serde does not name, with no place to give, adds nothing to the reason.
        let custom = <serde_json::Error as serde::de::Error>::custom("custom words");
        assert_eq!(Detail::json(&custom, true), None);
    }

    #[test]
    fn a_zip_sqlite_and_xml_error_become_their_kinds() {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(b"PK\x03\x04 cut".to_vec()))
            .map(|_| ())
            .unwrap_err();
        assert_eq!(Detail::zip(&zip), Detail::Zip(ZipProblem::Damaged));
        let method = zip::result::ZipError::CompressionMethodNotSupported(14);
        assert_eq!(
            Detail::zip(&method),
            Detail::Zip(ZipProblem::Compression(14))
        );
        let eof = std::io::Error::from(std::io::ErrorKind::UnexpectedEof);
        assert_eq!(Detail::zip_read(&eof), Detail::Zip(ZipProblem::EndsEarly));

        let connection = rusqlite::Connection::open_in_memory().unwrap();
        let query = connection
            .execute("SELECT secret FROM accounts", [])
            .unwrap_err();
        assert_eq!(
            Detail::sqlite(&query),
            Some(Detail::Sqlite(SqliteProblem::Query))
        );
        assert_eq!(Detail::sqlite(&rusqlite::Error::QueryReturnedNoRows), None);

        let text = "<map>\n  <string name=\"a\">x</strin>\n</map>";
        let mut reader = quick_xml::Reader::from_str(text);
        let error = loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => panic!("no error in {text}"),
                Ok(_) => {}
                Err(error) => break error,
            }
        };
        let detail = Detail::xml(&error, text, Some(reader.error_position()));
        assert_eq!(
            detail,
            Detail::Xml {
                problem: XmlProblem::Nesting,
                // Where the end tag that closes nothing starts.
                at: Some(Position {
                    line: 2,
                    column: 21
                })
            }
        );
    }

    #[test]
    fn a_position_counts_characters_from_one() {
        assert_eq!(
            position_of("ä\nöx", 5),
            Some(Position { line: 2, column: 2 })
        );
        assert_eq!(position_of("ab", 0), Some(Position { line: 1, column: 1 }));
        // Past the end, or inside a character: no place rather than a wrong one.
        assert_eq!(position_of("ab", 9), None);
        assert_eq!(position_of("ä", 1), None);
    }
}
