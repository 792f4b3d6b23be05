//! Schedule shapes, part 6: every capability issue 8 names, checked again with fixtures
//! written for these tests in our own words (invented courses, topics and dates), varying
//! each shape as real syllabi do: other header words and languages, with and without a year,
//! Markdown, HTML, plain text and PDF, the label before or after the date, extra columns.

use crate::common::pdf::pdf_of_lines;
use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// A list of projects under the table, each a window of weeks with month-first dotted dates
/// (`Week 2-4 (09.09 - 09.23)`): released on the first day, due on the last.
#[test]
fn a_week_window_in_a_list_is_released_at_its_start_and_due_at_its_end() {
    let text = r#"# Data Mining — Fall 2025

Lectures: Tuesday and Thursday 10:30-11:45

## Schedule

| Week | Date | Topic | Work |
|---|---|---|---|
| 1 | 09.02 | Course intro | |
| 1 | 09.04 | Data and features | |
| 2 | 09.09 | Similarity | Project 1 |
| 2 | 09.11 | Clustering | |
| 3 | 09.16 | Classification | |
| 3 | 09.18 | Trees | |
| 4 | 09.23 | Evaluation | |

## Projects

- Project 1: Week 2-4 (09.09 - 09.23)
- Project 2: Week 4-6 (09.23 - 10.07)
"#;
    let (got, stderr) = timed_events_of(text, "projects.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02T10:30 Course intro",
            "lecture 2025-09-04T10:30 Data and features",
            "release 2025-09-09 Project 1 released",
            "lecture 2025-09-09T10:30 Similarity",
            "lecture 2025-09-11T10:30 Clustering",
            "lecture 2025-09-16T10:30 Classification",
            "lecture 2025-09-18T10:30 Trees",
            "release 2025-09-23 Project 2 released",
            "lecture 2025-09-23T10:30 Evaluation",
            "deadline 2025-09-23T23:59 Project 1 due",
            "deadline 2025-10-07T23:59 Project 2 due",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("read month first"), "{stderr}");
}

/// A homework column whose cell is a window with month names (`HW1 (Jan 29 - Feb 9)`).
#[test]
fn a_homework_column_window_with_month_names_gives_a_release_and_a_deadline() {
    let text = r#"STAT 220 Applied Regression, Spring 2024
Class: Mondays and Wednesdays 13:00-14:15

Week  Dates           Topic                 Homework
1     Jan 22          Review                 
2     Jan 29          Simple regression     HW1 (Jan 29 - Feb 9)
3     Feb 5           Multiple regression    
4     Feb 12          Diagnostics           HW2 (Feb 12 - Feb 23)
5     Feb 19          Transformations
"#;
    let (got, stderr) = timed_events_of(text, "stat220.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-22T13:00 Review",
            "lecture 2024-01-24T13:00 Review",
            "release 2024-01-29 Hw1 released",
            "lecture 2024-01-29T13:00 Simple regression",
            "lecture 2024-01-31T13:00 Simple regression",
            "lecture 2024-02-05T13:00 Multiple regression",
            "lecture 2024-02-07T13:00 Multiple regression",
            "deadline 2024-02-09T23:59 Hw1 due",
            "release 2024-02-12 Hw2 released",
            "lecture 2024-02-12T13:00 Diagnostics",
            "lecture 2024-02-14T13:00 Diagnostics",
            "lecture 2024-02-19T13:00 Transformations",
            "lecture 2024-02-21T13:00 Transformations",
            "deadline 2024-02-23T23:59 Hw2 due",
        ],
        "{stderr}"
    );
}

/// German sheets as a list above the table, day-first dates with their trailing dots
/// (`Blatt 1: Woche 2-3 (23.04. - 07.05.)`).
#[test]
fn a_german_sheet_window_of_day_first_dates_with_dots_is_read_before_the_table() {
    let text = r#"# Programmierung II — SoSe 2025

Vorlesung: Mittwoch 10:15-11:45

## Übungsblätter

- Blatt 1: Woche 2-3 (23.04. - 07.05.)
- Blatt 2: Woche 4-5 (07.05. - 21.05.)

## Termine

| Datum | Thema |
|---|---|
| 16.04. | Einführung |
| 23.04. | Rekursion |
| 30.04. | Listen |
| 07.05. | Bäume |
| 14.05. | Graphen |
| 21.05. | Suchen |
"#;
    let (got, stderr) = timed_events_of(text, "prog2.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-04-16T10:15 Einführung",
            "release 2025-04-23 Hw1 released",
            "lecture 2025-04-23T10:15 Rekursion",
            "lecture 2025-04-30T10:15 Listen",
            "release 2025-05-07 Hw2 released",
            "lecture 2025-05-07T10:15 Bäume",
            "deadline 2025-05-07T23:59 Hw1 due",
            "lecture 2025-05-14T10:15 Graphen",
            "lecture 2025-05-21T10:15 Suchen",
            "deadline 2025-05-21T23:59 Hw2 due",
        ],
        "{stderr}"
    );
}

