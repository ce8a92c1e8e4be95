//! What the window says when something did not work: errors turned into sentences in one
//! place (the next step, languages, replaces these by translations).

use super::export::ExportFailure;
use zweifaktor_core::unlock::UnlockError;

/// A message as a sentence: first letter upper case.
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// When a password was not accepted.
pub fn unlock_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => format!(
            "Wrong password. {attempts_left} more wrong attempts and the secrets are erased."
        ),
        UnlockError::Locked(_) => "Too many wrong passwords.".to_owned(),
        other => sentence(&other.to_string()),
    }
}

/// When the master password asked again (export, QR code) was not accepted.
pub fn master_password_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => format!(
            "The master password is wrong; nothing was shown or written. {attempts_left} more wrong attempts and the secrets are erased."
        ),
        other => unlock_message(other),
    }
}

/// When the current password in "Change password" was not accepted.
pub fn current_password_message(error: &UnlockError) -> String {
    match error {
        UnlockError::WrongPassword { attempts_left, .. } => format!(
            "The current password is wrong. {attempts_left} more wrong attempts and the secrets are erased."
        ),
        other => unlock_message(other),
    }
}

/// When an export wrote nothing.
pub fn export_message(failure: ExportFailure) -> String {
    match failure {
        ExportFailure::Unlock(e) => master_password_message(&e),
        ExportFailure::Nothing { format, left_out } => {
            let mut message = format!(
                "No procedure can be exported in this format ({format}); nothing was written."
            );
            for left in left_out {
                message.push_str(&format!("\n{}: {}", left.name, left.reason));
            }
            message
        }
        other => sentence(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_starts_with_a_capital_letter() {
        assert_eq!(sentence("ärger mit dem Netz"), "Ärger mit dem Netz");
        assert_eq!(sentence(""), "");
    }
}
