//! The window's colours: one palette per theme (light, dark, high contrast), each colour named
//! by what it is for, and which palette the settings and the system ask for. The contrast of
//! every pair a user sees together is checked by `tests/theme_contrast.rs` with the WCAG 2.x
//! formula: text 4.5:1 (7:1 in high contrast), outlines, the countdown and the focus 3:1.

use egui::Color32;

use zweifaktor_core::config::{Config, ThemeChoice};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub name: &'static str,
    /// Drawn on a dark background (egui's dark widgets as the starting point).
    pub dark: bool,
    /// Whether this is the high-contrast palette (text 7:1 instead of 4.5:1).
    pub high_contrast: bool,
    /// Behind the screens.
    pub background: Color32,
    /// Procedure rows, dialogs and menus: one step away from the background.
    pub surface: Color32,
    /// Inside text fields.
    pub field: Color32,
    pub text: Color32,
    /// Hints and secondary lines: still 4.5:1.
    pub weak_text: Color32,
    pub link: Color32,
    /// The outline of buttons, fields, check boxes: what shows a control is there (3:1).
    pub border: Color32,
    /// Lines that only group (rows, separators): no contrast asked of them.
    pub divider: Color32,
    /// A button's fill: at rest, under the pointer, pressed or focused.
    pub control: Color32,
    pub control_hovered: Color32,
    pub control_active: Color32,
    /// The keyboard focus: the ring around a button, a field's outline while typing. 3:1
    /// against the outline it replaces and against what is around it.
    pub focus: Color32,
    /// Behind selected text (drawn in the focus colour).
    pub selection: Color32,
    /// The countdown, clipboard mode: the one colour that says "live".
    pub accent: Color32,
    /// Text on the accent.
    pub on_accent: Color32,
    /// The countdown's empty part.
    pub countdown_track: Color32,
    /// The countdown in its last seconds: the code is about to change.
    pub countdown_ending: Color32,
    pub error: Color32,
    pub warning: Color32,
    /// A met password rule.
    pub met: Color32,
}

pub const LIGHT: Palette = Palette {
    name: "light",
    dark: false,
    high_contrast: false,
    background: rgb(0xf3, 0xf5, 0xf8),
    surface: rgb(0xff, 0xff, 0xff),
    field: rgb(0xff, 0xff, 0xff),
    text: rgb(0x1b, 0x1f, 0x24),
    weak_text: rgb(0x4d, 0x55, 0x62),
    link: rgb(0x0b, 0x57, 0xd0),
    border: rgb(0x85, 0x8c, 0x97),
    divider: rgb(0xd5, 0xda, 0xe1),
    control: rgb(0xee, 0xf1, 0xf5),
    control_hovered: rgb(0xe2, 0xe7, 0xee),
    control_active: rgb(0xd5, 0xde, 0xeb),
    focus: rgb(0x0a, 0x3a, 0x8c),
    selection: rgb(0xc9, 0xdc, 0xfa),
    // The icon's blue.
    accent: rgb(0x0b, 0x57, 0xd0),
    on_accent: rgb(0xff, 0xff, 0xff),
    countdown_track: rgb(0xdd, 0xe3, 0xec),
    countdown_ending: rgb(0xb3, 0x26, 0x1e),
    error: rgb(0xb3, 0x26, 0x1e),
    warning: rgb(0x8a, 0x53, 0x00),
    met: rgb(0x1b, 0x70, 0x34),
};