/// Weeks and topics, no meeting days and no dated rows; one topic cell dates an essay. The
/// essay is the one event, with a warning, and nothing is guessed for the weeks.
#[test]
fn a_week_and_topic_table_with_one_dated_deliverable_gives_it_and_no_lecture() {
    let text = r#"# Introduction to Ethics — Fall 2024

## Course outline

| Week | Topic | Readings |
|---|---|---|
| 1 | What is ethics? | Ch. 1 |
| 2 | Consequentialism | Ch. 2 |
| 3 | Deontology | Ch. 3 |
| 4 | Virtue | Ch. 4 |
| 5 | Essay due Oct 4 | |
| 6 | Applied cases | Ch. 5 |
"#;
    let (got, stderr) = timed_events_of(text, "ethics.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(got, ["deadline 2024-10-04T23:59 Essay due",], "{stderr}");
    assert!(stderr.contains("no dated schedule rows"), "{stderr}");
}

/// The same in plain text lines (`Week 4   Midterm paper due 2/14`).
#[test]
fn a_weekly_plan_without_dates_keeps_its_one_dated_paper() {
    let text = r#"HIST 105  World History since 1500        Spring 2025

Weekly plan
Week 1   Empires and oceans
Week 2   The printing press
Week 3   Reformations
Week 4   Midterm paper due 2/14
Week 5   Revolutions
"#;
    let (got, stderr) = timed_events_of(text, "hist105.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        ["deadline 2025-02-14T23:59 Midterm paper due",],
        "{stderr}"
    );
    assert!(stderr.contains("no dated schedule rows"), "{stderr}");
}

/// The events of the algorithms schedule whose `T` rows a legend or header names tutorials.
const ALGORITHMS_WITH_TUTORIALS: [&str; 7] = [
    "lecture 2024-02-05T09:00 Introduction",
    "lecture 2024-02-07T09:00 Sorting",
    "other 2024-02-09 Tutorial: Exercises on sorting",
    "lecture 2024-02-12T09:00 Heaps",
    "lecture 2024-02-14T09:00 Hashing",
    "other 2024-02-16 Tutorial: Exercises on hashing",
    "lecture 2024-02-19T09:00 Graphs",
];

/// A column of one-letter codes without a header, defined by a legend under the table.
#[test]
fn one_letter_codes_the_legend_defines_make_tutorials_not_lectures() {
    let text = r#"# Algorithms — Spring 2024

Lectures: Monday and Wednesday 09:00-10:30

| Date | | Topic |
|---|---|---|
| Feb 5 | L | Introduction |
| Feb 7 | L | Sorting |
| Feb 9 | T | Exercises on sorting |
| Feb 12 | L | Heaps |
| Feb 14 | L | Hashing |
| Feb 16 | T | Exercises on hashing |
| Feb 19 | L | Graphs |

L = lecture, T = tutorial
"#;
    let (got, stderr) = timed_events_of(text, "algo.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(got, ALGORITHMS_WITH_TUTORIALS, "{stderr}");
}

/// German codes (`V`, `Ü`) in an `Art` column, defined below the table.
#[test]
fn german_codes_defined_below_the_table_make_exercise_classes() {
    let text = r#"Numerik I, WS 2024/25
Vorlesung: Dienstag 10-12 Uhr

Datum      Art  Thema
15.10.     V    Einführung
17.10.     Ü    Übung 1
22.10.     V    Fehleranalyse
24.10.     Ü    Übung 2
29.10.     V    Interpolation

V = Vorlesung, Ü = Übung
"#;
    let (got, stderr) = timed_events_of(text, "numerik.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-10-15T10:00 Einführung",
            "other 2024-10-17 Übung 1",
            "lecture 2024-10-22T10:00 Fehleranalyse",
            "other 2024-10-24 Übung 2",
            "lecture 2024-10-29T10:00 Interpolation",
        ],
        "{stderr}"
    );
}

/// A header cell `Lecture/Tutorial` over cells `L` and `T`.
#[test]
fn a_header_naming_kinds_by_initials_defines_the_codes_under_it() {
    let text = r#"# Algorithms — Spring 2024

Lectures: Monday and Wednesday 09:00-10:30

| Date | Lecture/Tutorial | Topic |
|---|---|---|
| Feb 5 | L | Introduction |
| Feb 7 | L | Sorting |
| Feb 9 | T | Exercises on sorting |
| Feb 12 | L | Heaps |
| Feb 14 | L | Hashing |
| Feb 16 | T | Exercises on hashing |
| Feb 19 | L | Graphs |
"#;
    let (got, stderr) = timed_events_of(text, "algo.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(got, ALGORITHMS_WITH_TUTORIALS, "{stderr}");
}

/// The same codes under `Type` with no legend: what `T` stands for is not guessed (a
/// tutorial or a theory class), but the code most rows carry (`L`) is the lecture, and the
/// rarer code's rows on the Fridays, off the lecture days, are sessions (session 5: the
/// rows used to stay lectures, with a warning for the other day).
#[test]
fn undefined_codes_in_a_type_column_are_read_by_how_often_they_come() {
    let text = r#"# Algorithms — Spring 2024

Lectures: Monday and Wednesday 09:00-10:30

| Date | Type | Topic |
|---|---|---|
| Feb 5 | L | Introduction |
| Feb 7 | L | Sorting |
| Feb 9 | T | Exercises on sorting |
| Feb 12 | L | Heaps |
| Feb 14 | L | Hashing |
| Feb 16 | T | Exercises on hashing |
| Feb 19 | L | Graphs |
"#;
    let (got, stderr) = timed_events_of(text, "algo.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-02-05T09:00 Introduction",
            "lecture 2024-02-07T09:00 Sorting",
            "other 2024-02-09 Exercises on sorting",
            "lecture 2024-02-12T09:00 Heaps",
            "lecture 2024-02-14T09:00 Hashing",
            "other 2024-02-16 Exercises on hashing",
            "lecture 2024-02-19T09:00 Graphs",
        ],
        "{stderr}"
    );
}

/// Weekly self-study rows between the lectures.
#[test]
fn self_study_rows_are_no_lectures() {
    let text = r#"# Machine Learning — Fall 2024

Lectures: Monday 14:00-16:00

| Week | Date | Topic |
|---|---|---|
| 1 | Sep 2 | Introduction |
| 1 | Sep 4 | Self-study: Python refresher |
| 2 | Sep 9 | Linear models |
| 2 | Sep 11 | Self-study: linear algebra notes |
| 3 | Sep 16 | Kernels |
| 3 | Sep 18 | Self study week 3 |
"#;
    let (got, stderr) = timed_events_of(text, "ml.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-02T14:00 Introduction",
            "lecture 2024-09-09T14:00 Linear models",
            "lecture 2024-09-16T14:00 Kernels",
        ],
        "{stderr}"
    );
}

