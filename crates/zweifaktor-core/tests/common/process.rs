//! Other programs started by the tests, with every wait bounded: a program that hangs (an X
//! server that never answers, a child test that never ends) fails its test after a limit
//! instead of stopping `cargo test` for good. Children are stopped with std's `Child::kill`,
//! never by starting a `kill` program, which a minimal system may not have.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdout, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the pipes of a program that ended may stay open (held by a child it left behind).
const PIPE_WAIT: Duration = Duration::from_secs(2);

/// Waits at most `limit` for `child` to end; `None` while it still runs.
pub fn wait_within(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            _ => return None,
        }
    }
}

/// Stops `child` (SIGKILL) and reaps it; one that already ended is only reaped.
pub fn stop(child: &mut Child) {
    let _ = child.kill();
    // After SIGKILL the process is gone at once: this wait does not block.
    let _ = child.wait();
}

/// The first line a program prints on its (piped) stdout, trimmed; empty if it ended without
/// printing one, `None` if none comes within `limit`.
pub fn first_line_within(stdout: ChildStdout, limit: Duration) -> Option<String> {
    let (tx, rx) = mpsc::channel();
    // The thread ends when the line comes or the program closes its stdout (when it is stopped).
    std::thread::spawn(move || {
        let mut line = String::new();
        if BufReader::new(stdout).read_line(&mut line).is_ok() {
            let _ = tx.send(line.trim().to_owned());
        }
    });
    rx.recv_timeout(limit).ok()
}

/// Runs `command` to its end, `input` on its stdin, its stdout and stderr captured. A program
/// still running after `limit` is stopped and the test fails, showing what it printed.
pub fn output_within(command: &mut Command, input: &[u8], limit: Duration) -> Output {
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {program}: {e} (scripts/debian-packages.txt has what tests need)")
        });
    let stdout = read_all(child.stdout.take());
    let stderr = read_all(child.stderr.take());
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = input.to_vec();
    // Written beside the wait: a program that does not read its input must not block us.
    std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let status = wait_within(&mut child, limit);
    if status.is_none() {
        stop(&mut child);
    }
    // A program that left a child of its own holding the pipes open: take what came so far.
    let collect = |rx: mpsc::Receiver<Vec<u8>>| rx.recv_timeout(PIPE_WAIT).unwrap_or_default();
    let (stdout, stderr) = (collect(stdout), collect(stderr));
    let Some(status) = status else {
        panic!(
            "{program} did not end within {} s; it printed:\n{}{}",
            limit.as_secs(),
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        );
    };
    Output {
        status,
        stdout,
        stderr,
    }
}

/// Reads a pipe to its end in a thread of its own (two pipes read one after the other could
/// fill up and block the program).
fn read_all(pipe: Option<impl Read + Send + 'static>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        let _ = tx.send(bytes);
    });
    rx
}
