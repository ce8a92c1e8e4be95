//! QR codes: finding every code in a screenshot-like image and telling what a code holds.
//!
//! Images stay at most 1920×1080 and few: image decoding is slow in debug builds.

mod common;

use common::qr_images::*;
use zweifaktor_core::qr::{self, QrContent, QrError};

#[test]
fn two_small_codes_in_a_full_hd_screenshot_are_both_found_top_to_bottom() {
    let mut shot = page(1920, 1080, 1);
    // 2 px per module: about 140 px; 4 px per module: about 230 px.
    image::imageops::replace(&mut shot, &code_image(BOB, 4), 1500, 700);
    image::imageops::replace(&mut shot, &code_image(ALICE, 2), 300, 120);
    let texts = qr::decode_image(&png_bytes(&shot)).expect("codes found");
    assert_eq!(texts, [ALICE, BOB]);
}

#[test]
fn a_small_code_in_a_corner_of_a_jpeg_screenshot_is_found() {
    let mut shot = page(1280, 720, 2);
    image::imageops::replace(&mut shot, &code_image(ALICE, 3), 1280 - 220, 720 - 220);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode_image(&shot)
        .expect("JPEG encodes");
    assert_eq!(qr::decode_image(&jpeg), Ok(vec![ALICE.to_owned()]));
}

/// A 57-module code shrunk with smoothing to 200 px (3.5 px per module, as on a screen scaled
/// to 150 %) and saved as a poor JPEG: the full-size search misses it (measured), the
/// double-size one finds it. About 3 s in a debug build.
#[test]
fn a_smeared_small_code_is_found_by_the_second_search() {
    let long = format!("{ALICE}&algorithm=SHA1&digits=6&period=30");
    let sharp = code_image(&long, 10);
    let smeared = image::imageops::resize(&sharp, 200, 200, image::imageops::FilterType::Triangle);
    let mut shot = page(1280, 720, 5);
    image::imageops::replace(&mut shot, &smeared, 901, 377);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 50)
        .encode_image(&shot)
        .expect("JPEG encodes");
    assert_eq!(qr::decode_image(&jpeg), Ok(vec![long]));
}

#[test]
fn a_screenshot_without_a_code_says_none_was_found() {
    let err = qr::decode_image(&png_bytes(&page(640, 480, 3))).unwrap_err();
    assert_eq!(err, QrError::NoCode);
    assert!(err.to_string().starts_with("No QR code found."), "{err}");
}

#[test]
fn files_that_are_not_images_give_errors_not_panics() {
    assert_eq!(
        qr::decode_image(b"otpauth://totp/x?secret=JBSWY3DP"),
        Err(QrError::NotAnImage)
    );
    assert_eq!(qr::decode_image(&[]), Err(QrError::NotAnImage));
    let png = png_bytes(&code_image(ALICE, 3));
    for cut in [9, 40, png.len() / 2, png.len() - 13] {
        assert!(
            matches!(qr::decode_image(&png[..cut]), Err(QrError::Unreadable(_))),
            "cut at {cut}"
        );
    }
    // A GIF is an image, but not one we read.
    assert_eq!(
        qr::decode_image(b"GIF89a\x01\x00"),
        Err(QrError::NotAnImage)
    );
}

#[test]
fn raw_pixels_are_read_and_checked() {
    let img = code_image(BOB, 3);
    let (w, h) = img.dimensions();
    assert_eq!(
        qr::decode_luma(w, h, img.as_raw()),
        Ok(vec![BOB.to_owned()])
    );
    assert!(matches!(
        qr::decode_luma(w, h + 1, img.as_raw()),
        Err(QrError::PixelCount { .. })
    ));
    assert!(matches!(
        qr::decode_luma(50_000, 50_000, &[]),
        Err(QrError::TooLarge { .. })
    ));
}

#[test]
fn a_drawn_code_reads_back_at_every_size() {
    for module_px in [1, 2, 5] {
        let png = qr::png(ALICE, module_px).expect("fits");
        assert_eq!(
            qr::decode_image(&png),
            Ok(vec![ALICE.to_owned()]),
            "{module_px}"
        );
    }
}

#[test]
fn a_web_address_is_no_secret() {
    assert_eq!(
        qr::classify("https://example.com/")
            .unwrap_err()
            .to_string(),
        "this QR code holds no one-time-password secret"
    );
}

#[test]
fn a_transfer_in_three_codes_is_collected_in_any_order() {
    let links = transfer_links();
    assert_eq!(links.len(), 3);
    let mut collector = zweifaktor_core::import::google_migration::MigrationCollector::new();
    for link in [&links[2], &links[0], &links[1]] {
        let texts = qr::decode_image(&qr::png(link, 2).expect("fits")).expect("decodes");
        assert_eq!(&texts, std::slice::from_ref(link));
        let Ok(QrContent::Migration(batch)) = qr::classify(&texts[0]) else {
            panic!("not a transfer");
        };
        collector.add(batch).expect("same export");
    }
    assert!(collector.is_complete());
    let imported = collector.into_imported();
    assert_eq!(imported.entries.len(), 25);
    assert_eq!(imported.entries[0].account, "Account 0");
    assert_eq!(imported.entries[24].account, "Account 24");

    let err = qr::gather(&[&links[2], &links[0]]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 of 3 parts of a Google Authenticator transfer in these images (missing: part 2); \
         scan the others too"
    );
}
