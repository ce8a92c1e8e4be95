//! Questions the window tests ask of the AccessKit tree: what is on the screen (announcements
//! left out) and how a code is spoken.

use egui::accesskit::Live;
use egui_kittest::kittest::NodeT;

/// Whether `found` holds one node on the screen (announcements left out); more than one is a
/// test asking an ambiguous question.
pub fn only_one<'a>(what: &str, found: impl Iterator<Item = egui_kittest::Node<'a>>) -> bool {
    let shown: Vec<_> = found
        .filter(|n| n.accesskit_node().live() == Live::Off)
        .collect();
    assert!(shown.len() <= 1, "{} nodes named {what:?}", shown.len());
    shown.len() == 1
}

/// A code as screen readers are to say it: digit by digit, "2 4 7 3 6 6" (as a number,
/// speech synthesisers say "two hundred forty-seven thousand…").
pub fn spoken(code: &str) -> String {
    let digits: Vec<String> = code.chars().map(String::from).collect();
    digits.join(" ")
}
