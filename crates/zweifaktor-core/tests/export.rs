//! Exports: every format read back by its importer gives the same procedures; what a format
//! cannot hold is left out and reported; the Aegis file opens with Aegis' own recipe.

mod common;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use common::sample_procedures::*;
use zweifaktor_core::export::{self, ExportError};
use zweifaktor_core::import::{self, ImportError, Importer as _};
use zweifaktor_core::otp::OtpSpec;
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::secret::Password;
use zweifaktor_core::vault::UnlockedVault;

const EXPORT_PASSWORD: &str = "Export-Passwort-1";

fn names(left_out: &[export::LeftOut]) -> Vec<&str> {
    left_out.iter().map(|l| l.name.as_str()).collect()
}

#[test]
fn the_otpauth_list_reads_back_as_the_same_procedures() {
    let all = every_kind();
    let exported = export::otpauth::export(&all);
    let text = std::str::from_utf8(&exported.bytes).unwrap();
    assert_eq!(text.lines().count(), 7, "{text}");
    assert!(text.lines().all(|l| l.starts_with("otpauth://")), "{text}");
    assert_eq!(names(&exported.left_out), ["Old VPN"]);
    assert!(
        exported.left_out[0]
            .reason
            .to_string()
            .contains("enrolled again")
    );

    assert_eq!(
        import::detect(&exported.bytes).unwrap().identifier,
        "otpauth"
    );
    let imported = import::otpauth_list::Importer::import(&exported.bytes, None).unwrap();
    assert_eq!(entries(&imported), exportable(&all));
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
}

#[test]
fn the_zweifaktor_backup_reads_back_only_with_its_password() {
    let all = every_kind();
    let password = Password::from(EXPORT_PASSWORD);
    let exported = export::backup::export(&all, &password).unwrap();
    assert!(exported.bytes.starts_with(b"ZWEIFAKT"));
    // The backup hides the names: nothing readable without the password.
    assert!(
        !exported.bytes.windows(6).any(|w| w == b"GitHub"),
        "names readable in the backup"
    );
    assert_eq!(
        import::detect(&exported.bytes).unwrap().identifier,
        "zweifaktor"
    );

    let imported =
        import::zweifaktor_backup::Importer::import(&exported.bytes, Some(&password)).unwrap();
    assert_eq!(entries(&imported), exportable(&all));
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(imported.skipped[0].label, "Old VPN");

    // The whole vault is in it, URLs and ids included: it also opens as a vault.
    let vault = UnlockedVault::open(&exported.bytes, &password).unwrap();
    assert_eq!(vault.contents.procedures, all);

    assert_eq!(
        import::zweifaktor_backup::Importer::import(
            &exported.bytes,
            Some(&Password::from("Falsches-Passwort"))
        ),
        Err(ImportError::WrongPassword)
    );
    assert_eq!(
        import::zweifaktor_backup::Importer::import(&exported.bytes, None),
        Err(ImportError::PasswordRequired)
    );
}

#[test]
fn short_export_passwords_are_refused() {
    let all = every_kind();
    let short = Password::from("kurz");
    assert!(matches!(
        export::backup::export(&all, &short),
        Err(ExportError::PasswordTooShort)
    ));
    assert!(matches!(
        export::aegis::export(&all, &short),
        Err(ExportError::PasswordTooShort)
    ));
}

