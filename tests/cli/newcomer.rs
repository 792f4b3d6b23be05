//! What a new instructor trips over on a clean clone: a course read in a zone nobody chose,
//! several courses with none named, what a dry run's message will carry.

use std::path::Path;

use crate::common::{coursecal_in, reference_course, transcript, with_temp_dirs_redacted};

/// A small syllabus that states no time zone.
const WAVES_TXT: &str = "PHYS 210 Waves\nFall 2026\nLectures: Tuesday 14:00-15:30 @ Room 4\n\n\
     1\tSep 8\tIntro\tHw1 given Sep 8\n2\tSep 15\tStrings\tHw1 due Sep 22\n";

/// A second one, for a folder of two courses.
const OPTICS_TXT: &str = "PHYS 220 Optics\nFall 2026\nLectures: Thursday 10:00-11:30 @ Room 7\n\n\
     1\tSep 10\tRays\tHw1 given Sep 10\n2\tSep 17\tLenses\tHw1 due Sep 24\n";

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

/// A folder whose `schedule/` holds two courses.
fn two_courses() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let schedule = dir.path().join("schedule");
    std::fs::create_dir(&schedule).unwrap();
    for (id, text) in [("phys210", WAVES_TXT), ("phys220", OPTICS_TXT)] {
        std::fs::write(schedule.join(format!("{id}.txt")), text).unwrap();
        std::fs::write(
            schedule.join(format!("{id}.toml")),
            format!(
                "syllabus = \"{id}.txt\"\nid = \"{id}\"\ntimezone = \"America/New_York\"\n\n[mail]\nfrom = \"Physics <bot@example.edu>\"\nto = [\"{id}@example.edu\"]\n"
            ),
        )
        .unwrap();
    }
    dir
}

#[test]
fn with_several_courses_remind_runs_each_and_plan_gives_the_command_for_each() {
    let dir = two_courses();
    // Hw1 of PHYS 210 is due Tue 22 Sep 23:59: the 3-day reminder is due on the 20th.
    let now = "2026-09-20T12:00:00-04:00";
    let remind = run(dir.path(), &["remind", "--dry-run", "--now", now]);
    assert!(remind.status.success(), "{}", transcript(&remind));
    let out = String::from_utf8_lossy(&remind.stdout);
    for id in ["phys210", "phys220"] {
        assert!(
            out.lines().any(|l| l.starts_with(&format!("{id}: "))
                && l.ends_with("(dry run: nothing sent or recorded)")),
            "{id}: {}",
            transcript(&remind)
        );
    }
    for cmd in ["plan", "check", "diff", "events"] {
        // `events` takes no time.
        let args = if cmd == "events" {
            vec![cmd]
        } else {
            vec![cmd, "--now", now]
        };
        let o = run(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{cmd}: {}", transcript(&o));
        for id in ["phys210", "phys220"] {
            assert!(
                stderr(&o).contains(&format!("\n  coursecal {cmd} schedule/{id}.toml")),
                "{cmd}: {}",
                transcript(&o)
            );
        }
    }
    insta::assert_snapshot!(
        "several_courses_plan",
        transcript(&run(dir.path(), &["plan", "--now", now]))
    );
}

/// Each header line a dry run shows, as `(name, value)`.
fn preview_headers(out: &str) -> Vec<(String, String)> {
    out.lines()
        .filter_map(|l| l.split_once(": "))
        .filter(|(name, _)| ["From", "To", "Reply-To", "Date", "Message-ID"].contains(name))
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_dry_run_shows_the_headers_the_real_messages_carry() {
    let (dir, _) = reference_course(
        "id = \"ceng501\"\ntimezone = \"Europe/Istanbul\"\n\n[mail]\nfrom = \"CEng 501 <bot@example.edu>\"\nreply-to = \"Emre <emre@example.edu>\"\nroster = \"roster.csv\"\n",
    );
    std::fs::write(
        dir.path().join("roster.csv"),
        "\"First name\",\"Last name\",\"Email address\"\n\"Ada\",\"One\",\"ada@example.edu\"\n\"Can\",\"Two\",\"can@example.edu\"\n",
    )
    .unwrap();
    let now = "2022-11-20T00:00:00+03:00";
    let dry = run(dir.path(), &["remind", "--dry-run", "--now", now, "c.toml"]);
    assert!(dry.status.success(), "{}", transcript(&dry));
    let shown = String::from_utf8_lossy(&dry.stdout).into_owned();
    with_temp_dirs_redacted(|| insta::assert_snapshot!("dry_run_headers", shown));
    // The real pass (into outbox/) sends messages with exactly these headers.
    let real = run(dir.path(), &["remind", "--now", now, "c.toml"]);
    assert!(real.status.success(), "{}", transcript(&real));
    let mut sent = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        let m = mailparse::parse_mail(&bytes).unwrap();
        for name in ["From", "To", "Reply-To", "Date", "Message-ID"] {
            let raw = m
                .headers
                .iter()
                .find(|h| h.get_key_ref().eq_ignore_ascii_case(name))
                .map(|h| {
                    let raw = String::from_utf8_lossy(h.get_value_raw());
                    raw.replace("\r\n ", " ").trim().to_string()
                })
                .unwrap_or_default();
            sent.push((name.to_string(), raw));
        }
    }
    let mut shown = preview_headers(&shown);
    shown.sort();
    sent.sort();
    assert_eq!(shown.len(), 10, "two messages, five headers each");
    assert_eq!(shown, sent);
}

#[test]
fn diff_before_any_pass_says_there_is_nothing_to_compare_with_and_what_to_run() {
    let dir = two_courses();
    let o = run(dir.path(), &["diff", "schedule/phys210.toml", "--now", NOW]);
    assert_eq!(o.status.code(), Some(1), "{}", transcript(&o));
    insta::assert_snapshot!("diff_before_any_pass", transcript(&o));
}

#[test]
fn builds_count_against_the_folder_they_write_and_a_fresh_one_has_everything_new() {
    let dir = two_courses();
    let course = "schedule/phys210.toml";
    let build = |out: &str| run(dir.path(), &["build", course, "--now", NOW, "--out", out]);
    assert!(build("public").status.success());
    // The lecture of Sep 15 cancelled: the published folder has one change, a fresh one none.
    let path = dir.path().join(course);
    let toml = std::fs::read_to_string(&path).unwrap();
    let (top, mail) = toml.split_once("[mail]").unwrap();
    std::fs::write(
        &path,
        format!("{top}[[cancel]]\nevent = \"lecture-2\"\n\n[mail]{mail}"),
    )
    .unwrap();
    let fresh = build("preview");
    let out = String::from_utf8_lossy(&fresh.stdout);
    assert!(
        out.contains("preview/phys210.ics: 4 events (4 new, 0 changed, 0 cancelled)")
            && !out.contains("cancelled  "),
        "{}",
        transcript(&fresh)
    );
    let again = build("public");
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(
        out.contains("public/phys210.ics: 4 events (0 new, 0 changed, 1 cancelled)"),
        "{}",
        transcript(&again)
    );
}

/// A course of one event says "1 event", in `build`'s report and in `events`' header.
#[test]
fn one_event_is_counted_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    let one = "PHYS 230 Heat\nFall 2026\nLectures: Tuesday 14:00-15:30 @ Room 4\n\n\
     1\tSep 8\tIntro\n";
    std::fs::write(dir.path().join("heat.txt"), one).unwrap();
    let build = run(
        dir.path(),
        &["build", "heat.txt", "--now", NOW, "--out", "out"],
    );
    let out = String::from_utf8_lossy(&build.stdout);
    assert!(
        out.contains("out/phys230.ics: 1 event (1 new,"),
        "{}",
        transcript(&build)
    );
    assert!(
        out.contains("-deadlines.ics: 0 events ("),
        "{}",
        transcript(&build)
    );
    let events = run(dir.path(), &["events", "heat.txt"]);
    let out = String::from_utf8_lossy(&events.stdout);
    assert!(
        out.contains(": 1 event (Europe/Istanbul)"),
        "{}",
        transcript(&events)
    );
}

