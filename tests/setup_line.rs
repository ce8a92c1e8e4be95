//! The README's setup line for a fresh Debian or Ubuntu machine names exactly the packages in
//! scripts/debian-packages.txt, the list `.ci/run` installs from: a package added for a test or
//! for the window reaches a newcomer too, and the line stays one command to copy.

use std::collections::BTreeSet;
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The packages of scripts/debian-packages.txt (comments and blank lines left out).
fn listed() -> Vec<String> {
    read("scripts/debian-packages.txt")
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default())
        .flat_map(str::split_whitespace)
        .map(str::to_owned)
        .collect()
}

/// The README's lines that install packages.
fn install_lines(readme: &str) -> Vec<&str> {
    readme
        .lines()
        .filter(|line| line.contains("apt-get install"))
        .collect()
}

#[test]
fn the_readme_setup_line_installs_exactly_the_listed_packages() {
    let readme = read("README.md");
    let lines = install_lines(&readme);
    let setup: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|line| line.starts_with("apt-get update && apt-get install"))
        .collect();
    assert_eq!(
        setup.len(),
        1,
        "README.md has one setup line `apt-get update && apt-get install -y …`, found {setup:?}"
    );
    let (_, packages) = setup[0]
        .split_once("apt-get install")
        .expect("the line holds apt-get install");
    let named: Vec<&str> = packages
        .split_whitespace()
        .filter(|word| !word.starts_with('-'))
        .collect();
    let listed = listed();
    assert_eq!(
        named, listed,
        "README.md's setup line and scripts/debian-packages.txt differ (same packages, same order)"
    );
    // Copied into a root shell of a minimal system (no sudo there) it must run unattended.
    assert!(packages.split_whitespace().any(|word| word == "-y"));
    assert!(!setup[0].contains("sudo"));
}

#[test]
fn the_list_names_each_package_once() {
    let listed = listed();
    let unique: BTreeSet<&String> = listed.iter().collect();
    assert_eq!(
        unique.len(),
        listed.len(),
        "a package listed twice: {listed:?}"
    );
    assert!(listed.iter().all(|name| {
        name.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"+-.".contains(&b))
    }));
}

#[test]
fn ci_installs_from_the_list() {
    assert!(
        read(".ci/run").contains("scripts/debian-packages.txt"),
        ".ci/run installs the packages of scripts/debian-packages.txt"
    );
}
