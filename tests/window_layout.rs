//! Every screen and dialog at 200 % text in the window's opening size (520 × 640 pixels, so
//! 260 × 320 points), driven headless through egui_kittest: no control or text sticks out of
//! the window's sides, whatever lies below the window's bottom comes into view when scrolled to,
//! and no two controls lie on top of each other. Also: the text size and the theme through the
//! menu and the keyboard, remembered; the seconds that do not push the row's buttons around.

mod common;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use common::*;
use egui::accesskit::{Live, Role};
use egui::{Pos2, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use zweifaktor::app::AppEnv;
use zweifaktor::app::clipboard::MemoryClipboard;
use zweifaktor::desktop::WINDOW_SIZE;
use zweifaktor::ui::Window as AppWindow;
use zweifaktor::ui::palette;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::config::{Config, ConfigStore, ThemeChoice};

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const T0: u64 = 1_800_000_000; // a multiple of 30

/// What a user acts on: these must neither stick out nor overlap.
const CONTROLS: &[Role] = &[
    Role::Button,
    Role::TextInput,
    Role::PasswordInput,
    Role::CheckBox,
    Role::RadioButton,
    Role::Link,
    Role::SpinButton,
    Role::ComboBox,
    Role::Switch,
    Role::MenuItem,
    Role::Slider,
];

/// Rounding and the focus ring's one point of growth.
const SLACK: f32 = 1.5;

/// A node of the accessibility tree: what it is, where it is, whose part it is.
struct Shown {
    role: Role,
    label: String,
    rect: Rect,
    id: egui::accesskit::NodeId,
    ancestors: Vec<egui::accesskit::NodeId>,
}

impl Shown {
    fn is_control(&self) -> bool {
        CONTROLS.contains(&self.role)
    }

    /// One inside the other (a field and its text): they share their place by design.
    fn nested(&self, other: &Shown) -> bool {
        self.ancestors.contains(&other.id) || other.ancestors.contains(&self.id)
    }
}

struct Window {
    harness: Harness<'static, AppWindow>,
    clock: Arc<FakeClock>,
    /// The window in points at this text size.
    area: Rect,
    _dirs: Vec<tempfile::TempDir>,
}

/// The window at `scale` text (1.0 = 100 %) with `config` saved before it starts.
fn window(vault: Option<PathBuf>, config: Config, default_folder: Option<PathBuf>) -> Window {
    let dir = tempfile::tempdir().unwrap();
    let store = ConfigStore::at(dir.path().join("config.json"));
    let scale = config.text_scale;
    store.save(&config).unwrap();
    let clock = Arc::new(FakeClock::at(T0));
    let env = AppEnv {
        clock: clock.clone(),
        clipboard: Box::new(MemoryClipboard::default()),
        config_store: store,
        vault_override: vault,
        kdf: cheap_kdf(),
        default_folder,
        screen_capture: zweifaktor::app::import::system_screen(),
        file_chooser: Arc::new(|question| panic!("no file dialog expected: {question:?}")),
        autostart: zweifaktor::autostart::Autostart::in_folder(
            &dir.path().join("autostart"),
            std::path::Path::new("/usr/bin/zweifaktor"),
        ),
    };
    // The harness is given the window's size at 100 % (as the window system gives it); egui's
    // points then grow with the text size, and the window holds fewer of them.
    let size = Vec2::from(WINDOW_SIZE) / scale;
    let harness = Harness::builder()
        .with_size(Vec2::from(WINDOW_SIZE))
        .build_ui_state(
            |ui, window: &mut AppWindow| window.show(ui),
            AppWindow::new(env),
        );
    let mut w = Window {
        harness,
        clock,
        area: Rect::from_min_size(Pos2::ZERO, size),
        _dirs: vec![dir],
    };
    w.settle();
    w
}

fn at_200() -> Config {
    Config {
        text_scale: 2.0,
        ..Config::default()
    }
}

/// A window at 200 % on a vault with these procedures, unlocked.
fn unlocked(procedures: &[(&str, &str)], config: Config) -> (Window, TestVault) {
    let v = vault_with(procedures);
    let mut w = window(Some(v.path()), config, None);
    w.type_into("Master password", PASSWORD);
    w.harness.key_press(egui::Key::Enter);
    w.settle();
    assert!(w.has("Search:"), "unlocked");
    (w, v)
}

/// Names long enough to wrap, a long link, and an HOTP procedure (no countdown).
fn many() -> (Window, TestVault) {
    let (mut w, v) = unlocked(
        &[
            ("Citrix Portal of the Landesverwaltung", RFC_SECRET),
            ("VPN", RFC_SECRET),
            ("Webmail", RFC_SECRET),
        ],
        at_200(),
    );
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &[
            "add",
            "Intranet",
            "--secret",
            RFC_SECRET,
            "--url",
            "https://intranet.verwaltung.example.org/anmeldung/zwei-faktor",
            "--counter",
            "3",
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    w.clock.advance(2);
    w.settle();
    assert!(w.has("Edit Intranet"), "the fourth procedure is shown");
    (w, v)
}

impl Window {
    fn settle(&mut self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            self.harness.step();
            if !self.harness.state().is_busy() || std::time::Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        self.harness.run();
    }

    /// Whether a control or text named `label` is shown. What the window says to screen
    /// readers by itself (its announcements, live regions) is not shown: it is left out.
    fn has(&self, label: &str) -> bool {
        self.harness
            .query_all_by_label(label)
            .any(|n| n.accesskit_node().live() == Live::Off)
    }

    /// Whether a text containing `part` is shown (announcements left out, as in [`Self::has`]).
    fn has_text(&self, part: &str) -> bool {
        self.harness
            .query_all_by_label_contains(part)
            .any(|n| n.accesskit_node().live() == Live::Off)
    }

    fn click(&mut self, label: &str) {
        let node = self.harness.get_by_label(label);
        node.scroll_to_me();
        self.settle();
        self.harness.get_by_label(label).click();
        self.settle();
    }

    fn type_into(&mut self, label: &str, text: &str) {
        self.click(label);
        self.harness.get_by_label(label).type_text(text);
        self.settle();
    }

    /// The nodes that belong to the dialog titled `title` (everything, when `None`): the
    /// subtree of the window's part that holds the title.
    fn part(&self, title: Option<&str>) -> Vec<Shown> {
        let root = self.harness.root();
        let top = title.map(|title| {
            // The title itself (a heading), not a button of the same name (the one that
            // opened it), nor the dialog the title names.
            let mut node = self
                .harness
                .query_by_role_and_label(Role::Heading, title)
                .or_else(|| self.harness.query_by_role_and_label(Role::Label, title))
                .unwrap_or_else(|| self.harness.get_by_label(title));
            while let Some(parent) = node.parent() {
                if parent.parent().is_none() {
                    break;
                }
                node = parent;
            }
            node.accesskit_node().id()
        });
        root.children_recursive()
            .filter(|node| {
                top.is_none_or(|top| {
                    std::iter::successors(Some(node.accesskit_node()), |n| n.parent())
                        .any(|n| n.id() == top)
                })
            })
            .filter_map(|node| {
                let n = node.accesskit_node();
                let label = n.label().or_else(|| n.value()).unwrap_or_default();
                let ancestors = std::iter::successors(n.parent(), |p| p.parent())
                    .map(|p| p.locate().0)
                    .collect();
                n.bounding_box().map(|_| Shown {
                    role: n.role(),
                    label,
                    rect: node.rect(),
                    id: n.locate().0,
                    ancestors,
                })
            })
            .collect()
    }

    /// Checks the layout of what is shown (the dialog titled `title`, or the whole window):
    /// returns what is wrong, each with `what` in front.
    /// Leaves out the nodes in `known` (what was there before a menu opened over it).
    fn layout_problems(
        &mut self,
        what: &str,
        title: Option<&str>,
        known: &[egui::accesskit::NodeId],
    ) -> Vec<String> {
        let area = self.area.expand(SLACK);
        let mut problems = Vec::new();
        let mut nodes = self.part(title);
        nodes.retain(|n| !known.contains(&n.id));
        // Nothing sticks out of the sides: text and controls alike.
        for n in &nodes {
            let text = n.role == Role::Label && !n.label.trim().is_empty();
            if (text || n.is_control())
                && (n.rect.left() < area.left() || n.rect.right() > area.right())
            {
                problems.push(format!(
                    "{what}: {:?} {:?} at x {:.0}–{:.0} sticks out of the window (0–{:.0})",
                    n.role,
                    n.label,
                    n.rect.left(),
                    n.rect.right(),
                    self.area.right()
                ));
            }
        }
        // No two controls in view lie on each other.
        let in_view: Vec<&Shown> = nodes
            .iter()
            .filter(|n| n.is_control() && area.contains_rect(n.rect))
            .collect();
        for (i, a) in in_view.iter().enumerate() {
            for b in &in_view[i + 1..] {
                if !a.nested(b) && overlaps(a.rect, b.rect) && self.still_overlap(a, b) {
                    problems.push(format!(
                        "{what}: {:?} {:?} and {:?} {:?} overlap",
                        a.role, a.label, b.role, b.label
                    ));
                }
            }
        }
        // What lies below (or above) the window comes into view when scrolled to.
        let hidden: Vec<(Role, String)> = nodes
            .iter()
            .filter(|n| {
                n.is_control()
                    && !n.label.is_empty()
                    && (n.rect.top() < area.top() || n.rect.bottom() > area.bottom())
            })
            .map(|n| (n.role, n.label.clone()))
            .collect();
        for (role, label) in hidden {
            let Some(node) = self.harness.query_by_role_and_label(role, &label) else {
                continue;
            };
            node.scroll_to_me();
            self.settle();
            if let Some(node) = self.harness.query_by_role_and_label(role, &label) {
                let rect = node.rect();
                if !area.contains_rect(rect) {
                    problems.push(format!(
                        "{what}: {role:?} {label:?} stays out of view when scrolled to ({rect:?} in {:?})",
                        self.area
                    ));
                }
            }
        }
        problems
    }

    /// Whether two controls that overlap on paper also overlap on the screen: a control in a
    /// scrolling part that reaches under the buttons below it is hidden there (clipped), and
    /// scrolled into view it lies apart from them. Overlapping controls that stay overlapped
    /// whichever of the two is scrolled to are a fault.
    fn still_overlap(&mut self, a: &Shown, b: &Shown) -> bool {
        if a.label.is_empty() || b.label.is_empty() {
            return true;
        }
        for target in [a, b] {
            if let Some(node) = self
                .harness
                .query_by_role_and_label(target.role, &target.label)
            {
                node.scroll_to_me();
                self.settle();
            }
            let rect = |w: &Self, n: &Shown| {
                w.harness
                    .query_by_role_and_label(n.role, &n.label)
                    .map(|node| node.rect())
            };
            match (rect(self, a), rect(self, b)) {
                (Some(ra), Some(rb)) if overlaps(ra, rb) => {}
                _ => return false,
            }
        }
        true
    }

    fn assert_layout(&mut self, what: &str, title: Option<&str>) {
        let problems = self.layout_problems(what, title, &[]);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Opens the menu `menu` and checks what it shows: a menu lies over the screen by design,
    /// so only its own items are checked (against the window and each other).
    fn assert_menu_layout(&mut self, menu: &str) {
        let known: Vec<_> = self.part(None).iter().map(|n| n.id).collect();
        self.click(menu);
        let items = self
            .part(None)
            .iter()
            .filter(|n| n.is_control() && !known.contains(&n.id))
            .count();
        assert!(items > 0, "the {menu} menu is open");
        let problems = self.layout_problems(&format!("{menu} menu"), None, &known);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

/// More than rounding's worth of common area.
fn overlaps(a: Rect, b: Rect) -> bool {
    let overlap = a.intersect(b);
    overlap.is_positive() && overlap.width() > SLACK && overlap.height() > SLACK
}

#[test]
fn first_start_fits_at_200_percent() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = window(
        None,
        at_200(),
        Some(dir.path().join("a rather long folder name/Zweifaktor")),
    );
    w.assert_layout("first start", None);
    w.click("First installation");
    assert!(w.has("Storage folder"));
    w.assert_layout("first start, first installation chosen", None);
}

#[test]
fn setting_the_password_fits_at_200_percent() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("vault.zweifaktor");
    let mut w = window(Some(vault), at_200(), None);
    w.type_into("Password", "Zwei7");
    w.assert_layout("set password", None);
}

#[test]
fn unlocking_and_forgot_password_fit_at_200_percent() {
    let v = vault_with(&[("Citrix", RFC_SECRET)]);
    let mut w = window(Some(v.path()), at_200(), None);
    w.type_into("Master password", "Falsch-2026");
    w.harness.key_press(egui::Key::Enter);
    w.settle();
    assert!(w.has_text("more wrong attempts"));
    w.assert_layout("unlock, after a wrong password", None);
    w.click("Forgot password");
    w.assert_layout("forgot password", Some("Forgot password"));
}

#[test]
fn the_procedures_and_the_menus_fit_at_200_percent() {
    let (mut w, _v) = many();
    w.click("Clipboard mode for VPN");
    assert!(w.has_text("Current clipboard content"));
    w.assert_layout("procedures", None);
    for menu in ["Options", "Accessibility", "Help"] {
        w.assert_menu_layout(menu);
        w.harness.key_press(egui::Key::Escape);
        w.settle();
    }
}

#[test]
fn the_procedure_dialogs_fit_at_200_percent() {
    let (mut w, _v) = many();
    w.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    w.settle();
    w.type_into("Secret (token)", "JBSWY3DP1EHPK");
    w.click("Advanced");
    assert!(w.has("Issuer"), "Advanced is open");
    w.assert_layout(
        "add, with an error and Advanced open",
        Some("Add procedure"),
    );
    w.click("Cancel");
    w.click("Edit Webmail");
    w.assert_layout("edit", Some("Edit procedure"));
    w.click("Cancel");
    w.click("Delete VPN");
    w.assert_layout("delete", Some("Delete procedure"));
    w.click("No");
    w.click("Show QR code of VPN");
    w.assert_layout("QR code, password", Some("QR code of VPN"));
    w.type_into("Master password", PASSWORD);
    w.click("Show QR code");
    assert!(w.has_text("Anyone who sees this code"));
    w.assert_layout("QR code, shown", Some("QR code of VPN"));
}

/// Tab through the Add dialog at 200 %: each control that gets the focus is scrolled into
/// sight (on main the dialog stayed at its top, and the focus went on below its fold, where
/// no one could see it: the type, the algorithm, digits and period).
#[test]
fn tab_scrolls_each_focused_control_of_a_dialog_into_sight_at_200_percent() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)], at_200());
    w.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    w.settle();
    w.click("Advanced");
    assert!(w.has("Issuer"), "Advanced is open");
    let buttons_top = w.harness.get_by_label("Cancel").rect().top();
    let mut seen = Vec::new();
    for _ in 0..20 {
        w.harness.key_press(egui::Key::Tab);
        w.settle();
        let focused = w.harness.query_by(|n| n.is_focused()).expect("a focus");
        let name = focused.accesskit_node().label().unwrap_or_default();
        if name == "Cancel" {
            break;
        }
        let rect = focused.rect();
        assert!(
            rect.top() >= 0.0 && rect.bottom() <= buttons_top + 1.0,
            "{name} is in sight ({rect:?}, the buttons start at {buttons_top})"
        );
        seen.push(name);
    }
    assert!(seen.contains(&"Period (seconds):".to_owned()), "{seen:?}");
}

