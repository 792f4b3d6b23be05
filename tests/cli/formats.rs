//! Small syllabi in every documented shape: the parser is judged on syllabi it has not seen.

use serde_json::Value;

use crate::common::{events_json, fixture, of_kind, starts};

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
            // The midterm replaces Tuesday's lecture of week 5; Thursday's still happens.
            "2025-02-06T14:00:00-05:00",
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

fn titles_of(events: &[Value], kind: &str) -> Vec<String> {
    of_kind(events, kind)
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn tuesday_and_thursday_rows_that_share_a_week_number() {
    let text = "\
# CS 4400: Introduction to Database Systems — Fall 2023
**Lectures:** Tue/Thu 1:30-2:45 PM, Klaus 1443
**Office hours:** Wed 3:00-4:00 PM, CODA 1205

| Week | Date | Topic | Readings | Assignments |
|------|------|-------|----------|-------------|
| 1 | Tue, Aug 22 | Course overview | Ch. 1 | |
| 1 | Thu, Aug 24 | Relational model | Ch. 2 | HW1 out |
| 2 | Tue, Aug 29 | SQL basics | Ch. 3 | HW1 due Fri 11:59pm |
| 2 | Thu, Aug 31 | **Midterm 1** (in class) | | |
| 3 | Tue, Sep 5 | Project presentations | | Final project report due Sep 8 |
| 3 | Thu, Sep 7 | **Final Exam** 2:40-5:30 PM | | |
";
    let (_d, path) = fixture(text, "cs4400.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    assert_eq!(
        titles_of(&events, "lecture"),
        [
            "Course overview",
            "Relational model",
            "SQL basics",
            "Project presentations"
        ],
        "{stderr}"
    );
    let lectures = of_kind(&events, "lecture");
    assert_eq!(lectures[1]["key"], "lecture-1-2");
    assert_eq!(lectures[1]["start"], "2023-08-24T13:30:00-04:00");
    assert_eq!(lectures[1]["description"], "Reading: Ch. 2");
    assert_eq!(of_kind(&events, "release")[0]["start"], "2023-08-24");
    // "due Fri" in a Tuesday row is that week's Friday.
    let d = of_kind(&events, "deadline");
    assert_eq!(d[0]["title"], "Hw1 due");
    assert_eq!(d[0]["start"], "2023-09-01T23:59:00-04:00");
    assert_eq!(
        d[1]["title"], "Final project report due",
        "a final project is not the final exam"
    );
    let exams = of_kind(&events, "exam");
    assert_eq!(titles_of(&events, "exam"), ["Midterm 1", "Final exam"]);
    assert_eq!(
        (exams[1]["start"].as_str(), exams[1]["end"].as_str()),
        (
            Some("2023-09-07T14:40:00-04:00"),
            Some("2023-09-07T17:30:00-04:00")
        )
    );
    assert!(!stderr.contains("out of sequence"), "{stderr}");
}

#[test]
fn a_pdftotext_layout_table_with_wrapped_cells() {
    let text = "\
                         CS 6515 Graduate Algorithms
                              Spring 2023 Syllabus

Class meetings: Tuesday and Thursday, 9:30 - 10:45 AM, Howey L3

 Week    Date      Topic                                     Assignments
 1       Jan 10    Introduction; Dynamic Programming I:      HW1 released
                   Fibonacci, LIS, LCS
         Jan 12    Dynamic Programming II: Knapsack
 2       Jan 17    Shortest paths (Bellman-Ford)             HW1 due;
                                                             HW2 released
         Jan 19    Exam 1 (DP and D&C)

CS 6515 Spring 2023                                                          Page 2 of 3

 Week    Date      Topic                                     Assignments
 3       Jan 24    Max-flow                                  HW2 due 11:59 PM
         May 2     Final Exam (8:00 AM - 10:50 AM)
";
    let (_d, path) = fixture(text, "cs6515.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        [
            "Introduction; Dynamic Programming I:",
            "Dynamic Programming II: Knapsack",
            "Shortest paths (Bellman-Ford)",
            "Max-flow"
        ],
        "{stderr}"
    );
    assert_eq!(
        of_kind(&events, "lecture")[0]["description"],
        "Fibonacci, LIS, LCS"
    );
    assert_eq!(
        starts(&of_kind(&events, "release")),
        ["2023-01-10", "2023-01-17"],
        "{stderr}"
    );
    assert_eq!(titles_of(&events, "exam"), ["Exam 1", "Final exam"]);
    let fin = of_kind(&events, "exam")[1];
    assert_eq!(
        (fin["start"].as_str(), fin["end"].as_str()),
        (
            Some("2023-05-02T08:00:00+03:00"),
            Some("2023-05-02T10:50:00+03:00")
        )
    );
    assert_eq!(
        of_kind(&events, "deadline")[1]["start"],
        "2023-01-24T23:59:00+03:00"
    );
    assert!(
        !stderr.contains("noise"),
        "the repeated header and page footer are not noise: {stderr}"
    );
}

