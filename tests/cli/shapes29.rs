//! Schedule shapes, part 29: deadlines on the day the text means (issue #8), from the ways
//! development syllabi state them. Every fixture is written for these tests (invented
//! courses, topics and dates).

use crate::common::{events_json, events_of, fixture, kinds_and_dates, summary};

/// A weekday-column grid without a lecture slot: each cell is its own class, so work "due by
/// midnight the night before" falls the day before the cell's date, and a labelled item keeps
/// its sub-number ("Milestone 2.1").
#[test]
fn work_due_the_night_before_a_grid_cell_falls_the_day_before() {
    let text = "# Signals and Noise, Fall 2025\n\n\
| Monday | Wednesday | Thursday |\n|---|---|---|\n\
| 08 September<br>Topic: Sampling<br>Due: HW1: Aliasing (by midnight the night before) | 10 September<br>Topic: Filters | 11 September<br>Topic: Spectra |\n\
| 15 September<br>Topic: Convolution | 17 September<br>Topic: Windows<br>Due: Milestone 2.1 (by midnight the night before) | 18 September<br>Topic: Noise |\n";
    let (got, stderr) = events_of(text, "schedule.md", &["--term", "Fall 2025"]);
    let due: Vec<String> = got
        .into_iter()
        .filter(|s| s.starts_with("deadline"))
        .collect();
    assert_eq!(
        due,
        [
            "deadline 2025-09-07 Hw1 due: Aliasing (by midnight the night before)",
            "deadline 2025-09-16 Milestone 2.1 due",
        ],
        "{stderr}"
    );
}

/// One row per week and no slot: the row names no class, so "the night before" moves nothing;
/// and work due in class in a grid cell stays on the cell's date.
#[test]
fn the_night_before_moves_nothing_without_a_class_to_count_from() {
    let text = "Geology 120, Fall 2025\n\n\
Week\tDate\tTopic\tWork\n\
1\tSep 8\tMinerals\tLab 1 due (by midnight the night before)\n\
2\tSep 15\tRocks\tLab 2 due\n\
3\tSep 22\tFossils\tLab 3 due\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    let due: Vec<String> = summary(&events)
        .into_iter()
        .filter(|s| s.starts_with("deadline"))
        .collect();
    assert_eq!(
        due,
        [
            "deadline 2025-09-08 Lab 1 due",
            "deadline 2025-09-15 Lab 2 due",
            "deadline 2025-09-22 Lab 3 due",
        ],
        "{stderr}"
    );
    let grid = "# Optics, Fall 2025\n\n\
| Monday | Wednesday |\n|---|---|\n\
| 08 September<br>Topic: Lenses<br>Due: Report 1 (in class) | 10 September<br>Topic: Mirrors |\n";
    let (_d, path) = fixture(grid, "schedule.md");
    let (events, stderr) = events_json(&path, &["--term", "Fall 2025"]);
    assert!(
        summary(&events).contains(&"deadline 2025-09-08 Report 1 due".to_string()),
        "{stderr}\n{:?}",
        summary(&events)
    );
}

/// An assessment list and a table of work with a weight column: each dated row that carries a
/// grade weight is that work falling due (an exam stays the exam), never a lecture; a topic
/// with a percentage that weighs nothing stays a lecture.
#[test]
fn a_dated_row_with_a_grade_weight_is_work_due_not_a_lecture() {
    let text = "Maritime History 212, Fall 2024\n\
Seminars: Wednesdays 14:00-16:00\n\n\
Sep 11 - Harbours and trade\n\
Sep 18 - Shipbuilding\n\
Sep 25 - Piracy\n\n\
Coursework\n\
Oct 2 - Short Review 1 5%\n\
Oct 16 - Long Review 1 20%\n\
Oct 30 - Midterm exam 25%\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-09-11 Harbours and trade",
            "lecture 2024-09-18 Shipbuilding",
            "lecture 2024-09-25 Piracy",
            "deadline 2024-10-02 Short Review 1 due",
            "deadline 2024-10-16 Long Review 1 due",
            "exam 2024-10-30 Midterm",
        ],
        "{stderr}"
    );
    let table = "Design Studio, Winter 2026\n\n\
| Task | Date | Weight |\n|---|---|---|\n\
| Site sketch | Jan 8 | 10% |\n\
| Material board | Jan 22 | ~15% |\n\
| Final model | Feb 12 | 40% |\n";
    let (got, stderr) = events_of(table, "schedule.md", &[]);
    assert_eq!(
        got,
        [
            "deadline 2026-01-08 Site sketch due",
            "deadline 2026-01-22 Material board due",
            "deadline 2026-02-12 Final model due",
        ],
        "{stderr}"
    );
}

