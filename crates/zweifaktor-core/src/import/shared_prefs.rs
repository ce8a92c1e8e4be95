//! Android shared-preferences XML (`<map><string name="…">value</string>…</map>`), the file
//! several Android authenticators keep their accounts in (Battle.net, Authy, TOTP
//! Authenticator, FreeOTP's tokens.xml): recognising it and reading its strings.

use quick_xml::XmlVersion;
use quick_xml::events::Event;
use zeroize::Zeroizing;

use super::detail::{XmlProblem, position_of};
use super::{Detail, ImportError, Reason};

/// Whether `text` starts like an Android shared-preferences file.
pub fn looks_like_shared_prefs(text: &str) -> bool {
    let start = text.trim_start();
    (start.starts_with("<?xml") || start.starts_with("<map")) && text.contains("<map")
}

/// Every `<string name="…">value</string>` of an Android shared-preferences file, in file
/// order, values unescaped. Values often hold secrets, so they are wiped when dropped.
pub fn shared_prefs_strings(
    text: &str,
    format: &'static str,
) -> Result<Vec<(String, Zeroizing<String>)>, ImportError> {
    let damaged = |detail: Detail| ImportError::Damaged {
        format,
        reason: Reason::Unreadable {
            field: "XML".to_owned(),
            detail: Some(detail),
        },
    };
    // An attribute's error comes with the tag it is in read: the reader stands after it.
    let attribute_damaged = |reader: &quick_xml::Reader<&[u8]>| {
        damaged(Detail::Xml {
            problem: XmlProblem::Attribute,
            at: position_of(text, reader.buffer_position()),
        })
    };
    // Values hold secrets: of an error in one only the kind is kept (as of every error; the
    // parser's message could quote part of the value).
    let reference_damaged = || {
        damaged(Detail::Xml {
            problem: XmlProblem::Reference,
            at: None,
        })
    };
    let mut reader = quick_xml::Reader::from_str(text);
    let mut strings = Vec::new();
    let mut depth = 0usize;
    let mut saw_map = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|error| damaged(Detail::xml(&error, text, Some(reader.error_position()))))?;
        match event {
            Event::Start(start) if start.name().as_ref() == "string" => {
                let name = match start.try_get_attribute("name") {
                    Ok(Some(attribute)) => attribute
                        .normalized_value(XmlVersion::Implicit1_0)
                        .map_err(|error| {
                            damaged(Detail::xml(&error, text, Some(reader.buffer_position())))
                        })?
                        .into_owned(),
                    Ok(None) => String::new(),
                    Err(_) => return Err(attribute_damaged(&reader)),
                };
                let end = start.to_end().into_owned();
                let raw = reader.read_text(end.name()).map_err(|error| {
                    damaged(Detail::xml(&error, text, Some(reader.error_position())))
                })?;
                let value = Zeroizing::new(
                    quick_xml::escape::unescape(&raw)
                        .map_err(|_| reference_damaged())?
                        .into_owned(),
                );
                strings.push((name, value));
            }
            Event::Start(start) => {
                saw_map |= start.name().as_ref() == "map";
                depth += 1;
            }
            Event::Empty(empty) => saw_map |= empty.name().as_ref() == "map",
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof => break,
            _ => {}
        }
    }
    // A file cut before `</map>` lost whatever followed; do not import half of it silently.
    if !saw_map || depth != 0 || !text.trim_end().ends_with("</map>") {
        return Err(ImportError::Damaged {
            format,
            reason: Reason::EndsEarly,
        });
    }
    Ok(strings)
}
