//! Schedule shapes of deadlines and releases (issue 8, session 10). Each fixture is written in
//! our own words in a shape harvested from development syllabi whose work was lost or read as
//! a lecture; each has a look-alike that must not give work.

use crate::common::timed_events_of;

/// A column of hand-ins beside the topics (`Deliveries`, `Evaluación / Hito`): a bare item
/// there is work due on the row's date, and the row's lecture stays.
#[test]
fn a_bare_item_in_a_column_of_deliveries_is_due_that_day() {
    let text = r#"# Distributed Systems, Spring 2026

Lectures: Monday 14:15-16:00

| Week | Date | Unit | Deliveries |
|---|---|---|---|
| 3 | Mon 12 Jan 2026 | Unit 1: state machines | |
| 4 | Mon 19 Jan 2026 | Unit 2: components | Design v.1 |
| 5 | Mon 26 Jan 2026 | Unit 3: deployment | |
| 6 | Mon 2 Feb 2026 | Unit 4: testing | Report essay |
| 7 | Mon 9 Feb 2026 | Unit 5: review | Midterm |
"#;
    let (got, stderr) = timed_events_of(text, "ds.md", &["--timezone", "Europe/Oslo"]);
    assert_eq!(
        got,
        [
            "lecture 2026-01-12T14:15 Unit 1: state machines",
            "lecture 2026-01-19T14:15 Unit 2: components",
            "deadline 2026-01-19T23:59 Design v.1 due",
            "lecture 2026-01-26T14:15 Unit 3: deployment",
            "lecture 2026-02-02T14:15 Unit 4: testing",
            "deadline 2026-02-02T23:59 Report essay due",
            "lecture 2026-02-09T14:15 Unit 5: review",
            "exam 2026-02-09T14:15 Midterm",
        ],
        "{stderr}"
    );
}

/// The look-alike: a column that says how a class is assessed, not what is handed in
/// ("Formative", a name), and a notes column with numbers, give no work.
#[test]
fn words_about_assessment_or_notes_with_numbers_are_no_work() {
    let text = r#"# Discrete Mathematics, Fall 2022

Lectures: Tuesday 14:15-16:00

| Week | Date | Topic | Assessment | Notes |
|---|---|---|---|---|
| 1 | Tue 16 Aug 2022 | Propositions | Formative | Room 5 |
| 2 | Tue 23 Aug 2022 | Proofs | Lecturer and TA | Bring laptop |
| 3 | Tue 30 Aug 2022 | Sets | Summative | Room 12 |
"#;
    let (got, stderr) = timed_events_of(text, "dm.md", &["--timezone", "America/Santiago"]);
    assert_eq!(
        got,
        [
            "lecture 2022-08-16T14:15 Propositions",
            "lecture 2022-08-23T14:15 Proofs",
            "lecture 2022-08-30T14:15 Sets",
        ],
        "{stderr}"
    );
}

/// An indented header over space-laid columns (text out of a PDF): the `Due` column's verb
/// goes to the items under it, not to the column right of it.
#[test]
fn an_indented_due_column_gives_its_own_items_their_deadline() {
    let text = "CS 101 Fall 2025
Lectures: Tuesday 10:00-12:00

   Date        Topic                      Due                 Notes
   Sep 2       Intro                      -                   room 5
   Sep 9       Graphs                     Essay 1             bring laptop
   Sep 16      Trees                      Reflection 2        quiz
";
    let (got, stderr) = timed_events_of(text, "cs101.txt", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02T10:00 Intro",
            "lecture 2025-09-09T10:00 Graphs",
            "deadline 2025-09-09T23:59 Essay 1 due",
            "lecture 2025-09-16T10:00 Trees",
            "exam 2025-09-16T10:00 Quiz",
            "deadline 2025-09-16T23:59 Reflection 2 due",
        ],
        "{stderr}"
    );
}

/// A list item naming its work, what it covers in section numbers, then its deadline after
/// the due word: the work falls due on the date after "Due", not on a section number.
#[test]
fn the_date_after_the_due_word_dates_the_work() {
    let text = r#"---
title: Outline of Analysis 2016-17
---

**Week 1:**
- Lecture 1, January 16: course introduction.
- Lecture 2, January 19: sections 1.1-1.3.
- Worksheet 1, on 1.3, 1.4, 2.1 and 2.2. Due: January 20, 11:40 PM

**Week 2:**
- Lecture 3, January 23: sections 2.1-2.3.
- Homework 1, covering 3.1 and 3.2, due January 24
"#;
    let (got, stderr) = timed_events_of(
        text,
        "outline.md",
        &["--term", "Spring 2017", "--timezone", "Europe/London"],
    );
    assert_eq!(
        got,
        [
            "lecture 2017-01-16 course introduction.",
            "lecture 2017-01-19 sections 1.1-1.3.",
            "deadline 2017-01-20T23:40 Problem set 1 due",
            "lecture 2017-01-23 sections 2.1-2.3.",
            "deadline 2017-01-24T23:59 Hw1 due",
        ],
        "{stderr}"
    );
}
