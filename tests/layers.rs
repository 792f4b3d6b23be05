//! The layer check: each top-level module of `src/` may use only the modules of the layers
//! below it, so the crate has no dependency cycle and the pure core never reaches up into the
//! shell. It reads every `crate::` path in the source (comments aside), which is how Rust
//! code names another module of the same crate.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use its own layer's module and any lower one.
/// `atomic_file` (whole-or-nothing writes) is a leaf that the ledger and the shell share;
/// `clock` reads the wall clock, so it sits just under the shell and only the shell may call it.
const LAYERS: &[&[&str]] = &[
    &["model", "atomic_file"],
    &["syllabus"],
    &["course"],
    &["feed"],
    &["remind"],
    &["clock"],
    &["cli"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level modules that `source` names through `crate::` paths, comments skipped.
fn crate_paths(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let before = &rest[..at];
            // `coursecal::` or `some_crate::` ending in "crate" is not ours.
            let ours = !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
            rest = &rest[at + "crate::".len()..];
            if !ours {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for part in inner.split(',') {
                    let name: String = part
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        found.insert(name);
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        }
    }
    found
}

/// The uses of `source` (in top-level module `module`) that go against the layer order.
fn violations(module: &str, source: &str) -> Vec<String> {
    let Some(own) = layer_of(module) else {
        return vec![format!(
            "`{module}` is in no layer; add it to LAYERS in tests/layers.rs"
        )];
    };
    crate_paths(source)
        .into_iter()
        .filter(|used| used != module)
        .filter_map(|used| match layer_of(&used) {
            Some(l) if l < own => None,
            Some(_) => Some(format!(
                "`{module}` uses `{used}`, which is not in a lower layer"
            )),
            None => Some(format!("`{module}` uses `{used}`, which is in no layer")),
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).expect("under src");
        let first = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("");
        let module = first.trim_end_matches(".rs");
        // lib.rs declares the modules and main.rs calls the shell: they sit above every layer.
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(f).expect("a source file");
        for v in violations(module, &text) {
            problems.push(format!("{}: {v}", rel.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "layer order is {LAYERS:?}, lowest first:\n{}",
        problems.join("\n")
    );
    assert!(files.len() > 10, "found only {} source files", files.len());
}

#[test]
fn a_use_of_a_higher_layer_is_reported() {
    let v = violations("feed", "use crate::remind::plan::Reminder;\n");
    assert_eq!(v, ["`feed` uses `remind`, which is not in a lower layer"]);
}

#[test]
fn grouped_and_inline_paths_are_read_and_comments_are_not() {
    let src = "use crate::{model::Event, syllabus};\nlet x = crate::course::build(a);\n// crate::cli is only mentioned\n/// see [`crate::remind`]\n";
    let names: Vec<String> = crate_paths(src).into_iter().collect();
    assert_eq!(names, ["course", "model", "syllabus"]);
}

#[test]
fn the_shell_alone_may_read_the_clock() {
    assert!(violations("cli", "crate::clock::now(None)").is_empty());
    assert_eq!(
        violations("remind", "crate::clock::now(None)"),
        ["`remind` uses `clock`, which is not in a lower layer"]
    );
}

#[test]
fn a_module_in_no_layer_is_reported() {
    assert_eq!(
        violations("helpers", ""),
        ["`helpers` is in no layer; add it to LAYERS in tests/layers.rs"]
    );
}
