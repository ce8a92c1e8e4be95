//! The wrong-password counter and its delays: a pure state machine that takes `now` as a
//! parameter. Persisting it (durably, before any answer is given) is the caller's job.
//!
//! Attempts 1–5 wrong: refused. 6–9: refused and locked for 10, 20, 40, 80 seconds. The 10th:
//! the secrets are erased. While locked, nothing is evaluated or counted.
//!
//! Every attempt is counted as wrong *before* its password is checked ([`LockoutState::
//! counted_in_advance`]) and the count is cleared again when it was right: nothing an observer
//! can see (nor killing the process) tells a right from a wrong password before the attempt is
//! on disk.

use serde::{Deserialize, Serialize};

/// Wrong attempts that only warn before delays start.
pub const FREE_ATTEMPTS: u32 = 5;
/// The wrong attempt that erases the secrets.
pub const ERASE_AT_ATTEMPT: u32 = 10;
/// The lock after the first delayed attempt (the 6th); it doubles with every further one.
pub const FIRST_DELAY_SECONDS: u64 = 10;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockoutState {
    /// Wrong attempts since the last success (or erase).
    pub failed_attempts: u32,
    /// Unix seconds until which no attempt is evaluated; 0 when not locked.
    #[serde(default)]
    pub locked_until: u64,
}

/// What a wrong attempt leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureOutcome {
    /// Refused; `attempts_left` more wrong ones before the secrets are erased.
    Refused { attempts_left: u32 },
    /// Refused, and no attempt is evaluated for `seconds`.
    Locked { attempts_left: u32, seconds: u64 },
    /// That was the last attempt: erase the secrets now.
    EraseSecrets,
}

/// The vault refuses attempts for `seconds_left` more seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many wrong passwords: locked for {seconds_left} more seconds")]
pub struct Locked {
    pub seconds_left: u64,
}

/// The lock that follows the given number of wrong attempts, if any.
pub fn delay_after(failed_attempts: u32) -> Option<u64> {
    (FREE_ATTEMPTS + 1..ERASE_AT_ATTEMPT)
        .contains(&failed_attempts)
        .then(|| FIRST_DELAY_SECONDS << (failed_attempts - FREE_ATTEMPTS - 1))
}

impl LockoutState {
    /// Seconds the vault stays locked. Never more than the delay the current count calls for, so
    /// that a clock set back (or a hand-edited file) cannot lock a user out for hours.
    pub fn locked_for(&self, now: u64) -> u64 {
        let remaining = self.locked_until.saturating_sub(now);
        remaining.min(delay_after(self.failed_attempts).unwrap_or(0))
    }

    /// Ok when an attempt may be evaluated now.
    pub fn gate(&self, now: u64) -> Result<(), Locked> {
        match self.locked_for(now) {
            0 => Ok(()),
            seconds_left => Err(Locked { seconds_left }),
        }
    }

    /// Wrong attempts left before the secrets are erased.
    pub fn attempts_left(&self) -> u32 {
        ERASE_AT_ATTEMPT.saturating_sub(self.failed_attempts)
    }

    /// Counts a wrong attempt made at `now` (which must have passed `gate`).
    pub fn record_failure(&mut self, now: u64) -> FailureOutcome {
        self.failed_attempts = self.failed_attempts.saturating_add(1);
        if self.failed_attempts >= ERASE_AT_ATTEMPT {
            // The erase starts a new life for the vault: a new password, a fresh count.
            *self = LockoutState::default();
            return FailureOutcome::EraseSecrets;
        }
        let attempts_left = self.attempts_left();
        match delay_after(self.failed_attempts) {
            Some(seconds) => {
                self.locked_until = now.saturating_add(seconds);
                FailureOutcome::Locked {
                    attempts_left,
                    seconds,
                }
            }
            None => FailureOutcome::Refused { attempts_left },
        }
    }

    pub fn record_success(&mut self) {
        *self = LockoutState::default();
    }

