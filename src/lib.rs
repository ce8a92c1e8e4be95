//! Zweifaktor: a desktop two-factor authenticator.
//!
//! The crate is layered: pure logic (`otp`, `procedure`, `password_rules`, `lockout`, the vault's
//! `format`/`kdf`/`cipher`, `import` and `export` formats, `qr`) in the middle;
//! `vault::storage` is the only code touching the vault's files; the clock and the clipboard are
//! injected (`clock`, `app::clipboard`) so that everything time-dependent is testable; `unlock`
//! holds the flows every front end shares; `app` (state and commands) with `ui` (drawing) is the
//! window, `desktop` puts it on the screen (event loop, CPU painter), `cli` the command line.
#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod clock;
pub mod desktop;
pub mod export;
pub mod import;
pub mod lockout;
pub mod otp;
pub mod password_rules;
pub mod procedure;
pub mod qr;
pub mod secret;
pub mod ui;
pub mod unlock;
pub mod vault;
