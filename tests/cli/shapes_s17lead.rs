//! Schedule shapes, session 17 (issue 8), lead: work given as windows under a heading that
//! names the work. A syllabus lists its lectures week by week, then under "Assignment
//! schedule" gives each assignment as a run of weeks with the range of days it is open
//! ("Week 2-4 (Aug 29 - Sep 12): Linear regression"). Before, those rows were read as weeks of
//! class: "Week 2-4" was no week prefix, so the rows were prose without a date, and a row
//! dated by a range made no lecture either way: every assignment was lost.

use crate::common::{events_json, summary_with_time};

fn read(text: &str) -> (Vec<String>, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("syllabus.md");
    std::fs::write(&path, text).expect("write");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Macau"]);
    (summary_with_time(&events), stderr)
}

/// Each window under a heading naming the work is released on its first day and due on
/// its last; the lectures above keep their slot.
#[test]
fn windows_under_an_assignment_heading_are_released_and_due() {
    let (events, stderr) = read(
        "# Neural networks, Fall 2025\n\nLectures: Fridays 19:00-22:00\n\n\
         ## Lecture schedule\n\n\
         - Week 1 (Aug 22): Introduction\n- Week 2 (Aug 29): Regression\n\
         - Week 3 (Sep 5): Perceptrons\n\n\
         ## Assignment schedule\n\n\
         - Week 2-3 (Aug 29 - Sep 5): Fitting a line\n\
         - Weeks 3-5 (Sep 5 - Sep 19): A first network\n",
    );
    assert_eq!(
        events,
        [
            "lecture 2025-08-22T19:00 Introduction",
            "release 2025-08-29 Homework 1 released: Fitting a line",
            "lecture 2025-08-29T19:00 Regression",
            "release 2025-09-05 Homework 2 released: A first network",
            "lecture 2025-09-05T19:00 Perceptrons",
            "deadline 2025-09-05T23:59 Homework 1 due: Fitting a line",
            "deadline 2025-09-19T23:59 Homework 2 due: A first network",
        ],
        "{stderr}"
    );
}

/// The same ranges under a heading that names no work stay weeks: no deliverable is made up.
#[test]
fn ranges_under_another_heading_make_no_work() {
    let (events, stderr) = read(
        "# Neural networks, Fall 2025\n\nLectures: Fridays 19:00-22:00\n\n\
         ## Lecture schedule\n\n\
         - Week 1 (Aug 22): Introduction\n- Week 2 (Aug 29): Regression\n\n\
         ## Reading weeks\n\n\
         - Week 2-3 (Aug 29 - Sep 5): Chapter 2\n",
    );
    assert!(
        events.iter().all(|e| e.starts_with("lecture")),
        "{events:?} {stderr}"
    );
}

/// A plan that numbers the weeks of the year and writes no date ("Week 36 - Classes"), with
/// two weekly meetings: each week's lectures fall on that ISO week's meeting days, and a
/// week listed twice (two topics) does not turn the plan into one lecture per row. Before,
/// such a page exited with "found no dated schedule".
#[test]
fn a_plan_of_the_years_weeks_is_dated_by_those_weeks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.md");
    std::fs::write(
        &path,
        "# Lectures\n\nTwo lectures a week:\n* Tuesday 10.15-12.00 in room A\n\
         * Thursday 10.15-12.00 in room B\n\n## Plan\n\n\
         - Week 35 - Getting started\n- Week 36 - Classes and objects\n\
         - Week 37 - Testing\n- Week 37 - Debugging\n",
    )
    .expect("write");
    let (events, stderr) =
        events_json(&path, &["--timezone", "Europe/Oslo", "--term", "Fall 2024"]);
    let dates: Vec<String> = summary_with_time(&events)
        .iter()
        .map(|e| e.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        dates,
        [
            "lecture 2024-08-27T10:15",
            "lecture 2024-08-29T10:15",
            "lecture 2024-09-03T10:15",
            "lecture 2024-09-05T10:15",
            "lecture 2024-09-10T10:15",
            "lecture 2024-09-12T10:15",
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("weeks of the year (ISO), week 35"),
        "{stderr}"
    );
}

/// The same plan counting the course's own weeks from 1 is no plan of the year: no date is
/// made up, and the refusal says what is missing.
#[test]
fn a_plan_of_the_courses_own_weeks_is_not_dated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.md");
    std::fs::write(
        &path,
        "Lectures: Tuesday 10.15-12.00\n\n- Week 1 - Getting started\n\
         - Week 2 - Classes\n- Week 3 - Testing\n",
    )
    .expect("write");
    let out = crate::common::coursecal()
        .args(["events", "--timezone", "Europe/Oslo", "--term", "Fall 2024"])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}
