//! Schedule shapes, session 10 (issue 8): a session that is not a lecture, named in the cell
//! after the row's own hours ("08-12 | Lab 1: Loops"), is that session, not a lecture; a
//! lecture whose topic only mentions a lab stays a lecture.

use crate::common::timed_events_of;

/// Rows give their hours, under a header not read as times, before their topic; the lab rows
/// start their topic with the session word, the look-alike lecture names a lab only after it.
#[test]
fn a_lab_named_after_the_rows_hours_is_no_lecture() {
    let text = r#"# Programming 1 — Autumn 2024

| Week | Date | Slot | Topic |
|---|---|---|---|
| 42 | 14/10 | 13-15 | Course start and tools |
| 42 | 16/10 | 08-12 | Lab 1: Tools and first programs |
| 43 | 21/10 | 13-15 | Loops + lab 2 |
| 43 | 23/10 | 08-12 | Laboration 2: Loops |
"#;
    let (got, stderr) = timed_events_of(
        text,
        "prog.md",
        &["--timezone", "Europe/Stockholm", "--term", "Fall 2024"],
    );
    let lectures: Vec<_> = got.iter().filter(|l| l.starts_with("lecture ")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2024-10-14 Course start and tools",
            "lecture 2024-10-21 Loops + lab 2",
        ],
        "{got:?}\n{stderr}"
    );
    let others = got.iter().filter(|l| l.starts_with("other ")).count();
    assert_eq!(others, 2, "{got:?}\n{stderr}");
}
