//! Exports: every format read back by its importer gives the same procedures; what a format
//! cannot hold is left out and reported; the Aegis file opens with Aegis' own recipe; and the
//! `export` command writes private files, never overwrites, and warns about plain secrets.

mod common;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use common::*;
use zweifaktor::export::{self, ExportError};
use zweifaktor::import::{self, ImportError, Imported, Importer as _};
use zweifaktor::otp::{HashAlgorithm, OtpKind, OtpSpec};
use zweifaktor::procedure::{Procedure, ProcedureDraft};
use zweifaktor::secret::Password;
use zweifaktor::unlock;
use zweifaktor::vault::UnlockedVault;
use zweifaktor::vault::session::SessionError;
use zweifaktor::vault::storage::VaultFiles;

const EXPORT_PASSWORD: &str = "Export-Passwort-1";

fn totp(period: u32, algorithm: HashAlgorithm, digits: u8) -> OtpSpec {
    OtpSpec {
        kind: OtpKind::Totp { period },
        algorithm,
        digits,
    }
}

fn make(
    name: &str,
    issuer: Option<&str>,
    account: Option<&str>,
    secret_b32: &str,
    otp: OtpSpec,
) -> Procedure {
    let (secret, _) = zweifaktor::otp::parse_secret(secret_b32).expect("test secret");
    Procedure::create(
        ProcedureDraft {
            name: name.into(),
            issuer: issuer.map(str::to_owned),
            account: account.map(str::to_owned),
            secret,
            url: None,
            otp,
        },
        1_700_000_000,
    )
    .expect("valid procedure")
}

/// Every kind the vault holds: TOTP with each algorithm, 6 and 8 digits, 30 and 60 s; HOTP;
/// Steam; one without issuer or account; one whose secret was erased.
fn procedures() -> Vec<Procedure> {
    use HashAlgorithm::*;
    let mut erased = make(
        "Old VPN",
        Some("Corp"),
        Some("me"),
        "JBSWY3DPEHPK3PXP",
        OtpSpec::default(),
    );
    erased.erase_secret();
    vec![
        make(
            "GitHub (alice)",
            Some("GitHub"),
            Some("alice"),
            "4SJHB4GSD43FZBAI7C2HLRJGPQ",
            totp(30, Sha1, 6),
        ),
        make(
            "Example (bob+2fa@example.org)",
            Some("Example"),
            Some("bob+2fa@example.org"),
            "5OM4WOOGPLQEF6UGN3CPEOOLWU",
            totp(30, Sha256, 8),
        ),
        make(
            "Bank: Konto (carol)",
            Some("Bank: Konto"),
            Some("carol"),
            "7ELGJSGXNCCTV3O6LKJWYFV2RA",
            totp(30, Sha512, 6),
        ),
        make(
            "Slow (dave)",
            Some("Slow"),
            Some("dave"),
            "KUVJJOM753IHTNDSZVCNKL7GII",
            totp(60, Sha1, 8),
        ),
        make(
            "Issuu (erin)",
            Some("Issuu"),
            Some("erin"),
            "YOOMIXWS5GN6RTBPUFFWKTW5M4",
            OtpSpec {
                kind: OtpKind::Hotp { counter: 10300 },
                algorithm: Sha256,
                digits: 8,
            },
        ),
        make(
            "Steam (frank)",
            Some("Steam"),
            Some("frank"),
            "JRZCL47CMXVOQMNPZR2F7J4RGI",
            OtpSpec::steam(),
        ),
        make(
            "VPN",
            None,
            None,
            "5VAML3X35THCEBVRLV24CGBKOY",
            totp(30, Sha1, 6),
        ),
        erased,
    ]
}

/// What the user sees of a procedure in another app: issuer, account, type, parameters and
/// the secret. A procedure without an account shows its name there.
fn describe_procedure(p: &Procedure) -> String {
    describe(
        p.issuer.as_deref(),
        p.account.as_deref().unwrap_or(&p.name),
        &p.otp,
        &p.secret.to_base32(),
    )
}

fn describe_entry(e: &import::ImportedEntry) -> String {
    describe(
        e.issuer.as_deref(),
        &e.account,
        &e.otp,
        &e.secret.to_base32(),
    )
}

fn describe(issuer: Option<&str>, account: &str, otp: &OtpSpec, secret: &str) -> String {
    format!(
        "issuer={issuer:?} account={account:?} kind={:?} algorithm={:?} digits={} secret={secret}",
        otp.kind, otp.algorithm, otp.digits
    )
}

/// The procedures that have a secret, described.
fn exportable(procedures: &[Procedure]) -> Vec<String> {
    procedures
        .iter()
        .filter(|p| !p.needs_reenrollment)
        .map(describe_procedure)
        .collect()
}

fn entries(imported: &Imported) -> Vec<String> {
    imported.entries.iter().map(describe_entry).collect()
}

fn names(left_out: &[export::LeftOut]) -> Vec<&str> {
    left_out.iter().map(|l| l.name.as_str()).collect()
}

