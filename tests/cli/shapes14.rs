//! Schedule shapes, part 14: fewer wrong and extra events (issue #8, session 6 precision),
//! from the shapes of last session's held-out syllabi: rows that hold only a deadline on a
//! day the class never meets, lecture columns whose author numbers every lecture, a term
//! written `Spring Semester, 2025`, Portuguese practicals and numbered exams with a
//! qualifier. Every fixture is written for these tests (invented courses, topics and dates)
//! in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// A table of one row per class day and one per Saturday, the Saturday rows with an empty
/// topic and only a deadline in the next column: the Saturdays are no class. A Tuesday with an empty topic stays a class (Tuesdays have topics).
#[test]
fn saturday_rows_holding_only_a_deadline_are_no_class() {
    let text = "\
<html><body>
<h1>GEOL 210 Rocks and Minerals, Fall 2021</h1>
<table>
<tr><th>Week</th><th>Date</th><th>Topic</th><th>Assignments</th></tr>
<tr><td>Week 1</td><td>Tue, Sep 07</td><td>Welcome</td><td>Chapter 1</td></tr>
<tr><td>Week 1</td><td>Thu, Sep 09</td><td>Crystals</td><td>Chapter 2</td></tr>
<tr><td>Week 1</td><td>Sat, Sep 11</td><td></td><td><ul><li>HW01 due</li></ul></td></tr>
<tr><td>Week 2</td><td>Tue, Sep 14</td><td></td><td>Chapter 3</td></tr>
<tr><td>Week 2</td><td>Thu, Sep 16</td><td>Silicates</td><td>Chapter 4</td></tr>
<tr><td>Week 2</td><td>Sat, Sep 18</td><td></td><td><ul><li>HW02 due</li></ul></td></tr>
<tr><td>Week 3</td><td>Tue, Sep 21</td><td>Igneous rocks</td><td></td></tr>
<tr><td>Week 3</td><td>Thu, Sep 23</td><td>Thanksgiving Vacation</td><td></td></tr>
</table>
</body></html>
";
    let (got, stderr) = timed_events_of(text, "schedule.html", &[]);
    assert_eq!(
        got,
        [
            "lecture 2021-09-07 Welcome",
            "lecture 2021-09-09 Crystals",
            "deadline 2021-09-11T23:59 Hw01 due",
            "lecture 2021-09-14 Lecture 2",
            "lecture 2021-09-16 Silicates",
            "deadline 2021-09-18T23:59 Hw02 due",
            "lecture 2021-09-21 Igneous rocks",
        ],
        "{stderr}"
    );
}

/// The same shape as a Markdown table of Monday/Wednesday/Friday classes, where the deadline
/// rows fall on Sundays and hold the deadline in a column of its own; a `Reading day` is no
/// class either.
#[test]
fn sunday_deadline_rows_of_a_monday_wednesday_friday_table_are_no_class() {
    let text = "\
# STAT 120, Spring 2022

| Date | Topic | Due |
|---|---|---|
| Mon Jan 10 | Data | |
| Wed Jan 12 | Graphs | |
| Fri Jan 14 | Averages | |
| Sun Jan 16 | | Lab 1 due |
| Mon Jan 17 | Spread | |
| Wed Jan 19 | Reading day | |
| Fri Jan 21 | Boxplots | |
| Sun Jan 23 | | Lab 2 due |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|e| e.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2022-01-10 Data",
            "lecture 2022-01-12 Graphs",
            "lecture 2022-01-14 Averages",
            "lecture 2022-01-17 Spread",
            "lecture 2022-01-21 Boxplots",
        ],
        "{stderr}"
    );
}

