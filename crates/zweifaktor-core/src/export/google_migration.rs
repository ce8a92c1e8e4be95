//! Google Authenticator's "Transfer accounts" links: `otpauth-migration://offline?data=…`,
//! where `data` is Base64 (then percent-encoded) of a protobuf `MigrationPayload`. Google's app
//! scans them as QR codes, so a long list is split into parts of [`PER_LINK`] procedures that
//! share one random `batch_id`; the file holds one link per line, as our importer reads it.
//!
//! Google knows only TOTP and HOTP with SHA1/SHA256/SHA512, 6 or 8 digits, and no period (its
//! codes always change every 30 seconds). Anything else is left out with the reason rather than
//! exported with parameters that would give different codes.

use base64::Engine as _;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use prost::Message as _;
use zeroize::Zeroizing;

use super::{Export, LeftOut, LeftOutReason, left_out};
use crate::google_migration_proto::{MigrationPayload, OtpParameters};
use crate::otp::{DEFAULT_PERIOD, HashAlgorithm, OtpKind};
use crate::procedure::Procedure;
use crate::secret::Password;
use crate::vault::cipher::fill_random;
use crate::vault::kdf::KdfParams;

/// Procedures per link: Google's own app puts about ten in one QR code, which stays readable
/// for phone cameras even with long names.
pub const PER_LINK: usize = 10;

const SCHEME_PREFIX: &str = "otpauth-migration://offline?data=";
/// Payload format version Google writes.
const PAYLOAD_VERSION: i32 = 1;

/// The links of one transfer and what went into them.
pub struct MigrationLinks {
    /// One link per QR code; they hold the secrets and are wiped when dropped.
    pub links: Vec<Zeroizing<String>>,
    pub included: Vec<String>,
    pub left_out: Vec<LeftOut>,
}

pub struct Exporter;

impl super::Exporter for Exporter {
    const IDENTIFIER: &'static str = "google-migration";
    const LABEL: &'static str = "Google migration links (plain)";
    const DESCRIPTION: &'static str = "Google Authenticator transfer links";
    const FILE_NAME: &'static str = "google-migration-links.txt";
    const ENCRYPTED: bool = false;

    fn export(
        procedures: &[Procedure],
        _password: Option<&Password>,
        _kdf: KdfParams,
    ) -> Result<Export, super::ExportError> {
        Ok(export(procedures))
    }
}

/// The file content: every link on its own line. Draws a random batch id.
pub fn export(procedures: &[Procedure]) -> Export {
    let mut id = [0u8; 4];
    fill_random(&mut id);
    let MigrationLinks {
        links,
        included,
        left_out,
    } = links(procedures, i32::from_le_bytes(id));
    let mut bytes = Zeroizing::new(Vec::with_capacity(
        links.iter().map(|link| link.len() + 1).sum(),
    ));
    for link in &links {
        bytes.extend_from_slice(link.as_bytes());
        bytes.push(b'\n');
    }
    Export {
        bytes,
        included,
        left_out,
    }
}

/// The links for `procedures`, all carrying `batch_id`. No procedures that Google can hold
/// gives no links.
pub fn links(procedures: &[Procedure], batch_id: i32) -> MigrationLinks {
    let mut parameters = Vec::new();
    let mut included = Vec::new();
    let mut left = Vec::new();
    for procedure in procedures {
        match otp_parameters(procedure) {
            Ok(p) => {
                parameters.push(p);
                included.push(procedure.name.clone());
            }
            Err(reason) => left.push(left_out(procedure, reason)),
        }
    }
    let batch_size = parameters.len().div_ceil(PER_LINK);
    let links = parameters
        .chunks(PER_LINK)
        .enumerate()
        .map(|(index, chunk)| {
            link(&MigrationPayload {
                otp_parameters: chunk.to_vec(),
                version: PAYLOAD_VERSION,
                // Both fit easily: the vault would not open with 2^31 procedures.
                batch_size: i32::try_from(batch_size).unwrap_or(i32::MAX),
                batch_index: i32::try_from(index).unwrap_or(i32::MAX),
                batch_id,
            })
        })
        .collect();
    MigrationLinks {
        links,
        included,
        left_out: left,
    }
}

