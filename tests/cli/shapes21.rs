//! Schedule shapes, part 21: events missed on syllabi the rules were not written for
//! (issue #8, recall). Every fixture is written for these tests (invented courses, topics
//! and dates); each shape has a second fixture in a variant of it.

use crate::common::{events_json, events_of, fixture, kinds_and_dates, summary, timed_events_of};

/// The work events of a run, "kind date title", lectures left out.
fn work(path: &std::path::Path, extra: &[&str]) -> (Vec<String>, String) {
    let (events, stderr) = events_json(path, extra);
    let got = summary(&events)
        .into_iter()
        .filter(|s| !s.starts_with("lecture "))
        .collect();
    (got, stderr)
}

/// Weekly work named by the part of the course it belongs to and a weekday relative to the
/// row's week ("Chapter 1 blog due Friday"), in a Notes column: one deadline each week, on
/// that weekday, told apart by the chapter's number (not one blog given again).
#[test]
fn weekly_work_named_by_its_chapter_falls_due_on_the_weekday_of_its_row() {
    let md = "# Phonetics 510, Spring 2023\n\n\
| Week | Dates | Topic | Notes |\n\
| --- | --- | --- | --- |\n\
| 1 | Jan 10, 12 | Sounds of speech | |\n\
| 2 | Jan 17, 19 | Vowel charts | Chapter 1 journal due Friday |\n\
| 3 | Jan 24, 26 | Consonants | |\n\
| 4 | Jan 31, Feb 02 | Syllables | Chapter 2 journal due Friday |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (got, stderr) = work(&path, &[]);
    assert_eq!(
        got,
        [
            "deadline 2023-01-20 Chapter 1 journal due",
            "deadline 2023-02-03 Chapter 2 journal due",
        ],
        "{stderr}"
    );
}

/// The same with a known work word after the numbered part ("Unit 3 essay due Thursday")
/// and a date per row: each unit's essay is its own deadline.
#[test]
fn known_work_after_a_numbered_unit_is_that_units_work() {
    let md = "# History 220, Fall 2024\n\n\
| Date | Topic | Due |\n\
| --- | --- | --- |\n\
| Sep 3 | Empires | |\n\
| Sep 10 | Trade routes | Unit 1 essay due Thursday |\n\
| Sep 17 | Plague | |\n\
| Sep 24 | Reformations | Unit 2 essay due Thursday |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (got, stderr) = work(&path, &[]);
    assert_eq!(
        got,
        [
            "deadline 2024-09-12 Unit 1 Essay due",
            "deadline 2024-09-26 Unit 2 Essay due",
        ],
        "{stderr}"
    );
}

/// Short day.month dates in brackets after each bullet of a week heading (`lecture [24.3]`,
/// Markdown-escaped as `\[24.3\]`): the brackets set the date apart as a cell does, so a
/// document with several of them, one with a number above 12, reads them as dates; work "is
/// published" on its date is a release.
#[test]
fn bracketed_short_dates_under_week_headings_are_dates() {
    let md = "# Compilers 236, Spring 2022\n\n\
## week 1\n\n\
* **lecture** \\[24.3\\]\n\
* **assignment** [A1](a1.md) is published \\[23.3\\]\n\n\
## week 2\n\n\
* **lecture** \\[31.3\\]\n\n\
## week 3\n\n\
* **lecture** \\[7.4\\]\n";
    let (lines, stderr) = events_of(md, "schedule.md", &["--term", "Spring 2022"]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "release 2022-03-23",
            "lecture 2022-03-24",
            "lecture 2022-03-31",
            "lecture 2022-04-07",
        ],
        "{stderr}"
    );
}

