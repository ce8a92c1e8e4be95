//! The system clipboard behind a trait (the real one in the app, an in-memory one in tests), and
//! the rules for what we put there: clipboard mode replaces the code when a new one appears, and
//! whatever we put there is cleared when it stops being valid, on lock and on quit — but only if
//! the clipboard still holds our code, never something the user copied since. Images are only
//! read (a screenshot of a QR code, for the import).
//!
//! Reading the clipboard asks the program that owns it (on X11 a round trip to it, bounded by
//! arboard at 4 s), so the window's reads run as jobs, each on a [`Clipboard::reader`] of its
//! own: the once-a-second look whether our code is still there, and a pasted image. Writing
//! (taking the clipboard) needs nobody else and stays in the frame; so does the check before
//! clearing, which must not let a copy made in between be cleared — and is only made while the
//! last look found our code, that is while we own the clipboard and arboard answers it locally.

use uuid::Uuid;

use crate::fl;
use zeroize::Zeroizing;

pub trait Clipboard: Send {
    fn set_text(&mut self, text: &str) -> Result<(), String>;
    fn get_text(&mut self) -> Option<String>;
    fn clear(&mut self);
    /// The image on the clipboard (what a snipping tool leaves there), or why there is none,
    /// as a sentence for the user.
    fn get_image(&mut self) -> Result<ClipboardImage, String>;
    /// Another handle on the same clipboard, for reading it on a job's thread.
    fn reader(&self) -> Box<dyn Clipboard>;
}

/// What the user hears when the clipboard holds no image.
pub fn no_image() -> String {
    fl!("win-clipboard-no-image")
}

/// An image from the clipboard: RGBA, 8 bits per channel, row by row. It may show a secret
/// (a QR code), so it is wiped when dropped and `Debug` shows only its size.
#[derive(Clone)]
pub struct ClipboardImage {
    pub width: usize,
    pub height: usize,
    pub rgba: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for ClipboardImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ClipboardImage({}×{})", self.width, self.height)
    }
}

impl ClipboardImage {
    /// The image in 8-bit grey (what the QR decoder reads): width, height, pixels. `None` when
    /// the pixel buffer does not match the size or the size does not fit.
    pub fn to_luma(&self) -> Option<(u32, u32, Zeroizing<Vec<u8>>)> {
        let width = u32::try_from(self.width).ok()?;
        let height = u32::try_from(self.height).ok()?;
        if self.width.checked_mul(self.height)?.checked_mul(4)? != self.rgba.len() {
            return None;
        }
        // ITU-R BT.601 weights in integers; alpha is ignored (snipping tools write opaque
        // images, and a transparent background is white on nearly every screen).
        let grey = self
            .rgba
            .chunks_exact(4)
            .map(|p| {
                let (r, g, b, a) = (
                    u32::from(p[0]),
                    u32::from(p[1]),
                    u32::from(p[2]),
                    u32::from(p[3]),
                );
                let y = (299 * r + 587 * g + 114 * b) / 1000;
                // Over white: transparent pixels become light.
                ((y * a + 255 * (255 - a)) / 255) as u8
            })
            .collect();
        Some((width, height, Zeroizing::new(grey)))
    }
}

/// The operating system's clipboard through arboard. Kept alive for the whole run: on X11 the
/// clipboard content is served by the process that set it.
pub struct SystemClipboard {
    inner: Option<arboard::Clipboard>,
}

impl SystemClipboard {
    pub fn new() -> Self {
        SystemClipboard {
            inner: arboard::Clipboard::new().ok(),
        }
    }

    fn inner(&mut self) -> Result<&mut arboard::Clipboard, String> {
        if self.inner.is_none() {
            self.inner = Some(arboard::Clipboard::new().map_err(|e| reason(&e))?);
        }
        self.inner.as_mut().ok_or_else(|| fl!("win-no-clipboard"))
    }
}

