//! Schedule shapes, part 16: the shapes the k-* development syllabi (session 6) showed
//! (issue #8): the year written before a numbered semester; a day and a month name joined by a
//! slash; a class number with its dot before a meeting's weekday and date. Every fixture is
//! written for these tests (invented courses, topics and dates) in the shape a real syllabus
//! used.

use crate::common::events_of;

/// A Markdown page whose only term is the year before its numbered semester
/// (`2025 1er cuatrimestre`) and whose dates are month-day pairs without a year: the year is
/// read from that line, so the table is a schedule, not refused for want of a year.
#[test]
fn the_year_before_a_numbered_semester_dates_a_table_of_month_day_pairs() {
    let text = "\
# Plan de clases
Óptica Aplicada  
2025 1er cuatrimestre | [Calendario](https://example.org/cal)

| S  | Fecha | Tema        |
|:--:|:----- |:----------- |
| 01 | 04-03 | Reflexión   |
| 02 | 04-10 | Refracción  |
| 03 | 04-17 | Lentes      |
";
    let (got, stderr) = events_of(text, "plan.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-04-03 Reflexión",
            "lecture 2025-04-10 Refracción",
            "lecture 2025-04-17 Lentes",
        ],
        "{stderr}"
    );
}

/// The variant: a second semester written `2026, 2º semestre` above a tab table of
/// day-first slashed dates without a year: the dates fall in that autumn.
#[test]
fn the_year_then_a_second_semester_places_the_dates_in_the_autumn() {
    let text = "\
Química Orgánica — 2026, 2º semestre

Aula\tData\tConteúdo
1\t15/09\tLigações
2\t22/09\tIsomeria
3\t29/09\tReações
";
    let (got, stderr) = events_of(text, "plano.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-09-15 Ligações",
            "lecture 2026-09-22 Isomeria",
            "lecture 2026-09-29 Reações",
        ],
        "{stderr}"
    );
}

/// A Quarto page (front matter, a style block) whose pipe table writes its dates as a day and
/// a Portuguese month abbreviation joined by a slash (`05/ago`), including the abbreviations
/// that are words elsewhere (`set`, `out`): every row is a class on its date.
#[test]
fn a_day_and_a_month_name_joined_by_a_slash_date_each_row() {
    let text = "\
---
title: \"Plano\"
---

<style>
table td:nth-child(1) { white-space: nowrap; }
</style>

Cronograma do 2º semestre de 2026.

| Data | Aula | Conteúdo |
|---|---:|---|
| 26/ago | 1 | Grafos |
| 02/set | 2 | Caminhos mínimos |
| 30/set | 3 | Fluxos |
| 07/out | 4 | Emparelhamentos |
";
    let (got, stderr) = events_of(text, "plano.qmd", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-08-26 Grafos",
            "lecture 2026-09-02 Caminhos mínimos",
            "lecture 2026-09-30 Fluxos",
            "lecture 2026-10-07 Emparelhamentos",
        ],
        "{stderr}"
    );
}

/// The variant: English month abbreviations joined to the day by a slash, one with its year
/// after a second slash, in a plain-text tab table; "out" written as a word in a title stays
/// a word, not a date.
#[test]
fn slashed_day_month_dates_with_a_year_after_a_second_slash_are_read_in_a_tab_table() {
    let text = "\
Topology 301, Spring 2027

Date\tTopic
12/Jan/2027\tOpen sets
19/Jan\tContinuity (sheet 1 out)
26/Jan\tCompactness
";
    let (got, stderr) = events_of(text, "top.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2027-01-12 Open sets",
            "lecture 2027-01-19 Continuity (sheet 1 out)",
            "lecture 2027-01-26 Compactness",
        ],
        "{stderr}"
    );
}

/// A table whose class cell numbers the meeting before its weekday and date (`1.Wednesday 4/3`,
/// `3. Wednesday 25/3`), with a lab column beside it: each row is a class on its own date
/// (even after a week without class), with the topic, not the number, as its title.
#[test]
fn a_class_number_before_the_weekday_and_date_leaves_the_date_readable() {
    let text = "\
Databases 210, Spring 2026
Class meets Wednesday 15:30-17:00
Lab: Friday 10:00-12:00

Week\tClass\tTopic\tLab
1\t1.Wednesday 4/3\tEntity models\tFriday 6/3 L1
2\t2.Wednesday 11/3\tRelational algebra\tFriday 13/3 L2
3\t3. Wednesday 25/3\tSQL\tFriday 27/3 L3
";
    let (got, stderr) = events_of(text, "db.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-03-04 Entity models",
            "lecture 2026-03-11 Relational algebra",
            "lecture 2026-03-25 SQL",
        ],
        "{stderr}"
    );
}