/// The same dates in parentheses in a plain list, a note after the date inside them.
#[test]
fn short_dates_opening_parentheses_in_a_list_are_dates() {
    let txt = "Statics 101, Fall 2021\n\n\
- Class (15.9) Forces\n\
- Class (22.9 room change) Moments\n\
- Class (6.10) Trusses\n\
- Homework 1 due (8.10)\n";
    let (lines, stderr) = events_of(txt, "schedule.txt", &[]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2021-09-15",
            "lecture 2021-09-22",
            "lecture 2021-10-06",
            "deadline 2021-10-08",
        ],
        "{stderr}"
    );
}

/// Work numbered by an ordinal word ("first project", "second project"): each is its own
/// item, released and due on its rows, not the first project given again.
#[test]
fn work_numbered_by_ordinal_words_is_that_numbered_work() {
    let md = "# Networks 330, Fall 2024\n\n\
| Week | Date | Topic | Work |\n\
| --- | --- | --- | --- |\n\
| 1 | Sep 6 | Layers | First project released |\n\
| 2 | Sep 13 | Sockets | |\n\
| 3 | Sep 20 | Routing | First project due; second project released |\n\
| 4 | Sep 27 | Congestion | Second project due |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (got, stderr) = work(&path, &[]);
    assert_eq!(
        got,
        [
            "release 2024-09-06 Project 1 released",
            "release 2024-09-20 Project 2 released",
            "deadline 2024-09-20 Project 1 due",
            "deadline 2024-09-27 Project 2 due",
        ],
        "{stderr}"
    );
}

/// The same in Spanish, the verb first and a comma after it ("Entrega, segundo proyecto",
/// "Enunciado, tercer proyecto": the statement handed out), and an ordinal quiz.
#[test]
fn spanish_ordinal_work_after_its_verb_and_a_comma_is_read() {
    let md = "# Algoritmos 2, Septiembre-Diciembre 2014\n\n\
| Semana | Fecha | Contenido | Evaluación |\n\
| --- | --- | --- | --- |\n\
| 1 | 19/09 | Grafos | Enunciado, primer proyecto |\n\
| 2 | 26/09 | BFS | Entrega, primer proyecto |\n\
| 3 | 03/10 | DFS | Enunciado, segundo proyecto |\n\
| 4 | 10/10 | Dijkstra | Primer quiz |\n\
| 5 | 17/10 | Flujos | Entrega, segundo proyecto |\n";
    let (_d, path) = fixture(md, "cronograma.md");
    let (got, stderr) = work(&path, &["--term", "Fall 2014"]);
    let kinds = kinds_and_dates(&got);
    assert_eq!(
        kinds,
        [
            "release 2014-09-19",
            "deadline 2014-09-26",
            "release 2014-10-03",
            "exam 2014-10-10",
            "deadline 2014-10-17",
        ],
        "{stderr}"
    );
}

/// A date cell naming the week's two class days joined by "y" (`26-ago y 28-ago`), and a
/// column of hand-ins named by a deadline word and a number (`Entrega 1 — domingo 30-ago`):
/// two lectures a week, each hand-in due on its own date, and the rows carrying a hand-in
/// stay lectures.
#[test]
fn two_class_days_joined_by_and_and_numbered_hand_ins_keep_every_lecture() {
    let md = "# Algoritmos 1, 2026\n\n\
| Semana | Fechas | Tema | Trabajo |\n\
| --- | --- | --- | --- |\n\
| 1 | 19-ago y 21-ago | Introducción | |\n\
| 2 | 26-ago y 28-ago | Funciones | Entrega 1 — domingo 30-ago |\n\
| 3 | 02-sep | Listas | Entrega 2 — domingo 06-sep |\n";
    let (lines, stderr) = events_of(md, "cronograma.md", &[]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2026-08-19",
            "lecture 2026-08-21",
            "lecture 2026-08-26",
            "lecture 2026-08-28",
            "deadline 2026-08-30",
            "lecture 2026-09-02",
            "deadline 2026-09-06",
        ],
        "{stderr}"
    );
}

