//! Work that must not freeze the window (key derivation takes a noticeable moment) runs on a
//! thread; the window polls for the result each frame and shows a spinner meanwhile.

use std::sync::mpsc::{self, Receiver, TryRecvError};

pub struct Job<T> {
    receiver: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a new thread; the window is woken (repainted) when it is done.
    pub fn spawn(work: impl FnOnce() -> T + Send + 'static, ctx: &egui::Context) -> Self {
        let (sender, receiver) = mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = sender.send(work());
            ctx.request_repaint();
        });
        Job { receiver }
    }

    /// The result, once the work is done. A thread that died without an answer (a panic in
    /// the work) gives `JobLost`, so the window can say so instead of spinning forever.
    pub fn poll(&self) -> Option<Result<T, JobLost>> {
        match self.receiver.try_recv() {
            Ok(value) => Some(Ok(value)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(JobLost)),
        }
    }
}

/// The background work ended without a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the background work stopped unexpectedly; please try again")]
pub struct JobLost;
