//! "Scan screen" on a Wayland desktop, without a desktop: each test starts a private D-Bus
//! session bus (dbus-daemon) and, on it, a stand-in for the desktop's Screenshot portal
//! (`org.freedesktop.portal.Screenshot`, served with zbus from this test) that saves a picture
//! of a screen showing a QR code and answers with its file:// URI, as GNOME's or KDE's does.
//!
//! The tests that go through the session's own choice (`$WAYLAND_DISPLAY`,
//! `$DBUS_SESSION_BUS_ADDRESS`, `$DISPLAY`) run the scan in a child process of this test binary
//! — the same test, started again with those variables set for the child alone, so that tests
//! running in parallel are not affected; the others pass the bus address in directly.
#![cfg(target_os = "linux")]

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::portal_request::{request_path, respond_later, serve_as_desktop_portal};
use common::process;
use common::session_bus::Bus;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};
use zweifaktor::screen::{self, portal};

const URI: &str = "otpauth://totp/Wayland:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Wayland";
/// Set for the child process that runs the scan with the session's variables.
const CHILD: &str = "ZWEIFAKTOR_TEST_SCAN_IN_CHILD";
/// The message part that tells the user what to do instead.
const INSTEAD: &str = "take a screenshot (e.g. with the Print Screen key) and open the file with Choose file… instead";

/// What the stand-in portal does when asked for a screenshot.
#[derive(Clone)]
enum Answer {
    /// Saves this picture as a PNG file and answers with its URI.
    Picture(PathBuf),
    /// Answers "cancelled" (response 1), as when the user closes the desktop's dialog.
    Cancelled,
    /// Answers "other" (response 2), as xdg-desktop-portal does when the user denies apps
    /// screenshots.
    Refused,
    /// Never answers.
    Never,
}

/// One Screenshot call as the portal received it: parent window and options.
#[derive(Debug, Clone, PartialEq)]
struct Call {
    parent_window: String,
    interactive: Option<bool>,
    has_handle_token: bool,
}

struct FakePortal {
    answer: Answer,
    calls: Arc<Mutex<Vec<Call>>>,
}

#[zbus::interface(name = "org.freedesktop.portal.Screenshot")]
impl FakePortal {
    /// Returns the request object's path at once and sends its Response signal a moment later,
    /// as xdg-desktop-portal does.
    async fn screenshot(
        &self,
        #[zbus(header)] header: zbus::message::Header<'_>,
        #[zbus(connection)] connection: &zbus::Connection,
        parent_window: String,
        options: HashMap<String, OwnedValue>,
    ) -> zbus::fdo::Result<OwnedObjectPath> {
        let token = options
            .get("handle_token")
            .and_then(|v| <&str>::try_from(v).ok())
            .map(str::to_owned);
        self.calls.lock().unwrap().push(Call {
            parent_window,
            interactive: options
                .get("interactive")
                .and_then(|v| bool::try_from(v).ok()),
            has_handle_token: token.is_some(),
        });
        let (path, handle) = request_path(&header, token.as_deref())?;
        let response = match &self.answer {
            Answer::Picture(file) => {
                let uri = url::Url::from_file_path(file).unwrap().to_string();
                Some((0u32, HashMap::from([("uri", Value::from(uri))])))
            }
            Answer::Cancelled => Some((1u32, HashMap::new())),
            Answer::Refused => Some((2u32, HashMap::new())),
            Answer::Never => None,
        };
        if let Some((code, results)) = response {
            respond_later(connection, path, code, results);
        }
        Ok(handle)
    }

    #[zbus(property, name = "version")]
    fn version(&self) -> u32 {
        2
    }
}

/// The stand-in portal on `bus`, owning the portal's well-known name until dropped.
fn serve_portal(bus: &Bus, answer: Answer) -> (zbus::Connection, Arc<Mutex<Vec<Call>>>) {
    let calls = Arc::new(Mutex::new(Vec::new()));
    let portal = FakePortal {
        answer,
        calls: Arc::clone(&calls),
    };
    (serve_as_desktop_portal(bus, portal), calls)
}

/// A 1920×1080 screen with the enrollment page's QR code somewhere on it, as a PNG file.
fn screen_picture(dir: &Path) -> PathBuf {
    let code = image::load_from_memory(&zweifaktor_core::qr::png(URI, 4).unwrap())
        .unwrap()
        .to_rgb8();
    let mut screen = image::RgbImage::from_pixel(1920, 1080, image::Rgb([0xe8, 0xe4, 0xdc]));
    image::imageops::overlay(&mut screen, &code, 1210, 380);
    let file = dir.join("Screenshot from 2026-11-25 12-00-00.png");
    screen.save(&file).unwrap();
    file
}

/// What "Scan screen" shows: the codes' texts, or the error message.
type Outcome = Result<Vec<String>, String>;

fn scan(capture: Result<(u32, u32, Vec<u8>), screen::ScreenError>) -> Outcome {
    let (width, height, pixels) = capture.map_err(|e| e.to_string())?;
    zweifaktor_core::qr::decode_luma(width, height, &pixels).map_err(|e| e.to_string())
}

/// Runs "Scan screen" as the Import dialog does (`capture_luma(None)`) in a child process with
/// these session variables: the test named `test` again, which in the child only scans (see
/// [`scanned_as_child`]). Returns what it found and how long it took.
fn scan_in_child(test: &str, variables: &[(&str, Option<&str>)]) -> (Outcome, Duration) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD, "1");
    for (name, value) in variables {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    let started = Instant::now();
    let output = process::output_within(&mut command, b"", Duration::from_secs(120));
    let took = started.elapsed();
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|line| Some(line.split_once("SCAN-OUTCOME ")?.1))
        .unwrap_or_else(|| panic!("the child printed no outcome:\n{stdout}"));
    (serde_json::from_str(line).unwrap(), took)
}

