//! The core's modules depend on each other in one direction: no two importers reach into each
//! other, import and export do not use each other, and no module climbs back to one that uses
//! it. Read from the source: every `crate::…` and `super::…` path outside comments, strings and
//! `#[cfg(test)]` items is a dependency of its file on the module it names (a parent naming its
//! own submodules — the registry, re-exports — is ownership, not a dependency).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type ModulePath = Vec<String>;
type Graph = BTreeMap<ModulePath, BTreeSet<ModulePath>>;

#[test]
fn no_module_of_the_core_depends_on_itself_through_others() {
    let graph = graph_of(&core_sources());
    assert_eq!(cycle(&graph), None, "a circle between the core's files");
}

#[test]
fn the_core_s_top_level_modules_depend_in_one_direction() {
    let graph = graph_of(&core_sources());
    let mut top = Graph::new();
    for (from, targets) in &graph {
        for to in targets {
            if let (Some(a), Some(b)) = (from.first(), to.first())
                && a != b
            {
                top.entry(vec![a.clone()])
                    .or_default()
                    .insert(vec![b.clone()]);
            }
        }
    }
    assert_eq!(cycle(&top), None, "a circle between the core's modules");
    // What the shared pieces are for: import and export each stand on their own.
    let uses = |a: &str, b: &str| top[&vec![a.to_owned()]].contains(&vec![b.to_owned()]);
    assert!(!uses("export", "import") && !uses("import", "export"));
}

#[test]
fn the_scanner_sees_the_dependencies_the_files_have() {
    let graph = graph_of(&core_sources());
    let edge = |from: &str, to: &str| {
        let split = |p: &str| p.split("::").map(str::to_owned).collect::<ModulePath>();
        graph
            .get(&split(from))
            .is_some_and(|targets| targets.contains(&split(to)))
    };
    // `use super::freeotp_token::{…}`, `use crate::google_migration_proto::{…}`, a path in an
    // expression (`super::finish_entry(…)`) and a child naming its parent's items.
    assert!(edge("import::freeotp", "import::freeotp_token"));
    assert!(edge("export::google_migration", "google_migration_proto"));
    assert!(edge("import::stratum_entry", "import"));
    assert!(edge("qr::content", "import::google_migration"));
    // The registry naming its importers is ownership, not a dependency.
    assert!(!edge("import", "import::aegis"));
}

#[test]
fn a_circle_is_found_and_test_code_and_comments_do_not_count() {
    let sources = vec![
        (
            "import/a.rs".to_owned(),
            "use super::{ImportError, b::{self, Thing as Other}};\n".to_owned(),
        ),
        (
            "import/b.rs".to_owned(),
            "// crate::import::c is only mentioned here\n\
             fn f() { let s = \"crate::import::c\"; let c = '{'; crate::import::a::g(); }\n\
             #[cfg(test)]\nmod tests { use crate::import::c::X; }\n"
                .to_owned(),
        ),
        (
            "import/c.rs".to_owned(),
            "use crate::import::b;\n".to_owned(),
        ),
        ("import/mod.rs".to_owned(), "pub mod a;\n".to_owned()),
    ];
    let graph = graph_of(&sources);
    let path = |p: &[&str]| p.iter().map(|s| (*s).to_owned()).collect::<ModulePath>();
    assert_eq!(
        graph[&path(&["import", "b"])],
        BTreeSet::from([path(&["import", "a"])]),
        "comments, strings, char literals and test modules are not dependencies"
    );
    let found = cycle(&graph).expect("a and b use each other");
    assert!(
        found.contains("import::a") && found.contains("import::b"),
        "{found}"
    );
}

/// Every `.rs` file under the core's `src/`, by its path relative to `src/`.
fn core_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ is readable") {
            let path = entry.expect("src/ is readable").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&root).expect("under src/");
                let name = relative.to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(&path).expect("a source file is UTF-8");
                files.push((name, text));
            }
        }
    }
    assert!(files.len() > 20, "the core's sources were found");
    files
}

/// `import/freeotp.rs` → `import::freeotp`; `import/mod.rs` → `import`; `lib.rs` → the crate.
fn module_of(file: &str) -> ModulePath {
    let mut parts: ModulePath = file
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts
}

fn graph_of(sources: &[(String, String)]) -> Graph {
    let modules: BTreeSet<ModulePath> = sources.iter().map(|(file, _)| module_of(file)).collect();
    let mut graph = Graph::new();
    for (file, text) in sources {
        let module = module_of(file);
        let targets = graph.entry(module.clone()).or_default();
        for path in paths_in(&code_only(text)) {
            let Some(absolute) = absolute(&module, &path) else {
                continue;
            };
            // The deepest module the path names (the rest are items in it).
            let Some(target) = (0..=absolute.len())
                .rev()
                .map(|length| absolute[..length].to_vec())
                .find(|prefix| modules.contains(prefix))
            else {
                continue;
            };
            if !target.starts_with(&module) {
                targets.insert(target);
            }
        }
    }
    graph
}

/// `crate::a::b` and `super::super::c` made absolute; other paths (external crates, a module's
/// own children) are not dependencies between files.
fn absolute(module: &[String], path: &[String]) -> Option<ModulePath> {
    let (first, rest) = path.split_first()?;
    match first.as_str() {
        "crate" => Some(rest.to_vec()),
        "super" => {
            let mut base = module.to_vec();
            base.pop()?;
            let mut rest = rest;
            while let Some((next, after)) = rest.split_first()
                && next == "super"
            {
                base.pop()?;
                rest = after;
            }
            base.extend(rest.iter().cloned());
            Some(base)
        }
        _ => None,
    }
}

