//! Schedule shapes, part 20: fewer extra and wrong events (issue #8, session 7 precision).
//! Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::{events_json, fixture, summary};

fn kinds_and_days(events: &[serde_json::Value]) -> Vec<String> {
    summary(events)
        .into_iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect()
}

/// A week table dated by the Sunday that opens each week (`2 (1/31)`), with no lecture slot
/// anywhere: the Sundays are weeks, not meetings, so no lecture is made up; the homework
/// deadlines in the work column stay, and one warning says why the rows gave no lecture.
#[test]
fn a_week_table_dated_by_its_sundays_without_a_slot_gives_no_lectures() {
    let md = "# Stat 240: Data Analysis, Spring 2027\n\n## Weekly plan\n\n\
        | Week | Topic | Work |\n|---|---|---|\n\
        | 1 (1/24) | Why data | |\n\
        | 2 (1/31) | Tidy tables | hw1 (Due 2/6) |\n\
        | 3 (2/7) | Summaries | hw2 (Due 2/13) |\n\
        | 4 (2/14) | Plots | |\n\
        | 5 (2/21) | Models | hw3 (Due 2/27) |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "deadline 2027-02-06",
            "deadline 2027-02-13",
            "deadline 2027-02-27"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "5 row(s) dated on a Saturday or Sunday (the first Sun Jan 24) give no lecture"
        ),
        "{stderr}"
    );
}

/// The variant: one row per lecture on Mondays and Wednesdays, no slot, and a Sunday row
/// naming work that is no homework: the Sunday is no class meeting.
#[test]
fn a_sunday_row_among_weekday_lectures_without_a_slot_is_no_lecture() {
    let text = "Hist 115 Cities of the Ancient World, Fall 2026\n\n\
        Date            Topic\n\
        Mon Sep 14      Founding myths\n\
        Wed Sep 16      Walls and gates\n\
        Sun Sep 20      Map exercise due\n\
        Mon Sep 21      Markets\n\
        Wed Sep 23      Temples\n\
        Sun Sep 27      Essay 1 due\n\
        Mon Sep 28      Water\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-09-14",
            "lecture 2026-09-16",
            "lecture 2026-09-21",
            "lecture 2026-09-23",
            "deadline 2026-09-27",
            "lecture 2026-09-28"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains(":6: warning: 1 row(s) dated on a Saturday or Sunday"),
        "{stderr}"
    );
}

/// A class that meets on Sundays and Tuesdays (a Sunday-to-Thursday week), one row per
/// lecture: the rows show the weekend meetings, so the Sunday rows stay lectures.
#[test]
fn rows_that_show_sunday_classes_keep_their_sunday_lectures() {
    let text = "Compilers 236, Spring 2027\n\n\
        Date            Topic\n\
        Sun Mar 14      Lexing\n\
        Tue Mar 16      Parsing I\n\
        Sun Mar 21      Parsing II\n\
        Tue Mar 23      Types\n\
        Sun Mar 28      Code generation\n\
        Tue Mar 30      Registers\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(events.len(), 6, "{stderr}");
    assert!(events.iter().all(|e| e["kind"] == "lecture"), "{stderr}");
    assert!(!stderr.contains("Saturday or Sunday"), "{stderr}");
}
