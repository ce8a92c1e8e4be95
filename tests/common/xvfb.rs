//! A private X server for the tests that need a real display (the X11 clipboard, the real
//! window): started on a free display number, stopped when dropped.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub enum XvfbError {
    NotInstalled,
    Failed(String),
}

/// A private X server, stopped when dropped (also when the test fails).
pub struct Xvfb {
    child: Child,
    pub display: String,
}

impl Xvfb {
    /// Starts Xvfb on the first free display from :90 up (away from a desktop's :0 or :1).
    pub fn start() -> Result<Xvfb, XvfbError> {
        let mut last_error = String::new();
        for number in 90..190 {
            // A server that locks its display; one that does not (as with -displayfd) Xvfb
            // finds by its socket answering, and exits. A dead server's socket it reuses.
            if Path::new(&format!("/tmp/.X{number}-lock")).exists() {
                continue;
            }
            // -displayfd 1: Xvfb prints the display number on stdout once it accepts clients.
            let child = Command::new("Xvfb")
                .args([&format!(":{number}"), "-displayfd", "1", "-nolisten", "tcp"])
                .args(["-screen", "0", "1024x768x24"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn();
            let mut child = match child {
                Ok(child) => child,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(XvfbError::NotInstalled);
                }
                Err(e) => return Err(XvfbError::Failed(e.to_string())),
            };
            let xvfb_out = child.stdout.take().expect("stdout is piped");
            let (tx, rx) = mpsc::channel();
            std::thread::spawn(move || {
                let mut line = String::new();
                let _ = BufReader::new(xvfb_out).read_line(&mut line);
                let _ = tx.send(line);
            });
            match rx.recv_timeout(Duration::from_secs(10)) {
                Ok(line) if line.trim() == number.to_string() => {
                    return Ok(Xvfb {
                        child,
                        display: format!(":{number}"),
                    });
                }
                // Nothing printed: the number was taken meanwhile (Xvfb exits), or it hangs.
                Ok(_) => last_error = format!("Xvfb :{number} exited"),
                Err(_) => last_error = format!("Xvfb :{number} did not start within 10 s"),
            }
            stop(&mut child);
        }
        Err(XvfbError::Failed(last_error))
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// Stops an X server with SIGTERM, so that it removes its socket (SIGKILL would leave it
/// behind), and SIGKILL only if it does not end within 2 s.
pub fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .arg(child.id().to_string())
        .stderr(Stdio::null())
        .status();
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
}
