//! `otpauth://` links (typed, pasted, scanned, in exports): reading any text, and writing what
//! was read so that reading it again gives the same account — what every export and the QR code
//! of a procedure rely on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zweifaktor_core::import::label;
use zweifaktor_core::otp::OtpWarning;
use zweifaktor_core::otp::uri::{format, parse};
use zweifaktor_core::procedure::{Procedure, ProcedureDraft};
use zweifaktor_fuzz::{NOW, check_codes, exports_read_back};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok((uri, _warnings)) = parse(text) else {
        return;
    };
    check_codes(&uri.spec, &uri.secret);

    let written = format(&uri);
    let (back, warnings) = parse(&written).expect("a link we wrote reads back");
    assert_eq!(back, uri, "round trip of {:?}", written.as_str());
    // Only a short secret may still be worth a warning: nothing we write is odd otherwise.
    assert!(
        warnings
            .iter()
            .all(|w| matches!(w, OtpWarning::ShortSecret { .. })),
        "{warnings:?} for {:?}",
        written.as_str()
    );
    assert_eq!(format(&back).as_str(), written.as_str());

    // The window's "add" with the link pasted, then its exports.
    let draft = ProcedureDraft {
        name: label(uri.issuer.as_deref(), &uri.account),
        issuer: uri.issuer.clone(),
        account: Some(uri.account.clone()),
        secret: uri.secret.clone(),
        url: None,
        otp: uri.spec,
    };
    if let Ok(procedure) = Procedure::create(draft, NOW) {
        exports_read_back(&[procedure]);
    }
});
