//! Schedule shapes, part 13: the shapes behind the events still missed in session 6 (issue
//! #8): dates anchored by a weekday (`TUE 09-03`, `T 9/1`), a dated heading's own
//! sub-headings, two days' blocks printed side by side, a weekday grid whose header starts
//! far in and gives each column its time, a lecture-number column beside the week's, and a
//! week heading that lists its days. Every fixture is written for these tests (invented
//! courses, topics and dates) in the shape a real syllabus used, each with a second fixture
//! in a variant of that shape.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// "kind start" of every event: for tables whose lecture titles are not what is tested.
fn kinds_and_starts(events: &[serde_json::Value]) -> Vec<String> {
    summary(events)
        .into_iter()
        .map(|s| s.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" "))
        .collect()
}

/// An Org outline: a heading per meeting, weekday first and the date as `MM-DD` without a
/// year (`** MON 02-03 Lecture 1`), its fields as sub-headings (`*** Title:`, `*** Reminders:`)
/// with the work said in the reminders; a two-day lab heading is not a lecture.
#[test]
fn an_org_outline_of_meetings_dated_by_weekday_and_dashed_month_day() {
    let (got, stderr) = timed_events_of(ORG, "plan.org", &["--term", "Spring 2025"]);
    assert_eq!(
        got,
        [
            "lecture 2025-02-03 Title: Floating point",
            "release 2025-02-03 Hw1 released",
            "lecture 2025-02-05 Title: Root finding",
            "lecture 2025-02-10 Title: Newton's method",
            "release 2025-02-10 Hw2 released",
            "deadline 2025-02-10T23:59 Hw1 due",
            "exam 2025-02-12 Midterm",
            "lecture 2025-02-17 Title: Interpolation",
            "lecture 2025-02-26 Reminders:",
            "deadline 2025-02-26T23:59 Hw2 due",
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("not recognised"), "{stderr}");
}

/// The same in Markdown: `### Tue 01-14: Topic` headings, a colon after the date, and
/// `####` sub-headings holding the work; a clock range after a weekday stays a time.
#[test]
fn markdown_headings_dated_by_weekday_and_dashed_month_day_keep_their_sub_headings() {
    let (_d, path) = fixture(MD, "plan.md");
    let (events, stderr) = events_json(&path, &["--term", "Spring 2025"]);
    assert_eq!(
        summary(&events),
        [
            "release 2025-01-14 Problem set 1 released",
            "lecture 2025-01-14T13:00 Relational model",
            "lecture 2025-01-16T13:00 Algebra",
            "deadline 2025-01-16T23:59 Problem set 1 due",
            "lecture 2025-01-21T13:00 SQL basics",
            "lecture 2025-01-30T13:00 Joins",
        ],
        "{stderr}"
    );
    let hours = "# Office hours, Spring 2025\n\n- Mon 10-12\n- Tue 14-16\n- Wed 10-12\n\n## Schedule\n\n- Jan 14: Intro\n- Jan 16: Sets\n";
    let (_d2, path) = fixture(hours, "hours.md");
    let (events, stderr) = events_json(&path, &[]);
    // The hours are the list's times (the slot), never dates.
    let days: Vec<String> = kinds_and_starts(&events)
        .iter()
        .map(|s| s.chars().take(18).collect())
        .collect();
    assert_eq!(
        days,
        ["lecture 2025-01-14", "lecture 2025-01-16"],
        "{stderr}"
    );
}

/// One-letter day codes before a date (`T 8/31`, `Th 9/2`) in a saved page's day headings,
/// under week headings that list the week's days (`Week 1 - T 8/31, Th 9/2`): each day
/// heading is one meeting, and the week heading is none.
#[test]
fn day_headings_with_one_letter_day_codes_under_week_headings_listing_the_days() {
    let (got, stderr) = timed_events_of(REED, "schedule.html", &[]);
    assert_eq!(
        got,
        [
            "lecture 2021-08-31 Welcome: reading aloud, Read the preface",
            "lecture 2021-09-02 Grammar, section 1",
            "lecture 2021-09-07 Verbs, Grammar, section 2 (2019 edition)",
            "exam 2021-09-09 Midterm",
        ],
        "{stderr}"
    );
}

/// The codes in a list (`- M 1/22: Units`, `R 2/1` for Thursday): the letter is the day, not
/// part of the topic.
#[test]
fn a_dated_list_with_one_letter_day_codes() {
    let (got, stderr) = timed_events_of(MWF, "plan.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-22 Units and vectors",
            "lecture 2024-01-24 Motion in one dimension",
            "lecture 2024-01-26 Quiz 1 and review",
            "lecture 2024-01-29 Motion in two dimensions",
            "deadline 2024-02-01T23:59 Hw1 due",
        ],
        "{stderr}"
    );
}

