//! Every importer on any file, as `zweifaktor import FILE --format F` runs it (no detection):
//! the first input byte chooses the format, the second the password (none, or one of the seed
//! files' passwords, so that encrypted seeds get past their key derivation), the rest is the
//! file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zweifaktor_core::import::{FORMATS, ImportError};
use zweifaktor_core::secret::Password;
use zweifaktor_fuzz::{PASSWORDS, use_imported};

fuzz_target!(|data: &[u8]| {
    let [format, password, file @ ..] = data else {
        return;
    };
    let format = &FORMATS[usize::from(*format) % FORMATS.len()];
    let password = PASSWORDS[usize::from(*password) % PASSWORDS.len()].map(Password::from);

    let _ = (format.detect)(file);
    let encrypted = (format.is_encrypted)(file);
    if encrypted {
        assert!(
            format.encryptable,
            "{} says a file is encrypted",
            format.identifier
        );
    }
    match (format.import)(file, password.as_ref()) {
        Ok(imported) => use_imported(imported),
        Err(ImportError::PasswordRequired) => {
            assert!(
                password.is_none(),
                "{}: a password was given",
                format.identifier
            );
            assert!(
                encrypted,
                "{}: a password is required but the file did not say so",
                format.identifier
            );
        }
        Err(_) => {}
    }
});
