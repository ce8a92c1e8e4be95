//! The `zweifaktor` binary: the command line (and, once it lands, the desktop window).

fn main() -> std::process::ExitCode {
    zweifaktor::cli::main()
}
