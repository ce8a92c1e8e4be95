//! Where the command line gets passwords (and secrets or otpauth URIs given as "-"): one line
//! each from standard input with `--password-stdin`, otherwise a prompt that does not echo.
//!
//! Lines are read from standard input byte by byte through a handle of our own, not through
//! `std::io::stdin()`: its buffer lives as long as the process and would keep the password lines
//! (and the ones after them) in the clear; ours is one buffer per line, wiped when dropped, and
//! nothing is read beyond the line asked for. A line is at most [`MAX_LINE_BYTES`] long: a
//! 50 MB "password" is refused, not kept. Prompts come in the user's language, without the
//! space that follows them.

use std::io::{self, Read};

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::fl;
use zweifaktor_core::message::Localize;
use zweifaktor_core::password_rules::require_strong;
use zweifaktor_core::secret::Password;

use super::{Terminal, Usage};

/// The longest line read from standard input, in bytes: far above any password, and above an
/// otpauth URI with the longest secret and names Zweifaktor accepts (about 8 KB).
pub const MAX_LINE_BYTES: usize = 16 * 1024;

pub struct Input {
    from_stdin: bool,
    terminal: Terminal,
    lines_read: usize,
}

/// Why a line could not be had (`Display` for logs; [`LineError::to_message`] for people).
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error("the line is longer than {MAX_LINE_BYTES} bytes")]
    TooLong,
    #[error("the line is not text (UTF-8)")]
    NotText,
    #[error(transparent)]
    Io(#[from] io::Error),
}

impl LineError {
    /// The reason in the user's language.
    pub fn to_message(&self) -> String {
        match self {
            LineError::TooLong => fl!("cli-line-too-long", max = MAX_LINE_BYTES),
            LineError::NotText => fl!("cli-line-not-text"),
            LineError::Io(error) => error.to_message(),
        }
    }
}

/// The next line of `reader` without its line end (`\n` or `\r\n`), read one byte at a time so
/// that nothing after it is consumed; `None` at the end of input. The line's buffer is
/// allocated once for the longest line allowed and wiped when dropped.
pub fn read_line(reader: &mut impl Read) -> Result<Option<Zeroizing<String>>, LineError> {
    let mut line = Zeroizing::new(Vec::with_capacity(MAX_LINE_BYTES + 1));
    // The last byte read may be one of the line's.
    let mut byte = Zeroizing::new([0u8; 1]);
    let mut ended = false;
    loop {
        match reader.read(&mut *byte) {
            Ok(0) => break,
            Ok(_) if byte[0] == b'\n' => {
                ended = true;
                break;
            }
            Ok(_) if line.len() == MAX_LINE_BYTES => return Err(LineError::TooLong),
            Ok(_) => line.push(byte[0]),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error.into()),
        }
    }
    if !ended && line.is_empty() {
        return Ok(None);
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    // The bytes move into the string; on failure they come back and are wiped.
    match String::from_utf8(std::mem::take(&mut *line)) {
        Ok(text) => Ok(Some(Zeroizing::new(text))),
        Err(error) => {
            drop(Zeroizing::new(error.into_bytes()));
            Err(LineError::NotText)
        }
    }
}

/// Standard input without the standard library's buffer (see the module notes).
fn unbuffered_stdin() -> io::Result<std::fs::File> {
    #[cfg(unix)]
    let handle = {
        use std::os::fd::AsFd;
        io::stdin().as_fd().try_clone_to_owned()?
    };
    #[cfg(windows)]
    let handle = {
        use std::os::windows::io::AsHandle;
        io::stdin().as_handle().try_clone_to_owned()?
    };
    Ok(std::fs::File::from(handle))
}

impl Input {
    pub fn new(from_stdin: bool, terminal: Terminal) -> Self {
        Input {
            from_stdin,
            terminal,
            lines_read: 0,
        }
    }

