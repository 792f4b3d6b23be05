//! Sets `COURSECAL_PARSER_ID`: a hash of everything that decides what a syllabus parses into
//! (the syllabus and course layers with their lexicon, the model the parse is stored as, and
//! the locked dependency versions: regex, chrono-tz's zone data, Unicode tables).
//!
//! Why: a reminder pass keeps the parsed course in the ledger and the next pass reuses it
//! while the sources are unchanged (`remind::parsed`). The sources alone cannot say whether
//! the parse is still right: a new coursecal reads the same syllabus differently. The parse is
//! kept under this identity too, so a coursecal built from other parser code never reuses an
//! old parse. A collision only needs to be unlikely between two builds of one machine, so the
//! standard library's hasher is enough (no cryptographic hash crate built for the host).

use std::hash::{DefaultHasher, Hasher as _};
use std::path::{Path, PathBuf};

/// What the parse depends on, relative to the package root.
const INPUTS: [&str; 4] = ["src/syllabus", "src/course", "src/model", "Cargo.lock"];

fn main() {
    let mut files = Vec::new();
    for input in INPUTS {
        collect(Path::new(input), &mut files);
    }
    files.sort();
    // Each file rather than each folder: a folder would also rerun this for files that are
    // not code (an editor's swap file, a `.snap.new`). A new module is always named in a file
    // listed here, so it is never missed.
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let mut hasher = DefaultHasher::new();
    hasher.write(env!("CARGO_PKG_VERSION").as_bytes());
    for file in &files {
        // Paths and contents length-prefixed: moving bytes between files changes the hash.
        let name = file.to_string_lossy();
        let bytes = std::fs::read(file).unwrap_or_default();
        hasher.write_usize(name.len());
        hasher.write(name.as_bytes());
        hasher.write_usize(bytes.len());
        hasher.write(&bytes);
    }
    println!(
        "cargo:rustc-env=COURSECAL_PARSER_ID={:016x}-{}",
        hasher.finish(),
        files.len()
    );
}

/// Every source file (`.rs`, and the lexicon's `.txt`) under `path`, recursively, or `path`
/// itself when it is a file.
fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let p = entry.path();
                if p.is_dir() || p.extension().is_some_and(|x| x == "rs" || x == "txt") {
                    collect(&p, files);
                }
            }
        }
        Err(_) if path.is_file() => files.push(path.to_path_buf()),
        Err(_) => {}
    }
}
