//! Term-aware commands: after the term `plan`, `remind` and `daemon` say it is over and give a
//! `--now` that rehearses it; before the term they say when the first reminder goes out.

use std::io::BufRead as _;

use crate::common::{coursecal, coursecal_in, root, transcript};

/// The reference course in a temporary folder (the ledger and outbox are written beside it).
fn course() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["ceng501-fall2022.toml", "ceng501-fall2022.txt"] {
        std::fs::copy(root().join("schedule").join(name), dir.path().join(name)).unwrap();
    }
    dir
}

const AFTER: &str = "2026-11-30 09:00";
const BEFORE: &str = "2022-08-01 09:00";

fn run(args: &[&str]) -> String {
    let dir = course();
    let out = coursecal_in(dir.path())
        .args(args)
        .arg("ceng501-fall2022.toml")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    transcript(&out)
}

fn note_lines(text: &str) -> String {
    text.lines()
        .filter(|l| l.contains("the term"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn plan_and_remind_after_the_term_say_it_is_over_and_how_to_rehearse_it() {
    let plan = run(&["plan", "--now", AFTER]);
    let remind = run(&["remind", "--dry-run", "--now", AFTER]);
    insta::assert_snapshot!(
        "term_over",
        format!(
            "plan:\n{}\nremind:\n{}",
            note_lines(&plan),
            note_lines(&remind)
        )
    );
}

#[test]
fn the_suggested_now_rehearses_the_term() {
    let plan = run(&["plan", "--now", AFTER]);
    let now = plan
        .split("--now \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a --now example");
    let remind = run(&["remind", "--dry-run", "--now", now]);
    assert!(note_lines(&remind).is_empty(), "{remind}");
    assert!(!remind.contains(": 0 message(s) would be sent"), "{remind}");
}

#[test]
fn plan_and_remind_before_the_term_say_when_the_first_reminder_goes_out() {
    let plan = run(&["plan", "--now", BEFORE]);
    let remind = run(&["remind", "--dry-run", "--now", BEFORE]);
    insta::assert_snapshot!(
        "term_not_begun",
        format!(
            "plan:\n{}\nremind:\n{}",
            note_lines(&plan),
            note_lines(&remind)
        )
    );
}

#[test]
fn the_daemon_after_the_term_says_it_is_over_before_it_waits() {
    let dir = course();
    let mut child = std::process::Command::new(coursecal().get_program())
        .current_dir(dir.path())
        .args(["daemon", "--now", AFTER, "ceng501-fall2022.toml"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut seen = Vec::new();
    for line in std::io::BufReader::new(stderr).lines() {
        let line = line.unwrap();
        let waiting = line.contains("next pass at");
        seen.push(line);
        if waiting {
            break;
        }
    }
    // SIGTERM, as a service manager stops it: the daemon removes its state folder.
    let pid = child.id().to_string();
    let stopped = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(stopped.success());
    let _ = child.wait();
    insta::assert_snapshot!("daemon_term_over", note_lines(&seen.join("\n")));
}
