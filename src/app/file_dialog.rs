//! Native file dialogs (rfd) without freezing the window: the dialog is created on the window's
//! thread — macOS wants its panels made there, and rfd recommends "spawn on main, await in
//! another thread" everywhere — and a background job waits for the answer, which comes back
//! as an event. Meanwhile the window keeps drawing (the countdown, the clipboard rules).
//!
//! Behind a type so that tests put in a chooser they answer themselves.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;

/// What the dialog asks for; its title in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileQuestion {
    OpenFile {
        title: String,
    },
    SaveFile {
        title: String,
        file_name: &'static str,
    },
    Folder {
        title: String,
    },
}

/// The answer a job waits for: the path chosen, `None` when the dialog was cancelled.
pub type PendingChoice = Box<dyn FnOnce() -> Option<PathBuf> + Send>;

/// Opens a dialog. Called on the window's thread; must return at once, leaving the waiting to
/// the [`PendingChoice`], which a job thread runs.
pub type FileChooser = Arc<dyn Fn(FileQuestion) -> PendingChoice + Send + Sync>;

/// The system's dialogs: the desktop's file chooser portal (or zenity) on Linux, the common
/// dialogs on Windows, NSOpenPanel/NSSavePanel on macOS.
pub fn system_file_chooser() -> FileChooser {
    Arc::new(|question| {
        let dialog = rfd::AsyncFileDialog::new();
        type Answer = Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>>;
        let answer: Answer = match question {
            FileQuestion::OpenFile { title } => Box::pin(dialog.set_title(&title).pick_file()),
            FileQuestion::SaveFile { title, file_name } => Box::pin(
                dialog
                    .set_title(&title)
                    .set_file_name(file_name)
                    .save_file(),
            ),
            FileQuestion::Folder { title } => Box::pin(dialog.set_title(&title).pick_folder()),
        };
        Box::new(move || {
            futures_lite::future::block_on(answer).map(|file| file.path().to_path_buf())
        })
    })
}