impl Default for SystemClipboard {
    fn default() -> Self {
        Self::new()
    }
}

impl Clipboard for SystemClipboard {
    /// Everything we put there is a code (or a secret), so it carries the desktop's "keep out
    /// of history" hints: KDE Klipper's `x-kde-passwordManagerHint` on Linux, no clipboard
    /// history and no cloud clipboard on Windows, the concealed type on macOS. Clipboard
    /// managers that honour them do not keep the code once it is gone from the clipboard.
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        let set = self.inner()?.set();
        #[cfg(all(
            unix,
            not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
        ))]
        let set = {
            use arboard::SetExtLinux;
            set.exclude_from_history()
        };
        #[cfg(windows)]
        let set = {
            use arboard::SetExtWindows;
            set.exclude_from_history().exclude_from_cloud()
        };
        #[cfg(target_os = "macos")]
        let set = {
            use arboard::SetExtApple;
            set.exclude_from_history()
        };
        set.text(text).map_err(|e| reason(&e))
    }

    fn get_text(&mut self) -> Option<String> {
        self.inner().ok()?.get_text().ok()
    }

    fn clear(&mut self) {
        if let Ok(inner) = self.inner() {
            let _ = inner.clear();
        }
    }

    fn get_image(&mut self) -> Result<ClipboardImage, String> {
        match self.inner()?.get_image() {
            Ok(image) => Ok(ClipboardImage {
                width: image.width,
                height: image.height,
                rgba: Zeroizing::new(image.bytes.into_owned()),
            }),
            Err(arboard::Error::ContentNotAvailable) => Err(no_image()),
            Err(e) => Err(fl!(
                "win-clipboard-image-unreadable-because",
                reason = reason(&e)
            )),
        }
    }

    /// arboard's handles share one connection and one owner of what we put there (on X11 the
    /// first handle's server thread), so a second one reads what the window's handle wrote.
    fn reader(&self) -> Box<dyn Clipboard> {
        Box::new(SystemClipboard::new())
    }
}

/// Why arboard could not use the clipboard, in the user's language. Its own messages are
/// English, and its `Unknown` carries the system's (X11, Wayland, Windows) words: those say
/// nothing an office user could act on, so they get the general sentence.
fn reason(error: &arboard::Error) -> String {
    match error {
        arboard::Error::ContentNotAvailable => fl!("win-clipboard-reason-empty"),
        arboard::Error::ClipboardNotSupported => fl!("win-clipboard-reason-not-supported"),
        arboard::Error::ClipboardOccupied => fl!("win-clipboard-reason-occupied"),
        arboard::Error::ConversionFailure => fl!("win-clipboard-reason-conversion"),
        _ => fl!("win-clipboard-reason-unknown"),
    }
}

/// A clipboard in memory, shared between a test and the app it drives.
#[derive(Clone, Default)]
pub struct MemoryClipboard(std::sync::Arc<std::sync::Mutex<MemoryContent>>);

/// A clipboard holds text or an image, as the system's does.
#[derive(Default)]
enum MemoryContent {
    #[default]
    Empty,
    Text(String),
    Image(ClipboardImage),
}

impl MemoryClipboard {
    pub fn contents(&self) -> Option<String> {
        match self.0.lock().as_deref() {
            Ok(MemoryContent::Text(text)) => Some(text.clone()),
            _ => None,
        }
    }

    /// What the user copying something else would do.
    pub fn put(&self, text: &str) {
        self.replace(MemoryContent::Text(text.to_owned()));
    }

    /// What a snipping tool does: an image replaces whatever was there.
    pub fn put_image(&self, image: ClipboardImage) {
        self.replace(MemoryContent::Image(image));
    }

    fn replace(&self, content: MemoryContent) {
        if let Ok(mut c) = self.0.lock() {
            *c = content;
        }
    }
}

impl Clipboard for MemoryClipboard {
    fn set_text(&mut self, text: &str) -> Result<(), String> {
        self.put(text);
        Ok(())
    }

