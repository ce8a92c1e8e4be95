//! QR codes: reading every code in a screenshot or photo ([`decode`]), drawing an account's
//! `otpauth://` URI as a PNG ([`encode`]) and telling what a scanned text holds ([`content`]).
//!
//! Everything here is bytes in, values out: reading the image file, taking the picture of the
//! screen and writing the PNG are the caller's business.

pub mod content;
pub mod decode;
pub mod encode;

pub use content::{
    ContentError, Gathered, PartialTransfer, QrContent, classify, gather, gather_so_far,
};
pub use decode::{decode_image, decode_luma};
pub use encode::{QrPixels, luma, png};

/// Why no text could be taken from an image, or no image made from a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    #[error("this file is not a PNG or JPEG image")]
    NotAnImage,
    /// The image decoder's own words, for the log; the user reads that the image is damaged.
    #[error("the image cannot be read (damaged or incomplete?): {0}")]
    Unreadable(String),
    #[error("the image is too large; images up to {max}×{max} pixels are read")]
    TooLarge { max: u32 },
    #[error(
        "No QR code found. Make sure the whole code is visible and not too small, or paste the secret instead."
    )]
    NoCode,
    #[error("the pixel buffer holds {actual} bytes, but {width}×{height} pixels need {expected}")]
    PixelCount {
        width: u32,
        height: u32,
        expected: u64,
        actual: usize,
    },
    #[error("cannot draw the QR code: {0}")]
    Encode(EncodeProblem),
}

/// Why a text could not be drawn as a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeProblem {
    #[error("a module must be 1 to {max} pixels wide, not {0}", max = encode::MAX_MODULE_PX)]
    ModuleSize(u32),
    /// The qrcode crate's reason (in practice: the text is too long for any QR code).
    #[error("{0}")]
    Code(qrcode::types::QrError),
    /// The PNG encoder's own words, for the log only: writing into memory does not fail
    /// for a reason the user could act on.
    #[error("the PNG cannot be written: {0}")]
    Png(String),
}
