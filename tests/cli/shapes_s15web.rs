//! Schedule shapes, session 15, found trying course pages as a new instructor would: a page
//! with one heading per day (a Quarto site's `#### Tue, Sep 7` sections, each a list), where
//! the days between classes hold only the teacher's office hours ("Office hours:
//! 10:50-12:05p", "Zoom office hours: 1:30-3:00p") or work falling due under a label
//! ("Homework due today:" over "HW #2 due today at 11:55p"), with clocks written with one
//! letter for their half of the day.

use crate::common::timed_events_of;

const NOW: &[&str] = &[
    "--timezone",
    "America/New_York",
    "--now",
    "2026-12-02 00:00",
];

/// The page as a site generator renders it: each day a `<section>` with its heading and a
/// list; a label's items nested under it.
const DAY_SECTIONS: &str = r#"<!DOCTYPE html>
<html><head><title>Design of Experiments - Fall 2021 - Schedule</title></head>
<body><main>
<h1>Schedule</h1>
<p>Read the chapter before the class it is listed under.</p>
<section class="level4"><h4>Tue, Sep 7</h4>
<ul><li><p>Variance within groups</p></li></ul></section>
<section class="level4"><h4>Wed, Sep 8</h4>
<ul><li>Office hours: 10:50-12:05p</li></ul></section>
<section class="level4"><h4>Thurs, Sep 9</h4>
<ul><li><p>Blocked designs</p></li></ul></section>
<section class="level4"><h4>Fri, Sep 10</h4>
<ul><li><p>Homework due today:</p>
<ul><li><strong>HW #2 due today at 11:55p</strong></li></ul></li>
<li><p>Zoom office hours: 1:30-3:00p <a href="https://example.org/book">book a slot</a></p></li></ul></section>
<section class="level4"><h4>Tue, Sep 14</h4>
<ul><li><p>Factorial designs</p></li></ul></section>
<section class="level4"><h4>Wed, Sep 15</h4>
<ul><li>Office hours: 10:50-12:05p</li></ul></section>
<section class="level4"><h4>Thurs, Sep 16</h4>
<ul><li><p>Interactions</p></li>
<li><p>Homework due today:</p>
<ul><li>Read the notes on interactions</li></ul></li></ul></section>
<section class="level4"><h4>Fri, Sep 17</h4>
<ul><li><p>Homework due today:</p>
<ul><li><strong>HW #3 due today at 9:20a</strong></li></ul></li>
<li><p>Zoom office hours: 1:30-3:00p</p></li></ul></section>
</main></body></html>
"#;

/// The same days as a Markdown page writes them.
const DAY_HEADINGS: &str = "\
# Design of Experiments, Fall 2021

Read the chapter before the class it is listed under.

#### Tue, Sep 7
- Variance within groups

#### Wed, Sep 8
- Office hours: 10:50-12:05p

#### Thurs, Sep 9
- Blocked designs

#### Fri, Sep 10
- Homework due today:
  - HW #2 due today at 11:55p
- Zoom office hours: 1:30-3:00p

#### Tue, Sep 14
- Factorial designs

#### Wed, Sep 15
- Office hours: 10:50-12:05p

#### Thurs, Sep 16
- Interactions

#### Fri, Sep 17
- Homework due today:
  - HW #3 due today at 9:20a
- Zoom office hours: 1:30-3:00p
";

const EXPECTED: [&str; 6] = [
    "lecture 2021-09-07 Variance within groups",
    "lecture 2021-09-09 Blocked designs",
    "deadline 2021-09-10T23:55 Hw2 due",
    "lecture 2021-09-14 Factorial designs",
    "lecture 2021-09-16 Interactions",
    "deadline 2021-09-17T09:20 Hw3 due",
];

#[test]
fn days_of_only_office_hours_or_work_due_are_no_classes_in_a_rendered_page() {
    let (got, stderr) = timed_events_of(DAY_SECTIONS, "schedule.html", NOW);
    assert_eq!(got, EXPECTED, "{stderr}");
}

#[test]
fn days_of_only_office_hours_or_work_due_are_no_classes_in_markdown() {
    let (got, stderr) = timed_events_of(DAY_HEADINGS, "schedule.md", NOW);
    assert_eq!(got, EXPECTED, "{stderr}");
}