/// A two-column page through `pdftotext -layout`: two day headings on one line, their
/// fields side by side below; a day of its own further down; a day without class; a
/// deadline bullet under the pair.
#[test]
fn two_days_blocks_printed_side_by_side_are_two_meetings() {
    let (got, stderr) = timed_events_of(BLOCKS1, "schedule.txt", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2023-01-09 Topic Why empires trade",
            "lecture 2023-01-11 Topic Silk roads",
            "deadline 2023-01-13T17:00 Response 1 due",
            "lecture 2023-01-18 Topic Harbour cities",
            "lecture 2023-01-23 Lecture 3",
        ],
        "{stderr}"
    );
}

/// The variant: short day-month dates (`Tue 6 Sep`), fields with colons, no blank line under
/// the dates, a deadline inside the right-hand block.
#[test]
fn two_days_blocks_with_day_month_dates_and_work_in_a_block() {
    let (got, stderr) = timed_events_of(BLOCKS2, "schedule.txt", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2022-09-06T10:00 Question: what is a reason?",
            "lecture 2022-09-08T10:00 Question: what is a value?",
            "lecture 2022-09-13T10:00 Question: duties",
            "lecture 2022-09-15T10:00 Read: nothing new",
            "deadline 2022-09-15T23:59 Paper 1 due",
        ],
        "{stderr}"
    );
}

/// A weekday grid printed by `pdftotext -layout` whose header starts far in (the margin is
/// the week's column), whose columns give their times (`Monday (10.15-12.00)`, two Monday
/// columns), and whose first cell is glued to the week's dates with one space.
#[test]
fn a_weekday_grid_with_an_unnamed_week_column_and_times_in_its_header() {
    let (got, stderr) = timed_events_of(GRID1, "schedule.txt", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T10:15 L01: HTML basics",
            "lecture 2025-09-01T12:15 L02: Exercise",
            "lecture 2025-09-04T08:15 L03: Forms",
            "lecture 2025-09-08T10:15 L04: CSS",
            "lecture 2025-09-08T12:15 L05: Exercise",
            "lecture 2025-09-11T08:15 L06: Layout",
            "lecture 2025-09-15T10:15 L07: Scripts and the DOM",
            "lecture 2025-09-15T12:15 L08: Exercise",
        ],
        "{stderr}"
    );
}

/// The variant: times without brackets (`Tuesday 9:00-10:30`), month-name week ranges, a
/// day without class and a deadline in a cell.
#[test]
fn a_weekday_grid_with_times_after_the_weekdays_and_a_day_off() {
    let (got, stderr) = timed_events_of(GRID2, "schedule.txt", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2026-01-13T09:00 Intro to signals",
            "lecture 2026-01-16T13:00 Sampling",
            "lecture 2026-01-20T09:00 Filters",
            "lecture 2026-01-27T09:00 Transforms",
            "lecture 2026-01-30T13:00 Review; lab report 1 due",
            "deadline 2026-01-30T23:59 Lab report 1 due",
        ],
        "{stderr}"
    );
}

/// A table with a Week column and a Lecture column of numbers, as `pdftotext` prints it:
/// the week's number drifts to its second row, and a lecture number to a line of its own.
/// The lecture numbers are not weeks: every row is one lecture.
#[test]
fn a_lecture_number_column_beside_the_week_column_is_not_the_week() {
    let (_d, path) = fixture(LEC1, "schedule.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        kinds_and_starts(&events),
        [
            "lecture 2023-01-10T09:30",
            "lecture 2023-01-12T09:30",
            "lecture 2023-01-17T09:30",
            "lecture 2023-01-19T09:30",
            "lecture 2023-01-24T09:30",
            "lecture 2023-01-26T09:30",
            "lecture 2023-01-31T09:30",
        ],
        "{stderr}"
    );
}

/// The variant: the week number on the second lecture of each week, work in its own column.
#[test]
fn week_numbers_on_the_second_row_of_each_week_beside_lecture_numbers() {
    let (_d, path) = fixture(LEC2, "schedule.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        kinds_and_starts(&events),
        [
            "lecture 2024-09-09T14:00",
            "release 2024-09-11",
            "lecture 2024-09-11T14:00",
            "lecture 2024-09-16T14:00",
            "lecture 2024-09-18T14:00",
            "deadline 2024-09-18T23:59",
            "lecture 2024-09-23T14:00",
            "lecture 2024-09-25T14:00",
        ],
        "{stderr}"
    );
}

