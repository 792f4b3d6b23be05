//! Schedule shapes, session 14 (issue 8, PDF and LaTeX syllabi from the dev11 set): an
//! important-dates list above the weekly outline, and the registrar's dates in it.

use crate::common::timed_events_of;

const ZONE: &[&str] = &["--timezone", "America/Toronto"];

/// Each event as "KIND START TITLE" (see [`timed_events_of`]).
fn events(text: &str, name: &str) -> (Vec<String>, String) {
    timed_events_of(text, name, ZONE)
}

/// A list of key dates with dot leaders (tests, the midterm, a registrar's date) above the
/// weekly outline: the outline is the schedule, not the same days told again. Each week's
/// class is held beside its test (the tests sit in the lab hour); the midterm week is no
/// class; the last day to drop, a Monday, is no class.
#[test]
fn a_key_dates_list_above_the_weekly_outline_leaves_the_outline_its_classes() {
    let text = r#"GEO 210: Rivers and Floods                                   Summer 2024

Class: Thursdays 10:00 - 12:00 (Room B12)
Lab: Thursdays 9:00 - 10:00

Key Dates:
            Test 1 . . . . . . . . . . . . . . . . . . June 13th
            Test 2 . . . . . . . . . . . . . . . . . . June 20th
            Midterm . . . . . . . . . . . . . . . . . June 27th
            Last day to drop . . . . . . . . . . . . July 1st
            Test 3 . . . . . . . . . . . . . . . . . . July 4th

Weekly Plan:
    • Week 1 (June 6th): Catchments and runoff.
    • Week 2 (June 13th): Channel forms (Test 1).
    • Week 3 (June 20th): Sediment transport (Test 2).
    • Week 4 (June 27th): Midterm (in class).
    • Week 5 (July 4th): Flood frequency (Test 3).
"#;
    let (got, stderr) = events(text, "outline.txt");
    assert_eq!(
        got,
        [
            "lecture 2024-06-06T10:00 Catchments and runoff.",
            "lecture 2024-06-13T10:00 Channel forms (Test 1).",
            "exam 2024-06-13T10:00 Test 1",
            "lecture 2024-06-20T10:00 Sediment transport (Test 2).",
            "exam 2024-06-20T10:00 Test 2",
            "exam 2024-06-27T10:00 Midterm",
            "lecture 2024-07-04T10:00 Flood frequency (Test 3).",
            "exam 2024-07-04T10:00 Test 3",
        ],
        "{stderr}"
    );
}

/// Look-alike: a test alone on a day no other row teaches still takes that class's place, and
/// a registrar's date on a class day keeps the class.
#[test]
fn a_test_alone_on_its_day_still_replaces_the_class() {
    let text = r#"GEO 210: Rivers and Floods                                   Summer 2024

Class: Thursdays 10:00 - 12:00 (Room B12)

Schedule:
    • June 6th: Catchments and runoff.
    • June 13th: Test 1
    • June 20th: Last day to drop
    • June 27th: Sediment transport.
"#;
    let (got, stderr) = events(text, "outline.txt");
    assert_eq!(
        got,
        [
            "lecture 2024-06-06T10:00 Catchments and runoff.",
            "exam 2024-06-13T10:00 Test 1",
            "lecture 2024-06-20T10:00 Last day to drop",
            "lecture 2024-06-27T10:00 Sediment transport.",
        ],
        "{stderr}"
    );
}

