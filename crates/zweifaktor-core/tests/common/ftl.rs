//! Reading our Fluent files for the translation tests (the core's and the program's): each
//! message with the variables it uses, and its text to tell a translation from a copy.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// One message (or term, named with its leading "-") of a file.
#[derive(Debug)]
pub struct FtlMessage {
    /// Every variable the message reads, plural selectors included.
    pub variables: BTreeSet<String>,
    /// The variables shown in the text when every selector takes its default variant (`*[other]`):
    /// a translation whose "many" form dropped the number would say "locked for seconds".
    pub shown: BTreeSet<String>,
    /// The text with every placeable written as `{…}`: equal texts mean an untranslated copy.
    pub text: String,
}

/// The messages of a file, by id; panics (failing the test) on a syntax error or a message
/// defined twice, naming the file.
pub fn messages(file: &str, source: &str) -> BTreeMap<String, FtlMessage> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        let (id, pattern) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref()),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
            Entry::Junk { content } => panic!("{file} has a line that is no message: {content}"),
            _ => continue,
        };
        let pattern = pattern.unwrap_or_else(|| panic!("{file}: {id} has no text"));
        let mut message = FtlMessage {
            variables: BTreeSet::new(),
            shown: BTreeSet::new(),
            text: String::new(),
        };
        read_pattern(pattern, &mut message, true);
        assert!(
            messages.insert(id.clone(), message).is_none(),
            "{file}: {id} is defined twice"
        );
    }
    messages
}

/// `shown`: whether this part is shown when every selector takes its default variant.
fn read_pattern(pattern: &Pattern<&str>, into: &mut FtlMessage, shown: bool) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => into.text.push_str(value),
            PatternElement::Placeable { expression } => read_expression(expression, into, shown),
        }
    }
}

fn read_expression(expression: &Expression<&str>, into: &mut FtlMessage, shown: bool) {
    match expression {
        Expression::Select { selector, variants } => {
            read_inline(selector, into, false);
            for variant in variants {
                into.text.push('[');
                read_pattern(&variant.value, into, shown && variant.default);
                into.text.push(']');
            }
        }
        Expression::Inline(inline) => read_inline(inline, into, shown),
    }
}

fn read_inline(inline: &InlineExpression<&str>, into: &mut FtlMessage, shown: bool) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.variables.insert(id.name.to_owned());
            if shown {
                into.shown.insert(id.name.to_owned());
            }
            into.text.push_str(&format!("{{${}}}", id.name));
        }
        InlineExpression::Placeable { expression } => read_expression(expression, into, shown),
        InlineExpression::StringLiteral { value } => into.text.push_str(value),
        InlineExpression::TermReference { id, .. } => {
            into.text.push_str(&format!("{{-{}}}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                read_inline(argument, into, shown);
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            into.text.push_str(&format!("{{{}}}", id.name));
        }
        InlineExpression::NumberLiteral { value } => into.text.push_str(value),
    }
}

/// Checks a crate's translations against its English file: the same messages (none missing,
/// none left over), each using the same variables (a translation that drops `$seconds` would
/// hide a number; one that names a variable the code never passes shows it raw), and none
/// copied unchanged but those in `same_everywhere` (messages of placeables and punctuation
/// only). Returns what is wrong, one line per problem.
pub fn compare_languages(sources: &[(&str, String)], same_everywhere: &[&str]) -> Vec<String> {
    let english = sources
        .iter()
        .find(|(code, _)| *code == "en")
        .map(|(_, source)| messages("en", source))
        .expect("an English file");
    let mut problems = Vec::new();
    for (code, source) in sources.iter().filter(|(code, _)| *code != "en") {
        let translated = messages(code, source);
        for (id, message) in &english {
            let Some(other) = translated.get(id) else {
                problems.push(format!("{code}: {id} is missing"));
                continue;
            };
            if other.variables != message.variables {
                problems.push(format!(
                    "{code}: {id} uses {:?}, English {:?}",
                    other.variables, message.variables
                ));
            } else if other.shown != message.shown {
                problems.push(format!(
                    "{code}: {id} shows {:?} in its default variant, English {:?}",
                    other.shown, message.shown
                ));
            }
            if other.text == message.text && !same_everywhere.contains(&id.as_str()) {
                problems.push(format!("{code}: {id} is the English text"));
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: {id} is not in the English file"));
        }
    }
    problems
}
