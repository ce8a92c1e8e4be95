//! Where the window was when it was last moved, resized or closed, and how that place is
//! fitted onto the monitors there are at the next start: a laptop taken out of its docking
//! station has lost the monitor the window was on, and a window remembered there must come back
//! on a monitor the user can see — never off-screen, never bigger than the monitor.
//!
//! Pure arithmetic on rectangles: the desktop side reads the monitors and the window.

use serde::{Deserialize, Serialize};

/// The window's place as remembered in the settings.
///
/// The corner is in the desktop's pixels (where the window system puts the window's frame,
/// the same numbers it reports), the size in points (pixels at a scale of 1): a window moved
/// to a monitor with another scale keeps its size as the user sees it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowPlace {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    /// The window filled its monitor (maximised); the place above is where it goes when it
    /// is restored. Settings written before this was remembered read as not maximised.
    #[serde(default)]
    pub maximized: bool,
}

impl WindowPlace {
    /// What to remember of a window now at `current`: a maximised window keeps the place and
    /// size it had before (`previous`) for when it is restored, rather than its monitor's.
    pub fn remembered(current: WindowPlace, previous: Option<&WindowPlace>) -> WindowPlace {
        match previous {
            Some(before) if current.maximized => WindowPlace {
                maximized: true,
                ..*before
            },
            _ => current,
        }
    }
}

/// A monitor as the window system reports it: its corner and size in the desktop's pixels,
/// and its scale (pixels per point).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Monitor {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub scale: f64,
}

/// Where the window opens: corner and size in the desktop's pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Monitor {
    fn contains(&self, x: i32, y: i32) -> bool {
        let (x, y) = (i64::from(x), i64::from(y));
        let (left, top) = (i64::from(self.x), i64::from(self.y));
        x >= left
            && y >= top
            && x < left + i64::from(self.width)
            && y < top + i64::from(self.height)
    }

    /// How many of the window's pixels this monitor would show.
    fn overlap(&self, place: &Placement) -> i64 {
        let span = |a0: i32, a_len: u32, b0: i32, b_len: u32| {
            let start = i64::from(a0).max(i64::from(b0));
            let end = (i64::from(a0) + i64::from(a_len)).min(i64::from(b0) + i64::from(b_len));
            (end - start).max(0)
        };
        span(self.x, self.width, place.x, place.width)
            * span(self.y, self.height, place.y, place.height)
    }

    fn scale(&self) -> f64 {
        if self.scale.is_finite() && self.scale > 0.0 {
            self.scale
        } else {
            1.0
        }
    }
}

/// The remembered place fitted onto today's monitors: on the monitor that shows most of it,
/// shrunk to that monitor and moved wholly onto it; on the primary monitor (`primary`, else the
/// first), centred, when no monitor shows any of it. `None` without monitors to fit onto (the
/// window system then places the window itself).
pub fn fit(
    place: &WindowPlace,
    monitors: &[Monitor],
    primary: Option<Monitor>,
) -> Option<Placement> {
    let sized = |monitor: &Monitor| {
        let scale = monitor.scale();
        let pixels = |points: u32| (f64::from(points.max(1)) * scale).round() as u32;
        Placement {
            x: place.x,
            y: place.y,
            width: pixels(place.width).min(monitor.width.max(1)),
            height: pixels(place.height).min(monitor.height.max(1)),
        }
    };
    let shown = monitors
        .iter()
        .map(|monitor| (monitor, monitor.overlap(&sized(monitor))))
        .filter(|(_, overlap)| *overlap > 0)
        .max_by_key(|(_, overlap)| *overlap)
        .map(|(monitor, _)| *monitor);
    if let Some(monitor) = shown {
        let mut placement = sized(&monitor);
        placement.x = clamp_onto(placement.x, placement.width, monitor.x, monitor.width);
        placement.y = clamp_onto(placement.y, placement.height, monitor.y, monitor.height);
        return Some(placement);
    }
    let monitor = primary.or_else(|| monitors.first().copied())?;
    let mut placement = sized(&monitor);
    placement.x = centred(placement.width, monitor.x, monitor.width);
    placement.y = centred(placement.height, monitor.y, monitor.height);
    Some(placement)
}

/// The first start, nothing remembered: `None` (the system places the window at its usual
/// size) while `width` × `height` points fit on the primary monitor; shrunk to it and centred
/// when they do not (520 × 640 points are 1280 pixels high at a scale of 2, more than a
/// 1920 × 1080 laptop screen).
pub fn fit_first(width: u32, height: u32, monitor: &Monitor) -> Option<Placement> {
    let scale = monitor.scale();
    let pixels = |points: u32| (f64::from(points) * scale).round() as u32;
    let (width, height) = (pixels(width), pixels(height));
    (width > monitor.width || height > monitor.height).then(|| centred_on(monitor, width, height))
}

/// The monitor holding the point (the pointer), else the primary one, else the first.
pub fn monitor_at(
    x: i32,
    y: i32,
    monitors: &[Monitor],
    primary: Option<Monitor>,
) -> Option<Monitor> {
    monitors
        .iter()
        .find(|monitor| monitor.contains(x, y))
        .copied()
        .or(primary)
        .or_else(|| monitors.first().copied())
}

/// A window of `width` × `height` pixels centred on `monitor`.
pub fn centred_on(monitor: &Monitor, width: u32, height: u32) -> Placement {
    let (width, height) = (
        width.min(monitor.width.max(1)),
        height.min(monitor.height.max(1)),
    );
    Placement {
        x: centred(width, monitor.x, monitor.width),
        y: centred(height, monitor.y, monitor.height),
        width,
        height,
    }
}