/// The same in English, "and" between the dates and the hand-in named `Submission 2` with a
/// weekday after a colon: due on that weekday of the row's week.
#[test]
fn english_class_days_joined_by_and_with_a_numbered_submission() {
    let md = "# Databases 340, Fall 2025\n\n\
| Week | Dates | Topic | Deliverables |\n\
| --- | --- | --- | --- |\n\
| 1 | Sep 2 and Sep 4 | Relations | |\n\
| 2 | Sep 9 and Sep 11 | SQL | Submission 1: Friday |\n";
    let (lines, stderr) = events_of(md, "schedule.md", &[]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02",
            "lecture 2025-09-04",
            "lecture 2025-09-09",
            "lecture 2025-09-11",
            "deadline 2025-09-12",
        ],
        "{stderr}"
    );
}

/// A slot that gives its time but no day (`Meeting Times: 9:05-10:20`), the days told only by
/// the schedule's dates: every lecture at that time on its row's day, with a warning.
#[test]
fn a_slot_without_days_times_the_lectures_on_their_rows_days() {
    let txt = "Sociology 498, Spring 2026\n\
Meeting Times: 9:05-10:20\n\n\
Week 1: Jan 13 - Course overview\n\
Week 2: Jan 20 - Surveys\n\
Week 3: Jan 27 - Sampling\n";
    let (lines, stderr) = timed_events_of(txt, "syllabus.txt", &["--timezone", "America/New_York"]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2026-01-13T09:05",
            "lecture 2026-01-20T09:05",
            "lecture 2026-01-27T09:05",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("the lecture slot names no day"), "{stderr}");
}

/// The same with two class days a week, one row per class, and the time in 12-hour form
/// under a bold Markdown label.
#[test]
fn a_dayless_slot_times_two_class_days_a_week() {
    let md = "# Geology 110, Fall 2025\n\n**Class time:** 2:00-3:15pm\n\n\
| Date | Topic |\n| --- | --- |\n\
| Sep 1 | Minerals |\n| Sep 3 | Rocks |\n| Sep 8 | Plates |\n| Sep 10 | Volcanoes |\n";
    let (lines, stderr) = timed_events_of(md, "schedule.md", &[]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T14:00",
            "lecture 2025-09-03T14:00",
            "lecture 2025-09-08T14:00",
            "lecture 2025-09-10T14:00",
        ],
        "{stderr}"
    );
}

/// A work column whose cells say the hand-in of an item named by a short code and a number
/// (`Remise du TP1`): a deadline on the row's date, and the row, whose topic is a class, stays
/// a lecture (it is not an item-first row whose topic would be the work).
#[test]
fn a_hand_in_of_a_coded_item_in_a_work_column_keeps_the_rows_lecture() {
    let md = "# Conception objet, automne 2021\n\n\
| No | Date | Contenu | Travaux |\n\
| --- | --- | --- | --- |\n\
| 1 | 9 septembre 2021 | Présentation du cours | |\n\
| 2 | 16 septembre 2021 | Interfaces | Remise du TP1 |\n\
| 3 | 23 septembre 2021 | Héritage | Remise du TP2 |\n";
    let (lines, stderr) = events_of(md, "plan.md", &[]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2021-09-09",
            "lecture 2021-09-16",
            "deadline 2021-09-16",
            "lecture 2021-09-23",
            "deadline 2021-09-23",
        ],
        "{stderr}"
    );
}

/// The same in English, the verb before a one-letter code (`Submit A2`) in a Deliverables
/// column.
#[test]
fn a_submit_verb_before_a_coded_item_is_that_items_deadline() {
    let md = "# Systems 220, Fall 2025\n\n\
| Date | Topic | Deliverables |\n\
| --- | --- | --- |\n\
| Sep 3 | Processes | |\n\
| Sep 10 | Threads | Submit A1 |\n\
| Sep 17 | Locks | Submit A2 |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (got, stderr) = work(&path, &[]);
    assert_eq!(
        got,
        ["deadline 2025-09-10 A1 due", "deadline 2025-09-17 A2 due"],
        "{stderr}"
    );
}

