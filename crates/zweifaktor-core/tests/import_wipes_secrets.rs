//! Importing a plain export leaves no copy of a secret in freed memory: every buffer that held
//! one is wiped before it goes back to the allocator (where the next allocation, a core dump or
//! a swap file could show it) — through detection, the password question and the import, as
//! every front end runs them.
//!
//! The check is an allocator that, while armed, looks into every block it frees for the
//! secret's text. It watches the whole process, so this file holds a single test.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

use common::expected::{expected, read_testdata, testdata_dir};
use zweifaktor_core::import;

const MAX_NEEDLE: usize = 128;

static ARMED: AtomicBool = AtomicBool::new(false);
static FOUND: AtomicUsize = AtomicUsize::new(0);
/// The text looked for: a secret as its file writes it.
static NEEDLE: [AtomicU8; MAX_NEEDLE] = [const { AtomicU8::new(0) }; MAX_NEEDLE];
static NEEDLE_LEN: AtomicUsize = AtomicUsize::new(0);

struct Watching;

impl Watching {
    fn holds_needle(block: &[u8]) -> bool {
        let len = NEEDLE_LEN.load(Ordering::Relaxed);
        len > 0
            && block.len() >= len
            && block.windows(len).any(|window| {
                window
                    .iter()
                    .zip(&NEEDLE)
                    .all(|(byte, wanted)| *byte == wanted.load(Ordering::Relaxed))
            })
    }
}

// SAFETY: every call is passed on to the system allocator unchanged; `dealloc` only reads the
// block it is given, which is still allocated and `layout.size()` bytes long until the call
// below returns it.
unsafe impl GlobalAlloc for Watching {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ARMED.load(Ordering::Relaxed) {
            let block = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
            if Self::holds_needle(block) {
                FOUND.fetch_add(1, Ordering::Relaxed);
            }
        }
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Watching = Watching;

/// How many freed blocks held `needle` while `work` ran.
fn unwiped_copies(needle: &str, work: impl FnOnce()) -> usize {
    assert!(needle.len() <= MAX_NEEDLE);
    for (slot, byte) in NEEDLE.iter().zip(needle.bytes()) {
        slot.store(byte, Ordering::Relaxed);
    }
    NEEDLE_LEN.store(needle.len(), Ordering::Relaxed);
    FOUND.store(0, Ordering::Relaxed);
    ARMED.store(true, Ordering::Relaxed);
    work();
    ARMED.store(false, Ordering::Relaxed);
    NEEDLE_LEN.store(0, Ordering::Relaxed);
    FOUND.load(Ordering::Relaxed)
}

#[test]
fn plain_exports_leave_no_unwiped_secret_behind() {
    let mut checked = Vec::new();
    let mut leaking = Vec::new();
    for folder in std::fs::read_dir(testdata_dir("")).expect("testdata") {
        let folder = folder
            .expect("folder")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if !testdata_dir(&folder).join("expected.json").exists() {
            continue;
        }
        for (file, want) in expected(&folder).files {
            let bytes = read_testdata(&folder, &file);
            let text = String::from_utf8_lossy(&bytes);
            // A plain file that writes a secret as the Base32 text it is known by.
            let Some(secret) = want
                .entries
                .iter()
                .map(|entry| entry.secret.trim_end_matches('='))
                .find(|secret| want.password.is_none() && text.contains(secret))
            else {
                continue;
            };
            let copies = unwiped_copies(secret, || {
                let format = import::detect(&bytes).expect("a known format");
                let _ = (format.is_encrypted)(&bytes);
                let imported = (format.import)(&bytes, None);
                assert!(imported.is_ok(), "{folder}/{file}: {imported:?}");
            });
            checked.push(format!("{folder}/{file}"));
            if copies > 0 {
                leaking.push(format!("{folder}/{file}: {copies}"));
            }
        }
    }
    assert!(checked.len() >= 15, "only {checked:?}");
    assert!(
        leaking.is_empty(),
        "freed blocks held a secret unwiped: {leaking:?}"
    );
}