pub const DARK: Palette = Palette {
    name: "dark",
    dark: true,
    high_contrast: false,
    background: rgb(0x15, 0x17, 0x1b),
    surface: rgb(0x1e, 0x21, 0x27),
    field: rgb(0x11, 0x13, 0x17),
    text: rgb(0xe8, 0xea, 0xed),
    weak_text: rgb(0xae, 0xb5, 0xc0),
    link: rgb(0x8a, 0xb4, 0xf8),
    border: rgb(0x6f, 0x77, 0x82),
    divider: rgb(0x33, 0x38, 0x40),
    control: rgb(0x2a, 0x2f, 0x37),
    control_hovered: rgb(0x34, 0x3a, 0x44),
    control_active: rgb(0x3c, 0x44, 0x51),
    focus: rgb(0xc6, 0xde, 0xff),
    selection: rgb(0x26, 0x40, 0x6b),
    accent: rgb(0x7c, 0xb0, 0xff),
    on_accent: rgb(0x0b, 0x1a, 0x30),
    countdown_track: rgb(0x35, 0x3b, 0x45),
    countdown_ending: rgb(0xff, 0x8f, 0x86),
    error: rgb(0xff, 0x9a, 0x90),
    warning: rgb(0xf0, 0xc0, 0x60),
    met: rgb(0x73, 0xd9, 0x8f),
};

/// White on black, no faint greys. The focus is yellow, as in the systems' own high-contrast
/// themes; for it to stand out 3:1 from the outline it replaces, outlines are a light grey
/// (still 6:1 on black) rather than white.
pub const HIGH_CONTRAST: Palette = Palette {
    name: "high contrast",
    dark: true,
    high_contrast: true,
    background: rgb(0x00, 0x00, 0x00),
    surface: rgb(0x00, 0x00, 0x00),
    field: rgb(0x00, 0x00, 0x00),
    text: rgb(0xff, 0xff, 0xff),
    weak_text: rgb(0xff, 0xff, 0xff),
    link: rgb(0x9f, 0xd0, 0xff),
    border: rgb(0x8c, 0x8c, 0x8c),
    divider: rgb(0x8c, 0x8c, 0x8c),
    control: rgb(0x00, 0x00, 0x00),
    control_hovered: rgb(0x26, 0x26, 0x26),
    control_active: rgb(0x1a, 0x1a, 0x1a),
    focus: rgb(0xff, 0xff, 0x00),
    selection: rgb(0x00, 0x30, 0x6e),
    accent: rgb(0xff, 0xff, 0xff),
    on_accent: rgb(0x00, 0x00, 0x00),
    countdown_track: rgb(0x3a, 0x3a, 0x3a),
    countdown_ending: rgb(0xff, 0xb0, 0x00),
    error: rgb(0xff, 0x9e, 0x9e),
    warning: rgb(0xff, 0xe0, 0x66),
    met: rgb(0x7d, 0xff, 0x9e),
};

/// Every palette, for the contrast tests.
pub const ALL: [&Palette; 3] = [&LIGHT, &DARK, &HIGH_CONTRAST];

const fn rgb(r: u8, g: u8, b: u8) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// The palette the settings ask for. `system_dark`: the desktop prefers dark (`None`: it does
/// not say, and light is taken — the office default).
pub fn chosen(config: &Config, system_dark: Option<bool>) -> &'static Palette {
    if config.high_contrast {
        return &HIGH_CONTRAST;
    }
    let dark = match config.theme {
        ThemeChoice::Light => false,
        ThemeChoice::Dark => true,
        ThemeChoice::System => system_dark.unwrap_or(false),
    };
    if dark { &DARK } else { &LIGHT }
}

/// The palette in use in this window: the settings and what the desktop told egui.
pub fn current(ctx: &egui::Context, config: &Config) -> &'static Palette {
    let system_dark = ctx.system_theme().map(|theme| theme == egui::Theme::Dark);
    chosen(config, system_dark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_contrast_goes_before_the_theme_and_the_system_decides_only_when_asked_to() {
        let mut config = Config::default();
        assert_eq!(
            chosen(&config, None).name,
            "light",
            "no word from the system"
        );
        assert_eq!(chosen(&config, Some(true)).name, "dark");
        config.theme = ThemeChoice::Light;
        assert_eq!(chosen(&config, Some(true)).name, "light");
        config.theme = ThemeChoice::Dark;
        assert_eq!(chosen(&config, Some(false)).name, "dark");
        config.high_contrast = true;
        assert_eq!(chosen(&config, Some(false)).name, "high contrast");
    }
}
