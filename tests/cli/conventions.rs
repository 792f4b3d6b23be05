//! The conventions of a command-line tool: shell completions, a manual page, `-q`/`-v`, and
//! `COURSECAL_COURSE` for the default course.

use crate::common::{coursecal, coursecal_in, reference_course, root, transcript};

#[test]
fn completions_for_bash_are_a_valid_script_that_completes_the_subcommands() {
    let out = coursecal().args(["completions", "bash"]).output().unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(script.contains("complete -F _coursecal"), "{script}");
    for cmd in ["events", "build", "plan", "remind", "daemon", "man"] {
        assert!(script.contains(cmd), "{cmd} completes");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coursecal.bash");
    std::fs::write(&path, &script).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", transcript(&check));
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = coursecal().args(["completions", shell]).output().unwrap();
        assert!(
            out.status.success() && !out.stdout.is_empty(),
            "{shell}: {}",
            transcript(&out)
        );
    }
}

#[test]
fn completions_and_the_manual_page_piped_into_a_closed_pipe_end_quietly() {
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["man"],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("coursecal"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before the program writes, as `coursecal man | head -0` does.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{args:?}: {}",
            transcript(&out)
        );
    }
}

#[test]
fn the_manual_page_is_roff_naming_every_subcommand() {
    let out = coursecal().arg("man").output().unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH coursecal 1"),
        "{page}"
    );
    assert!(page.contains(".TH coursecal 1"), "{page}");
    for cmd in [
        "coursecal\\-events",
        "coursecal\\-remind",
        "coursecal\\-daemon",
    ] {
        assert!(page.contains(cmd), "{cmd} in {page}");
    }
}

/// A reminder pass at Hw2's 3-day reminder, to the outbox, with `flags`.
fn pass(flags: &[&str]) -> String {
    let (dir, course) = reference_course(
        "id = \"ceng501\"\nterm = \"Fall 2022\"\n[mail]\nto = [\"list@example.edu\"]\noutbox = \"out\"\n",
    );
    let out = coursecal_in(dir.path())
        .arg("remind")
        .arg(&course)
        .args(["--now", "2022-11-20T00:00:00+03:00"])
        .args(flags)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    transcript(&out).replace(&dir.path().display().to_string(), "[TMP]")
}

#[test]
fn a_pass_says_one_line_per_course_by_default_a_line_per_message_with_v_and_nothing_with_q() {
    insta::assert_snapshot!(
        "pass_verbosity",
        format!(
            "default:\n{}\n--verbose:\n{}\n--quiet:\n{}",
            pass(&[]),
            pass(&["--verbose"]),
            pass(&["-q"])
        )
    );
}

#[test]
fn coursecal_course_names_the_default_course() {
    let dir = tempfile::tempdir().unwrap();
    let out = coursecal_in(dir.path())
        .args(["events", "--json"])
        .env(
            "COURSECAL_COURSE",
            root().join("schedule/ceng501-fall2022.toml"),
        )
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    let events: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(events.len(), 21);
    // Without it, the same folder has no course to use.
    let out = coursecal_in(dir.path()).args(["events"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
}