const ORG: &str = "\
#+title: Plan for Numerical Methods
#+options: toc:nil
* Week 1
** MON 02-03 Lecture 1
:PROPERTIES:
:CUSTOM_ID: 02-03
:END:
*** Title: Floating point
*** Topics:
+ Rounding and machine epsilon
*** Reminders:
+ Homework 1 is assigned
** WED 02-05 Lecture 2
*** Title: Root finding
*** Reminders:
** FRI/MON 02-07/10 Lab 1
*** Topics:
+ Set up the notebook
* Week 2
** MON 02-10 Lecture 3
*** Title: Newton's method
*** Reminders:
+ Homework 1 is due
+ Homework 2 is assigned
** WED 02-12 Midterm Exam
** MON 02-17 Lecture 4
*** Title: Interpolation
** WED 02-26 Lecture 5
*** Reminders:
+ Homework 2 is due
";

const MD: &str = "\
# Databases, Spring 2025

Lectures Tuesday and Thursday 13:00-14:15.

## Week 1

### Tue 01-14: Relational model

#### Slides

- Tables, keys

#### To do

- Problem set 1 out

### Thu 01-16: Algebra

#### To do

- Problem set 1 due

## Week 2

### Tue 01-21: SQL basics

### Thu 01-30: Joins
";

const REED: &str = "\
<html><body>
<h1>Latin 210, Fall 2021</h1>
<h2>Week 1 - T 8/31, Th 9/2</h2>
<h3>T 8/31 - Welcome: reading aloud</h3>
<ul><li>Read the preface</li></ul>
<h3>Th 9/2</h3>
<ul><li>Grammar, section 1</li></ul>
<h2>Week 2 - T 9/7, Th 9/9</h2>
<h3>T 9/7 - Verbs</h3>
<ul><li>Grammar, section 2 (2019 edition)</li></ul>
<h3>Th 9/9 - MIDTERM</h3>
</body></html>
";

const MWF: &str = "\
# Physics 101, Spring 2024

## Schedule

- M 1/22: Units and vectors
- W 1/24: Motion in one dimension
- F 1/26: Quiz 1 and review
- M 1/29: Motion in two dimensions
- R 2/1: Homework 1 due
";

const BLOCKS1: &str = "\
                     History 230: Empires and Trade
                               Winter 2023

Class Schedule

Week 1: Beginnings

Monday, January 09                                     Wednesday, January 11

Topic Why empires trade                                Topic Silk roads
Reading Chapter 1                                      Reading Chapter 2, sections 2.1-2.3

     • Response 1 due on Friday, January 13 at 5pm.


Week 2: Ports

Monday, January 16                                     Wednesday, January 18

No class - campus holiday                              Topic Harbour cities
                                                       Reading Chapter 3


Monday, January 23

Topic Ledgers and coins
";

const BLOCKS2: &str = "\
Seminar in Ethics, Fall 2022
Meets Tue and Thu 10:00-11:20

Unit 1

Tue 6 Sep                                Thu 8 Sep
Question: what is a reason?              Question: what is a value?
Read: Smith ch. 1                        Read: Jones ch. 4


Unit 2

Tue 13 Sep                               Thu 15 Sep
Question: duties                         Paper 1 due
Read: Kant, Groundwork I                 Read: nothing new
";

const GRID1: &str = "\
Timetable for WEB 200, autumn 2025

                          Monday (10.15-12.00)            Monday (12.15-14.00)       Thursday (08.15-10.00)
Week 36 (01.09-05.09) L01: HTML basics                    L02: Exercise              L03: Forms
Week 37 (08.09-12.09)     L04: CSS                        L05: Exercise              L06: Layout
Week 38 (15.09-19.09) L07: Scripts and the DOM           L08: Exercise
";

const GRID2: &str = "\
Course plan, Spring 2026

                        Tuesday 9:00-10:30         Friday 13:00-14:30
Wk 3 (Jan 12-16)        Intro to signals           Sampling
Wk 4 (Jan 19-23)        Filters                    No class
Wk 5 (Jan 26-30)        Transforms                 Review; lab report 1 due
";

const LEC1: &str = "\
Statics, Spring 2023
MEETINGS: Tuesdays and Thursdays: 9:30AM-10:45AM

   Week     Lecture    Date                       Topic                          Assignment
    1         1       Jan 10   Forces and vectors
                      Jan 12   Moments
              2
              3       Jan 17   Equilibrium of particles                       HW 1
    2         4       Jan 19   Equilibrium of bodies

              5       Jan 24   Trusses
    3          6      Jan 26   Frames and machines
              7       Jan 31   Friction
";

const LEC2: &str = "\
Signals, Fall 2024
Lectures Monday and Wednesday 14:00-15:15

Week   Lecture   Date      Topic                    Work
         1       Sep 9     Sampling
1        2       Sep 11    Aliasing                 PS 1 out
         3       Sep 16    Convolution
2        4       Sep 18    Fourier series           PS 1 due
         5       Sep 23    Transforms
3        6       Sep 25    Filters
";