    /// One secret line: the next line of standard input, or a no-echo prompt.
    pub fn secret_line(&mut self, prompt: &str) -> Result<Zeroizing<String>> {
        let what = prompt.trim_end_matches([':', ' ']);
        if self.from_stdin {
            self.lines_read += 1;
            let mut stdin = unbuffered_stdin().with_context(|| fl!("cli-stdin-unreadable"))?;
            let line = read_line(&mut stdin).map_err(|error| {
                anyhow::anyhow!(fl!(
                    "cli-stdin-line-unreadable",
                    line = self.lines_read,
                    prompt = what,
                    reason = error.to_message()
                ))
            })?;
            let Some(line) = line else {
                bail!(fl!(
                    "cli-stdin-ended",
                    line = self.lines_read,
                    prompt = what
                ));
            };
            return Ok(line);
        }
        if self.terminal == Terminal::Borrowed {
            return Err(Usage(fl!("cli-borrowed-console")).into());
        }
        // rpassword asks on the terminal itself, so a password never passes through a pipe.
        let typed = Zeroizing::new(
            rpassword::prompt_password(format!("{prompt} "))
                .with_context(|| fl!("cli-no-terminal"))?,
        );
        if typed.len() > MAX_LINE_BYTES {
            bail!(fl!(
                "cli-typed-too-long",
                prompt = what,
                max = MAX_LINE_BYTES
            ));
        }
        Ok(typed)
    }

    pub fn password(&mut self, prompt: &str) -> Result<Password> {
        let mut line = self.secret_line(prompt)?;
        Ok(Password::new(std::mem::take(&mut *line)))
    }

    /// A new master password, asked twice and checked against the rules.
    pub fn new_password(&mut self, first: &str) -> Result<Password> {
        let password = self.password(first)?;
        let again = self.password(&fl!("cli-prompt-repeat-new-password"))?;
        if password.as_str() != again.as_str() {
            bail!(fl!("cli-passwords-differ"));
        }
        require_strong(password.as_str())?;
        Ok(password)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_is_read_and_nothing_after_it() {
        let mut input = io::Cursor::new(b"first\r\nsecond\nlast".to_vec());
        let first = read_line(&mut input).expect("readable").expect("a line");
        assert_eq!(first.as_str(), "first");
        // Nothing beyond the line was taken: the next line is still there for the next ask.
        assert_eq!(input.position(), 7);
        let second = read_line(&mut input).expect("readable").expect("a line");
        assert_eq!(second.as_str(), "second");
        let last = read_line(&mut input).expect("readable").expect("a line");
        assert_eq!(last.as_str(), "last");
        assert!(read_line(&mut input).expect("readable").is_none());
        let mut empty_line = io::Cursor::new(b"\n".to_vec());
        assert_eq!(
            read_line(&mut empty_line)
                .expect("readable")
                .as_deref()
                .map(String::as_str),
            Some("")
        );
    }

    #[test]
    fn the_window_program_in_a_borrowed_console_asks_for_no_password() {
        // The terminal does not wait for the Windows window program and reads the keyboard
        // itself: a prompt there could put the password on its command line.
        let mut input = Input::new(false, Terminal::Borrowed);
        let error = input.password("Master password: ").expect_err("refused");
        assert!(
            error.downcast_ref::<Usage>().is_some(),
            "a usage error (exit 2)"
        );
        let message = error.to_string();
        assert!(
            message.contains("zweifaktor-cli") && message.contains("--password-stdin"),
            "{message}"
        );
    }

    #[test]
    fn a_50_mb_line_is_refused_after_the_limit() {
        let mut huge = vec![b'x'; 50 * 1024 * 1024];
        huge.push(b'\n');
        let mut input = io::Cursor::new(huge);
        assert!(matches!(read_line(&mut input), Err(LineError::TooLong)));
        // It stopped at the limit instead of reading (and keeping) the rest.
        assert_eq!(input.position() as usize, MAX_LINE_BYTES + 1);
        let mut longest = vec![b'y'; MAX_LINE_BYTES];
        longest.push(b'\n');
        let line = read_line(&mut io::Cursor::new(longest)).expect("at the limit");
        assert_eq!(line.map(|l| l.len()), Some(MAX_LINE_BYTES));
        assert!(matches!(
            read_line(&mut io::Cursor::new(b"\xff\xfe\n".to_vec())),
            Err(LineError::NotText)
        ));
    }
}
