//! Schedule shapes, part 20: fewer extra and wrong events (issue #8, session 7 precision).
//! Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::{events_json, events_of, fixture, summary};

fn kinds_and_days(events: &[serde_json::Value]) -> Vec<String> {
    summary(events)
        .into_iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect()
}

/// A week table dated by the Sunday that opens each week (`2 (1/31)`), with no lecture slot
/// anywhere: the Sundays are weeks, not meetings, so no lecture is made up; the homework
/// deadlines in the work column stay, and one warning says why the rows gave no lecture.
#[test]
fn a_week_table_dated_by_its_sundays_without_a_slot_gives_no_lectures() {
    let md = "# Stat 240: Data Analysis, Spring 2027\n\n## Weekly plan\n\n\
        | Week | Topic | Work |\n|---|---|---|\n\
        | 1 (1/24) | Why data | |\n\
        | 2 (1/31) | Tidy tables | hw1 (Due 2/6) |\n\
        | 3 (2/7) | Summaries | hw2 (Due 2/13) |\n\
        | 4 (2/14) | Plots | |\n\
        | 5 (2/21) | Models | hw3 (Due 2/27) |\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "deadline 2027-02-06",
            "deadline 2027-02-13",
            "deadline 2027-02-27"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "5 row(s) dated on a Saturday or Sunday (the first Sun Jan 24) give no lecture"
        ),
        "{stderr}"
    );
}

/// The variant: one row per lecture on Mondays and Wednesdays, no slot, and a Sunday row
/// naming work that is no homework: the Sunday is no class meeting.
#[test]
fn a_sunday_row_among_weekday_lectures_without_a_slot_is_no_lecture() {
    let text = "Hist 115 Cities of the Ancient World, Fall 2026\n\n\
        Date            Topic\n\
        Mon Sep 14      Founding myths\n\
        Wed Sep 16      Walls and gates\n\
        Sun Sep 20      Map exercise due\n\
        Mon Sep 21      Markets\n\
        Wed Sep 23      Temples\n\
        Sun Sep 27      Essay 1 due\n\
        Mon Sep 28      Water\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-09-14",
            "lecture 2026-09-16",
            "lecture 2026-09-21",
            "lecture 2026-09-23",
            "deadline 2026-09-27",
            "lecture 2026-09-28"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains(":6: warning: 1 row(s) dated on a Saturday or Sunday"),
        "{stderr}"
    );
}

/// A class that meets on Sundays and Tuesdays (a Sunday-to-Thursday week), one row per
/// lecture: the rows show the weekend meetings, so the Sunday rows stay lectures.
#[test]
fn rows_that_show_sunday_classes_keep_their_sunday_lectures() {
    let text = "Compilers 236, Spring 2027\n\n\
        Date            Topic\n\
        Sun Mar 14      Lexing\n\
        Tue Mar 16      Parsing I\n\
        Sun Mar 21      Parsing II\n\
        Tue Mar 23      Types\n\
        Sun Mar 28      Code generation\n\
        Tue Mar 30      Registers\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(events.len(), 6, "{stderr}");
    assert!(events.iter().all(|e| e["kind"] == "lecture"), "{stderr}");
    assert!(!stderr.contains("Saturday or Sunday"), "{stderr}");
}

/// A numbered-meeting table (Portuguese) whose assessment rows say `Teste 1` and
/// `Avaliação 2`: those meetings are exams, not lectures; a review of an assessment
/// (`Revisão da avaliação`) stays a lecture.
#[test]
fn portuguese_test_and_assessment_rows_are_exams() {
    let text = "Algoritmos I - 2º semestre 2026\n\n\
        Aula    Data          Conteúdo                 Local\n\
        \x20 1     03/08/2026    Apresentação             Sala 4\n\
        \x20 2     06/08/2026    Variáveis                Laboratório\n\
        \x20 3     10/08/2026    Teste 1                  Sala 4\n\
        \x20 4     13/08/2026    Laços                    Laboratório\n\
        \x20 5     17/08/2026    Avaliação 2              Sala 4\n\
        \x20 6     20/08/2026    Revisão da avaliação     Laboratório\n";
    let (_d, path) = fixture(text, "cronograma.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-08-03",
            "lecture 2026-08-06",
            "exam 2026-08-10",
            "lecture 2026-08-13",
            "exam 2026-08-17",
            "lecture 2026-08-20"
        ],
        "{stderr}"
    );
}

