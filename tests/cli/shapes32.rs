//! Schedule shapes, part 32: where real syllabi state the lectures' time when coursecal put
//! them at another time or on the wrong day, collected from the development documents that
//! failed that way (issue #8, session 9). Every fixture is written for these tests (invented
//! courses, topics and dates) in the shapes those documents use.

use crate::common::{events_json, fixture, summary_with_time, timed_events_of};

/// A weekly table whose columns are kinds of meeting, each header giving its time in
/// brackets ("Lecture (14:15-16:00) | Lab (09:15-11:00)"), every cell a date and a topic, laid
/// out with spaces as `pdftotext -layout` gives a PDF's table: the lecture column's cells are
/// lectures at that time, the lab column's are not lectures, and an exam in either column
/// keeps its column's time. Text wrapped over both columns between rows is not a new header.
#[test]
fn a_header_of_kinds_with_their_times_times_the_lectures_and_drops_the_labs() {
    let text = "Spatial Databases, autumn 2025\n\n\
Week                Lecture (14:15-16:00)                    Lab (09:15-11:00)\n\
1      2025-09-01 Why spatial data                    2025-09-04 Installing PostGIS\n\
2      2025-09-08 Coordinate systems                  2025-09-11 Reprojecting layers\n\
3      2025-09-15 Spatial indexes                     2025-09-18 R-tree experiments\n\
                  Review in class                                Review in class\n\
4      2025-09-22 Midterm exam                        2025-09-25 (questions answered)\n";
    let (got, stderr) = timed_events_of(text, "schedule.txt", &["--timezone", "Europe/Tallinn"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T14:15 Why spatial data",
            "lecture 2025-09-08T14:15 Coordinate systems",
            "lecture 2025-09-15T14:15 Spatial indexes",
            "exam 2025-09-22T14:15 Midterm",
        ],
        "{stderr}"
    );
}

/// The same shape as a Markdown table, with a practice column.
#[test]
fn a_markdown_table_of_kinds_with_their_times_times_the_lectures() {
    let text = "# Signal Processing 2026\n\n\
| Week | Lecture (10:15-12:00) | Practice (13:15-15:00) |\n\
|---|---|---|\n\
| 1 | 2026-02-02 Sampling | 2026-02-05 Aliasing demo |\n\
| 2 | 2026-02-09 Filters | 2026-02-12 Filter design |\n";
    let (got, stderr) = timed_events_of(text, "syllabus.md", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2026-02-02T10:15 Sampling",
            "lecture 2026-02-09T10:15 Filters",
        ],
        "{stderr}"
    );
}

/// A look-alike: a weekly grid's cells stating the slot after a colon ("Lecture: 9:30-10:50")
/// under weekday names are the slot line, not a header of kinds; the dated table below keeps
/// the slot's time on its lecture days.
#[test]
fn a_slot_after_a_colon_in_a_weekly_grid_is_not_a_header_of_kinds() {
    let text = "Inverse Problems, autumn 2024\n\n\
    Mon             Tue                         Wed           Thu\n\
            Lecture: 9:30-10:50                       Lecture: 9:30-10:50\n\n\
Week  Date     Topic\n\
1     Oct 1    Ill-posedness\n\
1     Oct 3    Regularisation\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(
        &path,
        &["--timezone", "America/Chicago", "--term", "Fall 2024"],
    );
    assert_eq!(
        summary_with_time(&events),
        [
            "lecture 2024-10-01T09:30 Ill-posedness",
            "lecture 2024-10-03T09:30 Regularisation",
        ],
        "{stderr}"
    );
}

/// A slot line writing its times with am/pm but without the colon ("1015am-12pm",
/// "1015-12pm"): the digits are the hour and the minutes, not a start at the end's hour.
#[test]
fn a_slot_with_colonless_am_pm_times_times_the_lectures() {
    let text = "# Quantum Field Methods, Fall 2023\n\n\
## Practicalities\n\n\
1. Two lectures per week: Tuesday 1015am-12pm and Thursday 1015-12pm.\n\n\
## Schedule\n\n\
| Date | Topic |\n\
|---|---|\n\
| Sep 5 | Second quantization |\n\
| Sep 7 | Wick's theorem |\n";
    let (got, stderr) = timed_events_of(text, "syllabus.md", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2023-09-05T10:15 Second quantization",
            "lecture 2023-09-07T10:15 Wick's theorem",
        ],
        "{stderr}"
    );
}

/// Two sentences, one giving the lectures' days and times and the next an exercise
/// session's ("Two hours of exercise sessions, Friday 12:15-14:00"): the exercise slot is not
/// a third lecture. A look-alike naming lectures and tutorials together stays the lectures'.
#[test]
fn an_exercise_session_sentence_beside_the_lectures_sentence_is_not_a_lecture_slot() {
    let schedule = "## Schedule\n\n\
| Week | Dates | Topic |\n\
|---|---|---|\n\
| 1 | Sep 4-8 | Spin systems |\n\
| 2 | Sep 11-15 | Mean-field theory |\n";
    let text = format!(
        "# Statistical Physics, Fall 2023\n\n\
Two lectures per week: Monday 10:15-12:00 and Friday 10:15-12:00.\n\
Two hours of exercise sessions on the weekly problems, Friday 12:15-14:00.\n\n{schedule}"
    );
    let (_d, path) = fixture(&text, "syllabus.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        summary_with_time(&events),
        [
            "lecture 2023-09-04T10:15 Spin systems",
            "lecture 2023-09-08T10:15 Spin systems",
            "lecture 2023-09-11T10:15 Mean-field theory",
            "lecture 2023-09-15T10:15 Mean-field theory",
        ],
        "{stderr}"
    );
    let text = format!(
        "# Statistical Physics, Fall 2023\n\n\
Lectures and tutorials: Monday and Friday 12:15-14:00.\n\n{schedule}"
    );
    let (got, stderr) = timed_events_of(&text, "syllabus.md", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2023-09-04T12:15 Spin systems",
            "lecture 2023-09-08T12:15 Spin systems",
            "lecture 2023-09-11T12:15 Mean-field theory",
            "lecture 2023-09-15T12:15 Mean-field theory",
        ],
        "{stderr}"
    );
}
