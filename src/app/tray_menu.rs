//! What the tray icon's menu holds for the app's state, apart from any tray: the procedures
//! to copy a code from while unlocked, "Unlock…" in their place while locked, then Lock, Show
//! and Quit. The desktop side (`desktop::tray*`) shows this model with the platform's tray and
//! sends back the [`TrayAction`] of the entry chosen; the app carries it out like a command.

use uuid::Uuid;

use super::command::Command;
use super::screen::Screen;
use zweifaktor_core::names;
use zweifaktor_core::procedure::Procedure;

/// A procedure's name in the menu is cut to this many characters: a menu as wide as the
/// screen helps nobody, and the start of a name tells which it is.
pub const MAX_LABEL_CHARS: usize = 60;

/// What choosing a menu entry asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    /// Copy this procedure's current code, as the window's Copy does.
    CopyCode(Uuid),
    /// Show the window on its unlock screen.
    Unlock,
    Lock,
    /// Show the window (and bring it to the front).
    Show,
    Quit,
}

impl TrayAction {
    /// The app's command for this action; `None` for those the desktop side carries out
    /// itself (showing the window, quitting).
    pub fn command(self) -> Option<Command> {
        match self {
            TrayAction::CopyCode(id) => Some(Command::CopyCode(id)),
            TrayAction::Lock => Some(Command::Lock),
            TrayAction::Unlock | TrayAction::Show | TrayAction::Quit => None,
        }
    }
}

/// One line of the menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayEntry {
    /// A line with text; greyed out (and doing nothing) without an action. The label is plain
    /// text: the tray edges escape what their platform reads as a mnemonic.
    Item {
        label: String,
        action: Option<TrayAction>,
    },
    Separator,
}

/// The whole menu, and the text of the icon's tooltip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayMenu {
    pub tooltip: String,
    pub entries: Vec<TrayEntry>,
}

/// How much of the app the tray may show.
#[derive(Clone, Copy)]
pub enum TrayState<'a> {
    /// The vault is open: its procedures, as the window shows them.
    Unlocked(&'a [Procedure]),
    /// The unlock screen is shown (after a lock, or at start).
    Locked,
    /// Anything else: the first start, a new password, the look for the vault.
    NotReady,
}

impl<'a> TrayState<'a> {
    pub fn of(screen: &'a Screen) -> Self {
        match screen {
            Screen::Procedures(s) => TrayState::Unlocked(s.procedures()),
            Screen::Unlock(_) => TrayState::Locked,
            _ => TrayState::NotReady,
        }
    }
}

fn item(label: String, action: Option<TrayAction>) -> TrayEntry {
    TrayEntry::Item { label, action }
}

/// The menu for `state`.
pub fn tray_menu(state: TrayState) -> TrayMenu {
    let mut entries = Vec::new();
    let unlocked = matches!(state, TrayState::Unlocked(_));
    match state {
        TrayState::Unlocked([]) => {
            entries.push(item(crate::fl!("win-tray-no-procedures"), None));
        }
        TrayState::Unlocked(procedures) => {
            // Read first by a screen reader: what choosing one of the names below does.
            entries.push(item(crate::fl!("win-tray-copy-heading"), None));
            for procedure in procedures {
                entries.push(procedure_entry(procedure));
            }
        }
        TrayState::Locked => {
            entries.push(item(
                crate::fl!("win-tray-unlock"),
                Some(TrayAction::Unlock),
            ));
        }
        TrayState::NotReady => {}
    }
    if !entries.is_empty() {
        entries.push(TrayEntry::Separator);
    }
    entries.push(item(
        crate::fl!("win-tray-lock"),
        unlocked.then_some(TrayAction::Lock),
    ));
    entries.push(item(crate::fl!("win-tray-show"), Some(TrayAction::Show)));
    entries.push(item(crate::fl!("win-tray-quit"), Some(TrayAction::Quit)));
    let tooltip = match state {
        TrayState::Unlocked(_) => crate::fl!("win-tray-tooltip-unlocked"),
        TrayState::Locked => crate::fl!("win-tray-tooltip-locked"),
        TrayState::NotReady => crate::fl!("win-tray-tooltip"),
    };
    TrayMenu { tooltip, entries }
}