#[test]
fn a_day_code_slot_and_a_section_column() {
    let text = "\
                        MATH 221: Calculus I  -  Spring 2024
                 Section 003   MWF 10:00-10:50   Van Vleck B130

  Date           Section    Topic                                   Due
  Wed Jan 24     1.1        Functions and models
  Fri Jan 26     1.3        New functions from old
  Mon Jan 29     2.1-2.2    Tangent and velocity; limits            Homework 1 due
  Mon Mar 11 - Fri Mar 15   Spring Break - no classes
  Mon Mar 18     3.3        Derivatives of trig functions
";
    let (_d, path) = fixture(text, "math221.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        [
            "Functions and models",
            "New functions from old",
            "Tangent and velocity; limits",
            "Derivatives of trig functions"
        ],
        "{stderr}"
    );
    let l = of_kind(&events, "lecture");
    assert_eq!(l[0]["location"], "Van Vleck B130");
    assert_eq!(
        (l[0]["start"].as_str(), l[0]["end"].as_str()),
        (
            Some("2024-01-24T10:00:00+03:00"),
            Some("2024-01-24T10:50:00+03:00")
        )
    );
    assert_eq!(events[0]["uid"], "math221-spring2024-lecture-1-1@coursecal");
    let out = crate::common::coursecal()
        .arg("events")
        .arg(&path)
        .output()
        .unwrap();
    let head = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        head,
        "MATH 221 Calculus I, Spring 2024: 5 events (Europe/Istanbul)"
    );
}

#[test]
fn header_order_decides_the_columns() {
    let text = "Fall 2023\nLectures: Monday 10:00-12:00\n\n| Date | Week | Topic |\n|---|---|---|\n| Oct 2 | 1 | Intro |\n| Oct 9 | 2 | Holiday - no class |\n| Oct 16 | 3 | Trees |\n";
    let (_d, path) = fixture(text, "order.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Intro", "Trees"],
        "{stderr}"
    );
    assert_eq!(of_kind(&events, "lecture")[1]["week"], 3);
    let text = "Fall 2023\nLectures: Monday 10:00-12:00\n\n| Topic | Date | Assignments |\n|---|---|---|\n| Intro | Oct 2 | |\n| Trees | Oct 9 | HW1 due |\n";
    let (_d, path) = fixture(text, "topicfirst.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Intro", "Trees"],
        "{stderr}"
    );
    assert_eq!(titles_of(&events, "deadline"), ["Hw1 due"]);
}

#[test]
fn a_german_winter_semester_with_day_month_dates() {
    let text = "Advanced Algorithms, WS 2023/24\nVorlesung: Wednesday 10:15-11:45, HS 1\n\n18.10.    Introduction          HW1 out\n25.10.    Sorting\n10.01.    Graphs                HW1 due\n";
    let (_d, path) = fixture(text, "ws.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        [
            "2023-10-18T10:15:00+02:00",
            "2023-10-25T10:15:00+02:00",
            "2024-01-10T10:15:00+01:00"
        ],
        "{stderr}"
    );
    assert_eq!(starts(&of_kind(&events, "release")), ["2023-10-18"]);
}

#[test]
fn a_turkish_course_code_gives_a_readable_uid() {
    let text = "BİL 395 Yazılım Mühendisliği — Güz 2022\nDersler: Pazartesi 13:40-15:30 (BMB2)\n\n1\t3 Ekim\tGiriş\t1. Ödev verildi\n2\t10 Ekim\tGereksinimler\t1. Ödev teslim\n";
    let (_d, path) = fixture(text, "bil395.txt");
    let (events, stderr) = events_json(&path, &[]);
    let lecture = of_kind(&events, "lecture")[0];
    assert_eq!(
        lecture["uid"], "bil395-fall2022-lecture-1@coursecal",
        "{stderr}"
    );
    assert_eq!(lecture["location"], "BMB2");
    assert_eq!(lecture["start"], "2022-10-03T13:40:00+03:00");
    assert_eq!(titles_of(&events, "deadline"), ["Hw1 due"]);
}

