//! Schedule shapes, session 10 (branch s10-none): documents that gave nothing and lectures
//! never found (issue 8). Each fixture is written in our own words in a shape harvested from
//! real development syllabi, with a look-alike that must not change.

use crate::common::{lectures_of, timed_events_of};

/// A week's two meetings in one cell, the month written once in a month-first numeric date
/// ("9/6, 8"): two lectures, as "Sep 6, 8" gives; a week across a month end writes both.
#[test]
fn a_numeric_date_cell_may_list_two_days_of_its_month() {
    let text = r#"# Software Studio, Fall 2022

| Week | Lecture | Practice |
|---|---|---|
| 9/6, 8 | Version control | Setup |
| 9/13, 15 | Web architecture | Git |
| 9/27, 29 | Testing | Jest |
| 11/29, 12/1 | Deployment | Docker |
"#;
    let (got, stderr) = lectures_of(text, "studio.md", &["--timezone", "Asia/Seoul"]);
    assert_eq!(
        got,
        [
            "lecture 2022-09-06 Version control",
            "lecture 2022-09-08 Version control",
            "lecture 2022-09-13 Web architecture",
            "lecture 2022-09-15 Web architecture",
            "lecture 2022-09-27 Testing",
            "lecture 2022-09-29 Testing",
            "lecture 2022-11-29 Deployment",
            "lecture 2022-12-01 Deployment",
        ],
        "{stderr}"
    );
}

/// The look-alike: a day-first date followed by a number of the row ("16/9, 2") is one
/// meeting; the number is no day of its month.
#[test]
fn a_day_first_date_and_a_number_stay_one_lecture() {
    let text = r#"# Numerical Methods, Fall 2022

| Date | Lecture | Room |
|---|---|---|
| 16/9, 2 | Errors | B |
| 23/9, 2 | Roots | B |
| 30/9, 3 | Interpolation | C |
"#;
    let (got, stderr) = lectures_of(text, "numerics.md", &["--timezone", "Europe/Zagreb"]);
    assert_eq!(got.len(), 3, "{got:?}\n{stderr}");
    assert!(got[0].starts_with("lecture 2022-09-16"), "{got:?}");
}

/// Exercise numbers in the homework under a dated lecture ("problems 4.12 and 4.26.") read as
/// a day-first date with no such month: the number is set aside with a warning naming its line, and the
/// schedule is read; it used to refuse the whole document.
#[test]
fn a_number_that_is_no_date_does_not_refuse_the_schedule() {
    let text = r#"# Logic and Proof, Fall 2019

### Week 1

- **Mon, Sep 9 Lecture 1: Propositions**
    + Homework 2 due Friday: problems 4.12 and 4.26.
- **Wed, Sep 11 Lecture 2: Truth tables**
    + Reading: chapter 2
- **Fri, Sep 13 Lecture 3: Quantifiers**
"#;
    let (got, stderr) = timed_events_of(text, "logic.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2019-09-09 Lecture 1: Propositions",
            "lecture 2019-09-11 Lecture 2: Truth tables",
            "lecture 2019-09-13 Lecture 3: Quantifiers",
            "deadline 2019-09-13T23:59 Hw2 due: problems 4.12",
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("logic.md:6: warning: set aside: \"4.26.\" is not a date"),
        "{stderr}"
    );
}

/// The term named only in a footer, its semester numbered in Roman figures ("I° Semestre-
/// 2023"), under dates without a year: the dates are read in it; the document used to be
/// refused ("cannot tell the year"), a footer's other year notwithstanding.
#[test]
fn a_roman_numbered_semester_in_a_footer_names_the_year() {
    let text = r#"# Métodos Cuantitativos

| Fecha | Tema |
|---|---|
| 7 Marzo | Presentación |
| 14 Marzo | Datos |
| 21 Marzo | Gráficos |

Curso de Métodos Cuantitativos (I° Semestre- 2023). Material 2021.
"#;
    let (got, stderr) = lectures_of(text, "metodos.md", &["--timezone", "America/Santiago"]);
    assert_eq!(
        got,
        [
            "lecture 2023-03-07 Presentación",
            "lecture 2023-03-14 Datos",
            "lecture 2023-03-21 Gráficos",
        ],
        "{stderr}"
    );
}
