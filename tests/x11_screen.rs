//! "Scan screen" on a real X server: a QR code shown on the screen (here: the root window of our
//! own Xvfb, drawn by ImageMagick's `display`) is read through the X protocol and decoded.
// The X11 screen: a Linux desktop (Windows and macOS read theirs through xcap).
#![cfg(target_os = "linux")]

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::process;
use common::xvfb::{Xvfb, XvfbError};

const URI: &str = "otpauth://totp/Portal:anna@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Portal";

/// A private X server with a 1280×800 screen.
fn start_xvfb() -> Xvfb {
    // -noreset: `display` exits once the picture is set, and a server that resets when its
    // last client leaves would clear the screen again.
    match Xvfb::start_with(&["-screen", "0", "1280x800x24", "-noreset"]) {
        Ok(xvfb) => xvfb,
        Err(XvfbError::NotInstalled) => {
            panic!("Xvfb is missing: apt-get install xvfb (.ci/run does)")
        }
        Err(XvfbError::Failed(why)) => panic!("cannot start Xvfb: {why}"),
    }
}

/// ImageMagick's `display`, stopped when the test ends (also when it fails).
struct Shown(Child);

impl Drop for Shown {
    fn drop(&mut self) {
        process::stop(&mut self.0);
    }
}

#[test]
fn a_qr_code_on_the_screen_is_found() {
    let xvfb = start_xvfb();
    let display = xvfb.display.clone();
    let dir = tempfile::tempdir().unwrap();
    // The code as the page in a browser would show it: somewhere on a 1280×800 screen (a whole
    // screen's picture, since `display -window root` tiles smaller ones).
    let code = image::load_from_memory(&zweifaktor_core::qr::png(URI, 4).unwrap())
        .unwrap()
        .to_luma8();
    let mut screen = image::GrayImage::from_pixel(1280, 800, image::Luma([0xd8]));
    image::imageops::overlay(&mut screen, &code, 760, 310);
    let image = dir.path().join("screen.png");
    screen.save(&image).unwrap();
    let shown = Command::new("display")
        .args(["-window", "root"])
        .arg(&image)
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("ImageMagick's display is missing: apt-get install imagemagick (.ci/run does)");
    // Dropped before the X server (declared after it).
    let _shown = Shown(shown);

    // Drawing takes a moment; read the screen until the code is there. Each look at a screen
    // without the code costs a second or more in a debug build (the double-size second search),
    // several on a busy machine: 5 s was too tight when the whole suite ran beside other builds.
    let started = Instant::now();
    let found = loop {
        let (width, height, pixels) = zweifaktor::screen::capture_luma(Some(&display)).unwrap();
        assert_eq!((width, height), (1280, 800));
        if let Ok(texts) = zweifaktor_core::qr::decode_luma(width, height, &pixels) {
            break texts;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no QR code appeared on the screen"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(found, [URI]);
}

#[test]
fn no_display_gives_a_message_that_says_what_to_do() {
    let err = zweifaktor::screen::capture_luma(Some(":987")).unwrap_err();
    assert!(
        err.to_string()
            .contains("take a screenshot (e.g. with the Print Screen key) and open the file with Choose file… instead"),
        "{err}"
    );
}

/// An X server that is not there is a reason of its own, said with the system's reason in the
/// user's words (not std's "No such file or directory (os error 2)").
#[test]
fn an_x_server_that_is_not_there_is_said_in_our_words() {
    use zweifaktor::screen::{ScreenDetail, ScreenError};
    let err = zweifaktor::screen::capture_luma(Some(":987")).unwrap_err();
    assert!(
        matches!(
            err,
            ScreenError::Unavailable(ScreenDetail::X11Unreachable(_))
        ),
        "{err:?}"
    );
    let message = zweifaktor::app::messages::screen_message(&err);
    assert!(
        message.contains("(the X server cannot be reached: "),
        "{message}"
    );
    for std_words in ["os error", "No such file", "Connection refused"] {
        assert!(!message.contains(std_words), "{message}");
    }
}
