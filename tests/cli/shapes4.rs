//! Schedule shapes, part 4: weekday-column grids dated by week rows, raw HTML tables inside
//! Markdown, other languages' words for work and exams, and columns that give the kind.
//! Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::{events_json, events_of, fixture, summary};

#[test]
fn a_weekday_grid_with_week_rows_dates_each_cell_by_its_column() {
    let text = "\
# MATH 210 Linear Algebra, Spring 2024

| Week | Dates | Monday | Wednesday | Friday |
|---|---|---|---|---|
| 1 | Jan 22-26 | Vectors | Span | Bases. **HW 1 due** |
| 2 | Jan 29 - Feb 2 | No class | Matrices | Determinants |
| 3 | | Eigenvalues | Midterm 1 | Diagonalisation |
";
    let (got, stderr) = events_of(text, "math210.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2024-01-22 Vectors",
            "lecture 2024-01-24 Span",
            "lecture 2024-01-26 Bases. HW 1 due",
            "deadline 2024-01-26 Hw1 due",
            "lecture 2024-01-31 Matrices",
            "lecture 2024-02-02 Determinants",
            "lecture 2024-02-05 Eigenvalues",
            "exam 2024-02-07 Midterm 1",
            "lecture 2024-02-09 Diagonalisation",
        ],
        "{stderr}"
    );
}

#[test]
fn a_weekday_row_under_the_header_says_which_day_each_column_is_and_labs_are_no_lectures() {
    let text = "<!DOCTYPE html><html><body><h1>CS 2100 Program Design, Semester 1 2025</h1>
<table>
<tr><th>Week</th><th>Start Date</th><th>Lecture</th><th>Recitation</th><th>Lab</th><th>Others</th></tr>
<tr><td></td><td></td><td>Monday</td><td>Wednesday</td><td>Thursday</td><td>Saturday</td></tr>
<tr><td>1</td><td>4 Aug 2025</td><td>Values and types</td><td>-</td><td>-</td><td></td></tr>
<tr><td>2</td><td>11 Aug 2025</td><td>Objects</td><td>Recitation 1</td><td>Setup</td><td></td></tr>
<tr><td>3</td><td>18 Aug 2025</td><td>Midterm</td><td>Recitation 2</td><td>Ex 1: Shapes</td><td>PE 1</td></tr>
</table></body></html>";
    let (got, stderr) = events_of(text, "schedule.html", &["--timezone", "Asia/Singapore"]);
    assert_eq!(
        got,
        [
            "lecture 2025-08-04 Values and types",
            "lecture 2025-08-11 Objects",
            "exam 2025-08-18 Midterm",
            "exam 2025-08-23 PE 1",
        ],
        "{stderr}"
    );
}

#[test]
fn a_raw_html_table_with_blank_lines_between_rows_in_markdown_with_front_matter() {
    let text = "---
layout: page
title: Schedule
---

# Course schedule, Fall 2022

Lectures are on Tuesdays and Thursdays, 10:00-11:15.

<table>
  <tr>
    <th>Date</th>
    <th>Topic</th>
    <th>Work</th>
  </tr>

    <tr>
      <td>Tue Sep 6</td>
      <td>Introduction</td>
      <td></td>
    </tr>

    <tr>
      <td>Thu Sep 8</td>
      <td>Sorting</td>
      <td>Homework 1 out</td>
    </tr>

    <tr>
      <td>Tue Sep 13</td>
      <td>Graphs</td>
      <td>Homework 1 due</td>
    </tr>
</table>
";
    let (got, stderr) = events_of(
        text,
        "schedule.markdown",
        &["--timezone", "America/New_York"],
    );
    assert_eq!(
        got,
        [
            "lecture 2022-09-06 Introduction",
            "release 2022-09-08 Hw1 released",
            "lecture 2022-09-08 Sorting",
            "lecture 2022-09-13 Graphs",
            "deadline 2022-09-13 Hw1 due",
        ],
        "{stderr}"
    );
}

