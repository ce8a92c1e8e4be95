//! The window's layers point one way: `ui` draws from `app`, and `app` names nothing of `ui`
//! (a new screen must not need the app to know how it is drawn). Checked on the source: a
//! mention of the `ui` module in `src/app` (code, not comments) fails with its file and line.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// Where `line` (without its comment) names the `ui` module: `ui::` as a path segment of its
/// own (so `egui::` does not count) or `crate::ui`/`super::ui`.
fn names_ui(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or_default();
    code.match_indices("ui::").any(|(at, _)| {
        !code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    }) || code.contains("crate::ui")
        || code.contains("super::ui")
}

#[test]
fn the_app_names_no_ui_type() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut found = Vec::new();
    for file in rust_files(&app) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if names_ui(line) {
                found.push(format!(
                    "{}:{}: {}",
                    file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                        .unwrap_or(&file)
                        .display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/app must not name the ui module (the ui reads the app, not the other way):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_a_ui_path_and_not_egui() {
    assert!(names_ui("use crate::ui::procedures::Dialog;"));
    assert!(names_ui("    Screen::Unlock(ui::unlock::UnlockScreen),"));
    assert!(names_ui("use super::ui;"));
    assert!(!names_ui("fn show(&mut self, ui: &mut egui::Ui) {"));
    assert!(!names_ui(
        "ctx.open_url(egui::OpenUrl::new_tab(url)); // not ui::anything"
    ));
}
