//! The command line and the window run the same flows: the same screenshot gives the same
//! accounts, a transfer split over images is gathered the same way, an export is the same kind
//! of file with the same report, and a file at the name is refused with the same message.
//! The window's side is what its background jobs call (`app::import::read`, the core's
//! `flow::export::export_vault_to_file`).

mod common;

use common::qr_images::*;
use common::*;
use zweifaktor::app::import::{Found, Source, read};
use zweifaktor_core::clock::FakeClock;
use zweifaktor_core::export::FORMATS;
use zweifaktor_core::flow::export::{ExportRequest, export_vault_to_file};
use zweifaktor_core::flow::import::QrCodes;
use zweifaktor_core::import::preview::preview;
use zweifaktor_core::otp::OtpGenerator;
use zweifaktor_core::secret::Password;

const EXPORT_PASSWORD: &str = "Export-Passwort-1";

/// What the window's Import dialog finds in the image files, in order, gathered as it gathers
/// them: the names and the code at `at` of every account it would import.
fn window_accounts(images: &[&std::path::Path], at: u64) -> Vec<(String, String)> {
    let mut codes = QrCodes::default();
    for image in images {
        let Found::QrTexts(Ok(texts)) = read(Source::Path(image.to_path_buf()), None) else {
            panic!("{}: no QR codes read", image.display())
        };
        codes.add_image(texts).unwrap();
    }
    let gathered = codes.complete().expect("every part is in");
    let chosen = preview(gathered.imported, &[]).drafts();
    chosen
        .into_iter()
        .map(|draft| {
            let code = OtpGenerator::new(&draft.otp, &draft.secret)
                .unwrap()
                .code_at(at)
                .to_string();
            (draft.name, code)
        })
        .collect()
}

/// The names and codes at `at` of what `zweifaktor import` put in the vault.
fn command_line_accounts(v: &TestVault, at: u64) -> Vec<(String, String)> {
    let listed: serde_json::Value =
        serde_json::from_slice(&v.run("", &["list", "--json"]).stdout).unwrap();
    listed
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let name = entry["name"].as_str().unwrap().to_owned();
            let out = v.run(
                &format!("{PASSWORD}\n"),
                &["code", &name, "--at", &at.to_string()],
            );
            (name, stdout(&out).trim().to_owned())
        })
        .collect()
}

#[test]
fn a_screenshot_gives_the_same_accounts_to_import_on_the_command_line_as_in_the_window() {
    let v = vault_with(&[]);
    let mut shot = page(1280, 720, 11);
    image::imageops::replace(&mut shot, &code_image(ALICE, 3), 120, 160);
    image::imageops::replace(&mut shot, &code_image(BOB, 3), 760, 320);
    let file = v.dir.path().join("screenshot.png");
    std::fs::write(&file, png_bytes(&shot)).unwrap();

    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["import", file.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Imported 2 procedures from the QR codes:"),
        "{}",
        stdout(&out)
    );
    let from_command_line = command_line_accounts(&v, 59);
    assert_eq!(
        from_command_line
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>(),
        ["Example Corp (alice@example.com)", "GitHub (bob)"]
    );
    assert_eq!(from_command_line, window_accounts(&[&file], 59));

    // The same screenshot again: both accounts are already there, nothing is added twice.
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["import", file.to_str().unwrap()],
    );
    assert!(
        stdout(&out).starts_with("Imported 0 procedures"),
        "{}",
        stdout(&out)
    );
    assert_eq!(command_line_accounts(&v, 59).len(), 2);
}

