//! Schedule shapes, part 4: weekday-column grids dated by week rows, raw HTML tables inside
//! Markdown, other languages' words for work and exams, and columns that give the kind.
//! Every fixture is written for these tests (invented courses, topics and dates).

use serde_json::Value;

use crate::common::{events_json, fixture};

/// "kind date title" for every event, in order.
fn summary(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["kind"].as_str().unwrap_or(""),
                &e["start"].as_str().unwrap_or("")[..10],
                e["title"].as_str().unwrap_or("")
            )
        })
        .collect()
}

#[test]
fn a_weekday_grid_with_week_rows_dates_each_cell_by_its_column() {
    let text = "\
# MATH 210 Linear Algebra, Spring 2024

| Week | Dates | Monday | Wednesday | Friday |
|---|---|---|---|---|
| 1 | Jan 22-26 | Vectors | Span | Bases. **HW 1 due** |
| 2 | Jan 29 - Feb 2 | No class | Matrices | Determinants |
| 3 | | Eigenvalues | Midterm 1 | Diagonalisation |
";
    let (_d, path) = fixture(text, "math210.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-01-22 Vectors",
            "lecture 2024-01-24 Span",
            "lecture 2024-01-26 Bases. HW 1 due",
            "deadline 2024-01-26 Hw1 due",
            "lecture 2024-01-31 Matrices",
            "lecture 2024-02-02 Determinants",
            "lecture 2024-02-05 Eigenvalues",
            "exam 2024-02-07 Midterm 1",
            "lecture 2024-02-09 Diagonalisation",
        ],
        "{stderr}"
    );
}

#[test]
fn a_weekday_row_under_the_header_says_which_day_each_column_is_and_labs_are_no_lectures() {
    let text = "<!DOCTYPE html><html><body><h1>CS 2100 Program Design, Semester 1 2025</h1>
<table>
<tr><th>Week</th><th>Start Date</th><th>Lecture</th><th>Recitation</th><th>Lab</th><th>Others</th></tr>
<tr><td></td><td></td><td>Monday</td><td>Wednesday</td><td>Thursday</td><td>Saturday</td></tr>
<tr><td>1</td><td>4 Aug 2025</td><td>Values and types</td><td>-</td><td>-</td><td></td></tr>
<tr><td>2</td><td>11 Aug 2025</td><td>Objects</td><td>Recitation 1</td><td>Setup</td><td></td></tr>
<tr><td>3</td><td>18 Aug 2025</td><td>Midterm</td><td>Recitation 2</td><td>Ex 1: Shapes</td><td>PE 1</td></tr>
</table></body></html>";
    let (_d, path) = fixture(text, "schedule.html");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Singapore"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2025-08-04 Values and types",
            "lecture 2025-08-11 Objects",
            "exam 2025-08-18 Midterm",
            "exam 2025-08-23 PE 1",
        ],
        "{stderr}"
    );
}

#[test]
fn a_raw_html_table_with_blank_lines_between_rows_in_markdown_with_front_matter() {
    let text = "---
layout: page
title: Schedule
---

# Course schedule, Fall 2022

Lectures are on Tuesdays and Thursdays, 10:00-11:15.

<table>
  <tr>
    <th>Date</th>
    <th>Topic</th>
    <th>Work</th>
  </tr>

    <tr>
      <td>Tue Sep 6</td>
      <td>Introduction</td>
      <td></td>
    </tr>

    <tr>
      <td>Thu Sep 8</td>
      <td>Sorting</td>
      <td>Homework 1 out</td>
    </tr>

    <tr>
      <td>Tue Sep 13</td>
      <td>Graphs</td>
      <td>Homework 1 due</td>
    </tr>
</table>
";
    let (_d, path) = fixture(text, "schedule.markdown");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2022-09-06 Introduction",
            "release 2022-09-08 Hw1 released",
            "lecture 2022-09-08 Sorting",
            "lecture 2022-09-13 Graphs",
            "deadline 2022-09-13 Hw1 due",
        ],
        "{stderr}"
    );
}
