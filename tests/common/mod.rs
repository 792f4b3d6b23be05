//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub(crate) mod smtp;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, run from the repository root.
pub(crate) fn coursecal() -> Command {
    let mut c = Command::cargo_bin("coursecal").expect("binary built");
    c.current_dir(root());
    c
}

/// The binary, run in `dir`.
pub(crate) fn coursecal_in(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("coursecal").expect("binary built");
    c.current_dir(dir);
    c
}

/// Runs `coursecal events --json` on a file and returns the parsed array and stderr.
pub(crate) fn events_json(path: &Path, extra: &[&str]) -> (Vec<serde_json::Value>, String) {
    let out = coursecal()
        .arg("events")
        .arg(path)
        .arg("--json")
        .args(extra)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "exit {:?}\nstderr:\n{stderr}",
        out.status.code()
    );
    (
        serde_json::from_slice(&out.stdout).expect("json on stdout"),
        stderr,
    )
}

/// Writes `text` to `name` in a fresh temporary directory.
pub(crate) fn fixture(text: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write fixture");
    (dir, path)
}

/// A temporary folder holding the reference syllabus as `s.txt` and a course file `c.toml`
/// with `syllabus = "s.txt"` followed by `toml`. Returns the folder and the course file.
pub(crate) fn reference_course(toml: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        root().join("schedule/ceng501-fall2022.txt"),
        dir.path().join("s.txt"),
    )
    .expect("copy syllabus");
    let course = dir.path().join("c.toml");
    std::fs::write(&course, format!("syllabus = \"s.txt\"\n{toml}")).expect("write course file");
    (dir, course)
}
