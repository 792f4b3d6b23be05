//! Schedule shapes, part 8: what the e-* development syllabi showed (issue #8, session 4).
//! Every fixture is written for these tests (invented courses, topics and dates) in the
//! shape a real syllabus used.

use crate::common::{events_json, fixture, summary_with_time as summary, timed_events_of};

/// A course page with no schedule at all, only paragraphs of policy in which the deadlines
/// and exams are stated in sentences, two to a line: no refusal, the dated work and exams
/// (the exam in the course's slot, given in prose), a warning that no layout was found.
#[test]
fn deadlines_and_exams_stated_in_prose_are_read_when_no_schedule_layout_is_found() {
    let text = "\
Widget Studies 210, Fall 2023

We meet Tuesdays and Thursdays 2:00-3:15 pm in Lyle Hall 5.

Grading is based on problem sets, one midterm and a final project. Late work loses ten percent per day unless arranged in advance with the instructor.

The first problem set is due Friday, September 15. Problem set 2 is due September 29.
The midterm will take place on October 12 during class time.
Final project report due December 8 at 5pm.
";
    let (got, stderr) = timed_events_of(text, "widgets.txt", &["--timezone", "America/Chicago"]);
    assert_eq!(
        got,
        [
            "deadline 2023-09-15T23:59 Problem set 1 due",
            "deadline 2023-09-29T23:59 Problem set 2 due",
            "exam 2023-10-12T14:00 Midterm",
            "deadline 2023-12-08T17:00 Final project report due",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("layout was not recognised"), "{stderr}");
}

/// The slot stated once in prose with bare hours ("Tuesdays 12-2": noon to two), then a list
/// of weeks each dated by a day-first date with its year: every dated week is a lecture in
/// that slot; a week said to have no class gives none.
#[test]
fn a_prose_slot_with_bare_hours_times_the_dated_weeks_of_a_list() {
    let text = "\
   Topics in Parsing, Syllabus (Autumn 2025)

When: Tuesdays 12-2, from 30/09/2025 to 21/10/2025
Where: Garden Building 2.14

Course schedule:
   • Week 1 (30/09/2025): what a grammar is
        – sentences and trees
   • Week 2 (07/10/2025): chart parsing
        – the CKY table (Lab 1)
   • Week 3 (14/10/2025): reading week, no class
   • Week 4 (21/10/2025): dependency parsing
        – Essay due
";
    let (_d, path) = fixture(text, "parsing.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/London"]);
    let lectures: Vec<String> = summary(&events)
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-09-30T12:00 what a grammar is",
            "lecture 2025-10-07T12:00 chart parsing",
            "lecture 2025-10-21T12:00 dependency parsing",
        ],
        "{stderr}"
    );
    assert!(
        events
            .iter()
            .filter(|e| e["kind"] == "lecture")
            .all(|e| e["end"].as_str().unwrap_or("").get(11..16) == Some("14:00")),
        "{events:?}"
    );
}

/// A numbered list of sessions in French, each "Jeudi DD/MM de 17h à 19h : topic", as text
/// taken out of a PDF that writes "à" as "a" and a combining accent: each session is a lecture
/// from 17:00 to 19:00 titled by its topic alone.
#[test]
fn french_sessions_with_their_hours_before_the_topic_are_timed_lectures() {
    let text = "\
Atelier de lecture numérique
Mai-Juin 2026

1.1 Calendrier :
    1. Jeudi 14/05 de 17h a\u{300} 19h : choisir un corpus et le décrire

    2. Jeudi 21/05 de 17h a\u{300} 19h : transcrire les pages
    3. Jeudi 04/06 de 17h a\u{300} 19h : compter les mots
";
    let (_d, path) = fixture(text, "atelier.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Asia/Beirut"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2026-05-14T17:00 choisir un corpus et le décrire",
            "lecture 2026-05-21T17:00 transcrire les pages",
            "lecture 2026-06-04T17:00 compter les mots",
        ],
        "{stderr}"
    );
    assert!(
        events
            .iter()
            .all(|e| e["end"].as_str().unwrap_or("").get(11..16) == Some("19:00")),
        "{events:?}"
    );
}

