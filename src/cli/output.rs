//! What the command line prints is shown by the terminal, never obeyed: names, issuers, URLs
//! and reasons come from vault files, other apps' exports and otpauth links, and a terminal acts
//! on the control characters in them (ESC … BEL retitles the window, ESC [2J clears the screen,
//! OSC 52 writes the clipboard; C1 characters can do the same). New names are cleaned when they
//! are saved (`zweifaktor_core::names`), but a vault written before that, or by another
//! program, may hold anything. So every line goes out through [`say!`] or [`tell!`], which
//! write such characters as visible escapes (`\u{1b}`), as does the JSON the commands print.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `character` must not reach the terminal as it is: control characters (except the
/// line breaks of our own messages), direction overrides and isolates, and direction marks.
fn is_unprintable(character: char) -> bool {
    character != '\n'
        && (zweifaktor_core::names::is_unsafe(character)
            || matches!(character, '\u{200E}' | '\u{200F}' | '\u{061C}'))
}

/// `text` with every unprintable character written as `\u{…}`; borrowed when there is none.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for character in text.chars() {
        if is_unprintable(character) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(character));
        } else {
            out.push(character);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every unprintable character inside its strings written as a JSON escape
/// (`\u001b`, `\u202e`): the same data for a script, nothing a terminal acts on. serde_json
/// escapes C0 controls itself, but writes DEL, C1 controls and direction overrides as they are.
pub fn json_escaped(json: String) -> String {
    if !json.chars().any(is_unprintable) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for character in json.chars() {
        if is_unprintable(character) {
            // Outside strings JSON has no such characters, so each is inside a string, where
            // `\uXXXX` is the same character (all of them are in the Basic Multilingual Plane).
            let _ = write!(out, "\\u{:04x}", u32::from(character));
        } else {
            out.push(character);
        }
    }
    out
}

/// Standard output could not be written (the disk behind a redirection is full, or the
/// program reading it has stopped: `zweifaktor-cli list | head -1`). `println!` panicked there.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the output")]
pub struct OutputError(#[source] pub std::io::Error);

/// One line to standard output, with unprintable characters escaped.
pub fn say_line(text: &str) -> Result<(), OutputError> {
    use std::io::Write as _;
    writeln!(std::io::stdout().lock(), "{}", escaped(text)).map_err(OutputError)
}

/// One line to standard error, with unprintable characters escaped. Where standard error
/// cannot be written, there is nobody to tell.
pub fn tell_line(text: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "{}", escaped(text));
}

/// A line to standard output (`println!`, with unprintable characters escaped); a
/// `Result<(), OutputError>`.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::output::say_line(&format!($($arg)*))
    };
}

/// A line to standard error (`eprintln!`, with unprintable characters escaped).
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::cli::output::tell_line(&format!($($arg)*))
    };
}

pub(crate) use {say, tell};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_shown_not_obeyed() {
        assert_eq!(
            escaped("Evil\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{9b}1m\u{202e}x\tend\nnext"),
            "Evil\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J\\u{9b}1m\\u{202e}x\\u{9}end\nnext"
        );
        assert!(matches!(escaped("Zürich (Ämter) 日本"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_keeps_its_data_and_loses_what_a_terminal_would_act_on() {
        let name = "a\u{7f}b\u{9b}c\u{202e}d\u{1b}e";
        let json = json_escaped(serde_json::to_string(&[name]).expect("JSON"));
        assert!(!json.chars().any(is_unprintable), "{json}");
        let back: Vec<String> = serde_json::from_str(&json).expect("still JSON");
        assert_eq!(back, [name]);
    }
}
