//! Zweifaktor's core: everything a two-factor authenticator does apart from a window or a
//! terminal, so that it builds and is tested without egui, winit or softbuffer.
//!
//! Pure logic (`otp`, `procedure`, `password_rules`, `lockout`, the vault's `format`/`kdf`/
//! `cipher`, the `import` and `export` formats, `qr`) in the middle; `vault::storage` is the
//! only code touching the vault's files and `config` the settings file; the clock is injected
//! (`clock`) so that everything time-dependent is testable; `unlock` holds the password check
//! every front end shares, and `flow` the exports, QR codes and imports that the window and the
//! command line both run (with the one never-replace write for files that hold secrets).
//! `i18n` holds the translations and the choice of language, and `message` the one layer that
//! turns the core's typed errors and reports into text in that language.
#![forbid(unsafe_code)]

pub mod clock;
pub mod config;
pub mod export;
pub mod flow;
pub mod google_migration_proto;
pub mod i18n;
pub mod import;
pub mod lockout;
pub mod message;
pub mod names;
pub mod otp;
pub mod password_rules;
pub mod procedure;
pub mod qr;
pub mod secret;
pub mod shortcut;
pub mod unlock;
pub mod vault;
pub mod window_place;
