//! The desktop's light or dark preference where winit does not report it (Linux: winit's
//! `Window::theme()` is `None` on X11 and Wayland): the XDG settings portal's `color-scheme`,
//! read once and then followed as it changes, on a thread of its own, off the start path.
//! On Windows and macOS winit reports the theme and its changes, and egui-winit hands them to
//! egui itself; nothing runs here there.

use winit::event_loop::EventLoopProxy;

use super::event_loop::UserEvent;

/// Starts following the desktop's preference; each answer arrives as
/// [`UserEvent::SystemTheme`]. Without a portal (no session bus, an older desktop) nothing
/// arrives, and "like the system" stays light.
#[cfg(target_os = "linux")]
pub fn follow(proxy: EventLoopProxy<UserEvent>) {
    // A thread that cannot be started means no following, which the window survives.
    let _ = std::thread::Builder::new()
        .name("system-theme".into())
        .spawn(move || async_io::block_on(watch(proxy)));
}

#[cfg(not(target_os = "linux"))]
pub fn follow(_proxy: EventLoopProxy<UserEvent>) {}

#[cfg(target_os = "linux")]
async fn watch(proxy: EventLoopProxy<UserEvent>) {
    use ashpd::desktop::settings::Settings;
    use futures_lite::StreamExt;

    let Ok(settings) = Settings::new().await else {
        return;
    };
    if let Ok(scheme) = settings.color_scheme().await
        && proxy
            .send_event(UserEvent::SystemTheme(theme(scheme)))
            .is_err()
    {
        return; // the window has closed
    }
    let Ok(mut changes) = settings.receive_color_scheme_changed().await else {
        return;
    };
    while let Some(scheme) = changes.next().await {
        if proxy
            .send_event(UserEvent::SystemTheme(theme(scheme)))
            .is_err()
        {
            return;
        }
    }
}

#[cfg(target_os = "linux")]
fn theme(scheme: ashpd::desktop::settings::ColorScheme) -> Option<egui::Theme> {
    use ashpd::desktop::settings::ColorScheme;
    match scheme {
        ColorScheme::PreferDark => Some(egui::Theme::Dark),
        ColorScheme::PreferLight => Some(egui::Theme::Light),
        ColorScheme::NoPreference => None,
    }
}
