//! The window's look: the type scale, the spacing, egui's visuals made from the palette in
//! use (`palette`), and the text size (Accessibility menu, Ctrl+plus/minus/0).

use egui::{
    Color32, CornerRadius, FontDefinitions, FontFamily, FontId, Margin, Shadow, Stroke, Style,
    TextStyle, Theme, Visuals, vec2,
};

use super::palette::{self, Palette};
use zweifaktor_core::config::{self, Config};

/// The type scale, in points at 100 %: the code is the largest thing in its row, the
/// procedure's name the second; body text a little larger than egui's 12.5 because people
/// read codes and names off this window beside another one.
pub mod size {
    pub const SMALL: f32 = 12.0;
    pub const BODY: f32 = 14.0;
    pub const NAME: f32 = 16.0;
    pub const HEADING: f32 = 20.0;
    pub const CODE: f32 = 30.0;
    /// The "+" of the add button.
    pub const ADD: f32 = 20.0;
}

/// The spacing scale, in points: every gap in the window is one of these.
pub mod space {
    pub const S: f32 = 4.0;
    pub const M: f32 = 8.0;
    pub const L: f32 = 16.0;
}

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
    // The codes and the seconds change every period and every second. Placed at whole
    // pixels (no sub-pixel bins), each digit is drawn into egui's glyph atlas once per size;
    // with bins a digit came back in up to four new bitmaps as the seconds moved, and every
    // new bitmap makes the painter redraw the whole window instead of the few numbers that
    // changed (the idle CPU figure).
    let whole_pixels = monospace.and_then(|primary| {
        let data = definitions.font_data.get(&primary)?;
        let mut data = egui::FontData::clone(data);
        data.tweak.subpixel_binning = Some(false);
        Some(data)
    });
    if let Some(data) = whole_pixels {
        definitions
            .font_data
            .insert(CODE_FAMILY.to_owned(), std::sync::Arc::new(data));
        definitions
            .families
            .insert(family, vec![CODE_FAMILY.to_owned()]);
        ctx.set_fonts(definitions);
    }
}

/// Brings the window's look in line with the settings (and the desktop's light or dark
/// preference): once per frame, changing egui's style only when something differs.
pub fn apply(ctx: &egui::Context, config: &Config) {
    install_code_family(ctx);
    if ctx.options(|o| o.zoom_with_keyboard) {
        // egui's own Ctrl+plus would zoom without remembering it; ours is a setting
        // (`text_size_shortcuts`).
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
    }
    let scale = config::text_scale_step(config.text_scale);
    if ctx.zoom_factor() != scale {
        ctx.set_zoom_factor(scale);
    }
    let palette = palette::current(ctx, config);
    let theme = if palette.dark {
        Theme::Dark
    } else {
        Theme::Light
    };
    // A fixed preference: egui then tells the window system too, and the title bar follows.
    if ctx.options(|o| o.theme_preference) != theme.into() {
        ctx.set_theme(theme);
    }
    let mut wanted = style(palette);
    let current = ctx.style_of(theme);
    // egui compares number formatters by address, and each new style has a new one: without
    // this the style was set anew every frame (found by the list, which re-measures its rows
    // when the style changes).
    wanted.number_formatter = current.number_formatter.clone();
    if *current != wanted {
        ctx.set_style_of(theme, wanted);
    }
}

/// The palette drawn with now (for colours egui's visuals do not carry: the countdown, errors,
/// met rules).
pub fn palette(ui: &egui::Ui, config: &Config) -> &'static Palette {
    palette::current(ui.ctx(), config)
}

