//! Schedule shapes, session 15 (issue 8), lead: an Org syllabus whose calendar is a table of
//! date cells, each week a row of bare dates under `M | W | F` with a row of notes beneath,
//! two calendars side by side (January to March left, March to May right), and whose title
//! block, with the lecture hours, is a LaTeX export block. Before, the export block hid the
//! hours (an office-hours table gave a Tuesday slot), the document was read as LaTeX, each
//! row of dates was one week, its notes rows were set aside as noise, and blank days such as
//! `| 2/3 | | |` were taken for page counters ("2/3" of a page footer).

use crate::common::timed_events_of;

const NOW: &[&str] = &[
    "--timezone",
    "America/New_York",
    "--now",
    "2026-12-02 00:00",
];

const SYLLABUS: &str = r"#+TITLE: Chemistry of Materials
#+OPTIONS: toc:nil
#+BEGIN_EXPORT latex
\begin{center}
\textsc{\Large Chemistry of Materials}\\Spring 2025
\end{center}
\begin{tabular}{l r}
Prof.\ R. Okafor & Room: 12 Hall\\
Office: 201 Annex & Lecture MW 9:00-10:15\\
\end{tabular}
#+END_EXPORT

* Office hours
| R. Okafor | Tu 4:00-5:00 | 201 Annex |

* Calendar
|------+------+------+---+------+------+------|
| M    | W    | F    |   | M    | W    | F    |
|------+------+------+---+------+------+------|
| 1/13 | 1/15 | 1/17 |   | 3/17 | 3/19 | 3/21 |
| Welcome! |  | HW 1 out |   |      | *Exam 2* | HW 4 due |
|------+------+------+---+------+------+------|
| 1/20 | 1/22 | 1/24 |   | 3/24 | 3/26 | 3/28 |
| *MLK Day* |  | HW 1 due |   |      |      | HW 5 due |
|------+------+------+---+------+------+------|
| 2/3  | 2/5  | 2/7  |   | 3/31 | 4/2  | 4/4  |
|      |      | HW 2 due |   | *BREAK* | *BREAK* | *BREAK* |
|------+------+------+---+------+------+------|
";

/// Every Monday and Wednesday in date order, left calendar first, at the title block's hours
/// (lectures without a topic are named by their week); the holiday gives none, and the blank
/// Wednesday after it is a class, not more of a break; the break's days give none, the exam
/// takes its day, and the Fridays (no class day) give only their homework.
#[test]
fn a_calendar_of_date_cells_gives_each_class_day_at_the_export_blocks_hours() {
    let (got, stderr) = timed_events_of(SYLLABUS, "syllabus.org", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-01-13T09:00 Welcome!",
            "lecture 2025-01-15T09:00 Lecture 1",
            "release 2025-01-17 Hw1 released",
            "lecture 2025-01-22T09:00 Lecture 2",
            "deadline 2025-01-24T23:59 Hw1 due",
            "lecture 2025-02-03T09:00 Lecture 4",
            "lecture 2025-02-05T09:00 Lecture 4",
            "deadline 2025-02-07T23:59 Hw2 due",
            "lecture 2025-03-17T09:00 Lecture 10",
            "exam 2025-03-19T09:00 Exam 2",
            "deadline 2025-03-21T23:59 Hw4 due",
            "lecture 2025-03-24T09:00 Lecture 11",
            "lecture 2025-03-26T09:00 Lecture 11",
            "deadline 2025-03-28T23:59 Hw5 due",
        ],
        "{stderr}"
    );
}