/// One HTML table per week with a row per weekday, the lecture column numbering every
/// lecture (`Lec 3: …`): the quiz in the lecture column, its retake, an optional review and
/// an empty Friday are no lectures.
#[test]
fn where_every_lecture_is_numbered_an_unnumbered_row_is_no_lecture() {
    let text = "\
<table>
<tr><th>Week</th><th>Date</th><th>Lecture</th><th>Lab</th><th>Assignment / Exam</th></tr>
<tr><td rowspan=\"5\">1</td><td>Mon 6/16</td><td>Lec 1: Welcome</td><td>Lab 1</td><td></td></tr>
<tr><td>Tue 6/17</td><td>Lec 2: Blocks</td><td>Lab 2</td><td></td></tr>
<tr><td>Wed 6/18</td><td>Lec 3: Loops</td><td></td><td></td></tr>
<tr><td>Thu 6/19</td><td>In Person: Quiz 1</td><td></td><td></td></tr>
<tr><td>Fri 6/20</td><td></td><td></td><td></td></tr>
</table>
<table>
<tr><th>Week</th><th>Date</th><th>Lecture</th><th>Lab</th><th>Assignment / Exam</th></tr>
<tr><td rowspan=\"5\">2</td><td>Mon 6/23</td><td>Lec 4: Lists</td><td>Lab 3</td><td></td></tr>
<tr><td>Tue 6/24</td><td>Lec 5: Recursion</td><td>Lab 4</td><td></td></tr>
<tr><td>Wed 6/25</td><td>Lec 6: Trees</td><td></td><td></td></tr>
<tr><td>Thu 6/26</td><td>Quiz 2 Review (Optional)</td><td></td><td></td></tr>
<tr><td>Fri 6/27</td><td>Quiz 1 Retake</td><td></td><td></td></tr>
</table>
";
    let (got, stderr) = timed_events_of(text, "schedule.html", &["--term", "Summer 2025"]);
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|e| e.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-06-16 Lec 1: Welcome",
            "lecture 2025-06-17 Lec 2: Blocks",
            "lecture 2025-06-18 Lec 3: Loops",
            "lecture 2025-06-23 Lec 4: Lists",
            "lecture 2025-06-24 Lec 5: Recursion",
            "lecture 2025-06-25 Lec 6: Trees",
        ],
        "{stderr}"
    );
}

/// The variant: a Markdown list of dated lectures, `Lecture N - topic`, with a guest talk
/// and a review left unnumbered among them; the exam row stays the exam.
#[test]
fn a_numbered_lecture_list_keeps_only_its_numbered_rows_as_lectures() {
    let text = "\
# PHYS 101, Fall 2024

| Date | Class |
|---|---|
| Sep 3 | Lecture 1 - Units |
| Sep 5 | Lecture 2 - Vectors |
| Sep 10 | Lecture 3 - Motion |
| Sep 12 | Lecture 4 - Forces |
| Sep 17 | Office hours in the lab |
| Sep 19 | Lecture 5 - Energy |
| Sep 24 | Midterm 1 |
| Sep 26 | Lecture 6 - Momentum |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03 Lecture 1 - Units",
            "lecture 2024-09-05 Lecture 2 - Vectors",
            "lecture 2024-09-10 Lecture 3 - Motion",
            "lecture 2024-09-12 Lecture 4 - Forces",
            "lecture 2024-09-19 Lecture 5 - Energy",
            "exam 2024-09-24 Midterm 1",
            "lecture 2024-09-26 Lecture 6 - Momentum",
        ],
        "{stderr}"
    );
}

/// A course page whose heading names the term with a comma (`Spring Semester, 2025`) and
/// whose dates have no year: the term gives the year, not a publication date further down.
#[test]
fn a_term_written_with_a_comma_before_its_year_gives_the_year() {
    let text = "\
# Data Structures (CSE 201, Spring Semester, 2025)

| Date | Topic |
|---|---|
| 03/04 | Arrays |
| 03/11 | Lists |
| 03/18 | Stacks |

Textbook: Basic Structures, 2nd edition (published 2024-01-03).
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-04 Arrays",
            "lecture 2025-03-11 Lists",
            "lecture 2025-03-18 Stacks",
        ],
        "{stderr}"
    );
}

/// A Portuguese table of numbered meetings where the Thursday meetings are practicals
/// (`Prática 03`) and the theory exams carry a qualifier before their number
/// (`Prova teórica 01`, `Prova teórica 02`): practicals are no lectures and the second exam
/// is an exam of its own, not the first given again.
#[test]
fn portuguese_practicals_are_sessions_and_qualified_exams_keep_their_numbers() {
    let text = "\
# Programação I, 2º semestre 2022

| Aula | Data | Tópico |
|---|---|---|
| 01 | 06/09 | Introdução |
| 02 | 08/09 | Prática 01 |
| 03 | 13/09 | Funções |
| 04 | 15/09 | Prática 02 |
| 05 | 20/09 | Prova teórica 01 |
| 06 | 22/09 | Prática 03 |
| 07 | 27/09 | Ponteiros |
| 08 | 29/09 | Prova teórica 02 |
|    | 04/10 | Exame especial |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    let kept: Vec<String> = got
        .into_iter()
        .filter(|e| e.starts_with("lecture") || e.starts_with("exam"))
        .collect();
    assert_eq!(
        kept,
        [
            "lecture 2022-09-06 Introdução",
            "lecture 2022-09-13 Funções",
            "exam 2022-09-20 Exam 01",
            "lecture 2022-09-27 Ponteiros",
            "exam 2022-09-29 Exam 02",
            "exam 2022-10-04 Exam",
        ],
        "{stderr}"
    );
}

