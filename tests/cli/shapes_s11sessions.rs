//! Schedule shapes, session 11 (issue 8): meetings that are not the course's lectures
//! (tutorials, labs) read as lectures. A row that gives its own hours before its topic is
//! named by its topic cell ("12:45-14:30 | Room 2 | Tutorial: Parsing"); a numbering column
//! that counts labs apart from lectures ("1", "2", "L1") sets the lab rows apart; a course
//! whose every meeting is a lab keeps its labs as its meetings; a day whose tally of hours
//! counts only practicals ("2 practicals") is no lecture.

use crate::common::{kinds_and_dates, timed_events_of};

/// Each row has its own hours and room; tutorials share the lectures' Monday and their
/// hours, and still are tutorials (at their own hours), while a lecture whose title only
/// mentions a lab stays a lecture.
#[test]
fn a_tutorial_row_with_its_own_hours_is_a_tutorial_even_on_a_lecture_day() {
    let text = "\
# Data Wrangling, block 2

| Week | Date | Time | Room | Content | Teacher |
|------|------|------|------|---------|---------|
| 1 | Mon 6 Oct | 09:00–11:00 | Hall A | Opening lecture | Vos |
| 2 | Mon 13 Oct | 13:00–15:00 | Room 12 | Tutorial: Regular expressions | Vos |
| 2 | Thu 16 Oct | 13:00–15:00 | Room 12 | Tutorial: Tidy tables | Vos |
| 3 | Mon 20 Oct | 13:00–15:00 | Hall B | Lecture | Vos |
| 4 | Mon 27 Oct | 09:00–11:00 | Hall A | Introduction to the lab notebook | Vos |
";
    let (got, stderr) = timed_events_of(
        text,
        "wrangling.md",
        &["--timezone", "Europe/Amsterdam", "--term", "Fall 2025"],
    );
    assert_eq!(
        got,
        [
            "lecture 2025-10-06T09:00 Opening lecture",
            "other 2025-10-13T13:00 Tutorial: Regular expressions",
            "other 2025-10-16T13:00 Tutorial: Tidy tables",
            "lecture 2025-10-20T13:00 Lecture",
            "lecture 2025-10-27T09:00 Introduction to the lab notebook",
        ],
        "{stderr}"
    );
}

/// A meeting column numbers the lectures 1, 2, 3... and the Friday labs L0, L1...: the labs
/// are not lectures; a Friday that carries a lecture number stays a lecture.
#[test]
fn labs_numbered_apart_from_the_lectures_are_no_lectures() {
    let text = "\
# Machine Organisation, Spring 2020

| Date | Meeting | Topic |
|------|---------|-------|
| Tue Jan 21 | 1 | Welcome |
| Thu Jan 23 | 2 | Bits |
| Fri Jan 24 | L0 | Shell warm-up |
| Tue Jan 28 | 3 | Integers |
| Thu Jan 30 | 4 | Floats |
| Fri Jan 31 | L1 | Bit puzzles |
| Tue Feb 4 | 5 | Memory |
| Thu Feb 6 | 6 | Pointers |
| Fri Feb 7 | 7 | Catch-up lecture |
| Tue Feb 11 | 8 | Assembly |
| Fri Feb 14 | L2 | Debugger tour |
";
    let (got, stderr) = timed_events_of(text, "org.md", &["--timezone", "America/New_York"]);
    let lectures: Vec<_> = kinds_and_dates(&got)
        .into_iter()
        .filter(|l| l.starts_with("lecture "))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2020-01-21",
            "lecture 2020-01-23",
            "lecture 2020-01-28",
            "lecture 2020-01-30",
            "lecture 2020-02-04",
            "lecture 2020-02-06",
            "lecture 2020-02-07",
            "lecture 2020-02-11",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Every dated row is a numbered lab ("Lab 1: ..."): the labs are the course's meetings.
#[test]
fn a_course_that_meets_only_in_labs_keeps_them() {
    let text = "\
# Field Methods Lab, Fall 2024

| Date | Session |
|------|---------|
| Sep 3 | Lab 1: Measuring tape and compass |
| Sep 10 | Lab 2: Soil cores |
| Sep 17 | Lab 3: Water samples |
";
    let (got, stderr) = timed_events_of(text, "field.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2024-09-03",
            "lecture 2024-09-10",
            "lecture 2024-09-17"
        ],
        "{stderr}"
    );
}

/// "Lab #2: ..." on a day without lectures is lab 2, not a lecture.
#[test]
fn a_lab_numbered_with_a_hash_is_a_lab() {
    let text = "\
# Statistics with R, Fall 2024

| Date | Topic |
|------|-------|
| Tue Sep 3 | Welcome and tools |
| Wed Sep 4 | lab #1: first plots |
| Tue Sep 10 | Summaries |
| Wed Sep 11 | lab #2: tidy data |
| Tue Sep 17 | Models |
";
    let (got, stderr) = timed_events_of(text, "stats.md", &["--timezone", "America/Chicago"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2024-09-03",
            "other 2024-09-04",
            "lecture 2024-09-10",
            "other 2024-09-11",
            "lecture 2024-09-17",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A printed plan whose rows close with a tally of their hours: a day that counts only
/// practicals is no lecture, a day that counts lectures (with practicals or not) is one.
#[test]
fn a_day_whose_tally_counts_only_practicals_is_no_lecture() {
    let text = "\
Guest course: Mapping with open data

No   Date         Time           Topic
1    14.03.2023   09.00-09.50    Why open data matters.
                  10.00-10.50    Where the records come from.
                                 2 lectures
2    15.03.2023   09.00-09.50    Cleaning a table of records
                  10.00-10.50    in a spreadsheet.
                                 2 practicals
3    16.03.2023   09.00-09.50    Maps of the records.
                  10.00-10.50    Drawing the first map.
                                 1 lecture, 1 practical
";
    let (got, stderr) = timed_events_of(
        text,
        "plan.txt",
        &["--timezone", "Asia/Almaty", "--term", "Spring 2023"],
    );
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2023-03-14T09:00",
            "other 2023-03-15T09:00",
            "lecture 2023-03-16T09:00"
        ],
        "{got:?}\n{stderr}"
    );
}
