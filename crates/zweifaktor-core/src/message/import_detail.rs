//! The technical detail of an import reason ([`Detail`]), in the user's language: the kind of
//! failure a parser found and where, or the file's own values with the words around them
//! translated. No parser's own (English) message is ever part of it.
//!
//! Numbers are passed as text: they are a file's values and places (a line, an iteration
//! count), written as the file or an editor shows them, without a language's digit grouping.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{Localize, quoted};
use crate::import::Detail;
use crate::import::detail::{JsonProblem, Position, SqliteProblem, XmlProblem, ZipProblem};

impl Localize for Detail {
    fn localize(&self, l: &FluentLanguageLoader) -> String {
        match self {
            Detail::Json { problem, at } => at_place(json_problem(problem, l), at.as_ref(), l),
            Detail::Xml { problem, at } => at_place(xml_problem(*problem, l), at.as_ref(), l),
            Detail::Zip(problem) => match problem {
                ZipProblem::Damaged => fl!(l, "import-detail-zip-damaged"),
                ZipProblem::EndsEarly => fl!(l, "import-detail-zip-ends-early"),
                ZipProblem::Unsupported => fl!(l, "import-detail-zip-unsupported"),
                ZipProblem::Compression(method) => fl!(
                    l,
                    "import-detail-zip-compression",
                    method = method.to_string()
                ),
            },
            Detail::Sqlite(problem) => match problem {
                SqliteProblem::NotADatabase => fl!(l, "import-detail-sqlite-not-a-database"),
                SqliteProblem::Damaged => fl!(l, "import-detail-sqlite-damaged"),
                SqliteProblem::TooLarge => fl!(l, "import-detail-sqlite-too-large"),
                SqliteProblem::Query => fl!(l, "import-detail-sqlite-query"),
            },
            Detail::NotProtobuf => fl!(l, "import-detail-not-protobuf"),
            Detail::Scrypt { n, r, p } => fl!(
                l,
                "import-detail-scrypt",
                n = n.to_string(),
                r = r.to_string(),
                p = p.to_string()
            ),
            Detail::Pbkdf2Iterations { iterations } => fl!(
                l,
                "import-detail-pbkdf2-iterations",
                iterations = iterations.to_string()
            ),
            Detail::Argon2Refused => fl!(l, "import-detail-argon2-refused"),
            Detail::JavaTypeCode { code } => fl!(
                l,
                "import-detail-java-type-code",
                code = format!("{code:02X}")
            ),
            Detail::JavaClass { name } => {
                fl!(l, "import-detail-java-class", name = quoted(name))
            }
            Detail::JavaFieldType { code } => fl!(
                l,
                "import-detail-java-field-type",
                code = quoted(&code.to_string())
            ),
            Detail::Number { value } => fl!(l, "import-detail-number", value = value.to_string()),
        }
    }
}

fn json_problem(problem: &JsonProblem, l: &FluentLanguageLoader) -> String {
    match problem {
        JsonProblem::Syntax => fl!(l, "import-detail-json-syntax"),
        JsonProblem::EndsEarly => fl!(l, "import-detail-json-ends-early"),
        JsonProblem::MissingField(field) => {
            fl!(
                l,
                "import-detail-json-missing-field",
                field = field.to_string()
            )
        }
        JsonProblem::DuplicateField(field) => {
            fl!(
                l,
                "import-detail-json-duplicate-field",
                field = field.to_string()
            )
        }
        JsonProblem::WrongType => fl!(l, "import-detail-json-wrong-type"),
        JsonProblem::InvalidValue => fl!(l, "import-detail-json-invalid-value"),
        JsonProblem::Content => fl!(l, "import-detail-json-content"),
    }
}

fn xml_problem(problem: XmlProblem, l: &FluentLanguageLoader) -> String {
    match problem {
        XmlProblem::Syntax => fl!(l, "import-detail-xml-syntax"),
        XmlProblem::Nesting => fl!(l, "import-detail-xml-nesting"),
        XmlProblem::Attribute => fl!(l, "import-detail-xml-attribute"),
        XmlProblem::Reference => fl!(l, "import-detail-xml-reference"),
        XmlProblem::Encoding => fl!(l, "import-detail-xml-encoding"),
    }
}

