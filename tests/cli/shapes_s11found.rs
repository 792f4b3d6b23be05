//! Schedule shapes, session 11 (branch s11-found): documents refused or giving almost nothing
//! (issue 8: never a refusal when the document has a dated schedule). Each fixture is written
//! in our own words in a shape seen in development syllabi.

use crate::common::lectures_of;

/// A one-page outline whose topics lead to their dates with dots, as `pdftotext -layout`
/// gives a dot-leader list ("Topic . . . . . June 1 (AM)"): each date is a row's date. It was
/// refused, the dots gluing topic and date into one cell with no date at its start.
#[test]
fn a_dot_leader_outline_gives_one_lecture_per_date() {
    let text = "Summer Workshop on Bridges\n\n                 May 3 - 5, 2011\n\n\
Outline:\n\
     Safety walk . . . . . . . . . . . . . . . . . . May 3 (AM)\n\
     Loads and spans . . . . . . . . . . . . . . . . May 3 (PM)\n\
     Cables . . . . . . . . . . . . . . . . . . . . . May 4 (AM)\n\
     Model building . . . . . . . . . . . . . . . . . May 5 (PM)\n";
    let (got, stderr) = lectures_of(text, "bridges.txt", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "lecture 2011-05-03 Safety walk; Loads and spans",
            "lecture 2011-05-04 Cables",
            "lecture 2011-05-05 Model building",
        ],
        "{stderr}"
    );
}

/// A reStructuredText simple table inside a `.. table::` directive, its day groups parted by
/// rules of dashes, the rows after a day's first one held open with a substitution (`|_|`),
/// and the year in a `.. topic::` note. It was refused: the directive's content was skipped.
#[test]
fn an_rst_simple_table_inside_a_table_directive_is_read() {
    let text = r#"Plan
====

.. |_| unicode:: 0xA0
   :trim:

.. topic:: Subject to change

   This plan is the one for 2024.

.. table::
   :widths: auto

   =========  ===========  ========  =======================
   Day        Hours        Kind      Subject
   =========  ===========  ========  =======================
   M-Aug-05   09:00-11:00  Lecture   Welcome and overview
   |_|        13:00-15:00  Lab       Tour of the workshop
   ---------  -----------  --------  -----------------------
   T-Aug-06   10:00-12:00  Lecture   Gears
   ---------  -----------  --------  -----------------------
   W-Aug-07   10:00-12:00  Lecture   Chains
   =========  ===========  ========  =======================
"#;
    let (got, stderr) = lectures_of(text, "plan.rst", &["--timezone", "Europe/Amsterdam"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-05T09:00 Welcome and overview",
            "lecture 2024-08-06T10:00 Gears",
            "lecture 2024-08-07T10:00 Chains",
        ],
        "{stderr}"
    );
}

/// A Slovak milestone list: each submission ("Odovzdanie") of a numbered phase of the project
/// ("1. fázy projektu") with its day-first date and hour inside the line. It was refused:
/// the verb was unknown, and the two phases were one item given twice.
#[test]
fn slovak_submissions_of_numbered_project_phases_are_two_deadlines() {
    let text = "# Harmonogram\n\n\
* Odovzdanie 1. fázy projektu: koniec 5. týždňa - 17.3. do 22:00\n\
* Prezentácia na cvičení: 6. týždeň\n\
* Odovzdanie 2. fázy projektu: koniec 11. týždňa - 28.4. do 22:00\n\n\
### Sviatky 2025\n\
* 18. 4. 2025 - Veľký piatok\n";
    let (got, stderr) =
        crate::common::timed_events_of(text, "plan.md", &["--timezone", "Europe/Bratislava"]);
    assert_eq!(
        crate::common::kinds_and_dates(&got),
        ["deadline 2025-03-17T22:00", "deadline 2025-04-28T22:00"],
        "{got:?}\n{stderr}"
    );
}