#[test]
fn a_spanish_table_with_a_kind_column_gives_exams_sessions_and_days_off() {
    let text = "\
# Programación II, segundo semestre 2024

Clases: martes y jueves 14:00-16:00

| Semana | Fecha | Tema | Tipo |
|---|---|---|---|
| 1 | 6/8/2024 | Introducción | Teoría |
| 1 | 8/8/2024 | Entorno de trabajo | Práctica |
| 2 | 13/8/2024 | Recursión | Teoría |
| 2 | 15/8/2024 | Primer parcial | Examen |
| 3 | 20/8/2024 | Listas; entrega del proyecto 1 | Teoría |
| 3 | 22/8/2024 | Feriado | |
| 4 | 27/8/2024 | Árboles | Teoría |
| 4 | 29/8/2024 | Recuperatorio | Examen |
";
    let (got, stderr) = events_of(
        text,
        "prog2.md",
        &["--timezone", "America/Argentina/Buenos_Aires"],
    );
    assert_eq!(
        got,
        [
            "lecture 2024-08-06 Introducción",
            "other 2024-08-08 Práctica: Entorno de trabajo",
            "lecture 2024-08-13 Recursión",
            "exam 2024-08-15 Primer parcial",
            "lecture 2024-08-20 Listas; entrega del proyecto 1",
            "deadline 2024-08-20 Proyecto 1 due",
            "lecture 2024-08-27 Árboles",
            "exam 2024-08-29 Recuperatorio",
        ],
        "{stderr}"
    );
}

#[test]
fn work_and_exam_words_of_german_and_french_tables_are_read() {
    let text = "\
# Algorithmen, Wintersemester 2024/25

Vorlesung: Dienstag 10:15-11:45

| Datum | Thema | Abgabe |
|---|---|---|
| 15.10.2024 | Einführung | |
| 22.10.2024 | Sortieren | Übungsblatt 1 |
| 29.10.2024 | Graphen | Übungsblatt 2 |
| 05.11.2024 | Vorlesungsfrei | |
| 12.11.2024 | Klausur | |
";
    let (_d, path) = fixture(text, "algo.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-10-15 Einführung",
            "lecture 2024-10-22 Sortieren",
            "deadline 2024-10-22 Problem set 1 due",
            "lecture 2024-10-29 Graphen",
            "deadline 2024-10-29 Problem set 2 due",
            "exam 2024-11-12 Exam",
        ],
        "{stderr}"
    );
    let text = "\
# Analyse 1, semestre d'automne 2024

Cours : mardi 8h15-10h00

| Date | Séance | Travail |
|---|---|---|
| 10/09/2024 | Suites | Devoir 1 à rendre |
| 17/09/2024 | Séries | |
| 24/09/2024 | Partiel | |
| 01/10/2024 | Vacances | |
| 08/10/2024 | Intégrales | Projet à rendre |
";
    let (got, stderr) = events_of(text, "analyse.md", &["--timezone", "Europe/Paris"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-10 Suites",
            "deadline 2024-09-10 Hw1 due",
            "lecture 2024-09-17 Séries",
            "exam 2024-09-24 Midterm",
            "lecture 2024-10-08 Intégrales",
            "deadline 2024-10-08 Projet due",
        ],
        "{stderr}"
    );
}

#[test]
fn item_first_tables_and_columns_headed_released_and_due_give_releases_and_deadlines() {
    let text = "\
# CS 330 Data Systems, Fall 2023

Lectures: Tuesday and Thursday 13:00-14:15

| Date | Topic | Released | Due |
|---|---|---|---|
| Sep 5 | Relational model | Homework 1 | |
| Sep 7 | SQL | | |
| Sep 12 | Indexes | Homework 2 | Homework 1 |

## Projects

| Assignment | Released | Due |
|---|---|---|
| Project proposal | Sep 6 | Sep 20 |

| Item | Posted | Deadline |
|---|---|---|
| Lab 1 | 9/5 | 9/19 5pm |
";
    let (_d, path) = fixture(text, "cs330.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        summary(&events),
        [
            "release 2023-09-05 Hw1 released",
            "release 2023-09-05 Lab 1 released",
            "lecture 2023-09-05 Relational model",
            "release 2023-09-06 Project proposal released",
            "lecture 2023-09-07 SQL",
            "release 2023-09-12 Hw2 released",
            "lecture 2023-09-12 Indexes",
            "deadline 2023-09-12 Hw1 due",
            "deadline 2023-09-19 Lab 1 due",
            "deadline 2023-09-20 Project proposal due",
        ],
        "{stderr}"
    );
    let lab = events
        .iter()
        .find(|e| e["title"] == "Lab 1 due")
        .expect("lab 1 due");
    assert_eq!(lab["start"], "2023-09-19T17:00:00-05:00");
}

