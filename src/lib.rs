//! Zweifaktor: a desktop two-factor authenticator.
//!
//! The crate is layered: pure logic (`otp`, `procedure`, `password_rules`, `lockout`, the vault's
//! `format`/`kdf`/`cipher`) in the middle; `vault::storage` is the only code touching files; the
//! clock is injected (`clock`) so that everything time-dependent is testable; `cli` is a front end.
#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod clock;
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
