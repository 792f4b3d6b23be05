//! Schedule shapes, session 16 (issue 8), web pages and Markdown. A Nordic timetable whose
//! rows are the calendar's week numbers (`Uke 35`, `vko 10`) and whose columns are weekdays,
//! with no date written anywhere: before, it gave "found no dated schedule" (exit 2), a row
//! dated only by its week number being dated from the grid's row before and the first having
//! none. Such a grid whose cells are codes a legend defines (`M1`, `K1`, `P1`, `T`): before,
//! every code was a lecture. A page whose sessions exist only in a calendar widget's inline
//! script: before, exit 2.

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

const WIDGET_PAGE: &str = "<!DOCTYPE html>
<html><head><link href='vendors/fullcalendar/fullcalendar.min.css' rel='stylesheet'></head>
<body>
<h1>Compilers workshop</h1>
<p>A one-week workshop for graduate students, taught in the computing lab.</p>
<div id='calendar'></div>
<script>
$('#calendar').fullCalendar({
  defaultView: 'listWeek',
  defaultDate: '2019-03-11',
  events: [
    { title: 'Day one: parsing', start: '2019-03-11T09:00:00', end: '2019-03-11T12:00:00' },
    { title: 'Day two: types', start: '2019-03-12T09:00:00', end: '2019-03-12T12:00:00', startEditable: false },
    { title: 'Day three: code generation', start: '2019-03-13T09:00:00', end: '2019-03-13T12:00:00' }
  ]
});
</script>
</body></html>
";

/// The page shows its sessions only in a calendar widget fed by an inline event list: each
/// event is a meeting on its date at its hours.
#[test]
fn a_calendar_widgets_inline_events_are_the_pages_meetings() {
    let nairobi = ["--timezone", "Africa/Nairobi", "--now", "2026-12-02 00:00"];
    let (got, stderr) = timed_events_of(WIDGET_PAGE, "index.html", &nairobi);
    assert_eq!(
        got,
        [
            "lecture 2019-03-11T09:00 Day one: parsing",
            "lecture 2019-03-12T09:00 Day two: types",
            "lecture 2019-03-13T09:00 Day three: code generation",
        ],
        "{stderr}"
    );
}
