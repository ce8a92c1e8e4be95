//! Reading an export file from disk, refusing huge ones before they are read whole.

use std::io::Read;
use std::path::Path;

use super::{ImportError, MAX_IMPORT_BYTES};

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Import(#[from] ImportError),
}

pub fn read_export(path: &Path) -> Result<Vec<u8>, ReadError> {
    let io = |source| ReadError::Io {
        path: path.display().to_string(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size }.into());
    }
    // `take` guards against a file that grows while it is read.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len() as u64,
        }
        .into());
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty.into());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_200_mb_file_is_refused_by_its_size_and_an_empty_one_by_content() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.json");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(200 * 1024 * 1024).unwrap(); // sparse: costs no disk
        let err = read_export(&big).unwrap_err();
        assert!(
            matches!(err, ReadError::Import(ImportError::TooLarge { size }) if size == 200 * 1024 * 1024)
        );
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, b"  \n").unwrap();
        assert!(matches!(
            read_export(&empty),
            Err(ReadError::Import(ImportError::Empty))
        ));
        assert!(matches!(
            read_export(&dir.path().join("missing")),
            Err(ReadError::Io { .. })
        ));
    }
}