/// In the child process of [`scan_in_child`] (`CHILD` set): scans with the session's
/// variables, prints the outcome for the parent and returns true — the test that called it
/// then stops, its checks are the parent's. False in the test run itself.
fn scanned_as_child() -> bool {
    if std::env::var_os(CHILD).is_none() {
        return false;
    }
    let outcome = scan(screen::capture_luma(None));
    println!("SCAN-OUTCOME {}", serde_json::to_string(&outcome).unwrap());
    true
}

#[test]
fn on_wayland_the_code_in_the_desktops_screenshot_is_found() {
    if scanned_as_child() {
        return;
    }
    let bus = Bus::start();
    let picture = screen_picture(bus.dir.path());
    let (_portal, calls) = serve_portal(&bus, Answer::Picture(picture.clone()));

    // $DISPLAY names an X server that does not exist: the portal must be asked first, as
    // XWayland's root window would show only part of the screen.
    let (outcome, _) = scan_in_child(
        "on_wayland_the_code_in_the_desktops_screenshot_is_found",
        &[
            ("DBUS_SESSION_BUS_ADDRESS", Some(&bus.address)),
            ("WAYLAND_DISPLAY", Some("wayland-zweifaktor-test")),
            ("DISPLAY", Some(":987")),
        ],
    );
    assert_eq!(outcome, Ok(vec![URI.to_owned()]));
    // Asked once, without a dialog, with no parent window to point at.
    assert_eq!(
        *calls.lock().unwrap(),
        [Call {
            parent_window: String::new(),
            interactive: Some(false),
            has_handle_token: true,
        }]
    );
    assert!(
        picture.exists(),
        "the desktop's screenshot file was deleted"
    );
}

#[test]
fn on_wayland_without_a_portal_the_message_says_what_to_do_at_once() {
    if scanned_as_child() {
        return;
    }
    let bus = Bus::start();
    let (outcome, took) = scan_in_child(
        "on_wayland_without_a_portal_the_message_says_what_to_do_at_once",
        &[
            ("DBUS_SESSION_BUS_ADDRESS", Some(&bus.address)),
            ("WAYLAND_DISPLAY", Some("wayland-zweifaktor-test")),
            ("DISPLAY", None),
        ],
    );
    let message = outcome.unwrap_err();
    assert!(
        message.contains("The desktop offers no screenshot portal") && message.contains(INSTEAD),
        "{message}"
    );
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn on_wayland_without_a_portal_the_x_server_is_tried() {
    if scanned_as_child() {
        return;
    }
    let bus = Bus::start();
    let (outcome, _) = scan_in_child(
        "on_wayland_without_a_portal_the_x_server_is_tried",
        &[
            ("DBUS_SESSION_BUS_ADDRESS", Some(&bus.address)),
            ("WAYLAND_DISPLAY", Some("wayland-zweifaktor-test")),
            ("DISPLAY", Some(":987")),
        ],
    );
    // The X server of $DISPLAY (here none) is what answered.
    let message = outcome.unwrap_err();
    assert!(
        message.starts_with("The screen cannot be read here") && message.contains(INSTEAD),
        "{message}"
    );
}

#[test]
fn a_cancelled_screenshot_says_what_to_do() {
    let bus = Bus::start();
    let (_portal, calls) = serve_portal(&bus, Answer::Cancelled);
    let err = portal::capture_luma(Some(&bus.address), Duration::from_secs(30)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("The screenshot was cancelled; {INSTEAD}.")
    );
    assert_eq!(calls.lock().unwrap().len(), 1);
}

#[test]
fn a_refused_screenshot_says_why_and_what_to_do() {
    let bus = Bus::start();
    let (_portal, calls) = serve_portal(&bus, Answer::Refused);
    let err = portal::capture_luma(Some(&bus.address), Duration::from_secs(30)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "The desktop did not take the screenshot (it may not allow apps to take screenshots); {INSTEAD}."
        )
    );
    assert_eq!(calls.lock().unwrap().len(), 1);
}

#[test]
fn a_portal_that_never_answers_is_given_up_on() {
    let bus = Bus::start();
    let (_portal, calls) = serve_portal(&bus, Answer::Never);
    let started = Instant::now();
    let err = portal::capture_luma(Some(&bus.address), Duration::from_secs(2)).unwrap_err();
    let took = started.elapsed();
    assert_eq!(
        err.to_string(),
        format!("The desktop did not answer the screenshot request within 2 seconds; {INSTEAD}.")
    );
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(10),
        "took {took:?}"
    );
    assert_eq!(calls.lock().unwrap().len(), 1);
}

#[test]
fn a_screenshot_file_that_is_gone_says_what_to_do() {
    let bus = Bus::start();
    let gone = bus.dir.path().join("Screenshot that was never saved.png");
    let (_portal, _calls) = serve_portal(&bus, Answer::Picture(gone.clone()));
    let err = portal::capture_luma(Some(&bus.address), Duration::from_secs(30)).unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!(
            "Reading the screen through the desktop failed (the screenshot file {} is unreadable",
            gone.display()
        )) && message.ends_with(&format!("; {INSTEAD}.")),
        "{message}"
    );
}
