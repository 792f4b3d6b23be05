//! Schedule shapes, session 14 (issue 8), found trying course pages as a new user: a day
//! table whose work columns are headed by the work's name and a verb ("Assigned HW", "Due
//! HW"), cells that list several items ("HW3 + Project proposal"), days called off in the
//! topic ("CANCELLED (Columbus Day)", "Labor Day") and a readings column of textbook section
//! ranges ("2.11-2.13") that read like a few minutes of the clock.

use crate::common::timed_events_of;

const NOW: &[&str] = &[
    "--timezone",
    "America/New_York",
    "--now",
    "2026-12-02 00:00",
];

const TABLE: &str = "\
# Logic and Computation, Fall 2021

Lectures: Mon/Wed 10:30-11:45

| Date    | Day  | Topic                         | Read      | Assigned HW | Due HW                |
|---------|------|-------------------------------|-----------|-------------|-----------------------|
| 9/6/21  | Mon  | Labor Day                     |           |             |                       |
| 9/8/21  | Wed  | Why logic?                    | 1.1-1.4   | HW1         |                       |
| 9/13/21 | Mon  | Truth tables                  | 2.11-2.13 | HW2         | HW1                   |
| 9/15/21 | Wed  | Normal forms                  | 2.14-2.17 |             |                       |
| 9/20/21 | Mon  | Equational reasoning          | 3.1       | HW3         | HW2 + Project proposal |
| 9/22/21 | Wed  | CANCELLED (instructor away)   |           |             |                       |
| 9/27/21 | Mon  | Induction                     | 3.2-3.3   |             | HW3, Quiz 1           |
";

#[test]
fn verb_headed_work_columns_called_off_days_and_section_ranges_read_as_a_person_reads_them() {
    let (got, stderr) = timed_events_of(TABLE, "schedule.md", NOW);
    assert_eq!(
        got,
        [
            "release 2021-09-08 Hw1 released",
            "lecture 2021-09-08T10:30 Why logic?",
            "release 2021-09-13 Hw2 released",
            "lecture 2021-09-13T10:30 Truth tables",
            "deadline 2021-09-13T23:59 Hw1 due",
            "lecture 2021-09-15T10:30 Normal forms",
            "release 2021-09-20 Hw3 released",
            "lecture 2021-09-20T10:30 Equational reasoning",
            "deadline 2021-09-20T23:59 Hw2 due",
            "deadline 2021-09-20T23:59 Project proposal due",
            "lecture 2021-09-27T10:30 Induction",
            "deadline 2021-09-27T23:59 Hw3 due",
            "deadline 2021-09-27T23:59 Quiz 1 due",
        ],
        "{stderr}"
    );
}

/// A plan as `pdftotext -layout` prints one: the term written "Autumn/2019" on the title
/// page, a Day column of one-letter day codes joined to month-first dates ("W10/02"), and
/// the problem sets marked by codes the legend under the table defines ("PS1 (ho)" handed
/// out, "PS1 (d)" due).
const CODED_PLAN: &str = "\
                    STAT 301 - Bayesian Data Analysis
                               Autumn/2019

   * Meeting day/time MWF 9:30-10:20

 #    Week   Day      Topic                               Assignment
 1      1    W10/02   Why Bayes
 2      1    F10/04   Likelihoods
 3      2    M10/07   Priors                              PS1 (ho)
 4      2    W10/09   Conjugacy
 5      2    F10/11   Posterior summaries                 PS2 (ho); PS1 (d)
 6      3    M10/14   Sampling                            PS2 (d)

      • ho: hand out
      • d: due date
";

#[test]
fn joined_day_codes_a_slashed_term_and_legend_codes_for_work_read_as_written() {
    let (got, stderr) = timed_events_of(CODED_PLAN, "plan.txt", NOW);
    assert_eq!(
        got,
        [
            "lecture 2019-10-02T09:30 Why Bayes",
            "lecture 2019-10-04T09:30 Likelihoods",
            "release 2019-10-07 Problem set 1 released",
            "lecture 2019-10-07T09:30 Priors",
            "lecture 2019-10-09T09:30 Conjugacy",
            "release 2019-10-11 Problem set 2 released",
            "lecture 2019-10-11T09:30 Posterior summaries",
            "deadline 2019-10-11T23:59 Problem set 1 due",
            "lecture 2019-10-14T09:30 Sampling",
            "deadline 2019-10-14T23:59 Problem set 2 due",
        ],
        "{stderr}"
    );
}

/// A table without a header whose first cell numbers the lectures and names every other row
/// otherwise ("Pset 2 due", "Exam 1", "Project"): those rows are the work or exam they name,
/// not classes about the words after their date; "Pset" is a problem set.
const LABELLED: &str = "\
#+TITLE: Neural Computation, Spring 2025

| Lecture 1  | Jan. 27 | what a neuron computes         |
| Lecture 2  | Jan. 29 | gradient descent               |
| Pset 0     | Jan. 31 | calculus refresher             |
| Lecture 3  | Feb. 3  | layered networks               |
| Lecture 4  | Feb. 5  | convolutions                   |
| Pset 1 due | Feb. 7  | single neurons                 |
| Lecture 5  | Feb. 10 | pooling and strides            |
| Exam 1     | Feb. 12 |                                |
| Project    | Feb. 14 | proposal due                   |
";

