//! What a program watching the vault's folder sees of an unlock. Until the attempt is counted on
//! disk, a right and a wrong password must look the same: otherwise a watcher could kill the
//! process at the first sign of "wrong" and guess without limit.
//!
//! Traced with inotify (the kernel reports every open, read, write, create, rename and close in
//! the folder, in order), which needs no extra package or privilege, unlike strace, whose
//! ptrace is often refused in containers and CI sandboxes.
#![cfg(target_os = "linux")]

mod common;

use common::*;
use inotify::{EventMask, Inotify, WatchMask};
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock;

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// One thing the watcher saw: what happened, and to which file (`<temporary>` for any of our
/// randomly named temporary files, `<folder>` for the folder itself).
type Seen = (String, String);

fn watch(folder: &std::path::Path) -> Inotify {
    let inotify = Inotify::init().expect("inotify");
    inotify
        .watches()
        .add(folder, WatchMask::ALL_EVENTS)
        .expect("watch the folder");
    inotify
}

/// Everything seen since the last call, repeated events (a file read in several pieces) once.
fn seen_so_far(inotify: &mut Inotify) -> Vec<Seen> {
    let mut buffer = vec![0; 64 * 1024];
    let mut seen: Vec<Seen> = Vec::new();
    loop {
        let events = match inotify.read_events(&mut buffer) {
            Ok(events) => events,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
            Err(e) => panic!("reading inotify events: {e}"),
        };
        let mut any = false;
        for event in events {
            any = true;
            let name = match event.name.map(|n| n.to_string_lossy().into_owned()) {
                None => "<folder>".to_owned(),
                Some(n) if n.starts_with(".vault.zweifaktor.") && n.ends_with(".tmp") => {
                    "<temporary>".to_owned()
                }
                Some(n) => n,
            };
            let what = format!("{:?}", event.mask - EventMask::ISDIR);
            if seen.last() != Some(&(what.clone(), name.clone())) {
                seen.push((what, name));
            }
        }
        if !any {
            break;
        }
    }
    seen
}

/// What was seen up to (and with) the moment the counter file was renamed into place.
fn until_counted(seen: &[Seen]) -> &[Seen] {
    let counted = seen
        .iter()
        .position(|(what, name)| {
            what == "EventMask(MOVED_TO)" && name == "vault.zweifaktor.attempts"
        })
        .unwrap_or_else(|| panic!("the attempt was never written: {seen:#?}"));
    &seen[..=counted]
}

#[test]
fn a_watcher_of_the_folder_sees_the_same_for_a_right_and_a_wrong_password_until_it_is_counted() {
    let v = vault_with(&[("VPN", RFC_SECRET)]);
    let clock = FakeClock::at(1_800_000_000);
    let mut inotify = watch(v.dir.path());
    seen_so_far(&mut inotify);

    unlock::unlock(&v.files, &Password::from("Falsch-2026"), &clock).unwrap_err();
    let wrong = seen_so_far(&mut inotify);
    let session = unlock::unlock(&v.files, &Password::from(PASSWORD), &clock).unwrap();
    drop(session);
    let right = seen_so_far(&mut inotify);

    assert_eq!(
        until_counted(&wrong),
        until_counted(&right),
        "a watcher tells a wrong password from a right one before the attempt is counted"
    );
    assert!(
        until_counted(&wrong)
            .iter()
            .all(|(_, name)| name != "vault.zweifaktor.bak"),
        "the backup is only looked at after the attempt is counted"
    );
}
