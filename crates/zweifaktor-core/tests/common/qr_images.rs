//! Pictures of QR codes for the tests: codes drawn at a size, placed on a page that looks like
//! a screenshot, and a Google transfer split over several codes.

use image::{GrayImage, ImageFormat, Luma};

pub const ALICE: &str = "otpauth://totp/Example%20Corp:alice%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Corp";
pub const BOB: &str =
    "otpauth://totp/GitHub:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub&digits=8";

pub fn code_image(text: &str, module_px: u32) -> GrayImage {
    qrcode::QrCode::new(text.as_bytes())
        .expect("fits in a QR code")
        .render::<Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(module_px, module_px)
        .build()
}

/// A light grey page with dark bars and lines where text would be, like a screenshot of a
/// setup page.
pub fn page(width: u32, height: u32, seed: u64) -> GrayImage {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut img = GrayImage::from_pixel(width, height, Luma([235]));
    for _ in 0..(width * height / 4000) {
        let (x, y) = (rng.u32(0..width), rng.u32(0..height));
        let (w, h) = (rng.u32(2..40), rng.u32(1..14));
        let shade = Luma([rng.u8(0..90)]);
        for yy in y..(y + h).min(height) {
            for xx in x..(x + w).min(width) {
                img.put_pixel(xx, yy, shade);
            }
        }
    }
    img
}

pub fn png_bytes(img: &GrayImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut bytes), ImageFormat::Png)
        .expect("PNG encodes");
    bytes
}

/// 25 procedures: Google's app (and our export) puts ten in a code, so three codes.
pub fn transfer_links() -> Vec<String> {
    let procedures: Vec<_> = (0..25)
        .map(|i| {
            super::procedure(
                &format!("Account {i}"),
                &format!("JBSWY3DPEHPK3PX{}", (b'A' + i) as char),
            )
        })
        .collect();
    let links = zweifaktor_core::export::google_migration::links(&procedures, 4242);
    links.links.iter().map(|l| l.as_str().to_owned()).collect()
}