#[test]
fn the_aegis_vault_reads_back_and_opens_with_aegis_own_recipe() {
    let all = every_kind();
    let password = Password::from(EXPORT_PASSWORD);
    let exported = export::aegis::export(&all, &password).unwrap();
    assert_eq!(names(&exported.left_out), ["Old VPN"]);

    assert_eq!(import::detect(&exported.bytes).unwrap().identifier, "aegis");
    let imported = import::aegis::Importer::import(&exported.bytes, Some(&password)).unwrap();
    assert_eq!(entries(&imported), exportable(&all));
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);

    // Independently of our importer: the steps of Aegis' vault documentation.
    let file: serde_json::Value = serde_json::from_slice(&exported.bytes).unwrap();
    assert_eq!(file["version"], 1);
    let slots = file["header"]["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 1);
    let slot = &slots[0];
    assert_eq!(slot["type"], 1);
    assert_eq!(
        (&slot["n"], &slot["r"], &slot["p"]),
        (&32768.into(), &8.into(), &1.into())
    );
    let hex_of = |value: &serde_json::Value| hex::decode(value.as_str().unwrap()).unwrap();
    let salt = hex_of(&slot["salt"]);
    assert_eq!(salt.len(), 32);
    let mut slot_key = [0u8; 32];
    scrypt::scrypt(
        EXPORT_PASSWORD.as_bytes(),
        &salt,
        &scrypt::Params::new(15, 8, 1).unwrap(),
        &mut slot_key,
    )
    .unwrap();
    let gcm_open = |key: &[u8], params: &serde_json::Value, ciphertext: &[u8]| -> Vec<u8> {
        let nonce: [u8; 12] = hex_of(&params["nonce"]).try_into().unwrap();
        let mut sealed = ciphertext.to_vec();
        sealed.extend(hex_of(&params["tag"]));
        let key: [u8; 32] = key.try_into().unwrap();
        Aes256Gcm::new(&key.into())
            .decrypt(&Nonce::from(nonce), sealed.as_slice())
            .expect("the tag matches")
    };
    let master_key = gcm_open(&slot_key, &slot["key_params"], &hex_of(&slot["key"]));
    assert_eq!(master_key.len(), 32);
    let db_ciphertext = base64::engine::general_purpose::STANDARD
        .decode(file["db"].as_str().unwrap())
        .unwrap();
    let db: serde_json::Value = serde_json::from_slice(&gcm_open(
        &master_key,
        &file["header"]["params"],
        &db_ciphertext,
    ))
    .unwrap();
    assert_eq!(db["version"], 3);
    assert_eq!(db["groups"], serde_json::json!([]));
    let entries = db["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 7);
    let github = &entries[0];
    assert_eq!(github["type"], "totp");
    assert_eq!(github["issuer"], "GitHub");
    assert_eq!(github["name"], "alice");
    assert_eq!(github["uuid"], all[0].id.to_string());
    assert_eq!(
        github["info"],
        serde_json::json!({"secret": "4SJHB4GSD43FZBAI7C2HLRJGPQ", "algo": "SHA1", "digits": 6, "period": 30})
    );
    let hotp = &entries[4];
    assert_eq!(hotp["type"], "hotp");
    assert_eq!(
        hotp["info"],
        serde_json::json!({"secret": "YOOMIXWS5GN6RTBPUFFWKTW5M4", "algo": "SHA256", "digits": 8, "counter": 10300})
    );
    assert_eq!(entries[5]["type"], "steam");
    assert_eq!(entries[6]["name"], "VPN");
    assert_eq!(entries[6]["issuer"], "");
}

#[test]
fn google_links_hold_what_google_can_and_report_the_rest() {
    let all = every_kind();
    let exported = export::google_migration::export(&all);
    let left: Vec<(&str, String)> = exported
        .left_out
        .iter()
        .map(|l| (l.name.as_str(), l.reason.to_string()))
        .collect();
    assert_eq!(
        names(&exported.left_out),
        ["Slow (dave)", "Steam (frank)", "Old VPN"]
    );
    assert!(left[0].1.contains("not every 60"), "{left:?}");
    assert!(left[1].1.contains("Steam"), "{left:?}");

    assert_eq!(
        import::detect(&exported.bytes).unwrap().identifier,
        "google"
    );
    let imported = import::google_migration::Importer::import(&exported.bytes, None).unwrap();
    let representable: Vec<String> = all
        .iter()
        .filter(|p| !["Slow (dave)", "Steam (frank)", "Old VPN"].contains(&p.name.as_str()))
        .map(describe_procedure)
        .collect();
    assert_eq!(entries(&imported), representable);
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
}

#[test]
fn google_links_are_split_into_parts_of_one_transfer() {
    let many: Vec<Procedure> = (0..23)
        .map(|i| {
            make(
                &format!("Service {i}"),
                Some(&format!("Service {i}")),
                Some("user"),
                "JBSWY3DPEHPK3PXP",
                OtpSpec::default(),
            )
        })
        .collect();
    let links = export::google_migration::links(&many, 4711);
    assert_eq!(links.links.len(), 3);
    assert!(links.left_out.is_empty());
    let mut collector = import::google_migration::MigrationCollector::new();
    // Scanned in any order, they make one complete transfer.
    for link in links.links.iter().rev() {
        let batch = import::google_migration::parse_migration_uri(link).unwrap();
        assert_eq!((batch.batch_id, batch.batch_size), (4711, 3));
        collector.add(batch).unwrap();
    }
    assert!(collector.is_complete());
    let accounts: Vec<String> = collector
        .into_imported()
        .entries
        .iter()
        .map(|e| e.issuer.clone().unwrap_or_default())
        .collect();
    let want: Vec<String> = (0..23).map(|i| format!("Service {i}")).collect();
    assert_eq!(accounts, want);
}
