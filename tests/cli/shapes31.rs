//! Schedule shapes, part 31: exams and releases are not lectures (issue #8). How real
//! syllabi state an exam in a row of its own: the exam's name first with a few words about it
//! ("Midterm replaces the lecture"), behind a bullet, or behind the setting it is held in
//! ("In-class midterm"); a review or practice of the exam, a final topic and a quiz beside a
//! topic stay classes. Every fixture is written for these tests (invented courses, topics and
//! dates).

use crate::common::events_of;

/// A week table whose exam rows say a little more than the exam's name: each is the exam at
/// the class's hour, and no lecture that day; the review before it and a final-words class
/// stay lectures.
#[test]
fn an_exam_row_with_words_about_the_exam_is_the_exam_and_no_lecture() {
    let text = "Number Theory, Fall 2022\nLectures: Tuesday 10:00-11:30, Room 4\n\n\
Date\tTopic\n\
Oct 4\tPrimes\n\
Oct 11\tMidterm review\n\
Oct 18\tMidterm replaces the lecture\n\
Oct 25\tIn-class quiz 2; congruences\n\
Nov 1\t* Final Exam\n\
Nov 8\tFinal remarks\n\
Nov 15\tExamen de pratique\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert_eq!(
        got,
        [
            "lecture 2022-10-04 Primes",
            "lecture 2022-10-11 Midterm review",
            "exam 2022-10-18 Midterm replaces the lecture",
            "lecture 2022-10-25 In-class quiz 2; congruences",
            "exam 2022-11-01 Final exam",
            "lecture 2022-11-08 Final remarks",
            "lecture 2022-11-15 Examen de pratique",
        ],
        "{stderr}"
    );
}

/// The setting before the exam's name, in words and in other languages: the exam, named by
/// the exam's word.
#[test]
fn the_setting_written_before_an_exam_names_no_topic() {
    let text = "Datenbanken, WS 2023/24\nVorlesung: Mittwoch 10:15-11:45\n\n\
Datum\tThema\n\
18.10.\tRelationen\n\
25.10.\tin-class exam 1\n\
08.11.\tSchriftliche Klausur\n\
15.11.\tSQL\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert!(
        got.contains(&"exam 2023-10-25 Exam 1".to_string()),
        "{got:?}\n{stderr}"
    );
    assert!(
        got.iter().any(|e| e.starts_with("exam 2023-11-08")),
        "{got:?}\n{stderr}"
    );
    assert!(
        !got.iter()
            .any(|e| e.starts_with("lecture 2023-10-25") || e.starts_with("lecture 2023-11-08")),
        "{got:?}"
    );
}

/// Releases as real week tables state them: the release with its deadline in the next
/// clause, two items in one notes cell each with its own verb after it, and solutions put up
/// for earlier work, which release nothing.
#[test]
fn a_release_is_told_by_its_own_verb_and_solutions_release_nothing() {
    let text = "Statistics 2, Fall 2022\nLectures: Tuesday 10:00-11:30\n\n\
Date\tTopic\tNotes\n\
Oct 4\tSampling\tHomework 1 released. Due on October 11 at 11:59pm.\n\
Oct 11\tEstimators\tHW 02 Due/ HW 03 Assigned\n\
Oct 18\tIntervals\tHomework 2 solutions released\n";
    let (lines, stderr) = events_of(text, "schedule.txt", &[]);
    let mut got: Vec<String> = lines
        .into_iter()
        .filter(|e| !e.starts_with("lecture"))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            "deadline 2022-10-11 Hw02 due",
            "deadline 2022-10-11 Hw1 due",
            "release 2022-10-04 Hw1 released",
            "release 2022-10-11 Hw03 released",
        ],
        "{stderr}"
    );
}

/// Work handed out in Chinese, the verb joined to the work's word without a space: a release,
/// beside the hand-in of the one before.
#[test]
fn work_handed_out_in_chinese_is_a_release() {
    let text = "算法设计 2022年秋季\n\n日期\t课程安排\n\
2022年10月10日\t布置实验1\n\
2022年10月17日\t实验1提交, 布置实验2\n";
    let (lines, stderr) = events_of(text, "schedule.txt", &[]);
    let mut got: Vec<String> = lines
        .into_iter()
        .filter(|e| !e.starts_with("lecture"))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            "deadline 2022-10-17 Lab 1 due",
            "release 2022-10-10 Lab 1 released",
            "release 2022-10-17 Lab 2 released",
        ],
        "{stderr}"
    );
}

/// An evaluation table laid out in spaced columns, the exam's name before its date and its
/// weight after (`Examen intra   23 octobre 2019   35%`): the exam on that day, no lecture.
#[test]
fn an_exam_named_before_its_date_in_an_evaluation_table_is_the_exam() {
    let text = "Programmation web, automne 2019\nCours : mercredi 9h30-12h30\n\n\
Semaine 1 - 2 octobre\n\n   Cours : Formulaires\n\n\
Semaine 2 - 9 octobre\n\n   Cours : Sessions\n\n\
Semaine 3 - 16 octobre\n\n   Cours : Sécurité\n\n\
Évaluation\n\n\
      Description          Date                  Pondération\n\
      Examen intra         23 octobre 2019       40%\n";
    let (got, stderr) = events_of(text, "schedule.txt", &[]);
    assert_eq!(
        got.last().map(String::as_str),
        Some("exam 2019-10-23 Examen intra"),
        "{got:?}\n{stderr}"
    );
    assert!(
        !got.iter().any(|e| e.starts_with("lecture 2019-10-23")),
        "{got:?}\n{stderr}"
    );
}
