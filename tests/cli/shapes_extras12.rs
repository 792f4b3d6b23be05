//! Schedule shapes, session 12: events that should not exist (issue 8). Each fixture is
//! written in our own words in a shape seen in development syllabi; each has a look-alike
//! that keeps its events.

use crate::common::{events_of, kinds_and_dates};

/// Exercise numbers of three parts ("1.1.10-1.1.12", "1.2.9, 1.2.10") beside a homework are
/// no day-first dates with a two-digit year: the homework goes out on the row's date, not on
/// 1 January 2010.
#[test]
fn exercise_numbers_in_a_run_are_no_dates() {
    let text = r#"# Statistics with R — Fall 2025

Lectures: Monday and Wednesday 13:00-14:15, Room 12.

- Mon Sep 8: Vectors
- Wed Sep 10: Data frames
- Homework 1 released; practice 1.1.10-1.1.12
- Mon Sep 15: Factors
- Homework 2 released; practice 1.2.9, 1.2.10 and 1.3.1
- Wed Sep 17: Plots
"#;
    let (got, stderr) = events_of(text, "rstats.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-09-08",
            "release 2025-09-10",
            "lecture 2025-09-10",
            "release 2025-09-15",
            "lecture 2025-09-15",
            "lecture 2025-09-17",
        ],
        "{got:?}\n{stderr}"
    );
}

/// The look-alike: day-first dates with a two-digit year, in a range or a list of their own,
/// and dotted dates with a full year or none, stay dates.
#[test]
fn dotted_dates_with_a_two_digit_year_stay_dates() {
    let text = r#"# Datenbanken — WS 2022/23

- Di 4.10.22 - Do 6.10.22: Einführung
- Di 11.10.22: Relationen
- Di 18.10.: SQL
- Di 25.10.2022: Normalformen
"#;
    let (got, stderr) = events_of(text, "db.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2022-10-04",
            "lecture 2022-10-06",
            "lecture 2022-10-11",
            "lecture 2022-10-18",
            "lecture 2022-10-25",
        ],
        "{got:?}\n{stderr}"
    );
}
