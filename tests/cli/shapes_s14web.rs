//! Schedule shapes, session 14 (issue 8, course sites on the web): a term named in passing for
//! another offering, and two tracks of the same weeks side by side in one table.

use crate::common::{kinds_and_dates, timed_events_of};

const ZONE: &[&str] = &["--timezone", "Europe/Berlin"];

/// Each event as "KIND START TITLE" (see [`timed_events_of`]).
fn events(text: &str) -> (Vec<String>, String) {
    timed_events_of(text, "schedule.md", ZONE)
}

/// A page that gives no term of its own, whose only term is the next offering's, named in its
/// last sentence. Its one dated year (a late deadline in February) and the weekdays written
/// beside the exam and the report deadline all hold a year before: that year is read.
const NEXT_OFFERING: &str = r#"# Survey methods seminar

Dates below are month-day.

| Week | Date | Topic |
|------|------|-------|
| 1 | 09-08 | Welcome and course plan |
| 2 | 09-15 | Drawing a sample |
| 3 | 09-22 | Writing questions |
| Exam | 12-15 | **Written exam on Monday, Dec 15** |
| Report | | **Reports are due on Friday, Dec 19** |
| | | Late reports are accepted until February 6, 2026. |

The seminar is next offered in the fall semester 2026.
"#;

#[test]
fn a_term_named_for_the_next_offering_gives_way_to_the_years_the_dates_hold_in() {
    let (got, stderr) = events(NEXT_OFFERING);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-09-08",
            "lecture 2025-09-15",
            "lecture 2025-09-22",
            "exam 2025-12-15",
            "deadline 2025-12-19T23:59",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("names Fall 2026"), "{stderr}");
}

/// The same page with its own term in the title: the title's term stands, and the later
/// mention of the next offering changes nothing.
#[test]
fn a_term_the_dates_fit_stands_beside_a_mention_of_the_next_offering() {
    let text = NEXT_OFFERING.replace(
        "# Survey methods seminar",
        "# Survey methods seminar, Fall 2025",
    );
    let (got, stderr) = events(&text);
    assert_eq!(
        got.first().map(String::as_str),
        Some("lecture 2025-09-08 Welcome and course plan"),
        "{stderr}"
    );
    assert!(!stderr.contains("names Fall 2026"), "{stderr}");
}

/// Two groups of one course follow the same plan on different days; the table gives each its
/// own date column under one week column. Both groups' meetings are lectures, in week order.
#[test]
fn two_tracks_of_dates_in_one_table_are_both_meetings() {
    let text = r#"# Physics 110, Fall 2025

The Monday group and the Thursday group follow the same plan.

| Week | Dates Monday group | Monday topics | Dates Thursday group | Thursday topic |
|---|---|---|---|---|
| 1 | Sep 1 | Units and sizes | Sep 4 | Units and sizes |
| 2 | Sep 8 | Motion in a line | Sep 11 | Motion in a line |
| 3 | Sep 15 | Forces | | |
| 4 | Sep 22 | Energy | Sep 25 | Energy |
"#;
    let (got, stderr) = events(text);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-09-01",
            "lecture 2025-09-04",
            "lecture 2025-09-08",
            "lecture 2025-09-11",
            "lecture 2025-09-15",
            "lecture 2025-09-22",
            "lecture 2025-09-25",
        ],
        "{stderr}"
    );
}

/// A readings cell that opens with the deadline and its time, then the work ("Due at 5:00 PM,
/// HW00"), and homework in two parts whose letters are joined to the number ("HW01a",
/// "HW01b"): each part is its own deadline, at the time the verb gives.
#[test]
fn work_named_after_its_due_time_and_parts_joined_to_their_number_are_deadlines() {
    let text = r#"# Ling 100, Fall 2018

| Week | Date | Topic | Work |
|---|---|---|---|
| 1 | Tue, Aug 28 | Overview | Due at 5:00 PM, HW00 |
| 1 | Thu, Aug 30 | Shell | Due at 11:59 PM, HW01a |
| 1 | Sat, Sep 01 | | Due at 11:59 PM, HW01b |
| 2 | Tue, Sep 04 | Pipes | |
"#;
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2018-08-28 Overview",
            "deadline 2018-08-28T17:00 Hw00 due",
            "lecture 2018-08-30 Shell",
            "deadline 2018-08-30T23:59 Hw01a due",
            "deadline 2018-09-01T23:59 Hw01b due",
            "lecture 2018-09-04 Pipes",
        ],
        "{stderr}"
    );
}

