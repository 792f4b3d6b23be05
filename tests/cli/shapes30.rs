//! Schedule shapes, part 30: no invented lectures (issue 8). Each fixture is written in our
//! own words in a shape harvested from real syllabi that gave lectures the course does not
//! have: one class told in several rows, a page footer that counts pages, a holiday in the
//! topic column, a break written under "Material". Each has a look-alike that must still
//! give its lectures.

use crate::common::pdf::pdf_of_pages;
use crate::common::{events_json, lectures_of, summary_with_time as summary, timed_events_of};

/// A table that numbers the units of each week's one class: several rows share the week's
/// date and give no time of their own. One lecture per date, its title joining the units.
#[test]
fn units_of_one_class_on_one_date_are_one_lecture() {
    let text = r#"# Applied Statistics — Winter 2024/25

| Week | Unit | Date | Topic |
|---|---|---|---|
| 1 | 1 | 14.10. | What data is |
| 1 | 2 | 14.10. | Notebooks |
| 2 | 3 | 21.10. | Tables |
| 2 | 4 | 21.10. | Joins |
| 2 | 5 | 21.10. | Reshaping |
| 3 | 6 | 28.10. | Plots |
"#;
    let (got, stderr) = timed_events_of(
        text,
        "stats.md",
        &["--timezone", "Europe/Berlin", "--term", "Fall 2024"],
    );
    assert_eq!(
        got,
        [
            "lecture 2024-10-14 What data is; Notebooks",
            "lecture 2024-10-21 Tables; Joins; Reshaping",
            "lecture 2024-10-28 Plots",
        ],
        "{stderr}"
    );
}

/// The look-alike: two rows on one date, each with its own hours, are two meetings.
#[test]
fn two_rows_on_one_date_at_different_hours_stay_two_lectures() {
    let text = r#"# Applied Statistics — Winter 2024/25

| Date | Time | Topic |
|---|---|---|
| 14.10. | 09:00-10:30 | What data is |
| 14.10. | 14:00-15:30 | Notebooks |
| 21.10. | 09:00-10:30 | Tables |
"#;
    let (got, stderr) = timed_events_of(
        text,
        "stats2.md",
        &["--timezone", "Europe/Berlin", "--term", "Fall 2024"],
    );
    assert_eq!(
        got,
        [
            "lecture 2024-10-14T09:00 What data is",
            "lecture 2024-10-14T14:00 Notebooks",
            "lecture 2024-10-21T09:00 Tables",
        ],
        "{stderr}"
    );
}

/// A PDF whose footer names the department, counts the page ("2/3", which reads as a date)
/// and gives the outline's version: set aside on every page, no lecture on Feb 3 or Mar 3.
#[test]
fn a_footer_that_counts_pages_gives_no_lecture() {
    let footer =
        |n: usize| format!("Dept of Botany          {n}/3          Outline, revised 2024-01-02");
    let (f1, f2, f3) = (footer(1), footer(2), footer(3));
    let page1 = [
        "BOT 210 Plant Ecology, Spring 2024",
        "Lectures: Tuesdays 10:00-11:30",
        "",
        "Week   Date      Topic",
        "1      Jan 9     Soils",
        "2      Jan 16    Water",
        "",
        f1.as_str(),
    ];
    let page2 = [
        "3      Jan 23    Light",
        "4      Jan 30    Competition",
        "",
        f2.as_str(),
    ];
    let page3 = ["5      Feb 6     Succession", "", f3.as_str()];
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bot210.pdf");
    std::fs::write(&path, pdf_of_pages(&[&page1, &page2, &page3])).expect("write pdf");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-01-09T10:00 Soils",
            "lecture 2024-01-16T10:00 Water",
            "lecture 2024-01-23T10:00 Light",
            "lecture 2024-01-30T10:00 Competition",
            "lecture 2024-02-06T10:00 Succession",
        ],
        "{stderr}"
    );
}

/// Holidays named in the topic column of a table of class dates ("Lunar New Year
/// Vacation", "Ching Ming Festival") are days without class; a topic that only mentions
/// travel is a lecture.
#[test]
fn a_holiday_named_in_the_topic_column_gives_no_lecture() {
    let text = r#"CSC 2100 Data Structures, Spring 2023
Lectures: Tuesday and Thursday

Date             Topic
17 January 2023  Stacks
19 January 2023  Queues
24 January 2023  Lunar New Year Vacation
26 January 2023  Hashing
4 April 2023     Travel-time estimates with graphs
5 April 2023     Ching Ming Festival
"#;
    let (lectures, stderr) = lectures_of(text, "csc2100.txt", &["--timezone", "Asia/Hong_Kong"]);
    assert_eq!(
        lectures,
        [
            "lecture 2023-01-17 Stacks",
            "lecture 2023-01-19 Queues",
            "lecture 2023-01-26 Hashing",
            "lecture 2023-04-04 Travel-time estimates with graphs",
        ],
        "{stderr}"
    );
}

