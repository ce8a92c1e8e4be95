//! The `zweifaktor` binary: the desktop window, or with a command the command line.
//!
//! On Windows this is a window ("windows" subsystem) program: a console program gets a console
//! window from Windows the moment it starts, even when double-clicked, before any of our code
//! runs. Given a command, it borrows the console of the terminal it was started from
//! ([`windows_console`]) so that `--help`, codes and errors still show there; terminals do not
//! wait for window programs, so typed passwords go to `zweifaktor-cli.exe`, the same program
//! built as a console one (src/bin/zweifaktor-cli.rs). It also tells the window how to ask
//! Windows where the pointer is ([`windows_pointer`]), for the quick pick.
#![cfg_attr(windows, windows_subsystem = "windows")]
#![deny(unsafe_code)]

#[cfg(windows)]
mod windows_console;
#[cfg(windows)]
mod windows_pointer;

fn main() -> std::process::ExitCode {
    #[cfg(windows)]
    if std::env::args_os().len() > 1 && windows_console::attach_to_parent() {
        return zweifaktor::cli::main_in(zweifaktor::cli::Terminal::Borrowed);
    }
    #[cfg(windows)]
    zweifaktor::desktop::shortcut::tell_pointer_with(windows_pointer::position);
    zweifaktor::cli::main()
}
