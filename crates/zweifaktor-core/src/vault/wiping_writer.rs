//! A growable byte buffer for plaintext: when it outgrows its allocation, the old one is wiped
//! before it is freed. A plain `Vec` would leave a copy of everything written so far in freed
//! memory on every reallocation, where no later zeroize reaches it.

use std::io;

use zeroize::Zeroize;

pub(super) struct WipingWriter {
    buffer: Vec<u8>,
}

impl WipingWriter {
    pub fn with_capacity(capacity: usize) -> Self {
        WipingWriter {
            buffer: Vec::with_capacity(capacity),
        }
    }

    /// Makes room for `additional` more bytes, moving (and wiping the old allocation) if needed.
    pub fn reserve(&mut self, additional: usize) {
        let needed = self.buffer.len().saturating_add(additional);
        if needed <= self.buffer.capacity() {
            return;
        }
        let mut larger = Vec::with_capacity(needed.max(self.buffer.capacity().saturating_mul(2)));
        larger.extend_from_slice(&self.buffer);
        let mut old = std::mem::replace(&mut self.buffer, larger);
        old.zeroize();
    }

    pub fn len(&self) -> usize {
        self.buffer.len()
    }

    /// The bytes written; the caller takes over wiping (or encrypting) them.
    pub fn into_inner(self) -> Vec<u8> {
        self.buffer
    }
}

impl io::Write for WipingWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.reserve(bytes.len());
        // Within capacity after `reserve`: no reallocation.
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn growing_keeps_every_byte_in_order() {
        let mut writer = WipingWriter::with_capacity(4);
        for chunk in [&b"abc"[..], b"defgh", b"", b"ijklmnopqrstuvwxyz"] {
            writer.write_all(chunk).expect("in memory");
        }
        assert_eq!(writer.len(), 26);
        assert_eq!(writer.into_inner(), b"abcdefghijklmnopqrstuvwxyz");
    }
}
