//! Schedule shapes, part 10: extra events the development corpus showed (issue #8, session
//! 5, precision): what coursecal emitted that the syllabus does not make a lecture, an exam
//! or a deadline. Every fixture is written for these tests (invented courses, topics and
//! dates) in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// A month-grid calendar of a Tuesday-Thursday course whose other boxes hold a testing
/// window repeated day after day, the registrar's deadlines and the first day of term, and
/// whose last Tuesday is the registrar's "Last day of classes": only the Tuesday and Thursday
/// boxes are lectures; the test in a Thursday box and a deadline on a Friday are still read.
#[test]
fn month_grid_boxes_off_the_class_days_or_holding_registrar_notes_are_no_lectures() {
    let text = "\
     Geometry Plan - March 2027

1          2               3              4               5
First day  Angles                         Circles         Drop/Add ends
of term
8          9               10             11              12
           Triangles       Skills Window  Polygons        Skills Window
                                                          Sheet 1 due
15         16              17             18              19
           Area            Skills Window  Test 1          Skills Window
22         23              24             25              26
           Volume          Withdrawal     Solids
                           deadline
29         30              31
           Last day of classes
";
    let (got, stderr) = timed_events_of(text, "calendar.txt", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2027-03-02 Angles",
            "lecture 2027-03-04 Circles",
            "lecture 2027-03-09 Triangles",
            "lecture 2027-03-11 Polygons",
            "deadline 2027-03-12T23:59 Sheet 1 due",
            "lecture 2027-03-16 Area",
            "exam 2027-03-18 Test 1",
            "lecture 2027-03-23 Volume",
            "lecture 2027-03-25 Solids",
        ],
        "{stderr}"
    );
}

/// A table of one row per meeting whose last weeks are the institution's exam period and
/// closing days, each day filled with the same words (`Provas finais`, `EXAM PERIOD`,
/// `Encerramento do semestre`), with a recess day (`Recesso`) between the classes and a
/// note under the last class that names "the final exam period" in a sentence: no lecture
/// in the periods or on the recess, the last class kept.
#[test]
fn exam_period_closing_and_recess_rows_are_no_lectures() {
    let text = "\
| Semana | Data  | Assunto                  |
|--------|-------|--------------------------|
| 1      | 03/03 | Listas                   |
| 1      | 05/03 | Pilhas                   |
| 2      | 10/03 | **Recesso**              |
| 2      | 12/03 | Filas                    |
| 3      | 17/03 | Árvores; exams are held in the final exam period |
| 4      | 24/03 | Provas finais            |
| 4      | 26/03 | Provas finais            |
| 5      | 31/03 | EXAM PERIOD (take-home)  |
| 6      | 07/04 | Encerramento do semestre |
";
    let (got, stderr) = timed_events_of(text, "cronograma.md", &["--term", "Spring 2027"]);
    assert_eq!(
        got,
        [
            "lecture 2027-03-03 Listas",
            "lecture 2027-03-05 Pilhas",
            "lecture 2027-03-12 Filas",
            "lecture 2027-03-17 Árvores; exams are held in the final exam period",
        ],
        "{stderr}"
    );
}

/// A space-laid plan whose topic column is headed `tutorate` (the course meets only in
/// tutorials) beside a `deadlines` column: the rows are tutorials, no lectures; the
/// deadlines are still read.
#[test]
fn rows_under_a_tutorial_headed_topic_column_are_no_lectures() {
    let text = "\
                      Corpus Project / Plan


date                          tutorate                           deadlines

        Friday 5.3            teams and topics
        Friday 12.3           (no room)                          outline
        Friday 19.3           first results
        Friday 26.3           (Easter)                           report
";
    let (got, stderr) = timed_events_of(text, "plan.txt", &["--term", "Spring 2027"]);
    assert_eq!(
        got,
        [
            "deadline 2027-03-12T23:59 outline due",
            "deadline 2027-03-26T23:59 Report due",
        ],
        "{stderr}"
    );
}

