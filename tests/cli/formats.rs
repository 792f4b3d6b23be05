//! Small syllabi in every documented shape: the parser is judged on syllabi it has not seen.

use serde_json::Value;

use crate::common::{events_json, fixture};

fn of_kind<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["kind"] == kind).collect()
}

fn starts(events: &[&Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["start"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_markdown_pipe_table_with_two_meetings_a_week_and_a_twelve_hour_clock() {
    let text = "\
# CS 231 Machine Learning — Spring 2025

Class: Tue/Thu 2:00–3:20pm, Room 101
Office hours: Wed 10:00-11:00

| Week | Date | Topic | Assignments |
|------|------|-------|-------------|
| 1 | Tue, Jan 7 | Introduction | |
| 2 | Tue, Jan 14 | Linear models | HW1 out |
| 3 | Tue, Jan 21 | No class (MLK week) | |
| 4 | Tue, Jan 28 | Trees | HW1 due, HW2 out |
| 5 | Tue, Feb 4 | Midterm | |
";
    let (_d, path) = fixture(text, "cs231.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        [
            "2025-01-07T14:00:00-05:00",
            "2025-01-09T14:00:00-05:00",
            "2025-01-14T14:00:00-05:00",
            "2025-01-16T14:00:00-05:00",
            "2025-01-28T14:00:00-05:00",
            "2025-01-30T14:00:00-05:00",
        ],
        "{stderr}"
    );
    assert_eq!(lectures[0]["end"], "2025-01-07T15:20:00-05:00");
    assert_eq!(lectures[0]["location"], "Room 101");
    assert_eq!(lectures[0]["key"], "lecture-1-1");
    let deadline = of_kind(&events, "deadline");
    assert_eq!(starts(&deadline), ["2025-01-28T23:59:00-05:00"]);
    assert_eq!(
        starts(&of_kind(&events, "release")),
        ["2025-01-14", "2025-01-28"]
    );
    let exam = of_kind(&events, "exam");
    assert_eq!(exam.len(), 1);
    assert_eq!(exam[0]["title"], "Midterm");
    assert_eq!(exam[0]["start"], "2025-02-04T14:00:00-05:00");
}

#[test]
fn a_space_separated_table_with_one_row_per_lecture_and_day_first_dates() {
    let text = "\
IS 100 Information Systems
2023-2024 Fall
Lectures: Mondays and Wednesday at 08:30-09:40 (SOS 103)

Date          Topic                        Due
2 Oct         Welcome
4 Oct         Spreadsheets                 Assg 1 due, Assg 2 out: CNNs
9 Oct         Databases
11 Oct        Networks                     Project proposal due
";
    let (_d, path) = fixture(text, "is100.txt");
    let (events, stderr) = events_json(&path, &[]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        [
            "2023-10-02T08:30:00+03:00",
            "2023-10-04T08:30:00+03:00",
            "2023-10-09T08:30:00+03:00",
            "2023-10-11T08:30:00+03:00"
        ],
        "{stderr}"
    );
    assert_eq!(lectures[1]["location"], "SOS 103");
    assert_eq!(lectures[3]["week"], 2);
    let titles: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] != "lecture")
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    // Sorted by start: the all-day release begins at midnight, the deadline at 23:59.
    assert_eq!(
        titles,
        [
            "Assignment 2 released: CNNs",
            "Assignment 1 due",
            "Project proposal due"
        ]
    );
}

#[test]
fn iso_dates_need_no_term() {
    let text = "Lectures: Tuesday 09:40-12:30 @ BMB4\n\n1\t2022-10-04\tIntro\tHw1 given 2022-10-05\n2\t2022-10-11\tBasics\tHw1 due 2022-10-16 17:00\n";
    let (_d, path) = fixture(text, "iso.txt");
    let (events, _) = events_json(&path, &[]);
    assert_eq!(events.len(), 4);
    let d = of_kind(&events, "deadline");
    assert_eq!(d[0]["start"], "2022-10-16T17:00:00+03:00");
}

#[test]
fn dotted_dates_are_day_first() {
    let text = "Güz 2022\nDersler: Salı 09:40-12:30 @ BMB4\n\n1\t04.10.2022\tGiriş\n2\t11.10.2022\tTemeller\tÖdev 1 teslim 16.10.2022\n";
    let (_d, path) = fixture(text, "tr.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2022-10-04T09:40:00+03:00", "2022-10-11T09:40:00+03:00"],
        "{stderr}"
    );
    assert_eq!(
        of_kind(&events, "deadline")[0]["start"],
        "2022-10-16T23:59:00+03:00"
    );
}

