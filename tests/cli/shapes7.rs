//! Schedule shapes, part 7: MDX components, reStructuredText, LaTeX macros, bold-date grids and
//! week rows naming their meeting days. Every fixture is written for these tests (invented
//! courses, topics and dates) in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// An MDX page whose rows are components: the date, time and type in attributes, the title
/// as the component's content; a container and dividers without dates; a row commented out;
/// a cancelled row; a hand-in row that is only a deadline; an exercise session by its type.
#[test]
fn mdx_components_with_a_date_attribute_are_schedule_rows() {
    let text = "\
---
title: Calendar
---

import {Row, Divider, Plan} from '@site/src/components/Plan'

# Calendar

<Plan defaultKind=\"Lecture\" showSlides={true}>

<Divider topic=\"Week 1\"/>

<Row
    date=\"04/03/2025\" time=\"10:00-11:30\" slides={['https://example.org/a.pdf']}>
    <>Why sleep matters</>
</Row>

<!--<Row date=\"06/03/2025\" time=\"10:00-11:30\">
    <>Old draft</>
</Row>-->

<Row date=\"06/03/2025\" variant=\"warning\" time=\"10:00-11:30\">
    <em>Lecture cancelled</em>
</Row>

<Divider topic=\"Week 2\"/>

<Row date=\"11/03/2025\" time=\"14:00-15:30\" type=\"Lab\">
    <>Measuring screen time <ul><li><a href=\"x\">sign-up sheet</a></li></ul></>
</Row>

<Row date=\"13/03/2025\" time=\"10:00-11:30\" title=\"Habits and attention\"/>

<Row date=\"17/03/2025\" time=\"EOD\">
    <em>Submit Assignment 1</em>
</Row>

</Plan>
";
    let (got, stderr) = timed_events_of(text, "calendar.md", &["--timezone", "Europe/Rome"]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-04T10:00 Why sleep matters",
            "other 2025-03-11 Lab: Measuring screen time sign-up sheet",
            "lecture 2025-03-13T10:00 Habits and attention",
            "deadline 2025-03-17T23:59 Assignment 1 due",
        ],
        "{stderr}"
    );
}

/// A reStructuredText page: a `list-table` with one cell per `-` line (a date cell carrying a
/// link's text on its next lines, empty cells, roles naming documents), an underlined title,
/// a holiday and a mid-term examination; then a simple table of more weeks, a topic going on
/// over a second line and a week that is only a deadline.
#[test]
fn restructuredtext_list_tables_and_simple_tables_are_rows() {
    let text = "\
=============================
Signals and Systems, Fall 2024
=============================

.. list-table::
  :header-rows: 1

  * - Week
    - Date
    - Subject
  * - 1
    - 9/9
      `recording
      <https://example.org/r1>`__
    - :doc:`Overview <../00overview>` and
      :doc:`../01sampling/sampling`
  * - 2
    - 9/16
    - No meeting (moon festival)
  * - 3
    - 9/23
    - Fourier series
  * - 4
    - 9/30
    - Mid-term examination

Deadlines
---------

====  =====  ===============
Week  Date   Subject
====  =====  ===============
5     10/7   Linear filters
             and convolution
6     10/14  Homework 1 due
====  =====  ===============
";
    let (_d, path) = fixture(text, "schedule.rst");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Taipei"]);
    assert!(
        events[0]["description"]
            .as_str()
            .is_some_and(|d| d.contains("recording")),
        "the note under the date is kept: {:?}",
        events[0]
    );
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-09-09 Overview and sampling",
            "lecture 2024-09-23 Fourier series",
            "exam 2024-09-30 Midterm",
            "lecture 2024-10-07 Linear filters and convolution",
            "deadline 2024-10-14T23:59 Hw1 due",
        ],
        "{stderr}"
    );
}

