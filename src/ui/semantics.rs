//! What screen readers are told beyond what egui's widgets say of themselves: the window's
//! name, headings, lists and their items, dialogs named by their title and modal, decorations
//! and covered screens taken out of reach, busy spinners named (the app's announcements are in
//! announcer.rs). Everything here changes only the accessibility tree (AccessKit), never what
//! is drawn; with no screen reader running egui builds no tree and these cost nothing.

use egui::accesskit::{self, Role};
use egui::{Id, Response, Ui, UiBuilder};

/// Changes the accessibility node of `id`, if there is a tree this frame.
pub fn node(ctx: &egui::Context, id: Id, change: impl FnOnce(&mut accesskit::Node)) {
    ctx.accesskit_node_builder(id, change);
}

/// The window's name (its frame, for screen readers; the title bar says the same).
pub fn name_window(ctx: &egui::Context, name: &str) {
    node(ctx, egui::accesskit_root_id(), |n| n.set_label(name));
}

/// A heading: a screen's or dialog's title (level 1), or a section's (level 2). Screen
/// readers list headings and jump between them.
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    // Wrapped: a title wider than the window (large text) must not widen the screen.
    let response = ui.add(egui::Label::new(egui::RichText::new(text).heading()).wrap());
    make_heading(ui, &response, text, 1);
    response
}

/// Marks a label already drawn as a heading of `level` (1 = title).
pub fn make_heading(ui: &Ui, response: &Response, text: &str, level: usize) {
    node(ui.ctx(), response.id, |n| {
        n.set_role(Role::Heading);
        n.set_level(level);
        n.clear_value();
        n.set_label(text);
    });
}

/// Names `id` (a list item, a dialog) by what `label` says: the name stays in one place, and
/// tests finding the control by its name find it once.
pub fn labelled_by(ctx: &egui::Context, id: Id, label: Id) {
    node(ctx, id, |n| {
        n.clear_label();
        n.push_labelled_by(label.accesskit_id());
    });
}

/// Takes the panel `ui` is drawn in out of screen readers' reach: a screen under a dialog
/// (together with the dialog's modal state: the dialog is all there is).
pub fn hide(ui: &Ui) {
    // The panel's own node, which screen readers see: hiding a container they do not see
    // (egui's inner frames) changes the tree, but AccessKit's AT-SPI adapter (0.21) tells
    // them nothing about the subtree it takes away, and Orca would keep reading it.
    let panel = ui
        .stack()
        .iter()
        .find(|frame| frame.kind().is_some_and(|kind| kind.is_panel()))
        .map_or(ui.unique_id(), |frame| frame.unique_id);
    node(ui.ctx(), panel, |n| n.set_hidden());
}

/// Gives a control a description, read after its name and role when it gets the focus: what
/// a line beside it says that the control's name leaves out. Not in a dialog for its text:
/// Orca reads a dialog's loose lines when the focus enters it, and would read them twice.
pub fn describe(response: &Response, text: &str) {
    node(&response.ctx, response.id, |n| n.set_description(text));
}

/// Takes one drawn widget out of screen readers' reach (a mark whose meaning its line says).
pub fn hide_widget(response: &Response) {
    node(&response.ctx, response.id, |n| n.set_hidden());
}

/// A list (`name` says of what); `add_items` draws its items with [`list_item`].
pub fn list<R>(ui: &mut Ui, name: &str, add_items: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope_builder(
        UiBuilder::new()
            .accessibility_role(Role::List)
            .accessibility_label(name),
        add_items,
    )
    .inner
}

/// One item of a [`list`]: `add_contents` draws it and returns the id of the label that names
/// it (with whatever else it returns).
pub fn list_item<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> (Id, R)) -> R {
    list_item_in(ui, UiBuilder::new(), add_contents)
}

/// A [`list_item`] whose controls' ids come from `ids` (unique in the window), not from the
/// items drawn before it: the same from frame to frame when only some items are drawn.
pub fn list_item_with_ids<R>(
    ui: &mut Ui,
    ids: Id,
    add_contents: impl FnOnce(&mut Ui) -> (Id, R),
) -> R {
    list_item_in(ui, UiBuilder::new().scope_id(ids), add_contents)
}

