//! What users read, pinned as insta snapshots: the events table and JSON, the reminder plan,
//! the subscribe pages and every `--help`. Each run is the real binary with `--now` pinned;
//! commands that name or write files beside the course run in a temporary folder on relative
//! paths, so no snapshot holds a temporary path or the wall clock. Review changes with
//! `cargo insta review` or `INSTA_UPDATE=always`.

use std::path::Path;

use crate::common::{coursecal, coursecal_in, root, transcript};

/// The reference course, as bundled.
const REFERENCE: &str = "schedule/ceng501-fall2022.toml";

/// A temporary folder holding copies of the bundled course file and syllabus, under their
/// own names, so commands that name or write files beside the course do it there.
fn reference_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["ceng501-fall2022.toml", "ceng501-fall2022.txt"] {
        std::fs::copy(root().join("schedule").join(name), dir.path().join(name))
            .expect("copy the reference course");
    }
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_events_table_of_the_reference_course() {
    let out = coursecal().arg("events").arg(REFERENCE).output().unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    insta::assert_snapshot!("events_table", transcript(&out));
}

#[test]
fn the_events_json_of_the_reference_course() {
    let out = coursecal()
        .arg("events")
        .arg(REFERENCE)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    insta::assert_snapshot!("events_json", transcript(&out));
}

#[test]
fn the_plan_table_of_the_reference_course_on_a_sunday_in_november() {
    let dir = reference_copy();
    let out = coursecal_in(dir.path())
        .args(["plan", "ceng501-fall2022.toml", "--now", "2022-11-20 09:00"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    insta::assert_snapshot!("plan_table", transcript(&out));
}

#[test]
fn the_plan_json_of_the_reference_course_on_a_sunday_in_november() {
    let dir = reference_copy();
    let out = coursecal_in(dir.path())
        .args(["plan", "ceng501-fall2022.toml", "--now", "2022-11-20 09:00"])
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    insta::assert_snapshot!("plan_json", transcript(&out));
}

#[test]
fn the_subscribe_page_of_one_course() {
    let dir = reference_copy();
    let out = coursecal_in(dir.path())
        .args(["build", "ceng501-fall2022.toml", "--out", "public"])
        .args(["--now", "2022-09-20T12:00:00Z"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    insta::assert_snapshot!("build_one_course", transcript(&out));
    let public = dir.path().join("public");
    let index = read(&public.join("index.html"));
    assert_eq!(
        read(&public.join("ceng501.html")),
        index,
        "with one course, index.html is the course's page"
    );
    insta::assert_snapshot!("subscribe_page_ceng501_html", index);
    insta::assert_snapshot!("htaccess", read(&public.join(".htaccess")));
}

#[test]
fn the_index_page_of_two_courses_and_the_page_of_a_course_without_a_feed_url() {
    let dir = reference_copy();
    std::fs::write(
        dir.path().join("ee300.txt"),
        "EE 300 Signals\nSpring 2023\nLectures: Monday 10:00-12:00 @ H1\n\n\
         1\tFeb 20\tIntro\tHw1 given Feb 20\n2\tFeb 27\tSampling\tHw1 due Mar 5\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ee300.toml"), "syllabus = \"ee300.txt\"\n").unwrap();
    let out = coursecal_in(dir.path())
        .args([
            "build",
            "ceng501-fall2022.toml",
            "ee300.toml",
            "--out",
            "public",
        ])
        .args(["--now", "2022-09-20T12:00:00Z"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    insta::assert_snapshot!("build_two_courses", transcript(&out));
    let public = dir.path().join("public");
    insta::assert_snapshot!(
        "subscribe_index_of_two_courses_html",
        read(&public.join("index.html"))
    );
    insta::assert_snapshot!(
        "subscribe_page_ee300_html",
        read(&public.join("ee300.html"))
    );

    // The reference course's own page is the one built alone.
    let alone = reference_copy();
    let o = coursecal_in(alone.path())
        .args(["build", "ceng501-fall2022.toml", "--out", "public"])
        .args(["--now", "2022-09-20T12:00:00Z"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", transcript(&o));
    assert_eq!(
        read(&public.join("ceng501.html")),
        read(&alone.path().join("public/ceng501.html"))
    );
}

/// `coursecal <args> --help`, colours off whatever the environment says.
fn help(args: &[&str]) -> String {
    let out = coursecal()
        .args(args)
        .arg("--help")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    transcript(&out)
}

#[test]
fn the_help_of_coursecal() {
    insta::assert_snapshot!("help", help(&[]));
}

#[test]
fn the_help_of_every_subcommand() {
    for cmd in [
        "events",
        "build",
        "plan",
        "remind",
        "daemon",
        "check",
        "completions",
        "man",
    ] {
        insta::assert_snapshot!(format!("help_{cmd}"), help(&[cmd]));
    }
}
