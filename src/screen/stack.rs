//! Several monitors' pictures as one grey picture: stacked top to bottom, a white band between
//! them. Where they really sit does not matter for finding QR codes, and a stack keeps the width
//! of the widest monitor — rqrr's thresholds average over an eighth of the width, and three 4K
//! monitors side by side would pass the decoder's largest side.

use image::RgbaImage;

/// White rows between two monitors, so that codes at their edges stay apart.
pub const GAP: u32 = 16;

/// The pictures one below the other as 8-bit grey pixels: (width, height, pixels row by row);
/// narrower pictures are padded with white on the right. `None` for no pictures.
pub fn stack_luma(pictures: &[RgbaImage]) -> Option<(u32, u32, Vec<u8>)> {
    let width = pictures.iter().map(RgbaImage::width).max()?;
    let gaps = GAP * u32::try_from(pictures.len() - 1).ok()?;
    let height = pictures
        .iter()
        .try_fold(gaps, |sum, picture| sum.checked_add(picture.height()))?;
    let mut luma = vec![255u8; usize::try_from(u64::from(width) * u64::from(height)).ok()?];
    let row = width as usize;
    let mut top = 0usize;
    for picture in pictures {
        for (y, pixels) in picture.rows().enumerate() {
            let start = (top + y) * row;
            for (out, pixel) in luma[start..start + row].iter_mut().zip(pixels) {
                let [r, g, b, _] = pixel.0;
                *out =
                    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8;
            }
        }
        top += picture.height() as usize + GAP as usize;
    }
    Some((width, height, luma))
}

#[cfg(test)]
mod tests {
    use super::*;
    use zweifaktor_core::qr;

    fn picture_of(text: &str) -> RgbaImage {
        let code = qr::luma(text, 4).expect("fits a QR code");
        RgbaImage::from_fn(code.width, code.height, |x, y| {
            let v = code.pixels[(y * code.width + x) as usize];
            image::Rgba([v, v, v, 255])
        })
    }

    #[test]
    fn a_code_on_the_second_monitor_is_found() {
        let uri = "otpauth://totp/ACME:jane@example.org?secret=JBSWY3DPEHPK3PXP&issuer=ACME";
        // A dark first monitor wider than the second, which shows the code.
        let first = RgbaImage::from_pixel(640, 200, image::Rgba([20, 20, 20, 255]));
        let second = picture_of(uri);
        let (width, height, pixels) = stack_luma(&[first, second.clone()]).expect("two pictures");
        assert_eq!(width, 640);
        assert_eq!(height, 200 + GAP + second.height());
        assert_eq!(pixels.len(), (width * height) as usize);
        assert_eq!(
            qr::decode_luma(width, height, &pixels),
            Ok(vec![uri.to_owned()])
        );
    }

    #[test]
    fn codes_on_two_monitors_are_both_found_and_no_monitors_give_nothing() {
        let one = "otpauth://totp/One?secret=JBSWY3DPEHPK3PXP";
        let two = "otpauth://totp/Two?secret=GEZDGNBVGY3TQOJQ";
        let (width, height, pixels) =
            stack_luma(&[picture_of(one), picture_of(two)]).expect("two pictures");
        let mut found = qr::decode_luma(width, height, &pixels).expect("codes");
        found.sort();
        assert_eq!(found, vec![one.to_owned(), two.to_owned()]);
        assert_eq!(stack_luma(&[]), None);
    }
}
