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
