//! The source's own shape: which of Souk's modules import which, read from `core/src/` and
//! `src/` as text (`use` lines and `crate::`/`super::` paths, tests left out). Two checks:
//! - the core never imports the window (`ui`) or the command line (`cli`);
//! - no import cycle between the core's modules. `KNOT` below listed the cycles that were
//!   left, arrow by arrow; since errors are owned by their domains and the shared pieces
//!   moved down (#17) it is empty: an arrow that closes a cycle fails the test, and so
//!   would one still listed after it left, so the list only ever shrinks.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The arrows that close cycles between the core's modules today (`from -> to`): none.
const KNOT: &[&str] = &[];

/// Every `.rs` file under `dir`, with its module path (`src/a/b.rs` and `src/a/b/mod.rs`
/// are `a::b`; `lib.rs` is the crate).
fn modules(dir: &Path, path: &[String], out: &mut Vec<(Vec<String>, PathBuf)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let file = entry.unwrap().path();
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let mut here = path.to_vec();
        if file.is_dir() {
            here.push(name);
            modules(&file, &here, out);
        } else if file.extension().is_some_and(|e| e == "rs") {
            if !matches!(name.as_str(), "mod" | "lib" | "main") {
                here.push(name);
            }
            out.push((here, file));
        }
    }
}

/// The code of a file without its tests and comments.
fn code(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let text = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a::{b, c::{d, self}}` as `a::b`, `a::c::d`, `a::c`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.to_owned()];
    };
    let prefix = tree[..open].trim_end_matches("::");
    // A message's text that says "use --printer" is read as a tree too: its braces may
    // close before they open.
    let close = tree.rfind('}').filter(|c| *c > open).unwrap_or(tree.len());
    let inner = &tree[open + 1..close];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    let mut out = Vec::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        for sub in expand(part) {
            match sub.as_str() {
                "self" => out.push(prefix.to_owned()),
                _ => out.push(format!("{prefix}::{sub}")),
            }
        }
    }
    out
}

/// The paths a file names: its `use` trees and the `crate::`/`super::` paths in its code.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        let tree: String = rest[..end].chars().filter(|c| !c.is_whitespace()).collect();
        out.extend(expand(&tree));
    }
    for root in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(root) {
            let before = rest[..at].chars().next_back();
            let path: String = rest[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            rest = &rest[at + root.len()..];
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                out.push(path.trim_end_matches(':').to_owned());
            }
        }
    }
    out
}

/// The top-level module each file imports from, per top-level module.
fn arrows() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    // The core crate and the program over it, read as one tree (`souk::x` is `souk_core::x`).
    for src in [root.join("core/src"), root.join("src")] {
        modules(&src, &[], &mut files);
    }
    let known: BTreeSet<&Vec<String>> = files.iter().map(|(m, _)| m).collect();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &files {
        let Some(from) = module.first() else { continue };
        for path in paths(&code(file)) {
            let mut segments: Vec<&str> = path.split("::").collect();
            let mut target: Vec<String> = match segments.first() {
                Some(&"crate") => Vec::new(),
                Some(&"super") => {
                    let mut base = module.clone();
                    while segments.first() == Some(&"super") {
                        base.pop();
                        segments.remove(0);
                    }
                    segments.insert(0, "");
                    base
                }
                _ => continue,
            };
            target.extend(segments[1..].iter().map(|s| (*s).to_owned()));
            if matches!(target.first().map(String::as_str), Some("Error" | "Result")) {
                target = vec!["error".to_owned()];
            }
            let Some(to) = (1..=target.len())
                .rev()
                .find(|k| known.contains(&target[..*k].to_vec()))
                .map(|_| target[0].clone())
            else {
                continue;
            };
            if &to != from {
                out.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    out
}

/// The arrows inside cycles: `a -> b` where `b` leads back to `a`.
fn cycle_arrows(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_owned()];
        while let Some(m) = todo.pop() {
            if m == to {
                return true;
            }
            if seen.insert(m.clone()) {
                todo.extend(graph.get(&m).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut out = BTreeSet::new();
    for (a, targets) in graph {
        for b in targets {
            if reaches(b, a) {
                out.insert(format!("{a} -> {b}"));
            }
        }
    }
    out
}

#[test]
fn the_core_never_imports_the_window_or_the_command_line() {
    let graph = arrows();
    let upward: Vec<String> = graph
        .iter()
        .filter(|(from, _)| !matches!(from.as_str(), "ui" | "cli"))
        .flat_map(|(from, to)| to.iter().map(move |t| (from, t)))
        .filter(|(_, to)| matches!(to.as_str(), "ui" | "cli"))
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert!(
        upward.is_empty(),
        "the core imports the layers above it: {upward:?}"
    );
}

#[test]
fn no_import_cycle_joins_the_known_knot_and_the_knot_only_shrinks() {
    let graph = arrows();
    assert!(
        graph.len() > 20,
        "the modules were read: {:?}",
        graph.keys()
    );
    let now = cycle_arrows(&graph);
    let known: BTreeSet<String> = KNOT.iter().map(|s| (*s).to_owned()).collect();
    let new: Vec<&String> = now.difference(&known).collect();
    let gone: Vec<&String> = known.difference(&now).collect();
    assert!(
        new.is_empty(),
        "these imports close a cycle between modules; import downward only: {new:?}"
    );
    assert!(
        gone.is_empty(),
        "these arrows no longer close a cycle: take them out of KNOT: {gone:?}"
    );
}

#[test]
fn the_reader_sees_use_trees_and_paths() {
    let found: BTreeSet<String> =
        paths("use crate::a::{self, b::{c, d}};\nfn f() { super::e::g(); x::crate_y(); }")
            .into_iter()
            .collect();
    let expected = [
        "crate::a",
        "crate::a::b::c",
        "crate::a::b::d",
        "super::e::g",
    ];
    assert_eq!(found, expected.map(str::to_owned).into());
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", &["b"][..]), ("b", &["a", "c"][..]), ("c", &[][..])]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.iter().map(|s| (*s).to_owned()).collect()))
            .collect();
    let cycles: Vec<String> = cycle_arrows(&graph).into_iter().collect();
    assert_eq!(cycles, ["a -> b", "b -> a"]);
}

/// The core crate's own dependencies: nothing of a window, a command line or a terminal, so
/// that it builds, and is tested, without them (#17).
#[test]
fn the_core_crate_depends_on_no_window_command_line_or_terminal() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("core/Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let named: BTreeSet<String> = text
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(name, _)| name.trim().trim_end_matches(".workspace").to_owned())
        .collect();
    assert!(
        named.contains("rusqlite"),
        "the manifest was read: {named:?}"
    );
    let above: Vec<&str> = [
        "iced",
        "iced_test",
        "rfd",
        "clap",
        "rpassword",
        "directories",
    ]
    .into_iter()
    .filter(|name| named.contains(*name))
    .collect();
    assert!(
        above.is_empty(),
        "core/Cargo.toml names what belongs to the program above it: {above:?}"
    );
}
