//! Opening any file as an import, as the window and `zweifaktor import FILE` do: the format is
//! recognised from the content, a password is asked only when the file says it is encrypted,
//! and the entries go to the preview.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zweifaktor_core::import::{self, FORMATS, ImportError, by_identifier, detect};
use zweifaktor_fuzz::use_imported;

fuzz_target!(|data: &[u8]| {
    // Every format is asked (detection is meant to be cheap and total), not only until one
    // claims the file.
    for format in FORMATS {
        let _ = (format.detect)(data);
    }
    let format = match detect(data) {
        Ok(format) => format,
        Err(ImportError::Empty) => {
            assert!(data.iter().all(u8::is_ascii_whitespace));
            return;
        }
        Err(_) => return,
    };
    assert!((format.detect)(data));
    assert!(std::ptr::eq(
        by_identifier(format.identifier).expect("listed"),
        format
    ));
    if (format.is_encrypted)(data) {
        assert!(
            format.encryptable,
            "{} says a file is encrypted",
            format.identifier
        );
        return;
    }
    match (format.import)(data, None) {
        Ok(imported) => use_imported(imported),
        // Nobody was asked for a password, so none may be missing.
        Err(import::ImportError::PasswordRequired) => {
            panic!(
                "{}: a password is required but the file did not say so",
                format.identifier
            )
        }
        Err(_) => {}
    }
});
