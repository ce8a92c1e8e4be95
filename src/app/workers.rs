//! The threads the background jobs run on: started when more work waits than threads are idle,
//! and kept for a while after their work is done. The unlocked window looks for others'
//! changes to the vault once a second (and at the clipboard, while a code is on it); a new
//! thread for each look was a thread started and torn down every second of an idle window.
//! Jobs never wait for each other: a long one (a key derivation, a file dialog left open, a
//! network drive that does not answer) holds its own thread only.
//!
//! (The `blocking` crate does the same but lets an idle thread go after 500 ms: with a look a
//! second, that is still a new thread each time.)

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How long an idle thread waits for new work before it ends: longer than the one second
/// between the idle window's looks.
const LINGER: Duration = Duration::from_secs(10);

type Task = Box<dyn FnOnce() + Send>;

#[derive(Default)]
pub struct Workers {
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    work_waits: Condvar,
}

#[derive(Default)]
struct State {
    tasks: VecDeque<Task>,
    /// Threads waiting for work.
    idle: usize,
}

impl Shared {
    /// The lock is never held while a task runs, so a panicking task cannot leave the state
    /// half-changed: a poisoned lock is still sound.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Workers {
    /// Runs `task` on an idle thread, or on a new one when none is idle. If no thread can be
    /// started, the task is dropped unrun (a job's owner then hears that it was lost).
    pub fn run(&self, task: impl FnOnce() + Send + 'static) {
        let mut state = self.shared.lock();
        state.tasks.push_back(Box::new(task));
        if state.tasks.len() <= state.idle {
            self.shared.work_waits.notify_one();
            return;
        }
        drop(state);
        let shared = Arc::clone(&self.shared);
        let started = std::thread::Builder::new()
            .name("zweifaktor-job".into())
            .spawn(move || work(&shared));
        if started.is_err() {
            let mut state = self.shared.lock();
            if state.idle == 0 {
                state.tasks.pop_back();
            }
        }
    }
}

/// A thread's life: tasks as they come, until none came for [`LINGER`].
fn work(shared: &Shared) {
    let mut state = shared.lock();
    loop {
        if let Some(task) = state.tasks.pop_front() {
            drop(state);
            // A panic ends the task (its job is reported lost: its sender is dropped), not
            // the thread.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task));
            state = shared.lock();
            continue;
        }
        state.idle += 1;
        let (woken, wait) = shared
            .work_waits
            .wait_timeout(state, LINGER)
            .unwrap_or_else(PoisonError::into_inner);
        state = woken;
        state.idle -= 1;
        if wait.timed_out() && state.tasks.is_empty() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    const PATIENCE: Duration = Duration::from_secs(10);

    #[test]
    fn work_one_after_another_reuses_the_same_thread() {
        let workers = Workers::default();
        let (sender, threads) = mpsc::channel();
        let mut seen = Vec::new();
        for _ in 0..5 {
            let sender = sender.clone();
            workers.run(move || {
                let _ = sender.send(std::thread::current().id());
            });
            seen.push(threads.recv_timeout(PATIENCE).expect("the work ran"));
            // The thread is back waiting before the next look comes (a second later in the
            // window).
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(
            seen.iter().all(|id| *id == seen[0]),
            "one thread for all: {seen:?}"
        );
        assert_ne!(seen[0], std::thread::current().id(), "not on the caller's");
    }

    #[test]
    fn long_work_does_not_hold_up_other_work() {
        let workers = Workers::default();
        let (release, held) = mpsc::channel::<()>();
        let (done, finished) = mpsc::channel();
        let first_done = done.clone();
        workers.run(move || {
            let _ = held.recv_timeout(PATIENCE);
            let _ = first_done.send("long");
        });
        workers.run(move || {
            let _ = done.send("short");
        });
        assert_eq!(finished.recv_timeout(PATIENCE), Ok("short"));
        release.send(()).expect("the long work waits");
        assert_eq!(finished.recv_timeout(PATIENCE), Ok("long"));
    }

    #[test]
    fn a_panicking_task_leaves_the_others_working() {
        let workers = Workers::default();
        workers.run(|| panic!("a broken library"));
        let (sender, done) = mpsc::channel();
        for n in 0..3 {
            let sender = sender.clone();
            workers.run(move || {
                let _ = sender.send(n);
            });
        }
        let mut got: Vec<i32> = (0..3)
            .map(|_| done.recv_timeout(PATIENCE).expect("ran"))
            .collect();
        got.sort_unstable();
        assert_eq!(got, [0, 1, 2]);
    }
}
