//! What a new instructor trips over on a clean clone: a course read in a zone nobody chose.

use std::path::Path;

use crate::common::{coursecal_in, transcript};

/// A small syllabus that states no time zone.
const WAVES_TXT: &str = "PHYS 210 Waves\nFall 2026\nLectures: Tuesday 14:00-15:30 @ Room 4\n\n\
     1\tSep 8\tIntro\tHw1 given Sep 8\n2\tSep 15\tStrings\tHw1 due Sep 22\n";

/// Before the term: `build` and `plan` have everything ahead of them.
const NOW: &str = "2026-09-01T12:00:00Z";

/// The warning a course read in the default zone gets.
const NO_ZONE: &str = "warning: no time zone given";

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    coursecal_in(dir).args(args).output().unwrap()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_course_with_no_zone_given_is_warned_about_where_its_times_reach_students() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("waves.txt"), WAVES_TXT).unwrap();
    let build = run(
        dir.path(),
        &["build", "waves.txt", "--now", NOW, "--out", "out"],
    );
    assert!(build.status.success(), "{}", transcript(&build));
    insta::assert_snapshot!("no_zone_build", transcript(&build));
    for args in [
        vec!["plan", "waves.txt", "--now", NOW],
        vec!["check", "waves.txt", "--now", NOW],
        vec!["remind", "--dry-run", "waves.txt", "--now", NOW],
    ] {
        let o = run(dir.path(), &args);
        assert!(
            stderr(&o).contains(&format!("waves.txt: {NO_ZONE}")),
            "{args:?}: {}",
            transcript(&o)
        );
    }
    // `events` names the zone in its header; its output stays as it was.
    for args in [
        vec!["events", "waves.txt"],
        vec!["events", "waves.txt", "--json"],
    ] {
        let o = run(dir.path(), &args);
        assert!(
            !stderr(&o).contains(NO_ZONE),
            "{args:?}: {}",
            transcript(&o)
        );
    }
    // A zone from the flag or the course file: nothing to say.
    let flag = run(
        dir.path(),
        &[
            "build",
            "waves.txt",
            "--timezone",
            "America/New_York",
            "--now",
            NOW,
            "--out",
            "out2",
        ],
    );
    assert!(!stderr(&flag).contains(NO_ZONE), "{}", transcript(&flag));
    std::fs::write(
        dir.path().join("waves.toml"),
        "syllabus = \"waves.txt\"\ntimezone = \"America/Chicago\"\n",
    )
    .unwrap();
    let file = run(dir.path(), &["plan", "waves.toml", "--now", NOW]);
    assert!(!stderr(&file).contains(NO_ZONE), "{}", transcript(&file));
    // A course file without one is named, with the key to add.
    std::fs::write(dir.path().join("waves.toml"), "syllabus = \"waves.txt\"\n").unwrap();
    let file = run(dir.path(), &["plan", "waves.toml", "--now", NOW]);
    assert!(
        stderr(&file).contains(&format!("waves.toml: {NO_ZONE}"))
            && stderr(&file).contains("add `timezone = \"America/New_York\"`"),
        "{}",
        transcript(&file)
    );
}
