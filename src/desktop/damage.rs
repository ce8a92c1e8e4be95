//! Which pixels changed between two frames: egui's output shapes of this frame compared with
//! the previous frame's, one by one. The window repaints once a second for the countdown, and
//! usually only a few numbers and bars change; redrawing just those keeps the idle cost low.

use egui::epaint::ClippedShape;

/// A rectangle of pixels, `x0..x1` × `y0..y1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelRect {
    pub x0: u32,
    pub y0: u32,
    pub x1: u32,
    pub y1: u32,
}

impl PixelRect {
    pub fn width(&self) -> u32 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> u32 {
        self.y1 - self.y0
    }

    pub fn area(&self) -> u64 {
        u64::from(self.width()) * u64::from(self.height())
    }

    /// The same rectangle in egui points.
    pub fn to_points(self, pixels_per_point: f32) -> egui::Rect {
        egui::Rect::from_min_max(
            egui::pos2(
                self.x0 as f32 / pixels_per_point,
                self.y0 as f32 / pixels_per_point,
            ),
            egui::pos2(
                self.x1 as f32 / pixels_per_point,
                self.y1 as f32 / pixels_per_point,
            ),
        )
    }

    /// Whether the two overlap or lie within `gap` pixels of each other.
    fn near(&self, other: &PixelRect, gap: u32) -> bool {
        other.x0 <= self.x1 + gap
            && self.x0 <= other.x1 + gap
            && other.y0 <= self.y1 + gap
            && self.y0 <= other.y1 + gap
    }