/// `what`, followed by its line and column where there is one.
fn at_place(what: String, at: Option<&Position>, l: &FluentLanguageLoader) -> String {
    match at {
        Some(at) => fl!(
            l,
            "import-detail-at",
            what = what,
            line = at.line.to_string(),
            column = at.column.to_string()
        ),
        None => what,
    }
}

#[cfg(test)]
mod tests {
    use super::super::german::assert_german;
    use super::*;

    fn at(line: u32, column: u32) -> Option<Position> {
        Some(Position { line, column })
    }

    /// One of each detail, with a place where it can have one.
    pub(crate) fn every_detail() -> Vec<Detail> {
        let json = |problem| Detail::Json {
            problem,
            at: at(3, 5),
        };
        let xml = |problem| Detail::Xml {
            problem,
            at: at(2, 22),
        };
        vec![
            json(JsonProblem::Syntax),
            json(JsonProblem::EndsEarly),
            json(JsonProblem::MissingField("secret".into())),
            json(JsonProblem::DuplicateField("issuer".into())),
            json(JsonProblem::WrongType),
            json(JsonProblem::InvalidValue),
            json(JsonProblem::Content),
            Detail::Json {
                problem: JsonProblem::WrongType,
                at: None,
            },
            Detail::Zip(ZipProblem::Damaged),
            Detail::Zip(ZipProblem::EndsEarly),
            Detail::Zip(ZipProblem::Unsupported),
            Detail::Zip(ZipProblem::Compression(14)),
            Detail::Sqlite(SqliteProblem::NotADatabase),
            Detail::Sqlite(SqliteProblem::Damaged),
            Detail::Sqlite(SqliteProblem::TooLarge),
            Detail::Sqlite(SqliteProblem::Query),
            Detail::NotProtobuf,
            xml(XmlProblem::Syntax),
            xml(XmlProblem::Nesting),
            xml(XmlProblem::Attribute),
            xml(XmlProblem::Reference),
            xml(XmlProblem::Encoding),
            Detail::Xml {
                problem: XmlProblem::Syntax,
                at: None,
            },
            Detail::Scrypt {
                n: 1_048_576,
                r: 8,
                p: 1,
            },
            Detail::Pbkdf2Iterations {
                iterations: 100_000,
            },
            Detail::Argon2Refused,
            Detail::JavaTypeCode { code: 0x73 },
            Detail::JavaClass {
                name: "java.util.TreeMap".into(),
            },
            Detail::JavaFieldType { code: 'L' },
            Detail::Number { value: 3 },
        ]
    }

    #[test]
    fn in_english_each_detail_reads_as_its_display() {
        let en = crate::i18n::loader_for("en");
        for detail in every_detail() {
            assert_eq!(detail.localize(&en), detail.to_string(), "{detail:?}");
        }
    }

    #[test]
    fn in_dutch_and_swedish_each_detail_has_words_of_its_own() {
        let en = crate::i18n::loader_for("en");
        for code in ["nl", "sv"] {
            let loader = crate::i18n::loader_for(code);
            for detail in every_detail() {
                let text = detail.localize(&loader);
                assert!(!text.contains('{'), "{code}: {text}");
                assert_ne!(text, detail.localize(&en), "{code}: {detail:?}");
            }
        }
    }