/// The written exam is on a Monday after the lectures end; the class meets Tuesdays and
/// Wednesdays and the page gives the exam no time of its own. No slot says when it starts, so
/// it is all-day, not at the Tuesday lecture's hour; a midterm in a Wednesday row keeps the
/// Wednesday slot.
#[test]
fn an_exam_on_a_day_the_class_does_not_meet_borrows_no_lecture_time() {
    let text = r#"# Programming 1, Winter 2024

- Lectures: Tuesday 10:15 - 11:45 and Wednesday 13:00 - 13:45, Room 26

| Date | Topic |
|---|---|
| Di 15.10.24 | Start |
| Mi 16.10.24 | Values |
| Di 22.10.24 | Functions |
| Mi 23.10.24 | Midterm |

## Exam

The written exam takes place on **24.02.2025**.
"#;
    let (got, stderr) = events(text);
    assert_eq!(
        got,
        [
            "lecture 2024-10-15T10:15 Start",
            "lecture 2024-10-16T13:00 Values",
            "lecture 2024-10-22T10:15 Functions",
            "exam 2024-10-23T13:00 Midterm",
            "exam 2025-02-24 Exam",
        ],
        "{stderr}"
    );
}

/// Week rows dated by day-first ranges; the week whose range crosses a month's end names both
/// months (`30 septembre - 4 octobre`). Read before as no date at all, that week's lecture was
/// lost with a warning that its date column held none.
#[test]
fn a_day_first_week_range_across_two_months_is_a_week() {
    let text = r#"# Réseaux, automne 2024

Cours : mardi 10h00-12h00

| Semaine | Dates | Thème |
|---|---|---|
| 1 | 23 - 27 septembre | Couches et protocoles |
| 2 | 30 septembre - 4 octobre | Adresses |
| 3 | 7 - 11 octobre | Routage |
"#;
    let (got, stderr) = events(text);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2024-09-24T10:00",
            "lecture 2024-10-01T10:00",
            "lecture 2024-10-08T10:00",
        ],
        "{stderr}"
    );
}

/// Two sections meet Mondays/Wednesdays and Tuesdays/Thursdays; the shared final falls on a
/// Saturday with no time of its own. No section's slot says when it starts, so it is one
/// all-day exam for both, not a copy per section at each section's hour.
#[test]
fn a_shared_exam_on_a_day_no_section_meets_is_one_all_day_exam() {
    let text = "\
PHYS 105 General Physics I
Spring 2025

Section 1: Mondays and Wednesdays 10:40-12:30, Room P1
Section 2: Tuesdays and Thursdays 13:40-15:30, Room P3

Week  Date    Topic
1     Feb 17  Units and vectors
2     Feb 24  Motion in one dimension
3     Mar 3   Newton's laws
4     Mar 8   Final exam
";
    let (got, stderr) = timed_events_of(text, "phys105.txt", ZONE);
    let exams: Vec<&String> = got.iter().filter(|e| e.starts_with("exam")).collect();
    assert_eq!(exams, ["exam 2025-03-08 Final exam"], "{stderr}");
}

/// A date column whose cells name the week they start (`Week of Sep 8`), as a `Week of`
/// header does for bare dates: each row is that week's meeting on the slot day, titled by its
/// topic. Before, a `Week of` cell among plain dates was set aside as noise, and a table of
/// them only was read line by line, each title starting "Week of".
#[test]
fn a_date_cell_naming_the_week_it_starts_dates_that_weeks_lecture() {
    let text = r#"# Statistics 200, Fall 2025

Lectures: Tuesday 10:00-11:15

| Week | Dates | Topic |
|---|---|---|
| 1 | Sep 2 | Data and variables |
| 2 | Week of Sep 8 | Sampling |
| 3 | Week of 9/15 | Distributions |
"#;
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02T10:00 Data and variables",
            "lecture 2025-09-09T10:00 Sampling",
            "lecture 2025-09-16T10:00 Distributions",
        ],
        "{stderr}"
    );
}

/// A date marked for a footnote (`Sep 9*`, the note under the table saying that class is
/// online) is the row's date; before, the row was set aside as noise.
#[test]
fn a_date_with_a_footnote_mark_is_still_the_rows_date() {
    let text = r#"# Statistics 200, Fall 2025

Lectures: Tuesday 10:00-11:15

| Date | Topic |
|---|---|
| Sep 2 | Data and variables |
| Sep 9* | Sampling |
| Sep 16 | Distributions |

\* This class meets online.
"#;
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-09-02T10:00",
            "lecture 2025-09-09T10:00",
            "lecture 2025-09-16T10:00",
        ],
        "{stderr}"
    );
}

/// Cornell's name for an in-term exam, alone in a topic cell (`Prelim 1`), is an exam as
/// `Midterm 1` is; a review for it stays a class.
#[test]
fn a_prelim_row_is_an_exam_and_its_review_a_class() {
    let text = r#"# Physics 1112, Fall 2025

Lectures: Tuesday 10:00-11:15

| Date | Topic |
|---|---|
| Sep 2 | Vectors |
| Sep 9 | Prelim review |
| Sep 16 | Prelim 1 |
"#;
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-09-02T10:00",
            "lecture 2025-09-09T10:00",
            "exam 2025-09-16T10:00",
        ],
        "{stderr}"
    );
}

