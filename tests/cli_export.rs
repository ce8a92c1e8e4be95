//! The `export` command through the real binary: files it writes, their permissions, and
//! backups that import into a fresh vault.

mod common;

use common::sample_procedures::*;
use common::*;
use zweifaktor_core::import::{self, Importer as _};
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::secret::Password;
use zweifaktor_core::unlock;
use zweifaktor_core::vault::UnlockedVault;
use zweifaktor_core::vault::session::SessionError;
use zweifaktor_core::vault::storage::VaultFiles;

const EXPORT_PASSWORD: &str = "Export-Passwort-1";

/// A vault with cheap key derivation holding [`every_kind`].
fn full_vault() -> TestVault {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = VaultFiles::new(dir.path().join("vault.zweifaktor"));
    let mut session =
        unlock::create(&files, &Password::from(PASSWORD), cheap_kdf(), false).expect("create");
    session
        .modify(|c| {
            c.procedures.extend(every_kind());
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