/// The same in Spanish (`Estudio autónomo: guía 1`).
#[test]
fn spanish_autonomous_study_rows_are_no_lectures() {
    let text = r#"# Estadística — 1er cuatrimestre 2025

Clases: martes 18:00-20:00

| Fecha | Actividad |
|---|---|
| 11/03 | Presentación |
| 14/03 | Estudio autónomo: guía 1 |
| 18/03 | Probabilidad |
| 21/03 | Estudio autónomo: guía 2 |
| 25/03 | Variables aleatorias |
"#;
    let (got, stderr) = timed_events_of(text, "estadistica.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-11T18:00 Presentación",
            "lecture 2025-03-18T18:00 Probabilidad",
            "lecture 2025-03-25T18:00 Variables aleatorias",
        ],
        "{stderr}"
    );
}

/// `Week  Date  Session`: the unknown column after the dates is the topic.
#[test]
fn a_session_column_without_a_topic_header_is_the_topic_and_independent_study_is_no_class() {
    let text = r#"ECON 310 Intermediate Macro, Spring 2025
Lecture: Thursday 10:00-12:00

Week  Date     Session
1     Jan 16   Lecture: Growth
1     Jan 17   Independent study (reading guide 1)
2     Jan 23   Lecture: Capital
2     Jan 24   Independent study (reading guide 2)
3     Jan 30   Lecture: Money
"#;
    let (got, stderr) = timed_events_of(text, "econ310.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-01-16T10:00 Lecture: Growth",
            "lecture 2025-01-23T10:00 Lecture: Capital",
            "lecture 2025-01-30T10:00 Lecture: Money",
        ],
        "{stderr}"
    );
}

/// Week 1 dated on a Wednesday, lectures on Tuesdays: the lecture is on that week's Tuesday.
#[test]
fn a_week_one_row_dated_after_its_lecture_day_keeps_its_lecture() {
    let text = r#"MATH 241 Calculus III, Fall 2024
Class: Tuesday 14:00-15:50

Week 1 - Wednesday, September 4: Vectors
Week 2 - September 9: Dot and cross products
Week 3 - September 16: Lines and planes
"#;
    let (got, stderr) = timed_events_of(text, "calc3.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03T14:00 Vectors",
            "lecture 2024-09-10T14:00 Dot and cross products",
            "lecture 2024-09-17T14:00 Lines and planes",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("placed on the lecture day"), "{stderr}");
}

/// A one-row-per-lecture table whose first class is an explicit Wednesday.
#[test]
fn an_explicit_first_class_on_a_wednesday_keeps_its_date() {
    let text = r#"# Thermodynamics — Spring 2024

Class meets Tuesdays and Thursdays, 9:30-10:45.

| Week | Date | Topic |
|---|---|---|
| 1 | Wed Jan 17 | First day: syllabus and units |
| 1 | Thu Jan 18 | Energy |
| 2 | Tue Jan 23 | First law |
| 2 | Thu Jan 25 | Closed systems |
| 3 | Tue Jan 30 | Open systems |
"#;
    let (got, stderr) = timed_events_of(text, "thermo.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-17T09:30 First day: syllabus and units",
            "lecture 2024-01-18T09:30 Energy",
            "lecture 2024-01-23T09:30 First law",
            "lecture 2024-01-25T09:30 Closed systems",
            "lecture 2024-01-30T09:30 Open systems",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("not a lecture day"), "{stderr}");
}

/// `Tuesdays` on one line and `6 - 8 PM` on the next give the slot; a time after a row's date
/// (`05/20/2025 18:00 Quiz 1`) is that row's start.
#[test]
fn a_time_after_a_date_is_the_start_and_a_day_over_its_hours_is_the_slot() {
    let text = r#"ACCT 501 Financial Accounting — Summer 2025

Class meetings
Tuesdays
6 - 8 PM, Room 210

Date          Topic
05/06/2025    The balance sheet
05/13/2025    Income statement
05/20/2025 18:00 Quiz 1
05/27/2025    Cash flows
06/03/2025 19:30  Final exam
"#;
    let (got, stderr) = timed_events_of(text, "acct501.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-05-06T18:00 The balance sheet",
            "lecture 2025-05-13T18:00 Income statement",
            "exam 2025-05-20T18:00 Quiz 1",
            "lecture 2025-05-27T18:00 Cash flows",
            "exam 2025-06-03T19:30 Final exam",
        ],
        "{stderr}"
    );
}

/// Italian dates with years, `14.00` after a date, `Esame parziale`; the term the course names
/// (`1° semestre 2024`, read as spring) does not fit its October dates, which the warning says.
#[test]
fn a_dotted_time_after_a_date_is_the_start_and_an_italian_midterm_is_an_exam() {
    let text = r#"Seminario di Storia, 1° semestre 2024
Lezioni: giovedì 14.00-16.00

Data        Argomento
03/10/2024  Introduzione
10/10/2024  Fonti
17/10/2024 14.00 Esame parziale
24/10/2024  Archivi
"#;
    let (got, stderr) = timed_events_of(text, "storia.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-10-03T14:00 Introduzione",
            "lecture 2024-10-10T14:00 Fonti",
            "exam 2024-10-17T14:00 Midterm",
            "lecture 2024-10-24T14:00 Archivi",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("these dates fit Fall 2024"), "{stderr}");
}

/// `**Lectures**` / `Mondays and Wednesdays` / `11:15a-12:05p, Hall C`; bare `HW1` under `Due`.
#[test]
fn twelve_hour_times_with_one_letter_am_pm_over_two_lines_make_the_slot() {
    let text = r#"# Data Structures — Fall 2024

**Lectures**
Mondays and Wednesdays
11:15a-12:05p, Hall C

| Date | Topic | Due |
|---|---|---|
| 9/4 | Arrays | |
| 9/9 | Lists | HW1 |
| 9/11 | Stacks | |
| 9/16 | Queues | HW2 |
"#;
    let (got, stderr) = timed_events_of(text, "ds.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-04T11:15 Arrays",
            "lecture 2024-09-09T11:15 Lists",
            "deadline 2024-09-09T23:59 Hw1 due",
            "lecture 2024-09-11T11:15 Stacks",
            "lecture 2024-09-16T11:15 Queues",
            "deadline 2024-09-16T23:59 Hw2 due",
        ],
        "{stderr}"
    );
}

