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

/// A folder of `n` small courses (`cNN.toml`, ids c00, c01, …) sharing one syllabus: more
/// than one window of the build (64 courses), so the last ones are read after the first ones
/// are staged.
fn many_courses(n: usize) -> (tempfile::TempDir, Vec<std::path::PathBuf>) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("s.txt"), EE300_TXT).unwrap();
    let files = (0..n)
        .map(|i| {
            let f = dir.path().join(format!("c{i:02}.toml"));
            std::fs::write(&f, format!("syllabus = \"s.txt\"\nid = \"c{i:02}\"\n")).unwrap();
            f
        })
        .collect();
    (dir, files)
}

fn build_many(files: &[std::path::PathBuf], out: &Path) -> std::process::Output {
    crate::common::coursecal()
        .args(["build", "--now", "2023-02-01T12:00:00Z", "--out"])
        .arg(out)
        .args(files)
        .output()
        .unwrap()
}

/// Every file of `dir` (name, bytes), sorted: temporary files included.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    all.sort();
    all
}

#[test]
fn a_department_stopped_by_one_of_its_last_courses_writes_nothing() {
    let (dir, mut files) = many_courses(70);
    let fresh = dir.path().join("fresh/public");
    // A repeated id read after the first courses were staged: no output folder at all.
    std::fs::write(&files[69], "syllabus = \"s.txt\"\nid = \"c03\"\n").unwrap();
    let o = build_many(&files, &fresh);
    assert_eq!(o.status.code(), Some(2), "{}", transcript(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("c69.toml: two courses have the id \"c03\"")
    );
    assert!(!dir.path().join("fresh").exists(), "nothing is written");
    std::fs::write(&files[69], "syllabus = \"s.txt\"\nid = \"c69\"\n").unwrap();
    let out = dir.path().join("public");
    let o = build_many(&files, &out);
    assert!(o.status.success(), "{}", transcript(&o));
    let published = contents(&out);
    for name in ["c00.ics", "c69.ics", "c69.html", "index.html"] {
        assert!(published.iter().any(|f| f.0 == name), "{name} written");
    }
    // A damaged published feed, then a course that cannot be read, each after the first
    // window: every published file stays as it was and no temporary file is left.
    std::fs::write(out.join("c68.ics"), "cut short").unwrap();
    let damaged = contents(&out);
    let o = build_many(&files, &out);
    assert_eq!(o.status.code(), Some(2), "{}", transcript(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("c68.ics"),
        "{}",
        transcript(&o)
    );
    assert_eq!(contents(&out), damaged);
    std::fs::write(
        out.join("c68.ics"),
        &published.iter().find(|f| f.0 == "c68.ics").unwrap().1,
    )
    .unwrap();
    files.push(dir.path().join("missing.toml"));
    let o = build_many(&files, &out);
    assert_eq!(o.status.code(), Some(2), "{}", transcript(&o));
    assert_eq!(contents(&out), published);
}
