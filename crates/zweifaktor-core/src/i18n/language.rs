//! Which language to speak: the ones we offer, by their own names (for the window's Options);
//! the user's choice, remembered in the config as its code; otherwise the system's languages in
//! order of preference (sys-locale: LC_ALL, LC_MESSAGES, LANG and LANGUAGE on Linux and
//! macOS' and Windows' user interface languages); English for any language we lack.

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;

/// A language of our translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The code saved in the config (`Config.language`) and the folder of its `.ftl` files.
    pub code: &'static str,
    /// Its name in itself, as a language menu lists it.
    pub own_name: &'static str,
}

impl Language {
    pub fn id(&self) -> LanguageIdentifier {
        // The codes below are plain two-letter language subtags, which always parse.
        self.code
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default())
    }
}

/// Every language we offer, in the order a menu lists them.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "de",
        own_name: "Deutsch",
    },
    Language {
        code: "en",
        own_name: "English",
    },
    Language {
        code: "nl",
        own_name: "Nederlands",
    },
    Language {
        code: "sv",
        own_name: "Svenska",
    },
];

/// English: the language of the source and of any message a translation lacks.
pub const FALLBACK: &Language = &LANGUAGES[1];

pub(super) fn fallback_id() -> LanguageIdentifier {
    FALLBACK.id()
}

/// The offered language with this code ("de", "de-AT" and "de_DE.UTF-8" all give German).
pub fn by_code(code: &str) -> Option<&'static Language> {
    let id = parse(code)?;
    LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(id.language.as_str()))
}

/// The languages to ask for: the user's choice when it is one we offer, else the system's.
pub fn requested(choice: Option<&str>) -> Vec<LanguageIdentifier> {
    match choice.and_then(by_code) {
        Some(language) => vec![language.id()],
        None => system(),
    }
}

/// The system's languages, most preferred first. On Unix, "C" or "POSIX" where the locale
/// variables are read first (as in `LC_ALL=C`) means the untranslated program, English, as for
/// every other program: what comes after it is not asked for.
pub fn system() -> Vec<LanguageIdentifier> {
    parse_all(sys_locale::get_locales().take_while(|tag| !matches!(tag.as_str(), "C" | "POSIX")))
}

pub(super) fn parse_all<S: AsRef<str>>(
    tags: impl IntoIterator<Item = S>,
) -> Vec<LanguageIdentifier> {
    tags.into_iter().filter_map(|t| parse(t.as_ref())).collect()
}

/// A language tag in BCP 47 or POSIX form ("de-DE", "de_DE.UTF-8", "sv_SE@euro").
fn parse(tag: &str) -> Option<LanguageIdentifier> {
    let bare: String = tag
        .chars()
        .take_while(|&c| c != '.' && c != '@')
        .map(|c| if c == '_' { '-' } else { c })
        .collect();
    bare.parse().ok()
}

/// The first requested language we have (by its language subtag: "de-CH" is German), else
/// English.
pub fn negotiate(requested: &[LanguageIdentifier]) -> &'static Language {
    requested
        .iter()
        .find_map(|id| LANGUAGES.iter().find(|l| l.code == id.language.as_str()))
        .unwrap_or(FALLBACK)
}

/// The language a loader holds first.
pub(super) fn of_loader(loader: &FluentLanguageLoader) -> &'static Language {
    negotiate(&[loader.current_language()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(tags: &[&str]) -> &'static str {
        negotiate(&parse_all(tags)).code
    }

    #[test]
    fn regional_and_posix_forms_pick_the_language_and_others_give_english() {
        assert_eq!(codes(&["de_DE.UTF-8"]), "de");
        assert_eq!(codes(&["de-AT"]), "de");
        assert_eq!(codes(&["nl_BE@euro"]), "nl");
        assert_eq!(codes(&["sv-FI"]), "sv");
        assert_eq!(codes(&["fr_FR.UTF-8", "sv_SE"]), "sv");
        assert_eq!(codes(&["fr_FR.UTF-8"]), "en");
        assert_eq!(codes(&["C", "POSIX"]), "en");
        assert_eq!(codes(&[]), "en");
    }

    #[test]
    fn a_choice_we_offer_wins_over_the_system_and_any_other_is_ignored() {
        assert_eq!(negotiate(&requested(Some("nl"))).code, "nl");
        assert_eq!(negotiate(&requested(Some("SV"))).code, "sv");
        assert_eq!(by_code("klingon"), None);
        assert_eq!(by_code(""), None);
        // An unknown choice (a config from a newer version) is the system's language.
        assert_eq!(requested(Some("xx")), system());
    }

    #[test]
    fn every_language_is_offered_by_its_own_name() {
        let names: Vec<_> = LANGUAGES.iter().map(|l| l.own_name).collect();
        assert_eq!(names, ["Deutsch", "English", "Nederlands", "Svenska"]);
        assert!(LANGUAGES.iter().all(|l| by_code(l.code) == Some(l)));
    }
}