fn list_item_in<R>(
    ui: &mut Ui,
    builder: UiBuilder,
    add_contents: impl FnOnce(&mut Ui) -> (Id, R),
) -> R {
    ui.scope_builder(builder.accessibility_role(Role::ListItem), |ui| {
        let (name, inner) = add_contents(ui);
        labelled_by(ui.ctx(), ui.unique_id(), name);
        inner
    })
    .inner
}

/// A dialog's title, drawn as its heading, naming the dialog it is drawn in and making it
/// modal for screen readers (the screen behind it is hidden with [`hide`] by the screen that
/// draws it).
pub fn dialog_title(ui: &mut Ui, text: &str) -> Response {
    let title = heading(ui, text);
    name_dialog(ui, &title);
    title
}

/// Names the dialog `ui` is drawn in by `title` (a heading drawn already, such as the About
/// dialog's with the icon) and makes it modal for screen readers.
pub fn name_dialog(ui: &Ui, title: &Response) {
    let dialog = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Modal))
        .map(|frame| frame.unique_id);
    if let Some(dialog) = dialog {
        // For its scroll bar, drawn later in the frame (`dialog_title_of`).
        ui.data_mut(|d| d.insert_temp(title_of(dialog), title.id));
        node(ui.ctx(), dialog, |n| {
            n.set_role(Role::Dialog);
            n.set_modal();
            n.clear_label();
            n.push_labelled_by(title.id.accesskit_id());
        });
    }
}

/// A spinner that says what it waits for (egui's is unnamed).
pub fn spinner(ui: &mut Ui, doing: &str) -> Response {
    let spinner = ui.spinner();
    node(ui.ctx(), spinner.id, |n| {
        n.set_label(doing);
        n.set_busy();
    });
    spinner
}

/// A spinner named by the label beside it (what it waits for). The label holds the keyboard
/// focus while the control that had it is disabled for the wait: with no focus at all,
/// screen readers are told the bare window has it; this way they say what is going on.
pub fn spinner_with_label(ui: &mut Ui, doing: &str) -> Response {
    // Ids of their own, not counted from what is drawn before them: after a wrong password
    // its message is gone in the next frame, the label's counted id changed with it, and a
    // screen reader heard "Checking the password…" twice, as two labels.
    let fixed = UiBuilder::new().scope_id(Id::unique("spinner-with-label").with(doing));
    ui.scope_builder(fixed, |ui| {
        let spinner = ui.spinner();
        let label = ui.add(egui::Label::new(doing).sense(egui::Sense::focusable_noninteractive()));
        if ui.memory(|m| m.focused().is_none()) {
            label.request_focus();
        }
        labelled_by(ui.ctx(), spinner.id, label.id);
        node(ui.ctx(), spinner.id, |n| n.set_busy());
        label
    })
    .inner
}

/// Where [`name_dialog`] leaves the title's id of `dialog` for the dialog's scroll bar.
fn title_of(dialog: Id) -> Id {
    dialog.with(Id::unique("dialog-title"))
}

/// The title of the dialog `ui` is drawn in, named by [`name_dialog`] this frame or before.
pub fn dialog_title_of(ui: &Ui) -> Option<Id> {
    let dialog = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Modal))
        .map(|frame| frame.unique_id)?;
    ui.data(|d| d.get_temp(title_of(dialog)))
}

/// Names the vertical scroll bar of a scroll area (its output) by `label`, with how far it is
/// scrolled in per cent: egui's bar has no name, and a screen reader said only "scroll bar".
pub fn name_scroll_bar<R>(
    ctx: &egui::Context,
    scrolled: &egui::scroll_area::ScrollAreaOutput<R>,
    label: Id,
) {
    // egui's id for the bar of direction 1 (vertical) of the area.
    let bar = scrolled.id.with(1_usize);
    let room = (scrolled.content_size.y - scrolled.inner_rect.height()).max(0.0);
    let percent = if room > 0.0 {
        (100.0 * scrolled.state.clamped_offset().y / room).clamp(0.0, 100.0)
    } else {
        0.0
    };
    node(ctx, bar, |n| {
        // The bar's node is there only while the bar is shown.
        if n.role() != Role::ScrollBar {
            return;
        }
        n.push_labelled_by(label.accesskit_id());
        n.set_min_numeric_value(0.0);
        n.set_max_numeric_value(100.0);
        n.set_numeric_value(f64::from(percent.round()));
    });
}
