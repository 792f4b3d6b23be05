//! Schedule shapes, session 16 (issue 8), work: homework releases and deadlines. A row whose
//! whole topic is numbered work ("HW 2", "*Blatt 3*") on a weekday the lecture slot never
//! meets is that work falling due, not a lecture; the same words on a class day stay the
//! lecture.

use crate::common::timed_events_of;

const NOW: &[&str] = &["--timezone", "UTC", "--now", "2026-12-02 00:00"];

/// Tuesday and Thursday classes; the Fridays hold only the homework's name.
const BARE_FRIDAYS: &str = "# Data Structures, Fall 2024

Lectures: Tuesday and Thursday 10:00-11:15.

| Date | Topic |
|---|---|
| Tue Sep 3 | Arrays |
| Thu Sep 5 | Lists |
| Fri Sep 6 | HW 1 |
| Tue Sep 10 | Stacks |
| Thu Sep 12 | HW 2 |
| Fri Sep 13 | *Homework 3* |
";

/// The Friday rows give their homework due that day and no lecture; the Thursday row that
/// names only homework stays a lecture (a class day: release, due or class, it does not say).
#[test]
fn numbered_work_alone_on_a_day_without_class_is_that_work_due() {
    let (got, stderr) = timed_events_of(BARE_FRIDAYS, "schedule.md", NOW);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03T10:00 Arrays",
            "lecture 2024-09-05T10:00 Lists",
            "deadline 2024-09-06T23:59 Hw1 due",
            "lecture 2024-09-10T10:00 Stacks",
            "lecture 2024-09-12T10:00 HW 2",
            "deadline 2024-09-13T23:59 Hw3 due",
        ],
        "{stderr}"
    );
}

/// Homework told in sentences after the schedule, each released on its own date and due on
/// another.
const PROSE_RELEASES: &str = "# Economics 101, Fall 2023

Class meets Tuesday and Thursday 9:30-10:45.

| Date | Topic |
|---|---|
| Sep 5 | Introduction |
| Sep 7 | Supply and demand |

## Homework

Problem Set 2 will be posted on Sep 14 and is due Sep 21.

Assignment 3 released Thursday, September 21; due Thursday, September 28, 11:59 PM.
";

/// A release followed by its own date gives the release on that date, and the deadline
/// after it stays on its date.
#[test]
fn a_release_dated_in_its_sentence_is_kept_beside_its_deadline() {
    let (got, stderr) = timed_events_of(PROSE_RELEASES, "schedule.md", NOW);
    let work: Vec<&String> = got.iter().filter(|e| !e.starts_with("lecture")).collect();
    assert_eq!(
        work,
        [
            "release 2023-09-14 Problem set 2 released",
            "release 2023-09-21 Assignment 3 released",
            "deadline 2023-09-21T23:59 Problem set 2 due",
            "deadline 2023-09-28T23:59 Assignment 3 due",
        ],
        "{stderr}"
    );
}

/// A deadlines table whose items are cross-references without text (a Jupyter Book page
/// fills in the linked notebook's title), and a class table beside it.
const LINKED_WORK: &str = "# Optimization, Fall 2026

## Assignments

| Deadline | Description |
| --- | --- |
| Friday, September 4, 2026 | [](../notebooks/assignments/Simplex1.ipynb) |
| Friday, September 11, 2026 | [](../notebooks/assignments/Simplex-2.ipynb) |
| Friday, September 18, 2026 | Duality 3 |

## Class Meetings

Mondays and Wednesdays, 12:30 -- 1:45 pm.

| Day | Topic(s) |
| --- | --- |
| Monday, August 31, 2026 | 1. Linear programs |
| Wednesday, September 2, 2026 | 2. Geometry |
";

/// Each linked item is due on its date under the name of the file it points to.
#[test]
fn work_linked_without_text_is_named_by_its_file() {
    let (got, stderr) = timed_events_of(LINKED_WORK, "calendar.md", NOW);
    assert_eq!(
        got,
        [
            "lecture 2026-08-31T12:30 1. Linear programs",
            "lecture 2026-09-02T12:30 2. Geometry",
            "deadline 2026-09-04T23:59 Simplex1 due",
            "deadline 2026-09-11T23:59 Simplex 2 due",
            "deadline 2026-09-18T23:59 Duality 3 due",
        ],
        "{stderr}"
    );
}

/// A list of deadlines after the schedule: an item due at an hour written in words or with
/// an `h` is only that deadline, no class on its day.
const DEADLINE_HOURS: &str = "# Statistics 200, Spring 2025

Lectures Monday and Wednesday 14:00-15:15.

| Date | Topic |
|---|---|
| Mon Jan 13 | Intro |
| Wed Jan 15 | Probability |

## Important dates

- Mar 5 — Reading response 2 due by noon
- Mar 12 — Essay 3 due a las 23h59
";

#[test]
fn a_deadline_at_an_hour_in_words_is_no_lecture() {
    let (got, stderr) = timed_events_of(DEADLINE_HOURS, "schedule.md", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-01-13T14:00 Intro",
            "lecture 2025-01-15T14:00 Probability",
            "deadline 2025-03-05T12:00 Reading response 2 due",
            "deadline 2025-03-12T23:59 Essay 3 due",
        ],
        "{stderr}"
    );
}

/// A deadlines table under a sentence that gives every deadline its hour.
const DUE_HOUR: &str = "# Design Studio, Fall 2016

Class: Tuesday and Thursday 12:30-1:45pm

| Date | Topic |
|---|---|
| Tue, Aug 23 | Class starts |
| Thu, Aug 25 | Sketching |

### Assignments
_All assignments are due at 1:59 pm on the due date._

Assigned    | Due         | Link
------------|-------------|-----------
Tue, Aug 23 | Thu, Aug 25 | [IA 1](a1.html)
Thu, Aug 25 | Tue, Sep 13 | [IA 2](a2.html)
";

/// Each deadline falls at the stated hour; the releases keep their days.
#[test]
fn a_sentence_about_all_work_gives_the_deadlines_their_hour() {
    let (got, stderr) = timed_events_of(DUE_HOUR, "schedule.md", NOW);
    let work: Vec<&String> = got.iter().filter(|e| !e.starts_with("lecture")).collect();
    assert_eq!(
        work,
        [
            "release 2016-08-23 IA 1 released",
            "release 2016-08-25 IA 2 released",
            "deadline 2016-08-25T13:59 IA 1 due",
            "deadline 2016-09-13T13:59 IA 2 due",
        ],
        "{stderr}"
    );
}