    fn union(&self, other: &PixelRect) -> PixelRect {
        PixelRect {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }
}

/// Rectangles closer than this are merged: fewer, slightly larger redraws.
const MERGE_GAP: u32 = 8;

/// The pixels to redraw when `current` follows `previous` on a `width`×`height` surface.
/// Both the old and the new place of a changed shape are included, grown by one pixel for
/// anti-aliasing, and overlapping or nearby rectangles are merged. With as many shapes as
/// before they are compared one by one; with more or fewer (a text cursor blinking on or off,
/// a message appearing) the shapes from the first difference to the last are redrawn — what
/// both frames start and end with alike stays. (The whole window was redrawn then: twice a
/// second for the unlock screen's blinking cursor.)
pub fn changed_pixels(
    previous: &[ClippedShape],
    current: &[ClippedShape],
    pixels_per_point: f32,
    width: u32,
    height: u32,
) -> Vec<PixelRect> {
    let mut rects: Vec<PixelRect> = Vec::new();
    let mut redraw = |shape: &ClippedShape| {
        if let Some(rect) = pixels_of(shape, pixels_per_point, width, height) {
            add_merged(&mut rects, rect);
        }
    };
    if previous.len() == current.len() {
        for (before, after) in previous.iter().zip(current) {
            if before != after {
                redraw(before);
                redraw(after);
            }
        }
    } else {
        let same_start = previous
            .iter()
            .zip(current)
            .take_while(|(before, after)| before == after)
            .count();
        let same_end = previous[same_start..]
            .iter()
            .rev()
            .zip(current[same_start..].iter().rev())
            .take_while(|(before, after)| before == after)
            .count();
        previous[same_start..previous.len() - same_end]
            .iter()
            .chain(&current[same_start..current.len() - same_end])
            .for_each(&mut redraw);
    }
    rects
}

/// The pixels a shape can touch: its bounds within its clip rectangle, one pixel wider.
fn pixels_of(
    shape: &ClippedShape,
    pixels_per_point: f32,
    width: u32,
    height: u32,
) -> Option<PixelRect> {
    let bounds = shape.clip_rect.intersect(screen_bounds(shape));
    if !bounds.is_positive() {
        return None;
    }
    let clamp = |value: f32, max: u32| (value as i64).clamp(0, i64::from(max)) as u32;
    let rect = PixelRect {
        x0: clamp((bounds.min.x * pixels_per_point).floor() - 1.0, width),
        y0: clamp((bounds.min.y * pixels_per_point).floor() - 1.0, height),
        x1: clamp((bounds.max.x * pixels_per_point).ceil() + 1.0, width),
        y1: clamp((bounds.max.y * pixels_per_point).ceil() + 1.0, height),
    };
    (rect.x0 < rect.x1 && rect.y0 < rect.y1).then_some(rect)
}

/// Where a shape lands on the screen, in points (before clipping).
pub fn screen_bounds(shape: &ClippedShape) -> egui::Rect {
    shape
        .transform_after_tessellation
        .mul_rect(shape.shape.visual_bounding_rect())
}

/// Adds `rect`, merging it with every rectangle it overlaps or nearly touches (repeatedly, as
/// a merged rectangle may reach further ones).
fn add_merged(rects: &mut Vec<PixelRect>, mut rect: PixelRect) {
    while let Some(index) = rects.iter().position(|other| rect.near(other, MERGE_GAP)) {
        rect = rect.union(&rects.swap_remove(index));
    }
    rects.push(rect);
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::{Color32, Shape, Stroke};
    use egui::{Rect, pos2, vec2};

    fn filled(x: f32, y: f32, w: f32, h: f32, color: Color32) -> ClippedShape {
        ClippedShape::new(
            Rect::EVERYTHING,
            Shape::rect_filled(Rect::from_min_size(pos2(x, y), vec2(w, h)), 0.0, color),
        )
    }

    #[test]
    fn unchanged_frame_redraws_nothing() {
        let frame = vec![
            filled(0.0, 0.0, 100.0, 100.0, Color32::WHITE),
            filled(10.0, 10.0, 20.0, 20.0, Color32::RED),
        ];
        assert_eq!(changed_pixels(&frame, &frame, 1.0, 200, 200), vec![]);
    }

    #[test]
    fn changed_shape_redraws_its_old_and_new_place_only() {
        let before = vec![
            filled(0.0, 0.0, 200.0, 200.0, Color32::WHITE),
            filled(10.0, 10.0, 20.0, 20.0, Color32::RED),
        ];
        let after = vec![
            filled(0.0, 0.0, 200.0, 200.0, Color32::WHITE),
            filled(100.0, 100.0, 20.0, 20.0, Color32::RED),
        ];
        let rects = changed_pixels(&before, &after, 1.0, 200, 200);
        assert_eq!(
            rects,
            vec![
                PixelRect {
                    x0: 9,
                    y0: 9,
                    x1: 31,
                    y1: 31
                },
                PixelRect {
                    x0: 99,
                    y0: 99,
                    x1: 121,
                    y1: 121
                },
            ]
        );
    }

    #[test]
    fn nearby_changes_merge_into_one_rectangle() {
        let before = vec![
            filled(10.0, 10.0, 10.0, 10.0, Color32::RED),
            filled(24.0, 10.0, 10.0, 10.0, Color32::RED),
        ];
        let after = vec![
            filled(10.0, 10.0, 10.0, 10.0, Color32::BLUE),
            filled(24.0, 10.0, 10.0, 10.0, Color32::BLUE),
        ];
        let rects = changed_pixels(&before, &after, 1.0, 200, 200);
        assert_eq!(
            rects,
            vec![PixelRect {
                x0: 9,
                y0: 9,
                x1: 35,
                y1: 21
            }]
        );
    }

    #[test]
    fn scale_and_surface_edges_are_respected() {
        let before = vec![filled(90.0, 90.0, 20.0, 20.0, Color32::RED)];
        let after = vec![ClippedShape::new(
            Rect::EVERYTHING,
            Shape::line_segment(
                [pos2(90.0, 90.0), pos2(110.0, 110.0)],
                Stroke::new(1.0, Color32::RED),
            ),
        )];
        let rects = changed_pixels(&before, &after, 2.0, 200, 200);
        assert_eq!(rects.len(), 1);
        assert_eq!(
            (rects[0].x1, rects[0].y1),
            (200, 200),
            "clamped to the surface"
        );
        assert!(
            rects[0].x0 <= 179 && rects[0].y0 <= 179,
            "scaled by 2: {:?}",
            rects[0]
        );
    }

    #[test]
    fn a_shape_blinking_on_and_off_redraws_its_place_only() {
        let background = filled(0.0, 0.0, 100.0, 100.0, Color32::WHITE);
        let text = filled(10.0, 10.0, 30.0, 10.0, Color32::BLACK);
        let cursor = filled(42.0, 10.0, 1.0, 10.0, Color32::BLACK);
        let button = filled(10.0, 60.0, 30.0, 10.0, Color32::GRAY);
        let off = vec![background.clone(), text.clone(), button.clone()];
        let on = vec![background, text, cursor, button];
        let cursor_place = PixelRect {
            x0: 41,
            y0: 9,
            x1: 44,
            y1: 21,
        };
        assert_eq!(changed_pixels(&off, &on, 1.0, 100, 100), vec![cursor_place]);
        assert_eq!(changed_pixels(&on, &off, 1.0, 100, 100), vec![cursor_place]);
    }

    #[test]
    fn with_more_shapes_everything_between_the_first_and_last_difference_is_redrawn() {
        let before = vec![
            filled(0.0, 0.0, 10.0, 10.0, Color32::RED),
            filled(50.0, 50.0, 10.0, 10.0, Color32::RED),
        ];
        let after = vec![
            filled(0.0, 0.0, 10.0, 10.0, Color32::BLUE),
            filled(20.0, 0.0, 10.0, 10.0, Color32::RED),
            filled(50.0, 50.0, 10.0, 10.0, Color32::RED),
        ];
        let rects = changed_pixels(&before, &after, 1.0, 100, 100);
        let covered = |x: u32, y: u32| {
            rects
                .iter()
                .any(|r| (r.x0..r.x1).contains(&x) && (r.y0..r.y1).contains(&y))
        };
        assert!(covered(5, 5), "the recoloured square: {rects:?}");
        assert!(covered(25, 5), "the new square: {rects:?}");
        assert!(!covered(55, 55), "the square alike in both: {rects:?}");
    }
}
