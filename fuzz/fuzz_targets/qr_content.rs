//! What scanned QR codes hold: each line of the input is the text of one code, as several codes
//! on one screenshot (or scanned one after another) reach the import dialog.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zweifaktor_core::qr::content::{QrContent, classify, gather, gather_so_far};
use zweifaktor_fuzz::{check_codes, use_imported};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let codes: Vec<&str> = text.lines().collect();
    for code in &codes {
        if let Ok(QrContent::Otp { entry, .. }) = classify(code) {
            check_codes(&entry.otp, &entry.secret);
        }
    }
    match gather_so_far(&codes) {
        Ok(so_far) => {
            for partial in &so_far.incomplete {
                assert!(partial.received < partial.total);
                assert_eq!(
                    partial.missing.len() as u64,
                    u64::from(partial.total - partial.received)
                );
                let _ = partial.missing_text();
            }
            // Refused as a whole exactly when a transfer is incomplete.
            assert_eq!(gather(&codes).is_err(), !so_far.incomplete.is_empty());
            use_imported(so_far.imported);
        }
        Err(error) => {
            assert_eq!(gather(&codes).err(), Some(error));
        }
    }
});