#[test]
fn the_options_dialogs_fit_at_200_percent() {
    let (mut w, _v) = many();
    for (item, title) in [
        ("Settings…", "Settings"),
        ("Import…", "Import"),
        ("Export…", "Export procedures"),
        ("Change password…", "Change password"),
    ] {
        w.click("Options");
        w.click(item);
        w.assert_layout(item, Some(title));
        w.harness.key_press(egui::Key::Escape);
        w.settle();
    }
    w.click("Options");
    w.click("Import…");
    let plain = common::expected::testdata_dir("aegis").join("aegis_plain.json");
    w.type_into("Export file", &plain.display().to_string());
    w.click("Read file");
    assert!(w.has("Format: Aegis Authenticator"));
    w.assert_layout("import preview", Some("Import"));
    w.harness.key_press(egui::Key::Escape);
    w.settle();
    w.click("Help");
    w.click("Manual");
    w.assert_layout("manual", Some("Manual"));
    w.harness.key_press(egui::Key::Escape);
    w.settle();
    w.click("Help");
    w.click("About Zweifaktor");
    w.assert_layout("about", Some("License: MIT or Apache-2.0"));
}

#[test]
fn the_row_was_cut_off_at_125_percent_before_and_fits_now() {
    let (mut w, _v) = unlocked(
        &[("Citrix Portal", RFC_SECRET)],
        Config {
            text_scale: 1.25,
            ..Config::default()
        },
    );
    w.assert_layout("procedures at 125 %", None);
    let delete = w.harness.get_by_label("Delete Citrix Portal").rect();
    assert!(delete.right() <= w.area.right(), "Delete is in the window");
}

