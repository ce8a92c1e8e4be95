//! What egui asks of the window besides drawing (its `ViewportCommand`s): most are carried out
//! by egui-winit on the winit window (title, size, position, minimised, visible, focus,
//! content protection, cursor, IME, …); the rest need the loop, and are handled here:
//!
//! - `Close`: the window closes as with its close button (into the tray when that is on);
//! - `Minimized(true)` from a quick pick the shortcut brought out of the tray: back into the
//!   tray, where the window was (not into the taskbar, where it never was);
//! - `Screenshot`: its callback gets the frame just painted;
//! - `RequestCut`, `RequestCopy`, `RequestPaste`: the same input as Ctrl+X, Ctrl+C, Ctrl+V
//!   (paste reads the clipboard as the keyboard's paste does).
//!
//! Ignored knowingly: `CancelClose` (the loop closes without asking egui first, so there is
//! nothing to cancel) and `RequestPaintWhileHidden` (frames run whether the window is seen or
//! not; only a minimised window of no size skips them, and there is nothing to paint then).

use egui::ViewportCommand;
use egui_winit::ActionRequested;

use super::painter::SoftwarePainter;

/// The commands without `taken`, and whether `taken` was among them (`Close` is the loop's;
/// so is `Minimized(true)` when the quick pick came from the tray and goes back there).
pub fn take(commands: &[ViewportCommand], taken: &ViewportCommand) -> (Vec<ViewportCommand>, bool) {
    let found = commands.contains(taken);
    let rest = commands
        .iter()
        .filter(|command| *command != taken)
        .cloned()
        .collect();
    (rest, found)
}

/// Carries out the requests egui-winit hands back, after the frame was painted. Returns
/// whether a frame is needed for them (input was added).
pub fn carry_out(
    actions: Vec<ActionRequested>,
    input: &mut egui_winit::State,
    painter: &SoftwarePainter,
) -> bool {
    let mut needs_frame = false;
    for action in actions {
        match action {
            ActionRequested::Screenshot(callback) => {
                callback.complete(std::sync::Arc::new(painter.image()));
                // egui does not ask for a frame when the picture arrives: the app sees it in
                // the next one.
                needs_frame = true;
            }
            ActionRequested::Cut => {
                input.egui_input_mut().events.push(egui::Event::Cut);
                needs_frame = true;
            }
            ActionRequested::Copy => {
                input.egui_input_mut().events.push(egui::Event::Copy);
                needs_frame = true;
            }
            ActionRequested::Paste => {
                if let Some(text) = input.clipboard_text().filter(|text| !text.is_empty()) {
                    input.egui_input_mut().events.push(egui::Event::Paste(text));
                    needs_frame = true;
                }
            }
            // See the module's comment.
            ActionRequested::PaintWhileHidden => {}
        }
    }
    needs_frame
}
