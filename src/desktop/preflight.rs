//! What the window needs from the system before it opens: a display, and the shared libraries
//! that winit loads at run time for it. They are checked here, with winit's own loaders, because
//! winit reports them in ways meant for its developers: a missing libxkbcommon is a panic (on
//! Wayland only once the first keyboard shows up), a missing Xlib library an error without its
//! package, and every error names a file in winit's source. Here each is one line that says what
//! is missing and what to do, and points to the command line, which needs none of it.

use std::fmt;

/// The window system winit will use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Wayland,
    X11,
}

/// A library winit loads at run time (by name, with `dlopen`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Library {
    X11,
    X11Xcb,
    Xcursor,
    Xi,
    Xkbcommon,
    XkbcommonX11,
    WaylandClient,
}

impl Library {
    /// The libraries each window system needs, in the order winit loads them. Under X11,
    /// winit's own event loop opens these four Xlib libraries, then xkbcommon for the keyboard
    /// (XRandR and the rest it speaks over the X protocol); under Wayland the protocol library
    /// and xkbcommon (wayland-cursor is Rust: no libwayland-cursor is loaded).
    pub fn needed_for(backend: Backend) -> &'static [Library] {
        use Library::*;
        match backend {
            Backend::X11 => &[X11, Xcursor, X11Xcb, Xi, Xkbcommon, XkbcommonX11],
            Backend::Wayland => &[WaylandClient, Xkbcommon],
        }
    }

    /// The name people search for.
    pub fn name(self) -> &'static str {
        match self {
            Library::X11 => "libX11",
            Library::X11Xcb => "libX11-xcb",
            Library::Xcursor => "libXcursor",
            Library::Xi => "libXi",
            Library::Xkbcommon => "libxkbcommon",
            Library::XkbcommonX11 => "libxkbcommon-x11",
            Library::WaylandClient => "libwayland-client",
        }
    }

    /// The Debian/Ubuntu package that brings it (also in scripts/debian-packages.txt).
    pub fn debian_package(self) -> &'static str {
        match self {
            Library::X11 => "libx11-6",
            Library::X11Xcb => "libx11-xcb1",
            Library::Xcursor => "libxcursor1",
            Library::Xi => "libxi6",
            Library::Xkbcommon => "libxkbcommon0",
            Library::XkbcommonX11 => "libxkbcommon-x11-0",
            Library::WaylandClient => "libwayland-client0",
        }
    }

    /// Whether it loads, tried with the loader winit itself uses (which keeps the library
    /// open for winit: nothing is loaded twice).
    #[cfg(target_os = "linux")]
    fn loads(self) -> bool {
        match self {
            Library::X11 => x11_dl::xlib::Xlib::open().is_ok(),
            Library::X11Xcb => x11_dl::xlib_xcb::Xlib_xcb::open().is_ok(),
            Library::Xcursor => x11_dl::xcursor::Xcursor::open().is_ok(),
            Library::Xi => x11_dl::xinput2::XInput2::open().is_ok(),
            Library::Xkbcommon => xkbcommon_dl::xkbcommon_option().is_some(),
            Library::XkbcommonX11 => xkbcommon_dl::x11::xkbcommon_x11_option().is_some(),
            Library::WaylandClient => wayland_sys::client::wayland_client_option().is_some(),
        }
    }
}

/// Why the window cannot open; shown after "cannot open the window: ".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    NoDisplay,
    Missing(Vec<Library>),
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unavailable::NoDisplay => {
                f.write_str("no display (DISPLAY or WAYLAND_DISPLAY is not set)")
            }
            Unavailable::Missing(libraries) => {
                let names: Vec<&str> = libraries.iter().map(|l| l.name()).collect();
                let packages: Vec<&str> = libraries.iter().map(|l| l.debian_package()).collect();
                let verb = if libraries.len() == 1 { "is" } else { "are" };
                write!(
                    f,
                    "{} {verb} missing — Debian/Ubuntu: apt-get install {}",
                    names.join(", "),
                    packages.join(" ")
                )
            }
        }
    }
}

impl Unavailable {
    /// The same in the user's language (the Display above stays English, for logs and tests).
    pub fn to_message(&self) -> String {
        match self {
            Unavailable::NoDisplay => crate::fl!("window-no-display"),
            Unavailable::Missing(libraries) => {
                let names: Vec<&str> = libraries.iter().map(|l| l.name()).collect();
                let packages: Vec<&str> = libraries.iter().map(|l| l.debian_package()).collect();
                crate::fl!(
                    "window-libraries-missing",
                    count = libraries.len(),
                    libraries = names.join(", "),
                    packages = packages.join(" ")
                )
            }
        }
    }
}

/// The window system winit picks from these environment variables: Wayland first (X11 may run
/// beside it as XWayland), empty values count as unset — the same rule as winit's.
pub fn backend(var: impl Fn(&str) -> Option<String>) -> Option<Backend> {
    let set = |name: &str| var(name).is_some_and(|value| !value.is_empty());
    if set("WAYLAND_DISPLAY") || set("WAYLAND_SOCKET") {
        Some(Backend::Wayland)
    } else if set("DISPLAY") {
        Some(Backend::X11)
    } else {
        None
    }
}