#[test]
fn rows_a_lecture_numbering_column_names_otherwise_are_their_work_not_classes() {
    let (got, stderr) = timed_events_of(LABELLED, "schedule.org", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-01-27 what a neuron computes",
            "lecture 2025-01-29 gradient descent",
            "lecture 2025-02-03 layered networks",
            "lecture 2025-02-05 convolutions",
            "deadline 2025-02-07T23:59 Problem set 1 due",
            "lecture 2025-02-10 pooling and strides",
            "exam 2025-02-12 Exam 1",
            "deadline 2025-02-14T23:59 Proposal due",
        ],
        "{stderr}"
    );
}

/// A learning platform's course summary saved as a page: each item's kind is text only a
/// screen reader speaks ("Assignment" before the link), the Due column holds "due by" times
/// and, for a class meeting, its hours; a day with two items spans two rows.
const SUMMARY_PAGE: &str = r#"<!DOCTYPE html>
<html><head><title>Syllabus for CHEM 110: Solutions</title></head><body>
<h2>Course Summary:</h2>
<table id="syllabus">
<thead><tr><th scope="col">Date</th><th scope="col">Details</th><th scope="col">Due</th></tr></thead>
<tbody>
<tr><td rowspan="2">Tue Jan 10, 2023</td>
<td><span class="screenreader-only">Assignment</span><a href="a/1">HW 1: Units</a></td>
<td><span>due by 11:59pm</span></td></tr>
<tr><td><span class="screenreader-only">Assignment</span><a href="a/2">HW 2: Moles</a></td>
<td><span>due by 9am</span></td></tr>
<tr><td>Thu Jan 12, 2023</td>
<td><span class="screenreader-only">Calendar Event</span><a href="c/7">Lecture: Dilution</a></td>
<td><span>10am to 10:50am</span></td></tr>
</tbody></table>
</body></html>
"#;

/// The same summary copied as text: the second item of a day on a line of its own, its date
/// cell empty.
const SUMMARY_TEXT: &str = "\
Course Summary:
Date\tDetails\tDue
Tue Jan 10, 2023\tHW 1: Units\tdue by 11:59pm
\tHW 2: Moles\tdue by 9am
Thu Jan 12, 2023\tLecture: Dilution\t10am to 10:50am
";

#[test]
fn a_course_summary_page_and_its_text_give_each_item_and_the_class_hours() {
    let want = [
        "deadline 2023-01-10T09:00 Hw2 due",
        "deadline 2023-01-10T23:59 Hw1 due",
        "lecture 2023-01-12T10:00 Lecture: Dilution",
    ];
    let (got, stderr) = timed_events_of(SUMMARY_PAGE, "summary.html", NOW);
    assert_eq!(got, want, "{stderr}");
    let (got, stderr) = timed_events_of(SUMMARY_TEXT, "summary.txt", NOW);
    assert_eq!(got, want, "{stderr}");
}

/// A table whose first column numbers the lectures under the header "lecture" and whose
/// "topic" column comes later: the number is no topic.
const NUMBERED_COLUMN: &str = "\
# Statistical Learning, Spring 2025

| lecture | dow | date   | week | topic                     | hw  |
|---------|-----|--------|------|---------------------------|-----|
| 0       | M   | Feb 3  | 1    | Welcome and tools         |     |
| 1       | W   | Feb 5  | 1    | The bias-variance picture | HW1 |
| 2       | F   | Feb 7  | 1    | Nearest neighbours        |     |
";

#[test]
fn a_lecture_number_column_before_the_topic_column_is_no_topic() {
    let (got, stderr) = timed_events_of(NUMBERED_COLUMN, "schedule.md", NOW);
    let lectures: Vec<&String> = got.iter().filter(|s| s.starts_with("lecture")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-02-03 Welcome and tools",
            "lecture 2025-02-05 The bias-variance picture",
            "lecture 2025-02-07 Nearest neighbours",
        ],
        "{stderr}"
    );
}

/// A quiz as a day's second item ("| Quiz 1 | due by 9am") is a row, not a new header (its
/// cells name work and a due word, as a header's do, but the hour says it is a row).
#[test]
fn a_quiz_due_at_an_hour_on_its_own_line_is_a_row_not_a_header() {
    let text = "\
Date\tDetails\tDue
Tue Jan 10, 2023\tHW 1: Units\tdue by 11:59pm
\tQuiz 1\tdue by 9am
Thu Jan 12, 2023\tDilution\t
";
    let (got, stderr) = timed_events_of(text, "summary.txt", NOW);
    assert_eq!(
        got,
        [
            "exam 2023-01-10 Quiz 1",
            "deadline 2023-01-10T23:59 Hw1 due",
            "lecture 2023-01-12 Dilution",
        ],
        "{stderr}"
    );
}

/// The same plan as a Markdown table whose label column is headed by a word the reader does
/// not know ("Session"): its work rows are no classes either.
#[test]
fn a_headed_label_column_numbering_lectures_makes_its_other_rows_no_classes() {
    let table: String = std::iter::once("| Session | Date | Topic |\n|---|---|---|\n".to_string())
        .chain(
            LABELLED
                .lines()
                .filter(|l| l.starts_with('|'))
                .map(|l| format!("{l}\n")),
        )
        .collect();
    let (got, stderr) = timed_events_of(
        &table,
        "schedule.md",
        &[NOW, &["--term", "Spring 2025"]].concat(),
    );
    let lectures: Vec<&String> = got.iter().filter(|s| s.starts_with("lecture")).collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-01-27 what a neuron computes",
            "lecture 2025-01-29 gradient descent",
            "lecture 2025-02-03 layered networks",
            "lecture 2025-02-05 convolutions",
            "lecture 2025-02-10 pooling and strides",
        ],
        "{stderr}"
    );
}
