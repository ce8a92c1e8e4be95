//! The `zweifaktor` binary: the desktop window, or with a command the command line.

fn main() -> std::process::ExitCode {
    zweifaktor::cli::main()
}
