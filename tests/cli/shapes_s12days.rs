//! Schedule shapes, session 12 (issue 8): lectures placed one to three days off. Days off
//! listed with their weekdays (`09/04 (Mon), 09/06 (Wed) - no lectures`), a sentence leading a
//! list of days off, ... Each fixture has a look-alike that keeps its lectures.

use crate::common::{kinds_and_dates, lectures_of};

const NOW: &[&str] = &["--timezone", "Asia/Seoul", "--now", "2019-08-01 00:00"];

/// A plan of one line per lecture, each date with its weekday in brackets; a line listing two
/// days with their weekdays is two days off, and a sentence that leads a list of days off
/// makes each day listed below it a day off for the whole schedule.
#[test]
fn days_listed_with_their_weekdays_under_a_no_class_lead_are_days_off() {
    let text = r#"# Compilers, Fall 2019

* Meetings: 10:30 - 11:45 on Tuesday and Thursday, room 101.

Classes will not be held on the following days (no class):
1. October 1 (Tue) and October 3 (Thu) - Department retreat
2. October 10 (Thu) - Autumn festival

The grader answers questions by mail.

## Plan

* 09/03 (Tue) - Overview of a compiler.
* 09/05 (Thu) - Lexing.
* 09/10 (Tue), 09/12 (Thu) - NO CLASSES.
* 10/08 (Tue) - Parsing.
* 10/10 (Thu) - Parsing, continued.
* 10/15 (Tue) - Type checking.
"#;
    let (got, stderr) = lectures_of(text, "plan.md", NOW);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2019-09-03T10:30",
            "lecture 2019-09-05T10:30",
            "lecture 2019-10-08T10:30",
            "lecture 2019-10-15T10:30",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: a colon-ended sentence that names no day off leads nothing, and a bracket
/// after a date that is no weekday joins no second day: the lines below stay lectures.
#[test]
fn a_list_under_another_sentence_keeps_its_lectures() {
    let text = r#"# Compilers, Fall 2019

* Meetings: 10:30 - 11:45 on Tuesday and Thursday, room 101.

The first weeks cover the following topics:
1. 09/17 (Tue) - Overview of a compiler.
2. 09/19 (Thu) - Lexing.
3. 09/24 (room B), 09/26 - Parsing.
"#;
    let (got, stderr) = lectures_of(text, "plan.md", NOW);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2019-09-17T10:30",
            "lecture 2019-09-19T10:30",
            "lecture 2019-09-24T10:30",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A table whose columns are kinds of meeting named alone (`Week | Lecture | Workshop`), each
/// cell dated and timed, under a sentence giving the lectures' day and then the workshops'
/// in a clause of their own: the workshop cells are no lectures, and Thursday is no slot day.
#[test]
fn a_workshop_column_beside_the_lecture_column_gives_no_lectures() {
    let text = r#"# Parallel computing 2024/25

Lectures take place on **Mondays 2-3pm** in room 12 and workshops take place **2-3pm** on **Wednesdays**.

| Week | Lecture                         | Workshop                        |
|------|---------------------------------|---------------------------------|
| 1    | **13/01/25** 14:00-15:00 Room 12 | **15/01/25** 14:00-15:00 Room 12 |
| 2    | **20/01/25** 14:00-15:00 Room 12 | **22/01/25** 14:00-15:00 Room 12 |
"#;
    let (got, stderr) = lectures_of(text, "timetable.md", &["--timezone", "Europe/London"]);
    assert_eq!(
        kinds_and_dates(&got),
        ["lecture 2025-01-13T14:00", "lecture 2025-01-20T14:00"],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: a header naming only the lectures' column keeps every dated cell a lecture.
#[test]
fn a_grid_under_a_header_of_one_kind_keeps_its_lectures() {
    let text = r#"# Parallel computing 2024/25

| Week | Lecture                         | Lecture                         |
|------|---------------------------------|---------------------------------|
| 1    | **13/01/25** 14:00-15:00 Room 12 | **15/01/25** 14:00-15:00 Room 12 |
"#;
    let (got, stderr) = lectures_of(text, "timetable.md", &["--timezone", "Europe/London"]);
    assert_eq!(
        kinds_and_dates(&got),
        ["lecture 2025-01-13T14:00", "lecture 2025-01-15T14:00"],
        "{got:?}\n{stderr}"
    );
}