#[test]
fn the_mails_calendar_link_is_the_courses_own_subscribe_page_not_the_shared_folder() {
    let dir = two_courses();
    for id in ["phys210", "phys220"] {
        let course = dir.path().join(format!("schedule/{id}.toml"));
        let text = std::fs::read_to_string(&course).unwrap().replace(
            "\n[mail]\n",
            "\n[feed]\nurl = \"https://example.edu/cal\"\n\n[mail]\n",
        );
        std::fs::write(&course, text).unwrap();
    }
    let build = run(dir.path(), &["build", "--now", NOW]);
    assert!(build.status.success(), "{}", transcript(&build));
    // Hw1 of PHYS 210 is due Tue 22 Sep 23:59: the 3-day reminder is due on the 20th.
    let now = "2026-09-20T12:00:00-04:00";
    let dry = run(
        dir.path(),
        &["remind", "--dry-run", "--now", now, "schedule/phys210.toml"],
    );
    assert!(dry.status.success(), "{}", transcript(&dry));
    let out = String::from_utf8_lossy(&dry.stdout);
    let link = out
        .lines()
        .find_map(|l| l.strip_prefix("Calendar feed: "))
        .unwrap_or_else(|| panic!("no calendar link: {out}"));
    let file = link
        .strip_prefix("https://example.edu/cal/")
        .unwrap_or_else(|| panic!("not under the feed's folder: {link}"));
    // The page the build wrote for this course: its subscribe links, not the other course's.
    let page = std::fs::read_to_string(dir.path().join("public").join(file))
        .unwrap_or_else(|e| panic!("{link} is not a page the build wrote: {e}"));
    assert!(
        page.contains("webcal://example.edu/cal/phys210.ics"),
        "{page}"
    );
    assert!(!page.contains("phys220"), "{page}");
}

#[test]
fn a_passs_summary_line_says_when_it_ran_for_the_cron_log() {
    let dir = two_courses();
    // 16:00 UTC is noon in the course's zone, America/New_York.
    let pass = run(
        dir.path(),
        &[
            "remind",
            "--now",
            "2026-09-20T16:00:00Z",
            "schedule/phys210.toml",
        ],
    );
    assert!(pass.status.success(), "{}", transcript(&pass));
    assert_eq!(
        String::from_utf8_lossy(&pass.stdout),
        "phys210: 1 sent, 0 failed, 0 to retry, 0 superseded (pass at 2026-09-20 12:00 EDT)\n",
        "{}",
        transcript(&pass)
    );
}