/// A LaTeX syllabus that keeps its term and slot in macros, a `longtable` dated by the Monday
/// of each week, a due column whose header says the weekday and hour, rows that leave out
/// their last cells, a break week and an exam week.
#[test]
fn latex_macros_give_the_term_and_a_due_header_gives_the_deadline_day() {
    let text = r"\documentclass{article}
\usepackage{longtable}
\newcommand{\termName}{Fall 2025}
\newcommand{\meets}{MW 10:00-10:50}
\begin{document}
\section*{Compilers, \termName}
\begin{tabular}{ll}
\textbf{Meetings:} & \meets{} in Hall 2 \\
\end{tabular}
\begin{longtable}{llll}
\textbf{Week of} & \textbf{Topic} & \textbf{Project due Friday 5pm} & \textbf{Reading} \\
\hline
09/01 & Lexing & & Ch 1 \\
09/08 & Parsing & Project 1: a tokenizer & Ch 2 \\
09/15 & \textit{FALL BREAK} \\
09/22 & Type checking & Project 2: a parser \\
09/29 & \textit{EXAM WEEK} & Final exam is on Wednesday Oct 1 at 9-11 AM \\
\end{longtable}
\end{document}
";
    let (got, stderr) = timed_events_of(text, "syllabus.tex", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01T10:00 Lexing",
            "lecture 2025-09-03T10:00 Lexing",
            "lecture 2025-09-08T10:00 Parsing",
            "lecture 2025-09-10T10:00 Parsing",
            "deadline 2025-09-12T17:00 Project 1 due",
            "lecture 2025-09-22T10:00 Type checking",
            "lecture 2025-09-24T10:00 Type checking",
            "deadline 2025-09-26T17:00 Project 2 due",
            "exam 2025-10-01T09:00 Final exam",
        ],
        "{stderr}"
    );
}

/// A weekday grid whose rows are labelled `W0`, `W1`, … and whose cells start with a bold date
/// (Markdown `**9/5**` or HTML `<b>9/12</b>`), then paragraphs (`</br>`, `<p>…</p>`) with what
/// is due, what is handed out and the class; an empty first day, a holiday, a day that is only
/// a deadline.
#[test]
fn a_grid_of_cells_that_start_with_a_bold_date_gives_one_meeting_per_cell() {
    let text = "\
# Schedule

|  | Monday | Wednesday |
| --- | --- | --- |
| W0 |  | **9/4**</br><p>Welcome and setup</p><p>Assign: Project 1</p> |
| W1 | **9/9**</br><p>Due: Survey</p><p>Sketching by hand</p> | <b>9/11</b></br><p>Due: Reading Response 1</p><p>Color theory</p> |
| W2 | **9/16**</br><p>Due: Project 1</p><p>Critique</p> | **9/18**</br><p>Holiday - no class</p> |
| W3 | **9/23**</br><p>Typography</p> | **9/25**</br><p>Due: Project 2</p> |
";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(
        &path,
        &["--term", "Fall 2024", "--timezone", "America/Los_Angeles"],
    );
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-09-04 Welcome and setup; Assign: Project 1",
            "release 2024-09-04 Project 1 released",
            "lecture 2024-09-09 Due: Survey; Sketching by hand",
            "lecture 2024-09-11 Due: Reading Response 1; Color theory",
            "deadline 2024-09-11T23:59 Reading Response 1 due",
            "lecture 2024-09-16 Due: Project 1; Critique",
            "deadline 2024-09-16T23:59 Project 1 due",
            "lecture 2024-09-23 Typography",
            "deadline 2024-09-25T23:59 Project 2 due",
        ],
        "{stderr}"
    );
}

/// A saved course page whose Week cell holds the week's number and its meeting days as a range
/// (`2<br/>9/8-9/10`: the Monday and the Wednesday), or one date when one class meets; no lecture
/// slot anywhere; a holiday note naming its day.
#[test]
fn a_week_cell_naming_its_meeting_days_as_a_range_gives_a_lecture_on_each_end() {
    let text = "\
<!DOCTYPE html>
<html><body>
<h2>Course Schedule Fall 2025</h2>
<table>
<tr><th>Week</th><th>Topics</th><th>Notes</th></tr>
<tr><td>1<br/>9/3</td><td>9/3: First class is Wednesday<br/>Welcome</td><td></td></tr>
<tr><td>2<br/>9/8-9/10</td><td>Variables<br/>Loops</td><td></td></tr>
<tr><td>3<br/>9/17</td><td>9/15: No class - Holiday<br/>Functions</td><td></td></tr>
<tr><td>4<br/>9/22-9/24</td><td>Recursion</td><td></td></tr>
</table>
</body></html>
";
    let (got, stderr) = timed_events_of(
        text,
        "schedule.html",
        &["--timezone", "America/Los_Angeles"],
    );
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|e| e.starts_with("lecture"))
        .map(|e| e[..18].to_string())
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-09-03",
            "lecture 2025-09-08",
            "lecture 2025-09-10",
            "lecture 2025-09-17",
            "lecture 2025-09-22",
            "lecture 2025-09-24",
        ],
        "{stderr}"
    );
}