/// A course page's sidebar of announcements: a welcome note and a change of office hours,
/// each with its date, gave a lecture (the welcome on a Monday the class does not meet). The
/// announcements are the site's news: only those naming work or an exam are read.
#[test]
fn dated_announcements_give_no_lectures_but_announced_deadlines_stay() {
    let text = r#"<!DOCTYPE html><html><head><title>STAT 100</title></head><body>
<nav><a href="/">Home</a> <a href="/schedule">Schedule</a></nav>
<div class="sidebar"><h3>Announcements</h3><ul>
<li>Aug 25: Welcome to the course site!</li>
<li>Sep 3: Office hours move to Thursday</li>
<li>Sep 5: Homework 1 due Sep 12</li>
</ul></div>
<main><h1>Schedule, Fall 2025</h1>
<p>Lectures: Tuesday and Thursday 9:30-10:45, Hall B</p>
<table><tr><th>Date</th><th>Topic</th></tr>
<tr><td>Tue Sep 2</td><td>Introduction</td></tr>
<tr><td>Thu Sep 4</td><td>Data types</td></tr>
</table></main>
<footer>Last updated: September 1, 2025</footer></body></html>
"#;
    let (got, stderr) = timed_events_of(text, "schedule.html", &["--timezone", "America/New_York"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-09-02T09:30",
            "lecture 2025-09-04T09:30",
            "deadline 2025-09-12T23:59",
        ],
        "{stderr}"
    );
}

/// A topic cell that opens with a quiz and goes on with the class's topic (`Quiz 1; Joins`):
/// the quiz is held in the class, which still meets. Before, the row was the quiz only and the
/// lecture was lost; a cell that is only the quiz stays the quiz.
#[test]
fn a_quiz_before_the_topic_keeps_the_class() {
    let text = r#"# Data 101, Fall 2025

Lectures: Thursday 14:00-15:15

| Date | Topic |
|---|---|
| Sep 4 | Tidy data |
| Sep 11 | Quiz 1; Joins |
| Sep 18 | Quiz 2 |
"#;
    let (got, stderr) = events(text);
    assert_eq!(
        got,
        [
            "lecture 2025-09-04T14:00 Tidy data",
            "lecture 2025-09-11T14:00 Joins",
            "exam 2025-09-11T14:00 Quiz 1",
            "exam 2025-09-18T14:00 Quiz 2",
        ],
        "{stderr}"
    );
}

/// Deadlines at a whole hour written with the clock word (`bis 12 Uhr`, `avant 17 h`, `até às
/// 18h`) fall due at that hour; before, they fell due at the default 23:59.
#[test]
fn a_deadline_at_a_whole_hour_with_its_clock_word_falls_due_then() {
    let text = r#"# Course, Fall 2025

Lectures: Tuesday 10:00-11:00

| Date | Topic | Due |
|---|---|---|
| Sep 2 | Start | Abgabe Blatt 1 bis 12 Uhr |
| Sep 9 | Lists | Remise du TP1 avant 17 h |
| Sep 16 | Maps | Entrega do TP2 até às 18h |
"#;
    let (got, stderr) = events(text);
    let due: Vec<&str> = got
        .iter()
        .filter(|e| e.starts_with("deadline"))
        .map(|e| &e[..25])
        .collect();
    assert_eq!(
        due,
        [
            "deadline 2025-09-02T12:00",
            "deadline 2025-09-09T17:00",
            "deadline 2025-09-16T18:00",
        ],
        "{stderr}"
    );
}

/// Exams listed with their own hours (an evening midterm, a morning final) are not held in the
/// lecture hall: they get no room, where before they got the lecture's; a midterm in the
/// class's own slot keeps the lecture room.
#[test]
fn an_exam_at_its_own_hour_takes_no_lecture_room() {
    let text = r#"# ECON 201, Fall 2025

Lectures: Monday and Wednesday 11:00-12:15, Hall 2

## Exams

- Midterm 1: Wednesday, October 8, 7:00-9:00 PM
- Midterm 2: Wed Nov 12, in class
- Final exam: Monday, December 15, 8:00-10:00 a.m.

## Schedule

| Date | Topic |
|---|---|
| Mon 9/8 | Supply and demand |
| Wed 9/10 | Elasticity |
"#;
    let (_dir, path) = crate::common::fixture(text, "econ.md");
    let (events, stderr) = crate::common::events_json(&path, &["--timezone", "America/New_York"]);
    let rooms: Vec<(String, serde_json::Value)> = events
        .iter()
        .filter(|e| e["kind"] == "exam")
        .map(|e| {
            (
                e["start"].as_str().unwrap_or("")[..16].to_string(),
                e["location"].clone(),
            )
        })
        .collect();
    assert_eq!(
        rooms,
        [
            ("2025-10-08T19:00".to_string(), serde_json::Value::Null),
            ("2025-11-12T11:00".to_string(), serde_json::json!("Hall 2")),
            ("2025-12-15T08:00".to_string(), serde_json::Value::Null),
        ],
        "{stderr}"
    );
}