/// A table whose first column gives each meeting's date, weekday and start
/// (`Sep 06 (Tue) at 9:30am`), with a kind column naming classes and labs: the clock is the
/// row's start (a start alone lasts 90 minutes), not a note.
#[test]
fn a_clock_after_the_weekday_in_the_date_cell_is_the_rows_start() {
    let text = "\
# Surveying 101, Fall 2022

|Time|Class|Topic|Location|
|:---|:---|:---|:---|
|Sep 06 (Tue) at 9:30am|Class 01|Levels|HH 210|
|Sep 08 (Thu) at 9:30am|Class 02|Angles|HH 210|
|Sep 13 (Tue) at 9:30am|Class 03|Traverses|HH 210|
|Sep 15 (Thu) at 9:30am|Class 04|Mapping|HH 210|
";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Toronto"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2022-09-06T09:30 Levels",
            "lecture 2022-09-08T09:30 Angles",
            "lecture 2022-09-13T09:30 Traverses",
            "lecture 2022-09-15T09:30 Mapping",
        ],
        "{stderr}"
    );
    let ends: Vec<&str> = events
        .iter()
        .filter_map(|e| e["end"].as_str())
        .map(|e| e.get(11..16).unwrap_or(e))
        .collect();
    assert_eq!(ends, ["11:00", "11:00", "11:00", "11:00"], "{stderr}");
}

/// The variant: a day-first date with its weekday in parentheses and then a range
/// (`9 Jan (Mon) 13:00-14:50`) in a Date column: the range is the row's time.
#[test]
fn a_time_range_after_the_weekday_in_the_date_cell_is_the_rows_time() {
    let text = "\
# Hydrology, Spring 2023

| Date | Topic |
|---|---|
| 9 Jan (Mon) 13:00-14:50 | Water cycle |
| 11 Jan (Wed) 13:00-14:50 | Rainfall |
| 16 Jan (Mon) 13:00-14:50 | Runoff |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/Denver"]);
    assert_eq!(
        got,
        [
            "lecture 2023-01-09T13:00 Water cycle",
            "lecture 2023-01-11T13:00 Rainfall",
            "lecture 2023-01-16T13:00 Runoff",
        ],
        "{stderr}"
    );
}

/// A table of modules with `Opens` and `Closes` columns of full dates and no meeting slot: each
/// row is a range of days (the second date is no topic), so no lecture is made up for it; the
/// deadline below stays.
#[test]
fn begin_and_end_date_columns_are_one_range_and_make_no_lecture_without_a_slot() {
    let text = "\
HIST 210 Empires, Spring 2024

Module                         Opens              Closes

Module 1: Rome                 Jan 8, 2024        Jan 14, 2024
Module 2: Persia               Jan 15, 2024       Jan 21, 2024
Module 3: China                Jan 22, 2024       Jan 28, 2024

Essay 1 due Jan 21, 2024
";
    let (got, stderr) = timed_events_of(text, "schedule.txt", &["--timezone", "America/Phoenix"]);
    assert_eq!(got, ["deadline 2024-01-21T23:59 Essay 1 due"], "{stderr}");
}

/// The variant: a pipe table `Week | Begins | Ends` whose week cell holds the title, with a
/// weekly live session: each week's meeting takes the week's title, not the end date.
#[test]
fn the_end_date_of_a_begins_ends_table_is_no_title() {
    let text = "\
# CSE 999, Spring 2022

Live session: Thursday 18:00-19:00

| Week | Begins | Ends |
|---|---|---|
| Week 1: Intro | January 10, 2022 | January 16, 2022 |
| Week 2: Networks | January 17, 2022 | January 23, 2022 |
| Week 3: Apps | January 24, 2022 | January 30, 2022 |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/Phoenix"]);
    assert_eq!(
        got,
        [
            "lecture 2022-01-13T18:00 Week 1: Intro",
            "lecture 2022-01-20T18:00 Week 2: Networks",
            "lecture 2022-01-27T18:00 Week 3: Apps",
        ],
        "{stderr}"
    );
}
