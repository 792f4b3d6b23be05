//! Schedule shapes, part 3: what is not the course schedule (the university's calendar),
//! meetings expanded over a list of dates, item-first tables, weekday grids and windows.
//! Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::{events_json, fixture, of_kind, summary};

#[test]
fn the_universitys_academic_calendar_before_the_course_table_gives_no_events() {
    let text = "\
OCN 240 Ocean Physics, Spring 2024
Meetings: Tuesdays and Thursdays 9:30-10:45 AM, Hall 12

KEY DATES FROM THE OFFICE OF THE REGISTRAR
January 8              Registration opens for continuing students
January 10 - 12        Orientation for new students
January 16             First day of classes
January 19             Last day to add a course online
                       Tuition payment deadline, 5 p.m.
February 2             Twelfth class day; last day to drop a class for a refund
March 11 - 16          Spring break
April 1                Last day to withdraw from the university
April 26               Last class day
May 4                  Commencement

SCHEDULE
Week   Date     Topic
1      Jan 16   Why the ocean moves
1      Jan 18   Density and salinity
2      Jan 23   Waves
2      Jan 25   Tides
";
    let (_d, path) = fixture(text, "ocn240.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-01-16 Why the ocean moves",
            "lecture 2024-01-18 Density and salinity",
            "lecture 2024-01-23 Waves",
            "lecture 2024-01-25 Tides",
        ],
        "{stderr}"
    );
    assert!(
        stderr
            .contains(":5: warning: set aside: lines 5-14 are the university's academic calendar"),
        "{stderr}"
    );
    assert!(of_kind(&events, "deadline").is_empty());
}

#[test]
fn ordinal_exams_week_lines_and_an_exam_named_twice_in_the_grading_list() {
    let text = "\
GEOL 105 Rocks and Minerals, Spring 2024
Class meets MWF 10:00-10:50 AM

GRADING
     Labs                  40%
     Exam 1 (2/9)          30%
     Exam 2 (2/23)         30%

Date         Topic
   1/29      WEEK 1 No lab this week
   1/29      Crystals
   1/31      Silicates
   2/2       Carbonates

   2/5-9     WEEK 2 Lab 1 Hand samples
   2/5       Igneous rocks
   2/7       Review for the first exam
   2/9       FIRST EXAM

   2/19      Metamorphism
   2/21      Review
   2/23      SECOND EXAM
";
    let (_d, path) = fixture(text, "geol105.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let lectures: Vec<String> = summary(&events)
        .into_iter()
        .filter(|s| s.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2024-01-29 Crystals",
            "lecture 2024-01-31 Silicates",
            "lecture 2024-02-02 Carbonates",
            "lecture 2024-02-05 Igneous rocks",
            "lecture 2024-02-07 Review for the first exam",
            "lecture 2024-02-19 Metamorphism",
            "lecture 2024-02-21 Review",
        ],
        "{stderr}"
    );
    let exams: Vec<String> = of_kind(&events, "exam")
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["start"].as_str().unwrap(),
                e["title"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        exams,
        [
            "2024-02-09T10:00:00-06:00 FIRST EXAM",
            "2024-02-23T10:00:00-06:00 SECOND EXAM"
        ],
        "{stderr}"
    );
}

#[test]
fn an_important_dates_list_and_a_weekly_meeting_line_give_the_lectures() {
    let text = "\
ART 330 Printmaking Studio

Key dates
First class: Wednesday, Feb. 1
Last class: Wednesday, Mar. 15
No class: Wednesday, Feb. 22 (studio cleaning)
          Wednesday, Mar. 8 (field trip week)

Class meetings
Wednesday, 9:00-11:30 AM in Studio B

Bring an apron to every class.

3/2/97, revised 9/1/19 (course notes history)
";
    let (_d, path) = fixture(text, "art330.txt");
    let (events, stderr) = events_json(
        &path,
        &["--term", "Spring 2023", "--timezone", "America/New_York"],
    );
    let starts: Vec<&str> = events
        .iter()
        .map(|e| e["start"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2023-02-01T09:00:00-05:00",
            "2023-02-08T09:00:00-05:00",
            "2023-02-15T09:00:00-05:00",
            "2023-03-01T09:00:00-05:00",
            "2023-03-15T09:00:00-04:00",
        ],
        "{stderr}"
    );
    assert!(events.iter().all(|e| e["kind"] == "lecture"));
    assert_eq!(events[0]["location"], "Studio B");
    assert_eq!(events[0]["end"], "2023-02-01T11:30:00-05:00");
    assert!(stderr.contains("years away from Spring 2023"), "{stderr}");
}

#[test]
fn work_told_in_words_with_a_due_date_column_is_released_at_its_session_and_due_then() {
    let text = "\
# Field Survey Methods, HS 2024

| date | title | topics | homework | homework_date |
|------|-------|--------|----------|---------------|
| 18.09.24 | Welcome | Course plan | | |
| 25.09.24 | Levelling | Instruments, errors | Level the car park and write up the loop | 01.10.24 |
| 02.10.24 | Total stations | Setup, traverse | Questions and answers | |
| 09.10.24 | Mapping | Symbols | Draw a plan of your project site | 15.10.24 |
";
    let (_d, path) = fixture(text, "survey.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Zurich"]);
    let work: Vec<String> = summary(&events)
        .into_iter()
        .filter(|s| !s.starts_with("lecture"))
        .collect();
    assert_eq!(
        work,
        [
            "release 2024-09-25 Homework 1 released: Level the car park and write up the loop",
            "deadline 2024-10-01 Homework 1 due: Level the car park and write up the loop",
            "release 2024-10-09 Homework 2 released: Draw a plan of your project site",
            "deadline 2024-10-15 Homework 2 due: Draw a plan of your project site",
        ],
        "{stderr}"
    );
    assert_eq!(of_kind(&events, "lecture").len(), 4);
    assert_eq!(of_kind(&events, "deadline")[0]["homework"], "Homework 1");
}
