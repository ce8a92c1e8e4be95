//! The desktop window on the screen: the event loop and the CPU painter that show
//! [`crate::ui::Window`] (the app's state in `app`, its drawing in `ui`, both testable
//! without a screen). egui's own integration (eframe) needs OpenGL or Vulkan; without a GPU driver that
//! cost more memory and idle CPU than the whole rest of the program (docs/renderer.md).

pub mod damage;
pub mod event_loop;
mod frame_trace;
pub mod painter;
pub mod preflight;
pub mod shortcut;
#[cfg(any(target_os = "windows", target_os = "macos"))]
mod shortcut_hotkey;
#[cfg(target_os = "linux")]
mod shortcut_portal;
#[cfg(target_os = "linux")]
mod shortcut_x11;
mod system_theme;
pub mod tray;
#[cfg(any(windows, target_os = "macos"))]
mod tray_icon;
#[cfg(target_os = "linux")]
pub mod tray_linux;
mod viewport_actions;
mod window_place;

use std::path::PathBuf;
use std::sync::Arc;

use winit::event_loop::EventLoop;

use crate::app::AppEnv;
use crate::app::clipboard::SystemClipboard;
use event_loop::{DesktopLoop, UserEvent};
use zweifaktor_core::config::{self, ConfigStore};
use zweifaktor_core::vault::kdf::KdfParams;

/// Opens the desktop window. `vault_override` comes from `--vault` / `ZWEIFAKTOR_VAULT`.
pub fn run(vault_override: Option<PathBuf>) -> anyhow::Result<()> {
    preflight::check().map_err(|e| cannot_open(e.to_message()))?;
    let env = AppEnv {
        clock: Arc::new(zweifaktor_core::clock::SystemClock),
        clipboard: Box::new(SystemClipboard::new()),
        config_store: ConfigStore::system(),
        // Started with `--vault PATH`: the start at login opens the same vault.
        autostart: crate::autostart::Autostart::system().with_vault(vault_override.clone()),
        vault_override,
        kdf: KdfParams::default(),
        default_folder: config::default_vault_folder(),
        screen_capture: crate::app::import::system_screen(),
        file_chooser: crate::app::file_dialog::system_file_chooser(),
    };
    let event_loop = EventLoop::<UserEvent>::with_user_event()
        .build()
        .map_err(|e| match preflight::display_in_use() {
            Some(display) => cannot_open(format!(
                "{} ({display})",
                preflight::without_source_location(&e.to_string())
            )),
            None => cannot_open(e),
        })?;
    let display =
        softbuffer::Context::new(event_loop.owned_display_handle()).map_err(cannot_open)?;
    system_theme::follow(event_loop.create_proxy());
    let mut desktop = DesktopLoop::new(
        crate::ui::Window::new(env)
            .announcing_through(crate::ui::announcer::AnnouncementRoute::for_this_system()),
        egui::Context::default(),
        main_window(),
        display,
        event_loop.create_proxy(),
    );
    event_loop
        .run_app(&mut desktop)
        .map_err(|e| anyhow::anyhow!(crate::fl!("window-stopped", reason = e.to_string())))?;
    match desktop.error.take() {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// One line for the person starting the program, in their language: why the window cannot
/// open (without the source location winit puts in its errors) and that the same flows work
/// on the command line, which needs no window.
pub fn cannot_open(reason: impl std::fmt::Display) -> anyhow::Error {
    let reason = reason.to_string();
    anyhow::anyhow!(crate::fl!(
        "window-cannot-open",
        reason = preflight::without_source_location(&reason)
    ))
}

/// The window's size when it opens, in points (pixels at 100 % text and a scale of 1): every
/// screen and dialog must fit it at 200 % text (tests/window_layout.rs).
pub const WINDOW_SIZE: [f32; 2] = [520.0, 640.0];

/// The main window's title, size and icon.
fn main_window() -> egui::ViewportBuilder {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(crate::ui::WINDOW_NAME)
        .with_app_id("zweifaktor")
        .with_inner_size(WINDOW_SIZE)
        .with_min_inner_size([360.0, 320.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    viewport
}

/// The icon in assets/, for the window's title bar and task switcher.
fn window_icon() -> Option<egui::IconData> {
    let image = image::load_from_memory(include_bytes!("../../assets/zweifaktor-64.png")).ok()?;
    let rgba = image.to_rgba8();
    Some(egui::IconData {
        width: rgba.width(),
        height: rgba.height(),
        rgba: rgba.into_raw(),
    })
}
