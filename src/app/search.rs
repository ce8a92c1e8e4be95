//! Which procedures a search text finds: the main list's search field and the quick pick
//! filter the same way, so that what one finds the other finds too.

use zweifaktor_core::procedure::Procedure;

/// Whether the procedure's name, issuer or URL contains `needle` (already trimmed and in
/// lower case; empty finds everything).
fn matches(procedure: &Procedure, needle: &str) -> bool {
    needle.is_empty()
        || procedure.name.to_lowercase().contains(needle)
        || procedure
            .issuer
            .as_deref()
            .is_some_and(|i| i.to_lowercase().contains(needle))
        || procedure
            .url
            .as_deref()
            .is_some_and(|u| u.to_lowercase().contains(needle))
}

/// The procedures the search text finds, in the list's order (any case, spaces around the
/// text ignored).
pub fn search<'a>(procedures: &'a [Procedure], text: &str) -> Vec<&'a Procedure> {
    let needle = text.trim().to_lowercase();
    procedures.iter().filter(|p| matches(p, &needle)).collect()
}
