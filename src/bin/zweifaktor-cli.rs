//! `zweifaktor-cli`: the same program as `zweifaktor`, built as a console program for Windows
//! terminals (cmd, PowerShell) and scripts. They wait for a console program to finish, so it can
//! ask for passwords and its exit code is seen; `zweifaktor.exe` is a window program, which
//! terminals start and leave running (see src/main.rs). On Linux and macOS the two are the same.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    zweifaktor::cli::main()
}