#[test]
fn the_buttons_stay_put_when_the_seconds_go_from_two_digits_to_one() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)], Config::default());
    // 20 seconds into the period: 10 left.
    w.clock.advance(20);
    w.settle();
    assert!(w.has("10 s"));
    let before: Vec<Rect> = ["Copy code of Citrix", "Delete Citrix", "10 s"]
        .iter()
        .map(|label| w.harness.get_by_label(label).rect())
        .collect();
    w.clock.advance(1);
    w.settle();
    assert!(w.has("9 s"));
    let after: Vec<Rect> = ["Copy code of Citrix", "Delete Citrix", "9 s"]
        .iter()
        .map(|label| w.harness.get_by_label(label).rect())
        .collect();
    assert_eq!(before[0], after[0], "Copy did not move");
    assert_eq!(before[1], after[1], "Delete did not move");
    assert_eq!(
        before[2].right(),
        after[2].right(),
        "the seconds end at the same place"
    );
}

#[test]
fn text_size_from_the_keyboard_and_the_menu_stays_within_100_to_200_percent_and_is_remembered() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)], Config::default());
    let ctrl = egui::Modifiers::COMMAND;
    for _ in 0..6 {
        w.harness.key_press_modifiers(ctrl, egui::Key::Plus);
        w.settle();
    }
    assert_eq!(w.harness.ctx.zoom_factor(), 2.0, "200 % at most");
    w.harness.key_press_modifiers(ctrl, egui::Key::Minus);
    w.settle();
    assert_eq!(w.harness.ctx.zoom_factor(), 1.75);
    w.harness.key_press_modifiers(ctrl, egui::Key::Num0);
    w.settle();
    assert_eq!(w.harness.ctx.zoom_factor(), 1.0);
    w.harness.key_press_modifiers(ctrl, egui::Key::Minus);
    w.settle();
    assert_eq!(w.harness.ctx.zoom_factor(), 1.0, "100 % at least");
    w.harness.key_press_modifiers(ctrl, egui::Key::Equals);
    w.settle();
    assert_eq!(w.harness.ctx.zoom_factor(), 1.25, "Ctrl+= as Ctrl+plus");
    let saved = ConfigStore::at(w._dirs[0].path().join("config.json")).load();
    assert_eq!(saved.text_scale, 1.25, "remembered");
}

