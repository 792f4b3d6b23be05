//! Schedule shapes, part 28: schedules whose lectures were not found at all, or documents
//! that gave no events, in the shapes real syllabi use (issue #8, session 9). Every fixture
//! is written for these tests (invented courses, topics and dates).

use crate::common::{events_json, events_of, fixture, kinds_and_dates, summary};

/// A list of weeks, each a bullet with its date range, and under it one indented bullet per
/// session with its own date: the lectures are the sessions, on their dates; a lab is no
/// lecture, and a week with only a lab gives none (its range names no meeting).
#[test]
fn sessions_indented_under_their_week_are_the_lectures() {
    let text = r"# Ecology 240 (2025)

- Week 1 (Feb. 3-7).
  - Lecture 1 (Feb. 3): Populations and their limits
  - Lab 1 (Feb. 5): Counting beetles

- Week 2 (Feb. 10-14).
  - Lab 2 (Feb. 11) Sampling a meadow
  - Lecture 2 (Feb. 13): Competition
  - Lecture 3 (Feb. 14): Predation

- Week 3 (Feb. 24 - Feb. 28).
  - Lab 3 (Feb. 25) Food webs

- Week 4 (Mar. 3-7).
  - Lecture 4 (Mar. 5): Succession
";
    let (got, stderr) = events_of(text, "syllabus.md", &["--term", "Spring 2025"]);
    assert_eq!(
        got,
        [
            "lecture 2025-02-03 Populations and their limits",
            "lecture 2025-02-13 Competition",
            "lecture 2025-02-14 Predation",
            "lecture 2025-03-05 Succession",
        ],
        "{stderr}"
    );
}

/// Under a week's range, an indented line dated outside it is more of the week, not a day of
/// it (a note of a later deadline), and the week keeps its one row.
#[test]
fn an_indented_date_outside_the_weeks_range_is_no_day_of_it() {
    let text = r"Ecology 240, Spring 2025
Lectures: Mondays 10:00-11:30

- Week 1 (Feb. 3-7): Populations
  - Mar. 20: the field report is due at the end of term
- Week 2 (Feb. 10-14): Competition
- Week 3 (Feb. 17-21): Predation
";
    let (got, stderr) = events_of(text, "syllabus.md", &[]);
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-02-03 Populations",
            "lecture 2025-02-10 Competition",
            "lecture 2025-02-17 Predation",
        ],
        "{stderr}"
    );
}

/// A table whose rows give a weekday and a day, under rows that name the month in the first
/// column (`| **October** | | |`): each day is read in the month above it, even when a note
/// in another column writes a full date of its own (which used to make the document fall
/// back to reading only its fully dated lines).
#[test]
fn days_under_month_rows_of_a_table_are_dated_by_them() {
    let text = r"Sociology 210, Fall 2024. Classes meet on Wednesdays, 14:00 to 15:30.

| | Class | Notes |
|---|---|---|
| **September** | | |
| Wednesday 18 | Measuring attitudes | |
| Wednesday 25 | *No class* | |
| **October** | | |
| Wednesday 2 | Survey design | Bring a laptop |
| Wednesday 9 | Sampling | Report 1 due Friday 11 October 18:00 |
| Wednesday 16 | Indices and scales | |
";
    let (got, stderr) = events_of(text, "schedule.md", &[]);
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2024-09-18 Measuring attitudes",
            "lecture 2024-10-02 Survey design",
            "lecture 2024-10-09 Sampling",
            "lecture 2024-10-16 Indices and scales",
        ],
        "{stderr}"
    );
}

