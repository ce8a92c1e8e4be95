//! The window's CPU painter on the app's real frames (driven headless through egui_kittest on a
//! fake clock): redrawing only what changed must give exactly the picture a full redraw gives,
//! and a frame in which nothing changed redraws nothing.

mod common;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use common::*;
use egui::TexturesDelta;
use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, TestRenderer};
use zweifaktor::app::AppEnv;
use zweifaktor::app::clipboard::MemoryClipboard;
use zweifaktor::desktop::damage::PixelRect;
use zweifaktor::desktop::painter::{Damage, SoftwarePainter};
use zweifaktor::ui::Window as AppWindow;
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::config::ConfigStore;

const T0: u64 = 1_800_000_000; // a multiple of 30
const WIDTH: u32 = 520;
const HEIGHT: u32 = 640;

/// Hands the texture changes kittest passes to its renderer over to the test.
#[derive(Clone, Default)]
struct TextureChanges(Rc<RefCell<TexturesDelta>>);

impl TestRenderer for TextureChanges {
    fn handle_delta(&mut self, delta: &mut TexturesDelta) {
        self.0.borrow_mut().append(std::mem::take(delta));
    }
}

struct Screen2 {
    harness: Harness<'static, AppWindow>,
    clock: Arc<FakeClock>,
    textures: TextureChanges,
    /// Every texture change so far: what a painter starting now needs to draw the same frame.
    all_textures: TexturesDelta,
    painter: SoftwarePainter,
    _vault: TestVault,
    _config: tempfile::TempDir,
}

impl Screen2 {
    fn unlocked(procedures: &[(&str, &str)]) -> Self {
        let vault = vault_with(procedures);
        let config = tempfile::tempdir().expect("config dir");
        let clock = Arc::new(FakeClock::at(T0 + 5));
        let env = AppEnv {
            clock: clock.clone(),
            clipboard: Box::new(MemoryClipboard::default()),
            config_store: ConfigStore::at(config.path().join("config.json")),
            vault_override: Some(vault.path()),
            kdf: cheap_kdf(),
            default_folder: None,
            screen_capture: zweifaktor::app::import::system_screen(),
            file_chooser: zweifaktor::app::file_dialog::system_file_chooser(),
            autostart: zweifaktor::autostart::Autostart::in_folder(
                &config.path().join("autostart"),
                std::path::Path::new("/usr/bin/zweifaktor"),
            ),
        };
        let textures = TextureChanges::default();
        let harness = Harness::builder()
            .with_size(egui::vec2(WIDTH as f32, HEIGHT as f32))
            .renderer(textures.clone())
            .build_ui_state(
                |ui, window: &mut AppWindow| window.show(ui),
                AppWindow::new(env),
            );
        let mut screen = Screen2 {
            harness,
            clock,
            textures,
            all_textures: TexturesDelta::default(),
            painter: SoftwarePainter::new(),
            _vault: vault,
            _config: config,
        };
        screen.settle();
        screen.harness.get_by_label("Master password").click();
        screen.settle();
        screen
            .harness
            .get_by_label("Master password")
            .type_text(PASSWORD);
        screen.harness.key_press(egui::Key::Enter);
        screen.settle();
        assert!(
            screen.harness.query_by_label("Search:").is_some(),
            "unlocked"
        );
        screen
    }