    fn get_text(&mut self) -> Option<String> {
        self.contents()
    }

    fn clear(&mut self) {
        self.replace(MemoryContent::Empty);
    }

    fn get_image(&mut self) -> Result<ClipboardImage, String> {
        match self.0.lock().as_deref() {
            Ok(MemoryContent::Image(image)) => Ok(image.clone()),
            _ => Err(no_image()),
        }
    }

    fn reader(&self) -> Box<dyn Clipboard> {
        Box::new(self.clone())
    }
}

/// A code we put on the clipboard, and until when it stays there.
struct Placed {
    code: Zeroizing<String>,
    clear_at: u64,
}

/// What we have put on the clipboard.
#[derive(Default)]
pub struct ClipboardKeeper {
    placed: Option<Placed>,
    /// Counts the codes placed, so that a look started before the last one was placed is not
    /// taken for a look at it.
    placed_number: u64,
    /// The procedure in clipboard mode, if any.
    mode: Option<Uuid>,
    /// Whether the clipboard still held our code when last looked at, and when that was:
    /// asking the clipboard's owner is a round trip to another program, so at most once a
    /// second, not every frame, and in a job.
    still_there: bool,
    looked_at: u64,
    looking: bool,
}

/// A look at the clipboard to run as a job: whether it still holds `code`.
pub struct Look {
    pub placed: u64,
    pub code: Zeroizing<String>,
}

impl Look {
    /// On the job's thread, with a reader of its own.
    pub fn still_ours(&self, reader: &mut dyn Clipboard) -> bool {
        let text = reader.get_text().map(Zeroizing::new);
        text.as_deref().map(String::as_str) == Some(self.code.as_str())
    }
}

impl ClipboardKeeper {
    /// The procedure whose code is kept on the clipboard.
    pub fn mode(&self) -> Option<Uuid> {
        self.mode
    }

    pub fn set_mode(&mut self, procedure: Option<Uuid>) {
        self.mode = procedure;
    }

    /// The code we put there last, while it is there.
    pub fn current(&self) -> Option<&str> {
        self.placed.as_ref().map(|p| p.code.as_str())
    }

    /// Puts `code` on the clipboard until `clear_at` (Unix seconds).
    pub fn place(
        &mut self,
        clipboard: &mut dyn Clipboard,
        code: &str,
        clear_at: u64,
    ) -> Result<(), String> {
        clipboard.set_text(code)?;
        self.placed = Some(Placed {
            code: Zeroizing::new(code.to_owned()),
            clear_at,
        });
        self.placed_number += 1;
        self.still_there = true;
        Ok(())
    }

    /// Our code, if the clipboard held it when last looked at: for the status line.
    pub fn shown(&self) -> Option<&str> {
        if self.still_there {
            self.current()
        } else {
            None
        }
    }

    /// The look due in second `now`, if any: once a second while our code was there at the
    /// last look, and one at a time.
    pub fn look_due(&mut self, now: u64) -> Option<Look> {
        if self.looking || now == self.looked_at || !self.still_there {
            return None;
        }
        let placed = self.placed.as_ref()?;
        self.looked_at = now;
        self.looking = true;
        Some(Look {
            placed: self.placed_number,
            code: placed.code.clone(),
        })
    }

    /// What a look found.
    pub fn looked(&mut self, placed: u64, still_ours: bool) {
        self.looking = false;
        if placed == self.placed_number && self.placed.is_some() {
            self.still_there = still_ours;
        }
    }

    /// Clears what we placed once its time is up. Returns whether anything changed.
    pub fn expire(&mut self, clipboard: &mut dyn Clipboard, now: u64) -> bool {
        match &self.placed {
            Some(placed) if now >= placed.clear_at => {
                self.clear(clipboard);
                true
            }
            _ => false,
        }
    }

