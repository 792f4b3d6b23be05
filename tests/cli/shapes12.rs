//! Schedule shapes, part 12: the formats and shapes the h-* development syllabi (session 5)
//! showed (issue #8): Org mode, Quarto sections of labelled items, a LaTeX table printed
//! with last year's year, a slot with its length in parentheses, and a table listing every
//! weekday of the term. Every fixture is written for these tests (invented courses, topics
//! and dates) in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// An Org mode table: `|---+---|` rules, `Wkd-DD-Mon` dates, footnote marks in the header, a
/// `Lecture/Lab` topic column, quizzes in a column of their own (held in that day's class),
/// a struck-through cancelled day, an exam whose topic is the exam, and the final exam's
/// time on the line under its date.
#[test]
fn an_org_table_with_struck_days_quizzes_beside_topics_and_a_time_under_the_date() {
    let text = "\
#+title: GEO 110 Maps and Places
#+options: toc:nil
* Plan
  Lectures Monday and Wednesday 9:00-9:50.

  | # | WK | DAY          | CHECK[fn:1] | LECTURE/LAB[fn:2] | HOMEWORK  |
  |---+----+--------------+-------------+-------------------+-----------|
  | 1 |  1 | Mon-09-Jan   | Quiz 1      | Welcome           |           |
  | 2 |    | Wed-11-Jan   |             | Projections       | Map set 1 |
  |---+----+--------------+-------------+-------------------+-----------|
  | 3 |  2 | Mon-16-Jan   |             | Scale             |           |
  |   |    | +Wed-18-Jan+ |             | CANCELLED (snow)  |           |
  | 4 |  3 | Mon-23-Jan   | Exam 1      | Exam              |           |
  |---+----+--------------+-------------+-------------------+-----------|
  | 5 |  4 | Sun 29-Jan   | FINAL EXAM  |                   |           |
  |   |    | 2.00-4.00 pm |             |                   |           |

[fn:1] Short quizzes at the start of class.
";
    let (got, stderr) = timed_events_of(text, "plan.org", &["--term", "Spring 2023"]);
    assert_eq!(
        got,
        [
            "lecture 2023-01-09T09:00 Welcome",
            "exam 2023-01-09T09:00 Quiz 1",
            "lecture 2023-01-11T09:00 Projections",
            "lecture 2023-01-16T09:00 Scale",
            "exam 2023-01-23T09:00 Exam 1",
            "exam 2023-01-29T14:00 Final exam",
        ],
        "{stderr}"
    );
}

/// Org headings dated by `SCHEDULED:` and `DEADLINE:` timestamps (`<2024-02-06 Tue>`), with
/// `TODO` keywords, tags, a source block and a property drawer that are not read.
#[test]
fn org_headings_dated_by_scheduled_and_deadline_timestamps() {
    let text = "\
#+TITLE: Compilers, Spring 2024
Lectures: Tuesday 14:00-15:30
* Week 1
** Lexing
   SCHEDULED: <2024-02-06 Tue>
   :PROPERTIES:
   :ROOM: 12
   :END:
#+begin_src sh
make 2024-02-07
#+end_src
** TODO Homework 1 :hw:
   DEADLINE: <2024-02-12 Mon 23:59>
** Parsing
   SCHEDULED: <2024-02-13 Tue>
";
    let (got, stderr) = timed_events_of(text, "course.org", &[]);
    assert_eq!(
        got,
        [
            "lecture 2024-02-06T14:00 Lexing",
            "deadline 2024-02-12T23:59 Hw1 due",
            "lecture 2024-02-13T14:00 Parsing",
        ],
        "{stderr}"
    );
}

/// A Quarto page: one heading per meeting with labelled items (`Data`, `Orario`,
/// `Argomenti` with sub-items), rules between meetings, a Pandoc attribute on the page's
/// heading and a fenced note; each meeting is a lecture at its own time.
#[test]
fn quarto_sections_of_labelled_items_are_lectures_at_their_own_times() {
    let text = "\
---
title: Calendario
---

# Calendario del corso {.unnumbered}

::: {.callout-note}
Gli orari possono cambiare.
:::

### **Incontro 1**
- **Data:** 3 marzo 2026
- **Orario:** 9:00-11:00
- **Argomenti:**
  - Presentazione
  - Misure

---

### **Incontro 2**
- **Data:** 5 marzo 2026
- **Orario:** 14:30-16:30
- **Argomenti:**
  - Campioni
";
    let (got, stderr) = timed_events_of(text, "calendario.qmd", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-03-03T09:00 Presentazione, Misure",
            "lecture 2026-03-05T14:30 Campioni",
        ],
        "{stderr}"
    );
}