/// A slide deck's numbered contents ("1.1. Lists", an indented "3.1.1." under "3.1.") and,
/// later, a table of graded work whose hours carry an hour mark ("a las 23:59h"). The
/// contents read as day-first dates, a lecture each, and the work as lectures of its week:
/// now the numbers are an outline, and the marked hour is the deadline's.
#[test]
fn an_indented_outline_is_no_schedule_and_a_marked_hour_is_a_deadline() {
    let text = "Curso de ejemplo 2023\n\nContenido\n\
1.1. Listas\n1.2. Pilas\n1.3. Colas\n\
2.1. Árboles\n2.2. Montículos\n    2.2.1. Montículo binario\n    2.2.2. Montículo de Fibonacci\n\
3.1. Grafos\n3.2. Caminos\n\n\
Martes    10:00 – 12:00\n\n\
          Actividad      %      Fecha\n\
          Examen 1      20%     martes, 14 de marzo de 2023\n\
          Taller 1      30%     viernes, 24 de marzo de 2023 a las 23:59h\n\
          Taller 2      30%     viernes, 21 de abril de 2023 a las 23:59h\n";
    let (got, stderr) =
        crate::common::timed_events_of(text, "curso.txt", &["--timezone", "America/Bogota"]);
    assert_eq!(
        crate::common::kinds_and_dates(&got),
        [
            "exam 2023-03-14T10:00",
            "deadline 2023-03-24T23:59",
            "deadline 2023-04-21T23:59"
        ],
        "{got:?}\n{stderr}"
    );
}

/// A deadlines page: a heading that says whose deadlines they are ("Tutorial Sessions
/// Deadlines") over a list of dates with an hour each and no name of the work. Its rows were
/// lectures: the word "classes" in the heading made it no due-dates heading.
#[test]
fn a_heading_of_whose_deadlines_makes_its_dated_list_deadlines() {
    let text = "## Tutorial Classes Deadlines\n\n\
Worksheets are uploaded to the course server by these deadlines:\n\n\
* Monday 4th March (Week 3) by 2:00pm (Set 1)\n\
* Monday 11th March (Week 4) by 2:00pm (Set 1)\n\
* Monday 18th March (Week 5) by 2:00pm (Set 1)\n\n\
Feedback follows a week later.\n";
    let (got, stderr) = crate::common::timed_events_of(
        text,
        "deadlines.md",
        &["--timezone", "Europe/London", "--term", "Spring 2024"],
    );
    assert_eq!(
        crate::common::kinds_and_dates(&got),
        [
            "deadline 2024-03-04T14:00",
            "deadline 2024-03-11T14:00",
            "deadline 2024-03-18T14:00"
        ],
        "{got:?}\n{stderr}"
    );
}

/// A summer-school timetable: the day's date on its first row only, each row its own hours,
/// and a Type column telling lectures from the other sessions. The later rows of a day were
/// folded into its first row; now each is a meeting on that day, a lecture when its type is.
#[test]
fn a_days_later_timed_rows_are_its_meetings_and_their_type_decides() {
    let text = r#"# Bicycle design school 2024

| Day | Hours | Type | Subject |
|---|---|---|---|
| Mon Aug 5 | 09:00-11:00 | Lecture | Welcome |
| | 11:00-12:00 | Activity | Group kickoff |
| | 13:00-15:00 | Lecture | Gears |
| Tue Aug 6 | 09:00-13:00 | Activity | Lab experiments |
| | 14:00-16:00 | Lecture | Chains |
| Wed Aug 7 | 10:00-12:00 | Lecture | Frames |
"#;
    let (got, stderr) = lectures_of(text, "school.md", &["--timezone", "Europe/Amsterdam"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-05T09:00 Welcome",
            "lecture 2024-08-05T13:00 Gears",
            "lecture 2024-08-06T14:00 Chains",
            "lecture 2024-08-07T10:00 Frames",
        ],
        "{stderr}"
    );
}