    /// Clears our code from the clipboard if it is still there (lock, quit), and forgets it.
    /// When the last look found something else there, the user copied over it: nothing to
    /// clear, and nobody to ask.
    pub fn clear(&mut self, clipboard: &mut dyn Clipboard) {
        if let Some(placed) = self.placed.take()
            && self.still_there
            && clipboard.get_text().as_deref() == Some(placed.code.as_str())
        {
            clipboard.clear();
        }
        self.still_there = false;
    }

    /// Ends clipboard mode and clears our code.
    pub fn stop(&mut self, clipboard: &mut dyn Clipboard) {
        self.mode = None;
        self.clear(clipboard);
    }

    /// When the user copied something else over our code, we no longer own the clipboard.
    pub fn still_ours(&self, clipboard: &mut dyn Clipboard) -> bool {
        match &self.placed {
            Some(placed) => clipboard.get_text().as_deref() == Some(placed.code.as_str()),
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_code_is_cleared_when_it_expires_but_never_the_users_own_copy() {
        let mut clipboard = MemoryClipboard::default();
        let mut keeper = ClipboardKeeper::default();
        keeper.place(&mut clipboard, "752540", 1030).unwrap();
        assert!(!keeper.expire(&mut clipboard, 1029));
        assert_eq!(clipboard.contents().as_deref(), Some("752540"));
        assert!(keeper.expire(&mut clipboard, 1030));
        assert_eq!(clipboard.contents(), None);

        keeper.place(&mut clipboard, "111111", 2000).unwrap();
        clipboard.put("the user's own text");
        assert!(!keeper.still_ours(&mut clipboard));
        keeper.clear(&mut clipboard);
        assert_eq!(clipboard.contents().as_deref(), Some("the user's own text"));
        assert_eq!(keeper.current(), None);
    }

    #[test]
    fn a_look_says_whether_our_code_is_still_there_and_a_stale_look_is_ignored() {
        let mut clipboard = MemoryClipboard::default();
        let mut keeper = ClipboardKeeper::default();
        assert!(keeper.look_due(1000).is_none(), "nothing placed: no look");
        keeper.place(&mut clipboard, "752540", 1030).unwrap();
        assert_eq!(keeper.shown(), Some("752540"));
        let look = keeper.look_due(1001).expect("a look this second");
        assert!(keeper.look_due(1002).is_none(), "one look at a time");
        clipboard.put("the user's own text");
        let mut reader = clipboard.reader();
        let found = look.still_ours(&mut *reader);
        assert!(!found);
        keeper.looked(look.placed, found);
        assert_eq!(keeper.shown(), None, "the status line stops showing it");
        assert!(keeper.look_due(1003).is_none(), "gone: nobody to ask");

        keeper.place(&mut clipboard, "111111", 1060).unwrap();
        let stale = keeper.look_due(1004).unwrap();
        keeper.place(&mut clipboard, "222222", 1060).unwrap();
        keeper.looked(stale.placed, false);
        assert_eq!(keeper.shown(), Some("222222"), "a look at an older code");
    }

    /// Each of arboard's errors gets a sentence of its own from our translations, never
    /// arboard's English (nor, for `Unknown`, the system's).
    #[test]
    fn arboard_s_errors_are_said_in_our_words() {
        let errors = [
            arboard::Error::ContentNotAvailable,
            arboard::Error::ClipboardNotSupported,
            arboard::Error::ClipboardOccupied,
            arboard::Error::ConversionFailure,
            arboard::Error::Unknown {
                description: "X11 server connection timed out".into(),
            },
        ];
        let texts: Vec<String> = errors.iter().map(reason).collect();
        for (error, text) in errors.iter().zip(&texts) {
            assert!(!text.is_empty() && !text.contains('{'), "{error:?}: {text}");
            assert!(!text.contains(&error.to_string()), "{error:?}: {text}");
            assert!(!text.contains("X11 server"), "{text}");
        }
        let mut unique = texts.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), texts.len(), "{texts:?}");
    }
}