/// A LaTeX table whose every date prints last year's year under a title naming this year's
/// term: as written, every date falls on a Saturday; in the term's year all are Mondays. The dates are read in the term's year, with a warning.
#[test]
fn dates_printed_with_a_slipped_year_are_read_in_the_named_terms_year() {
    let text = "\
\\documentclass{article}
\\begin{document}
\\section*{GEO 210 Spring 2025 Schedule}
\\begin{tabular}{|c|c|p{8cm}|}
\\hline
\\textbf{Week} & \\textbf{Date} & \\textbf{Topic} \\\\
\\hline
Week 1 & 1/13/2024 & Rocks \\\\
Week 2 & 1/20/2024 & Minerals \\\\
Week 3 & 1/27/2024 & Faults \\\\
Week 4 & 2/3/2024 & Rivers \\\\
Week 5 & 2/10/2024 & Glaciers \\\\
\\hline
\\end{tabular}
\\end{document}
";
    let (got, stderr) = timed_events_of(text, "schedule.tex", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-01-13 Rocks",
            "lecture 2025-01-20 Minerals",
            "lecture 2025-01-27 Faults",
            "lecture 2025-02-03 Rivers",
            "lecture 2025-02-10 Glaciers",
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("they are read in Spring 2025, where every one falls on a weekday"),
        "{stderr}"
    );
}

/// The slot given as day letters with a comma and a start with its length in parentheses
/// (`M, W at 10am (50 mins)`); a numbered lecture whose topic is the midterm is the
/// midterm; ditto marks under a break row are more days of the break.
#[test]
fn a_slot_with_its_length_in_parentheses_a_numbered_midterm_and_ditto_marks() {
    let text = "\
Forest Ecology
Lecture: M, W at 10am (50 mins) (please bring a laptop to every class)

Week     Date        Topic
Week 1   3/2/2026    LECTURE 1: Trees
         3/4/2026    LECTURE 2: Soils
Week 2   3/9/2026    SPRING BREAK
         3/11/2026   \"
Week 3   3/16/2026   LECTURE 1: Fire
         3/18/2026   LECTURE 2: MIDTERM #1
";
    let (_d, path) = fixture(text, "syllabus.txt");
    let (events, stderr) = events_json(&path, &["--term", "Spring 2026"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2026-03-02T10:00 LECTURE 1: Trees",
            "lecture 2026-03-04T10:00 LECTURE 2: Soils",
            "lecture 2026-03-16T10:00 LECTURE 1: Fire",
            "exam 2026-03-18T10:00 Midterm 1",
        ],
        "{stderr}"
    );
    let ends: Vec<&str> = events.iter().filter_map(|e| e["end"].as_str()).collect();
    assert!(ends.iter().all(|e| e.contains("T10:50")), "{ends:?}");
    assert!(events.iter().all(|e| e["location"].is_null()), "{events:?}");
}

/// A table listing every weekday of the term (`Ter<br />4/2`, Portuguese abbreviations),
/// classes only on two of them: the empty days and the weeks left blank after the last
/// class are no classes; lists under `Hand out` and `Hand in` columns (`Lista n.º 1`) are
/// released and due, also from a row that stops before its last (empty) cell.
#[test]
fn a_table_of_every_weekday_gives_classes_only_on_the_days_that_say_something() {
    let text = "\
<table>
<tr><th>Semana</th><th>Data</th><th>Aula</th><th>Hand out</th><th>Hand in</th></tr>
<tr><td rowspan=3>1</td><th>Seg<br />2/3</th><td>Vetores</td><td></td><td></td></tr>
<tr><th>Ter<br />3/3</th><td>Matrizes</td><td>Lista n.º 1</td></tr>
<tr><th>Sex<br />6/3</th><td></td><td></td><td></td></tr>
<tr><td rowspan=3>2</td><th>Seg<br />9/3</th><td>Pilhas</td><td></td><td></td></tr>
<tr><th>Ter<br />10/3</th><td>Filas</td><td></td><td>Lista n.º 1</td></tr>
<tr><th>Sex<br />13/3</th><td></td><td></td><td></td></tr>
<tr><td rowspan=3>3</td><th>Seg<br />16/3</th><td></td><td></td><td></td></tr>
<tr><th>Ter<br />17/3</th><td></td><td></td><td></td></tr>
<tr><th>Sex<br />20/3</th><td></td><td></td><td></td></tr>
</table>
";
    let (got, stderr) = timed_events_of(text, "calendario.html", &["--term", "Spring 2026"]);
    assert_eq!(
        got,
        [
            "lecture 2026-03-02 Vetores",
            "lecture 2026-03-03 Matrizes",
            "release 2026-03-03 Problem set 1 released",
            "lecture 2026-03-09 Pilhas",
            "lecture 2026-03-10 Filas",
            "deadline 2026-03-10T23:59 Problem set 1 due",
        ],
        "{stderr}"
    );
}