/// A procedure by its cleaned name (no control characters or direction overrides, which a
/// tray shows as they are), shortened; greyed out while it has no secret.
fn procedure_entry(procedure: &Procedure) -> TrayEntry {
    let name = names::clean(&procedure.name);
    let name = names::shortened(&name, MAX_LABEL_CHARS).into_owned();
    if procedure.needs_reenrollment {
        item(crate::fl!("win-tray-enroll-again", name = name), None)
    } else {
        item(name, Some(TrayAction::CopyCode(procedure.id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zweifaktor_core::procedure::ProcedureDraft;
    use zweifaktor_core::secret::SecretBytes;

    fn procedure(name: &str) -> Procedure {
        Procedure::create(
            ProcedureDraft {
                name: name.into(),
                secret: SecretBytes::new(b"twelve bytes".to_vec()),
                ..ProcedureDraft::default()
            },
            0,
        )
        .unwrap()
    }

    /// The labels, with `*` before those that do something when chosen.
    fn lines(menu: &TrayMenu) -> Vec<String> {
        menu.entries
            .iter()
            .map(|entry| match entry {
                TrayEntry::Item { label, action } => {
                    format!("{}{label}", if action.is_some() { "*" } else { "" })
                }
                TrayEntry::Separator => "---".to_owned(),
            })
            .collect()
    }

    fn action_of(menu: &TrayMenu, label: &str) -> Option<TrayAction> {
        menu.entries.iter().find_map(|entry| match entry {
            TrayEntry::Item { label: l, action } if l == label => *action,
            _ => None,
        })
    }

    #[test]
    fn unlocked_the_menu_lists_each_procedure_to_copy_its_code_then_lock_show_quit() {
        crate::i18n::apply(Some("en"));
        let procedures = [procedure("VPN"), procedure("Citrix portal")];
        let menu = tray_menu(TrayState::Unlocked(&procedures));
        assert_eq!(
            lines(&menu),
            [
                "Copy the code of:",
                "*VPN",
                "*Citrix portal",
                "---",
                "*Lock",
                "*Show Zweifaktor",
                "*Quit"
            ]
        );
        assert_eq!(
            action_of(&menu, "Citrix portal"),
            Some(TrayAction::CopyCode(procedures[1].id))
        );
        assert_eq!(action_of(&menu, "Lock"), Some(TrayAction::Lock));
        assert_eq!(action_of(&menu, "Quit"), Some(TrayAction::Quit));
    }

    #[test]
    fn locked_the_procedures_give_way_to_unlock_and_lock_is_greyed_out() {
        crate::i18n::apply(Some("en"));
        let menu = tray_menu(TrayState::Locked);
        assert_eq!(
            lines(&menu),
            ["*Unlock…", "---", "Lock", "*Show Zweifaktor", "*Quit"]
        );
        assert_eq!(action_of(&menu, "Unlock…"), Some(TrayAction::Unlock));
        assert!(!menu.entries.iter().any(|entry| matches!(
            entry,
            TrayEntry::Item {
                action: Some(TrayAction::CopyCode(_)),
                ..
            }
        )));
    }

    #[test]
    fn an_empty_vault_says_so_and_before_a_vault_only_show_and_quit_work() {
        crate::i18n::apply(Some("en"));
        let menu = tray_menu(TrayState::Unlocked(&[]));
        assert_eq!(
            lines(&menu),
            [
                "No procedures yet",
                "---",
                "*Lock",
                "*Show Zweifaktor",
                "*Quit"
            ]
        );
        let menu = tray_menu(TrayState::NotReady);
        assert_eq!(lines(&menu), ["Lock", "*Show Zweifaktor", "*Quit"]);
    }

    #[test]
    fn names_are_cleaned_and_shortened_and_an_erased_procedure_cannot_be_copied() {
        crate::i18n::apply(Some("en"));
        let mut spoofed = procedure("bank");
        // As an older vault may hold it: a direction override and a line break.
        spoofed.name = "\u{202E}knab\nlogin".to_owned();
        let long = procedure(&"x".repeat(200));
        let mut erased = procedure("Mail");
        erased.erase_secret();
        let procedures = [spoofed, long, erased];
        let menu = tray_menu(TrayState::Unlocked(&procedures));
        let lines = lines(&menu);
        assert_eq!(lines[1], "*knab login");
        assert_eq!(lines[2].chars().count(), 1 + MAX_LABEL_CHARS);
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[3], "Mail (enroll again first)");
    }
}