/// `10:15 am -- 12:15 pm` as the slot, `Midterm 2pm` in a topic cell.
#[test]
fn a_time_in_a_topic_cell_is_the_exams_and_a_dashed_range_is_the_slot() {
    let text = r#"# Compilers — Spring 2026

Lectures: Tue/Thu 10:15 am -- 12:15 pm

| Date | Topic |
|---|---|
| Jan 13 | Lexing |
| Jan 15 | Parsing |
| Jan 20 | Midterm 2pm |
| Jan 22 | Types |
"#;
    let (got, stderr) = timed_events_of(text, "compilers.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2026-01-13T10:15 Lexing",
            "lecture 2026-01-15T10:15 Parsing",
            "exam 2026-01-20T14:00 Midterm",
            "lecture 2026-01-22T10:15 Types",
        ],
        "{stderr}"
    );
}

/// A weekday grid laid out with spaces (as `pdftotext -layout` prints one), in Spanish, with
/// a holiday in one cell and the midterm in another.
#[test]
fn a_space_laid_spanish_weekday_grid_is_read_by_its_columns() {
    let text = r#"Ecología, 1er cuatrimestre 2025
Clases: lunes y miércoles 14:00-16:00

Semana  Fechas          Lunes              Miércoles
1       10/3 - 14/3     Presentación       Poblaciones
2       17/3 - 21/3     Feriado            Competencia
3       24/3 - 28/3     Depredación        Parcial 1
"#;
    let (got, stderr) = timed_events_of(text, "ecologia.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-10T14:00 Presentación",
            "lecture 2025-03-12T14:00 Poblaciones",
            "lecture 2025-03-19T14:00 Competencia",
            "lecture 2025-03-24T14:00 Depredación",
            "exam 2025-03-26T14:00 Midterm 1",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("read day first"), "{stderr}");
}

/// `Week of | Tuesday | Thursday | Notes`: `Problem set 1 due Friday` in the notes.
#[test]
fn a_notes_column_of_a_weekday_grid_gives_the_weeks_deadline_on_its_weekday() {
    let text = r#"# Physics 2 — Fall 2025

Lectures Tue/Thu 9:00-10:15

| Week of | Tuesday | Thursday | Notes |
|---|---|---|---|
| Sep 1 | Charge | Fields | |
| Sep 8 | Gauss | Potential | Problem set 1 due Friday |
| Sep 15 | Capacitors | Exam 1 | |
"#;
    let (got, stderr) = timed_events_of(text, "phys2.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02T09:00 Charge",
            "lecture 2025-09-04T09:00 Fields",
            "lecture 2025-09-09T09:00 Gauss",
            "lecture 2025-09-11T09:00 Potential",
            "deadline 2025-09-12T23:59 Problem set 1 due",
            "lecture 2025-09-16T09:00 Capacitors",
            "exam 2025-09-18T09:00 Exam 1",
        ],
        "{stderr}"
    );
}

/// `Week | Dates | Mon | Wed | Fri` with ranges, a deadline in a cell and a `No class` cell.
#[test]
fn a_monday_wednesday_friday_grid_dated_by_ranges() {
    let text = r#"# Linear Algebra — Spring 2024

Lectures MWF 10:00-10:50, Room 5

| Week | Dates | Mon | Wed | Fri |
|---|---|---|---|---|
| 1 | Jan 22-26 | Vectors | Matrices | Systems; HW 1 due |
| 2 | Jan 29-Feb 2 | Elimination | No class | Inverses |
| 3 | Feb 5-9 | Determinants | Quiz 1 | Spaces |
"#;
    let (got, stderr) = timed_events_of(text, "linalg.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-22T10:00 Vectors",
            "lecture 2024-01-24T10:00 Matrices",
            "lecture 2024-01-26T10:00 Systems; HW 1 due",
            "deadline 2024-01-26T23:59 Hw1 due",
            "lecture 2024-01-29T10:00 Elimination",
            "lecture 2024-02-02T10:00 Inverses",
            "lecture 2024-02-05T10:00 Determinants",
            "exam 2024-02-07T10:00 Quiz 1",
            "lecture 2024-02-09T10:00 Spaces",
        ],
        "{stderr}"
    );
}

/// A lecture table, then `Assignment | Released | Due` and `Lab | Posted | Deadline` tables
/// that start again from the first weeks.
#[test]
fn two_item_tables_after_the_schedule_give_releases_and_deadlines() {
    let text = r#"# Software Engineering — Fall 2024

Lectures: Monday 10:00-12:00

| Date | Topic |
|---|---|
| Sep 2 | Process |
| Sep 9 | Requirements |
| Sep 16 | Design |
| Sep 23 | Testing |

## Assignments

| Assignment | Released | Due |
|---|---|---|
| Homework 1 | Sep 2 | Sep 13 |
| Homework 2 | Sep 16 | Sep 27 |

## Labs

| Lab | Posted | Deadline |
|---|---|---|
| Lab 1 | Sep 3 | Sep 10 |
| Lab 2 | Sep 10 | Sep 17 23:59 |
"#;
    let (got, stderr) = timed_events_of(text, "se.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "release 2024-09-02 Hw1 released",
            "lecture 2024-09-02T10:00 Process",
            "release 2024-09-03 Lab 1 released",
            "lecture 2024-09-09T10:00 Requirements",
            "release 2024-09-10 Lab 2 released",
            "deadline 2024-09-10T23:59 Lab 1 due",
            "deadline 2024-09-13T23:59 Hw1 due",
            "release 2024-09-16 Hw2 released",
            "lecture 2024-09-16T10:00 Design",
            "deadline 2024-09-17T23:59 Lab 2 due",
            "lecture 2024-09-23T10:00 Testing",
            "deadline 2024-09-27T23:59 Hw2 due",
        ],
        "{stderr}"
    );
}