#[test]
fn a_transfer_split_over_images_is_imported_once_every_part_is_given() {
    let v = vault_with(&[]);
    let parts: Vec<std::path::PathBuf> = transfer_links()
        .iter()
        .enumerate()
        .map(|(i, link)| {
            let path = v.dir.path().join(format!("part{i}.png"));
            std::fs::write(&path, zweifaktor_core::qr::png(link, 2).unwrap()).unwrap();
            path
        })
        .collect();
    let arg = |i: usize| parts[i].to_str().unwrap();
    let out = v.run(&format!("{PASSWORD}\n"), &["import", arg(2), arg(0)]);
    assert_eq!(exit_code(&out), 1);
    assert!(
        stderr(&out).contains("2 of 3 parts") && stderr(&out).contains("scan the others too"),
        "{}",
        stderr(&out)
    );
    assert_eq!(command_line_accounts(&v, 59).len(), 0, "nothing imported");

    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["import", arg(2), arg(0), arg(1)],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Imported 25 procedures"),
        "{}",
        stdout(&out)
    );
    let window = window_accounts(&[&parts[1], &parts[2], &parts[0]], 59);
    assert_eq!(command_line_accounts(&v, 59), window);

    // An export file among images is a usage error, before any password is asked.
    let list = v.dir.path().join("list.txt");
    std::fs::write(&list, format!("{ALICE}\n")).unwrap();
    for args in [
        vec!["import", arg(0), list.to_str().unwrap()],
        vec!["add", "--qr", list.to_str().unwrap()],
    ] {
        let out = v.run("", &args);
        assert_eq!(exit_code(&out), 2, "{}", stderr(&out));
        assert!(
            stderr(&out).contains("is not a PNG or JPEG image"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn an_image_without_a_code_says_so_on_the_command_line_as_in_the_window() {
    let v = vault_with(&[]);
    let blank = v.dir.path().join("blank.png");
    std::fs::write(&blank, png_bytes(&page(400, 300, 3))).unwrap();
    let Found::QrTexts(Err(window_says)) = read(Source::Path(blank.clone()), None) else {
        panic!("read as an image")
    };
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["import", blank.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains(&window_says), "{}", stderr(&out));
    assert!(window_says.contains("No QR code found"), "{window_says}");
}

#[test]
fn an_export_is_the_same_kind_of_file_with_the_same_report_from_both() {
    let v = vault_with(&[("GitHub", "JBSWY3DPEHPK3PXP"), ("VPN", "GEZDGNBVGY3TQOJQ")]);
    let export_password = Password::from(EXPORT_PASSWORD);
    for format in FORMATS {
        let by_command_line = v.dir.path().join(format!("cli-{}", format.file_name));
        let stdin = if format.encrypted {
            format!("{PASSWORD}\n{EXPORT_PASSWORD}\n{EXPORT_PASSWORD}\n")
        } else {
            format!("{PASSWORD}\n")
        };
        let out = v.run(
            &stdin,
            &[
                "export",
                by_command_line.to_str().unwrap(),
                "--format",
                format.identifier,
            ],
        );
        assert_eq!(exit_code(&out), 0, "{format:?}: {}", stderr(&out));
        assert_eq!(stderr(&out).contains("unencrypted"), !format.encrypted);

        let by_window = v.dir.path().join(format!("window-{}", format.file_name));
        let request = ExportRequest {
            format,
            path: by_window.clone(),
            master: Password::from(PASSWORD),
            export_password: format.encrypted.then(|| export_password.clone()),
        };
        let report = export_vault_to_file(&v.files, request, &FakeClock::at(0), cheap_kdf())
            .unwrap_or_else(|e| panic!("{format:?}: {e}"));
        // The same report, only the path differs.
        let headline = report.headline().replace(
            &by_window.display().to_string(),
            &by_command_line.display().to_string(),
        );
        assert_eq!(stdout(&out).lines().next(), Some(headline.as_str()));

        let cli_bytes = std::fs::read(&by_command_line).unwrap();
        let window_bytes = std::fs::read(&by_window).unwrap();
        let (cli_format, window_format) = (
            zweifaktor_core::import::detect(&cli_bytes).unwrap(),
            zweifaktor_core::import::detect(&window_bytes).unwrap(),
        );
        assert_eq!(
            cli_format.identifier, window_format.identifier,
            "{format:?}"
        );
        let password = format.encrypted.then_some(&export_password);
        let cli_entries = (cli_format.import)(&cli_bytes, password).unwrap().entries;
        let window_entries = (window_format.import)(&window_bytes, password)
            .unwrap()
            .entries;
        assert_eq!(cli_entries, window_entries, "{format:?}");
        if format.identifier == "otpauth" {
            // Nothing random in a plain list: byte for byte the same.
            assert_eq!(cli_bytes, window_bytes);
        }
    }
}

#[test]
fn a_file_at_the_name_is_never_replaced_and_both_say_the_same() {
    let v = vault_with(&[("GitHub", "JBSWY3DPEHPK3PXP")]);
    let taken = v.dir.path().join("taken.txt");
    std::fs::write(&taken, "an earlier export").unwrap();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["export", taken.to_str().unwrap(), "--format", "otpauth"],
    );
    assert_eq!(exit_code(&out), 1);
    let request = ExportRequest {
        format: zweifaktor_core::export::by_identifier("otpauth").unwrap(),
        path: taken.clone(),
        master: Password::from(PASSWORD),
        export_password: None,
    };
    let window_says = export_vault_to_file(&v.files, request, &FakeClock::at(0), cheap_kdf())
        .unwrap_err()
        .to_string();
    assert!(window_says.contains("already exists"), "{window_says}");
    assert_eq!(stderr(&out).trim(), format!("zweifaktor: {window_says}"));
    assert_eq!(
        std::fs::read_to_string(&taken).unwrap(),
        "an earlier export"
    );
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["qr", "GitHub", "--out", taken.to_str().unwrap()],
    );
    assert_eq!(exit_code(&out), 1);
    assert_eq!(stderr(&out).trim(), format!("zweifaktor: {window_says}"));
    assert_eq!(
        std::fs::read_to_string(&taken).unwrap(),
        "an earlier export"
    );
}
