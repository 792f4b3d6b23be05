//! Schedule shapes, part 24: how a schedule says work is due, and on which day (issue #8,
//! the deadline forms of `src/syllabus/rows/content/due_forms.rs`). Every fixture is written
//! for these tests (invented courses, topics and dates).

use crate::common::timed_events_of;

/// Rows on days the studio never meets that carry work: a topic beside a deadline, a
/// hand-in in Swedish, numbered work under a name of its own. Each gives its deadline and no
/// class; the Tuesday and Thursday rows keep theirs.
#[test]
fn work_on_a_day_without_class_is_a_deadline_and_no_lecture() {
    let text = "Ceramics 120, Spring 2025\nStudio: Tuesday and Thursday 13:00-15:00\n\n\
| Date | Session |\n|---|---|\n\
| 2025-02-04 | Wedging and centring |\n\
| 2025-02-06 | Pulling walls |\n\
| 2025-02-07 | Glaze tests; Essay 1 due |\n\
| 2025-02-11 | Trimming |\n\
| 2025-02-13 | Handles |\n\
| 2025-02-14 | Inlämning uppgift 1 |\n\
| 2025-02-16 | Kiln log 2 due 23:59 |\n\
| 2025-02-18 | Slab building |\n";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-02-04T13:00 Wedging and centring",
            "lecture 2025-02-06T13:00 Pulling walls",
            "deadline 2025-02-07T23:59 Essay 1 due",
            "lecture 2025-02-11T13:00 Trimming",
            "lecture 2025-02-13T13:00 Handles",
            "deadline 2025-02-14T23:59 Assignment 1 due",
            "deadline 2025-02-16T23:59 Kiln log 2 due",
            "lecture 2025-02-18T13:00 Slab building",
        ],
        "{stderr}"
    );
}

/// A week table dated by its Mondays: a weekday in the work cell (`bis Do.`, `(viernes)`)
/// dates the work in that week; work without a day of its own falls on the standing due day
/// the header states, at its hour.
#[test]
fn a_week_rows_work_falls_on_the_day_its_cell_or_the_standing_rule_names() {
    let text = "Geographie 210, 2025\nVorlesung: Dienstag 10:15-11:45\n\
Problem sheets are due every Friday at 12:00.\n\n\
Woche\tDatum\tThema\tAbgabe\n\
1\t03.03.2025\tKarten\t\n\
2\t10.03.2025\tMaßstab\tAbgabe Blatt 1 bis Do.\n\
3\t17.03.2025\tProjektionen\tBlatt 2 Abgabe\n\
4\t24.03.2025\tHöhenlinien\tEntrega: Blatt 3 (viernes)\n";
    let (got, stderr) = timed_events_of(text, "schedule.txt", &["--term", "Spring 2025"]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-04T10:15 Karten",
            "lecture 2025-03-11T10:15 Maßstab",
            "deadline 2025-03-13T23:59 Hw1 due",
            "lecture 2025-03-18T10:15 Projektionen",
            "deadline 2025-03-21T12:00 Hw2 due",
            "lecture 2025-03-25T10:15 Höhenlinien",
            "deadline 2025-03-28T23:59 Hw3 due",
        ],
        "{stderr}"
    );
}

/// Notes that look like deadlines are not (a sentence opening with "Due", "No homework due
/// this week"), and keep their week's lecture; a Chinese hand-in is read; an item table's due
/// hour in a column of its own is the deadline's.
#[test]
fn deadline_lookalikes_keep_their_lectures_and_a_due_hour_column_counts() {
    let text = "Poetry Workshop 230, Spring 2025\nMeetings: Wednesday 18:00-20:00\n\n\
| Week | Date | Topic | Notes |\n|---|---|---|---|\n\
| 1 | Mar 5 | Line breaks | Due dates are posted on the course page |\n\
| 2 | Mar 12 | Imagery | 提交作业2 |\n\
| 3 | Mar 19 | Sound | No homework due this week |\n\n\
Assignments\n\n\
| Assignment | Due date | Time |\n|---|---|---|\n\
| Chapbook draft 1 | 2025-03-21 | 17:00 |\n";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-05T18:00 Line breaks",
            "lecture 2025-03-12T18:00 Imagery",
            "deadline 2025-03-12T23:59 Hw2 due",
            "lecture 2025-03-19T18:00 Sound",
            "deadline 2025-03-21T17:00 Draft 1 due",
        ],
        "{stderr}"
    );
}

/// Days told by the class, from the meeting days: the coming class (at its start), the class
/// after the row's, the night before the coming class; numbered work of any name after a
/// verb keeps its weekday (`(viernes)`).
#[test]
fn work_due_by_the_class_falls_on_the_day_the_meetings_give() {
    let text = "Film Studies 150, Spring 2025\nScreenings: Monday and Wednesday 14:00-16:00\n\n\
| Week | Date | Topic | Work |\n|---|---|---|---|\n\
| 1 | Mar 3 | Silent film | Viewing log 1 due before class |\n\
| 2 | Mar 10 | Montage | Shot list 2 due next class |\n\
| 3 | Mar 17 | Sound | Reflection 3 due by midnight the night before class |\n\
| 4 | Mar 24 | Colour | Entrega: práctica 4 (viernes) |\n";
    let (got, stderr) = timed_events_of(text, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-03-03T14:00 Silent film",
            "deadline 2025-03-03T14:00 Viewing log 1 due",
            "lecture 2025-03-05T14:00 Silent film",
            "lecture 2025-03-10T14:00 Montage",
            "lecture 2025-03-12T14:00 Montage",
            "deadline 2025-03-12T14:00 Shot list 2 due",
            "deadline 2025-03-16T23:59 Reflection 3 due",
            "lecture 2025-03-17T14:00 Sound",
            "lecture 2025-03-19T14:00 Sound",
            "lecture 2025-03-24T14:00 Colour",
            "lecture 2025-03-26T14:00 Colour",
            "deadline 2025-03-28T23:59 Práctica 4 due",
        ],
        "{stderr}"
    );
}