/// A course plan with no schedule table, written as a numbered outline (`2.1.  Project`,
/// `2.3.1.  Cover page`: numbers that read like day-first dates without a year) with its exams
/// dated in bullets, and a code listing holding a network address (`10.0.0.0/24`): the
/// headings and the address make no rows; the exams are read.
#[test]
fn numbered_outline_headings_and_addresses_are_no_dates() {
    let text = "\
                         Network Services, Fall 2027

1.     Overview
       The course is run as a workshop.
2.     Assessment
2.1.   Project
       A service deployed in teams.
2.2.   Exams
       • Midterm exam: October 7, 2027
       • Final exam: December 9, 2027
2.3.   Reports
2.3.1. Cover page
2.3.2. Results
3.     Tools
3.1.   Chat
3.2.   Repository
       echo \"allow 10.0.0.0/24\" >> rules.conf
";
    let (_d, path) = fixture(text, "plan.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Mexico_City"]);
    let lectures: Vec<String> = summary(&events)
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert!(lectures.is_empty(), "{lectures:?}\n{stderr}");
    assert_eq!(
        summary(&events)
            .iter()
            .filter(|s| s.starts_with("exam"))
            .count(),
        2,
        "{:?}\n{stderr}",
        summary(&events)
    );
}

/// A page with no schedule layout, its dates in lines of prose, one line of a code listing
/// holding a network address (`10.0.0.0/24`): the address is no date and stops nothing.
#[test]
fn a_network_address_in_a_page_without_layout_is_no_date() {
    let text = "\
Network Services, Fall 2027

The course is run as a workshop.
  Midterm exam: October 7, 2027
  Final exam: December 9, 2027
  echo \"allow 10.0.0.0/24\" >> rules.conf
";
    let (got, stderr) = timed_events_of(text, "page.txt", &["--timezone", "America/Mexico_City"]);
    assert_eq!(
        got,
        ["exam 2027-10-07 Midterm", "exam 2027-12-09 Final exam"],
        "{stderr}"
    );
}

/// A page that shows its schedule twice (as a table, then as an agenda list of the same
/// days) and then the schedule of a sister course on the same days: each day has one
/// lecture, from the first table; the repeats are set aside with a warning.
#[test]
fn a_table_going_over_the_days_of_a_table_above_again_is_set_aside() {
    let text = "\
# Intro to Programming, Fall 2027

| Date   | Topic      |
|--------|------------|
| Sep 6  | Welcome    |
| Sep 13 | Variables  |
| Sep 20 | Functions  |
| Sep 27 | Exam 1     |
| Oct 4  | Loops      |
| Oct 11 | Lists      |

## Agenda

| Date   | Topic      | Reading   |
|--------|------------|-----------|
| Sep 6  | Welcome    | Preface   |
| Sep 13 | Variables  | Chapter 1 |
| Sep 20 | Functions  | Chapter 2 |
| Sep 27 | Exam 1     | no reading |
| Oct 4  | Loops      | Chapter 3 |
| Oct 11 | Lists      | Chapter 4 |

## Sister course (evening section)

| Date   | Topic            |
|--------|------------------|
| Sep 6  | Getting started  |
| Sep 13 | Values and types |
| Sep 20 | Calling code     |
| Oct 4  | Repetition       |
| Oct 11 | Sequences        |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2027-09-06 Welcome",
            "lecture 2027-09-13 Variables",
            "lecture 2027-09-20 Functions",
            "exam 2027-09-27 Exam 1",
            "lecture 2027-10-04 Loops",
            "lecture 2027-10-11 Lists",
        ],
        "{stderr}"
    );
    assert_eq!(
        stderr
            .matches("goes over the days of a table above")
            .count(),
        2,
        "{stderr}"
    );
}

