//! Dates without a year whose weekdays fit neither today's term nor the next: the nearest
//! past year they fit is read before a year two ahead (session 13, issue 8). A syllabus is
//! published months before its term, not years.

use crate::common::events_of;

const PLAN: &str = "| Week | Date | Topic |\n|---|---|---|\n| 1 | Mon, Aug 28 | Welcome |\n| | Wed, Aug 30 | Data |\n| 2 | Mon, Sep 4 | No class: holiday |\n| | Wed, Sep 6 | Study design |\n| 3 | Mon, Sep 11 | Samples |\n";

/// Read on 2 December 2026: Mon Aug 28 is a Monday in 2023 and in 2028; 2023 is read.
#[test]
fn weekdays_fitting_three_years_back_and_two_ahead_read_the_past_year() {
    let (got, stderr) = events_of(PLAN, "plan.md", &["--now", "2026-12-02 09:00"]);
    assert_eq!(
        got.first().map(String::as_str),
        Some("lecture 2023-08-28 Welcome"),
        "{stderr}"
    );
    assert!(stderr.contains("read as in Fall 2023"), "{stderr}");
}

/// Look-alike: read on 2 December 2027, 2028 is the next autumn: it is read.
#[test]
fn weekdays_fitting_the_next_autumn_read_it() {
    let (got, stderr) = events_of(PLAN, "plan.md", &["--now", "2027-12-02 09:00"]);
    assert_eq!(
        got.first().map(String::as_str),
        Some("lecture 2028-08-28 Welcome"),
        "{stderr}"
    );
}
