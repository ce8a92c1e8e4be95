//! Zweifaktor: a desktop two-factor authenticator — the program around the core.
//!
//! Everything apart from a window or a terminal lives in the `zweifaktor_core` crate (codes,
//! vault, lockout, imports, exports, QR codes). Here: `app` (the window's state and commands)
//! with `ui` (drawing) is the window, `desktop` puts it on the screen (event loop, CPU
//! painter), `screen` takes a picture of the screen for "Scan screen", `cli` the command line,
//! `autostart` the entry that starts the window at login; `i18n` their texts in the user's
//! language.
#![forbid(unsafe_code)]

pub mod app;
pub mod autostart;
pub mod cli;
pub mod desktop;
pub mod i18n;
pub mod screen;
pub mod ui;