/// A table whose only text column is headed "Material": a row that says there is no class
/// there gives no lecture; the rows around it keep theirs.
#[test]
fn no_class_written_under_material_cancels_that_row() {
    let text = r#"# Inverse Problems, Fall 2024

Class meets Tuesday and Thursday 9:30-10:50.

| Week | Date | Material | Due |
|---|---|---|---|
| 1 | 11/19 | Chapter 8 | |
| | 11/21 | Chapter 9 | |
| | 11/26 | Thanksgiving week, no class | |
| | 11/28 | Thanksgiving week, no class | |
| 2 | 12/3 | Chapter 10 | |
"#;
    let (lectures, stderr) = lectures_of(text, "inverse.md", &["--timezone", "America/Chicago"]);
    let lectures: Vec<String> = lectures.into_iter().map(|s| s[..24].to_string()).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2024-11-19T09:30",
            "lecture 2024-11-21T09:30",
            "lecture 2024-12-03T09:30",
        ],
        "{stderr}"
    );
}

/// Two headed sections, each a slot line and a dated table: the lectures, then the
/// tutorials. The tutorial rows are no lectures, even in the lectures' weeks; a section
/// headed by a topic that only starts with a session word keeps its lectures.
#[test]
fn a_table_under_a_tutorials_heading_gives_no_lectures() {
    let text = r#"# Compilers, Spring 2026

## Lectures

Mondays 10:15-12:00

| Date | Title |
|---|---|
| 02.03.2026 | Lexing |
| 09.03.2026 | Parsing |
| 16.03.2026 | Types |

## Tutorials

Thursdays 14:15-16:00

| Date | Title |
|---|---|
| 05.03.2026 | T1 - Setup |
| 12.03.2026 | T2 - Grammars |
| 19.03.2026 | T3 - Checkers |
"#;
    let (lectures, stderr) = lectures_of(text, "compilers.md", &["--timezone", "Europe/Warsaw"]);
    assert_eq!(
        lectures,
        [
            "lecture 2026-03-02T10:15 Lexing",
            "lecture 2026-03-09T10:15 Parsing",
            "lecture 2026-03-16T10:15 Types",
        ],
        "{stderr}"
    );
}

/// A type column that says, in the course's language, that there is no lecture that day
/// ("Ingen forelesning", "Geen college"): no lecture, though the row keeps a topic.
#[test]
fn no_lecture_in_a_type_column_in_other_languages_gives_no_lecture() {
    let text = r#"# Finans, vår 2026

| Uke | Dato | Dag | Tema | Type |
|---|---|---|---|---|
| 2 | 06.01.2026 | Tirsdag | Nåverdi | Forelesning |
| 3 | 13.01.2026 | Tirsdag | Obligasjoner | Ingen forelesning |
| 4 | 20.01.2026 | Tirsdag | Aksjer | Forelesning |
"#;
    let (lectures, stderr) = lectures_of(text, "finans.md", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        lectures,
        ["lecture 2026-01-06 Nåverdi", "lecture 2026-01-20 Aksjer"],
        "{stderr}"
    );
}

/// A table of written pieces with their dates and their share of the grade, read as the
/// schedule because it is the only dated table: a row whose topic cell is only a weight
/// ("~3%", "30%") is no class.
#[test]
fn rows_whose_topic_is_only_a_weight_give_no_lectures() {
    let text = r#"ECON 456 Senior Thesis, Winter 2025

The written pieces are listed below; hand each in on its date.

Piece                               Date                                  Share of grade
Research question memo              Jan 17th                              ~3%
Literature review                   Jan 31st                              ~10%
Data appendix                       Feb 14th                              ~5%
Draft chapter                       March 7th                             ~7%
Final thesis                        April 18th                            30%
"#;
    let (lectures, stderr) = lectures_of(text, "econ456.txt", &["--timezone", "America/New_York"]);
    assert!(lectures.is_empty(), "{lectures:?}\n{stderr}");
}

/// A weekday-column calendar whose boxes label their topic ("Topic: Lab"): the lab boxes on
/// a day that is mostly labs are labs, not lectures; a Wednesday with a real topic keeps
/// its lecture.
#[test]
fn a_labelled_lab_box_in_a_weekday_calendar_is_no_lecture() {
    let text = r#"# Probability for Data Science, Fall 2025

| Week | Monday | Wednesday |
|---|---|---|
| 1 | Sep 8 Topic: Counting | Sep 10 Topic: Lab |
| 2 | Sep 15 Topic: Conditioning | Sep 17 Topic: Lab |
| 3 | Sep 22 Topic: Expectation | Sep 24 Topic: Lab |
| 4 | Sep 29 Topic: Variance | Oct 1 Topic: Limits |
"#;
    let (lectures, stderr) = lectures_of(text, "prob.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        lectures,
        [
            "lecture 2025-09-08 Topic: Counting",
            "lecture 2025-09-15 Topic: Conditioning",
            "lecture 2025-09-22 Topic: Expectation",
            "lecture 2025-09-29 Topic: Variance",
            "lecture 2025-10-01 Topic: Limits",
        ],
        "{stderr}"
    );
}
