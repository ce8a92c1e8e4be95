//! The flows the window and the command line share, so that both give the same results and
//! the same messages: exporting to a file ([`export`]), a procedure's QR code ([`qr`]), reading
//! a file to import — another app's export or an image of QR codes, with Google transfer parts
//! gathered across images ([`import`]) — and the one write both use for files that hold
//! secrets ([`new_file`]: a new file, never over an existing one).
//!
//! A flow takes what the user gave (paths, passwords already asked) and returns values and
//! errors; asking, printing and drawing stay with the front ends.

pub mod export;
pub mod import;
pub mod new_file;
pub mod qr;
