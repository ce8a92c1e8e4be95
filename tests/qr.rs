//! QR codes: finding every code in a screenshot-like image, telling what a code holds, and the
//! `add --qr` and `qr NAME --out` commands.
//!
//! Images stay at most 1920×1080 and few: image decoding is slow in debug builds.

mod common;

use common::*;
use image::{GrayImage, ImageFormat, Luma};
use zweifaktor::qr::{self, QrContent, QrError};

const ALICE: &str = "otpauth://totp/Example%20Corp:alice%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Corp";
const BOB: &str =
    "otpauth://totp/GitHub:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub&digits=8";

fn code_image(text: &str, module_px: u32) -> GrayImage {
    qrcode::QrCode::new(text.as_bytes())
        .expect("fits in a QR code")
        .render::<Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(module_px, module_px)
        .build()
}

/// A light grey page with dark bars and lines where text would be, like a screenshot of a
/// setup page.
fn page(width: u32, height: u32, seed: u64) -> GrayImage {
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

fn png_bytes(img: &GrayImage) -> Vec<u8> {
    let mut bytes = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut bytes), ImageFormat::Png)
        .expect("PNG encodes");
    bytes
}

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

/// 25 procedures: Google's app (and our export) puts ten in a code, so three codes.
fn transfer_links() -> Vec<String> {
    let procedures: Vec<_> = (0..25)
        .map(|i| {
            procedure(
                &format!("Account {i}"),
                &format!("JBSWY3DPEHPK3PX{}", (b'A' + i) as char),
            )
        })
        .collect();
    let links = zweifaktor::export::google_migration::links(&procedures, 4242);
    links.links.iter().map(|l| l.as_str().to_owned()).collect()
}

#[test]
fn a_transfer_in_three_codes_is_collected_in_any_order() {
    let links = transfer_links();
    assert_eq!(links.len(), 3);
    let mut collector = zweifaktor::import::google_migration::MigrationCollector::new();
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

#[test]
fn add_qr_adds_the_account_of_a_screenshot() {
    let v = vault_with(&[]);
    let mut shot = page(1280, 720, 4);
    image::imageops::replace(&mut shot, &code_image(ALICE, 3), 500, 200);
    let file = v.dir.path().join("screenshot.png");
    std::fs::write(&file, png_bytes(&shot)).unwrap();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["add", "--qr", file.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Added Example Corp (alice@example.com)"),
        "{}",
        stdout(&out)
    );
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["code", "Example Corp (alice@example.com)", "--at", "59"],
    );
    assert_eq!(
        stdout(&out).trim(),
        code_at("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 59)
    );
}

#[test]
fn add_qr_adds_every_code_of_an_image_and_says_so() {
    let v = vault_with(&[]);
    let mut shot = page(1280, 720, 6);
    image::imageops::replace(&mut shot, &code_image(ALICE, 3), 100, 100);
    image::imageops::replace(&mut shot, &code_image(BOB, 3), 800, 300);
    let file = v.dir.path().join("two.png");
    std::fs::write(&file, png_bytes(&shot)).unwrap();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["add", "--qr", file.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Found 2 accounts in the QR codes; adding all of them."),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("Imported 2 procedures"),
        "{}",
        stdout(&out)
    );
    // A name cannot go to two accounts: refused before the password is asked.
    let out = v.run(
        "",
        &["add", "--qr", file.to_str().unwrap(), "--name", "Mine"],
    );
    assert_eq!(exit_code(&out), 2, "{}", stderr(&out));
}

#[test]
fn add_qr_imports_a_transfer_only_when_every_part_is_given() {
    let v = vault_with(&[]);
    let files: Vec<String> = transfer_links()
        .iter()
        .enumerate()
        .map(|(i, link)| {
            let path = v.dir.path().join(format!("part{i}.png"));
            std::fs::write(&path, qr::png(link, 2).expect("fits")).unwrap();
            path.display().to_string()
        })
        .collect();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["add", "--qr", &files[0], "--qr", &files[2]],
    );
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("2 of 3 parts"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("scan the others too"),
        "{}",
        stderr(&out)
    );

    let out = v.run(
        &format!("{PASSWORD}\n"),
        &[
            "add", "--qr", &files[2], "--qr", &files[0], "--qr", &files[1],
        ],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Imported 25 procedures"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn qr_out_writes_a_code_that_gives_the_same_codes_and_never_overwrites() {
    let v = vault_with(&[("Mail", "JBSWY3DPEHPK3PXP")]);
    let out_file = v.dir.path().join("mail.png");
    let out_path = out_file.to_str().unwrap();
    let out = v.run(&format!("{PASSWORD}\n"), &["qr", "Mail", "--out", out_path]);
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("holds the secret"),
        "{}",
        stderr(&out)
    );

    let texts = qr::decode_image(&std::fs::read(&out_file).unwrap()).expect("decodes");
    let Ok(QrContent::Otp { entry, .. }) = qr::classify(&texts[0]) else {
        panic!("not an otpauth code: {texts:?}");
    };
    let from_image = zweifaktor::otp::OtpGenerator::new(&entry.otp, &entry.secret)
        .unwrap()
        .code_at(1_234_567)
        .to_string();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["code", "Mail", "--at", "1234567"],
    );
    assert_eq!(stdout(&out).trim(), from_image);

    let before = std::fs::read(&out_file).unwrap();
    let out = v.run(&format!("{PASSWORD}\n"), &["qr", "Mail", "--out", out_path]);
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&out_file).unwrap(), before);
}