    /// Each arm in German: the German words, no English left, the file's values kept.
    #[test]
    fn in_german_each_detail_says_the_kind_and_the_place() {
        let de = crate::i18n::loader_for("de");
        let german = |detail: Detail, words: &[&str]| {
            let text = detail.localize(&de);
            assert_german(&text, words);
            text
        };
        let json = |problem| Detail::Json {
            problem,
            at: at(3, 5),
        };
        assert_eq!(
            german(json(JsonProblem::Syntax), &["JSON-Syntaxfehler"]),
            "JSON-Syntaxfehler in Zeile 3, Spalte 5"
        );
        german(json(JsonProblem::EndsEarly), &["endet zu früh in Zeile 3"]);
        assert_eq!(
            german(json(JsonProblem::MissingField("secret".into())), &[]),
            "das Feld „secret“ fehlt in Zeile 3, Spalte 5"
        );
        german(
            json(JsonProblem::DuplicateField("issuer".into())),
            &["Feld „issuer“ wiederholt sich in Zeile 3"],
        );
        german(json(JsonProblem::WrongType), &["falschen Typ", "Spalte 5"]);
        german(json(JsonProblem::InvalidValue), &["nicht erlaubter Wert"]);
        german(json(JsonProblem::Content), &["unpassender Inhalt"]);
        // Inside one entry: the kind without a place.
        assert_eq!(
            german(
                Detail::Json {
                    problem: JsonProblem::WrongType,
                    at: None
                },
                &[]
            ),
            "ein Wert vom falschen Typ"
        );
        german(Detail::Zip(ZipProblem::Damaged), &["Archiv", "beschädigt"]);
        german(
            Detail::Zip(ZipProblem::EndsEarly),
            &["Archiv endet zu früh"],
        );
        german(Detail::Zip(ZipProblem::Unsupported), &["ZIP-Funktion"]);
        german(
            Detail::Zip(ZipProblem::Compression(14)),
            &["ZIP-Kompressionsmethode 14"],
        );
        german(
            Detail::Sqlite(SqliteProblem::NotADatabase),
            &["keine Datenbank"],
        );
        german(
            Detail::Sqlite(SqliteProblem::Damaged),
            &["Datenbank ist beschädigt"],
        );
        german(Detail::Sqlite(SqliteProblem::TooLarge), &["mehr", "Import"]);
        german(Detail::Sqlite(SqliteProblem::Query), &["Tabellen"]);
        german(Detail::NotProtobuf, &["erwarteten Protobuf-Format"]);
        let xml = |problem| Detail::Xml {
            problem,
            at: at(2, 22),
        };
        assert_eq!(
            german(xml(XmlProblem::Nesting), &[]),
            "falsch verschachtelte XML-Elemente in Zeile 2, Spalte 22"
        );
        german(xml(XmlProblem::Syntax), &["XML-Syntaxfehler"]);
        german(xml(XmlProblem::Attribute), &["XML-Attribut", "Wert"]);
        german(xml(XmlProblem::Reference), &["Verweis", "&…;"]);
        german(xml(XmlProblem::Encoding), &["Zeichenkodierung"]);
        assert_eq!(
            german(
                Detail::Scrypt {
                    n: 1_048_576,
                    r: 8,
                    p: 1
                },
                &[]
            ),
            "scrypt-Parameter N=1048576, r=8, p=1"
        );
        assert_eq!(
            german(Detail::Pbkdf2Iterations { iterations: 0 }, &[]),
            "PBKDF2-Durchläufe: 0"
        );
        german(Detail::Argon2Refused, &["Argon2 lehnt sie ab"]);
        assert_eq!(
            german(Detail::JavaTypeCode { code: 0x73 }, &[]),
            "Java-Typcode 0x73"
        );
        assert_eq!(
            german(
                Detail::JavaClass {
                    name: "java.util.TreeMap".into()
                },
                &[]
            ),
            "Java-Klasse java.util.TreeMap"
        );
        german(Detail::JavaFieldType { code: 'L' }, &["Java-Feldtyp L"]);
        german(Detail::Number { value: 3 }, &["Wert 3"]);
    }

    /// A class name is the file's: it cannot bring a control character into a message.
    #[test]
    fn a_class_name_cannot_carry_control_characters() {
        let detail = Detail::JavaClass {
            name: "evil\u{1b}[2J".into(),
        };
        let text = detail.localize(&crate::i18n::loader_for("de"));
        assert!(!text.contains('\u{1b}'), "{text:?}");
    }
}
