//! Files a save leaves behind when its process dies before the rename (a kill, a power cut): a
//! temporary copy of the vault, or the staged backup link. They hold the vault as it was, so
//! after a password change or an erase they would be a copy under the old password.
//!
//! Every temporary file of a vault is named `.<vault file name>.<6 random characters>.tmp` and is
//! only ever written under the vault's lock: whoever holds the lock knows that any such file is
//! stale, whatever its age. Older versions named them `.zweifaktor-<6>.tmp`, as the settings
//! and exports still do; of those, only ones untouched for an hour are taken for stale.

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::replace::{GENERAL_TEMP_PREFIX, TEMP_RANDOM_CHARS, TEMP_SUFFIX};

/// Age after which a `.zweifaktor-*.tmp` file is stale: no write takes that long.
const GENERAL_TEMP_STALE_AFTER: Duration = Duration::from_secs(3600);

/// The prefix of the temporary files of the vault named `vault_name`.
pub fn temp_prefix(vault_name: &OsStr) -> String {
    format!(".{}.", vault_name.to_string_lossy())
}

/// Removes the stale temporary files of the vault `vault_name` from `folder`. Only called under
/// the vault's lock. Failures are ignored: a leftover that cannot be removed now is tried again
/// at the next save.
pub fn remove_stale_temps(folder: &Path, vault_name: &OsStr) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let ours = temp_prefix(vault_name);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let stale = if is_temp_name(name, &ours) {
            true
        } else if is_temp_name(name, GENERAL_TEMP_PREFIX) {
            untouched_for(&entry, GENERAL_TEMP_STALE_AFTER)
        } else {
            false
        };
        // Only plain files: a folder or link of that name is not ours.
        if stale && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `name` is `<prefix><random characters>.tmp` as tempfile makes them for us.
fn is_temp_name(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_CHARS && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

fn untouched_for(entry: &fs::DirEntry, age: Duration) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .is_ok_and(|modified| {
            SystemTime::now()
                .duration_since(modified)
                .is_ok_and(|elapsed| elapsed >= age)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_of_our_own_pattern_are_taken_for_temporary_files() {
        let ours = temp_prefix(OsStr::new("vault.zweifaktor"));
        assert!(is_temp_name(".vault.zweifaktor.a8Xk2p.tmp", &ours));
        for other in [
            "vault.zweifaktor",
            "vault.zweifaktor.bak",
            ".vault.zweifaktor.a8Xk2.tmp",
            ".vault.zweifaktor.a8Xk2pq.tmp",
            ".vault.zweifaktor.a8-k2p.tmp",
            ".vault.zweifaktor.a8Xk2p.tmp.keep",
            ".other.zweifaktor.a8Xk2p.tmp",
        ] {
            assert!(!is_temp_name(other, &ours), "{other}");
        }
        // A vault named like another's temporary files does not make them ours.
        let short = temp_prefix(OsStr::new("v"));
        assert!(!is_temp_name(".v.tmp.a8Xk2p.tmp", &short));
        assert!(is_temp_name(".zweifaktor-Ab12Cd.tmp", GENERAL_TEMP_PREFIX));
    }
}
