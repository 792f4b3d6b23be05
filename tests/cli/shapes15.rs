//! Schedule shapes, part 15: the shapes the j-* development syllabi (session 6) showed
//! (issue #8): a date cell listing the week's meeting days, month and day joined by a dash
//! without a year. Every fixture is written for these tests (invented courses, topics and
//! dates) in the shape a real syllabus used.

use crate::common::{events_json, events_of, summary, timed_events_of};

/// A Quarto page whose pipe table has no leading pipe and a `Dates` cell listing the week's
/// two meetings as month-day pairs joined by a dash (`09-04, 09-07`, no year): each date is
/// a class with the week's topic, none is refused as "no dated schedule".
#[test]
fn a_dates_cell_listing_dashed_month_day_pairs_gives_a_class_on_each() {
    let text = "\
---
title: \"Plan\"
---

::: {.callout-note}
Topics may move.
:::

Wk | Dates        | Topic                 | Language |
---|--------------|-----------------------|:--------:|
1  | 02-05, 02-08 | Tidy tables           | R        |
2  | 02-12, 02-15 | Joins <br> [Notes](https://example.org/2) | python |
3  | 02-19, 02-22 | *Resampling*          | R        |
";
    let (got, stderr) = events_of(text, "plan.qmd", &["--term", "Spring 2024"]);
    assert_eq!(
        got,
        [
            "lecture 2024-02-05 Tidy tables",
            "lecture 2024-02-08 Tidy tables",
            "lecture 2024-02-12 Joins , Notes",
            "lecture 2024-02-15 Joins , Notes",
            "lecture 2024-02-19 Resampling",
            "lecture 2024-02-22 Resampling",
        ],
        "{stderr}"
    );
}

/// The variant: a tab table whose date cell lists the meetings with month names, a later one
/// by its day alone (`Oct 1, 3`) or apart by `&`, under a stated slot; work written in the row
/// is due once, on the week's first date, not again on each meeting.
#[test]
fn a_date_cell_listing_meetings_by_month_name_gives_each_class_and_the_work_once() {
    let text = "\
Geology 210, Fall 2025
Lectures: Wednesday and Friday 10:00-11:15

Week\tDates\tTopic\tDue
1\tOct 1, 3\tMinerals\t
2\tOct 8 & Oct 10\tRocks\tLab report 1 due
3\tOct 15; Oct 17\tFossils\t
";
    let (got, stderr) = timed_events_of(text, "geo.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-10-01T10:00 Minerals",
            "lecture 2025-10-03T10:00 Minerals",
            "lecture 2025-10-08T10:00 Rocks",
            "deadline 2025-10-08T23:59 Lab report 1 due",
            "lecture 2025-10-10T10:00 Rocks",
            "lecture 2025-10-15T10:00 Fossils",
            "lecture 2025-10-17T10:00 Fossils",
        ],
        "{stderr}"
    );
}

/// A PDF drawn as a calendar of the class days only: a month name alone above its weeks,
/// each week a line of boxes dated by a weekday letter and a day number (`Tu 3`, `Th5`), the
/// topic under each box in its column (wrapped over two lines), the week's number in the left
/// margin, a box left empty for a holiday and a colour legend under the last week.
#[test]
fn a_pdf_calendar_of_class_day_boxes_gives_a_class_per_box_with_text() {
    let lines = [
        "         Soil Science 140",
        "           Spring 2026",
        "",
        "               March",
        "    Tu 3                       Th 5",
        "",
        "    Water in                   Water in",
        "1",
        "    soils                      plants",
        "",
        "    Tu10                       Th12",
        "",
        "2 Erosion                      Field methods",
        "",
        "    Tu 17                      Th 19",
        "",
        "3                              Review",
        "",
        "",
        "",
        "",
        "                               Seminars",
        "                               Holiday",
    ];
    let pdf = crate::common::pdf::pdf_of_lines(&lines);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calendar.pdf");
    std::fs::write(&path, pdf).unwrap();
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2026-03-03 Water in soils",
            "lecture 2026-03-05 Water in plants",
            "lecture 2026-03-10 Erosion",
            "lecture 2026-03-12 Field methods",
            "lecture 2026-03-19 Review",
        ],
        "{stderr}"
    );
}

/// The variant, as text: boxes dated by weekday words (`Mon 28`, `Wed 30`, `Fri 1`) across
/// the turn of a month, the next month's name above the week it starts, and a box's two
/// items (a topic, then a deadline) on lines of their own.
#[test]
fn a_text_calendar_of_day_boxes_by_weekday_words_across_two_months() {
    let text = "\
Statics 101 - Fall 2025

          September
  Mon 22            Wed 24             Fri 26
  Forces            Moments            Rigid bodies
                                       Problem set 1 due
  Mon 29            Wed 1
  Trusses           Frames
           October
  Mon 6             Wed 8              Fri 10
  Friction          Quiz review        Midterm exam
";
    let (got, stderr) = events_of(text, "calendar.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-22 Forces",
            "lecture 2025-09-24 Moments",
            "lecture 2025-09-26 Rigid bodies",
            "deadline 2025-09-26 Problem set 1 due",
            "lecture 2025-09-29 Trusses",
            "lecture 2025-10-01 Frames",
            "lecture 2025-10-06 Friction",
            "lecture 2025-10-08 Quiz review",
            "exam 2025-10-10 Midterm",
        ],
        "{stderr}"
    );
}

/// A pipe table whose first column gives each meeting's date, weekday and start in one cell
/// (`Sep 08 (Mon) at 9:30am`), a label column (`Class 01`, `Lab 01`) and a room: each class
/// starts at its own time, and a lab is not a lecture (it keeps its row's time).
#[test]
fn a_start_time_after_the_date_in_its_cell_is_the_rows_time() {
    let text = "\
# Plan: section A

|When|Session|Topic|Room|
|:---|:---|:---|:---|
|Sep 08 (Mon) at 9:30am|Class 01|Units|HH 12|
|Sep 10 (Wed) at 9:30am|Class 02|Vectors|HH 12|
|Sep 11 (Thu) at 1:00pm|Lab 01|Vectors|LAB 3|
|Sep 15 (Mon) at 9:30am|Class 03|Forces|HH 12|
";
    let (got, stderr) = timed_events_of(text, "plan.md", &["--term", "Fall 2025"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-08T09:30 Units",
            "lecture 2025-09-10T09:30 Vectors",
            "other 2025-09-11T13:00 Lab 01",
            "lecture 2025-09-15T09:30 Forces",
        ],
        "{stderr}"
    );
}

/// The variant: a tab table whose date cell gives a range after `@` (`Tue 3/10 @
/// 10:00-11:15`), one row at another hour than the others.
#[test]
fn a_time_range_after_the_date_in_its_cell_sets_that_rows_hours() {
    let text = "\
Optics 2, Spring 2026

Date\tTopic
Tue 3/10 @ 10:00-11:15\tLenses
Thu 3/12 @ 10:00-11:15\tMirrors
Fri 3/13 @ 15:00-16:15\tMake-up class
Tue 3/17 @ 10:00-11:15\tPrisms
";
    let (got, stderr) = timed_events_of(text, "optics.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-03-10T10:00 Lenses",
            "lecture 2026-03-12T10:00 Mirrors",
            "lecture 2026-03-13T15:00 Make-up class",
            "lecture 2026-03-17T10:00 Prisms",
        ],
        "{stderr}"
    );
}