/// The variant: a topic-first table (Indian usage) whose `Midsem` and `Endsem` rows are the
/// midterm and the final exam, and a Chilean `Certamen 2` row, an exam too.
#[test]
fn midsem_endsem_and_certamen_rows_are_exams() {
    let md = "# CS 3410 Concurrent Programs, Jan-May 2026\n\n\
        | Lecture | Dates |\n|---|---|\n\
        | Threads | 12/01/2026 |\n\
        | Locks | 15/01/2026 |\n\
        | Midsem | 19/02/2026 |\n\
        | Queues | 23/02/2026 |\n\
        | Certamen 2 | 26/02/2026 |\n\
        | Endsem | 28/04/2026 |\n";
    let (got, stderr) = events_of(md, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-01-12 Threads",
            "lecture 2026-01-15 Locks",
            "exam 2026-02-19 Midterm",
            "lecture 2026-02-23 Queues",
            "exam 2026-02-26 Exam 2",
            "exam 2026-04-28 Final exam"
        ],
        "{stderr}"
    );
}

/// The term's first and last day on a line of their own under the title block of a course
/// outline (`January 5, 2026 – April 2, 2026`): the term's span, set aside with a warning,
/// not a lecture on the first day titled with the last.
#[test]
fn a_line_of_the_terms_first_and_last_day_is_no_lecture() {
    let text = "EDUC 210 Media for Teaching\nWinter 2026\n\
        Faculty of Education\nDepartment of Teaching\nCourse outline\n\
        \x20          January 5, 2026 – April 2, 2026\n\n\
        Week   Date      Topic\n\
        1      Jan 6     Welcome\n\
        2      Jan 13    Media theory\n\
        3      Jan 20    Audio\n";
    let (_d, path) = fixture(text, "outline.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-01-06",
            "lecture 2026-01-13",
            "lecture 2026-01-20"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains(
            ":6: warning: set aside: \"January 5, 2026 – April 2, 2026\" spans a month or more"
        ),
        "{stderr}"
    );
}

/// The variant: a saved web page whose term span is a paragraph among the course's details,
/// a hyphen between the dates.
#[test]
fn a_paragraph_of_the_terms_span_in_a_web_page_is_no_lecture() {
    let html = "<!DOCTYPE html>\n<html><body>\n<h1>Phil 120: Minds and Machines</h1>\n\
        <p>Fall 2025</p>\n<p>Department of Philosophy</p>\n<p>Instructor: R. Example</p>\n\
        <p>Office: Hall 3</p>\n<p>September 8, 2025 - December 12, 2025</p>\n<table>\n\
        <tr><th>Date</th><th>Topic</th></tr>\n\
        <tr><td>Sep 9</td><td>What is a mind?</td></tr>\n\
        <tr><td>Sep 16</td><td>Turing</td></tr>\n\
        <tr><td>Sep 23</td><td>Searle</td></tr>\n</table>\n</body></html>\n";
    let (_d, path) = fixture(html, "schedule.html");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2025-09-09",
            "lecture 2025-09-16",
            "lecture 2025-09-23"
        ],
        "{stderr}"
    );
    assert!(stderr.contains(":8: warning: set aside:"), "{stderr}");
}