/// A Markdown sidebar: a table written without its outer pipes (valid GFM), with a release
/// column, a due column and the items as links named by abbreviations no work word gives
/// ("PA 1"): each item is released and due on its dates, and the table gives no lectures.
#[test]
fn an_assigned_due_link_table_without_outer_pipes_gives_its_items_releases_and_deadlines() {
    let text = "\
###Deadlines

_Everything is due at noon._

Assigned    | Due         | Link
------------|-------------|-----------
Tue, Sep 6  | Thu, Sep 8  | [Warm-up](warmup.html)
Thu, Sep 8  | Tue, Sep 20 | [PA 1](pa1.html)
Tue, Sep 20 | Thu, Oct 6  | [PA 2](pa2.html)

_(PA: programming assignment)_
";
    let (_d, path) = fixture(text, "sidebar.md");
    let (events, stderr) = events_json(
        &path,
        &["--term", "Fall 2022", "--timezone", "America/New_York"],
    );
    let mut got = summary(&events);
    got.sort();
    assert_eq!(
        got,
        [
            "deadline 2022-09-08T23:59 Warm-up due",
            "deadline 2022-09-20T23:59 PA 1 due",
            "deadline 2022-10-06T23:59 PA 2 due",
            "release 2022-09-06 Warm-up released",
            "release 2022-09-08 PA 1 released",
            "release 2022-09-20 PA 2 released",
        ],
        "{stderr}"
    );
}

/// A table of graded work with French day-month dates and hour ranges (`9h15-11h`), its
/// first column headed by a word no reader knows, on a page whose weeks are a template
/// loop: each exam on its date and hours, the project's deadline at its time.
#[test]
fn an_evaluations_table_with_french_dates_gives_its_exams_and_deadline() {
    let text = "\
# Algorithmique appliquée

Cours : **{{ site.course.time }}**

| Épreuve            | Date                     | Poids |
|--------------------|--------------------------|-------|
| Midterm            | 10 avril, 8h15-10h       | 20 %  |
| Final              | 5 juin, 8h15-10h         | 40 %  |
| Projet, en groupe  | 12 juin, 23h30 (deadline) | 40 %  |

{% for week in site.data.weeks %}
## Semaine {{ week.week }}
{% endfor %}
";
    let (_d, path) = fixture(text, "index.md");
    let (events, stderr) = events_json(
        &path,
        &["--term", "Spring 2025", "--timezone", "Europe/Zurich"],
    );
    assert_eq!(
        summary(&events),
        [
            "exam 2025-04-10T08:15 Midterm",
            "exam 2025-06-05T08:15 Final exam",
            "deadline 2025-06-12T23:30 Projet due",
        ],
        "{stderr}"
    );
}

/// A table of weeks written as ranges with a double dash (`9/03 -- 9/05`) and their topics,
/// in a syllabus that never says on which days the class meets, beside a list of dated
/// exams: the exams, and no lecture made up on the first day of each week.
#[test]
fn week_ranges_without_a_meeting_slot_give_no_made_up_lectures() {
    let text = "\
MTH 210, Fall 2024

* Exam 1: Oct. 3
* Final exam: Dec. 11

| Week         | Topic               |
|--------------|---------------------|
| 8/28 -- 8/30 | Sets and logic      |
| 9/04 -- 9/06 | Proof by induction  |
";
    let (got, stderr) = timed_events_of(text, "index.md", &["--timezone", "America/Detroit"]);
    assert_eq!(
        got,
        ["exam 2024-10-03 Exam 1", "exam 2024-12-11 Final exam",],
        "{stderr}"
    );
}

/// A date column whose cell also notes a registrar's deadline after a comma ("Sep 13, Drop
/// deadline"): the row is still that day's class, not noise.
#[test]
fn a_date_cell_with_a_note_after_a_comma_still_dates_its_class() {
    let text = "\
# Schedule, Fall 2023

| Date | Topic |
|---|---|
| Sep 6 | Counting |
| Sep 13, Drop deadline | Permutations |
| Sep 20 | Graphs |
";
    let (got, stderr) = timed_events_of(text, "schedule.md", &["--timezone", "America/New_York"]);
    assert_eq!(
        got,
        [
            "lecture 2023-09-06 Counting",
            "lecture 2023-09-13 Permutations",
            "lecture 2023-09-20 Graphs",
        ],
        "{stderr}"
    );
}