/// A course page whose days are headings `Tuesday - 9/3/24` with the day's topics below, and
/// at its end a table of deadlines under a title that says so (`Assignment Due Dates`, then
/// `Date | Event`): the headings are the lectures, and the table's items fall due on its
/// dates (they are not classes, though its header names no due column).
#[test]
fn dash_set_weekday_headings_and_a_titled_table_of_deadlines() {
    let text = r"<!DOCTYPE html>
<html><body>
<h2>Schedule</h2>
<h3>Week 1: Foundations</h3>
<p><strong>Tuesday - 9/3/24</strong></p>
<p><em>Topics:</em></p>
<ul><li>What networks are</li></ul>
<p><strong>Thursday - 9/5/24</strong></p>
<p><em>Topics:</em></p>
<ul><li>Measuring ties</li></ul>
<h3>Week 2: Data</h3>
<p><strong>Tuesday - 9/10/24</strong></p>
<p><em>Topics:</em></p>
<ul><li>Collecting survey data</li></ul>
<h2>Assignment Due Dates</h2>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>9/6/24 5 pm</td><td>Exercise 1</td></tr>
<tr><td>9/13/24 5 pm</td><td>Exercise 2</td></tr>
</table>
</body></html>
";
    let (got, stderr) = events_of(text, "schedule.html", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03 Topics:",
            "lecture 2024-09-05 Topics:",
            "deadline 2024-09-06 Exercise 1 due",
            "lecture 2024-09-10 Topics:",
            "deadline 2024-09-13 Exercise 2 due",
        ],
        "{stderr}"
    );
}

/// The same table under a title that does not name deadlines is read as before: its rows
/// are dated rows of the schedule, not work falling due.
#[test]
fn a_table_under_another_title_is_no_table_of_deadlines() {
    let text = r"<!DOCTYPE html>
<html><body>
<h2>Meetings</h2>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>9/6/24</td><td>Exercise 1</td></tr>
<tr><td>9/13/24</td><td>Exercise 2</td></tr>
</table>
</body></html>
";
    let (got, stderr) = events_of(text, "schedule.html", &[]);
    assert!(got.iter().all(|s| !s.starts_with("deadline")), "{stderr}");
}

/// A table of work with its hand-in date in a column headed by a due date in words of the
/// course's language (`Date de remise`, `Abgabedatum`), and a stray empty cell at a row's
/// end: each item falls due on its date, and no row is a class (they fall on Sundays).
#[test]
fn hand_in_date_columns_in_other_languages_date_their_items() {
    let text = r"# Programmation 1, Hiver 2026

| Travaux | Contenu | Date de remise | Poids |
|---|---|---|---|
| TP0 | Outils | Aucune remise | 0% |
| TP1 | Variables | 1 février | 10% |
| TP2 | Boucles | 15 février | 10% | |

| Blatt | Thema | Abgabedatum |
|---|---|---|
| Blatt 1 | Listen | 8. März |
";
    let (got, stderr) = events_of(text, "schedule.md", &[]);
    let dates = kinds_and_dates(&got);
    assert_eq!(
        dates,
        [
            "deadline 2026-02-01",
            "deadline 2026-02-15",
            "deadline 2026-03-08"
        ],
        "{stderr}"
    );
}

/// Dated headings that list a topic's meetings (`#### March 3 & 5`, `#### March 17, 19, &
/// 24`), each with its topic as the heading under it, whatever that heading's level: one
/// lecture a date; and a table cell listing days with a comma before the `&`.
#[test]
fn headings_listing_a_topics_meetings_give_one_lecture_each() {
    let text = r"# Contracts 602, Spring 2025

#### February 24

### Formation

- Chapter 1

#### March 3 & 5

### Consideration

- Chapter 2

#### March 17, 19, & 24

### Remedies

- Chapter 3
";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2025-02-24 Formation",
            "lecture 2025-03-03 Consideration",
            "lecture 2025-03-05 Consideration",
            "lecture 2025-03-17 Remedies",
            "lecture 2025-03-19 Remedies",
            "lecture 2025-03-24 Remedies",
        ],
        "{stderr}"
    );
    let table = "Contracts 602, Spring 2025\n\nDate\tTopic\nFeb 24\tFormation\nMar 17, 19, & 24\tRemedies\n";
    let (got, stderr) = events_of(table, "schedule.txt", &[]);
    assert_eq!(got.len(), 4, "{stderr}");
}