#[test]
fn a_weekday_grid_headed_in_spanish_with_day_first_week_ranges() {
    let text = "\
# Álgebra Lineal, primer semestre 2024

Horario: lunes y miércoles 10:00-12:00

| Semana | Fecha | Lunes | Miércoles |
|---|---|---|---|
| 1 | 4/3 - 8/3 | Vectores | Espacios |
| 2 | 11/3 - 15/3 | Matrices | Examen parcial |
| 3 | 18/3 - 22/3 | Feriado | Determinantes |
";
    let (_d, path) = fixture(text, "algebra.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Santiago"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-03-04 Vectores",
            "lecture 2024-03-06 Espacios",
            "lecture 2024-03-11 Matrices",
            "exam 2024-03-13 Midterm",
            "lecture 2024-03-20 Determinantes",
        ],
        "{stderr}"
    );
    assert!(
        events[0]["start"]
            .as_str()
            .is_some_and(|s| s.contains("T10:00"))
    );
}

#[test]
fn week_prefixed_dates_are_rows_with_their_week() {
    let text = "\
Cálculo I - 2024

Clases: martes 9:00-11:00

S1: 27/8 Límites
S2: 3/9 Continuidad
S3:10/9 Derivadas
S4: 17/9 Parcial 1
";
    let (got, stderr) = events_of(text, "calculo.txt", &["--timezone", "America/Bogota"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-27 Límites",
            "lecture 2024-09-03 Continuidad",
            "lecture 2024-09-10 Derivadas",
            "exam 2024-09-17 Midterm 1",
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("layout was not recognised"), "{stderr}");
}

#[test]
fn a_deliverable_window_is_released_at_its_start_and_due_at_its_end() {
    let text = "\
# STAT 200, Fall 2023

Lectures: Monday 10:00-11:30

| Week | Date | Topic |
|---|---|---|
| 1 | 08.28 | Intro |
| 2 | 09.04 | Sampling |

## Assignments

- Assignment 1: 08.29 – 09.12
- Assignment 2: 09.12 - 09.26
";
    let (got, stderr) = events_of(text, "stat200.md", &["--timezone", "America/Bogota"]);
    assert_eq!(
        got,
        [
            "lecture 2023-08-28 Intro",
            "release 2023-08-29 Assignment 1 released",
            "lecture 2023-09-04 Sampling",
            "release 2023-09-12 Assignment 2 released",
            "deadline 2023-09-12 Assignment 1 due",
            "deadline 2023-09-26 Assignment 2 due",
        ],
        "{stderr}"
    );
}

#[test]
fn a_struck_row_is_no_lecture_and_lab_and_tutorial_rows_are_sessions() {
    let text = "\
# CHEM 110, Fall 2023

Lectures: Monday and Wednesday 9:00-9:50

| Date | Topic |
|---|---|
| Sep 4 | Atoms |
| Sep 6 | Bonds |
| Sep 7 | Lab 1: Titration |
| Sep 8 | Tutorial: problem solving |
| Sep 11 | Midterm review |
| Sep 13 | Midterm exam |
| Sep 18 | ~~Reactions~~ |
| Sep 20 | Kinetics |
";
    let (got, stderr) = events_of(text, "chem110.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2023-09-04 Atoms",
            "lecture 2023-09-06 Bonds",
            "other 2023-09-07 Lab 1: Titration",
            "other 2023-09-08 Tutorial: problem solving",
            "lecture 2023-09-11 Midterm review",
            "exam 2023-09-13 Midterm",
            "lecture 2023-09-20 Kinetics",
        ],
        "{stderr}"
    );
}