/// A percentage in a lecture's topic is no weight: "95%" is a level, "(5%)" a note.
#[test]
fn a_percentage_in_a_topic_weighs_no_work() {
    let text = "Statistics 101, Fall 2024\n\
Lectures: Tuesdays 10:00-11:30\n\n\
Date\tTopic\tNotes\n\
Sep 10\tConfidence intervals\t95%\n\
Sep 17\tTesting; Quiz 1 (5%)\t\n\
Sep 24\tRegression\t\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert_eq!(lectures.len(), 3, "{stderr}\n{lectures:?}");
}

/// A web page's own date in its front matter (`date:` beside `title:`, a year older than the
/// course that reuses the page) is neither a schedule row nor the course's year.
#[test]
fn a_pages_own_front_matter_date_is_no_row_and_no_year() {
    let text = "---\ntitle: Plan\ndate: 2021-06-01\n---\n\n\
The summer school runs from 5 July to 16 July 2022.\n\n\
| Date | Title |\n|---|---|\n\
| Jul 5 | Welcome and setup |\n\
| Jul 6 | Data frames |\n\
| Jul 7 | Assignment 1 hand-in |\n";
    let (got, stderr) = events_of(text, "schedule.md", &[]);
    let dates = kinds_and_dates(&got);
    assert_eq!(
        dates,
        [
            "lecture 2022-07-05",
            "lecture 2022-07-06",
            "deadline 2022-07-07"
        ],
        "{stderr}"
    );
}

/// A table under a heading that names due dates: each row names work with no verb, so it is
/// that work due (at the time its date cell gives), never a lecture; the lectures above stay.
#[test]
fn rows_under_a_due_dates_heading_are_work_due() {
    let text = "# Urban Ecology, Fall 2025\n\nLectures: Tuesdays 10:00-11:30\n\n\
## Schedule\n\n| Date | Topic |\n|---|---|\n\
| 9/2/25 | Cities as ecosystems |\n| 9/9/25 | Street trees |\n\n\
## Report Due Dates\n\n| Date | Item |\n|---|---|\n\
| 9/12/25 12 pm | Field Notes One |\n| 9/26/25 12 pm | Field Notes Two |\n";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        crate::common::summary_with_time(&events),
        [
            "lecture 2025-09-02T10:00 Cities as ecosystems",
            "lecture 2025-09-09T10:00 Street trees",
            "deadline 2025-09-12T12:00 Field Notes One due",
            "deadline 2025-09-26T12:00 Field Notes Two due",
        ],
        "{stderr}"
    );
    let german = "Statik, Wintersemester 2025/26\n\nAbgabetermine\n\n\
05.11.2025 - Übungsblatt Eins\n19.11.2025 - Übungsblatt Zwei\n";
    let (got, stderr) = events_of(german, "schedule.txt", &[]);
    let kinds = kinds_and_dates(&got);
    assert_eq!(
        kinds,
        ["deadline 2025-11-05", "deadline 2025-11-19"],
        "{stderr}"
    );
}

/// A heading about more than due dates, or a "Deadlines:" field with its value inside a week,
/// makes no rows work due.
#[test]
fn a_schedule_and_deadlines_heading_or_a_deadlines_field_keeps_the_lectures() {
    let text = "# Soil Science, Fall 2025\n\nLectures: Tuesdays 10:00-11:30\n\n\
## Schedule and deadlines\n\n| Date | Topic |\n|---|---|\n\
| 9/2/25 | Soil horizons |\n| 9/9/25 | Erosion |\n";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2025-09-02 Soil horizons",
            "lecture 2025-09-09 Erosion"
        ],
        "{stderr}"
    );
    let fields = "Soil Science, Fall 2025\nLectures: Tuesdays 10:00-11:30\n\n\
Deadlines: None\n\nSep 2: Soil horizons\n\nSep 9: Erosion\n";
    let (got, stderr) = events_of(fields, "schedule.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2025-09-02 Soil horizons",
            "lecture 2025-09-09 Erosion"
        ],
        "{stderr}"
    );
}