/// `Trabalho  Publicado  Entrega`, space-laid, day-first dates.
#[test]
fn a_portuguese_item_table_laid_out_with_spaces_gives_releases_and_deadlines() {
    let text = r#"Compiladores, 2º semestre 2024
Aulas: quinta-feira 19:00-22:00

Trabalho      Publicado     Entrega
Trabalho 1    01/08         15/08
Trabalho 2    15/08         05/09
Trabalho 3    05/09         26/09
"#;
    let (got, stderr) = timed_events_of(text, "compiladores.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "release 2024-08-01 Assignment 1 released",
            "release 2024-08-15 Assignment 2 released",
            "deadline 2024-08-15T23:59 Assignment 1 due",
            "release 2024-09-05 Assignment 3 released",
            "deadline 2024-09-05T23:59 Assignment 2 due",
            "deadline 2024-09-26T23:59 Assignment 3 due",
        ],
        "{stderr}"
    );
}

/// The same item table in Markdown pipes after a lecture table.
#[test]
fn a_portuguese_item_table_in_pipes_beside_a_lecture_table() {
    let text = r#"# Compiladores, 2º semestre 2024

Aulas: quinta-feira 19:00-22:00

| Data | Tema |
|---|---|
| 01/08 | Introdução |
| 08/08 | Léxico |

| Trabalho | Publicado | Entrega |
|---|---|---|
| Trabalho 1 | 01/08 | 15/08 |
| Trabalho 2 | 15/08 | 05/09 |
"#;
    let (got, stderr) = timed_events_of(text, "compiladores.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "release 2024-08-01 Assignment 1 released",
            "lecture 2024-08-01T19:00 Introdução",
            "lecture 2024-08-08T19:00 Léxico",
            "release 2024-08-15 Assignment 2 released",
            "deadline 2024-08-15T23:59 Assignment 1 due",
            "deadline 2024-09-05T23:59 Assignment 2 due",
        ],
        "{stderr}"
    );
}

/// `Lecture 1` and `Lecture 2` on one date, each its own row: one meeting, so one event
/// whose title joins both (the issue allows either; two events at one instant are one class
/// told in parts far more often, see `events/lectures/one_meeting.rs`).
#[test]
fn two_numbered_lectures_on_one_evening_are_one_event_with_both_titles() {
    let text = r#"# Evening Statistics — Spring 2025

Class meets Thursdays 18:00-21:00.

| Date | Lecture | Topic |
|---|---|---|
| Feb 6 | Lecture 1 | Descriptive statistics |
| Feb 6 | Lecture 2 | Probability |
| Feb 13 | Lecture 3 | Distributions |
| Feb 13 | Lecture 4 | Sampling |
| Feb 20 | Lecture 5 | Estimation |
"#;
    let (got, stderr) = timed_events_of(text, "evening.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-02-06T18:00 Descriptive statistics; Probability",
            "lecture 2025-02-13T18:00 Distributions; Sampling",
            "lecture 2025-02-20T18:00 Estimation",
        ],
        "{stderr}"
    );
}

/// `Lecture 1: Processes; Lecture 2: Capacity` on one line: one event, both titles.
#[test]
fn two_lectures_written_on_one_line_are_one_event_with_both_titles() {
    let text = r#"MBA 610 Operations, Summer 2024
Saturdays 9:00-16:00

Jun 1    Lecture 1: Processes; Lecture 2: Capacity
Jun 8    Lecture 3: Queues; Lecture 4: Inventory
Jun 15   Final exam
"#;
    let (got, stderr) = timed_events_of(text, "mba610.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-06-01T09:00 Lecture 1: Processes; Lecture 2: Capacity",
            "lecture 2024-06-08T09:00 Lecture 3: Queues; Lecture 4: Inventory",
            "exam 2024-06-15T09:00 Final exam",
        ],
        "{stderr}"
    );
}

/// A discussion section naming a paper, a lab, a tutorial and an exam review.
#[test]
fn discussion_lab_and_tutorial_rows_are_not_lectures_and_exam_review_is_not_an_exam() {
    let text = r#"# Biology 150 — Fall 2024

Lectures: Monday and Wednesday 11:00-12:15

| Date | Topic |
|---|---|
| Sep 9 | Cells |
| Sep 10 | Discussion section 1: reading a paper |
| Sep 11 | Membranes |
| Sep 12 | Lab 1: microscopes |
| Sep 16 | Exam review |
| Sep 18 | Exam 1 |
| Sep 19 | Tutorial: exam solutions |
"#;
    let (got, stderr) = timed_events_of(text, "bio150.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-09T11:00 Cells",
            "other 2024-09-10 Discussion 1: reading a paper",
            "lecture 2024-09-11T11:00 Membranes",
            "other 2024-09-12 Lab 1: microscopes",
            "lecture 2024-09-16T11:00 Exam review",
            "exam 2024-09-18T11:00 Exam 1",
            "other 2024-09-19 Tutorial: exam solutions",
        ],
        "{stderr}"
    );
}

/// `Section:`, `Recitation 2`, `Review for midterm`, `Midterm review session`.
#[test]
fn a_section_and_a_recitation_are_sessions_and_reviews_stay_lectures() {
    let text = r#"PHYS 201 Mechanics, Spring 2025
Lectures: Tuesday 9:00-10:30

Date     Topic
Jan 14   Motion
Jan 16   Section: problem solving
Jan 21   Forces
Jan 23   Recitation 2
Jan 28   Review for midterm
Jan 30   Midterm review session
Feb 4    Midterm
"#;
    let (got, stderr) = timed_events_of(text, "phys201.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-01-14T09:00 Motion",
            "other 2025-01-16 Section: problem solving",
            "lecture 2025-01-21T09:00 Forces",
            "other 2025-01-23 Recitation 2",
            "lecture 2025-01-28T09:00 Review for midterm",
            "lecture 2025-01-30T09:00 Midterm review session",
            "exam 2025-02-04T09:00 Midterm",
        ],
        "{stderr}"
    );
}

