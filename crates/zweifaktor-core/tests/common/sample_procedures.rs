//! Every kind of procedure the vault holds, and how a user would describe one in another app:
//! what exports must carry over.

use zweifaktor_core::import::{self, Imported};
use zweifaktor_core::otp::{HashAlgorithm, OtpKind, OtpSpec};
use zweifaktor_core::procedure::{Procedure, ProcedureDraft};

pub fn totp(period: u32, algorithm: HashAlgorithm, digits: u8) -> OtpSpec {
    OtpSpec {
        kind: OtpKind::Totp { period },
        algorithm,
        digits,
    }
}

pub fn make(
    name: &str,
    issuer: Option<&str>,
    account: Option<&str>,
    secret_b32: &str,
    otp: OtpSpec,
) -> Procedure {
    let (secret, _) = zweifaktor_core::otp::parse_secret(secret_b32).expect("test secret");
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
pub fn every_kind() -> Vec<Procedure> {
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
pub fn describe_procedure(p: &Procedure) -> String {
    describe(
        p.issuer.as_deref(),
        p.account.as_deref().unwrap_or(&p.name),
        &p.otp,
        &p.secret.to_base32(),
    )
}

pub fn describe_entry(e: &import::ImportedEntry) -> String {
    describe(
        e.issuer.as_deref(),
        &e.account,
        &e.otp,
        &e.secret.to_base32(),
    )
}

pub fn describe(issuer: Option<&str>, account: &str, otp: &OtpSpec, secret: &str) -> String {
    format!(
        "issuer={issuer:?} account={account:?} kind={:?} algorithm={:?} digits={} secret={secret}",
        otp.kind, otp.algorithm, otp.digits
    )
}

/// The procedures that have a secret, described.
pub fn exportable(procedures: &[Procedure]) -> Vec<String> {
    procedures
        .iter()
        .filter(|p| !p.needs_reenrollment)
        .map(describe_procedure)
        .collect()
}

pub fn entries(imported: &Imported) -> Vec<String> {
    imported.entries.iter().map(describe_entry).collect()
}
