//! A private X server for the tests that need a real display (the X11 clipboard, the real
//! window): started on a free display number, stopped when dropped.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::process;

pub enum XvfbError {
    NotInstalled,
    Failed(String),
}

/// A private X server, stopped when dropped (also when the test fails).
pub struct Xvfb {
    child: Child,
    pub display: String,
    number: u32,
    /// The inode of its socket, to remove that socket (and no other's) once it is stopped.
    socket: Option<u64>,
}

impl Xvfb {
    /// Starts Xvfb on the first free display from :90 up (away from a desktop's :0 or :1),
    /// with a 1024×768 screen.
    pub fn start() -> Result<Xvfb, XvfbError> {
        Xvfb::start_with(&["-screen", "0", "1024x768x24"])
    }

    /// Starts Xvfb as [`Xvfb::start`] does, with these further arguments (screen size, …).
    pub fn start_with(arguments: &[&str]) -> Result<Xvfb, XvfbError> {
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
                .args(arguments)
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
            match process::first_line_within(xvfb_out, Duration::from_secs(10)) {
                Some(line) if line == number.to_string() => {
                    return Ok(Xvfb {
                        child,
                        display: format!(":{number}"),
                        number,
                        socket: inode(&socket_path(number)),
                    });
                }
                // Nothing printed: the number was taken meanwhile (Xvfb exits), or it hangs.
                Some(_) => last_error = format!("Xvfb :{number} exited"),
                None => last_error = format!("Xvfb :{number} did not start within 10 s"),
            }
            stop(&mut child, number, None);
        }
        Err(XvfbError::Failed(last_error))
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        stop(&mut self.child, self.number, self.socket);
    }
}

/// Stops the X server on display `number` (SIGKILL, from std) and removes what it leaves
/// behind, as it would itself on SIGTERM: its socket (the one with inode `socket`: by then
/// another server may have taken the number) and its lock file (Xvfb writes none with
/// -displayfd, some versions do).
fn stop(child: &mut Child, number: u32, socket: Option<u64>) {
    let pid = child.id();
    process::stop(child);
    let path = socket_path(number);
    if socket.is_some() && inode(&path) == socket {
        let _ = std::fs::remove_file(&path);
    }
    let lock = format!("/tmp/.X{number}-lock");
    // The lock file holds the server's process id.
    if std::fs::read_to_string(&lock).is_ok_and(|text| text.trim() == pid.to_string()) {
        let _ = std::fs::remove_file(&lock);
    }
}

fn socket_path(number: u32) -> String {
    format!("/tmp/.X11-unix/X{number}")
}

#[cfg(unix)]
fn inode(path: &str) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|metadata| metadata.ino())
}

#[cfg(not(unix))]
fn inode(_path: &str) -> Option<u64> {
    None
}
