//! Drawing egui's output into pixels on the CPU (the vendored `egui_software_backend`
//! rasteriser), redrawing only what changed since the previous frame. No GPU or OpenGL
//! driver is involved: under a software OpenGL driver (Mesa's llvmpipe, common on office
//! desktops and remote sessions) that alone cost 75 MiB of memory and most of the idle CPU
//! (docs/renderer.md).

use egui::TexturesDelta;
use egui::epaint::ClippedShape;
use egui_software_backend::{BufferMutRef, ColorFieldOrder, EguiSoftwareRender};

use super::damage::{PixelRect, changed_pixels, screen_bounds};

/// What changed in the last painted frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// Everything must be shown anew (first frame, new size or scale, new font glyphs, or a
    /// layout change).
    Everything,
    /// Only these pixels changed; an empty list means the frame looks as before.
    Rects(Vec<PixelRect>),
}

/// The window's pixels and what is needed to update them.
pub struct SoftwarePainter {
    renderer: EguiSoftwareRender,
    /// One `u32` per pixel, `0x00RRGGBB`: the layout window surfaces take (`softbuffer`).
    pixels: Vec<u32>,
    width: u32,
    height: u32,
    previous_shapes: Vec<ClippedShape>,
    previous_pixels_per_point: f32,
}

impl Default for SoftwarePainter {
    fn default() -> Self {
        Self::new()
    }
}

impl SoftwarePainter {
    pub fn new() -> Self {
        Self {
            // 0x00RRGGBB in a little-endian u32 is the byte order B, G, R, x.
            renderer: EguiSoftwareRender::new(ColorFieldOrder::Bgra).with_caching(false),
            pixels: Vec::new(),
            width: 0,
            height: 0,
            previous_shapes: Vec::new(),
            previous_pixels_per_point: 0.0,
        }
    }

    /// Draws one frame of egui output onto a `width`×`height` pixel surface (applying its
    /// texture changes) and says which pixels changed.
    pub fn paint(
        &mut self,
        ctx: &egui::Context,
        shapes: Vec<ClippedShape>,
        mut textures_delta: TexturesDelta,
        pixels_per_point: f32,
        width: u32,
        height: u32,
    ) -> Damage {
        let same_surface = width == self.width
            && height == self.height
            && pixels_per_point == self.previous_pixels_per_point
            && !self.previous_shapes.is_empty();
        let changed = if same_surface && keeps_drawn_pixels(&textures_delta) {
            Some(changed_pixels(
                &self.previous_shapes,
                &shapes,
                pixels_per_point,
                width,
                height,
            ))
        } else {
            None
        };
        if width != self.width || height != self.height {
            self.width = width;
            self.height = height;
            self.pixels = vec![0; width as usize * height as usize];
        }
        let primitives = match &changed {
            None => {
                self.pixels.fill(0);
                ctx.tessellate(shapes.clone(), pixels_per_point)
            }
            Some(rects) if rects.is_empty() => Vec::new(),
            Some(rects) => {
                let mut redraw = Vec::new();
                for rect in rects {
                    self.clear(rect);
                    redraw.extend(shapes_within(&shapes, rect.to_points(pixels_per_point)));
                }
                ctx.tessellate(redraw, pixels_per_point)
            }
        };
        if !primitives.is_empty() || !textures_delta.is_empty() {
            let bytes: &mut [[u8; 4]] = bytemuck::cast_slice_mut(&mut self.pixels);
            let mut buffer = BufferMutRef::new(bytes, width as usize, height as usize);
            self.renderer
                .render(&mut buffer, &primitives, &textures_delta, pixels_per_point);
        }
        // Applied: egui checks that no texture change is dropped unseen.
        textures_delta.clear();
        self.previous_shapes = shapes;
        self.previous_pixels_per_point = pixels_per_point;
        match changed {
            None => Damage::Everything,
            Some(rects) => Damage::Rects(rects),
        }
    }

    /// The last painted frame, row by row, `0x00RRGGBB` per pixel.
    pub fn pixels(&self) -> &[u32] {
        &self.pixels
    }

    /// The last painted frame as an image (what egui's screenshot request gets).
    pub fn image(&self) -> egui::ColorImage {
        let pixels = self
            .pixels
            .iter()
            .map(|&p| egui::Color32::from_rgb((p >> 16) as u8, (p >> 8) as u8, p as u8))
            .collect();
        egui::ColorImage::new([self.width as usize, self.height as usize], pixels)
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    fn clear(&mut self, rect: &PixelRect) {
        let width = self.width as usize;
        for y in rect.y0 as usize..rect.y1 as usize {
            self.pixels[y * width + rect.x0 as usize..y * width + rect.x1 as usize].fill(0);
        }
    }
}

/// Whether the pixels drawn so far stay right after these texture changes: new glyphs placed
/// into free room of the font atlas (each new second of the countdown or a new code can bring
/// some) change no pixel drawn before — only the new or changed shapes use them, and those are
/// redrawn anyway. A texture replaced whole (the atlas cleared, an image loaded anew) or freed
/// may change anything drawn with it.
fn keeps_drawn_pixels(delta: &TexturesDelta) -> bool {
    delta.free.is_empty()
        && delta
            .set
            .iter()
            .all(|(_, images)| images.iter().all(|image| image.pos.is_some()))
}

/// The shapes that reach into `area`, clipped to it, in painting order.
fn shapes_within(shapes: &[ClippedShape], area: egui::Rect) -> impl Iterator<Item = ClippedShape> {
    shapes.iter().filter_map(move |shape| {
        let clip_rect = shape.clip_rect.intersect(area);
        (clip_rect.is_positive() && screen_bounds(shape).intersects(clip_rect)).then(|| {
            ClippedShape {
                clip_rect,
                ..shape.clone()
            }
        })
    })
}
