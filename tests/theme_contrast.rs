//! The themes' colours against WCAG 2.x's contrast minimums (relative luminance as the palette
//! crate computes it): what the window draws with, taken from the egui visuals each theme
//! installs and from the palette's own colours (countdown, errors, met rules, clipboard mode).
//! Text needs 4.5:1 (7:1 in high contrast); outlines, the countdown and the focus 3:1 against
//! what is next to them.

use egui::Color32;
use palette::Srgb;
use palette::color_difference::Wcag21RelativeContrast;
use zweifaktor::ui::palette::{ALL, HIGH_CONTRAST, Palette};
use zweifaktor::ui::theme;

fn contrast(a: Color32, b: Color32) -> f32 {
    let srgb = |c: Color32| Srgb::new(c.r(), c.g(), c.b()).into_format::<f32>();
    srgb(a).relative_contrast(srgb(b))
}

/// Collects every pair below its minimum, so that one run names them all.
#[derive(Default)]
struct Shortfalls(Vec<String>);

impl Shortfalls {
    fn at_least(&mut self, p: &Palette, what: &str, a: Color32, b: Color32, minimum: f32) {
        let ratio = contrast(a, b);
        if ratio < minimum {
            self.0.push(format!(
                "{} theme: {what}: {ratio:.2}:1, needs {minimum}:1",
                p.name
            ));
        }
    }

    fn assert_none(self) {
        assert!(
            self.0.is_empty(),
            "too little contrast:\n{}",
            self.0.join("\n")
        );
    }
}

fn text_minimum(p: &Palette) -> f32 {
    if p.high_contrast { 7.0 } else { 4.5 }
}

#[test]
fn the_formula_gives_wcags_own_examples() {
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    // WCAG's well-known grey: #767676 on white is just above 4.5:1.
    let grey = contrast(Color32::from_gray(0x76), Color32::WHITE);
    assert!((4.5..4.6).contains(&grey), "{grey}");
}

#[test]
fn every_text_is_readable_on_everything_it_is_drawn_on() {
    let mut short = Shortfalls::default();
    for p in ALL {
        let v = theme::visuals(p);
        let min = text_minimum(p);
        let grounds = [
            ("window background", v.panel_fill),
            ("dialog", v.window_fill),
            ("text field", v.text_edit_bg_color()),
            ("procedure row", p.surface),
        ];
        let texts = [
            ("text", v.text_color()),
            ("weak text", v.weak_text_color()),
            ("link", v.hyperlink_color),
            ("error", p.error),
            ("warning", p.warning),
            ("met rule", p.met),
            ("countdown seconds", p.accent),
            ("countdown seconds, last ones", p.countdown_ending),
        ];
        for (text, color) in texts {
            for (ground, fill) in grounds {
                short.at_least(p, &format!("{text} on {ground}"), color, fill, min);
            }
        }
        for (state, w) in [
            ("at rest", v.widgets.inactive),
            ("under the pointer", v.widgets.hovered),
            ("pressed or focused", v.widgets.active),
            ("open menu", v.widgets.open),
        ] {
            short.at_least(
                p,
                &format!("button text {state}"),
                v.text_color(),
                w.weak_bg_fill,
                min,
            );
        }
        short.at_least(
            p,
            "selected text",
            v.selection.stroke.color,
            v.selection.bg_fill,
            min,
        );
        short.at_least(
            p,
            "the clipboard-mode button while on",
            p.on_accent,
            p.accent,
            min,
        );
    }
    short.assert_none();
}

#[test]
fn outlines_the_countdown_and_the_focus_stand_out_three_to_one() {
    let mut short = Shortfalls::default();
    for p in ALL {
        let v = theme::visuals(p);
        let grounds = [
            ("window background", v.panel_fill),
            ("dialog", v.window_fill),
            ("procedure row", p.surface),
        ];
        let border = v.widgets.inactive.bg_stroke.color;
        let focus = v.widgets.active.bg_stroke.color;
        let field_focus = v.selection.stroke.color;
        for (ground, fill) in grounds {
            short.at_least(
                p,
                &format!("control outline on {ground}"),
                border,
                fill,
                3.0,
            );
            short.at_least(p, &format!("focus ring on {ground}"), focus, fill, 3.0);
            short.at_least(
                p,
                &format!("focused field outline on {ground}"),
                field_focus,
                fill,
                3.0,
            );
            short.at_least(
                p,
                &format!("clipboard-mode outline on {ground}"),
                p.accent,
                fill,
                3.0,
            );
        }
        short.at_least(
            p,
            "control outline on a field",
            border,
            v.text_edit_bg_color(),
            3.0,
        );
        // The focus changes the outline's pixels: focused against unfocused.
        short.at_least(
            p,
            "focus ring against the outline it replaces",
            focus,
            border,
            3.0,
        );
        short.at_least(
            p,
            "focused field against its outline at rest",
            field_focus,
            border,
            3.0,
        );
        short.at_least(
            p,
            "focus ring on a button's fill",
            focus,
            v.widgets.active.weak_bg_fill,
            3.0,
        );
        for (what, fill) in [
            ("countdown", p.accent),
            ("countdown, last seconds", p.countdown_ending),
        ] {
            short.at_least(
                p,
                &format!("{what} against its empty part"),
                fill,
                p.countdown_track,
                3.0,
            );
            short.at_least(
                p,
                &format!("{what} on the procedure row"),
                fill,
                p.surface,
                3.0,
            );
        }
    }
    short.assert_none();
}

#[test]
fn the_focus_ring_is_thick_enough_to_see() {
    for p in ALL {
        let v = theme::visuals(p);
        assert!(
            v.widgets.active.bg_stroke.width >= 2.0 && v.selection.stroke.width >= 2.0,
            "{} theme: the focus is drawn 2 points wide (WCAG 2.4.13's perimeter)",
            p.name
        );
    }
    assert_eq!(
        theme::visuals(&HIGH_CONTRAST).panel_fill,
        Color32::BLACK,
        "high contrast is white on black"
    );
}