/// `Laboratorio 1` on the weekday of the exam, lectures on Tuesdays; `Repaso para el parcial`.
#[test]
fn a_spanish_laboratory_on_the_exam_day_is_a_session() {
    let text = r#"# Química General — 1er cuatrimestre 2025

Teoría: martes 10:00-12:00

| Fecha | Clase |
|---|---|
| 11/03 | Átomos |
| 13/03 | Laboratorio 1 |
| 18/03 | Enlaces |
| 20/03 | Taller de problemas |
| 25/03 | Repaso para el parcial |
| 27/03 | Parcial 1 |
"#;
    let (got, stderr) = timed_events_of(text, "quimica.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-11T10:00 Átomos",
            "other 2025-03-13 Laboratorio 1",
            "lecture 2025-03-18T10:00 Enlaces",
            "lecture 2025-03-20T10:00 Taller de problemas",
            "lecture 2025-03-25T10:00 Repaso para el parcial",
            "exam 2025-03-27 Midterm 1",
        ],
        "{stderr}"
    );
}

/// Announcements and policies with dated sentences before the table.
#[test]
fn dated_sentences_in_announcements_and_policies_are_not_events() {
    let text = r#"# History 220 — Spring 2025

Lectures: Tuesday 10:00-11:30

## Announcements

On Jan 20 the room changes to Hall B for the rest of the term, so please check your email before coming.
Solutions are due two days after each problem set is returned on Feb 3.

## Policies

Late work loses 10% per day; the last day to submit anything is May 2 without exception for any reason.

## Schedule

| Date | Topic |
|---|---|
| Jan 14 | Antiquity |
| Jan 21 | Rome |
| Jan 28 | Byzantium |
| Feb 4 | Islam |
"#;
    let (got, stderr) = timed_events_of(text, "hist220.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-01-14T10:00 Antiquity",
            "lecture 2025-01-21T10:00 Rome",
            "lecture 2025-01-28T10:00 Byzantium",
            "lecture 2025-02-04T10:00 Islam",
        ],
        "{stderr}"
    );
}

/// `Sep 19, 2023` in a Fall 2024 table.
#[test]
fn a_written_year_that_contradicts_the_term_is_warned_about() {
    let text = r#"ENG 105 Composition, Fall 2024
Class: Thursday 13:00-14:30

Date          Topic
Sep 5         Welcome
Sep 12        Paragraphs
Sep 19, 2023  Thesis statements
Sep 26        Revision
"#;
    let (got, stderr) = timed_events_of(text, "eng105.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2023-09-21T13:00 Thesis statements",
            "lecture 2024-09-05T13:00 Welcome",
            "lecture 2024-09-12T13:00 Paragraphs",
            "lecture 2024-09-26T13:00 Revision",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("does not fit Fall 2024"), "{stderr}");
}

/// A schedule from October to January whose dates are Sundays, lectures on Wednesdays.
const OCTOBER_TO_JANUARY: &str = r#"Class: Wednesday 9:00-10:30

Date     Topic
Oct 2    Intro
Oct 16   Methods
Nov 6    Models
Dec 4    Review
Jan 15   Final exam
"#;

/// `--term "Spring 2023"` for a schedule from October to January.
#[test]
fn a_spring_term_given_for_october_to_january_dates_is_warned_about() {
    let (_d, path) = fixture(OCTOBER_TO_JANUARY, "term.txt");
    let (events, stderr) = events_json(
        &path,
        &["--timezone", "Europe/Berlin", "--term", "Spring 2023"],
    );
    assert_eq!(
        summary(&events),
        [
            "exam 2023-01-15 Final exam",
            "lecture 2023-01-18T09:00 Lecture 1",
            "lecture 2023-10-04T09:00 Intro",
            "lecture 2023-10-18T09:00 Methods",
            "lecture 2023-11-08T09:00 Models",
            "lecture 2023-12-06T09:00 Review",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("these dates fit Fall 2022"), "{stderr}");
}

/// Weeks dated by Sundays (a Sunday-first calendar), lectures on Wednesdays.
#[test]
fn a_week_dated_by_its_sunday_meets_in_the_week_that_follows() {
    let (_d, path) = fixture(OCTOBER_TO_JANUARY, "term.txt");
    let (events, stderr) = events_json(
        &path,
        &["--timezone", "Europe/Berlin", "--term", "Fall 2022"],
    );
    assert_eq!(
        summary(&events),
        [
            "lecture 2022-10-05T09:00 Intro",
            "lecture 2022-10-19T09:00 Methods",
            "lecture 2022-11-09T09:00 Models",
            "lecture 2022-12-07T09:00 Review",
            "exam 2023-01-15 Final exam",
            "lecture 2023-01-18T09:00 Lecture 16",
        ],
        "{stderr}"
    );
}

/// A saved page: `rowspan` week cells, a `colspan` no-class cell, a commented-out row, a
/// script naming a date, a link in a topic, and work of an unknown name under `Due`.
#[test]
fn an_html_table_with_rowspan_colspan_a_commented_row_and_a_script() {
    let text = r#"<!DOCTYPE html>
<html><head><title>GEOG 230</title><style>td{color:red}</style><script>var x = "Oct 5 exam";</script></head>
<body>
<h1>GEOG 230 Urban Geography — Fall 2025</h1>
<p>Lectures: Tuesday and Thursday 13:30-14:45, <a href="map.html">Hall 4</a></p>
<table>
<tr><th>Week</th><th>Date</th><th>Topic</th><th>Due</th></tr>
<tr><td rowspan="2">1</td><td>Sep 2</td><td>Cities and <a href="r1.pdf">density</a></td><td></td></tr>
<tr><td>Sep 4</td><td>Zoning</td><td></td></tr>
<!-- <tr><td>2</td><td>Sep 9</td><td>Cancelled topic</td><td>Essay 0 due</td></tr> -->
<tr><td rowspan="2">2</td><td>Sep 9</td><td>Transit</td><td>Map exercise</td></tr>
<tr><td>Sep 11</td><td colspan="2">No class: field trip day</td></tr>
<tr><td>3</td><td>Sep 16</td><td>Housing</td><td>Essay 1</td></tr>
</table>
</body></html>
"#;
    let (got, stderr) = timed_events_of(text, "geog230.html", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02T13:30 Cities and density",
            "lecture 2025-09-04T13:30 Zoning",
            "lecture 2025-09-09T13:30 Transit",
            "deadline 2025-09-09T23:59 Map exercise due",
            "lecture 2025-09-16T13:30 Housing",
            "deadline 2025-09-16T23:59 Essay 1 due",
        ],
        "{stderr}"
    );
}