/// A Markdown table whose week cells name the week's two meeting days (`Week 2 (Sep 9, 11)`)
/// or carry a bracketed date (`Week 3 [Sep 16]`), with no lecture slot anywhere.
#[test]
fn a_week_cell_naming_two_meeting_days_gives_a_lecture_on_each() {
    let text = "\
# Discrete Structures, Fall 2024

| Week | Topic | Due |
|---|---|---|
| Week 1 (Sep 3, 5) | Sets and logic | |
| Week 2 (Sep 10, 12) | Proofs | Homework 1 |
| Week 3 [Sep 17] | Induction | |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03 Sets and logic",
            "lecture 2024-09-05 Sets and logic",
            "lecture 2024-09-10 Proofs",
            "deadline 2024-09-10T23:59 Hw1 due",
            "lecture 2024-09-12 Proofs",
            "lecture 2024-09-17 Induction",
        ],
        "{stderr}"
    );
}

/// A raw HTML table in Markdown with one row per class day: the Week cell filled only on a
/// week's first row, each day's two-letter weekday and date in bold at the start of its
/// lecture cell, the work due that day in a Due column.
#[test]
fn rows_under_a_weeks_first_row_that_start_with_a_weekday_and_date_are_meetings() {
    let text = "\
# Schedule

<table>
<thead><th>Week</th><th>Lecture</th><th>Due</th></thead>
<tbody>
<!-- WEEK 1 -->
<tr><td>Week 1</td><td><strong>Mo Apr 7</strong><br>Welcome<br><a href=\"s1\">slides</a></td><td></td></tr>
<tr><td></td><td><strong>We Apr 9</strong><br>Markup basics</td><td>Homework 1</td></tr>
<tr><td></td><td><strong>Fr Apr 11</strong><br>Workshop: forms</td><td>Lab 1</td></tr>
<tr><td>Week 2</td><td><strong>Mo Apr 14</strong><br>Style sheets</td><td></td></tr>
</tbody>
</table>
";
    let (_d, path) = fixture(text, "index.md");
    let (events, stderr) = events_json(
        &path,
        &["--term", "Spring 2025", "--timezone", "America/Chicago"],
    );
    let got: Vec<String> = summary(&events)
        .into_iter()
        .map(|e| e.split(',').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        got,
        [
            "lecture 2025-04-07 Welcome",
            "lecture 2025-04-09 Markup basics  Homework 1 due",
            "deadline 2025-04-09T23:59 Hw1 due",
            "lecture 2025-04-11 Workshop: forms  Lab 1 due",
            "deadline 2025-04-11T23:59 Lab 1 due",
            "lecture 2025-04-14 Style sheets",
        ],
        "{stderr}"
    );
}

/// An AsciiDoc page: a `|===` table with one cell per line (a cell going on over a second
/// line), a row on one line, and an Org-mode table with a `|---+---|` rule.
#[test]
fn asciidoc_and_org_mode_tables_are_rows() {
    let adoc = "\
= Networks, Fall 2024

== Schedule

[cols=\"1,2,4\",options=\"header\"]
|===
|Week |Date |Topic

|1
|Sep 3
|Layers
and links

|2 |Sep 10 |Routing

|3
|Sep 17
|Midterm
|===
";
    let (_d, path) = fixture(adoc, "schedule.adoc");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-09-03 Layers and links",
            "lecture 2024-09-10 Routing",
            "exam 2024-09-17 Midterm",
        ],
        "{stderr}"
    );
    let org = "\
#+TITLE: Networks, Fall 2024

* Schedule

| Week | Date   | Topic   |
|------+--------+---------|
|    1 | Sep 3  | Layers  |
|    2 | Sep 10 | Routing |
";
    let (got, stderr) = timed_events_of(org, "schedule.org", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        ["lecture 2024-09-03 Layers", "lecture 2024-09-10 Routing"],
        "{stderr}"
    );
}
