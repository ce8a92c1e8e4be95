//! Where the command line gets passwords (and secrets typed as "-"): one line each from
//! standard input with `--password-stdin`, otherwise a prompt that does not echo. Prompts come
//! in the user's language, without the space that follows them.

use std::io::{self, BufRead};

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::fl;
use zweifaktor_core::password_rules::require_strong;
use zweifaktor_core::secret::Password;

pub struct Input {
    from_stdin: bool,
    lines_read: usize,
}

impl Input {
    pub fn new(from_stdin: bool) -> Self {
        Input {
            from_stdin,
            lines_read: 0,
        }
    }

    /// One secret line: the next line of standard input, or a no-echo prompt.
    pub fn secret_line(&mut self, prompt: &str) -> Result<Zeroizing<String>> {
        if self.from_stdin {
            self.lines_read += 1;
            let mut line = Zeroizing::new(String::new());
            let read = io::stdin()
                .lock()
                .read_line(&mut line)
                .with_context(|| fl!("cli-stdin-unreadable"))?;
            if read == 0 {
                bail!(fl!(
                    "cli-stdin-ended",
                    line = self.lines_read,
                    prompt = prompt.trim_end_matches([':', ' '])
                ));
            }
            let trimmed = Zeroizing::new(line.trim_end_matches(['\n', '\r']).to_owned());
            return Ok(trimmed);
        }
        // rpassword asks on the terminal itself, so a password never passes through a pipe.
        let typed = rpassword::prompt_password(format!("{prompt} "))
            .with_context(|| fl!("cli-no-terminal"))?;
        Ok(Zeroizing::new(typed))
    }

    pub fn password(&mut self, prompt: &str) -> Result<Password> {
        let line = self.secret_line(prompt)?;
        Ok(Password::new(line.as_str().to_owned()))
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
