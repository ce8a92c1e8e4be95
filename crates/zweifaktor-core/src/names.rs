//! What the text naming a procedure may hold: its name, issuer and account come from otpauth
//! links, QR codes and other apps' files as much as from the user, and they reach terminals and
//! screens. Checked once, where such text becomes a procedure (see `procedure`), and in the
//! import preview, which shows what will be saved.
//!
//! - Control characters are dropped: C0 and DEL (ESC starts the terminal escapes that retitle a
//!   window, clear the screen or — OSC 52 — write the clipboard; BEL ends them) and C1 (U+0080
//!   to U+009F, which some terminals read as ESC sequences too). Line breaks and tabs become
//!   spaces, so words stay apart.
//! - Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are dropped: they make
//!   text display in another order than it is stored ("moc.elgoog" shown as "google.com").
//! - Lengths are bounded (counted in characters) far above any real name, so that a 120 KB
//!   "name" in a hostile link is refused instead of stored and shown.

use std::borrow::Cow;

/// An issuer: a service's name. 254 like an account, so that "Issuer (account)" fits a name.
pub const MAX_ISSUER_CHARS: usize = 254;
/// An account: usually an e-mail address, which is at most 254 characters (RFC 5321's path).
pub const MAX_ACCOUNT_CHARS: usize = 254;
/// A procedure's name; room for "Issuer (account)" at the two bounds above.
pub const MAX_NAME_CHARS: usize = 2 * 254 + 4;
/// A login URL: far above what browsers and servers handle in practice.
pub const MAX_URL_CHARS: usize = 2048;

/// Whether `character` is one that [`clean`] drops (or turns into a space).
pub fn is_unsafe(character: char) -> bool {
    character.is_control() || matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` without control characters and direction overrides (line breaks and tabs become
/// spaces); borrowed when there were none.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|character| match character {
                '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// `text` cut to at most `max` characters, the last of them an ellipsis when it was cut: for
/// showing a name that is too long to keep (the skipped list of an import).
pub fn shortened(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = text
                .char_indices()
                .nth(keep)
                .map_or(text.len(), |(at, _)| at);
            Cow::Owned(format!("{}…", &text[..end]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_and_direction_overrides_are_dropped() {
        // A title change, a screen clear and an OSC 52 clipboard write, as a name.
        assert_eq!(
            clean("Evil\u{1b}]0;PWNED\u{07}\u{1b}[2J\u{1b}]52;c;aGk=\u{07}"),
            "Evil]0;PWNED[2J]52;c;aGk="
        );
        assert_eq!(clean("\u{9b}31mred"), "31mred");
        assert_eq!(
            clean("\u{202E}moc.elgoog\u{202C} \u{2066}x\u{2069}"),
            "moc.elgoog x"
        );
        assert_eq!(clean("Line\nbreak\tand tab"), "Line break and tab");
        assert!(matches!(
            clean("Zürich — Ämter (ünïcödé) 日本"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn shortened_text_keeps_the_bound_with_its_ellipsis() {
        assert_eq!(shortened("abcdef", 4), "abc…");
        assert_eq!(shortened("äöüß", 4), "äöüß");
        assert_eq!(shortened("äöüßx", 4).chars().count(), 4);
    }
}
