//! Secrets leaving the vault from the window: an export file, and one procedure as a QR code.
//! Both ask the master password again (an open window left alone must not hand out every
//! secret), which is a key derivation and counts as a wrong attempt like any unlock, so both
//! run as background jobs. The flows themselves are the core's, shared with the command line
//! ([`zweifaktor_core::flow::export`], [`zweifaktor_core::flow::qr`]).

pub use zweifaktor_core::export::{ExportFormat, FORMATS};
pub use zweifaktor_core::flow::export::{
    ExportFailure, ExportReport, ExportRequest, UNENCRYPTED_WARNING,
};
pub use zweifaktor_core::flow::qr::{QrFailure, ShownQr};