#[test]
fn the_course_file_can_settle_the_order_of_slash_dates() {
    let dir = tempfile::tempdir().unwrap();
    // Both readings fit a winter term; the course file says day first.
    std::fs::write(
        dir.path().join("s.txt"),
        "Winter 2025\nLectures: Monday 10:00-12:00\n\n1\t09/12/2024\tIntro\n2\t16/12/2024\tMore\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("c.toml"),
        "syllabus = \"s.txt\"\ndate-order = \"dmy\"\n",
    )
    .unwrap();
    let (events, stderr) = events_json(&dir.path().join("c.toml"), &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2024-12-09T10:00:00+03:00", "2024-12-16T10:00:00+03:00"]
    );
    assert!(stderr.contains("day first"), "{stderr}");
}

#[test]
fn a_bahar_term_and_a_winter_term_that_starts_in_december() {
    let (_d, path) = fixture(
        "Bahar 2023\nDersler: Çarşamba 13:40-15:30\n\n1\t22 Şubat\tGiriş\n2\t1 Mart\tDevam\n",
        "bahar.txt",
    );
    let (events, _) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2023-02-22T13:40:00+03:00", "2023-03-01T13:40:00+03:00"]
    );
    let (_d, path) = fixture(
        "Winter 2025\nLectures: Monday 10:00-12:00\n\n1\tDec 30\tIntro\n2\tJan 6\tMore\n",
        "winter.txt",
    );
    let (events, _) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2024-12-30T10:00:00+03:00", "2025-01-06T10:00:00+03:00"]
    );
}

#[test]
fn a_uk_week_commencing_table_with_an_academic_year() {
    let text = "\
COMP2011 Algorithms and Data Structures
University of Leeds, Semester 1 2023/24
Lectures: Monday 10:00-11:00, Roscoe LT 1.08; Thursday 14:00-15:00, Roscoe LT 1.08

Teaching week   w/c         Topic                               Assessment
1               25 Sept     Introduction
2               2 Oct       Sorting I                           Coursework 1 released
3               9 Oct       Reading week (no lectures)
4               16 Oct      Hashing                             Coursework 1 due Fri 20 Oct, 2pm
";
    let (_d, path) = fixture(text, "leeds.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/London"]);
    assert_eq!(
        titles_of(&events, "lecture"),
        [
            "Introduction",
            "Introduction",
            "Sorting I",
            "Sorting I",
            "Hashing",
            "Hashing"
        ],
        "{stderr}"
    );
    assert_eq!(
        of_kind(&events, "lecture")[1]["start"],
        "2023-09-28T14:00:00+01:00"
    );
    assert_eq!(
        of_kind(&events, "deadline")[0]["start"],
        "2023-10-20T14:00:00+01:00"
    );
    assert!(
        !stderr.contains("lectures are on"),
        "Monday-dated weeks are not flagged: {stderr}"
    );
}

#[test]
fn an_important_dates_list_below_the_table() {
    let text = "\
ECON 101 Principles of Microeconomics — Fall 2023
Lectures: Tuesday 14:00-15:50, Econ 140

Week   Date      Topic
1      Sep 5     Scarcity
2      Sep 12    Supply and demand

Important dates
Problem Set 1 due: Sep 15, 5pm
Midterm exam: Thursday, October 5, 7-9pm, Econ 140
Final exam: December 12, 2023, 9:00am-12:00pm (location TBA)
Last day to drop: Oct 20
";
    let (_d, path) = fixture(text, "econ.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "deadline"),
        ["Problem set 1 due"],
        "{stderr}"
    );
    assert_eq!(
        of_kind(&events, "deadline")[0]["start"],
        "2023-09-15T17:00:00+03:00"
    );
    let exams = of_kind(&events, "exam");
    assert_eq!(titles_of(&events, "exam"), ["Midterm", "Final exam"]);
    assert_eq!(
        (exams[0]["start"].as_str(), exams[0]["end"].as_str()),
        (
            Some("2023-10-05T19:00:00+03:00"),
            Some("2023-10-05T21:00:00+03:00")
        )
    );
    assert_eq!(exams[1]["start"], "2023-12-12T09:00:00+03:00");
}

