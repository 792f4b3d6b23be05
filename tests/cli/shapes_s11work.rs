//! Schedule shapes, session 11 (issue 8, s11-work): deliverables that were missed or read as
//! lectures. Rows under a heading naming due dates, whatever remark the heading carries in
//! brackets, are the work they name due; an exam there stays an exam.

use crate::common::{events_of, kinds_and_dates};

/// A "(tentative)" remark after a due-dates heading, a note line before the table and items
/// with no verb ("Problem Set 1"): each row is that work due. A deliverables table is one too;
/// the exam table under its own heading keeps its exams.
#[test]
fn rows_under_a_due_dates_heading_with_a_remark_are_work_due() {
    let text = "# ECON 101 - Dates\n\n## Problem Set Due Dates (tentative)\n\n\
*All dates may move.*\n\n| Date | Item |\n|------|------|\n\
| 09/09 | Problem Set 1 |\n| 09/12 | Reading Response 1 |\n| 09/23 | Problem Set 2 |\n\n\
## Exam Dates (tentative)\n\n| Date | Exam |\n|------|------|\n\
| 10/02 | Midterm Exam |\n\n\
## Project Deliverable Dates\n\n| Date | Item |\n|------|------|\n\
| 10/21 | Project Proposal |\n| 12/02 | Final Report and Video |\n";
    let (got, stderr) = events_of(text, "dates.md", &["--term", "Fall 2024"]);
    assert_eq!(
        got,
        [
            "deadline 2024-09-09 Problem Set 1 due",
            "deadline 2024-09-12 Reading Response 1 due",
            "deadline 2024-09-23 Problem Set 2 due",
            "exam 2024-10-02 Midterm",
            "deadline 2024-10-21 Project Proposal due",
            "deadline 2024-12-02 Final Report and Video due",
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("not recognised"), "{stderr}");
}

/// A remark that holds the due words ("Weekly schedule (and deadlines)") makes no due-dates
/// heading: the rows under it stay lectures.
#[test]
fn a_schedule_heading_with_deadlines_in_its_remark_keeps_its_lectures() {
    let text = "# ECON 101\n\n## Weekly schedule (and deadlines)\n\n\
| Date | Topic |\n|------|------|\n| 09/09 | Supply and demand |\n| 09/16 | Elasticity |\n";
    let (got, stderr) = events_of(text, "dates.md", &["--term", "Fall 2024"]);
    assert_eq!(
        kinds_and_dates(&got),
        ["lecture 2024-09-09", "lecture 2024-09-16"],
        "{stderr}"
    );
}

/// A heading whose due words name the work before them ("Tutorial Sheets Deadlines") over
/// rows that give only a date, a time and remarks: each row is those sheets due, told apart
/// by its remarks, at its time; a row naming its own work keeps its name.
#[test]
fn rows_that_name_nothing_under_a_heading_naming_work_are_that_work_due() {
    let text = "# Genetics 2\n\n## Tutorial Sheets Deadlines\n\n\
Hand the sheets in on the course site by these dates:\n\n\
* Thursday 7th November (Week 6) by 4:00pm (Stream 1)\n\
* Friday 8th November (Week 6) by 4:00pm (Stream 2)\n\
* Thursday 14th November - Bonus sheet\n";
    let (got, stderr) =
        crate::common::timed_events_of(text, "deadlines.md", &["--term", "Fall 2019"]);
    assert_eq!(
        got,
        [
            "deadline 2019-11-07T16:00 Tutorial Sheets (Week 6) (Stream 1) due",
            "deadline 2019-11-08T16:00 Tutorial Sheets (Week 6) (Stream 2) due",
            "deadline 2019-11-14T23:59 Bonus sheet due",
        ],
        "{stderr}"
    );
}

/// Session headings with bullets, as an outline gives them: a bullet under a homework label
/// ("Homework: Board Game Prototype") is that work handed out on the session's day, named or
/// numbered; an instruction under the label and a topic that mentions homework give nothing,
/// and every session stays a lecture.
#[test]
fn work_under_a_homework_label_in_a_session_is_released_that_day() {
    let text = "Game Studio 1\nClass meets Tuesdays 13:00-14:15\n\nWeek 1\n\
Tuesday 9/2 - Play and rules\n  • Homework review and course tour\n  • Homework: Board Game Prototype\n\n\
Week 2\nTuesday 9/9 - Engines\n  • Homework: read the engine manual\n  • Homework: Lab 1\n\n\
Week 3\nTuesday 9/16 - Scenes\n  • DUE: Lab 1\n";
    let (got, stderr) =
        crate::common::timed_events_of(text, "outline.txt", &["--term", "Fall 2025"]);
    assert_eq!(
        got,
        [
            "release 2025-09-02 Board Game Prototype released",
            "lecture 2025-09-02T13:00 Play and rules",
            "release 2025-09-09 Lab 1 released",
            "lecture 2025-09-09T13:00 Engines",
            "lecture 2025-09-16T13:00 Scenes",
            "deadline 2025-09-16T23:59 Lab 1 due",
        ],
        "{stderr}"
    );
}

/// A numbered list of class days where one day is only an exam's name in brackets
/// ("(Segundo Parcial)"), and a table whose exam cell gives its hours and room in words: each
/// is the exam, not a class; a topic that only mentions the exam stays a class.
#[test]
fn an_exam_in_brackets_or_with_its_hours_and_room_is_no_class() {
    let list = "# Algoritmos 1\n\nClases: lunes 9:00-12:00\n\n1. 1 Agosto\n2. 8 Agosto\n\
3. 15 Agosto (Segundo Parcial)\n4. 22 Agosto\n";
    let (got, stderr) = events_of(list, "plan.md", &["--term", "Fall 2022"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2022-08-01",
            "lecture 2022-08-08",
            "exam 2022-08-15",
            "lecture 2022-08-22"
        ],
        "{stderr}"
    );
    let table = "# Datos\n\nClases: viernes 9:00-12:00\n\n| fecha | tema |\n|--|--|\n\
| 5/8 | Regresión |\n| 12/8 | Parcial de 9 a 12hs en aula a confirmar |\n\
| 19/8 | Repaso para el parcial y ejercicios |\n";
    let (got, stderr) = events_of(table, "plan.md", &["--term", "Fall 2022"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2022-08-05",
            "exam 2022-08-12",
            "lecture 2022-08-19"
        ],
        "{stderr}"
    );
}

/// A site's list of weeks whose items link through a template expression (`[Assessment
/// 1]({{ site.data.a1.url }})`): the link shows its text, and an assessment due on its own
/// date in brackets is that work due then.
#[test]
fn an_assessment_linked_through_a_template_falls_due_on_its_own_date() {
    let text = "# Data Science\n\n* Week 1 (5th October)\n  * Block 01 Basics\n\
* Week 3 (19th October)\n  * Block 02 Regression\n\
  * [Assessment 1]({{ site.data.assessment1.url }}) *Due* (**29th October** Thursday noon)\n\
* Week 5 (2nd November)\n  * Block 03\n";
    let (got, stderr) = crate::common::timed_events_of(text, "index.md", &["--term", "Fall 2020"]);
    let due: Vec<&String> = got.iter().filter(|e| e.starts_with("deadline")).collect();
    assert_eq!(
        due,
        ["deadline 2020-10-29T12:00 Assessment 1 due"],
        "{stderr}"
    );
    assert!(!stderr.contains("site.data"), "{stderr}");
}

/// A due column of bare codes ("[P1]", as a linked name shows) and a work column whose
/// Spanish cell sends a numbered work by its own limit ("Envío TP1 (límite: 5 de Oct,
/// 23:59)"): each is that work due; the topics stay lectures.
#[test]
fn coded_work_under_a_due_column_or_sent_by_its_limit_is_due() {
    let text = "# Graphics\n\n| Date | Due | Topic |\n|---|---|---|\n\
| Sep 13 | | Introduction |\n| Sep 15 | [P1] | Rays and cameras |\n| Sep 20 | | Shading |\n";
    let (got, stderr) = events_of(text, "schedule.md", &["--term", "Fall 2021"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2021-09-13",
            "lecture 2021-09-15",
            "deadline 2021-09-15",
            "lecture 2021-09-20"
        ],
        "{stderr}"
    );
    let spanish = "# Datos\n\n| fecha | tema | tp |\n|--|--|--|\n\
| 29/9 | Modelos lineales | |\n| 6/10 | Regresión múltiple | Envío TP1 (límite: 5 de Oct, 23:59) |\n";
    let (got, stderr) =
        crate::common::timed_events_of(spanish, "cronograma.md", &["--term", "Fall 2023"]);
    assert!(
        got.contains(&"deadline 2023-10-05T23:59 TP1 due".to_string()),
        "{got:?} {stderr}"
    );
}

/// Work due listed among a row's readings ("Ch. 3.2, Lab 2 Due"): that work due on the row's
/// day, the row still a lecture; a reading that only names an exam or a chapter gives nothing.
#[test]
fn work_due_among_the_readings_is_due_that_day() {
    let text = "# Systems\n\n| Date | Topic | Readings |\n|---|---|---|\n\
| 2020-02-11 | Pointers | Ch. 3.1 |\n| 2020-02-13 | Memory | Ch. 3.2, Lab 2 Due |\n\
| 2020-02-18 | Caches | Exam 1 covers chapters 1-3 |\n";
    let (got, stderr) = events_of(text, "schedule.md", &[]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2020-02-11",
            "lecture 2020-02-13",
            "deadline 2020-02-13",
            "lecture 2020-02-18"
        ],
        "{stderr}"
    );
}

/// A release and its deadline in one line, the deadline told by a weekday ("Problem set 4
/// handed out in class, due at the start of class on Friday"): released on the row's day,
/// due on that weekday; a release whose next clause is no deadline gives the release only.
#[test]
fn a_release_with_its_weekday_deadline_in_one_line_gives_both() {
    let text = "### Week 2\n\n- **Mon, Sep 11 Lecture 5: Graphs**\n\
  + Problem set 4 handed out in class, due at the start of class on Friday.\n\
  + Lab 2 out today; bring a laptop.\n- **Wed, Sep 13 Lecture 6: Trees**\n";
    let (got, stderr) = events_of(text, "notes.md", &["--term", "Fall 2017"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2017-09-11",
            "release 2017-09-11",
            "release 2017-09-11",
            "lecture 2017-09-13",
            "deadline 2017-09-15"
        ],
        "{stderr}"
    );
}
