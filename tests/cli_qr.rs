//! The `add --qr` and `qr NAME --out` commands through the real binary.

mod common;

use common::qr_images::*;
use common::*;
use zweifaktor_core::qr::{self, QrContent};

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
    let from_image = zweifaktor_core::otp::OtpGenerator::new(&entry.otp, &entry.secret)
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
