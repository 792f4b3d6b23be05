//! Layout readers and recognisers, part 2: LaTeX sources, start-only lecture slots, times
//! beside dates, month.day dates and side-by-side schedules. Every fixture is written in our
//! own words in a shape seen in real syllabi.

use crate::common::{events_json, fixture, of_kind, starts, titles};

#[test]
fn a_latex_source_with_a_tabular_schedule() {
    let text = r"\documentclass[11pt]{article}
\usepackage{multirow}
\title{GEO 210: Field Mapping}
\author{Spring 2026}
\begin{document}
\maketitle
\section*{Logistics}
\begin{itemize}
  \item Lectures meet Mondays and Wednesdays 9:30--10:45 AM in Hall 2.
  % \item Labs are due on Fridays at noon.
\end{itemize}
\section*{Schedule}
\begin{tabular}{c|c|l|l}
  Week & Date & Topic & Work \\
  \hline
  \multirow{2}{*}{1} & Jan 12 &
      Maps \& Scales & \\
   & Jan 14 & Contours & \textbf{Lab 1 Out} \\
  \hline
  \multirow{2}{*}{2} & Jan 19 & \textcolor{red}{No Class} & \\
   & Jan 21 & Compass Work & Lab 1 Due \\
\end{tabular}
\end{document}
";
    let (_d, path) = fixture(text, "geo210.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        [
            "2026-01-12T09:30:00-06:00",
            "2026-01-14T09:30:00-06:00",
            "2026-01-21T09:30:00-06:00"
        ],
        "{stderr}"
    );
    assert_eq!(
        titles(&lectures),
        ["Maps & Scales", "Contours", "Compass Work"]
    );
    assert_eq!(lectures[0]["end"], "2026-01-12T10:45:00-06:00");
    assert_eq!(starts(&of_kind(&events, "release")), ["2026-01-14"]);
    // The commented-out rule (due at noon) is not published text.
    assert_eq!(
        starts(&of_kind(&events, "deadline")),
        ["2026-01-21T23:59:00-06:00"]
    );
}

#[test]
fn a_seminar_that_gives_only_its_start_in_the_german_academic_quarter() {
    let text = "\
Lesekreis: Knot Invariants
Sommersemester 2026

We meet at 16ct on Wednesday in Room 1.012. Each session covers one chapter.

Nr.   Datum    Thema                        Vortrag
1     15.04    Reidemeister moves           Alma
2     22.04    The Jones polynomial         Ben
-     29.04    no talk                      holidays
3     06.05    Khovanov homology            Chen
";
    let (_d, path) = fixture(text, "knots.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        [
            "2026-04-15T16:15:00+02:00",
            "2026-04-22T16:15:00+02:00",
            "2026-05-06T16:15:00+02:00"
        ],
        "{stderr}"
    );
    assert_eq!(lectures[0]["end"], "2026-04-15T17:45:00+02:00");
    assert!(
        stderr.contains(":4: warning: the lecture slot gives only its start (16:15)"),
        "{stderr}"
    );
}

#[test]
fn a_class_that_gives_only_its_start_lasts_as_its_week_suggests() {
    let text = "\
PHIL 140 Logic, Fall 2025
Class meets Tuesdays and Thursdays at 2pm in Hall 5.

Date     Topic
Sep 2    Arguments
Sep 4    Validity
";
    let (_d, path) = fixture(text, "phil140.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        ["2025-09-02T14:00:00-04:00", "2025-09-04T14:00:00-04:00"],
        "{stderr}"
    );
    assert_eq!(lectures[1]["end"], "2025-09-04T15:15:00-04:00");
    assert!(stderr.contains("taken to end at 15:15"), "{stderr}");
}

#[test]
fn a_time_after_a_date_is_the_events_start_not_part_of_its_title() {
    let text = "\
BIO 330 Ecology, Spring 2026
Lectures: Mondays and Wednesdays 11:00-12:15, Room 12

Date         Topic
02/02/2026   Populations
02/04/2026   Competition
03/16/2026 18:30 Midterm exam
03/18/2026   Predation
";
    let (_d, path) = fixture(text, "bio330.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Denver"]);
    let exams = of_kind(&events, "exam");
    assert_eq!(starts(&exams), ["2026-03-16T18:30:00-06:00"], "{stderr}");
    assert_eq!(titles(&exams), ["Midterm"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        titles(&lectures),
        ["Populations", "Competition", "Predation"]
    );
}

#[test]
fn a_weekday_over_its_hours_and_a_table_of_meetings_give_the_slot() {
    let text = "\
HIST 215 Modern Cities, Spring 2026
Seminar meetings
Wednesdays
6 - 8 PM

Date      Topic
Jan 14    Paris rebuilt
Jan 21    Chicago grows
";
    let (_d, path) = fixture(text, "hist215.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        ["2026-01-14T18:00:00-06:00", "2026-01-21T18:00:00-06:00"],
        "{stderr}"
    );
    let page = "\
# ARCH 120 Drawing, Spring 2026

| Day | Time | Room |
|-----|------|------|
| Tuesday | 1:00 - 2:50 PM | Studio 3 |

| Date | Topic |
|------|-------|
| Jan 13 | Lines |
| Jan 20 | Shading |
";
    let (_d, path) = fixture(page, "arch120.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        ["2026-01-13T13:00:00-06:00", "2026-01-20T13:00:00-06:00"],
        "{stderr}"
    );
    assert_eq!(lectures[0]["location"], "Studio 3");
}

#[test]
fn two_schedules_side_by_side_with_month_dot_day_dates_and_chinese_terms() {
    let text = "\
数据库系统实验课。2024 年春季。

* 实验课时间：每周二，14:00-15:40

<table>
<tr><th>日期</th><th>课程安排</th><th>日期</th><th>课程安排</th></tr>
<tr><td>3.5</td><td>SQL basics</td><td>4.9</td><td>Indexes</td></tr>
<tr><td>3.12</td><td>Joins</td><td>4.16</td><td>Transactions</td></tr>
<tr><td>3.19</td><td>Views</td><td>4.23</td><td>Recovery</td></tr>
<tr><td>3.26</td><td>Triggers</td><td>4.30</td><td>劳动节</td></tr>
</table>
";
    let (_d, path) = fixture(text, "db.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Shanghai"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        titles(&lectures),
        [
            "SQL basics",
            "Joins",
            "Views",
            "Triggers",
            "Indexes",
            "Transactions",
            "Recovery"
        ],
        "{stderr}"
    );
    assert_eq!(lectures[0]["start"], "2024-03-05T14:00:00+08:00");
    assert_eq!(lectures[6]["start"], "2024-04-23T14:00:00+08:00");
    assert!(stderr.contains("read month first"), "{stderr}");
}