/// The whole style for a palette: type scale, spacing, visuals.
pub fn style(palette: &Palette) -> Style {
    let mut style = Style::default();
    for (text_style, font) in style.text_styles.iter_mut() {
        font.size = match text_style {
            TextStyle::Heading => size::HEADING,
            TextStyle::Small => size::SMALL,
            _ => size::BODY,
        };
    }
    let spacing = &mut style.spacing;
    spacing.item_spacing = vec2(space::M, 6.0);
    spacing.button_padding = vec2(10.0, space::S);
    spacing.interact_size.y = 26.0;
    spacing.window_margin = Margin::same(space::L as i8);
    spacing.menu_margin = Margin::same(6);
    spacing.indent = 20.0;
    spacing.icon_width = 16.0;
    spacing.icon_width_inner = 9.0;
    // A bar that is there whenever there is more to scroll to: egui's floating one is
    // invisible until the pointer comes near, and at 200 % a dialog cut in the middle of a
    // line showed no sign that more was below.
    spacing.scroll = egui::style::ScrollStyle::solid();
    style.visuals = visuals(palette);
    style
}

/// egui's visuals in the palette's colours.
pub fn visuals(p: &Palette) -> Visuals {
    let mut v = if p.dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    v.override_text_color = Some(p.text);
    v.weak_text_color = Some(p.weak_text);
    v.hyperlink_color = p.link;
    v.panel_fill = p.background;
    v.window_fill = p.surface;
    v.faint_bg_color = p.surface;
    v.extreme_bg_color = p.field;
    v.text_edit_bg_color = Some(p.field);
    v.code_bg_color = p.surface;
    v.warn_fg_color = p.warning;
    v.error_fg_color = p.error;
    v.window_stroke = Stroke::new(1.0, if p.high_contrast { p.border } else { p.divider });
    v.window_corner_radius = CornerRadius::same(10);
    v.menu_corner_radius = CornerRadius::same(8);
    v.window_shadow = Shadow {
        offset: [0, 6],
        blur: 18,
        spread: 0,
        color: Color32::from_black_alpha(if p.dark { 140 } else { 50 }),
    };
    v.popup_shadow = Shadow {
        offset: [0, 3],
        blur: 10,
        spread: 0,
        color: Color32::from_black_alpha(if p.dark { 120 } else { 40 }),
    };
    // Disabled controls stay legible (WCAG exempts them; people still read them).
    v.disabled_alpha = 0.6;
    v.selection.bg_fill = p.selection;
    // egui draws selected text and a focused field's outline in this colour.
    v.selection.stroke = Stroke::new(2.0, p.focus);
    let radius = CornerRadius::same(6);
    let w = &mut v.widgets;
    w.noninteractive.bg_fill = p.surface;
    w.noninteractive.weak_bg_fill = p.surface;
    w.noninteractive.bg_stroke = Stroke::new(1.0, p.divider);
    w.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    w.noninteractive.corner_radius = radius;
    w.inactive.bg_fill = p.control;
    w.inactive.weak_bg_fill = p.control;
    w.inactive.bg_stroke = Stroke::new(1.0, p.border);
    w.inactive.fg_stroke = Stroke::new(1.5, p.text);
    w.inactive.corner_radius = radius;
    w.inactive.expansion = 0.0;
    w.hovered.bg_fill = p.control_hovered;
    w.hovered.weak_bg_fill = p.control_hovered;
    w.hovered.bg_stroke = Stroke::new(1.0, p.text);
    w.hovered.fg_stroke = Stroke::new(1.5, p.text);
    w.hovered.corner_radius = radius;
    w.hovered.expansion = 0.0;
    // Pressed or keyboard-focused: a 2-point ring in the focus colour, grown outwards by one
    // point so that it also covers the background beside the outline.
    w.active.bg_fill = p.control_active;
    w.active.weak_bg_fill = p.control_active;
    w.active.bg_stroke = Stroke::new(2.0, p.focus);
    w.active.fg_stroke = Stroke::new(2.0, p.text);
    w.active.corner_radius = radius;
    w.active.expansion = 1.0;
    w.open.bg_fill = p.control_active;
    w.open.weak_bg_fill = p.control_active;
    w.open.bg_stroke = Stroke::new(1.0, p.border);
    w.open.fg_stroke = Stroke::new(1.5, p.text);
    w.open.corner_radius = radius;
    v
}