    fn settle(&mut self) {
        for _ in 0..500 {
            self.harness.step();
            if !self.harness.state().is_busy() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        self.harness.run();
    }

    /// One more frame, painted by the test's painter (only what changed).
    fn paint_frame(&mut self) -> Damage {
        self.harness.step();
        let delta = std::mem::take(&mut *self.textures.0.borrow_mut());
        self.all_textures.append(delta.clone());
        let output = self.harness.output();
        self.painter.paint(
            &self.harness.ctx,
            output.shapes.clone(),
            delta,
            output.pixels_per_point,
            WIDTH,
            HEIGHT,
        )
    }

    /// The same frame drawn from scratch by a new painter.
    fn full_redraw(&self) -> Vec<u32> {
        let mut fresh = SoftwarePainter::new();
        let output = self.harness.output();
        let damage = fresh.paint(
            &self.harness.ctx,
            output.shapes.clone(),
            self.all_textures.clone(),
            output.pixels_per_point,
            WIDTH,
            HEIGHT,
        );
        assert_eq!(damage, Damage::Everything);
        fresh.pixels().to_vec()
    }

    /// The painter's picture is the full redraw's, up to one level of 255 in a colour channel
    /// (anti-aliased edges cut by a scroll area's clip rectangle are blended by a different path
    /// of the rasteriser when the clip is smaller: invisible, and measured here).
    fn assert_same_as_full_redraw(&self, moment: &str) {
        let full = self.full_redraw();
        let channel_difference = |a: u32, b: u32| {
            (0..3)
                .map(|shift| ((a >> (8 * shift)) & 0xff).abs_diff((b >> (8 * shift)) & 0xff))
                .max()
                .unwrap_or(0)
        };
        let worst = full
            .iter()
            .zip(self.painter.pixels())
            .map(|(&a, &b)| channel_difference(a, b))
            .max()
            .unwrap_or(0);
        assert!(
            worst <= 1,
            "{moment}: a pixel differs from a full redraw by {worst} levels"
        );
    }
}

impl Drop for Screen2 {
    fn drop(&mut self) {
        // egui insists that no texture change is dropped unapplied.
        self.all_textures.clear();
        self.textures.0.borrow_mut().clear();
    }
}

fn area(damage: &Damage) -> u64 {
    match damage {
        Damage::Everything => u64::from(WIDTH * HEIGHT),
        Damage::Rects(rects) => rects.iter().map(PixelRect::area).sum(),
    }
}

#[test]
fn redrawing_only_the_changes_shows_what_a_full_redraw_shows() {
    let mut screen = Screen2::unlocked(&[
        ("Citrix Portal", "JBSWY3DPEHPK3PXP"),
        ("VPN", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
        ("Webmail", "KRSXG5CTMVRXEZLU"),
    ]);
    let first = screen.paint_frame();
    assert_eq!(first, Damage::Everything, "the first frame is drawn whole");
    screen.assert_same_as_full_redraw("first frame");

    // Every second of a period and into the next (new codes): only the changes are redrawn,
    // also when digits not drawn before come into the font texture (new glyphs change no
    // pixel drawn before; a full redraw each time was most of the idle window's cost).
    let mut partial = 0;
    for second in 1..=31 {
        screen.clock.advance(1);
        let damage = screen.paint_frame();
        if matches!(&damage, Damage::Rects(rects) if !rects.is_empty()) {
            partial += 1;
        }
        screen.assert_same_as_full_redraw(&format!("{second} s later"));
    }
    assert_eq!(
        partial, 31,
        "only {partial} of 31 seconds were partial redraws"
    );

    // Typing into the search field filters the rows: a change of layout.
    screen.harness.get_by_label("Search:").click();
    screen.harness.get_by_label("Search:").type_text("VPN");
    screen.paint_frame();
    screen.paint_frame();
    screen.assert_same_as_full_redraw("after searching");
}

#[test]
fn a_countdown_second_redraws_a_small_part_and_a_still_frame_nothing() {
    let names: Vec<String> = (1..=20).map(|i| format!("Procedure {i}")).collect();
    let procedures: Vec<(&str, &str)> = names
        .iter()
        .map(|name| (name.as_str(), "JBSWY3DPEHPK3PXP"))
        .collect();
    let mut screen = Screen2::unlocked(&procedures);
    // A whole period first, so every digit is in the font texture.
    for _ in 0..30 {
        screen.clock.advance(1);
        screen.paint_frame();
    }
    screen.paint_frame();

    let still = screen.paint_frame();
    assert_eq!(
        still,
        Damage::Rects(vec![]),
        "nothing changed, nothing redrawn"
    );

    screen.clock.advance(1);
    let tick = screen.paint_frame();
    let share = area(&tick) as f64 / f64::from(WIDTH * HEIGHT);
    assert!(
        share > 0.0 && share < 0.25,
        "a countdown second redraws {:.1} % of the window",
        share * 100.0
    );
    screen.assert_same_as_full_redraw("countdown second with 20 procedures");
}

/// What egui's screenshot request gets (`ViewportCommand::Screenshot`) is the window as
/// painted: its size, and its colours the right way round (the countdown bar light blue, not
/// orange as with red and blue swapped).
#[test]
fn a_screenshot_is_the_painted_window_in_its_own_colours() {
    let mut screen = Screen2::unlocked(&[("Citrix Portal", "JBSWY3DPEHPK3PXP")]);
    screen.paint_frame();
    let image = screen.painter.image();
    assert_eq!(image.size, [WIDTH as usize, HEIGHT as usize]);
    let light_blue =
        |c: &egui::Color32| c.b() > 220 && c.g() > 170 && c.r() < 190 && c.b() > c.r() + 60;
    assert!(
        image.pixels.iter().any(light_blue),
        "the countdown bar's light blue is in the picture"
    );
    let background = screen.harness.ctx.global_style().visuals.panel_fill;
    let mut counts = std::collections::HashMap::new();
    for pixel in &image.pixels {
        *counts.entry(*pixel).or_insert(0) += 1;
    }
    let most = counts.into_iter().max_by_key(|(_, n)| *n).map(|(c, _)| c);
    assert_eq!(
        most,
        Some(background),
        "most of the picture is the window's background"
    );
}

/// A locked window sits on its unlock screen for hours, its text cursor blinking twice a
/// second: each blink redraws the cursor's few pixels, not the window (it did, as the number
/// of shapes changes with the cursor on or off).
#[test]
fn the_unlock_screens_blinking_cursor_redraws_only_the_cursor() {
    let mut screen = Screen2::unlocked(&[("VPN", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")]);
    screen.harness.get_by_label("Lock").click();
    screen.settle();
    assert!(
        screen.harness.query_by_label("Master password").is_some(),
        "locked"
    );
    for _ in 0..3 {
        screen.paint_frame();
    }
    let mut blinks = 0;
    for frame in 0..40 {
        let damage = screen.paint_frame();
        match &damage {
            Damage::Everything => panic!("frame {frame}: the whole window was redrawn"),
            Damage::Rects(rects) if !rects.is_empty() => {
                blinks += 1;
                assert!(
                    area(&damage) < 1_000,
                    "frame {frame}: {} pixels redrawn for a blink",
                    area(&damage)
                );
                screen.assert_same_as_full_redraw(&format!("blink in frame {frame}"));
            }
            Damage::Rects(_) => {}
        }
    }
    assert!(
        blinks >= 2,
        "the cursor blinked {blinks} times in 40 frames"
    );
}
