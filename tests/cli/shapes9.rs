//! Schedule shapes, part 9: what the f-* development syllabi (session 4's second held-out
//! ten, made development material) showed (issue #8). Every fixture is written for these
//! tests (invented courses, topics and dates) in the shape a real syllabus used.

use serde_json::Value;

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// The events of every kind but `kind`.
fn without(events: &[Value], kind: &str) -> Vec<String> {
    summary(events)
        .into_iter()
        .filter(|s| !s.starts_with(kind))
        .collect()
}

/// A space-laid plan (as `pdftotext -layout` prints one) whose rows are dated by a weekday
/// and a short day-first date without its year (`Friday 20.2`, one row only `28.5`), the
/// year given by `--term`; the first row's date alone on its line is a day of the term, not
/// the document's date; bare work names under a `deadlines` header are deadlines, also one
/// centred so that it starts left of the header and one joined by `+`.
#[test]
fn weekday_and_short_day_first_dates_with_work_under_a_deadlines_header() {
    let text = "\
                      Seminar in Data Work / Plan


date                          meeting                            deadlines

                      groups formed, topics
        Friday 20.2
                              explained
        Friday 27.2           (no room)
         Friday 6.3                                              topic sketch
        Friday 13.3           start of work
        Friday 10.4           (Easter)                    prototype + slides
        Friday 24.4           explain report                     report draft
      Thursday 14.5           demo day
              28.5            exam
";
    let (_d, path) = fixture(text, "plan.txt");
    let (events, stderr) = events_json(&path, &["--term", "Spring 2026"]);
    assert_eq!(
        without(&events, "lecture"),
        [
            "deadline 2026-03-06T23:59 topic sketch due",
            "deadline 2026-04-10T23:59 prototype + slides due",
            "deadline 2026-04-24T23:59 Report draft due",
            "exam 2026-05-28 Exam",
        ],
        "{stderr}"
    );
    // The first row is read, not set aside.
    assert!(
        summary(&events)
            .iter()
            .any(|s| s.starts_with("lecture 2026-02-20")),
        "{stderr}"
    );
    assert!(!stderr.contains("document's own date"), "{stderr}");
}