#[test]
fn a_zone_the_syllabus_states_is_the_default_and_a_different_one_is_warned_about() {
    let text = "\
# CS 101, Fall 2023

Lectures: Tuesday 10:00-11:15
All times are Eastern.

| Date | Topic | Due |
|---|---|---|
| Sep 5 | Intro | |
| Sep 12 | Loops | HW1 due 11:59 PM ET |
";
    let (_d, path) = fixture(text, "cs101.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(events[0]["start"], "2023-09-05T10:00:00-04:00", "{stderr}");
    assert!(!stderr.contains("--timezone"), "{stderr}");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Istanbul"]);
    assert_eq!(events[0]["start"], "2023-09-05T10:00:00+03:00");
    assert!(
        stderr.contains(":4: warning: the syllabus gives its times in Eastern (America/New_York), but the course's zone is Europe/Istanbul; times are read in Europe/Istanbul; if the syllabus is right, pass --timezone America/New_York"),
        "{stderr}"
    );
}

#[test]
fn the_last_resort_reads_dated_work_as_work_and_sentences_as_prose() {
    let text = "\
# BIO 101, Spring 2024

Office hours start on Jan 29 and are held in room 204 of the life sciences building every week.

| Week | Topic | Due |
|---|---|---|
| 1 | Cells | |
| 3 | Evolution | Essay 1 due Feb 2 |
| 4 | Ecology | Essay 2 due Feb 9 |
| 5 | Review | Quiz on Feb 16 |
";
    let (got, stderr) = events_of(text, "bio101.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "deadline 2024-02-02 Essay 1 due",
            "deadline 2024-02-09 Essay 2 due",
            "exam 2024-02-16 Quiz",
        ],
        "{stderr}"
    );
}

#[test]
fn a_portuguese_grid_with_short_weekday_headers_and_the_week_range_beside_its_number() {
    let text = "\
# Cálculo, 2º semestre de 2024

| Semana | Seg | Qua |
|---|---|---|
| 1 (5/8 - 9/8) | Funções | Limites |
| 2 (12/8 - 16/8) | Derivadas | Revisão para a prova |
| 3 (19/8 - 23/8) | Prova 1 | Sem aula |
";
    let (got, stderr) = events_of(text, "calculo.md", &["--timezone", "America/Sao_Paulo"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-05 Funções",
            "lecture 2024-08-07 Limites",
            "lecture 2024-08-12 Derivadas",
            "lecture 2024-08-14 Revisão para a prova",
            "exam 2024-08-19 Exam 1",
        ],
        "{stderr}"
    );
}

#[test]
fn a_raw_html_table_indented_inside_a_div_in_markdown_is_read_as_a_table() {
    let text = "---\ntitle: Schedule\n---\n\n# CS 5 Sorting, Fall 2022\n\n<div class=\"table\">\n\n    <table>\n      <tr><th>Date</th><th>Topic</th></tr>\n      <tr><td>Sep 6</td><td>Intro</td></tr>\n\n      <tr><td>Sep 8</td><td>Merge sort</td></tr>\n    </table>\n\n</div>\n";
    let (got, stderr) = events_of(
        text,
        "schedule.markdown",
        &["--timezone", "America/New_York"],
    );
    assert_eq!(
        got,
        ["lecture 2022-09-06 Intro", "lecture 2022-09-08 Merge sort"],
        "{stderr}"
    );
    assert!(!stderr.contains("not recognised"), "{stderr}");
}

#[test]
fn dutch_work_deadline_and_exam_words_are_read() {
    let text = "\
# Algoritmen, najaar 2024

| Datum | Onderwerp | Opdracht |
|---|---|---|
| 2.9.2024 | Inleiding | |
| 9.9.2024 | Sorteren | Opdracht 1 inleveren |
| 23.9.2024 | Tentamen | |
";
    let (got, stderr) = events_of(text, "algoritmen.md", &["--timezone", "Europe/Amsterdam"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-02 Inleiding",
            "lecture 2024-09-09 Sorteren",
            "deadline 2024-09-09 Assignment 1 due",
            "exam 2024-09-23 Exam",
        ],
        "{stderr}"
    );
}
