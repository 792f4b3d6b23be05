//! What users read, pinned as insta snapshots: the events table and JSON and the reminder
//! plan. Each run is the real binary with `--now` pinned;
//! commands that name or write files beside the course run in a temporary folder on relative
//! paths, so no snapshot holds a temporary path or the wall clock. Review changes with
//! `cargo insta review` or `INSTA_UPDATE=always`.

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
