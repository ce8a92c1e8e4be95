//! The source of "now", injected wherever time matters (codes, lockout delays, timestamps), so
//! that tests run on a fake clock instead of sleeping.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub trait Clock: Send + Sync {
    /// Seconds since the Unix epoch.
    fn now_unix(&self) -> u64;

    /// Milliseconds until the next whole second: the window repaints right when a countdown
    /// ticks or a code changes. A fake clock only moves in whole seconds.
    fn millis_to_next_second(&self) -> u64 {
        1000
    }
}

/// The machine's wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_unix(&self) -> u64 {
        // A clock set before 1970 is a broken machine; treating it as the epoch keeps us running.
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    }

    fn millis_to_next_second(&self) -> u64 {
        let subsec = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| u64::from(d.subsec_millis()))
            .unwrap_or(0);
        1000 - subsec
    }
}

/// A clock that only moves when told to: for tests.
#[derive(Debug, Default)]
pub struct FakeClock(AtomicU64);

impl FakeClock {
    pub fn at(unix: u64) -> Self {
        Self(AtomicU64::new(unix))
    }

    pub fn set(&self, unix: u64) {
        self.0.store(unix, Ordering::SeqCst);
    }

    pub fn advance(&self, seconds: u64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for FakeClock {
    fn now_unix(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}
