//! Schedule shapes, session 16 (issue 8), web pages and Markdown: a Nordic timetable whose
//! rows are the calendar's week numbers (`Uke 35`, `vko 10`) and whose columns are weekdays,
//! with no date written anywhere. Before, such a grid gave "found no dated schedule" (exit 2):
//! a row dated only by its week number was dated from the grid's row before, and the first row
//! had none.

use crate::common::timed_events_of;

const OSLO: &[&str] = &["--timezone", "Europe/Oslo", "--now", "2026-12-02 00:00"];

const UKE_GRID: &str = "# Welfare economics, autumn 2024

Lectures are in room B203.

| Uke | Mandag | Tirsdag | Onsdag | Torsdag | Fredag |
| --- | --- | --- | --- | --- | --- |
| 35 |  | Introduction |  | Markets |  |
| 36 |  |  |  |  |  |
| 37 |  | Public goods | Taxes |  |  |
| 39 | Insurance |  |  |  |  |
";

/// Week 35 of 2024 starts on Monday 26 August: each cell falls on its weekday of its row's
/// calendar week, an empty week gives nothing, and a skipped week number keeps the count.
#[test]
fn a_grid_of_calendar_weeks_dates_each_cell_by_the_week_of_the_terms_year() {
    let (got, stderr) = timed_events_of(UKE_GRID, "plan.md", OSLO);
    assert_eq!(
        got,
        [
            "lecture 2024-08-27 Introduction",
            "lecture 2024-08-29 Markets",
            "lecture 2024-09-10 Public goods",
            "lecture 2024-09-11 Taxes",
            "lecture 2024-09-23 Insurance",
        ],
        "{stderr}"
    );
}

const VKO_GRID: &str = "# Web programming, spring 2025

| vko | ma | ti | ke | to | pe |
|:---:|:--:|:--:|:--:|:--:|:--:|
| 10  |    | Servers |    | Templates |  |
| 12  |    |    | Databases |  |  |
";

/// Finnish two-letter weekday codes head the columns and `vko` the week numbers: week 10 of
/// 2025 starts on Monday 3 March.
#[test]
fn a_finnish_grid_of_weekday_codes_and_calendar_weeks_is_dated_by_the_weeks() {
    let helsinki = ["--timezone", "Europe/Helsinki", "--now", "2026-12-02 00:00"];
    let (got, stderr) = timed_events_of(VKO_GRID, "plan.md", &helsinki);
    assert_eq!(
        got,
        [
            "lecture 2025-03-04 Servers",
            "lecture 2025-03-06 Templates",
            "lecture 2025-03-19 Databases",
        ],
        "{stderr}"
    );
}

const CODED_GRID: &str = "# Web programming, spring 2025

Each part of the course has its material (M), a class session (K) and a deadline (P).

| vko | ma | ti | ke | to | pe | la | su |
|:---:|:--:|:--:|:--:|:--:|:--:|:--:|:--:|
| 10  |    | M1 |    | K1 |    |    |    |
| 11  | P1 | M2 |    | K2 |    |    |    |
| 12  | T  | T  | T  | T  | T  | T  | T  |

(M)
: material of the part published

(K)
: contact hours in room B-204, 9 - 12

(P)
: last day to hand in the part's exercises (23:59)

(T)
: electronic exam period
";

/// Cells holding only a code the legend (a definition list) defines are what the code stands
/// for: the material is the part's work handed out, the class session a lecture at the
/// legend's hours, the last day the work due at its hour; an exam period marked on every day
/// gives no event.
#[test]
fn a_grid_of_legend_codes_reads_each_code_as_what_it_stands_for() {
    let helsinki = ["--timezone", "Europe/Helsinki", "--now", "2026-12-02 00:00"];
    let (got, stderr) = timed_events_of(CODED_GRID, "plan.md", &helsinki);
    assert_eq!(
        got,
        [
            "release 2025-03-04 Hw1 released",
            "lecture 2025-03-06T09:00 Lecture 1",
            "deadline 2025-03-10T23:59 Hw1 due",
            "release 2025-03-11 Hw2 released",
            "lecture 2025-03-13T09:00 Lecture 2",
        ],
        "{stderr}"
    );
}