#[test]
fn ambiguous_slash_dates_are_settled_by_the_term_and_the_choice_is_reported() {
    let text =
        "Fall 2022\nLectures: Tuesday 09:40-12:30\n\n1\t10/04/2022\tIntro\n2\t10/11/2022\tBasics\n";
    let (_d, path) = fixture(text, "slash.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2022-10-04T09:40:00+03:00", "2022-10-11T09:40:00+03:00"]
    );
    assert!(stderr.contains("month first"), "{stderr}");
}

#[test]
fn long_month_names_weekday_prefixes_and_january_rollover() {
    let text = "Fall 2022\nLectures: Tuesday 09:40-12:30\n\n1\tTue October 4\tIntro\n2\tTue Dec 27\tMore\n3\tTue Jan 3\tLast\tFinal exam\n";
    let (_d, path) = fixture(text, "long.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        [
            "2022-10-04T09:40:00+03:00",
            "2022-12-27T09:40:00+03:00",
            "2023-01-03T09:40:00+03:00"
        ]
    );
    assert_eq!(of_kind(&events, "exam")[0]["title"], "Final exam");
    // Week 2 is not a week after week 1: the cadence check flags it.
    assert!(stderr.contains(":5: warning: week 2 is dated"), "{stderr}");
}

#[test]
fn a_week_range_places_lectures_inside_it() {
    let text = "Spring 2024\nLectures: Mon/Wed 10:00-11:00\n\nWeek\tDates\tTopic\n1\tFeb 12-14\tStart\n2\tFeb 19-21\tNext\n3\tFeb 26-28\tSpring break\n";
    let (_d, path) = fixture(text, "range.txt");
    let (events, _) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        [
            "2024-02-12T10:00:00+03:00",
            "2024-02-14T10:00:00+03:00",
            "2024-02-19T10:00:00+03:00",
            "2024-02-21T10:00:00+03:00"
        ]
    );
}

#[test]
fn the_term_can_come_from_the_command_line() {
    let text =
        "Lectures: Thursday 13:40-15:30\n\n1\tOct 6\tIntro\n2\tOct 13\tBasics\tHW1 deadline\n";
    let (_d, path) = fixture(text, "noterm.txt");
    let (events, _) = events_json(&path, &["--term", "Fall 2022"]);
    assert_eq!(
        of_kind(&events, "deadline")[0]["start"],
        "2022-10-13T23:59:00+03:00"
    );
    assert_eq!(events[0]["uid"], "course-fall2022-lecture-1@coursecal");
}

#[test]
fn a_row_off_the_lecture_weekday_is_flagged() {
    let text = "Fall 2022\nLectures: Tuesday 09:40-12:30\n\n1\tOct 4\tIntro\n2\tOct 12\tBasics\n";
    let (_d, path) = fixture(text, "off.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert!(
        stderr
            .contains(":5: warning: week 2 is dated Oct 12, a Wednesday, but lectures are on Tue"),
        "{stderr}"
    );
    assert_eq!(
        of_kind(&events, "lecture")[1]["start"],
        "2022-10-11T09:40:00+03:00"
    );
}

#[test]
fn holidays_and_breaks_produce_no_lecture() {
    let text = "Spring 2024\nLectures: Monday 10:00-12:00\n\n1\tFeb 5\tIntro\n2\tFeb 12\tHoliday\n3\tFeb 19\tWinter Break\n4\tFeb 26\tNo class\n5\tMar 4\tBack\n";
    let (_d, path) = fixture(text, "hol.txt");
    let (events, _) = events_json(&path, &[]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(lectures.len(), 2);
    assert_eq!(lectures[1]["week"], 5);
}

#[test]
fn a_syllabus_without_a_lecture_time_gives_all_day_lectures_and_says_so() {
    let text = "Fall 2022\n\n1\tOct 4\tIntro\n2\tOct 11\tBasics\n";
    let (_d, path) = fixture(text, "notime.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(events[0]["all_day"], true);
    assert!(stderr.contains("no lecture time found"), "{stderr}");
}
