//! Google Authenticator's transfer links (`otpauth-migration://offline?data=…`, Base64 of a
//! protobuf), one at a time as the QR scanner reads them, gathered part by part as the import
//! dialog does.
//!
//! The input is tried twice: as the text of a link, and as the protobuf payload inside one
//! (Base64-encoded here), so that the fuzzer also works on the message itself rather than only
//! on its Base64 text.
#![no_main]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use zweifaktor_core::import::google_migration::{
    Collected, MigrationCollector, parse_migration_uri,
};
use zweifaktor_fuzz::use_imported;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check_link(text);
    }
    let link = format!(
        "otpauth-migration://offline?data={}",
        URL_SAFE_NO_PAD.encode(data)
    );
    check_link(&link);
});

fn check_link(text: &str) {
    let Ok(batch) = parse_migration_uri(text) else {
        return;
    };
    assert!(batch.batch_index < batch.batch_size);

    let mut collector = MigrationCollector::new();
    let first = collector
        .add(batch.clone())
        .expect("the first part is always taken");
    assert_eq!(
        first,
        Collected::Added {
            received: 1,
            total: batch.batch_size
        }
    );
    // The same code scanned twice changes nothing.
    assert!(matches!(
        collector.add(batch.clone()),
        Ok(Collected::AlreadyHad { received: 1, .. })
    ));
    assert_eq!(collector.is_complete(), batch.is_complete_alone());
    let missing = collector.missing();
    assert_eq!(missing.len() as u64, u64::from(batch.batch_size) - 1);
    assert!(!missing.contains(&batch.batch_index));
    assert_eq!(collector.into_imported(), batch.imported);

    use_imported(batch.imported);
}