/// A French list of dated items with bold dates and an HTML comment naming work.
#[test]
fn a_french_html_list_with_a_comment_gives_its_classes_and_work() {
    let text = r#"<html><body>
<h2>Calendrier — Automne 2024</h2>
<p>Cours : mercredi 14h-16h</p>
<ul>
<li><b>11 sept.</b> Introduction</li>
<li><b>18 sept.</b> Les sources <!-- devoir 1 à rendre le 18 sept. --></li>
<li><b>25 sept.</b> Méthodes — <em>Devoir 1 à rendre</em></li>
<li><b>2 oct.</b> Pas de cours</li>
<li><b>9 oct.</b> Examen partiel</li>
</ul>
</body></html>
"#;
    let (got, stderr) = timed_events_of(text, "calendrier.html", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-11T14:00 Introduction",
            "lecture 2024-09-18T14:00 Les sources",
            "lecture 2024-09-25T14:00 Méthodes — Devoir 1 à rendre",
            "deadline 2024-09-25T23:59 Hw1 due",
            "exam 2024-10-09T14:00 Midterm",
        ],
        "{stderr}"
    );
}

/// Front matter, `{: .no_toc}`, a commented-out row, `Out`/`Due` columns, a definition list.
#[test]
fn a_markdown_table_with_a_commented_row_attributes_and_a_definition_list() {
    let text = r#"---
title: Course schedule
---

# STAT 101 — Spring 2025
{: .no_toc }

Lectures: Mon/Wed 9:00-10:15

| Date | Topic | Out | Due |
|------|-------|-----|-----|
| Jan 13 | Data | HW 1 | |
<!-- | Jan 15 | Old row | HW 9 | | -->
| Jan 15 | Graphs | | |
| Jan 20 | *MLK Day* – no class | | |
| Jan 22 | Sampling | HW 2 | HW 1 |
{: .table }

Office hours
: Mon 11:00-12:00
: Thu 15:00-16:00
"#;
    let (got, stderr) = timed_events_of(text, "stat101.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "release 2025-01-13 Hw1 released",
            "lecture 2025-01-13T09:00 Data",
            "lecture 2025-01-15T09:00 Graphs",
            "release 2025-01-22 Hw2 released",
            "lecture 2025-01-22T09:00 Sampling",
            "deadline 2025-01-22T23:59 Hw1 due",
        ],
        "{stderr}"
    );
}

/// `Lecture 1` / `Jan 16` / `Tue` / topic, repeating.
#[test]
fn a_table_copied_one_cell_per_line_with_the_label_first() {
    let text = r#"Intro to Robotics — Spring 2024
Lectures: Tuesday/Thursday 15:30-16:45

Schedule
Lecture 1
Jan 16
Tue
Course overview
Lecture 2
Jan 18
Thu
Kinematics
Lecture 3
Jan 23
Tue
Dynamics
Lecture 4
Jan 25
Thu
Control
"#;
    let (got, stderr) = timed_events_of(text, "robotics.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-16T15:30 Course overview",
            "lecture 2024-01-18T15:30 Kinematics",
            "lecture 2024-01-23T15:30 Dynamics",
            "lecture 2024-01-25T15:30 Control",
        ],
        "{stderr}"
    );
}

/// `Sep 8` / `Mon` / topic / `Week 1`, repeating.
#[test]
fn a_table_copied_one_cell_per_line_with_the_label_after_the_date() {
    let text = r#"Databases, Fall 2025
Class: Monday 10:00-11:30

Sep 8
Mon
Relational model
Week 1
Sep 15
Mon
SQL basics
Week 2
Sep 22
Mon
Joins
Week 3
Sep 29
Mon
Midterm
Week 4
"#;
    let (got, stderr) = timed_events_of(text, "db.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-08T10:00 Relational model",
            "lecture 2025-09-15T10:00 SQL basics",
            "lecture 2025-09-22T10:00 Joins",
            "exam 2025-09-29T10:00 Midterm",
        ],
        "{stderr}"
    );
}

/// A numbered list outside any table, a deadline with its own date, `Exam review`.
#[test]
fn a_numbered_list_of_dated_classes_with_an_exam_review() {
    let text = r#"# Music Theory II — Spring 2025

Meets Wednesdays 16:00-17:30.

Some notes about the course. Practice every day.

1. Feb 5 — Intervals revisited
2. Feb 12 — Seventh chords
3. Feb 19 — Modulation; Assignment 1 due Feb 21
4. Feb 26 — Exam review
5. Mar 5 — Midterm exam
"#;
    let (got, stderr) = timed_events_of(text, "theory.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-02-05T16:00 Intervals revisited",
            "lecture 2025-02-12T16:00 Seventh chords",
            "lecture 2025-02-19T16:00 Modulation; Assignment 1 due Feb 21",
            "deadline 2025-02-21T23:59 Assignment 1 due",
            "lecture 2025-02-26T16:00 Exam review",
            "exam 2025-03-05T16:00 Midterm",
        ],
        "{stderr}"
    );
}

/// A bullet list with `12 January:` dates, a reading week and a posted essay.
#[test]
fn a_bulleted_list_with_day_month_dates_and_a_reading_week() {
    let text = r#"Sociology 210, Winter 2024
Lecture: Fridays 9:00-11:00

* 12 January: Founders
* 19 January: Class and status
* 26 January: Gender (essay topics posted)
* 2 February: no lecture (reading week)
* 9 February: Race and ethnicity, essay due
"#;
    let (got, stderr) = timed_events_of(text, "soc210.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-12T09:00 Founders",
            "lecture 2024-01-19T09:00 Class and status",
            "release 2024-01-26 Essay topics released",
            "lecture 2024-01-26T09:00 Gender (essay topics posted)",
            "lecture 2024-02-09T09:00 Race and ethnicity, essay due",
            "deadline 2024-02-09T23:59 Essay due",
        ],
        "{stderr}"
    );
}