fn link(payload: &MigrationPayload) -> Zeroizing<String> {
    let encoded = Zeroizing::new(payload.encode_to_vec());
    let base64 = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(&*encoded));
    // Sized for the worst case (every byte escaped) so the buffer never reallocates.
    let mut out = Zeroizing::new(String::with_capacity(
        SCHEME_PREFIX.len() + 3 * base64.len(),
    ));
    out.push_str(SCHEME_PREFIX);
    out.extend(utf8_percent_encode(&base64, NON_ALPHANUMERIC));
    out
}

/// The procedure as Google stores it, or why Google cannot hold it.
fn otp_parameters(procedure: &Procedure) -> Result<OtpParameters, LeftOutReason> {
    if !procedure.has_secret() {
        return Err(LeftOutReason::NeedsReenrollment);
    }
    let otp = procedure.otp;
    let (otp_type, counter) = match otp.kind {
        OtpKind::Totp { period } if period == DEFAULT_PERIOD => (2, 0),
        OtpKind::Totp { period } => return Err(LeftOutReason::GooglePeriod(period)),
        OtpKind::Hotp { counter } => (
            1,
            i64::try_from(counter).map_err(|_| LeftOutReason::GoogleCounter(counter))?,
        ),
        OtpKind::Steam => return Err(LeftOutReason::GoogleSteam),
    };
    let digits = match otp.digits {
        6 => 1,
        8 => 2,
        other => return Err(LeftOutReason::GoogleDigits(other)),
    };
    let algorithm = match otp.algorithm {
        HashAlgorithm::Sha1 => 1,
        HashAlgorithm::Sha256 => 2,
        HashAlgorithm::Sha512 => 3,
    };
    let issuer = procedure.export_issuer().unwrap_or_default();
    let account = procedure.export_account();
    // Google writes the issuer before the account in the name ("Example:alice"); its app shows
    // the name alone in places, and our importer removes exactly that prefix again.
    let name = if issuer.is_empty() {
        account
    } else {
        format!("{issuer}:{account}")
    };
    Ok(OtpParameters {
        secret: procedure.secret.as_bytes().to_vec(),
        name,
        issuer,
        algorithm,
        digits,
        otp_type,
        counter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::otp::OtpSpec;
    use crate::procedure::ProcedureDraft;
    use crate::secret::SecretBytes;

    fn procedure(name: &str, otp: OtpSpec) -> Procedure {
        Procedure::create(
            ProcedureDraft {
                name: name.into(),
                secret: SecretBytes::new(vec![7; 20]),
                otp,
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn what_google_cannot_hold_is_left_out_with_the_reason() {
        let seven_digits = OtpSpec {
            digits: 7,
            ..OtpSpec::default()
        };
        let huge_counter = OtpSpec {
            kind: OtpKind::Hotp { counter: u64::MAX },
            ..OtpSpec::default()
        };
        let result = links(
            &[
                procedure("Seven", seven_digits),
                procedure("Huge", huge_counter),
                procedure("Fine", OtpSpec::default()),
            ],
            1,
        );
        assert_eq!(result.included, ["Fine"]);
        let reasons: Vec<(&str, String)> = result
            .left_out
            .iter()
            .map(|l| (l.name.as_str(), l.reason.to_string()))
            .collect();
        assert_eq!(reasons[0].0, "Seven");
        assert!(reasons[0].1.contains("6 or 8 digits, not 7"), "{reasons:?}");
        assert_eq!(reasons[1].0, "Huge");
        assert!(reasons[1].1.contains("counter"), "{reasons:?}");
    }

    #[test]
    fn a_link_holds_at_most_ten_procedures() {
        let many = |n: usize| -> Vec<Procedure> {
            (0..n)
                .map(|i| procedure(&format!("P{i}"), OtpSpec::default()))
                .collect()
        };
        assert_eq!(links(&many(PER_LINK), 1).links.len(), 1);
        assert_eq!(links(&many(PER_LINK + 1), 1).links.len(), 2);
        assert!(links(&[], 1).links.is_empty());
    }
}
