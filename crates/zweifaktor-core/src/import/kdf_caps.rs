//! What a file being imported may make us spend on deriving its key. Where a format stores its
//! own key-derivation cost (a Zweifaktor backup's Argon2id, Aegis' scrypt, andOTP's and
//! FreeOTP's PBKDF2 iterations), a hostile file could ask for gigabytes of memory or minutes of
//! work before it even comes to "wrong password". Every such cost is checked here against one
//! set of caps before anything is derived or allocated, and a refusal names the cap.
//!
//! The caps are far above what the apps write (Aegis: scrypt N = 2¹⁵, r = 8, p = 1, 32 MiB;
//! Zweifaktor: Argon2id 64 MiB × 3 passes; andOTP: at most 160 000 PBKDF2 iterations; FreeOTP:
//! 100 000), and low enough that the worst file costs a second or two on a slow laptop.
//! Formats whose cost is the app's constant (2FAS, Stratum, Authy) need no cap on the
//! parameters, only on how many derivations one file may ask for (Authy: one per entry).

/// Memory for one derivation: four times our own vault's Argon2id, eight times Aegis' scrypt.
pub const MAX_MEMORY_BYTES: u64 = 256 * 1024 * 1024;

/// Argon2id passes over that memory: RFC 9106 recommends 1 to 3; at 256 MiB, 4 passes take
/// about a second.
pub const MAX_ARGON2_PASSES: u32 = 4;

/// scrypt work, in units of one 128·r-byte block mix: `(N + 2)·r·p` (see [`scrypt`]). Eight
/// times what Aegis' own parameters cost (about 0.1 s each), summed over every slot a file
/// asks us to try.
pub const MAX_SCRYPT_WORK: u64 = 8 * ((1 << 15) + 2) * 8;

/// PBKDF2 iterations for one file, summed over every derivation it asks for. About six times
/// andOTP's largest count; one to four seconds depending on the hash and the machine.
pub const MAX_PBKDF2_ITERATIONS: u64 = 1_000_000;

use super::Reason;

fn mib(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}

/// Checks Argon2id parameters read from a file (memory in KiB, as Argon2 counts it).
pub fn argon2(memory_kib: u32, passes: u32) -> Result<(), Reason> {
    let memory = u64::from(memory_kib) * 1024;
    if memory > MAX_MEMORY_BYTES {
        return Err(Reason::KdfMemory {
            mib: mib(memory),
            max_mib: mib(MAX_MEMORY_BYTES),
        });
    }
    if passes > MAX_ARGON2_PASSES {
        return Err(Reason::KdfPasses {
            passes: u64::from(passes),
            max: u64::from(MAX_ARGON2_PASSES),
        });
    }
    Ok(())
}

/// What one scrypt derivation costs, once its parameters passed [`scrypt`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScryptCost {
    pub memory_bytes: u64,
    pub work: u64,
}

/// Checks scrypt parameters read from a file and returns what they cost.
///
/// Memory counts every buffer the scrypt crate allocates: B (128·r·p bytes, the PBKDF2 output
/// that is mixed), V (128·r·N) and the scratch block T (128·r). Counting only V let
/// N = 2, r = 1, p = 2²² through: half a gigabyte in B. Work counts the mixing (N·r·p block
/// mixes) and the PBKDF2 pass that fills B, which costs about two block mixes per 128 bytes.
pub fn scrypt(n: u64, r: u64, p: u64) -> Result<ScryptCost, Reason> {
    let memory = n
        .checked_add(p)
        .and_then(|blocks| blocks.checked_add(1))
        .and_then(|blocks| blocks.checked_mul(r))
        .and_then(|blocks| blocks.checked_mul(128));
    let work = n
        .checked_add(2)
        .and_then(|per_block| per_block.checked_mul(r))
        .and_then(|work| work.checked_mul(p));
    match (memory, work) {
        (Some(memory_bytes), Some(work))
            if memory_bytes <= MAX_MEMORY_BYTES && work <= MAX_SCRYPT_WORK =>
        {
            Ok(ScryptCost { memory_bytes, work })
        }
        (Some(memory_bytes), _) if memory_bytes <= MAX_MEMORY_BYTES => Err(Reason::ScryptWork {
            n,
            r,
            p,
            max: MAX_SCRYPT_WORK,
        }),
        _ => Err(Reason::ScryptMemory {
            n,
            r,
            p,
            max_mib: mib(MAX_MEMORY_BYTES),
        }),
    }
}

/// Checks the PBKDF2 iterations one file asks for, all its derivations together.
pub fn pbkdf2(iterations: u64) -> Result<(), Reason> {
    if iterations > MAX_PBKDF2_ITERATIONS {
        return Err(Reason::Pbkdf2Iterations {
            iterations,
            max: MAX_PBKDF2_ITERATIONS,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_apps_write_passes() {
        assert!(argon2(64 * 1024, 3).is_ok());
        let aegis = scrypt(1 << 15, 8, 1).expect("Aegis' own parameters");
        assert_eq!(aegis.memory_bytes, 128 * 8 * ((1 << 15) + 2));
        assert!(pbkdf2(160_000).is_ok());
    }

    #[test]
    fn every_refusal_names_the_cap() {
        let memory = argon2(4 * 1024 * 1024, 16).unwrap_err().to_string();
        assert!(
            memory.contains("4096 MiB") && memory.contains("256 MiB"),
            "{memory}"
        );
        let passes = argon2(64 * 1024, 16).unwrap_err().to_string();
        assert!(
            passes.contains("16") && passes.contains("at most 4"),
            "{passes}"
        );
        // The p-sized buffer alone: 128 · 2²² bytes = 512 MiB.
        let p_buffer = scrypt(2, 1, 1 << 22).unwrap_err().to_string();
        assert!(p_buffer.contains("256 MiB"), "{p_buffer}");
        // Within the memory cap but 16 times Aegis' work.
        let slow = scrypt(1 << 16, 8, 8).unwrap_err().to_string();
        assert!(slow.contains("work"), "{slow}");
        assert!(scrypt(u64::MAX, u64::MAX, u64::MAX).is_err());
        let iterations = pbkdf2(10_000_000).unwrap_err().to_string();
        assert!(iterations.contains("1000000"), "{iterations}");
    }
}
