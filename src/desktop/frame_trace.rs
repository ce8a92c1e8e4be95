//! `ZWEIFAKTOR_TRACE_FRAMES=1`: one line on stderr per frame the window draws — what woke it,
//! how many egui passes it took and why, the time of the passes and of the painting, how many
//! pixels changed, who asked for the next frame, and when. For finding out where an idle
//! window's CPU goes (the window repaints only the countdown's second, and a frame should cost
//! a few milliseconds). Off, it is one `Option` test per frame.

use std::time::{Duration, Instant};

use super::painter::Damage;

/// The trace, when the environment asks for it.
pub struct FrameTrace {
    started: Instant,
    frames: u64,
}

/// What one frame did, measured by the event loop.
pub struct FrameRecord<'a> {
    /// The window system asked (uncovered, resized), not a repaint request of ours.
    pub by_window_system: bool,
    pub passes: usize,
    pub discard_reasons: &'a [egui::RepaintCause],
    pub ui: Duration,
    pub paint: Duration,
    pub damage: &'a Damage,
    /// Textures set or freed (new glyphs in the font atlas among them).
    pub textures: usize,
    /// The next frame egui asked for, and who asked (egui's causes, file:line).
    pub repaint_delay: Duration,
    pub repaint_causes: &'a [egui::RepaintCause],
}

impl FrameTrace {
    /// A trace when `ZWEIFAKTOR_TRACE_FRAMES` is set (to anything but "0").
    pub fn from_env() -> Option<Self> {
        let wanted = std::env::var_os("ZWEIFAKTOR_TRACE_FRAMES").is_some_and(|v| v != "0");
        wanted.then(|| FrameTrace {
            started: Instant::now(),
            frames: 0,
        })
    }

    pub fn record(&mut self, frame: &FrameRecord) {
        self.frames += 1;
        let damage = match frame.damage {
            Damage::Everything => "everything".to_owned(),
            Damage::Rects(rects) => format!(
                "{} rects, {} px",
                rects.len(),
                rects.iter().map(|r| r.area()).sum::<u64>()
            ),
        };
        let next = if frame.repaint_delay == Duration::MAX {
            "on input".to_owned()
        } else {
            format!("{} ms", frame.repaint_delay.as_millis())
        };
        let list = |causes: &[egui::RepaintCause]| {
            causes
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        eprintln!(
            "frame {} at {:.3} s{}: {} pass(es){} ui {:.2} ms, paint {:.2} ms, damage {} ({} texture changes); next {} [{}]",
            self.frames,
            self.started.elapsed().as_secs_f64(),
            if frame.by_window_system {
                " (window system)"
            } else {
                ""
            },
            frame.passes,
            if frame.discard_reasons.is_empty() {
                String::new()
            } else {
                format!(" (discarded: {})", list(frame.discard_reasons))
            },
            frame.ui.as_secs_f64() * 1e3,
            frame.paint.as_secs_f64() * 1e3,
            damage,
            frame.textures,
            next,
            list(frame.repaint_causes),
        );
    }
}
