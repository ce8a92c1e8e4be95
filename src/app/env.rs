//! What the window is given from outside: the clock, the clipboard, the config file, the
//! screen capture, the file dialogs and the autostart entry's place, injected so that tests run on a fake clock and
//! clipboard and answer the dialogs themselves.

use std::path::PathBuf;
use std::sync::Arc;

use super::clipboard::Clipboard;
use super::file_dialog::FileChooser;
use super::import::ScreenCapture;
use crate::autostart::Autostart;
use zweifaktor_core::clock::Clock;
use zweifaktor_core::config::ConfigStore;
use zweifaktor_core::vault::kdf::KdfParams;

pub struct AppEnv {
    pub clock: Arc<dyn Clock>,
    pub clipboard: Box<dyn Clipboard>,
    pub config_store: ConfigStore,
    /// `--vault PATH` or `ZWEIFAKTOR_VAULT`: skips the first-start question.
    pub vault_override: Option<PathBuf>,
    /// The key-derivation cost for new passwords (tests use a cheap one).
    pub kdf: KdfParams,
    /// Offered on first start for a new vault: the user's data folder.
    pub default_folder: Option<PathBuf>,
    /// How "Scan screen" takes its picture ([`super::import::system_screen`]; tests hold
    /// theirs back).
    pub screen_capture: ScreenCapture,
    /// How "Choose…" asks for a file or folder ([`super::file_dialog::system_file_chooser`]).
    pub file_chooser: FileChooser,
    /// Where "Start at login" puts its entry ([`crate::autostart::Autostart::system`]; tests
    /// give a folder of their own).
    pub autostart: Autostart,
}
