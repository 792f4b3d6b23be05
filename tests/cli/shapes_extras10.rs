//! Schedule shapes, session 10: no invented lectures (issue 8). Each fixture is written in
//! our own words in a shape harvested from development syllabi of several universities that
//! gave lectures the course does not have; each has a look-alike that keeps its lectures.

use crate::common::timed_events_of;

/// A weekly slot and a table whose last rows carry a date and nothing else (the exam weeks
/// a template leaves at the end of the term): the classes end where the topics end.
#[test]
fn untitled_rows_after_the_last_topic_give_no_lecture() {
    let text = r#"# Signals and Systems — Autumn 2023

Lectures: Tuesday 10:15-12:00, room B2.

| Week | Date | Topic | Due |
|---|---|---|---|
| 1 | Sep 5 | Signals | |
| 2 | Sep 12 | Systems | |
| 3 | Sep 19 | Convolution | Problem set 1 due |
| 4 | Sep 26 | Fourier series | |
| 5 | Oct 3 | | Problem set 2 due |
| 6 | Oct 10 | | |
"#;
    let (got, stderr) = timed_events_of(text, "signals.md", &["--timezone", "Europe/Oslo"]);
    let lectures: Vec<&String> = got.iter().filter(|s| s.starts_with("lecture")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2023-09-05T10:15 Signals",
            "lecture 2023-09-12T10:15 Systems",
            "lecture 2023-09-19T10:15 Convolution",
            "lecture 2023-09-26T10:15 Fourier series",
        ],
        "{stderr}"
    );
    assert!(
        got.iter().any(|s| s.starts_with("deadline 2023-10-03")),
        "the untitled row's work is still due: {got:?}\n{stderr}"
    );
}

/// The look-alike: an untitled row between rows with topics is a class whose topic was not
/// written, and keeps its lecture.
#[test]
fn an_untitled_row_between_topics_keeps_its_lecture() {
    let text = r#"# Signals and Systems — Autumn 2023

Lectures: Tuesday 10:15-12:00, room B2.

| Week | Date | Topic | Due |
|---|---|---|---|
| 1 | Sep 5 | Signals | |
| 2 | Sep 12 | | Problem set 1 due |
| 3 | Sep 19 | Convolution | |
| 4 | Sep 26 | Fourier series | |
| 5 | Oct 3 | Sampling | |
"#;
    let (got, stderr) = timed_events_of(text, "signals.md", &["--timezone", "Europe/Oslo"]);
    let lectures: Vec<&String> = got.iter().filter(|s| s.starts_with("lecture")).collect();
    assert_eq!(lectures.len(), 5, "{got:?}\n{stderr}");
    assert!(
        lectures[1].starts_with("lecture 2023-09-12T10:15"),
        "{got:?}"
    );
}

/// The look-alike without a slot: a grid of class days whose last days have no topic yet
/// lists the days the class meets; they stay (all-day) lectures.
#[test]
fn without_a_slot_untitled_last_days_stay_lectures() {
    let text = r#"# Number Theory — Spring 2018

| Monday | Wednesday | Friday |
|---|---|---|
| Apr 9. Primes | Apr 11. Congruences | Apr 13. Residues |
| Apr 16. Reciprocity | Apr 18. Sums of squares | Apr 20. Pell; **HW 1 DUE** |
| Apr 23. Quadratic forms | Apr 25. Lattices | Apr 27. Review |
| Apr 30. | May 2. | May 4. **HW 2 DUE** |
"#;
    let (got, stderr) = timed_events_of(text, "numbers.md", &[]);
    let lectures: Vec<&String> = got.iter().filter(|s| s.starts_with("lecture")).collect();
    assert_eq!(lectures.len(), 11, "{got:?}\n{stderr}");
    assert!(lectures[10].starts_with("lecture 2018-05-02"), "{got:?}");
}
