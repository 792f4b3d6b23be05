//! Schedule shapes, session 13 (issue 8): documents where almost nothing was read. A slot
//! given as the value of a two-column information table, wrapped over the lines below it, its
//! class hours written as two short ranges (`13:00/13:45 - 14:00/14:45`), ...

use std::path::Path;

use crate::common::{events_json, fixture};

/// Each lecture as "DATE START-END" (local time as written in the JSON).
fn lecture_slots(path: &Path, extra: &[&str]) -> (Vec<String>, String) {
    let (events, stderr) = events_json(path, extra);
    let slots = events
        .iter()
        .filter(|e| e["kind"] == "lecture")
        .map(|e| {
            let start = e["start"].as_str().unwrap_or("");
            let end = e["end"].as_str().unwrap_or("");
            format!("{} {}-{}", &start[..10], &start[11..16], &end[11..16])
        })
        .collect();
    (slots, stderr)
}

const ZONE: &[&str] = &["--timezone", "Europe/Istanbul"];

/// A Word table as `pdftotext -layout` gives it: the label on the left, the slot on the right
/// wrapped over two more lines in the value's column. Monday's two class hours are one
/// meeting, 13:00-14:45 (each written with a slash between its clocks); Thursday's second
/// line is a lab after a word of its own, no part of the lecture.
#[test]
fn a_wrapped_slot_value_with_two_class_hours_gives_each_day_its_own_block() {
    let text = r#"                    Faculty of Science
               PHY210 Waves and Optics
                 Spring Semester, 2024

 Lecturer                         Dr. A. Example
 Class Hours and Days             Monday 13:00/13:45 - 14:00/14:45 (2
                                  hours) (Theory) / Thursday (10:00-10:45)
                                  (Theory) 11:00/11:45-12:00/12:45 (Lab)
 Classroom                        Hall B-12

Weekly Plan

Weeks     Dates        Subjects                                   Other Tasks
          12.02.2024   Oscillations                               none
Week 1    15.02.2024   Damped motion
          19.02.2024   Waves on strings                           none
Week 2    22.02.2024   Sound
"#;
    let (_d, path) = fixture(text, "phy210.txt");
    let (got, stderr) = lecture_slots(&path, ZONE);
    assert_eq!(
        got,
        [
            "2024-02-12 13:00-14:45",
            "2024-02-15 10:00-10:45",
            "2024-02-19 13:00-14:45",
            "2024-02-22 10:00-10:45",
        ],
        "{stderr}"
    );
}

/// Look-alike: two ranges with a word between them (`(Theory) ... (Lab)`) or a long break
/// are two things, and only the first is the lecture.
#[test]
fn ranges_with_a_word_or_a_long_break_between_stay_apart() {
    let text = r#"# PHY210 Waves and Optics, Spring 2024

Lectures: Monday 09:00-09:50 (Theory) 10:00-11:50 (Lab), Thursday 09:00-10:30, 14:00-15:30

| Date       | Topic            |
|------------|------------------|
| 2024-02-12 | Oscillations     |
| 2024-02-15 | Damped motion    |
"#;
    let (_d, path) = fixture(text, "phy210.md");
    let (got, stderr) = lecture_slots(&path, ZONE);
    assert_eq!(
        got,
        ["2024-02-12 09:00-09:50", "2024-02-15 09:00-10:30"],
        "{stderr}"
    );
}

/// A course taught in blocks of two days, each block a heading line with its range of two
/// days written day first (`2-3 March`) and no slot anywhere: both days of each block are
/// meetings (all day), not a week dated by its range.
#[test]
fn ranges_of_two_days_in_a_row_without_a_slot_are_two_meetings_each() {
    let text = r#"Field methods in economics

The course meets in three blocks, a Thursday afternoon and the Friday morning after it.

Block 1 – 9-10 March – Surveys and their pitfalls

  • what a question can measure

Block 2 – 23-24 March – Running a field trial

Block 3 – 20-21 April – Reporting results
"#;
    let (_d, path) = fixture(text, "blocks.txt");
    let (events, stderr) = events_json(
        &path,
        &["--timezone", "Europe/Rome", "--term", "Spring 2023"],
    );
    let days: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "lecture")
        .filter_map(|e| e["start"].as_str())
        .collect();
    assert_eq!(
        days,
        [
            "2023-03-09",
            "2023-03-10",
            "2023-03-23",
            "2023-03-24",
            "2023-04-20",
            "2023-04-21"
        ],
        "{stderr}"
    );
}

/// Look-alike: rows that are whole weeks (`March 6-10`) and no slot still make no lectures
/// up.
#[test]
fn week_ranges_without_a_slot_still_give_no_lectures() {
    let text = "# Field methods, Spring 2023\n\n| Dates | Topic |\n|---|---|\n| March 6-10 | Surveys |\n| March 13-17 | Field trials |\n";
    let (_d, path) = fixture(text, "weeks.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Rome"]);
    assert!(
        events.iter().all(|e| e["kind"] != "lecture"),
        "{events:?}\n{stderr}"
    );
}