/// The libraries of `backend` that `loads` cannot load, all of them at once (one install
/// command rather than one failed start per library).
pub fn missing(backend: Backend, loads: impl Fn(Library) -> bool) -> Result<(), Unavailable> {
    let missing: Vec<Library> = Library::needed_for(backend)
        .iter()
        .copied()
        .filter(|&library| !loads(library))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Unavailable::Missing(missing))
    }
}

/// The check before the event loop starts: a display is set and its libraries load.
#[cfg(target_os = "linux")]
pub fn check() -> Result<(), Unavailable> {
    let backend = backend(|name| std::env::var(name).ok()).ok_or(Unavailable::NoDisplay)?;
    missing(backend, Library::loads)
}

/// Windows and macOS have their window system built in.
#[cfg(not(target_os = "linux"))]
pub fn check() -> Result<(), Unavailable> {
    Ok(())
}

/// Which display the window goes to, for an error once winit tried it ("DISPLAY=:1").
pub fn display_in_use() -> Option<String> {
    let var = |name: &str| std::env::var(name).ok();
    let name = match backend(var)? {
        Backend::Wayland if var("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty()) => {
            "WAYLAND_DISPLAY"
        }
        Backend::Wayland => "WAYLAND_SOCKET",
        Backend::X11 => "DISPLAY",
    };
    Some(format!("{name}={}", var(name).unwrap_or_default()))
}

/// winit's error without the source location it puts in front ("os error at
/// /home/…/.cargo/registry/src/…/winit-0.30.13/src/platform_impl/linux/mod.rs:765: …"): a
/// path into the cargo registry means nothing to the person starting the program.
pub fn without_source_location(error: &str) -> &str {
    let Some(rest) = error.strip_prefix("os error at ") else {
        return error;
    };
    // "FILE:LINE: message"; the file may itself hold colons, the line number never does.
    let mut search = rest;
    while let Some(at) = search.find(':') {
        let after = &search[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0
            && let Some(message) = after[digits..].strip_prefix(": ")
        {
            return message;
        }
        search = after;
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    }

    #[test]
    fn the_backend_follows_winits_rule() {
        assert_eq!(backend(env(&[])), None);
        assert_eq!(backend(env(&[("DISPLAY", "")])), None);
        assert_eq!(backend(env(&[("DISPLAY", ":0")])), Some(Backend::X11));
        assert_eq!(
            backend(env(&[("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0")])),
            Some(Backend::Wayland)
        );
        assert_eq!(
            backend(env(&[("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "")])),
            Some(Backend::X11)
        );
        assert_eq!(
            backend(env(&[("WAYLAND_SOCKET", "3")])),
            Some(Backend::Wayland)
        );
    }

    #[test]
    fn no_display_says_which_variables() {
        assert_eq!(
            Unavailable::NoDisplay.to_string(),
            "no display (DISPLAY or WAYLAND_DISPLAY is not set)"
        );
    }

    #[test]
    fn a_missing_library_names_its_package() {
        let result = missing(Backend::X11, |library| library != Library::XkbcommonX11);
        assert_eq!(
            result.unwrap_err().to_string(),
            "libxkbcommon-x11 is missing — Debian/Ubuntu: apt-get install libxkbcommon-x11-0"
        );
    }

    #[test]
    fn every_missing_library_is_named_at_once() {
        let result = missing(Backend::X11, |library| {
            !matches!(library, Library::Xcursor | Library::Xi)
        });
        assert_eq!(
            result.unwrap_err().to_string(),
            "libXcursor, libXi are missing — Debian/Ubuntu: apt-get install libxcursor1 libxi6"
        );
        let result = missing(Backend::Wayland, |_| false);
        assert_eq!(
            result.unwrap_err().to_string(),
            "libwayland-client, libxkbcommon are missing — Debian/Ubuntu: apt-get install \
             libwayland-client0 libxkbcommon0"
        );
        assert_eq!(missing(Backend::Wayland, |_| true), Ok(()));
    }

    /// The setup line in the README installs every package named here.
    #[test]
    fn every_package_named_is_in_the_setup_list() {
        let list = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/debian-packages.txt"),
        )
        .expect("scripts/debian-packages.txt");
        let listed: Vec<&str> = list
            .lines()
            .map(|line| line.split('#').next().unwrap_or(""))
            .flat_map(str::split_whitespace)
            .collect();
        for backend in [Backend::X11, Backend::Wayland] {
            for library in Library::needed_for(backend) {
                assert!(
                    listed.contains(&library.debian_package()),
                    "{} is not in scripts/debian-packages.txt",
                    library.debian_package()
                );
            }
        }
    }

    #[test]
    fn winits_source_location_is_left_out() {
        let registry = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/winit-0.30.13/\
                        src/platform_impl/linux/mod.rs";
        assert_eq!(
            without_source_location(&format!(
                "os error at {registry}:765: neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor \
                 DISPLAY is set."
            )),
            "neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor DISPLAY is set."
        );
        assert_eq!(
            without_source_location("os error at C:\\src\\x.rs:12: Failed: to open"),
            "Failed: to open"
        );
        assert_eq!(without_source_location("plain: message"), "plain: message");
    }
}
