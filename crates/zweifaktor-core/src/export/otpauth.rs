//! A plain text list of `otpauth://` URIs, one per line: what nearly every authenticator app
//! imports (and what our own `otpauth` importer reads back). The file is unencrypted.

use zeroize::Zeroizing;

use super::{Export, LeftOutReason, left_out};
use crate::procedure::Procedure;
use crate::secret::Password;
use crate::vault::kdf::KdfParams;

pub struct Exporter;

impl super::Exporter for Exporter {
    const IDENTIFIER: &'static str = "otpauth";
    const LABEL: &'static str = "otpauth list (plain)";
    const DESCRIPTION: &'static str = "otpauth:// list";
    const FILE_NAME: &'static str = "otpauth-list.txt";
    const ENCRYPTED: bool = false;

    fn export(
        procedures: &[Procedure],
        _password: Option<&Password>,
        _kdf: KdfParams,
    ) -> Result<Export, super::ExportError> {
        Ok(export(procedures))
    }
}

/// One URI per procedure with a secret, each line ending in `\n`.
pub fn export(procedures: &[Procedure]) -> Export {
    let mut lines: Vec<Zeroizing<String>> = Vec::with_capacity(procedures.len());
    let mut included = Vec::new();
    let mut left = Vec::new();
    for procedure in procedures {
        if !procedure.has_secret() {
            left.push(left_out(procedure, LeftOutReason::NeedsReenrollment));
            continue;
        }
        lines.push(procedure.otpauth_uri());
        included.push(procedure.name.clone());
    }
    // Sized up front so that the buffer of secrets never reallocates and leaves a copy behind.
    let mut bytes = Zeroizing::new(Vec::with_capacity(
        lines.iter().map(|line| line.len() + 1).sum(),
    ));
    for line in &lines {
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
    }
    Export {
        bytes,
        included,
        left_out: left,
    }
}