#[test]
fn paragraphs_and_bullet_lists_are_schedules_too() {
    let text = "PHIL 210 Ethics, Fall 2023\nLectures: Tue/Thu 1:00-2:15 PM, Hall 204\n\nWeek 1 – Sept 5: Introduction. Reading: ch 1.\nWeek 2 – Sept 12: Utilitarianism. Due: Response paper 1.\nWeek 5 – Oct 3: Midterm exam on Thursday Oct 5.\n";
    let (_d, path) = fixture(text, "phil.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(of_kind(&events, "lecture").len(), 5, "{stderr}");
    assert_eq!(titles_of(&events, "deadline"), ["Response paper 1 due"]);
    assert_eq!(
        of_kind(&events, "exam")[0]["start"],
        "2023-10-05T13:00:00+03:00"
    );
    let text = "# STAT 200 (Fall 2023)\n**Lectures:** Mon/Wed 9:00-10:15, Thomas 102\n\n- Sep 6: Intro\n- Sep 11: Distributions\n- Sep 13: Normal distribution — HW1 out\n- Oct 2: No class (Yom Kippur)\n- Oct 4: t-tests\n";
    let (_d, path) = fixture(text, "stat.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        [
            "Intro",
            "Distributions",
            "Normal distribution — HW1 out",
            "t-tests"
        ],
        "{stderr}"
    );
    assert_eq!(starts(&of_kind(&events, "release")), ["2023-09-13"]);
}

#[test]
fn row_times_rooms_side_columns_and_partial_holidays() {
    let text = "\
PHYS 1110 General Physics I — Fall 2023
Lectures: Monday and Wednesday 11:00-11:50, Duane G1B30

Date          Time            Session               Topic                     Room
Mon Aug 28    11:00-11:50     Lecture 1             Units, vectors            G1B30
Thu Aug 31    14:00-15:50     Lab 1                 Measurement & error       F1121
Mon Sep 4     —               Labor Day, no class
Wed Sep 13    7:00-8:30 pm    Exam 1 (evening)      Chapters 1-4              MATH 100
";
    let (_d, path) = fixture(text, "phys.txt");
    let (events, stderr) = events_json(&path, &[]);
    let l = of_kind(&events, "lecture");
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Units, vectors", "Measurement & error"],
        "{stderr}"
    );
    assert_eq!(
        (l[1]["start"].as_str(), l[1]["location"].as_str()),
        (Some("2023-08-31T14:00:00+03:00"), Some("F1121"))
    );
    let exam = of_kind(&events, "exam")[0];
    assert_eq!(
        (exam["start"].as_str(), exam["location"].as_str()),
        (Some("2023-09-13T19:00:00+03:00"), Some("MATH 100"))
    );
    let text = "CS 101, Spring 2024\nLectures: Mon/Wed 10:00-11:00\n\nWeek\tDate\tTopic\tAssignments/Exams\n1\tJan 8\tIntro\tHW1 out\n2\tJan 15\tNo class Monday (MLK Day); Wed: loops\t\n3\tJan 22\tArrays\tHW2 due TBD\n";
    let (_d, path) = fixture(text, "cs101.txt");
    let (events, stderr) = events_json(&path, &[]);
    let dates: Vec<&str> = of_kind(&events, "lecture")
        .iter()
        .map(|e| &e["start"].as_str().unwrap()[..10])
        .collect();
    assert_eq!(
        dates,
        [
            "2024-01-08",
            "2024-01-10",
            "2024-01-17",
            "2024-01-22",
            "2024-01-24"
        ],
        "only Monday of week 2 is off: {stderr}"
    );
    assert_eq!(
        titles_of(&events, "release"),
        ["Hw1 released"],
        "a compound header still names the work column"
    );
    assert!(of_kind(&events, "deadline").is_empty());
    assert!(
        stderr.contains(":7: warning: Hw2 deadline: the date is to be announced"),
        "{stderr}"
    );
}

#[test]
fn ocr_damage_is_set_aside_with_a_warning() {
    let text = "BIO 210 Cell Biology, Fall 2023\nLectures: Tuesday 10:00-11:50\n\nWeek  Date    Topic\n1     Sep 5   Cells\n2     Sep l3  Membranes\n3     Sep 19  Transport\n";
    let (_d, path) = fixture(text, "ocr.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Cells", "Transport"],
        "{stderr}"
    );
    assert!(
        stderr.contains(":6: warning: set aside: the row for week 2 has no readable date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("correct its date in the syllabus, or add what it schedules under [[add]]"),
        "the warning says what to do: {stderr}"
    );
}

