//! "Start at login" inside a Flatpak, without a Flatpak: the portal backend
//! ([`Autostart::portal`]) is pointed at a private D-Bus session bus on which a stand-in for
//! the desktop's Background portal answers (tests/common/background_portal.rs). What the user
//! notices: the desktop is asked to start `zweifaktor` (with the vault the window was started
//! with) and told why, and its yes, its no and its absence come back as such.
#![cfg(target_os = "linux")]

mod common;

use std::path::PathBuf;
use std::time::Duration;

use common::background_portal::{self, Answer, Call};
use common::session_bus::Bus;
use zweifaktor::autostart::{Autostart, AutostartError};

const REASON: &str = "Zweifaktor startet bei der Anmeldung, damit Ihre Codes gleich bereitstehen.";

fn on_bus(bus: &Bus) -> Autostart {
    Autostart::portal(Some(bus.address.clone()), Duration::from_secs(30))
}

#[test]
fn the_desktop_is_asked_to_start_this_vault_at_login_and_its_yes_is_taken() {
    let bus = Bus::start();
    let (_portal, calls) = background_portal::serve(&bus, Answer::Granted);
    let vault = PathBuf::from("/home/Anna Berg/Eigene Dateien/tresor.zweifaktor");
    let autostart = on_bus(&bus)
        .with_vault(Some(vault.clone()))
        .with_reason(REASON.to_owned());
    assert!(autostart.uses_portal());
    assert!(
        autostart.file().is_none(),
        "no file is written in the sandbox"
    );

    autostart.set(true).unwrap();
    autostart.set(false).unwrap();
    let command = vec![
        "zweifaktor".to_owned(),
        "--vault".to_owned(),
        vault.to_str().unwrap().to_owned(),
    ];
    assert_eq!(
        *calls.lock().unwrap(),
        [
            Call {
                autostart: Some(true),
                commandline: Some(command.clone()),
                reason: Some(REASON.to_owned()),
            },
            Call {
                autostart: Some(false),
                commandline: Some(command),
                reason: Some(REASON.to_owned()),
            },
        ]
    );
}

#[test]
fn a_no_from_the_user_or_the_desktop_is_a_refusal() {
    for answer in [Answer::Denied, Answer::Refused] {
        let bus = Bus::start();
        let (_portal, calls) = background_portal::serve(&bus, answer);
        let result = on_bus(&bus).set(true);
        assert!(
            matches!(result, Err(AutostartError::Refused)),
            "{answer:?}: {result:?}"
        );
        assert_eq!(
            calls.lock().unwrap()[0].commandline.as_deref(),
            Some(&["zweifaktor".to_owned()][..]),
            "without --vault the settings' vault is opened"
        );
    }
}

#[test]
fn without_a_portal_it_says_so_at_once() {
    let bus = Bus::start();
    let started = std::time::Instant::now();
    let result = on_bus(&bus).set(true);
    assert!(
        matches!(result, Err(AutostartError::NoPortal(_))),
        "{result:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}
