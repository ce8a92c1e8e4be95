//! The master-password rules: enforced by the vault, shown live (rule by rule) by the window.

/// Which rules a candidate password meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordCheck {
    pub long_enough: bool,
    pub has_uppercase: bool,
    pub has_lowercase: bool,
    pub has_digit: bool,
    pub has_special: bool,
}

pub const MIN_PASSWORD_CHARS: usize = 8;

/// One rule, for listing them in a user interface in a fixed order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordRule {
    LongEnough,
    Uppercase,
    Lowercase,
    Digit,
    Special,
}

impl PasswordRule {
    pub const ALL: [PasswordRule; 5] = [
        PasswordRule::Uppercase,
        PasswordRule::Lowercase,
        PasswordRule::Digit,
        PasswordRule::Special,
        PasswordRule::LongEnough,
    ];

    pub fn description(self) -> &'static str {
        match self {
            PasswordRule::LongEnough => "at least 8 characters",
            PasswordRule::Uppercase => "one uppercase letter",
            PasswordRule::Lowercase => "one lowercase letter",
            PasswordRule::Digit => "one digit",
            PasswordRule::Special => "one special character",
        }
    }
}

impl PasswordCheck {
    pub fn of(password: &str) -> Self {
        PasswordCheck {
            long_enough: password.chars().count() >= MIN_PASSWORD_CHARS,
            has_uppercase: password.chars().any(char::is_uppercase),
            has_lowercase: password.chars().any(char::is_lowercase),
            has_digit: password.chars().any(|c| c.is_ascii_digit()),
            // Anything that is neither a letter nor a digit counts, including spaces and umlauts'
            // cousins like '§': users type what their keyboard offers.
            has_special: password.chars().any(|c| !c.is_alphanumeric()),
        }
    }

    pub fn meets(&self, rule: PasswordRule) -> bool {
        match rule {
            PasswordRule::LongEnough => self.long_enough,
            PasswordRule::Uppercase => self.has_uppercase,
            PasswordRule::Lowercase => self.has_lowercase,
            PasswordRule::Digit => self.has_digit,
            PasswordRule::Special => self.has_special,
        }
    }

    pub fn all_met(&self) -> bool {
        PasswordRule::ALL.iter().all(|&rule| self.meets(rule))
    }

    /// The rules not met, in display order.
    pub fn missing(&self) -> Vec<PasswordRule> {
        PasswordRule::ALL
            .into_iter()
            .filter(|&r| !self.meets(r))
            .collect()
    }
}

/// Why a new master password was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the password needs {}", .0.iter().map(|r| r.description()).collect::<Vec<_>>().join(", "))]
pub struct WeakPassword(pub Vec<PasswordRule>);

pub fn require_strong(password: &str) -> Result<(), WeakPassword> {
    let check = PasswordCheck::of(password);
    if check.all_met() {
        Ok(())
    } else {
        Err(WeakPassword(check.missing()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_turns_on_as_the_password_grows() {
        let steps = [
            ("", vec![]),
            ("a", vec![PasswordRule::Lowercase]),
            ("aB", vec![PasswordRule::Lowercase, PasswordRule::Uppercase]),
            (
                "aB3",
                vec![
                    PasswordRule::Lowercase,
                    PasswordRule::Uppercase,
                    PasswordRule::Digit,
                ],
            ),
            (
                "aB3!",
                vec![
                    PasswordRule::Lowercase,
                    PasswordRule::Uppercase,
                    PasswordRule::Digit,
                    PasswordRule::Special,
                ],
            ),
        ];
        for (password, met) in steps {
            let check = PasswordCheck::of(password);
            for rule in PasswordRule::ALL {
                assert_eq!(
                    check.meets(rule),
                    met.contains(&rule),
                    "{password:?} {rule:?}"
                );
            }
            assert!(!check.all_met());
        }
        assert!(PasswordCheck::of("aB3!xyzw").all_met());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(!PasswordCheck::of("Ää1!äää").long_enough); // 7 characters, 12 bytes
        assert!(PasswordCheck::of("Ää1!ääää").long_enough);
    }

    #[test]
    fn a_weak_password_message_names_what_is_missing() {
        let err = require_strong("password").unwrap_err();
        assert_eq!(
            err.to_string(),
            "the password needs one uppercase letter, one digit, one special character"
        );
        assert!(require_strong("Sommer2026!").is_ok());
    }
}
