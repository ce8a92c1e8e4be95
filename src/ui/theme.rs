//! Text size and the high-contrast theme (Accessibility menu).

use egui::{Color32, FontDefinitions, FontFamily, FontId, Stroke, TextStyle, Visuals};

use zweifaktor_core::config::Config;

/// Green for a met password rule, readable on both themes.
pub const MET: Color32 = Color32::from_rgb(0x1b, 0x7f, 0x3a);
pub const MET_HIGH_CONTRAST: Color32 = Color32::from_rgb(0x00, 0xff, 0x66);
pub const ERROR: Color32 = Color32::from_rgb(0xc0, 0x1c, 0x28);
pub const ERROR_HIGH_CONTRAST: Color32 = Color32::from_rgb(0xff, 0x80, 0x80);
pub const WARNING: Color32 = Color32::from_rgb(0x9a, 0x5b, 0x00);

/// Body text a little larger than egui's 12.5 px default: people read codes off this window.
const BODY_SIZE: f32 = 14.0;

/// The font family of the codes: egui's monospace font alone. In egui's Monospace family a
/// proportional font follows as a fallback, and under some timing the codes' digits were drawn
/// with it (glyphs of one font at the widths of the other); a family without the fallback
/// cannot do that.
const CODE_FAMILY: &str = "zweifaktor-code";

/// The font of a code shown `size` points large: the code family once it is installed (from
/// the first frame on), egui's monospace family before.
pub fn code_font(ctx: &egui::Context, size: f32) -> FontId {
    let family = FontFamily::Name(CODE_FAMILY.into());
    if ctx.fonts(|fonts| fonts.definitions().families.contains_key(&family)) {
        FontId::new(size, family)
    } else {
        FontId::monospace(size)
    }
}

/// Installs the code family (taking effect from the next frame on).
fn install_code_family(ctx: &egui::Context) {
    let family = FontFamily::Name(CODE_FAMILY.into());
    if ctx.fonts(|fonts| fonts.definitions().families.contains_key(&family)) {
        return;
    }
    let mut definitions = FontDefinitions::default();
    let monospace = definitions
        .families
        .get(&FontFamily::Monospace)
        .and_then(|fonts| fonts.first().cloned());
    if let Some(primary) = monospace {
        definitions.families.insert(family, vec![primary]);
        ctx.set_fonts(definitions);
    }
}

pub fn apply(ctx: &egui::Context, config: &Config) {
    install_code_family(ctx);
    let body = ctx
        .global_style()
        .text_styles
        .get(&TextStyle::Body)
        .map(|f| f.size);
    if body != Some(BODY_SIZE) {
        ctx.global_style_mut(|style| {
            for (text_style, font) in style.text_styles.iter_mut() {
                font.size = match text_style {
                    TextStyle::Heading => 20.0,
                    TextStyle::Small => 11.0,
                    _ => BODY_SIZE,
                };
            }
        });
    }
    if (ctx.zoom_factor() - config.text_scale).abs() > f32::EPSILON {
        ctx.set_zoom_factor(config.text_scale);
    }
    let wanted = if config.high_contrast {
        high_contrast()
    } else {
        normal()
    };
    if ctx.global_style().visuals != wanted {
        ctx.set_visuals(wanted);
    }
}

/// egui's light theme with darker text: its default grey on light grey is too faint to read
/// comfortably (WCAG asks for 4.5:1).
fn normal() -> Visuals {
    let mut v = Visuals::light();
    v.override_text_color = Some(Color32::from_gray(0x1e));
    v.hyperlink_color = Color32::from_rgb(0x0b, 0x57, 0xd0);
    v.weak_text_color = Some(Color32::from_gray(0x5f));
    v.text_edit_bg_color = Some(Color32::WHITE);
    // Fields and buttons need an outline of at least 3:1 against the panel to be found at all.
    let outline = Stroke::new(1.0, Color32::from_gray(0x76));
    v.widgets.inactive.bg_stroke = outline;
    v.widgets.inactive.weak_bg_fill = Color32::from_gray(0xe2);
    v.widgets.inactive.bg_fill = Color32::from_gray(0xe2);
    v.widgets.hovered.bg_stroke = Stroke::new(1.0, Color32::from_gray(0x30));
    v
}

/// White on black, strong outlines, no faint greys: for low vision.
fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    v.override_text_color = Some(Color32::WHITE);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(20);
    v.hyperlink_color = Color32::from_rgb(0x80, 0xc0, 0xff);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
        &mut v.widgets.noninteractive,
    ] {
        w.bg_stroke = Stroke::new(1.5, Color32::WHITE);
        w.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    }
    v.widgets.inactive.weak_bg_fill = Color32::from_gray(30);
    v.widgets.inactive.bg_fill = Color32::from_gray(30);
    v.widgets.hovered.weak_bg_fill = Color32::from_gray(70);
    v.selection.bg_fill = Color32::from_rgb(0x00, 0x50, 0xa0);
    v.selection.stroke = Stroke::new(1.5, Color32::WHITE);
    v
}

pub fn met_color(config: &Config) -> Color32 {
    if config.high_contrast {
        MET_HIGH_CONTRAST
    } else {
        MET
    }
}

pub fn error_color(config: &Config) -> Color32 {
    if config.high_contrast {
        ERROR_HIGH_CONTRAST
    } else {
        ERROR
    }
}