#[test]
fn the_otpauth_list_reads_back_as_the_same_procedures() {
    let all = procedures();
    let exported = export::otpauth::export(&all);
    let text = std::str::from_utf8(&exported.bytes).unwrap();
    assert_eq!(text.lines().count(), 7, "{text}");
    assert!(text.lines().all(|l| l.starts_with("otpauth://")), "{text}");
    assert_eq!(names(&exported.left_out), ["Old VPN"]);
    assert!(exported.left_out[0].reason.contains("enrolled again"));

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
    let all = procedures();
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
    let all = procedures();
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
    let all = procedures();
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
    let all = procedures();
    let exported = export::google_migration::export(&all);
    let left: Vec<(&str, &str)> = exported
        .left_out
        .iter()
        .map(|l| (l.name.as_str(), l.reason.as_str()))
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

/// A vault with cheap key derivation holding [`procedures`].
fn full_vault() -> TestVault {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = VaultFiles::new(dir.path().join("vault.zweifaktor"));
    let mut session =
        unlock::create(&files, &Password::from(PASSWORD), cheap_kdf(), false).expect("create");
    session
        .modify(|c| {
            c.procedures.extend(procedures());
            Ok::<_, SessionError>(())
        })
        .expect("save");
    TestVault { dir, files }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_export_command_writes_a_private_otpauth_file_with_a_warning_and_never_overwrites() {
    let v = full_vault();
    let file = v.dir.path().join("codes.txt");
    let file_arg = file.display().to_string();
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["export", &file_arg, "--format", "otpauth"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("unencrypted"), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Exported 7 procedures"), "{text}");
    assert!(
        text.contains("Left out 1:") && text.contains("  Old VPN: "),
        "{text}"
    );
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);
    let written = std::fs::read(&file).unwrap();
    let imported = import::otpauth_list::Importer::import(&written, None).unwrap();
    assert_eq!(entries(&imported), exportable(&procedures_in(&v)));

    // A second export to the same file is refused and leaves the file as it was.
    let out = v.run(
        &format!("{PASSWORD}\n"),
        &["export", &file_arg, "--format", "google-migration"],
    );
    assert_eq!(exit_code(&out), 1);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).unwrap(), written);
}

#[test]
fn an_unknown_export_format_is_a_usage_error_naming_the_formats() {
    let v = vault_with(&[]);
    let file = v.dir.path().join("out");
    let out = v.run(
        "",
        &["export", &file.display().to_string(), "--format", "keepass"],
    );
    assert_eq!(exit_code(&out), 2);
    assert!(
        stderr(&out).contains("zweifaktor, aegis, otpauth, google-migration"),
        "{}",
        stderr(&out)
    );
    assert!(!file.exists());
}

#[test]
fn mismatched_or_short_export_passwords_write_nothing() {
    let v = vault_with(&[("VPN", "JBSWY3DPEHPK3PXP")]);
    let file = v.dir.path().join("backup");
    let file_arg = file.display().to_string();
    for (stdin, says) in [
        (
            format!("{PASSWORD}\n{EXPORT_PASSWORD}\nanders-1234\n"),
            "differ",
        ),
        (format!("{PASSWORD}\nkurz\nkurz\n"), "at least 8"),
    ] {
        let out = v.run(&stdin, &["export", &file_arg, "--format", "aegis"]);
        assert_eq!(exit_code(&out), 1);
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
        assert!(!file.exists());
    }
}

/// The procedures of a test vault, read with its password.
fn procedures_in(v: &TestVault) -> Vec<Procedure> {
    let bytes = std::fs::read(v.path()).unwrap();
    UnlockedVault::open(&bytes, &Password::from(PASSWORD))
        .unwrap()
        .contents
        .procedures
}

#[test]
fn a_backup_exported_by_the_command_imports_into_a_fresh_vault() {
    let v = full_vault();
    let file = v.dir.path().join("backup.zweifaktor");
    let file_arg = file.display().to_string();
    let out = v.run(
        &format!("{PASSWORD}\n{EXPORT_PASSWORD}\n{EXPORT_PASSWORD}\n"),
        &["export", &file_arg, "--format", "zweifaktor"],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("unencrypted"), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Exported 8 procedures"),
        "{}",
        stdout(&out)
    );
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);

    let fresh = vault_with(&[]);
    let out = fresh.run(
        &format!("{PASSWORD}\n{EXPORT_PASSWORD}\n"),
        &["import", &file_arg],
    );
    assert_eq!(exit_code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Imported 7 procedures from the Zweifaktor backup"),
        "{text}"
    );
    assert!(
        text.contains("Skipped 1:") && text.contains("Old VPN"),
        "{text}"
    );
    let original = procedures_in(&v);
    let restored = procedures_in(&fresh);
    assert_eq!(
        restored.iter().map(describe_procedure).collect::<Vec<_>>(),
        exportable(&original)
    );
    // Named as they were (each original name is "Issuer (account)" or the bare name).
    assert_eq!(
        restored.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        original
            .iter()
            .filter(|p| !p.needs_reenrollment)
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
    );
}
