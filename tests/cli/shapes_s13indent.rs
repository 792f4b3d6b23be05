//! Schedule shapes, session 13 (issue 8): a list of dated lines all indented alike, in plain
//! text and in Markdown (bullets or not, under week headings or not). Each line is its own
//! lecture; a deeper-indented line under a row is still more of that row.

use crate::common::{events_json, fixture, lectures_of};

const NOW: &[&str] = &["--timezone", "America/Chicago", "--now", "2025-08-01 00:00"];

/// Dated lines indented by two spaces, one per meeting, under a slot line naming the term:
/// every line is its own lecture with its own topic (not the first line's topic spread over
/// the week), and the term after the time is not the room.
#[test]
fn dated_lines_indented_alike_are_one_lecture_each() {
    let text = "Programming Basics\nLectures: MWF 10:00-10:50, Fall 2025\n\n  Mon Sep 1: Welcome and setup\n  Wed Sep 3: Values and names\n  Mon Sep 8: Writing functions\n";
    let (got, stderr) = lectures_of(text, "plan.txt", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T10:00 Welcome and setup",
            "lecture 2025-09-03T10:00 Values and names",
            "lecture 2025-09-08T10:00 Writing functions",
        ],
        "{stderr}"
    );
    let (_dir, path) = fixture(text, "plan.txt");
    let (events, _) = events_json(&path, NOW);
    assert!(
        events.iter().all(|e| e["location"].is_null()),
        "the term is no place: {events:?}"
    );
}

/// The same list as indented Markdown bullets under week headings.
#[test]
fn indented_bullets_under_week_headings_are_one_lecture_each() {
    let text = "# Programming Basics\n\nLectures: MWF 10:00-10:50, Fall 2025\n\n## Week 1\n  - Mon Sep 1: Welcome and setup\n  - Wed Sep 3: Values and names\n## Week 2\n  - Mon Sep 8: Writing functions\n  - Wed Sep 10: Loops\n";
    let (got, stderr) = lectures_of(text, "plan.md", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T10:00 Welcome and setup",
            "lecture 2025-09-03T10:00 Values and names",
            "lecture 2025-09-08T10:00 Writing functions",
            "lecture 2025-09-10T10:00 Loops",
        ],
        "{stderr}"
    );
}

/// Look-alike: a line indented deeper than its row, even one that starts with a date, goes
/// on with that row (a topic wrapped onto the next line), as before.
#[test]
fn a_deeper_indented_line_still_continues_its_row() {
    let text = "Programming Basics\nLectures: MWF 10:00-10:50, Fall 2025\n\n  Mon Sep 1: Welcome and setup\n        Sep 2 lab handout read in class\n  Wed Sep 3: Values and names\n";
    let (got, stderr) = lectures_of(text, "plan.txt", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T10:00 Welcome and setup",
            "lecture 2025-09-03T10:00 Values and names",
        ],
        "{stderr}"
    );
}
