//! The core's translations: its Fluent messages (`i18n/<lang>/zweifaktor_core.ftl`, embedded in
//! the binary), the loader that holds the chosen language, and the choice of language itself
//! ([`language`]). What the messages say about the core's errors and reports is in
//! [`crate::message`]; the program has a loader of its own for its texts and selects the same
//! language in both.

pub mod language;

use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;

pub use language::{LANGUAGES, Language};

/// The `.ftl` files of every language, compiled into the binary.
#[derive(RustEmbed)]
#[folder = "i18n"]
struct Localizations;

/// The Fluent domain: the file name of the core's messages.
const DOMAIN: &str = "zweifaktor_core";

/// The core's messages in the chosen language. Until a language is selected it holds English
/// only, so that a library user who never selects still gets whole messages.
static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| new_loader(&[]));

/// The loader [`crate::message`] formats with when no other is given.
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADER
}

/// Loads the first of `requested` that we have (with English behind it for any message a
/// translation lacks) into the core's loader, and returns the language now in use.
pub fn select(requested: &[LanguageIdentifier]) -> &'static Language {
    let chosen = language::negotiate(requested);
    load(&LOADER, chosen);
    chosen
}

/// A loader of its own for one language (tests, or showing a message in a language other than
/// the chosen one); English for a language we lack.
pub fn loader_for(code: &str) -> FluentLanguageLoader {
    new_loader(&language::parse_all([code]))
}

fn new_loader(requested: &[LanguageIdentifier]) -> FluentLanguageLoader {
    let loader = FluentLanguageLoader::new(DOMAIN, language::fallback_id());
    load(&loader, language::negotiate(requested));
    loader
}

/// Loads `language` and English into `loader`, for any `domain` and its embedded files; the
/// program loads its own messages through this too.
pub fn load_into(loader: &FluentLanguageLoader, assets: &dyn I18nAssets, language: &Language) {
    let fallback = language::fallback_id();
    let ids = if language.code == fallback.language.as_str() {
        vec![fallback]
    } else {
        vec![language.id(), fallback]
    };
    // The files are compiled in and checked by the tests (every one parses, every message of
    // English exists in each); should one still fail to load, the messages fall back to their
    // ids rather than keep anyone from their codes.
    let _ = loader.load_languages(assets, &ids);
    // Terminals and egui show Unicode isolation marks around arguments as boxes or gaps.
    loader.set_use_isolating(false);
}

fn load(loader: &FluentLanguageLoader, language: &Language) {
    load_into(loader, &Localizations, language);
}

/// The language the core's loader holds now.
pub fn current() -> &'static Language {
    language::of_loader(&LOADER)
}

/// The raw text of the core's `.ftl` file for `code` (the tests compare the languages' files).
pub fn source(code: &str) -> Option<String> {
    let file = Localizations::get(&format!("{code}/{DOMAIN}.ftl"))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// The core's `fl!`: a message of the core's `.ftl` files in the chosen language, its id and
/// arguments checked at compile time against the English file.
#[allow(unused_macros)]
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $message_id)
    }};
    ($message_id:literal, $($args:expr),* $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $message_id, $($args), *)
    }};
}
#[allow(unused_imports)]
pub(crate) use fl;
