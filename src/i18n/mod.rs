//! The program's translations: its Fluent messages (`i18n/<lang>/zweifaktor.ftl`, embedded in
//! the binary) for the command line and the window, the [`fl!`](crate::fl) macro that both
//! use, and the one language choice that the core's messages follow too.
//!
//! Both front ends call [`init`] at start; the window's Options call [`choose`] to switch the
//! language while running (and remember it). The languages offered, by their own names, are
//! [`LANGUAGES`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use zweifaktor_core::config::{Config, ConfigStore};
use zweifaktor_core::i18n::language;
use zweifaktor_core::vault::storage::StorageError;

pub use zweifaktor_core::i18n::{LANGUAGES, Language};

/// The `.ftl` files of every language, compiled into the binary.
#[derive(RustEmbed)]
#[folder = "i18n"]
struct Localizations;

/// The Fluent domain: the file name of the program's messages.
const DOMAIN: &str = "zweifaktor";

static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = FluentLanguageLoader::new(DOMAIN, language::FALLBACK.id());
    zweifaktor_core::i18n::load_into(&loader, &Localizations, language::FALLBACK);
    loader
});

/// The loader [`fl!`](crate::fl) formats with.
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADER
}

/// At start: the language saved in the config, else the system's; English for one we lack.
pub fn init(config: &Config) -> &'static Language {
    apply(config.language.as_deref())
}

/// Switches the program's and the core's messages to `choice` (a code of [`LANGUAGES`];
/// `None`: the system's language) and returns the language now spoken.
pub fn apply(choice: Option<&str>) -> &'static Language {
    let language = zweifaktor_core::i18n::select(&language::requested(choice));
    zweifaktor_core::i18n::load_into(&LOADER, &Localizations, language);
    LANGUAGE_GENERATION.fetch_add(1, Ordering::Release);
    language
}

/// Counts the switches of language: a message remembered under an older count is in the
/// language before.
static LANGUAGE_GENERATION: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// The messages formatted on this thread, in the language of the generation kept beside
    /// them.
    static REMEMBERED: RefCell<Remembered> = RefCell::new(Remembered::default());
}

/// Messages as formatted before: without arguments by id, with just a `name` by id and name,
/// with just a number of `seconds` by id and number.
#[derive(Default)]
struct Remembered {
    generation: u64,
    plain: HashMap<&'static str, String>,
    named: HashMap<&'static str, HashMap<String, String>>,
    counted: HashMap<&'static str, HashMap<u64, String>>,
}

/// A message is kept for at most this many names: the names of the procedures, and a few
/// more after renames, not a growing heap.
const NAMES_KEPT: usize = 1000;

impl Remembered {
    /// This thread's messages, forgotten if the language changed since they were formatted.
    fn with<T>(use_them: impl FnOnce(&mut Remembered) -> T) -> T {
        let generation = LANGUAGE_GENERATION.load(Ordering::Acquire);
        REMEMBERED.with(|cell| {
            let mut remembered = cell.borrow_mut();
            if remembered.generation != generation {
                *remembered = Remembered {
                    generation,
                    ..Remembered::default()
                };
            }
            use_them(&mut remembered)
        })
    }
}

/// The message `id` (one without arguments) as formatted before in the current language, or
/// formatted now by `format` and kept. The window asks for the same labels every frame — a
/// row's buttons, the menus, the tray's menu — and Fluent looks each up in its bundles and
/// builds it anew each time; with 20 procedures that was a noticeable part of an idle
/// window's second. Used by [`fl!`](crate::fl).
pub fn remembered(id: &'static str, format: impl FnOnce() -> String) -> String {
    Remembered::with(|remembered| {
        if let Some(text) = remembered.plain.get(id) {
            return text.clone();
        }
        let text = format();
        remembered.plain.insert(id, text.clone());
        text
    })
}

/// [`remembered`] for a message whose only argument is `name` (a procedure's "Copy the code
/// of …", "Edit …": six of them in each row of the list, every frame).
pub fn remembered_for(id: &'static str, name: &str, format: impl FnOnce() -> String) -> String {
    Remembered::with(|remembered| {
        let texts = remembered.named.entry(id).or_default();
        match texts.get(name) {
            Some(text) => text.clone(),
            None => keep(texts, name.to_owned(), format()),
        }
    })
}

/// [`remembered`] for a message whose only argument is a number of `seconds` (each row's
/// countdown, twice a frame: the seconds left, and the widest number for the room it takes).
pub fn remembered_seconds(
    id: &'static str,
    seconds: u64,
    format: impl FnOnce() -> String,
) -> String {
    Remembered::with(|remembered| {
        let texts = remembered.counted.entry(id).or_default();
        match texts.get(&seconds) {
            Some(text) => text.clone(),
            None => keep(texts, seconds, format()),
        }
    })
}

/// Keeps `text` for `key` among a message's texts, and returns it. At most [`NAMES_KEPT`]
/// are kept (the procedures' names and a few more after renames; a countdown's seconds, or a
/// lock's, which grow one a second): a full set starts afresh, not a growing heap.
fn keep<K: std::hash::Hash + Eq>(texts: &mut HashMap<K, String>, key: K, text: String) -> String {
    if texts.len() >= NAMES_KEPT {
        texts.clear();
    }
    texts.insert(key, text.clone());
    text
}

/// The user's choice from the Options: applied at once and remembered in the config (`None`
/// goes back to following the system).
pub fn choose(
    config: &mut Config,
    store: &ConfigStore,
    choice: Option<&str>,
) -> Result<&'static Language, StorageError> {
    config.language = choice
        .and_then(language::by_code)
        .map(|l| l.code.to_owned());
    let language = apply(config.language.as_deref());
    store.save(config)?;
    Ok(language)
}

/// The language the system asks for (what "System" in the Options means), without
/// switching to it.
pub fn system_language() -> &'static Language {
    language::negotiate(&language::system())
}

/// The raw text of the program's `.ftl` file for `code` (the tests compare the languages).
pub fn source(code: &str) -> Option<String> {
    let file = Localizations::get(&format!("{code}/{DOMAIN}.ftl"))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// A message of the program's `.ftl` files in the chosen language: `fl!("cli-added", name =
/// name)`. The id and the arguments' names are checked at compile time against the English
/// file. One without arguments, or with only a `name` or only `seconds`, is formatted once per
/// language and then remembered ([`remembered`]).
#[macro_export]
macro_rules! fl {
    ($message_id:literal) => {{
        $crate::i18n::remembered($message_id, || {
            i18n_embed_fl::fl!($crate::i18n::loader(), $message_id)
        })
    }};
    ($message_id:literal, name = $name:expr $(,)?) => {{
        let name: &str = &$name;
        $crate::i18n::remembered_for($message_id, name, || {
            i18n_embed_fl::fl!($crate::i18n::loader(), $message_id, name = name)
        })
    }};
    ($message_id:literal, seconds = $seconds:expr $(,)?) => {{
        let seconds: u64 = ::std::convert::From::from($seconds);
        $crate::i18n::remembered_seconds($message_id, seconds, || {
            i18n_embed_fl::fl!($crate::i18n::loader(), $message_id, seconds = seconds)
        })
    }};
    ($message_id:literal, $($args:expr),* $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $message_id, $($args), *)
    }};
}