#[test]
fn the_theme_follows_the_system_until_one_is_chosen_and_is_remembered() {
    let (mut w, _v) = unlocked(&[("Citrix", RFC_SECRET)], Config::default());
    let panel = |w: &Window| w.harness.ctx.global_style().visuals.panel_fill;
    assert_eq!(
        panel(&w),
        palette::LIGHT.background,
        "light while the system says nothing"
    );
    w.harness.input_mut().system_theme = Some(egui::Theme::Dark);
    w.settle();
    assert_eq!(
        panel(&w),
        palette::DARK.background,
        "the system turned dark"
    );
    w.click("Accessibility");
    w.click("Light");
    assert_eq!(
        panel(&w),
        palette::LIGHT.background,
        "chosen: light, whatever the system"
    );
    let saved = ConfigStore::at(w._dirs[0].path().join("config.json")).load();
    assert_eq!(saved.theme, ThemeChoice::Light, "remembered");
    w.click("Accessibility");
    w.click("High contrast");
    assert_eq!(panel(&w), palette::HIGH_CONTRAST.background);
    w.click("Accessibility");
    w.click("High contrast");
    w.click("Accessibility");
    w.click("Like the system");
    assert_eq!(
        panel(&w),
        palette::DARK.background,
        "back to the system's dark"
    );
}

