//! Schedule shapes, session 13 (issue 8): a heading naming the exams over a list of bare
//! dates or date windows (`### Exams`, a lead sentence, `- March 3, 10am - March 5, 11:59pm`).
//! The items name no event because the heading did: each is an exam, numbered, starting at
//! the date and time it gives, and no lecture titled by its closing date.

use crate::common::timed_events_of;

const ZONE: &[&str] = &["--timezone", "Europe/Istanbul"];

/// Each event as "KIND START TITLE" (see [`timed_events_of`]).
fn events(text: &str) -> (Vec<String>, String) {
    timed_events_of(text, "course.md", ZONE)
}

/// The exams as a take-home window each: the list gives when each opens and closes, and a
/// short lead sentence sits between the heading and the list.
#[test]
fn bare_date_windows_under_an_exams_heading_are_the_exams_in_order() {
    let text = r#"# GEO101 Rocks and Rivers, Spring 2025

### Schedule

-   January 14, 2025: Minerals

-   January 21, 2025: Sediments

### Exams

Both exams are taken at home within these windows:

-   March 3, 2025, 10am - March 5, 2025, 11:59pm

-   April 22, 2025, 10am - April 22, 2025, 6pm

### Grading

Each exam counts for a third of the grade.
"#;
    let (got, stderr) = events(text);
    assert_eq!(
        got,
        [
            "lecture 2025-01-14 Minerals",
            "lecture 2025-01-21 Sediments",
            "exam 2025-03-03T10:00 Exam 1",
            "exam 2025-04-22T10:00 Exam 2",
        ],
        "{stderr}"
    );
}

/// Look-alikes: a heading about reviewing for the exams, an exams heading whose list names
/// topics after its dates, and one over paragraphs of prose before a dated line, are not a
/// list of the exams' dates.
#[test]
fn an_exam_review_heading_or_named_rows_under_exams_stay_classes() {
    let text = r#"# GEO101 Rocks and Rivers, Spring 2025

### Exam review

-   February 24, 2025

### Exams

-   March 3, 2025: Review of minerals and sediments

## Exams

The exams are written in the lecture hall and last two hours each.

Bring a pencil and a calculator; phones stay in your bag.

Missed exams are made up only with a doctor's note handed in within a week.

-   May 5, 2025
"#;
    let (got, stderr) = events(text);
    assert!(
        got.iter()
            .all(|e| !(e.starts_with("exam ") && e.contains(" Exam "))),
        "{got:?} {stderr}"
    );
}
