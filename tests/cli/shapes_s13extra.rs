//! Schedule shapes, session 13 (issue 8): rows read as lectures that are none. Each fixture
//! has a look-alike that keeps what it should.

use crate::common::{kinds_and_dates, timed_events_of};

const NOW: &[&str] = &["--timezone", "Europe/Berlin", "--now", "2025-01-10 00:00"];

/// A calendar of every day (`Day | Date | Time | Item | Room`): the Item column says what
/// each meeting is, so lectures keep their topics, labs are labs, and a day with nothing
/// in it (only its weekday) is no class.
#[test]
fn an_item_column_beside_a_date_and_time_is_the_topic() {
    let text = r#"# Course calendar, Spring 2025

| Day | Date | Time | Item | Room |
|:----|:-----|:-----|:-----|:-----|
| Wed | Feb 5 | 9:00--10:30 | Lecture 1: Why measure things | Hall B |
| Thu | Feb 6 | 11:00--12:30 | Lab 1 (group A) | Room 12 |
| Fri | Feb 7 | | | |
| Mon | Feb 10 | 11:00--12:30 | Lab 1 (group B) | Room 12 |
| Tue | Feb 11 | | | |
| Wed | Feb 12 | 9:00--10:30 | Lecture 2: Averages and spread | Hall B |
| Thu | Feb 13 | 11:00--12:30 | Lab 2 (group A) | Room 12 |
| Mon | Feb 17 | 11:00--12:30 | Lab 2 (group B) | Room 12 |
| Tue | Feb 18 | | | |
| | | --23:59 | Deadline HW 1 | |
| Wed | Feb 19 | 9:00--10:30 | Lecture 3: Samples | Hall B |
| Thu | Feb 20 | | | |
| Wed | Feb 26 | 9:00--10:30 | **Midterm exam** | |
"#;
    let (got, stderr) = timed_events_of(text, "calendar.md", NOW);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-02-05T09:00",
            "other 2025-02-06T11:00",
            "other 2025-02-10T11:00",
            "lecture 2025-02-12T09:00",
            "other 2025-02-13T11:00",
            "other 2025-02-17T11:00",
            "deadline 2025-02-18T23:59",
            "lecture 2025-02-19T09:00",
            "exam 2025-02-26T09:00",
        ],
        "{got:?}\n{stderr}"
    );
    assert!(got[0].contains("Why measure things"), "{got:?}");
}

/// Look-alike: under `Item | Posted | Deadline` (no time or room column) the item column
/// stays the work's name.
#[test]
fn an_item_column_of_an_item_first_table_stays_the_work() {
    let text = r#"# Data analysis, Spring 2025

| Item | Posted | Deadline |
|------|--------|----------|
| Homework 1 | Feb 3 | Feb 10 |
| Homework 2 | Feb 10 | Feb 17 |
"#;
    let (got, stderr) = timed_events_of(text, "work.md", NOW);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "release 2025-02-03",
            "release 2025-02-10",
            "deadline 2025-02-10T23:59",
            "deadline 2025-02-17T23:59",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A table of key dates under a title naming Fall 2024, every date written with last year's
/// year (a template kept from the year before): as written four of six fall on a weekend, in
/// 2024 only one deadline does (on a Sunday), so the dates are read in 2024. A row that only
/// introduces numbered work is its release and no lecture, and the first and last class are
/// one meeting each, not their weeks.
#[test]
fn key_dates_with_last_years_year_and_work_introduced_on_its_own_row() {
    let text = r#"\documentclass{article}
\title{PHY 500 -- Numerical methods \\ Fall 2024}
\begin{document}
\maketitle
Classes meet Tuesday and Thursday 10:00 - 11:20 in room 12.

\begin{tabular}{ll}
\textbf{Date} & \textbf{Event} \\
\hline
2023/9/3 & First class \\
2023/9/5 & Project 1 intro \\
2023/9/30 & Project 1 due \\
2023/10/8 & Project 2 intro \\
2023/11/3 & Project 2 due \\
2023/12/10 & Last day of class \\
\end{tabular}
\end{document}
"#;
    let (got, stderr) = timed_events_of(text, "syllabus.tex", &["--timezone", "America/New_York"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2024-09-03T10:00",
            "release 2024-09-05",
            "deadline 2024-09-30T23:59",
            "release 2024-10-08",
            "deadline 2024-11-03T23:59",
            "lecture 2024-12-10T10:00",
        ],
        "{got:?}\n{stderr}"
    );
    assert!(
        stderr.contains("they are read in Fall 2024, where only one falls on a weekend"),
        "{stderr}"
    );
}

/// Look-alike: a topic that only mentions an introduction beside numbered work ("Project 1
/// overview and intro to forecasting") stays a lecture, and a "First class" row in a table of
/// one row per lecture is still that lecture.
#[test]
fn an_intro_inside_a_topic_keeps_its_lecture() {
    let text = r#"# Forecasting, Spring 2025

Lectures: Monday and Wednesday 9:00-10:15.

| Date | Topic |
|------|-------|
| Feb 3 | First class: overview |
| Feb 5 | Project 1 overview and intro to forecasting |
| Feb 10 | Intro to time series |
"#;
    let (got, stderr) = timed_events_of(text, "plan.md", NOW);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-02-03T09:00",
            "lecture 2025-02-05T09:00",
            "lecture 2025-02-10T09:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A college's weekly extra hour (`X-hour`) on the Thursday of a Monday-Wednesday-Friday
/// course is a session, not a lecture, also with a topic after a dash; an X-hour held
/// "instead of lecture" on a lecture day is that session, and a lecture held "instead of
/// X-hour" stays a lecture.
#[test]
fn x_hours_are_sessions_and_say_which_meeting_they_replace() {
    let text = r#"# Rendering, Fall 2021

| Date | Topic |
|------|-------|
| Mon 9/20 | Rays |
| Wed 9/22 | Cameras |
| Thu 9/23 | X-hour |
| Fri 9/24 | Triangles |
| Mon 9/27 | Shading |
| Wed 9/29 | Textures |
| Thu 9/30 | X-hour - Debugging |
| Fri 10/1 | X-hour instead of lecture |
| Mon 10/4 | Sampling |
| Thu 10/7 | Lecture instead of X-hour: Light |
"#;
    let (got, stderr) = timed_events_of(text, "plan.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2021-09-20",
            "lecture 2021-09-22",
            "other 2021-09-23",
            "lecture 2021-09-24",
            "lecture 2021-09-27",
            "lecture 2021-09-29",
            "other 2021-09-30",
            "other 2021-10-01",
            "lecture 2021-10-04",
            "lecture 2021-10-07",
        ],
        "{got:?}\n{stderr}"
    );
}