/// A topic-first table whose date cells list each topic's meetings (`19/01, 20/01, 22/01`),
/// followed by a short table of quizzes with full dates: the listed cells are the dates of
/// the first table (they used to lose the vote for the date column to the second table, and
/// every lecture was dropped). A meeting that ends one topic and starts the next (`22/01` in
/// both rows) is one lecture naming both.
#[test]
fn listed_meeting_dates_date_their_table_and_a_shared_meeting_is_one_lecture() {
    let md = "# CS 512 Parallel Programs, Jan-May 2026\n\n\
        | No. | Topic | Dates | Hours |\n|---|---|---|---|\n\
        | 01 | Threads | 19/01, 20/01, 22/01 | 3 |\n\
        | 02 | Locks | 22/01, 27/01 | 1.5 |\n\
        | 03 | Barriers | 29/01 | 1 |\n\n\
        ## Quizzes\n\n| Quiz | Date |\n|---|---|\n\
        | Quiz 1 | 16/02/2026 |\n| Midsem | 05/03/2026 |\n";
    let (got, stderr) = events_of(md, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-01-19 Threads",
            "lecture 2026-01-20 Threads",
            "lecture 2026-01-22 Threads; Locks",
            "lecture 2026-01-27 Locks",
            "lecture 2026-01-29 Barriers",
            "exam 2026-02-16 Quiz 1",
            "exam 2026-03-05 Midterm"
        ],
        "{stderr}"
    );
}

/// The variant: a tab table of units whose meetings are listed by month name, a unit ending
/// and the next starting on the same day, then a table of work with its due dates.
#[test]
fn a_unit_ending_on_the_day_the_next_starts_gives_one_lecture_that_day() {
    let text = "Stat 330 Bayesian Methods, Fall 2026\n\n\
        Unit\tTopic\tDates\n\
        1\tPriors\tSep 1, Sep 3, Sep 8\n\
        2\tPosteriors\tSep 8, Sep 10\n\
        3\tSampling\tSep 15, Sep 17\n\n\
        Work\tDue\n\
        Problem set 1\tSep 11, 2026\n\
        Problem set 2\tSep 18, 2026\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2026-09-01 Priors",
            "lecture 2026-09-03 Priors",
            "lecture 2026-09-08 Priors; Posteriors",
            "lecture 2026-09-10 Posteriors",
            "deadline 2026-09-11 Problem set 1 due",
            "lecture 2026-09-15 Sampling",
            "lecture 2026-09-17 Sampling",
            "deadline 2026-09-18 Problem set 2 due"
        ],
        "{stderr}"
    );
}

/// A final exam named with the word a Spanish-language calendar adds to it (`FINAL
/// REGULAR`, in capitals) is the final exam, not a lecture.
#[test]
fn a_regular_final_row_is_the_final_exam() {
    let text = "Programación II, 2º cuatrimestre 2025\n\n\
        Fecha\tTema\n01/09/2025\tListas\n08/09/2025\tPilas\n15/12/2025\tFINAL REGULAR\n";
    let (got, stderr) = events_of(text, "cronograma.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-01 Listas",
            "lecture 2025-09-08 Pilas",
            "exam 2025-12-15 Final exam"
        ],
        "{stderr}"
    );
}

/// The variant: a dated list whose last item is an extraordinary (make-up) sitting of the
/// exam; the review before it stays a lecture.
#[test]
fn an_extraordinary_exam_item_is_an_exam() {
    let md = "# Algoritmos II, 2025\n\n- 15/12/2025: Repaso general\n- 22/12/2025: Examen extraordinario\n";
    let (_d, path) = fixture(md, "programa.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        ["lecture 2025-12-15", "exam 2025-12-22"],
        "{stderr}"
    );
}

/// A table dated by a `Week of` column, with no lecture slot anywhere: each date opens a
/// week and names no meeting, so no lecture is made up on it (one warning says so); the
/// homework due on a named day stays. With a slot, the same table gives each week's
/// meetings.
#[test]
fn a_week_of_table_without_a_slot_gives_no_lectures_and_with_one_gives_the_meetings() {
    let table = "Week of     Topic                  Due\n\
        Jan 12      Encoding\n\
        Jan 19      Retrieval              Homework 1 due Fri\n\
        Jan 26      Forgetting\n";
    let (_d, path) = fixture(
        &format!("Psych 150 Memory, Spring 2026\n\n{table}"),
        "s.txt",
    );
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(kinds_and_days(&events), ["deadline 2026-01-23"], "{stderr}");
    assert!(
        stderr.contains(":4: warning: the table dates its weeks by their first day"),
        "{stderr}"
    );
    let with_slot =
        format!("Psych 150 Memory, Spring 2026\nLectures: Tue/Thu 10:00-11:15\n\n{table}");
    let (_d2, path) = fixture(&with_slot, "s.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-01-13",
            "lecture 2026-01-15",
            "lecture 2026-01-20",
            "lecture 2026-01-22",
            "deadline 2026-01-23",
            "lecture 2026-01-27",
            "lecture 2026-01-29"
        ],
        "{stderr}"
    );
}