/// `08.27` ... `09.10`: month first, because one number is above 12.
#[test]
fn month_first_dotted_dates_without_a_year_follow_the_document() {
    let text = r#"CS 330 Operating Systems, Fall 2024
Lectures: Tue/Thu 11:15a-12:05p

Date    Topic
08.27   Introduction
08.29   Processes
09.03   Threads
09.05   Scheduling
09.10   Synchronization
"#;
    let (got, stderr) = timed_events_of(text, "os.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-27T11:15 Introduction",
            "lecture 2024-08-29T11:15 Processes",
            "lecture 2024-09-03T11:15 Threads",
            "lecture 2024-09-05T11:15 Scheduling",
            "lecture 2024-09-10T11:15 Synchronization",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("read month first"), "{stderr}");
}

/// `05/08` ... `02/09` in a Spanish table of the second semester.
#[test]
fn day_first_slashed_dates_in_a_spanish_table() {
    let text = r#"Análisis Matemático, 2º semestre 2024
Clases: lunes 8:00-10:00

Fecha   Tema
05/08   Límites
12/08   Continuidad
19/08   Derivadas
26/08   Aplicaciones
02/09   Parcial 1
"#;
    let (got, stderr) = timed_events_of(text, "analisis.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-05T08:00 Límites",
            "lecture 2024-08-12T08:00 Continuidad",
            "lecture 2024-08-19T08:00 Derivadas",
            "lecture 2024-08-26T08:00 Aplicaciones",
            "exam 2024-09-02T08:00 Midterm 1",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("read day first"), "{stderr}");
}

/// `01.13 Rasterization` lines and a `14.00-15.30` slot.
#[test]
fn month_first_dotted_dates_with_a_dotted_slot() {
    let text = r#"Graphics, Spring 2025
Lecture: Mon 14.00-15.30

01.13 Rasterization
01.20 Shading
01.27 Textures
02.03 Ray tracing
"#;
    let (got, stderr) = timed_events_of(text, "graphics.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-01-13T14:00 Rasterization",
            "lecture 2025-01-20T14:00 Shading",
            "lecture 2025-01-27T14:00 Textures",
            "lecture 2025-02-03T14:00 Ray tracing",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("read month first"), "{stderr}");
}

/// `Drafts due` as a topic, the slot `Wednesdays 2pm`: a topic that is only a deadline is the
/// deadline, not a class (as `Homework 3 due` is, tests/cli/shapes7.rs).
#[test]
fn drafts_due_in_a_topic_cell_is_a_deadline() {
    let text = r#"# Writing Seminar

Wednesdays 2pm

| Date | Topic |
|---|---|
| 9/4 | Introductions |
| 9/11 | Argument |
| 9/18 | Evidence |
| 9/25 | Drafts due |
| 10/2 | Peer review |
"#;
    let (_d, path) = fixture(text, "writing.md");
    let (events, stderr) = events_json(
        &path,
        &["--timezone", "Europe/Berlin", "--term", "Fall 2024"],
    );
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-09-04T14:00 Introductions",
            "lecture 2024-09-11T14:00 Argument",
            "lecture 2024-09-18T14:00 Evidence",
            "deadline 2024-09-25T23:59 Drafts due",
            "lecture 2024-10-02T14:00 Peer review",
        ],
        "{stderr}"
    );
}

/// `Lecture` / `Feb 4` / `Tue` / topic, with `Due` and `Exam` records among the lectures.
#[test]
fn a_table_copied_one_cell_per_line_with_kind_words_before_the_dates() {
    let text = r#"Networks, Spring 2025
Lectures: Tuesday 10:00-11:30

Lecture
Feb 4
Tue
Layers
Lecture
Feb 11
Tue
Links
Due
Feb 14
Fri
Homework 1
Lecture
Feb 18
Tue
Routing
Exam
Feb 25
Tue
Midterm
"#;
    let (got, stderr) = timed_events_of(text, "networks.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        got,
        [
            "lecture 2025-02-04T10:00 Layers",
            "lecture 2025-02-11T10:00 Links",
            "deadline 2025-02-14T23:59 Hw1 due",
            "lecture 2025-02-18T10:00 Routing",
            "exam 2025-02-25T10:00 Midterm",
        ],
        "{stderr}"
    );
}

/// A PDF handout: a space-laid weekday grid (a holiday cell, a deadline and a quiz in cells)
/// and an item-first table of work whose name coursecal does not know, one due at a time.
#[test]
fn a_pdf_with_a_weekday_grid_and_an_item_table_is_read_through_its_layout() {
    let lines = [
        "BIO 340 Field Ecology                                  Spring 2025",
        "Lectures: Monday and Wednesday 14:00-15:30, Room 12",
        "",
        "Week   Dates            Monday                 Wednesday",
        "1      Mar 3 - Mar 7    Sampling design        Quadrats",
        "2      Mar 10 - Mar 14  Holiday                Transects; Lab report 1 due",
        "3      Mar 17 - Mar 21  Mark and recapture     Quiz 1",
        "",
        "Assignment      Released     Due",
        "Field notes 1   Mar 3        Mar 12",
        "Field notes 2   Mar 12       Mar 19 17:00",
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bio340.pdf");
    std::fs::write(&path, pdf_of_lines(&lines)).expect("write pdf");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        summary(&events),
        [
            "release 2025-03-03 Field notes 1 released",
            "lecture 2025-03-03T14:00 Sampling design",
            "lecture 2025-03-05T14:00 Quadrats",
            "release 2025-03-12 Field notes 2 released",
            "lecture 2025-03-12T14:00 Transects; Lab report 1 due",
            "deadline 2025-03-12T23:59 Field notes 1 due",
            "deadline 2025-03-12T23:59 Lab report 1 due",
            "lecture 2025-03-17T14:00 Mark and recapture",
            "exam 2025-03-19T14:00 Quiz 1",
            "deadline 2025-03-19T17:00 Field notes 2 due",
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("set aside"), "{stderr}");
}
