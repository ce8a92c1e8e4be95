//! Drawing a text as a QR code PNG, e.g. an account's `otpauth://` URI to move it to a phone.

use image::{ImageEncoder, Luma};
use qrcode::QrCode;
use zeroize::Zeroizing;

use super::{EncodeProblem, QrError};

/// Module sizes beyond this make images no phone needs (a version-40 code would pass 10 000
/// pixels).
pub const MAX_MODULE_PX: u32 = 64;

/// A QR code's pixels: 8-bit grey, row by row. They spell the secret as surely as the text
/// does, so they are wiped when dropped, and `Debug` shows only the size.
pub struct QrPixels {
    pub width: u32,
    pub height: u32,
    pub pixels: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for QrPixels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QrPixels({}×{})", self.width, self.height)
    }
}

/// `text` as a QR code: black modules of `module_px` pixels on white, with the four-module
/// quiet zone scanners need around the code (what the window shows, and what [`png`] saves).
///
/// Errors: [`QrError::Encode`] when the text does not fit in a QR code or `module_px` is 0 or
/// above [`MAX_MODULE_PX`].
pub fn luma(text: &str, module_px: u32) -> Result<QrPixels, QrError> {
    if module_px == 0 || module_px > MAX_MODULE_PX {
        return Err(QrError::Encode(EncodeProblem::ModuleSize(module_px)));
    }
    let code = QrCode::new(text.as_bytes()).map_err(|e| QrError::Encode(EncodeProblem::Code(e)))?;
    let image = code
        .render::<Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(module_px, module_px)
        .dark_color(Luma([0]))
        .light_color(Luma([255]))
        .build();
    let (width, height) = image.dimensions();
    Ok(QrPixels {
        width,
        height,
        pixels: Zeroizing::new(image.into_raw()),
    })
}

/// A PNG of `text` as a QR code, drawn as [`luma`] draws it. Same errors.
pub fn png(text: &str, module_px: u32) -> Result<Vec<u8>, QrError> {
    let QrPixels {
        width,
        height,
        pixels,
    } = luma(text, module_px)?;
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new(&mut bytes)
        .write_image(&pixels, width, height, image::ExtendedColorType::L8)
        .map_err(|e| QrError::Encode(EncodeProblem::Png(e.to_string())))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawn_code_reads_back() {
        let text = "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example";
        let bytes = png(text, 4).expect("fits");
        assert_eq!(
            super::super::decode_image(&bytes),
            Ok(vec![text.to_owned()])
        );
    }

    #[test]
    fn a_zero_module_size_is_refused() {
        assert!(matches!(png("x", 0), Err(QrError::Encode(_))));
    }
}
