//! Several courses: `build` with no argument builds every `schedule/*.toml`, the index lists
//! every course published in the output folder, and a course file's own term and zone win
//! over `--term`/`--timezone`.

use std::path::Path;

use crate::common::{coursecal_in, root, transcript};

const EE300_TXT: &str = "EE 300 Signals\nSpring 2023\nLectures: Monday 10:00-12:00 @ H1\n\n\
     1\tFeb 20\tIntro\tHw1 given Feb 20\n2\tFeb 27\tSampling\tHw1 due Mar 5\n";

/// A folder with `schedule/` holding the reference course and EE 300.
fn department() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let schedule = dir.path().join("schedule");
    std::fs::create_dir(&schedule).unwrap();
    for name in ["ceng501-fall2022.toml", "ceng501-fall2022.txt"] {
        std::fs::copy(root().join("schedule").join(name), schedule.join(name)).unwrap();
    }
    std::fs::write(schedule.join("ee300.txt"), EE300_TXT).unwrap();
    std::fs::write(schedule.join("ee300.toml"), "syllabus = \"ee300.txt\"\n").unwrap();
    dir
}

fn index(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("public/index.html")).unwrap()
}

#[test]
fn build_with_no_argument_builds_every_course_in_schedule() {
    let dir = department();
    let out = coursecal_in(dir.path())
        .args(["build", "--now", "2022-09-20T12:00:00Z"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    for f in ["ceng501.ics", "ee300.ics", "ceng501.html", "ee300.html"] {
        assert!(dir.path().join("public").join(f).is_file(), "{f} written");
    }
    let index = index(dir.path());
    assert!(index.contains("href=\"ceng501.html\"") && index.contains("href=\"ee300.html\""));
}

#[test]
fn a_course_built_alone_later_keeps_the_first_course_in_the_index() {
    let dir = department();
    for course in ["schedule/ceng501-fall2022.toml", "schedule/ee300.toml"] {
        let out = coursecal_in(dir.path())
            .args(["build", course, "--now", "2022-09-20T12:00:00Z"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", transcript(&out));
    }
    insta::assert_snapshot!("index_of_two_separate_builds_html", index(dir.path()));
    // One course alone in its folder: the index is its page, as before.
    let alone = tempfile::tempdir().unwrap();
    std::fs::write(alone.path().join("ee300.txt"), EE300_TXT).unwrap();
    let out = coursecal_in(alone.path())
        .args(["build", "ee300.txt", "--now", "2022-09-20T12:00:00Z"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    assert_eq!(
        index(alone.path()),
        std::fs::read_to_string(alone.path().join("public/ee300.html")).unwrap()
    );
}

fn zones(dir: &Path, course: &str) -> (Vec<String>, String) {
    let out = coursecal_in(dir)
        .args(["events", course, "--json", "--timezone", "America/New_York"])
        .args(["--term", "Spring 2023"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", transcript(&out));
    let events: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let mut zones: Vec<String> = events
        .iter()
        .map(|e| e["timezone"].as_str().unwrap_or("").to_string())
        .collect();
    zones.dedup();
    (zones, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_course_files_own_zone_and_term_win_over_the_command_line_with_a_warning() {
    let dir = department();
    let (own, stderr) = zones(dir.path(), "schedule/ceng501-fall2022.toml");
    assert_eq!(own, ["Europe/Istanbul"]);
    let notes: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("is not used"))
        .collect();
    insta::assert_snapshot!("command_line_zone_and_term_not_used", notes.join("\n"));
    // A bare syllabus, and a course file that sets neither, take them.
    let (bare, _) = zones(dir.path(), "schedule/ee300.txt");
    assert_eq!(bare, ["America/New_York"]);
    let (unset, stderr) = zones(dir.path(), "schedule/ee300.toml");
    assert_eq!(unset, ["America/New_York"]);
    assert!(!stderr.contains("is not used"), "{stderr}");
}
