//! Finding and reading every QR code in an image: a screenshot of a setup page, a photo of a
//! printed code, or (later) a screen capture.
//!
//! rqrr thresholds each pixel against a running average over an eighth of the image width,
//! so a small code in a large screenshot is not lost in the average: in a 1920×1080 page of
//! text-like noise it read a crisp 57-module code at every size from 1 px per module (57 px)
//! up. What it misses are small codes whose edges are smeared, by JPEG or by a screen scaled
//! to 125 %/150 %: the same code shrunk smoothly to 150–250 px (2.6–4.4 px per module) and
//! saved as JPEG quality 50–75 was found in only some cases at full size. Measured remedies:
//! searching at half size found fewer codes, never more; searching at double size (smooth
//! interpolation) found most of the missed ones (e.g. 200 px at quality 50 in 1920×1080 and
//! 1280×720; 150 px at quality 75 in 1920×1080, not in 1280×720). So when the full-size search
//! finds nothing, the image is searched again at double size — whole when it is at most
//! 2560×1600, else in overlapping tiles so that memory stays bounded. The second search is
//! only a fallback because it costs several times the first.

use std::io::Cursor;

use image::{GrayImage, ImageError, ImageReader, Limits};

use super::QrError;

/// Larger sides are refused before decoding: 8K screenshots (7680×4320) still pass, while a
/// hostile 100 000 × 100 000 PNG (a few kilobytes compressed) does not make us allocate 40 GB.
pub const MAX_SIDE: u32 = 10_000;
/// The decoder's allocation limit; an 8K RGBA screenshot needs about 133 MB.
const MAX_ALLOC_BYTES: u64 = 256 * 1024 * 1024;

/// The texts of every QR code in a PNG or JPEG image, top to bottom, then left to right.
///
/// Errors: [`QrError::NotAnImage`] for anything but PNG/JPEG, [`QrError::Unreadable`] for a
/// damaged or truncated file, [`QrError::TooLarge`], and [`QrError::NoCode`] when the image
/// holds no readable code.
pub fn decode_image(bytes: &[u8]) -> Result<Vec<String>, QrError> {
    search(read_luma(bytes)?)
}

/// A PNG or JPEG image as 8-bit grey pixels, within the same size limits as [`decode_image`]
/// (the screen capture through the desktop's portal arrives as a PNG file).
pub fn read_luma(bytes: &[u8]) -> Result<GrayImage, QrError> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| QrError::Unreadable(e.to_string()))?;
    match reader.format() {
        Some(image::ImageFormat::Png | image::ImageFormat::Jpeg) => {}
        _ => return Err(QrError::NotAnImage),
    }
    let mut reader = reader;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC_BYTES);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| match e {
        ImageError::Limits(_) => QrError::TooLarge { max: MAX_SIDE },
        ImageError::Unsupported(_) => QrError::NotAnImage,
        other => QrError::Unreadable(other.to_string()),
    })?;
    Ok(image.into_luma8())
}

/// The texts of every QR code in an 8-bit greyscale image of `width`×`height` pixels, row by
/// row (what a screen capture gives after conversion). Same order and errors as
/// [`decode_image`].
pub fn decode_luma(width: u32, height: u32, pixels: &[u8]) -> Result<Vec<String>, QrError> {
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(QrError::TooLarge { max: MAX_SIDE });
    }
    let expected = u64::from(width) * u64::from(height);
    let pixel_count_error = || QrError::PixelCount {
        width,
        height,
        expected,
        actual: pixels.len(),
    };
    if u64::try_from(pixels.len()).ok() != Some(expected) {
        return Err(pixel_count_error());
    }
    let image =
        GrayImage::from_raw(width, height, pixels.to_vec()).ok_or_else(pixel_count_error)?;
    search(image)
}

/// A code found: its text and the top-left corner of its bounds in full-size pixels.
struct Found {
    text: String,
    top: i64,
    left: i64,
}

fn search(image: GrayImage) -> Result<Vec<String>, QrError> {
    let mut found = codes_in(image.clone(), 0, 0, 1);
    if found.is_empty() {
        found = codes_upscaled(&image);
    }
    if found.is_empty() {
        return Err(QrError::NoCode);
    }
    found.sort_by_key(|f| (f.top, f.left));
    let mut texts: Vec<String> = Vec::with_capacity(found.len());
    for f in found {
        if !texts.contains(&f.text) {
            texts.push(f.text);
        }
    }
    Ok(texts)
}

/// Up to this many pixels, the double-size search takes the whole image (a 2560×1600 screen
/// becomes 16 MB of greyscale); larger ones are searched in tiles.
const WHOLE_UPSCALE_MAX_PIXELS: u64 = 2560 * 1600;
/// Tile side and overlap, in original pixels: any code up to `TILE_OVERLAP` pixels wide lies
/// wholly inside some tile, and larger codes have modules big enough for the full-size search.
const TILE: u32 = 1024;
const TILE_OVERLAP: u32 = 320;

fn codes_upscaled(image: &GrayImage) -> Vec<Found> {
    let (width, height) = image.dimensions();
    if u64::from(width) * u64::from(height) <= WHOLE_UPSCALE_MAX_PIXELS {
        return codes_in(double(image), 0, 0, 2);
    }
    let mut found = Vec::new();
    for top in tile_starts(height) {
        for left in tile_starts(width) {
            let tile = image::imageops::crop_imm(
                image,
                left,
                top,
                TILE.min(width - left),
                TILE.min(height - top),
            )
            .to_image();
            found.extend(codes_in(double(&tile), left, top, 2));
        }
    }
    found
}

/// Where tiles start along a side of `length` pixels, the last one flush with the end.
fn tile_starts(length: u32) -> Vec<u32> {
    let mut starts = vec![0];
    let step = TILE - TILE_OVERLAP;
    while starts.last().is_some_and(|&s| s + TILE < length) {
        let next = starts.last().map_or(0, |&s| s + step);
        starts.push(next.min(length.saturating_sub(TILE)));
    }
    starts
}

fn double(image: &GrayImage) -> GrayImage {
    image::imageops::resize(
        image,
        image.width() * 2,
        image.height() * 2,
        image::imageops::FilterType::Triangle,
    )
}

/// The codes rqrr reads in `image`, a part starting at (`left`, `top`) of the original scaled
/// by `scale`, with positions in the original's pixels. Grids that are found but do not decode
/// (a damaged code, a pattern that only looks like one) are left out: the caller reports "no
/// code" when nothing is left.
fn codes_in(image: GrayImage, left: u32, top: u32, scale: i64) -> Vec<Found> {
    let mut prepared = rqrr::PreparedImage::prepare(image);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let (_, text) = grid.decode().ok()?;
            let y = grid.bounds.iter().map(|p| i64::from(p.y)).min()?;
            let x = grid.bounds.iter().map(|p| i64::from(p.x)).min()?;
            Some(Found {
                text,
                top: i64::from(top) + y / scale,
                left: i64::from(left) + x / scale,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiles_cover_the_whole_side_and_overlap() {
        assert_eq!(tile_starts(800), [0]);
        assert_eq!(tile_starts(1920), [0, 704, 896]);
        for length in [1025, 3000, 7680] {
            let starts = tile_starts(length);
            assert_eq!(starts.last().map(|s| s + TILE), Some(length));
            assert!(
                starts
                    .windows(2)
                    .all(|w| w[0] + TILE >= w[1] + TILE_OVERLAP)
            );
        }
    }
}