/// A key-dates list closing with an item whose date is to be announced (`Final Exam . . .
/// TBA`): that line is not more of the item above, so the final exam is not put on the last
/// listed date; it is warned about.
#[test]
fn an_item_to_be_announced_under_a_key_date_is_not_that_date() {
    let text = r#"GEO 210: Rivers and Floods                                   Summer 2024

Class: Thursdays 10:00 - 12:00 (Room B12)

Key Dates:
            Test 1 . . . . . . . . . . . . . . . . . . June 13th
            Last day to drop . . . . . . . . . . . . July 1st
            Test 2 . . . . . . . . . . . . . . . . . . July 18th
            Final Exam . . . . . . . . . . . . . . . TBA

Weekly Plan:
    • Week 1 (June 6th): Catchments and runoff.
    • Week 2 (June 13th): Channel forms (Test 1).
    • Week 3 (July 18th): Floodplains (Test 2).
"#;
    let (got, stderr) = events(text, "outline.txt");
    assert_eq!(
        got,
        [
            "lecture 2024-06-06T10:00 Catchments and runoff.",
            "lecture 2024-06-13T10:00 Channel forms (Test 1).",
            "exam 2024-06-13T10:00 Test 1",
            "lecture 2024-07-18T10:00 Floodplains (Test 2).",
            "exam 2024-07-18T10:00 Test 2",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("the date is to be announced"), "{stderr}");
}

/// A document in prose paragraphs, read line by line for want of a layout (the dates sit
/// inside sentences): the paragraph on grading further down, which names the final exam, is
/// no more of the last dated line, so no exam is put on the demo day.
#[test]
fn prose_read_without_a_layout_keeps_later_paragraphs_off_the_dated_lines() {
    let text = r#"Soil Physics (Fall 2025)

1. Project
   Each team shows a short demo of its project in the lab on November 25 and
   on December 2, in the order of the team list.

2. Grading
   Half of the grade comes from the project, the other half from the
   final exam, which covers all the units.
"#;
    let (got, stderr) = timed_events_of(text, "notes.txt", ZONE);
    assert!(
        got.iter().all(|e| !e.starts_with("exam")),
        "{got:?}\n{stderr}"
    );
    assert_eq!(got.len(), 2, "{got:?}\n{stderr}");
}

/// A team project's check-ins named as updates (`Status Update`, `progress update`) are work
/// due like a report or a proposal; a topic that only mentions an update stays a class.
#[test]
fn status_and_progress_updates_fall_due_like_reports() {
    let text = r#"ROB 310 Field Robots, Spring 2022

Lectures: Mondays 14:00-15:30

Project milestones:
  ● Team Proposal (ungraded) - due on Sunday, January 30th, 2022 at 11:59 PM.
  ● Status Update (ungraded) - due on Sunday, February 6th, 2022 at 11:59 PM.
  ● Final progress update due on Sunday, February 20th, 2022 at 11:59 PM.

Schedule:
  ● Monday, February 7th, 2022: Sensors; software update of the robots.
"#;
    let (got, stderr) = events(text, "syllabus.txt");
    assert_eq!(
        got,
        [
            "deadline 2022-01-30T23:59 Team Proposal due",
            "deadline 2022-02-06T23:59 Status Update due",
            "lecture 2022-02-07T14:00 Sensors; software update of the robots.",
            "deadline 2022-02-20T23:59 Final progress update due",
        ],
        "{stderr}"
    );
}

/// A deadline's `PM` wrapped onto the next line by the PDF's text (`at 11:59` / `PM AZ Time`)
/// still makes it fall due at night, not twelve hours early.
#[test]
fn a_pm_wrapped_onto_the_next_line_keeps_the_deadline_at_night() {
    let text = r#"ROB 310 Field Robots, Spring 2022

Assignments:
    ● Sensor Assignment - due at the end of Week 1 on Sunday, January 16, 2022 at 11:59
        PM AZ Time.
    ● Motor Assignment - due at the end of Week 2 on Sunday, January 23, 2022 at 11:59 PM
        AZ Time.
"#;
    let (got, stderr) = events(text, "syllabus.txt");
    assert_eq!(
        got,
        [
            "deadline 2022-01-16T23:59 Sensor Assignment due",
            "deadline 2022-01-23T23:59 Motor Assignment due",
        ],
        "{stderr}"
    );
}

/// One line per meeting, a holiday written as a bracketed note after the date: no class that
/// day (before, an untitled "Lecture 2").
#[test]
fn a_bracketed_no_class_note_after_the_date_is_a_day_off() {
    let text = r#"GEO 120 Maps and Data - Tentative Schedule

Mon Aug 31: Map projections.
Wed Sept 2: Coordinate systems.

Mon Sept 7: (No class, Labor Day)
Wed Sept 9: Layers (online).

Updated: Sept 1, 2020
"#;
    let (got, stderr) = events(text, "schedule.txt");
    assert_eq!(
        got,
        [
            "lecture 2020-08-31 Map projections.",
            "lecture 2020-09-02 Coordinate systems.",
            "lecture 2020-09-09 Layers (online).",
        ],
        "{stderr}"
    );
}

/// Weeks written as ranges whose ends both carry the year (an online course's week list):
/// each week's class falls on the slot's day, not on the range's first and last days.
#[test]
fn a_week_range_with_the_year_on_both_ends_meets_on_the_slot_day() {
    let text = r#"ROB 310 Field Robots, Spring 2022

Lectures: Tuesdays 10:00-11:00

- Week 1 (January 10, 2022 - January 16, 2022): Sensors
- Week 2 (January 17, 2022 - January 23, 2022): Motors
"#;
    let (got, stderr) = events(text, "syllabus.txt");
    assert_eq!(
        got,
        [
            "lecture 2022-01-11T10:00 Sensors",
            "lecture 2022-01-18T10:00 Motors",
        ],
        "{stderr}"
    );
}

/// Two topic columns, the first holding only the session's number (`Séance | Date |
/// Contenu`): the words are the topic, so each class is titled by its content and an exam
/// there is read (before, every title was the number and the content a detail).
#[test]
fn a_numbered_session_column_beside_the_content_column_is_no_topic() {
    let text = r#"Chimie des sols — Automne 2024
Cours : le lundi de 10h15 à 12h15, salle 12

Séance   Date                 Contenu
1        Lundi 9 septembre    Les argiles
2        Lundi 16 septembre   Le pH des sols
3        Lundi 23 septembre   Examen partiel
4        Lundi 30 septembre   Les humus
"#;
    let (got, stderr) = timed_events_of(text, "plan.txt", &["--timezone", "Europe/Paris"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-09T10:15 Les argiles",
            "lecture 2024-09-16T10:15 Le pH des sols",
            "exam 2024-09-23T10:15 Midterm",
            "lecture 2024-09-30T10:15 Les humus",
        ],
        "{stderr}"
    );
}

/// Exams counted by an ordinal before their name, as Portuguese and Spanish plans write them
/// (`1ª Prova`, `2º Parcial`, and `2nd Midterm`): each is that exam, not a class.
#[test]
fn an_exam_counted_by_an_ordinal_before_its_name_is_that_exam() {
    let text = r#"Geometria Analítica — 2º semestre de 2024
Aulas: segundas, 19h00 às 20h40, sala 12

Data        Conteúdo
05/08       Vetores
12/08       1ª Prova
19/08       Retas e planos
26/08       2º Parcial
"#;
    let (got, stderr) = timed_events_of(text, "plano.txt", &["--timezone", "America/Sao_Paulo"]);
    assert_eq!(
        got,
        [
            "lecture 2024-08-05T19:00 Vetores",
            "exam 2024-08-12T19:00 Exam 1",
            "lecture 2024-08-19T19:00 Retas e planos",
            "exam 2024-08-26T19:00 Midterm 2",
        ],
        "{stderr}"
    );
}

/// Japanese and Korean plans say a class is cancelled with 休講 / 휴강; the room after a time
/// in full-width brackets keeps no bracket or comma.
#[test]
fn a_cancelled_class_in_japanese_or_korean_is_no_lecture() {
    let text = r#"2024年度 後期 情報理論
授業時間：水曜日 3限（13:00〜14:30）、講義室 B12

回   日付           内容
1    10月2日(水)    ガイダンス
2    10月9日(水)    休講
3    10月16日(水)   符号化
"#;
    let (got, stderr) = timed_events_of(text, "plan.txt", &["--timezone", "Asia/Tokyo"]);
    assert_eq!(
        got,
        [
            "lecture 2024-10-02T13:00 ガイダンス",
            "lecture 2024-10-16T13:00 符号化",
        ],
        "{stderr}"
    );
    let (_dir, path) = crate::common::fixture(text, "plan.txt");
    let (events, stderr) = crate::common::events_json(&path, &["--timezone", "Asia/Tokyo"]);
    assert_eq!(events[0]["location"], "講義室 B12", "{stderr}");
    let text = r#"2024학년도 2학기 정보이론
강의: 화요일 10:30-12:00, 공학관 301호

주차  날짜           내용
1     9월 3일 (화)   오리엔테이션
2     9월 10일 (화)  휴강
3     9월 24일 (화)  부호화
"#;
    let (got, stderr) = timed_events_of(text, "plan.txt", &["--timezone", "Asia/Seoul"]);
    assert_eq!(
        got,
        [
            "lecture 2024-09-03T10:30 오리엔테이션",
            "lecture 2024-09-24T10:30 부호화",
        ],
        "{stderr}"
    );
}

/// Work falling due in Japanese and Korean plans (`課題2提出（11月8日）`, `과제 1 마감 (11월 8일)`):
/// the assignment is due on the day it names, beside the class.
#[test]
fn assignments_due_in_japanese_and_korean_are_deadlines() {
    let text = r#"2024年度 後期 情報理論
授業時間：水曜日 13:00〜14:30

回   日付           内容
1    10月30日(水)   ガイダンス
2    11月6日(水)    符号化、課題2提出（11月8日）
"#;
    let (got, stderr) = timed_events_of(text, "plan.txt", &["--timezone", "Asia/Tokyo"]);
    assert!(
        got.contains(&"deadline 2024-11-08T23:59 Assignment 2 due".to_string()),
        "{got:?}\n{stderr}"
    );
    let text = r#"2024학년도 2학기 정보이론
강의: 화요일 10:30-12:00

주차  날짜           내용
1     10월 29일 (화)  오리엔테이션
2     11월 5일 (화)   부호화; 과제 1 마감 (11월 8일)
"#;
    let (got, stderr) = timed_events_of(text, "plan.txt", &["--timezone", "Asia/Seoul"]);
    assert!(
        got.contains(&"deadline 2024-11-08T23:59 Assignment 1 due".to_string()),
        "{got:?}\n{stderr}"
    );
}