/// The variant: a Markdown table of an online course whose date column is headed `Monday
/// Date`, then an assignment table: the weeks give no lectures, the assignment its deadline.
#[test]
fn a_monday_date_column_without_a_slot_gives_no_lectures() {
    let md = "# Biol 205 Cells, Spring 2026\n\n\
        | Week Number | Monday Date | Topics | Labs |\n|---|---|---|---|\n\
        | Week 1 | April 27 | Membranes | 1 |\n\
        | Week 2 | May 4 | Transport | 2 |\n\
        | Week 3 | May 11 | Signalling | 3 |\n\n\
        | Assignment | Due Date |\n|---|---|\n\
        | Assignment 1 | Monday May 11, 2026, 11:55pm |\n";
    let (got, stderr) = events_of(md, "schedule.md", &[]);
    assert_eq!(got, ["deadline 2026-05-11 Assignment 1 due"], "{stderr}");
}

/// A dated list where work without a date follows a lecture and names a rehearsal of the
/// exam (`Practice mock-up exam`): a practice word right before the exam's name makes it no
/// exam, so no exam is put on the lecture's date; the real midterm stays.
#[test]
fn a_practice_mock_exam_after_a_lecture_is_no_exam() {
    let md = "# Data Science Seminar, Spring 2023\n\n\
        - Lecture 1 (Feb 14): Why data\n\
        - Assignment 1 (self-study): Practice mock-up exam\n\
        - Lecture 2 (Feb 21): Models\n\
        - Midterm exam (Feb 28)\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2023-02-14",
            "lecture 2023-02-21",
            "exam 2023-02-28"
        ],
        "{stderr}"
    );
}

/// The variant: a notes cell of a week table offering a sample exam.
#[test]
fn a_sample_exam_in_a_notes_cell_is_no_exam() {
    let text = "Chem 101, Fall 2026\n\nDate\tTopic\tNotes\n\
        Sep 7\tAtoms\t\nSep 14\tBonds\tHomework 1 (optional): sample exam\nSep 21\tMidterm\t\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-09-07",
            "lecture 2026-09-14",
            "exam 2026-09-21"
        ],
        "{stderr}"
    );
}

/// A dated list of numbered lectures where one lecture's topic says to study alone
/// (`Lecture 9 (Mar 14): Self-study the …`): the author still counts the day as lecture 9, so
/// it stays a lecture; a week row whose topic is self-study (no lecture label) still has none.
#[test]
fn a_labelled_lecture_whose_topic_is_self_study_stays_a_lecture() {
    let md = "# DS, Spring 2023\n\n\
        - Lecture 8 (Mar 7): Trees\n\
        - Lecture 9 (Mar 14): Self-study the PyTorch framework\n\
        - Lecture 10 (Mar 21): Nets\n";
    let (_d, path) = fixture(md, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2023-03-07",
            "lecture 2023-03-14",
            "lecture 2023-03-21"
        ],
        "{stderr}"
    );
    let weeks = "Geo 300, Fall 2026\n\nWeek\tDate\tTopic\n4\tOct 5\tRivers\n\
        5\tOct 12\tSelf-study: the flood atlas\n6\tOct 19\tDeltas\n";
    let (_d2, path) = fixture(weeks, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        ["lecture 2026-10-05", "lecture 2026-10-19"],
        "{stderr}"
    );
}

/// The variant: a tab table whose first column numbers the lectures (`Lec 5`).
#[test]
fn a_numbered_lecture_row_of_self_study_in_a_tab_table_stays_a_lecture() {
    let text = "Geo 300, Fall 2026\n\nLec 4\tOct 5\tRivers\n\
        Lec 5\tOct 7\tSelf-study: the flood atlas\nLec 6\tOct 12\tDeltas\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        kinds_and_days(&events),
        [
            "lecture 2026-10-05",
            "lecture 2026-10-07",
            "lecture 2026-10-12"
        ],
        "{stderr}"
    );
}