/// The arrow keys through the list at 200 %: the code they reach is scrolled into sight, down
/// to the last procedure (End) and back up to the first (Home).
#[test]
fn the_arrow_keys_scroll_the_code_they_reach_into_sight_at_200_percent() {
    let names = ["A", "B", "C", "D", "E", "F", "G", "H"];
    let procedures: Vec<(&str, &str)> = names.iter().map(|n| (*n, RFC_SECRET)).collect();
    let (mut w, _v) = unlocked(&procedures, at_200());
    let height = WINDOW_SIZE[1];
    let in_sight = |w: &Window| {
        let focused = w.harness.query_by(|n| n.is_focused()).expect("a focus");
        // A code is a label: its words are its value.
        let node = focused.accesskit_node();
        let name = node.value().or(node.label()).unwrap_or_default();
        let rect = focused.rect();
        (name, rect.top() >= 0.0 && rect.bottom() <= height)
    };
    // After the unlock the first code has the focus.
    let (first, seen) = in_sight(&w);
    assert!(first.starts_with("Code of A"), "{first}");
    assert!(seen);
    for (key, expected) in [
        (egui::Key::ArrowDown, "Code of B"),
        (egui::Key::End, "Code of H"),
        (egui::Key::ArrowUp, "Code of G"),
        (egui::Key::Home, "Code of A"),
    ] {
        w.harness.key_press(key);
        w.settle();
        let (name, seen) = in_sight(&w);
        assert!(name.starts_with(expected), "{key:?}: {name}");
        assert!(seen, "{key:?}: {name} is in sight");
    }
}