/// A bullet list of exercise sheets, each only the sheet and its deadline in parentheses
/// (`[Blatt 2](…) (Abgabe Mittwoch, 27. Oktober)`), under a weekly meeting line: deadlines,
/// no lecture made of a sheet's line.
#[test]
fn a_list_of_sheets_each_with_its_deadline_in_parentheses_gives_no_lectures() {
    let text = "\
# Übungen zur Optimierung, WS 2027/28

Termin: Mittwochs, 10:15-12:00

- [Blatt 1](b1.pdf) (Abgabe Mittwoch, 20. Oktober)
- [Blatt 2](b2.pdf) (Abgabe Mittwoch, 27. Oktober)
- [Blatt 3](b3.pdf) (Abgabe Mittwoch, 3. November)
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "Europe/Vienna"]);
    assert_eq!(
        got,
        [
            "deadline 2027-10-20T23:59 Hw1 due",
            "deadline 2027-10-27T23:59 Hw2 due",
            "deadline 2027-11-03T23:59 Hw3 due",
        ],
        "{stderr}"
    );
}

/// A grid table whose cells run over several lines, one cell holding `**Review**` over
/// `**EXAM 1 @2PM**` (and one the same with a misspelt review word): the exam at its hour,
/// no lecture that day.
#[test]
fn a_review_over_an_exam_with_its_hour_in_one_cell_is_the_exam() {
    let text = "\
  Data Structures, Summer 2027

  +--------+---------------+--------------------+----------------+
  |Week    |Monday         |Tuesday             |Thursday        |
  +========+===============+====================+================+
  |1       |**Jun 7**      |**Jun 8**           |**Jun 10**      |
  |        |               |                    |                |
  |        |Lecture 1      |Lab 1               |Lecture 2       |
  |        |Arrays         |Setup               |Lists           |
  +--------+---------------+--------------------+----------------+
  |2       |**Jun 14**     |**Jun 15**          |**Jun 17**      |
  |        |               |                    |                |
  |        |Lecture 3      |Lab 2               |**Review**      |
  |        |Stacks         |Stacks lab          |**EXAM 1 @2PM** |
  +--------+---------------+--------------------+----------------+
  |3       |**Jun 21**     |**Jun 22**          |**Jun 24**      |
  |        |               |                    |                |
  |        |Lecture 4      |Lab 3               |**Reveiw**      |
  |        |Queues         |Queues lab          |**EXAM 2 @2PM** |
  +--------+---------------+--------------------+----------------+
";
    let (got, stderr) = timed_events_of(text, "schedule.txt", &["--timezone", "America/New_York"]);
    let days: Vec<String> = got
        .into_iter()
        .filter(|s| s.contains("06-17") || s.contains("06-24"))
        .collect();
    assert_eq!(
        days,
        [
            "exam 2027-06-17T14:00 Exam 1",
            "exam 2027-06-24T14:00 Exam 2"
        ],
        "{stderr}"
    );
}

/// A table of meetings whose kind column holds one-letter codes no legend defines, two
/// rows a week with one code and one with the other: the code most rows carry is the
/// lecture; the Wednesday rows of the other code are sessions (kind `other`), no lectures.
#[test]
fn the_rarer_undefined_code_of_a_kind_column_is_no_lecture() {
    let text = "\
| Semana | Data  | Tipo | Assunto        |
|--------|-------|------|----------------|
| 1      | 02/03 | T    | Introdução     |
| 1      | 03/03 | L    | Ambiente       |
| 1      | 05/03 | T    | Tipos          |
| 2      | 09/03 | T    | Funções        |
| 2      | 10/03 | L    | Exercícios     |
| 2      | 12/03 | T    | Recursão       |
| 3      | 16/03 | T    | Listas         |
| 3      | 17/03 | L    | Projeto 1      |
| 3      | 19/03 | T    | Árvores        |
";
    let (got, stderr) = timed_events_of(text, "cronograma.md", &["--term", "Spring 2027"]);
    assert_eq!(
        got,
        [
            "lecture 2027-03-02 Introdução",
            "other 2027-03-03 Ambiente",
            "lecture 2027-03-05 Tipos",
            "lecture 2027-03-09 Funções",
            "other 2027-03-10 Exercícios",
            "lecture 2027-03-12 Recursão",
            "lecture 2027-03-16 Listas",
            "other 2027-03-17 Projeto 1",
            "lecture 2027-03-19 Árvores",
        ],
        "{stderr}"
    );
}