/// A Spanish course page whose only year is in its footer (`© 2031`): the year is taken
/// from there, with a warning, rather than refusing the page. Its weeks are dated by their
/// Monday (`Semana 2 (10/03)`, day first), the classes are on the days a paragraph gives
/// (`Martes y Jueves de 08:30 a 10:00`), and the practicals stated for one of those days at
/// the same hours are not a second class that day.
#[test]
fn the_only_year_of_a_page_in_its_footer_dates_its_week_commencing_tables() {
    let text = "\
<!DOCTYPE html>
<html><body>
<h1>Taller de Métodos</h1>
<p>Las <strong>clases</strong> se realizarán los días <strong>Martes y Jueves</strong> de
<strong>08:30 a 10:00</strong> en la sala 3, y las sesiones prácticas los días
<strong>Jueves</strong> de <strong>08:30 a 10:00</strong> en la sala 3.</p>
<h3>Unidad 1: Encuestas</h3>
<table>
<tr><td>Semana 1 (03/03)</td><td>1. Qué es una encuesta</td><td></td></tr>
<tr><td>Semana 2 (10/03)</td><td>2. Muestras y poblaciones</td><td>Práctico 1</td></tr>
<tr><td>Semana 3 (17/03)</td><td>3. Preguntas y escalas</td><td></td></tr>
</table>
<footer><div>Contenido © 2031 por el equipo docente</div></footer>
</body></html>
";
    let (got, stderr) = timed_events_of(text, "plan.html", &["--timezone", "America/Santiago"]);
    assert_eq!(
        got,
        [
            "lecture 2031-03-04T08:30 1. Qué es una encuesta",
            "lecture 2031-03-06T08:30 1. Qué es una encuesta",
            "lecture 2031-03-11T08:30 2. Muestras y poblaciones",
            "lecture 2031-03-13T08:30 2. Muestras y poblaciones",
            "lecture 2031-03-18T08:30 3. Preguntas y escalas",
            "lecture 2031-03-20T08:30 3. Preguntas y escalas",
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("the only year the document writes"),
        "{stderr}"
    );
}

/// A reStructuredText page whose calendar is shown as a picture, its grid table kept in a
/// comment under it (the only text of the schedule, so it is read): one row per week, a bare
/// week number, then weekday columns whose cells start with their bold date; a cell spanning
/// two columns keeps its text whole; a numbered lab with its topic (`Lab 1 Strings`) on the
/// lab day is no lecture; and the heading's "Fall" over dates from June to August is read as
/// the summer of the year it writes.
#[test]
fn a_commented_rst_grid_of_weeks_and_weekday_cells_is_read() {
    let text = "\
Intro Programming Calendar for Fall 2025
========================================

.. image::
   calendar.png

..
  +--------+---------------+--------------+----------+----------------+
  |**Week**|**Monday**     |**Tuesday**              |**Thursday**    |
  +========+===============+==============+==========+================+
  |1       |**Jun 2**      |**Jun 3**                |**Jun 5**       |
  |        |Lecture 1      |Lab 0                    |Lecture 2       |
  |        |Welcome        |Installing the toolchain |Numbers         |
  +--------+---------------+--------------+----------+----------------+
  |2       |**Jun 9**      |**Jun 10**               |**Jun 12**      |
  |        |Lecture 3      |Lab 1                    |Lecture 4       |
  |        |Text           |Strings                  |Functions       |
  |        |               |                         |**HW 1 Due**    |
  +--------+---------------+--------------+----------+----------------+
  |3       |**Aug 4**      |**Aug 5**                |**Aug 7**       |
  |        |Lecture 5      |Lab 2                    |Lecture 6       |
  |        |Loops          |Counting words           |Files           |
  +--------+---------------+--------------+----------+----------------+
";
    let (got, stderr) = timed_events_of(text, "calendar.rst", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2025-06-02 Lecture 1 Welcome",
            "other 2025-06-03 Lab 0 Installing the toolchain",
            "lecture 2025-06-05 Lecture 2 Numbers",
            "lecture 2025-06-09 Lecture 3 Text",
            "other 2025-06-10 Lab 1 Strings",
            "lecture 2025-06-12 Lecture 4 Functions HW 1 Due",
            "deadline 2025-06-12T23:59 Hw1 due",
            "lecture 2025-08-04 Lecture 5 Loops",
            "other 2025-08-05 Lab 2 Counting words",
            "lecture 2025-08-07 Lecture 6 Files",
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("these dates fit Summer 2025, and are read as in it"),
        "{stderr}"
    );
}

/// A month-grid calendar as `pdftotext -layout` prints one: a title with the month and its
/// year, a line of day numbers per week and each box's text in its day's column below,
/// wrapped words joined ("Spring" / "Break", "Dead-" / "line"); a box's first item is the
/// day's topic (`Quiz 1` the exam), a part of a book (`Chapter 2.1`, `Section 2.1`) is a
/// topic, not a discussion section.
#[test]
fn a_month_grid_calendar_gives_one_row_per_box_on_its_day() {
    let text = "\
     Algebra Review Calendar - March 2027

1          2               3              4               5
           Section 1.1                    Section 1.2
                                                          Drop Dead-
                                                          line
8          9               10             11              12
           Section 2.1                    Quiz 1
                                          Practice Test
15         16              17             18              19
           Spring                         Spring
           Break                          Break
22         23              24             25              26
           Section 2.2                    Section 2.3
29         30              31
           Review
";
    let (got, stderr) = timed_events_of(text, "calendar.txt", &["--timezone", "America/New_York"]);
    let tuesdays_and_thursdays: Vec<String> = got
        .into_iter()
        .filter(|s| !s.contains("2027-03-05"))
        .collect();
    assert_eq!(
        tuesdays_and_thursdays,
        [
            "lecture 2027-03-02 Section 1.1",
            "lecture 2027-03-04 Section 1.2",
            "lecture 2027-03-09 Section 2.1",
            "exam 2027-03-11 Quiz 1",
            "lecture 2027-03-23 Section 2.2",
            "lecture 2027-03-25 Section 2.3",
            "lecture 2027-03-30 Review",
        ],
        "{stderr}"
    );
}

/// A page whose table has one row per block of weeks (`Weeks 1-2` in its Date column) and
/// the class days inside a cell as a definition list (`<dt>Jan 12</dt><dd>topic</dd>`), one
/// pair commented out: each day is a row of its own, on its date, with its topic.
#[test]
fn days_listed_inside_a_week_block_cell_are_rows_of_their_own() {
    let text = "\
<!DOCTYPE html>
<html><body>
<h1>Data Wrangling, Spring 2027</h1>
<table>
<thead><tr><th>Date</th><th>Topic</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>Weeks 1-2</td><td>Getting started</td><td><dl>
  <dt>Jan 12</dt><dd>welcome | <a href=\"a.html\">the tools</a></dd>
  <dt>Jan 14</dt><dd>first scripts</dd>
  <!-- <dt>Jan 14</dt><dd>old plan</dd> -->
  <dt>Jan 19</dt><dd>tables</dd>
</dl></td></tr>
<tr><td>Week 3</td><td>Cleaning</td><td><dl>
  <dt>Jan 26</dt><dd>missing values</dd>
  <dt>Jan 28</dt><dd>text columns</dd>
</dl></td></tr>
</tbody></table>
</body></html>
";
    let (got, stderr) = timed_events_of(text, "schedule.html", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2027-01-12 welcome | the tools",
            "lecture 2027-01-14 first scripts",
            "lecture 2027-01-19 tables",
            "lecture 2027-01-26 missing values",
            "lecture 2027-01-28 text columns",
        ],
        "{stderr}"
    );
}

/// A table of work only (`Assignment/Exam | Date | Day`) whose date cells say `Due June 6th`
/// (a row, not a second header, though it names work, a due word and a day): each is that
/// item's deadline; an exam dated plainly is the exam and no lecture (the table has no topic
/// column); a struck-through date is withdrawn.
#[test]
fn date_cells_that_say_due_give_the_deadlines_of_a_work_table() {
    let text = "\
# Deadlines, Summer 2026

| Assignment/Exam        | Date                       | Day                 |
|------------------------|----------------------------|---------------------|
| [Lab 0](labs/0.html)   | Due June 4th               | Thursday            |
| [Essay](essay.html)    | Due ~~June 12th~~ June 13  | ~~Friday~~ Saturday |
| Midterm exam           | July 1st                   | Wednesday           |
";
    let (got, stderr) = timed_events_of(text, "deadlines.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "deadline 2026-06-04T23:59 Lab 0 due",
            "deadline 2026-06-13T23:59 Essay due",
            "exam 2026-07-01 Midterm",
        ],
        "{stderr}"
    );
}
