//! Sealing the vault leaves no plaintext secret in freed memory: every block the program frees
//! while it seals is searched for the secrets before it is handed back.
//!
//! Unsafe code: a global allocator is an `unsafe impl` by nature. This one only forwards to the
//! system allocator and reads blocks that are still ours (about to be freed). It lives in a test
//! binary of its own so that no other test pays for the search.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use zweifaktor_core::otp::OtpSpec;
use zweifaktor_core::procedure::Procedure;
use zweifaktor_core::secret::{Password, SecretBytes};
use zweifaktor_core::vault::UnlockedVault;
use zweifaktor_core::vault::kdf::KdfParams;

/// The secrets' text as the sealed body spells it (Base32): long and unlike anything else.
const MARKER: &[u8] = b"MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPIYTEMZUGU3DOOBZ";

static SEARCHING: AtomicBool = AtomicBool::new(false);
static FREED_WITH_SECRET: AtomicUsize = AtomicUsize::new(0);

struct SearchingAllocator;

fn search(ptr: *mut u8, size: usize) {
    if !SEARCHING.load(Ordering::Relaxed) || size < MARKER.len() {
        return;
    }
    // SAFETY: `ptr` points to a live block of `size` bytes that the program is handing back.
    // Parts of it may never have been written (spare capacity); they hold whatever the system
    // allocator left there, which is only compared here, never used.
    let block = unsafe { std::slice::from_raw_parts(ptr, size) };
    if block.windows(MARKER.len()).any(|w| w == MARKER) {
        FREED_WITH_SECRET.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: every call is forwarded to the system allocator with the caller's arguments; a block
// is read only before it is freed.
unsafe impl GlobalAlloc for SearchingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        search(ptr, layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Always move, and search the old block: the system's realloc may move it silently.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let new = unsafe { System.alloc(new_layout) };
        if !new.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: SearchingAllocator = SearchingAllocator;

/// A procedure larger than the sealer's estimate of 512 bytes each: long login URLs are common
/// (single sign-on links with their parameters).
fn procedure(index: usize) -> Procedure {
    let secret = data_encoding_decode(MARKER);
    Procedure {
        id: uuid_for(index),
        name: format!("Portal {index}"),
        issuer: Some("Landesverwaltung".into()),
        account: Some(format!("jane.doe.{index}@example.org")),
        secret: SecretBytes::new(secret),
        url: Some(format!(
            "https://sso.example.org/auth/realms/verwaltung/protocol/openid-connect/auth?client_id=portal-{index}&redirect_uri={}",
            "https%3A%2F%2Fportal.example.org%2Fcallback%3Fstate%3D".repeat(12)
        )),
        otp: OtpSpec::default(),
        created: 1_700_000_000,
        modified: 1_700_000_000,
        needs_reenrollment: false,
    }
}

fn data_encoding_decode(base32: &[u8]) -> Vec<u8> {
    let (secret, _) = zweifaktor_core::otp::parse_secret(std::str::from_utf8(base32).unwrap())
        .expect("the marker is Base32");
    secret.as_bytes().to_vec()
}

fn uuid_for(index: usize) -> uuid::Uuid {
    uuid::Uuid::from_u128(0x5a5a_0000 + index as u128)
}

#[test]
fn sealing_frees_no_block_that_holds_a_secret() {
    let cheap = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    let password = Password::from("Richtig-2026");
    let mut vault = UnlockedVault::create(&password, cheap, false).unwrap();
    vault.contents.procedures = (0..40).map(procedure).collect();

    SEARCHING.store(true, Ordering::Relaxed);
    let file = vault.seal();
    SEARCHING.store(false, Ordering::Relaxed);

    assert_eq!(
        FREED_WITH_SECRET.load(Ordering::Relaxed),
        0,
        "plaintext secrets were left in freed memory while sealing"
    );
    // The sealed file is whole: it opens with every procedure.
    let opened = UnlockedVault::open(&file, &password).unwrap();
    assert_eq!(opened.contents.procedures.len(), 40);
    let seventh = &opened.contents.procedures[7];
    assert_eq!(seventh.url, vault.contents.procedures[7].url);
    assert_eq!(seventh.secret.to_base32().as_bytes(), MARKER);
}