#[test]
fn a_deadline_in_another_zone_is_the_same_instant() {
    let text = "CS 500 Seminar, Fall 2023\nLectures: Monday 16:00-18:00\n\n1\tOct 2\tIntro\tPaper 1 due Oct 6, 11:59 PM ET\n2\tOct 9\tTalks\tReport due Oct 13 23:59 AoE\n";
    let (_d, path) = fixture(text, "zones.txt");
    // The course's own zone is given: the syllabus's "ET" alone would make New York the default.
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Istanbul"]);
    let d = of_kind(&events, "deadline");
    // 23:59 in New York (EDT, UTC-4) is 06:59 the next morning in Istanbul.
    assert_eq!(d[0]["start"], "2023-10-07T06:59:00+03:00", "{stderr}");
    // 23:59 anywhere on earth (UTC-12) is 14:59 the next day in Istanbul.
    assert_eq!(d[1]["start"], "2023-10-14T14:59:00+03:00");
}

#[test]
fn an_item_first_course_summary_gives_deadlines_and_no_lectures() {
    let text = "\
Course Information
Lectures: TTh 9:30-10:45AM, Hall 4

Course Summary:
Date\tDetails
Tue Jan 9, 2018\t Worksheet 1\tdue by 11:59pm
Fri Jan 19, 2018\t\t Worksheet 2\tdue by 11:59pm
Sun Jan 28, 2018\tLab 1: Timers and interrupts\tdue by 1am
Thu Feb 8, 2018\tMidterm\tdue by 10:50am
Mon Feb 12, 2018\tHonor code pledge\tdue by 11:59pm
";
    let (_d, path) = fixture(text, "ee30.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert!(of_kind(&events, "lecture").is_empty(), "{stderr}");
    assert_eq!(
        starts(&of_kind(&events, "deadline")),
        [
            "2018-01-09T23:59:00-06:00",
            "2018-01-19T23:59:00-06:00",
            "2018-01-28T01:00:00-06:00",
        ]
    );
    let exam = of_kind(&events, "exam");
    assert_eq!(starts(&exam), ["2018-02-08T09:30:00-06:00"]);
    assert!(stderr.contains("Honor code pledge"), "{stderr}");
}

#[test]
fn a_per_day_table_with_labs_cancelled_classes_and_linked_homework() {
    let text = "\
# CS 145 Functional Programming, Spring 2019

| Date              | Notes |
|:------------------|-------|
| Tuesday, Jan 22   | Out: [HW1]. [Slides](s1.pdf). |
| Wednesday, Jan 23 | *Lab:* Installing the toolchain. |
| Thursday, Jan 24  | [Slides](s2.pdf). |
| Tuesday, Jan 29   | Due: [HW1]. Out: [HW2]. [Slides](s3.pdf). |
| Wednesday, Jan 30 | **No lab.** (No assignment due.) |
| Thursday, Jan 31  | **Class cancelled. Monday office hours cancelled.** |
| Tuesday, Feb 5    | **No class.** (Friday schedule.) |
| Wednesday, Feb 6  | *Lab:* Pattern matching drills. |
| Thursday, Feb 7   | Due: [HW2]. |
";
    let (_d, path) = fixture(text, "cs145.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        ["2019-01-22", "2019-01-24", "2019-01-29", "2019-02-07"],
        "{stderr}"
    );
    let labs = of_kind(&events, "other");
    assert_eq!(starts(&labs), ["2019-01-23", "2019-02-06"]);
    assert_eq!(labs[0]["title"], "Lab: Installing the toolchain.");
    let titles = |kind| {
        of_kind(&events, kind)
            .iter()
            .map(|e| e["title"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles("release"), ["Hw1 released", "Hw2 released"]);
    assert_eq!(titles("deadline"), ["Hw1 due", "Hw2 due"]);
    assert!(!stderr.contains("given again"), "{stderr}");
}

#[test]
fn a_weekday_column_grid_gives_one_lecture_per_cell_and_dates_its_deadlines_by_cell() {
    let text = "\
## Provisional plan for Groups and Rings, Fall 2021

| **Monday** | **Wednesday** | **Friday** |
|------------|---------------|------------|
| Aug 30. Groups | Sep 1. Subgroups | Sep 3. Cosets. **PS 1 due** |
| Sep 6. **Labor Day** | Sep 8. Quotients | Sep 10. Homomorphisms |
| Sep 13. **Fall Break** | Sep 15. **Fall Break** | Sep 17. Rings. **PS 2 due** |
";
    let (_d, path) = fixture(text, "math4120.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Denver"]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(
        starts(&lectures),
        [
            "2021-08-30",
            "2021-09-01",
            "2021-09-03",
            "2021-09-08",
            "2021-09-10",
            "2021-09-17"
        ],
        "{stderr}"
    );
    assert_eq!(lectures[1]["title"], "Subgroups");
    assert_eq!(
        starts(&of_kind(&events, "deadline")),
        ["2021-09-03T23:59:00-06:00", "2021-09-17T23:59:00-06:00"]
    );
}

#[test]
fn dated_sections_with_releases_that_give_their_deadline_in_parentheses() {
    let text = "\
Data Visualisation, Spring 2023
Classes: Mon/Thu 10:00-11:15

Monday, January 9
Topic: Why draw data
Class events: Homework 1 goes out (due date: Monday, January 16)
Thursday, January 12
Topic: Scales
Class events: [Problem set 1](ps1.html) out (due Jan 19)
Monday, January 16
No class - Founders Day
Thursday, January 19
In-class Midterm
";
    let (_d, path) = fixture(text, "dataviz.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/New_York"]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2023-01-09T10:00:00-05:00", "2023-01-12T10:00:00-05:00"],
        "{stderr}"
    );
    assert_eq!(
        starts(&of_kind(&events, "release")),
        ["2023-01-09", "2023-01-12"]
    );
    let deadlines = of_kind(&events, "deadline");
    assert_eq!(
        starts(&deadlines),
        ["2023-01-16T23:59:00-05:00", "2023-01-19T23:59:00-05:00"]
    );
    assert_eq!(deadlines[1]["title"], "Problem set 1 due");
    assert_eq!(
        starts(&of_kind(&events, "exam")),
        ["2023-01-19T10:00:00-05:00"]
    );
}

#[test]
fn a_first_week_dated_on_a_wednesday_keeps_its_tuesday_lecture() {
    let text = "\
Compilers, Fall 2023
Lectures: Tuesday 13:00-15:00

Week\tDate\tTopic
1\tSep 13\tLexing
2\tSep 19\tParsing
";
    let (_d, path) = fixture(text, "compilers.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Istanbul"]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2023-09-12T13:00:00+03:00", "2023-09-19T13:00:00+03:00"],
        "{stderr}"
    );
    assert!(stderr.contains("placed on the lecture day"), "{stderr}");
}

#[test]
fn a_printed_week_table_with_day_rows_a_running_header_and_page_counters() {
    let text = "\
notes.md                                                          2024-02-20

 GEO 210 Rivers and Landscapes
 Lectures: Mon/Wed 10:00-10:50

   Week  Dates        Topic                         Lab
   1     Jan 8–12     Water and rock                No Lab
         Jan 8        Why rivers move
         Jan 10       Sediment
   2     Jan 15–19    Review and Exam 1             No Lab
         Jan 15       No Lecture
         Jan 17       Exam #1
                                    1/2
notes.md                                                          2024-02-20

   Week  Dates        Topic                         Lab
   3     Jan 22–26    Floods                        Mapping
         Jan 22       Flood peaks
         Jan 24       Levees
                                    2/2
";
    let (_d, path) = fixture(text, "geo210.txt");
    let (events, stderr) = events_json(&path, &["--term", "Spring 2024"]);
    // The week rows head their days: each day row is the lecture, the exam keeps its own
    // day, "No Lecture" cancels only its day, and the print date and page counters are no rows.
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        [
            "2024-01-08T10:00:00+03:00",
            "2024-01-10T10:00:00+03:00",
            "2024-01-22T10:00:00+03:00",
            "2024-01-24T10:00:00+03:00",
        ],
        "{stderr}"
    );
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Why rivers move", "Sediment", "Flood peaks", "Levees"]
    );
    assert_eq!(
        starts(&of_kind(&events, "exam")),
        ["2024-01-17T10:00:00+03:00"]
    );
    assert!(!stderr.contains("out of sequence"), "{stderr}");
}