/// `start` moved so that `start..start + len` lies within `area..area + area_len` (`len` is
/// never more than `area_len` here).
fn clamp_onto(start: i32, len: u32, area: i32, area_len: u32) -> i32 {
    let last = i64::from(area) + i64::from(area_len) - i64::from(len);
    let clamped = i64::from(start).clamp(i64::from(area), last.max(i64::from(area)));
    i32::try_from(clamped).unwrap_or(area)
}

fn centred(len: u32, area: i32, area_len: u32) -> i32 {
    let offset = (i64::from(area_len) - i64::from(len)).max(0) / 2;
    i32::try_from(i64::from(area) + offset).unwrap_or(area)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Monitor = Monitor {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
        scale: 1.0,
    };
    /// A second monitor right of the laptop, at scale 2 (a 4K screen).
    const DOCKED: Monitor = Monitor {
        x: 1920,
        y: 0,
        width: 3840,
        height: 2160,
        scale: 2.0,
    };

    fn place(x: i32, y: i32, width: u32, height: u32) -> WindowPlace {
        WindowPlace {
            maximized: false,
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn a_window_on_a_monitor_still_there_comes_back_where_it_was() {
        let fitted = fit(&place(300, 200, 520, 640), &[LAPTOP, DOCKED], Some(LAPTOP));
        assert_eq!(
            fitted,
            Some(Placement {
                x: 300,
                y: 200,
                width: 520,
                height: 640
            })
        );
        // On the 4K monitor the same points are twice the pixels.
        let fitted = fit(&place(2500, 100, 520, 640), &[LAPTOP, DOCKED], Some(LAPTOP));
        assert_eq!(
            fitted,
            Some(Placement {
                x: 2500,
                y: 100,
                width: 1040,
                height: 1280
            })
        );
    }

    #[test]
    fn a_window_on_a_monitor_that_is_gone_comes_back_centred_on_the_primary_one() {
        // Undocked: only the laptop is left.
        let fitted = fit(&place(2500, 100, 520, 640), &[LAPTOP], Some(LAPTOP));
        assert_eq!(
            fitted,
            Some(Placement {
                x: (1920 - 520) / 2,
                y: (1080 - 640) / 2,
                width: 520,
                height: 640
            })
        );
        // Far off in the negative, no primary known: the first monitor.
        let fitted = fit(&place(-9000, -9000, 520, 640), &[LAPTOP], None);
        assert_eq!(fitted.map(|p| (p.x, p.y)), Some((700, 220)));
    }

    #[test]
    fn a_window_half_off_the_edge_is_moved_wholly_onto_its_monitor() {
        let fitted = fit(&place(1700, 900, 520, 640), &[LAPTOP], Some(LAPTOP)).unwrap();
        assert_eq!((fitted.x, fitted.y), (1920 - 520, 1080 - 640));
        let fitted = fit(&place(-100, -50, 520, 640), &[LAPTOP], Some(LAPTOP)).unwrap();
        assert_eq!((fitted.x, fitted.y), (0, 0));
    }

    #[test]
    fn a_window_bigger_than_its_monitor_shrinks_to_it() {
        let small = Monitor {
            width: 1366,
            height: 768,
            ..LAPTOP
        };
        let fitted = fit(&place(10, 10, 3000, 2000), &[small], Some(small)).unwrap();
        assert_eq!(
            fitted,
            Placement {
                x: 0,
                y: 0,
                width: 1366,
                height: 768
            }
        );
    }

    #[test]
    fn at_the_first_start_the_system_places_the_window_unless_it_would_not_fit() {
        assert_eq!(fit_first(520, 640, &LAPTOP), None);
        assert_eq!(fit_first(520, 640, &DOCKED), None);
        let hidpi_laptop = Monitor {
            scale: 2.0,
            ..LAPTOP
        };
        assert_eq!(
            fit_first(520, 640, &hidpi_laptop),
            Some(Placement {
                x: (1920 - 1040) / 2,
                y: 0,
                width: 1040,
                height: 1080
            })
        );
    }

    #[test]
    fn without_monitors_the_system_places_the_window() {
        assert_eq!(fit(&place(0, 0, 520, 640), &[], None), None);
    }

    #[test]
    fn the_pointers_monitor_is_found_and_a_point_between_monitors_gives_the_primary() {
        let monitors = [LAPTOP, DOCKED];
        assert_eq!(monitor_at(2000, 50, &monitors, Some(LAPTOP)), Some(DOCKED));
        assert_eq!(monitor_at(5, 5, &monitors, Some(DOCKED)), Some(LAPTOP));
        assert_eq!(
            monitor_at(9000, 9000, &monitors, Some(DOCKED)),
            Some(DOCKED)
        );
        let centred = centred_on(&DOCKED, 1040, 1280);
        assert_eq!((centred.x, centred.y), (1920 + 1400, 440));
    }

    #[test]
    fn a_maximised_window_keeps_the_place_it_had_for_when_it_is_restored() {
        let before = place(100, 80, 520, 640);
        let filling = WindowPlace {
            maximized: true,
            ..place(0, 0, 1920, 1050)
        };
        assert_eq!(
            WindowPlace::remembered(filling, Some(&before)),
            WindowPlace {
                maximized: true,
                ..before
            }
        );
        // Restored again: its place now.
        let restored = place(120, 90, 520, 640);
        assert_eq!(WindowPlace::remembered(restored, Some(&filling)), restored);
        // Maximised from the start with nothing remembered: its place now, maximised.
        assert_eq!(WindowPlace::remembered(filling, None), filling);
    }

    #[test]
    fn settings_from_before_read_as_not_maximised() {
        let read: WindowPlace =
            serde_json::from_str(r#"{"x": 10, "y": 20, "width": 520, "height": 640}"#).unwrap();
        assert_eq!(read, place(10, 20, 520, 640));
    }
}
