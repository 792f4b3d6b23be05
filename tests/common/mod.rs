//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub(crate) mod pdf;
pub(crate) mod smtp;
pub(crate) mod smtp_course;

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

/// A feed as Python's `icalendar` (a parser coursecal did not write) reads it: its events with
/// times in UTC through the file's own VTIMEZONE, as `tests/tools/ics_check.py` prints them.
pub(crate) fn icalendar_view(ics: &Path) -> serde_json::Value {
    let o = std::process::Command::new("python3")
        .arg(root().join("tests/tools/ics_check.py"))
        .arg(ics)
        .output()
        .expect("python3 runs");
    assert!(
        o.status.success(),
        "ics_check failed (is Python icalendar installed? run bash tests/run.sh): {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

/// An RFC 3339 time as the UTC form `icalendar_view` prints.
pub(crate) fn utc(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .with_timezone(&chrono::Utc)
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// `coursecal daemon <args…> <course>` started in `dir`, stdout and stderr piped.
pub(crate) fn start_daemon(dir: &Path, args: &[&str], course: &Path) -> std::process::Child {
    std::process::Command::new(coursecal().get_program())
        .current_dir(dir)
        .arg("daemon")
        .args(args)
        .arg(course)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Stops a daemon as a service manager does (SIGTERM) and waits for it: its output.
pub(crate) fn stop_daemon(child: std::process::Child) -> std::process::Output {
    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    child.wait_with_output().unwrap()
}

/// Waits up to 30 s for `done`, polling; fails the test with `what` if it never is.
pub(crate) fn wait_for(what: &str, done: &dyn Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "{what}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// A ledger database read through the library (as `plan` reads it), as JSON in the shape of
/// `coursecal::remind::ledger::Ledger`: `{"version": 1, "reminders": {key: {"recipients":
/// {to: {"state": ...}}}}}`. A missing database reads as an empty ledger.
pub(crate) fn ledger_json(path: &Path) -> serde_json::Value {
    let ledger = coursecal::remind::sqlite::SqliteLedger::peek(path, None, &Default::default())
        .unwrap_or_else(|e| panic!("the ledger reads: {e}"));
    serde_json::to_value(ledger).expect("a ledger serialises")
}

/// Writes `text` to `name` in a fresh temporary directory.
pub(crate) fn fixture(text: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write fixture");
    (dir, path)
}

/// The events of `text` saved as `name`, run with `extra`: each as `summary` prints it
/// (kind, date, title), and the run's stderr for assertion messages.
pub(crate) fn events_of(text: &str, name: &str, extra: &[&str]) -> (Vec<String>, String) {
    let (_dir, path) = fixture(text, name);
    let (events, stderr) = events_json(&path, extra);
    (summary(&events), stderr)
}

/// The events a syllabus written for a test gives, as [`summary_with_time`] lines, and the
/// run's stderr (for the assertion's message): the fixture, run and summary most shapes tests
/// write out.
pub(crate) fn timed_events_of(text: &str, name: &str, extra: &[&str]) -> (Vec<String>, String) {
    let (_dir, path) = fixture(text, name);
    let (events, stderr) = events_json(&path, extra);
    (summary_with_time(&events), stderr)
}

/// The lectures a syllabus written for a test gives ("lecture DATE[THH:MM] TITLE"), and the
/// run's stderr for the assertion's message.
pub(crate) fn lectures_of(text: &str, name: &str, extra: &[&str]) -> (Vec<String>, String) {
    let (got, stderr) = timed_events_of(text, name, extra);
    let lectures = got
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    (lectures, stderr)
}

/// Each summary line cut to its kind and date ("deadline 2026-02-01"), for tests that pin
/// what falls on which day and not the titles.
pub(crate) fn kinds_and_dates(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect()
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

/// What a user sees of a run: its exit code, then stdout and stderr as printed.
pub(crate) fn transcript(out: &std::process::Output) -> String {
    let code = out.status.code().map_or_else(
        || "none (killed by a signal)".to_string(),
        |c| c.to_string(),
    );
    format!(
        "exit code: {code}\n----- stdout -----\n{}----- stderr -----\n{}",
        stream(&out.stdout),
        stream(&out.stderr)
    )
}

/// One output stream as text; a last line without its newline is marked as such.
fn stream(bytes: &[u8]) -> String {
    let mut s = String::from_utf8_lossy(bytes).into_owned();
    if !s.is_empty() && !s.ends_with('\n') {
        s.push_str("\n[no newline at the end]\n");
    }
    s
}

/// Runs `f`, which asserts snapshots, with every temporary folder made by `tempfile`
/// (`$TMPDIR/.tmpXXXXXX`) shown as `[TMP]`, so snapshots are the same on every run and machine.
pub(crate) fn with_temp_dirs_redacted<R>(f: impl FnOnce() -> R) -> R {
    let mut settings = insta::Settings::clone_current();
    let tmp = std::env::temp_dir();
    let mut roots = vec![tmp.clone()];
    if let Ok(canonical) = tmp.canonicalize() {
        roots.push(canonical);
    }
    for root in roots {
        let root = root.to_string_lossy();
        let root = regex::escape(root.trim_end_matches(['/', '\\']));
        settings.add_filter(&format!(r"{root}[/\\]\.tmp[0-9A-Za-z]+"), "[TMP]");
    }
    settings.bind(f)
}

/// The events of one kind (`lecture`, `deadline`, ...) in `events --json` output.
pub(crate) fn of_kind<'a>(
    events: &'a [serde_json::Value],
    kind: &str,
) -> Vec<&'a serde_json::Value> {
    events.iter().filter(|e| e["kind"] == kind).collect()
}

/// Each event's `start`, in order.
pub(crate) fn starts(events: &[&serde_json::Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["start"].as_str().unwrap().to_string())
        .collect()
}

/// Each event's `title`, in order.
pub(crate) fn titles(events: &[&serde_json::Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

/// "kind date title" for every event, in order.
pub(crate) fn summary(events: &[serde_json::Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["kind"].as_str().unwrap_or(""),
                &e["start"].as_str().unwrap_or("")[..10],
                e["title"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// "kind date-and-time title" for every event, in order.
pub(crate) fn summary_with_time(events: &[serde_json::Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let start = e["start"].as_str().unwrap_or("");
            format!(
                "{} {} {}",
                e["kind"].as_str().unwrap_or(""),
                start.get(..16).unwrap_or(start),
                e["title"].as_str().unwrap_or("")
            )
        })
        .collect()
}