/// Two work columns whose headers name no verb coursecal knows (`Travail à faire | Remises`),
/// the same numbered items standing first in one and on a later row in the other: the first
/// hands each out, the second takes it in; every row stays its class.
#[test]
fn items_handed_out_in_one_column_and_in_in_a_later_one_are_releases_then_deadlines() {
    let md = "# Bases de données, hiver 2024\n\n\
| Sem | Cours | Date | Matière | Travail à faire | Remises |\n\
| --- | --- | --- | --- | --- | --- |\n\
| 1 | 1 | 17 janv | Modèle entité-relation | | |\n\
| | 2 | 19 janv | Tables | Atelier 1 | |\n\
| 2 | 3 | 24 janv | Clés | Atelier 2 | Atelier 1 |\n\
| | 4 | 26 janv | Insertions | | Atelier 2 |\n";
    let (lines, stderr) = events_of(md, "calendrier.md", &["--term", "Winter 2024"]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2024-01-17",
            "lecture 2024-01-19",
            "release 2024-01-19",
            "lecture 2024-01-24",
            "release 2024-01-24",
            "deadline 2024-01-24",
            "lecture 2024-01-26",
            "deadline 2024-01-26",
        ],
        "{stderr}"
    );
}

/// The same with English headers of no verb (`Sheet | Checked`), codes for items, and a row
/// that runs on past the header with empty cells (`| | |` at its end), read as its own row.
#[test]
fn paired_work_columns_in_english_with_a_row_running_past_the_header() {
    let md = "# Circuits 150, Fall 2025\n\n\
| Date | Topic | Sheet | Checked |\n\
| --- | --- | --- | --- |\n\
| Sep 2 | Ohm's law | LS1 | |\n\
| Sep 9 | Kirchhoff | LS2 | LS1 | | |\n\
| Sep 16 | Capacitors | | LS2 |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (got, stderr) = work(&path, &[]);
    assert_eq!(
        got,
        [
            "release 2025-09-02 LS1 released",
            "release 2025-09-09 LS2 released",
            "deadline 2025-09-09 LS1 due",
            "deadline 2025-09-16 LS2 due",
        ],
        "{stderr}"
    );
}

/// A readings cell that opens with a deadline and its hour, the work after a comma (`Due at
/// 11:59 PM, HW03`): the work is due on the row's date; the row stays a lecture.
#[test]
fn a_readings_cell_opening_with_a_deadline_gives_that_work() {
    let md = "# Linguistics 402, Fall 2018\n\n\
| Date | Topic | Readings |\n\
| --- | --- | --- |\n\
| Tue Sep 4 | Shell basics | Due at 11:59 PM, HW02 |\n\
| Thu Sep 6 | Pipes | Due at 11:59 PM, HW03 |\n\
| Tue Sep 11 | Regular expressions | Chapter 2 |\n";
    let (lines, stderr) = events_of(md, "schedule.md", &[]);
    let got = kinds_and_dates(&lines);
    assert_eq!(
        got,
        [
            "lecture 2018-09-04",
            "deadline 2018-09-04",
            "lecture 2018-09-06",
            "deadline 2018-09-06",
            "lecture 2018-09-11",
        ],
        "{stderr}"
    );
}

/// The same in a tab table whose readings column is headed `Materials`, a 24-hour time and a
/// lab: `Deadline 17:00, Lab 3`.
#[test]
fn a_materials_cell_opening_with_a_deadline_in_a_tab_table() {
    let txt = "Optics 210, Spring 2024\n\n\
Date\tTopic\tMaterials\n\
Mar 5\tLenses\tNotes 1\n\
Mar 12\tMirrors\tDeadline 17:00, Lab 3\n";
    let (_d, path) = fixture(txt, "schedule.txt");
    let (got, stderr) = work(&path, &[]);
    assert_eq!(got, ["deadline 2024-03-12 Lab 3 due"], "{stderr}");
}
