//! The import fixtures in ../shared/testdata/import: each folder's `expected.json` lists every
//! entry of every file; these helpers read it and compare an import against it, field by field.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use zweifaktor_core::import::{ImportError, Imported};
use zweifaktor_core::otp::{HashAlgorithm, OtpKind};
use zweifaktor_core::secret::Password;

#[derive(Debug, Deserialize)]
pub struct ExpectedFolder {
    pub files: BTreeMap<String, ExpectedFile>,
}

#[derive(Debug, Deserialize)]
pub struct ExpectedFile {
    pub password: Option<String>,
    #[serde(default)]
    pub entries: Vec<ExpectedEntry>,
    /// Negative cases: what kind of error the file must give.
    #[serde(default)]
    pub expect_error: Option<serde_json::Value>,
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Deserialize)]
pub struct ExpectedEntry {
    pub issuer: Option<String>,
    pub name: String,
    #[serde(rename = "type")]
    pub otp_type: String,
    pub algorithm: String,
    pub digits: u8,
    pub period: Option<u32>,
    pub counter: Option<u64>,
    pub secret: String,
}

pub fn testdata_dir(folder: &str) -> PathBuf {
    super::shared_testdata().join("import").join(folder)
}

pub fn read_testdata(folder: &str, file: &str) -> Vec<u8> {
    let path = testdata_dir(folder).join(file);
    std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (is ../shared/testdata there?)", path.display()))
}

pub fn expected(folder: &str) -> ExpectedFolder {
    let bytes = read_testdata(folder, "expected.json");
    serde_json::from_slice(&bytes).expect("expected.json parses")
}

/// Asserts that `imported` holds exactly `expected`, in order, every field equal.
pub fn assert_same_entries(imported: &Imported, expected: &[ExpectedEntry], context: &str) {
    let got: Vec<String> = imported.entries.iter().map(describe_imported).collect();
    let want: Vec<String> = expected.iter().map(describe_expected).collect();
    assert_eq!(got, want, "{context}: entries differ");
}

fn describe_imported(e: &zweifaktor_core::import::ImportedEntry) -> String {
    let (otp_type, period, counter) = match e.otp.kind {
        OtpKind::Totp { period } => ("totp", Some(period), None),
        OtpKind::Hotp { counter } => ("hotp", None, Some(counter)),
        OtpKind::Steam => ("steam", Some(30), None),
    };
    let algorithm = match e.otp.algorithm {
        HashAlgorithm::Sha1 => "SHA1",
        HashAlgorithm::Sha256 => "SHA256",
        HashAlgorithm::Sha512 => "SHA512",
    };
    format!(
        "issuer={:?} name={:?} type={otp_type} algorithm={algorithm} digits={} period={period:?} counter={counter:?} secret={}",
        e.issuer.clone().unwrap_or_default(),
        e.account,
        e.otp.digits,
        e.secret.to_base32().as_str()
    )
}

fn describe_expected(e: &ExpectedEntry) -> String {
    format!(
        "issuer={:?} name={:?} type={} algorithm={} digits={} period={:?} counter={:?} secret={}",
        e.issuer.clone().unwrap_or_default(),
        e.name,
        e.otp_type,
        e.algorithm.to_uppercase(),
        e.digits,
        e.period,
        e.counter,
        e.secret.trim_end_matches('=').to_uppercase()
    )
}

/// Asserts that `detect` claims no file in any other fixture folder (and that there are enough
/// of them for that to mean something).
pub fn assert_no_other_folder_is_claimed(folder: &str, detect: fn(&[u8]) -> bool) {
    let root = testdata_dir(folder).join("..");
    let mut checked = 0;
    for other in std::fs::read_dir(&root).expect("fixture root") {
        let other = other.expect("folder entry").path();
        if !other.is_dir() || other.ends_with(folder) {
            continue;
        }
        for file in std::fs::read_dir(&other).expect("fixture folder") {
            let path = file.expect("file entry").path();
            let bytes = std::fs::read(&path).expect("fixture file");
            assert!(!detect(&bytes), "{} claims {}", folder, path.display());
            checked += 1;
        }
    }
    assert!(
        checked > 30,
        "only {checked} files found under {}",
        root.display()
    );
}

/// The signature of an importer's `import`.
pub type ImportFn = fn(&[u8], Option<&Password>) -> Result<Imported, ImportError>;

/// Imports `file` with the password expected.json gives it and asserts exactly its entries,
/// none skipped.
pub fn assert_imports_as_expected(folder: &str, file: &str, want: &ExpectedFile, import: ImportFn) {
    let bytes = read_testdata(folder, file);
    let password = want.password.as_deref().map(Password::from);
    let imported = import(&bytes, password.as_ref()).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_same_entries(&imported, &want.entries, file);
    assert!(
        imported.skipped.is_empty(),
        "{file}: {:?}",
        imported.skipped
    );
}

/// `file` is claimed by `detect` and recognised by the registry as `identifier`, and counts as
/// encrypted exactly when expected.json gives it a password.
pub fn assert_detected_as(
    folder: &str,
    file: &str,
    want: &ExpectedFile,
    identifier: &str,
    detect: fn(&[u8]) -> bool,
) {
    let bytes = read_testdata(folder, file);
    assert!(detect(&bytes), "{file}");
    let format = zweifaktor_core::import::detect(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(format.identifier, identifier, "{file}");
    assert_eq!(
        (format.is_encrypted)(&bytes),
        want.password.is_some(),
        "{file}"
    );
}

/// Neither `detect` nor `import` (without a password) takes these files of other apps,
/// `(folder, file)`; `format` names the importer in the message.
pub fn assert_not_claimed(
    files: &[(&str, &str)],
    format: &str,
    detect: fn(&[u8]) -> bool,
    import: ImportFn,
) {
    for (folder, file) in files {
        let bytes = read_testdata(folder, file);
        assert!(!detect(&bytes), "{folder}/{file}");
        assert!(
            import(&bytes, None).is_err(),
            "{folder}/{file} imported as {format}"
        );
    }
}

/// `bytes` cut at each of `cuts` gives an import error (never entries, never a panic).
pub fn assert_cuts_fail(
    bytes: &[u8],
    cuts: &[usize],
    password: Option<&Password>,
    import: ImportFn,
    context: &str,
) {
    for &cut in cuts {
        let result = import(&bytes[..cut], password);
        assert!(result.is_err(), "{context} cut at {cut}: {result:?}");
    }
}