#[test]
fn two_meetings_on_one_date_are_two_events() {
    let text = "\
BIO 330 Systems Biology, Fall 2025

| Code | Day | Date | Time | The topic of the session |
|------|-----|------|------|--------------------------|
| L1 | Mon | 03/11 | 10:00-12:00 | Networks |
| L2 | Wed | 05/11 | 10:00-12:00 | Regression |
| L3 | Wed | 05/11 | 14:00-16:00 | Clustering |
| L4 | Mon | 10/11 | 10:00-12:00 | Pathways |
";
    let (_d, path) = fixture(text, "bio330.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        [
            "2025-11-03T10:00:00+03:00",
            "2025-11-05T10:00:00+03:00",
            "2025-11-05T14:00:00+03:00",
            "2025-11-10T10:00:00+03:00",
        ],
        "{stderr}"
    );
    // "Day" holds weekdays; the dates are under "Date", the titles under the long topic header.
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Networks", "Regression", "Clustering", "Pathways"]
    );
    assert!(!stderr.contains("out of sequence"), "{stderr}");
}

#[test]
fn a_second_table_that_starts_the_term_again_is_read_as_a_table_of_its_own() {
    let text = "\
ART 120 Drawing, Fall 2023
Lectures: Monday 09:00-10:30

Date\tTopic
Sep 4\tLines
Sep 11\tShading
Sep 18\tPerspective
Sep 25\tFigures
Oct 2\tColour
Oct 9\tPortraits

Date\tTopic
Sep 6\tLab: charcoal
Sep 13\tLab: ink
";
    let (_d, path) = fixture(text, "art120.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(of_kind(&events, "lecture").len(), 6, "{stderr}");
    assert_eq!(
        starts(&of_kind(&events, "other")),
        ["2023-09-06", "2023-09-13"],
        "{stderr}"
    );
    assert!(!stderr.contains("out of sequence"), "{stderr}");
}

#[test]
fn no_meeting_rows_give_nothing_and_a_bare_test_row_is_the_exam() {
    let text = "\
ARC 140 Field Methods, Spring 2025
Lectures: Tuesday 14:00-16:00

date\ttitle\ttopics
04.03.25\tSurvey basics\tgrids, transects
11.03.25\tNo Meeting\t
18.03.25\tDating\tlayers, samples
25.03.25\tTest\tbring a pencil
";
    let (_d, path) = fixture(text, "arc140.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        titles_of(&events, "lecture"),
        ["Survey basics", "Dating"],
        "{stderr}"
    );
    assert_eq!(
        starts(&of_kind(&events, "exam")),
        ["2025-03-25T14:00:00+03:00"]
    );
}

#[test]
fn invisible_characters_pasted_into_dates_do_not_hide_them() {
    // A zero-width space and a right-to-left mark, as copying from a web page leaves them.
    let text = "Networks, Fall 2022\nLectures: Tuesday 09:40-12:30\n\nWeek\tDate\tTopic\n1\tOct\u{200b} 4\tIntroduction\n2\tOct 11\u{200f}\tRouting\n";
    let (_d, path) = fixture(text, "net.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        starts(&of_kind(&events, "lecture")),
        ["2022-10-04T09:40:00+03:00", "2022-10-11T09:40:00+03:00"],
        "{stderr}"
    );
    assert!(!stderr.contains("noise"), "{stderr}");
}

#[test]
fn control_characters_spelled_as_html_references_never_reach_the_output() {
    let page = "<html><body><h1>Networks, Fall 2022</h1><p>Lectures: Tuesday 09:40-12:30</p>\n<table><tr><th>Week</th><th>Date</th><th>Topic</th></tr>\n<tr><td>1</td><td>Oct 4</td><td>Intro &#x1b;[2J&#7;routing</td></tr>\n<tr><td>2</td><td>Oct 11</td><td>Switching</td></tr></table></body></html>\n";
    let (_d, path) = fixture(page, "net.html");
    let (events, stderr) = events_json(&path, &[]);
    let lectures = of_kind(&events, "lecture");
    assert_eq!(lectures.len(), 2, "{stderr}");
    let title = lectures[0]["title"].as_str().unwrap();
    assert!(!title.contains(|c: char| c.is_control()), "{title:?}");
    assert!(title.contains("Intro"), "{title:?}");
}