/// The source without comments, string and char literals and `#[cfg(test)]` items.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        match rest {
            ['/', '/', ..] => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ['/', '*', ..] => {
                let mut depth = 0;
                while i < chars.len() {
                    match &chars[i..] {
                        ['/', '*', ..] => (depth, i) = (depth + 1, i + 2),
                        ['*', '/', ..] => (depth, i) = (depth - 1, i + 2),
                        _ => i += 1,
                    }
                    if depth == 0 {
                        break;
                    }
                }
            }
            ['r', '#' | '"', ..] | ['b', 'r', '#' | '"', ..]
                if !chars[..i]
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                // A raw string: r"…", r#"…"#, br"…".
                i += if chars[i] == 'b' { 2 } else { 1 };
                let hashes = chars[i..].iter().take_while(|c| **c == '#').count();
                if chars.get(i + hashes) != Some(&'"') {
                    out.push('r');
                    continue;
                }
                i += hashes + 1;
                while i < chars.len()
                    && !(chars[i] == '"' && chars[i + 1..].iter().take(hashes).all(|c| *c == '#'))
                {
                    i += 1;
                }
                i += 1 + hashes;
                out.push_str("\"\"");
            }
            ['"', ..] => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            ['\'', '\\', ..] => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            }
            ['\'', _, '\'', ..] => {
                i += 3;
                out.push_str("' '");
            }
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    without_test_items(&out)
}

/// Drops each item marked `#[cfg(test)]` (up to its `;` or its closing brace).
fn without_test_items(code: &str) -> String {
    const MARK: &str = "#[cfg(test)]";
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start]);
        let item = &rest[start + MARK.len()..];
        let end = match (item.find(';'), item.find('{')) {
            (Some(semicolon), Some(brace)) if semicolon < brace => semicolon + 1,
            (Some(semicolon), None) => semicolon + 1,
            (_, Some(brace)) => {
                let mut depth = 0usize;
                let mut end = item.len();
                for (offset, c) in item[brace..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = brace + offset + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (None, None) => item.len(),
        };
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Comma,
    Other,
}

fn tokens(code: &str) -> Vec<Token> {
    let chars: Vec<char> = code.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(Token::Ident(chars[start..i].iter().collect()));
            continue;
        }
        tokens.push(match (c, chars.get(i + 1)) {
            (':', Some(':')) => {
                i += 1;
                Token::PathSep
            }
            ('{', _) => Token::Open,
            ('}', _) => Token::Close,
            (',', _) => Token::Comma,
            (c, _) if c.is_whitespace() => {
                i += 1;
                continue;
            }
            _ => Token::Other,
        });
        i += 1;
    }
    tokens
}

/// Every path that starts with `crate` or `super`, with `use` groups (`a::{b, c::d}`) spread out.
fn paths_in(code: &str) -> Vec<ModulePath> {
    let tokens = tokens(code);
    let mut paths = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let starts_path = matches!(&tokens[i], Token::Ident(name) if name == "crate" || name == "super")
            && tokens.get(i + 1) == Some(&Token::PathSep)
            && (i == 0 || tokens[i - 1] != Token::PathSep);
        if starts_path {
            i = path_at(&tokens, i, Vec::new(), &mut paths);
        } else {
            i += 1;
        }
    }
    paths
}

/// Reads the path starting at `tokens[i]` below `prefix`; returns the index after it.
fn path_at(
    tokens: &[Token],
    mut i: usize,
    mut prefix: ModulePath,
    out: &mut Vec<ModulePath>,
) -> usize {
    loop {
        match tokens.get(i) {
            Some(Token::Ident(name)) => {
                if name != "self" {
                    prefix.push(name.clone());
                }
                i += 1;
            }
            Some(Token::Open) => {
                i += 1;
                while i < tokens.len() && tokens[i] != Token::Close {
                    if tokens[i] == Token::Comma {
                        i += 1;
                        continue;
                    }
                    i = path_at(tokens, i, prefix.clone(), out);
                    // `Thing as Other`: skip to the end of the item.
                    while i < tokens.len() && !matches!(tokens[i], Token::Comma | Token::Close) {
                        i += 1;
                    }
                }
                return i + 1;
            }
            _ => {
                out.push(prefix);
                return i;
            }
        }
        if tokens.get(i) == Some(&Token::PathSep) {
            i += 1;
        } else {
            out.push(prefix);
            return i;
        }
    }
}

/// One circle in `graph`, as "a -> b -> a", if there is one.
fn cycle(graph: &Graph) -> Option<String> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    fn visit(
        node: &ModulePath,
        graph: &Graph,
        states: &mut BTreeMap<ModulePath, State>,
        stack: &mut Vec<ModulePath>,
    ) -> Option<String> {
        match states.get(node) {
            Some(State::Done) => return None,
            Some(State::Open) => {
                let start = stack.iter().position(|n| n == node).unwrap_or(0);
                let names: Vec<String> = stack[start..]
                    .iter()
                    .chain(std::iter::once(node))
                    .map(|n| n.join("::"))
                    .collect();
                return Some(names.join(" -> "));
            }
            None => {}
        }
        states.insert(node.clone(), State::Open);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, states, stack) {
                return Some(found);
            }
        }
        stack.pop();
        states.insert(node.clone(), State::Done);
        None
    }
    let mut states = BTreeMap::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut states, &mut Vec::new()))
}