#[test]
fn a_label_over_the_work_due_is_no_deadline_of_its_own() {
    let (_, stderr) = timed_events_of(DAY_HEADINGS, "schedule.md", NOW);
    assert!(!stderr.contains("given again"), "{stderr}");
}

/// A French project course's calendar as a VitePress site writes it: one row per Tuesday
/// class, the deliverables in a cell with a `<Badge text="Remise" />` component before each
/// and their own Friday date and hour in brackets after the name ("(ven. 12 sept., 16h)").
const BADGED_CALENDAR: &str = r#"# Projet intégrateur — calendrier

| Semaine | Date (mardi) | En classe | Énoncés / Remises |
|---:|:---|:---|:---|
| 1 | 2 sept. | Présentation du cours | <Badge type="info" text="Énoncé" /> **Cahier des charges** |
| 2 | 9 sept. | Atelier | <Badge type="warning" text="Remise" /> *Cahier des charges* (ven. 12 sept., 16h) |
| 3 | 16 sept. | Atelier | <Badge type="warning" text="Remise" /> *Itération 1* (ven. 19 sept., 16h) |
| — | 23 sept. | **Semaine de lecture (pas de cours)** | — |
| 4 | 30 sept. | Démonstration | <Badge type="warning" text="Remise" /> *Rapport d'itération 1* (ven. 3 oct., 16 h) |
"#;

#[test]
fn badged_deliverables_fall_due_on_their_own_date_and_hour() {
    let (got, stderr) = timed_events_of(
        BADGED_CALENDAR,
        "calendrier.md",
        &[
            "--timezone",
            "America/Toronto",
            "--term",
            "Fall 2025",
            "--now",
            "2026-12-02 00:00",
        ],
    );
    let due: Vec<&String> = got.iter().filter(|e| e.starts_with("deadline")).collect();
    assert_eq!(
        due,
        [
            "deadline 2025-09-19T16:00 Itération 1 due",
            "deadline 2025-10-03T16:00 Rapport d'itération 1 due",
        ],
        "{stderr}"
    );
    // The deliverable no word names as work is said, not dropped.
    assert!(stderr.contains("Cahier des charges"), "{stderr}");
}

/// A Spanish calendar whose kinds, exams and deliverables are shields.io badges in the cells
/// (the alt text may differ from the badge's own text, which is what a reader sees), with a
/// retake exam ("Recuperatorio") and numbered practical works ("TP1").
const BADGE_CELLS: &str = "\
# Cronograma

| Semana | Fecha | Tipo | Temas |
|:---:|:---:|:---:|---|
| 1 | 19/08 | ![Teórica](https://img.shields.io/badge/Teórica-red) | Introducción<br>Tipos de datos |
| 1 | 21/08 | ![Práctica](https://img.shields.io/badge/Práctica-blue) | Ejercicios<br>![Entega_TP1](https://img.shields.io/badge/Entrega_TP1-purple) |
| 2 | 26/08 | ![Teórica](https://img.shields.io/badge/Teórica-red) | Vectores |
| 2 | 28/08 | ![Práctica](https://img.shields.io/badge/Práctica-blue) | ![Parcial](https://img.shields.io/badge/Parcial-yellow) |
| 3 | 02/09 | ![Teórica](https://img.shields.io/badge/Teórica-red) | ![1er_Recuperatorio](https://img.shields.io/badge/1er_Recuperatorio-yellow) |
| 3 | 04/09 | ![Práctica](https://img.shields.io/badge/Práctica-blue) | Punteros |
";

#[test]
fn badges_in_cells_name_the_kind_the_work_and_the_exams() {
    let (got, stderr) = timed_events_of(
        BADGE_CELLS,
        "cronograma.md",
        &[
            "--timezone",
            "America/Argentina/Buenos_Aires",
            "--term",
            "Fall 2025",
            "--now",
            "2026-12-02 00:00",
        ],
    );
    let kinds: Vec<String> = got
        .iter()
        .map(|e| e.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        kinds,
        [
            "lecture 2025-08-19",
            "other 2025-08-21",
            "deadline 2025-08-21T23:59",
            "lecture 2025-08-26",
            "exam 2025-08-28",
            "other 2025-08-28",
            "exam 2025-09-02",
            "other 2025-09-04",
        ],
        "{got:?}\n{stderr}"
    );
    assert!(got.iter().any(|e| e.ends_with("TP1 due")), "{got:?}");
}
