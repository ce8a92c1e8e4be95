//! Opening any file as an import, as the window and `zweifaktor import FILE` do (through the
//! same flow): a PNG or JPEG is a screenshot whose QR codes are read; anything else is an
//! export whose format is recognised from the content, a password is asked only when the file
//! says it is encrypted, and the entries go to the preview.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zeroize::Zeroizing;
use zweifaktor_core::flow::import::{FileContent, FileError, QrCodes, read_content};
use zweifaktor_core::import::{FORMATS, ImportError, by_identifier};
use zweifaktor_fuzz::use_imported;

fuzz_target!(|data: &[u8]| {
    // Every format is asked (detection is meant to be cheap and total), not only until one
    // claims the file.
    for format in FORMATS {
        let _ = (format.detect)(data);
    }
    let file = match read_content(Zeroizing::new(data.to_vec()), None) {
        Ok(FileContent::Export(file)) => file,
        Ok(FileContent::Image(texts)) => {
            let mut codes = QrCodes::default();
            if codes.add_image(texts).is_ok()
                && let Ok(gathered) = codes.so_far()
            {
                use_imported(gathered.imported);
            }
            return;
        }
        Err(FileError::Format(ImportError::Empty)) => {
            assert!(data.iter().all(u8::is_ascii_whitespace));
            return;
        }
        Err(_) => return,
    };
    let format = file.format;
    assert!((format.detect)(data));
    assert!(std::ptr::eq(
        by_identifier(format.identifier).expect("listed"),
        format
    ));
    if file.needs_password() {
        assert!(
            format.encryptable,
            "{} says a file is encrypted",
            format.identifier
        );
        return;
    }
    match file.open(None) {
        Ok(imported) => use_imported(imported),
        // Nobody was asked for a password, so none may be missing.
        Err(ImportError::PasswordRequired) => {
            panic!(
                "{}: a password is required but the file did not say so",
                format.identifier
            )
        }
        Err(_) => {}
    }
});
