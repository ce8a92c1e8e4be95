//! "Start at login" on Linux: the XDG Autostart entry written when the option is turned on
//! is one the desktops accept (desktop-file-validate) and starts this very program, even from
//! a folder with spaces and quotes in its name; turning the option off removes it.
#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::Command;

use zweifaktor::autostart::{Autostart, LINUX_FILE_NAME};

/// `Exec=`'s one argument as a desktop reads it: the string escapes undone, then the quoting.
fn exec_program(entry: &str) -> String {
    let exec = entry
        .lines()
        .find_map(|line| line.strip_prefix("Exec="))
        .expect("the entry has an Exec line");
    let unescaped = exec.replace("\\\\", "\\").replace("%%", "%");
    let inner = unescaped
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the program is quoted");
    let mut program = String::new();
    let mut characters = inner.chars();
    while let Some(character) = characters.next() {
        match character {
            '\\' => program.extend(characters.next()),
            c => program.push(c),
        }
    }
    program
}

#[test]
fn turning_start_at_login_on_writes_a_valid_entry_for_this_program_and_off_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("config home/autostart");
    let program = Path::new("/home/Anna \"AB\" Berg/Programme 100%/zweifaktor");
    let autostart = Autostart::in_folder(&folder, program);
    assert_eq!(
        autostart.file(),
        Some(folder.join(LINUX_FILE_NAME).as_path())
    );

    autostart.set(true).unwrap();
    let file = folder.join(LINUX_FILE_NAME);
    let entry = std::fs::read_to_string(&file).unwrap();
    assert_eq!(exec_program(&entry), program.to_str().unwrap());
    assert!(entry.contains("\nType=Application\n"));
    assert_valid_desktop_entry(&file);

    // Turned on again (the program moved): the entry follows.
    let moved = Autostart::in_folder(&folder, Path::new("/usr/bin/zweifaktor"));
    moved.set(true).unwrap();
    let entry = std::fs::read_to_string(&file).unwrap();
    assert_eq!(exec_program(&entry), "/usr/bin/zweifaktor");

    moved.set(false).unwrap();
    assert!(!file.exists());
    // Off when it was off already is no error.
    moved.set(false).unwrap();
}

/// `Exec=`'s arguments as a desktop reads them: the string escapes undone, then each quoted
/// argument unquoted.
fn exec_arguments(entry: &str) -> Vec<String> {
    let exec = entry
        .lines()
        .find_map(|line| line.strip_prefix("Exec="))
        .expect("the entry has an Exec line");
    let unescaped = exec.replace("\\\\", "\\").replace("%%", "%");
    let mut arguments = Vec::new();
    let mut characters = unescaped.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            ' ' => {}
            '"' => {
                let mut argument = String::new();
                while let Some(c) = characters.next() {
                    match c {
                        '\\' => argument.extend(characters.next()),
                        '"' => break,
                        c => argument.push(c),
                    }
                }
                arguments.push(argument);
            }
            c => {
                let mut argument = String::from(c);
                while let Some(c) = characters.next_if(|c| *c != ' ') {
                    argument.push(c);
                }
                arguments.push(argument);
            }
        }
    }
    arguments
}

/// Started with `--vault PATH`, the entry starts the same vault at login: the desktop reads
/// the program, `--vault` and the path (spaces and quotes kept), and the entry stays valid.
#[test]
fn the_vault_given_at_start_is_started_at_login_too() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("autostart");
    let vault = dir.path().join("Eigene Dateien/\"Tresor\" 100%.zweifaktor");
    let autostart = Autostart::in_folder(&folder, Path::new("/usr/bin/zweifaktor"))
        .with_vault(Some(vault.clone()));
    autostart.set(true).unwrap();
    let file = folder.join(LINUX_FILE_NAME);
    let entry = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        exec_arguments(&entry),
        ["/usr/bin/zweifaktor", "--vault", vault.to_str().unwrap()],
        "{entry}"
    );
    assert_valid_desktop_entry(&file);
}

/// Started again with another `--vault` (or from a moved program) while the option is on, the
/// entry is made to start this one — only its command: a `Hidden=true` the desktop's own
/// settings added stays — and an entry the user removed is not brought back.
#[test]
fn a_later_start_with_another_vault_or_program_rewrites_the_entrys_command_only() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("autostart");
    let file = folder.join(LINUX_FILE_NAME);
    let first = dir.path().join("Alt/tresor.zweifaktor");
    Autostart::in_folder(&folder, Path::new("/usr/bin/zweifaktor"))
        .with_vault(Some(first.clone()))
        .set(true)
        .unwrap();
    // The desktop's settings turned it off their way.
    let written = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{written}Hidden=true\n")).unwrap();

    let same = Autostart::in_folder(&folder, Path::new("/usr/bin/zweifaktor"))
        .with_vault(Some(first.clone()));
    assert!(!same.refresh().unwrap(), "nothing to change");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        format!("{written}Hidden=true\n")
    );

    let second = dir.path().join("Neu/Eigene Dateien/tresor.zweifaktor");
    let now = Autostart::in_folder(&folder, Path::new("/opt/Zweifaktor 2/zweifaktor"))
        .with_vault(Some(second.clone()));
    assert!(now.refresh().unwrap(), "the entry started the old vault");
    let entry = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        exec_arguments(&entry),
        [
            "/opt/Zweifaktor 2/zweifaktor",
            "--vault",
            second.to_str().unwrap()
        ],
        "{entry}"
    );
    assert!(entry.ends_with("\nHidden=true\n"), "{entry}");
    assert_eq!(entry.lines().filter(|l| l.starts_with("Exec=")).count(), 1);
    assert!(!now.refresh().unwrap(), "once rewritten, left alone");

    // Removed by the user: a start does not bring it back.
    std::fs::remove_file(&file).unwrap();
    assert!(!now.refresh().unwrap());
    assert!(!file.exists());
}

/// The entry as desktops read it: `desktop-file-validate` finds nothing to say.
fn assert_valid_desktop_entry(file: &Path) {
    let validated = Command::new("desktop-file-validate")
        .arg(file)
        .output()
        .expect("desktop-file-validate (Debian: desktop-file-utils) runs");
    assert!(
        validated.status.success() && validated.stdout.is_empty(),
        "desktop-file-validate: {}{}",
        String::from_utf8_lossy(&validated.stdout),
        String::from_utf8_lossy(&validated.stderr)
    );
}
