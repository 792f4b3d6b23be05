//! How schedules write a row that is only a deadline, in many forms and languages (each
//! written for this test), each dated on a Friday in a table of Tuesday and Thursday topics:
//! the row must give its deadline and no lecture. Rows that carry a topic beside their
//! deadline must keep their lecture.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::EventKind;
use crate::syllabus::{ParseOptions, parse};

/// Rows that are a deadline and nothing else.
const DEADLINE_ROWS: &[&str] = &[
    // The work, then the verb.
    "Homework 1 due",
    "HW 2 due",
    "Problem set 3 due",
    "Assignment 4 due.",
    "Lab report 1 due",
    "Final project due",
    "Term paper due",
    "Essay 2 due",
    "Reading response 3 due",
    "Project proposal due",
    "Progress report due",
    "Take-home exam due",
    "Worksheet 5 due",
    "Coursework 2 deadline",
    "Assignment 2 deadline",
    "Essay 1 submission",
    "Project report submission",
    "Homework 6 (due",
    "Presentation slides due",
    "Draft 2 due",
    // The verb, then the work.
    "Submit Assignment 3",
    "Due: Problem Set 3",
    "Deadline: Essay draft",
    "Deadline for project proposal",
    "Turn in Homework 2",
    "Submission: final report",
    "Due: Lab 4",
    // With an hour, a zone or a note.
    "HW 2 due by 5pm",
    "Essay 2 due 9:00 AM ET",
    "Term paper due 23:59",
    "Project 1 due at 11:59pm",
    "Reading response 2 due (Canvas)",
    "Lab report 3 due (submit on Moodle)",
    "Assignment 5 due (by noon) (hard copy)",
    "Problem set 6 due before 9:00 AM",
    "Quiz 1 due online",
    "Homework 3 due tonight",
    "Essay 4 due Friday",
    // Other languages.
    "Abgabe Übungsblatt 3",
    "Übungsblatt 4 Abgabe",
    "Abgabe Projekt 2",
    "Rendu du projet 1",
    "Remise du devoir 2",
    "Devoir 3 à rendre",
    "Entrega tarea 2",
    "Entrega del proyecto 1",
    "Entregar tarea 3",
    "Prazo trabalho 2",
    "Consegna progetto 1",
    "Ödev 2 teslim",
    "Inleveren opdracht 3",
    "Huiswerk 2 inleveren",
];

/// Rows that are a lecture with a deadline beside it.
const LECTURE_ROWS: &[&str] = &[
    "Recursion; HW1 due",
    "Sorting algorithms HW1 due",
    "Graphs (HW 3 due)",
    "Dynamic programming, project proposal due",
    "Hashing. Assignment 2 due",
    "Review of limits - Quiz 1 due",
    "Eigenvalues and eigenvectors; Problem set 4 due at 5pm",
    "Due process and the courts",
];

/// A schedule of Tuesday and Thursday topics with `row` on the Friday of its second week.
fn document(row: &str) -> String {
    format!(
        "MATH 101 Linear Algebra, Spring 2025\n\nSchedule\n\n| Date | Topic |\n|---|---|\n\
         | 2025-03-04 | Vectors |\n| 2025-03-06 | Matrices |\n\
         | 2025-03-11 | Rank |\n| 2025-03-13 | Determinants |\n| 2025-03-14 | {row} |\n\
         | 2025-03-18 | Orthogonality |\n| 2025-03-20 | Least squares |\n"
    )
}

/// The lectures and deadlines the row's Friday got, or an error.
fn friday(row: &str) -> Result<(usize, usize), String> {
    let parsed = parse(&document(row), &ParseOptions::default()).map_err(|e| e.to_string())?;
    let day = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
    let count = |kind: EventKind| {
        parsed
            .events
            .iter()
            .filter(|e| e.kind == kind && e.when.date() == day)
            .count()
    };
    let weekday_lectures = parsed
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Lecture && e.when.date().weekday() != Weekday::Fri)
        .count();
    if weekday_lectures != 6 {
        return Err(format!("{weekday_lectures} Tuesday/Thursday lectures"));
    }
    Ok((count(EventKind::Lecture), count(EventKind::Deadline)))
}

#[test]
fn a_row_that_is_only_a_deadline_gives_the_deadline_and_no_lecture() {
    let failures: Vec<String> = DEADLINE_ROWS
        .iter()
        .filter_map(|row| match friday(row) {
            Ok((0, 1)) => None,
            Ok((l, d)) => Some(format!("{row:?}: {l} lecture(s), {d} deadline(s)")),
            Err(e) => Some(format!("{row:?}: {e}")),
        })
        .collect();
    assert!(DEADLINE_ROWS.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} of {} forms fail:\n{}",
        failures.len(),
        DEADLINE_ROWS.len(),
        failures.join("\n")
    );
}

#[test]
fn a_row_with_a_topic_beside_its_deadline_keeps_its_lecture() {
    let failures: Vec<String> = LECTURE_ROWS
        .iter()
        .filter_map(|row| match friday(row) {
            Ok((1, _)) => None,
            Ok((l, d)) => Some(format!("{row:?}: {l} lecture(s), {d} deadline(s)")),
            Err(e) => Some(format!("{row:?}: {e}")),
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} fail:\n{}",
        failures.len(),
        LECTURE_ROWS.len(),
        failures.join("\n")
    );
}