    /// What to put on disk before a password is checked: the attempt counted as wrong, and what
    /// that means if it was. The 10th wrong attempt is kept as [`ERASE_AT_ATTEMPT`] failed
    /// attempts ("erase due") until the erase is done, so that a process stopped between the
    /// count and the erase cannot skip it.
    pub fn counted_in_advance(&self, now: u64) -> (LockoutState, FailureOutcome) {
        let mut counted = *self;
        let outcome = counted.record_failure(now);
        if outcome == FailureOutcome::EraseSecrets {
            counted = LockoutState {
                failed_attempts: ERASE_AT_ATTEMPT,
                locked_until: 0,
            };
        }
        (counted, outcome)
    }

    /// An attempt counted in advance was the last one, and its erase has not happened: it must
    /// happen before any further password is tried.
    pub fn erase_due(&self) -> bool {
        self.failed_attempts >= ERASE_AT_ATTEMPT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_timeline_on_a_fake_clock() {
        let mut state = LockoutState::default();
        let mut now = 1_000_000;
        for attempt in 1..=5 {
            assert_eq!(state.gate(now), Ok(()));
            assert_eq!(
                state.record_failure(now),
                FailureOutcome::Refused {
                    attempts_left: 10 - attempt
                }
            );
            now += 1;
        }
        for (attempt, delay) in [(6, 10), (7, 20), (8, 40), (9, 80)] {
            assert_eq!(
                state.gate(now),
                Ok(()),
                "attempt {attempt} may be evaluated"
            );
            assert_eq!(
                state.record_failure(now),
                FailureOutcome::Locked {
                    attempts_left: 10 - attempt,
                    seconds: delay
                }
            );
            // Locked: even the right password is not evaluated, and nothing is counted.
            assert_eq!(
                state.gate(now),
                Err(Locked {
                    seconds_left: delay
                })
            );
            assert_eq!(state.gate(now + delay - 1), Err(Locked { seconds_left: 1 }));
            assert_eq!(state.failed_attempts, attempt);
            now += delay;
            assert_eq!(state.gate(now), Ok(()));
        }
        assert_eq!(state.record_failure(now), FailureOutcome::EraseSecrets);
        assert_eq!(state, LockoutState::default());
    }

    #[test]
    fn a_success_resets_the_count() {
        let mut state = LockoutState::default();
        for _ in 0..7 {
            state.record_failure(100);
        }
        state.record_success();
        assert_eq!(state.attempts_left(), 10);
        assert_eq!(state.gate(100), Ok(()));
    }

    #[test]
    fn a_clock_set_back_cannot_lock_for_longer_than_the_delay() {
        let mut state = LockoutState::default();
        for _ in 0..6 {
            state.record_failure(10_000);
        }
        // The clock jumps an hour back: the lock still ends within its 10 seconds.
        assert_eq!(state.locked_for(10_000 - 3600), 10);
        let hand_edited = LockoutState {
            failed_attempts: 2,
            locked_until: u64::MAX,
        };
        assert_eq!(hand_edited.gate(0), Ok(()));
    }

    #[test]
    fn an_attempt_counted_in_advance_is_what_a_wrong_one_leaves() {
        let mut state = LockoutState::default();
        for attempt in 1..=9u32 {
            let (counted, outcome) = state.counted_in_advance(500);
            let mut wrong = state;
            assert_eq!(wrong.record_failure(500), outcome);
            assert_eq!(counted, wrong, "attempt {attempt}");
            assert!(!counted.erase_due());
            state = wrong;
        }
        // The 10th stays on disk as "erase due" until the erase is done.
        let (counted, outcome) = state.counted_in_advance(500);
        assert_eq!(outcome, FailureOutcome::EraseSecrets);
        assert!(counted.erase_due());
        assert_eq!(counted.attempts_left(), 0);
        assert_eq!(counted.gate(500), Ok(()), "the erase is not a lock");
    }

    #[test]
    fn delays_double_from_ten_seconds() {
        let delays: Vec<_> = (1..=10).map(delay_after).collect();
        assert_eq!(
            delays,
            [
                None,
                None,
                None,
                None,
                None,
                Some(10),
                Some(20),
                Some(40),
                Some(80),
                None
            ]
        );
    }
}
