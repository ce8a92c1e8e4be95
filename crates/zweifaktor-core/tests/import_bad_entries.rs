//! One entry that does not fit its type (a number of 2⁷⁰ digits, a number where text belongs)
//! costs that entry, with its name and the reason, not the whole file: for every JSON format,
//! its fixture with one entry spoiled imports all the others.

mod common;

use common::expected::{expected, read_testdata};
use zweifaktor_core::import::{
    Importer, aegis, andotp, authy, bitwarden, duo, freeotp_plus, proton, steam, stratum,
    totp_authenticator, twofas,
};
use zweifaktor_core::secret::Password;

/// 2⁷⁰: fits no integer type of any format.
const HUGE: &str = "1180591620717411303424";

/// `folder/file` with the first `from` replaced by `to` imports every expected entry but one,
/// and lists that one as skipped under `label`, saying it cannot be read.
fn check<I: Importer>(folder: &str, file: &str, from: &str, to: &str, label: &str) {
    let original = String::from_utf8(read_testdata(folder, file)).expect("a text fixture");
    let spoiled = original.replacen(from, to, 1);
    assert_ne!(spoiled, original, "{file}: {from:?} is in the fixture");
    let want = expected(folder).files[file].entries.len();
    let password = expected(folder).files[file]
        .password
        .as_deref()
        .map(Password::from);
    let imported = I::import(spoiled.as_bytes(), password.as_ref())
        .unwrap_or_else(|e| panic!("{file}: the whole file was refused: {e}"));
    assert_eq!(imported.entries.len(), want - 1, "{file}: {imported:?}");
    // The reasons in English, as logs show them (their Display).
    let english: Vec<String> = imported
        .skipped
        .iter()
        .map(|s| s.reason.to_string())
        .collect();
    let skipped: Vec<(String, &str)> = imported
        .skipped
        .iter()
        .zip(&english)
        .map(|(s, reason)| (s.label.to_string(), reason.as_str()))
        .collect();
    assert_eq!(skipped.len(), 1, "{file}: {skipped:?}");
    assert_eq!(skipped[0].0, label, "{file}: {skipped:?}");
    assert!(
        skipped[0].1.contains("cannot be read"),
        "{file}: {skipped:?}"
    );
}

#[test]
fn aegis_digits_of_2_to_the_70_skip_one_entry() {
    check::<aegis::Importer>(
        "aegis",
        "aegis_plain.json",
        "\"digits\": 6,",
        &format!("\"digits\": {HUGE},"),
        "Deno (Mason)",
    );
}

#[test]
fn andotp_one_bad_entry_is_skipped() {
    check::<andotp::Importer>(
        "andotp",
        "andotp_plain.json",
        "\"digits\":6,",
        &format!("\"digits\":{HUGE},"),
        "Deno (Mason)",
    );
}

#[test]
fn twofas_one_bad_service_is_skipped() {
    check::<twofas::Importer>(
        "2fas",
        "2fas_authenticator_plain_v4.2fas",
        "\"digits\":6,",
        &format!("\"digits\":{HUGE},"),
        "Deno (Mason)",
    );
}

#[test]
fn stratum_one_bad_authenticator_is_skipped() {
    check::<stratum::Importer>(
        "stratum",
        "stratum_plain.json",
        "\"Digits\":6,",
        &format!("\"Digits\":{HUGE},"),
        "Deno (Mason)",
    );
}

#[test]
fn freeotp_plus_one_bad_token_is_skipped() {
    check::<freeotp_plus::Importer>(
        "freeotp-plus",
        "freeotp_plus.json",
        "\"digits\":8,",
        "\"digits\":300,",
        "WWE (Mason)",
    );
}

#[test]
fn duo_one_bad_account_is_skipped() {
    check::<duo::Importer>(
        "duo",
        "duo.json",
        "\"otpGenerator\": {",
        &format!("\"otpGenerator\": {{\"counter\": {HUGE},"),
        "Mason",
    );
}

#[test]
fn bitwarden_one_bad_item_is_skipped() {
    check::<bitwarden::Importer>(
        "bitwarden",
        "bitwarden.json",
        "\"username\": null,",
        &format!("\"username\": {HUGE},"),
        "Test 1",
    );
}

#[test]
fn proton_one_bad_entry_is_skipped() {
    check::<proton::Importer>(
        "proton-authenticator",
        "proton_authenticator.json",
        "\"entry_type\": \"Totp\",",
        "\"entry_type\": 5,",
        "Mason",
    );
}

#[test]
fn authy_one_bad_token_is_skipped() {
    check::<authy::Importer>(
        "authy",
        "authy_plain.xml",
        "&quot;digits&quot;:6,",
        &format!("&quot;digits&quot;:{HUGE},"),
        "Deno (Mason)",
    );
}

#[test]
fn totp_authenticator_one_bad_account_is_skipped() {
    check::<totp_authenticator::Importer>(
        "totp-authenticator",
        "totp_authenticator_internal.xml",
        "&quot;key&quot;:&quot;E49270F0D21F365C8408F8B475C5267C&quot;",
        "&quot;key&quot;:5",
        // The fixture's own spelling.
        "Deno (mason)",
    );
}

#[test]
fn steam_one_bad_account_is_skipped() {
    let file = r#"{"accounts":{
        "a":{"shared_secret":"THIl8+Jl6ugxr8x0X6eRMg==","account_name":"Sophia"},
        "b":{"shared_secret":5,"account_name":"Bad"}}}"#;
    let imported = steam::Importer::import(file.as_bytes(), None).expect("one account is good");
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.entries[0].account, "Sophia");
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(imported.skipped[0].label, "Steam (Bad)");
    assert!(
        imported.skipped[0]
            .reason
            .to_string()
            .contains("cannot be read")
    );
}

#[test]
fn an_entry_whose_names_cannot_be_read_either_is_named_by_its_place() {
    let vault = format!(
        r#"{{"version":1,"header":{{"slots":null,"params":null}},"db":{{"version":3,"entries":[
          {{"type":"totp","name":"Erin","issuer":"Example","info":{{"secret":"JBSWY3DPEHPK3PXP"}}}},
          {{"type":"totp","name":["not","text"],"info":{{"secret":"JBSWY3DPEHPK3PXP","digits":{HUGE}}}}}
        ]}}}}"#
    );
    let imported = aegis::Importer::import(vault.as_bytes(), None).expect("one entry is good");
    assert_eq!(imported.entries.len(), 1);
    assert_eq!(imported.skipped[0].label, "entry 2");
}
