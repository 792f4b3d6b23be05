//! Schedule shapes, session 13 (issue 8): schedules coursecal read only part of. Bare numbered
//! work in a work column under a rule saying when listed work falls due, ... Each fixture has a
//! look-alike that keeps to what it gave before.

use crate::common::{kinds_and_dates, timed_events_of};

const TERM: &[&str] = &["--timezone", "America/Denver", "--term", "Spring 2024"];

/// A table of one row per class whose work column lists only codes ("HW2", "HW 3: Essay"),
/// and a footer that says when listed work falls due: each is handed out on its row's day and
/// due on the first such weekday after it, at the footer's hour; the footer is no deadline.
#[test]
fn bare_work_codes_under_a_following_weekday_rule_are_released_and_due() {
    let text = r#"# Soil Science 210, Spring 2024

| Week | Date | Topic | Homework |
|---|---|---|---|
| 1 | Mon, Jan 15 | Soils and their uses | |
| 1 | Thu, Jan 18 | Texture | HW1 |
| 2 | Mon, Jan 22 | Structure | Quiz 1 |
| 2 | Thu, Jan 25 | Water in soil | HW 2 |
| 3 | Mon, Jan 29 | Field trip | |
| 3 | Thu, Feb 1 | Nutrients | HW3: Essay |

All homework is due the following Monday by 5pm. Quizzes are taken in class.
"#;
    let (got, stderr) = timed_events_of(text, "plan.md", TERM);
    let work: Vec<String> = kinds_and_dates(&got)
        .into_iter()
        .filter(|s| !s.starts_with("lecture"))
        .collect();
    assert_eq!(
        work,
        [
            "release 2024-01-18",
            "exam 2024-01-22",
            "deadline 2024-01-22T17:00",
            "release 2024-01-25",
            "deadline 2024-01-29T17:00",
            "release 2024-02-01",
            "other 2024-02-01",
            "deadline 2024-02-05T17:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: without the rule a bare code says neither when it comes out nor when it is
/// due, so it stays set aside with a warning.
#[test]
fn bare_work_codes_without_a_rule_stay_set_aside() {
    let text = r#"# Soil Science 210, Spring 2024

| Week | Date | Topic | Homework |
|---|---|---|---|
| 1 | Mon, Jan 15 | Soils and their uses | |
| 1 | Thu, Jan 18 | Texture | HW1 |
| 2 | Mon, Jan 22 | Structure | HW 2 |

Homework is graded for completion.
"#;
    let (got, stderr) = timed_events_of(text, "plan.md", TERM);
    assert!(
        got.iter().all(|s| s.starts_with("lecture")),
        "{got:?}\n{stderr}"
    );
    assert!(stderr.contains("\"HW1\" is not recognised"), "{stderr}");
}

/// A small table of the term's quizzes in prose, its first column headed by the exam's name
/// and holding only their numbers: each row is that quiz on its date, beside the class.
#[test]
fn a_column_headed_by_an_exam_name_numbers_those_exams() {
    let text = r#"Microeconomics 120, Spring 2024
Class meets Tuesdays 14:00-16:30 in Hall 3.

There are four short quizzes, each on the weeks before it:

        Quiz     Material              Date
         1       Demand and supply     February 6
         2       Elasticity            February 27
         3       Consumer choice       March 19
         4       Market power          April 9

Late work is not accepted.
"#;
    let (got, stderr) = timed_events_of(text, "quizzes.txt", TERM);
    let exams: Vec<&String> = got.iter().filter(|s| s.starts_with("exam")).collect();
    assert_eq!(
        exams,
        [
            "exam 2024-02-06T14:00 Quiz 1",
            "exam 2024-02-27T14:00 Quiz 2",
            "exam 2024-03-19T14:00 Quiz 3",
            "exam 2024-04-09T14:00 Quiz 4",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: a first column headed by a word that names no exam ("Unit") numbers the
/// rows, and they stay classes.
#[test]
fn a_numbered_column_under_another_name_makes_no_exams() {
    let text = r#"Microeconomics 120, Spring 2024
Class meets Tuesdays 14:00-16:30 in Hall 3.

        Unit     Material              Date
         1       Demand and supply     February 6
         2       Elasticity            February 27
         3       Consumer choice       March 19
"#;
    let (got, stderr) = timed_events_of(text, "units.txt", TERM);
    assert!(
        got.iter().all(|s| s.starts_with("lecture")) && got.len() == 3,
        "{got:?}\n{stderr}"
    );
}

/// A calendar printed from a PDF, whose line giving out work sets the deadline's date far to
/// the right ("Problem sheet 1 posted: due        2/14/2024"): the work goes out on the row's
/// day and is due on that date.
#[test]
fn a_deadline_date_set_apart_by_a_gap_still_ends_its_clause() {
    let text = r#"Numerical Methods, Spring 2024
Classes: Wednesdays 10:00-11:30

Feb 7th                                       Lecture 1
Floating point numbers
                                              Problem sheet 1 posted: due        2/14/2024
Feb 14th                                      Lecture 2
Root finding
                                              Problem sheet 2 posted: due        2/21/2024
Feb 21st                                      Lecture 3
Interpolation
"#;
    let (got, stderr) = timed_events_of(text, "calendar.txt", TERM);
    let work: Vec<String> = kinds_and_dates(&got)
        .into_iter()
        .filter(|s| !s.starts_with("lecture"))
        .collect();
    assert_eq!(
        work,
        [
            "release 2024-02-07",
            "release 2024-02-14",
            "deadline 2024-02-14T23:59",
            "deadline 2024-02-21T23:59",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A two-column page printed from a PDF: the list's name sits at the left margin on its first
/// two lines ("Tentative" / "Class Plan"), beside the bullets. Those lines stay in the list.
#[test]
fn a_side_label_beside_a_bulleted_list_leaves_its_first_weeks_in_the_list() {
    let text = r#"Course             GEOG 310 Spring 2024
Time               09:00-11:00, Tuesdays
Room               B-204
Tentative          • Week 1 (01.16): Maps and projections
Class Plan         • Week 2 (01.23): Coordinate systems
                   • Week 3 (01.30): Raster data
                   • Week 4 (02.06): Vector data
"#;
    let (got, stderr) = timed_events_of(text, "plan.txt", TERM);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2024-01-16T09:00",
            "lecture 2024-01-23T09:00",
            "lecture 2024-01-30T09:00",
            "lecture 2024-02-06T09:00",
        ],
        "{got:?}\n{stderr}"
    );
}
