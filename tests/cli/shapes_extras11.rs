//! Schedule shapes, session 11: fewer invented lectures (issue 8). Each fixture is written in
//! our own words in a shape harvested from development syllabi of several universities; each
//! has a look-alike that keeps its lectures.

use crate::common::lectures_of;

/// Days off named by what they are (a holiday by its name, a break after a feast, the study
/// days before the exams) give no lecture, as `Holiday` and `Spring break` already did.
#[test]
fn named_days_off_give_no_lecture() {
    let text = r#"# Medieval Towns — Spring 2024

Lectures: Monday and Wednesday 09:00-10:15, Hall 3.

| Date | Topic |
|---|---|
| Mar 25 | Charters and markets |
| Mar 27 | Guilds |
| Apr 1 | Easter Monday |
| Apr 3 | Easter break |
| Apr 8 | Bridges and walls |
| Apr 10 | Study period |
"#;
    let (lectures, stderr) = lectures_of(text, "towns.md", &["--timezone", "Europe/Dublin"]);
    assert_eq!(
        lectures,
        [
            "lecture 2024-03-25T09:00 Charters and markets",
            "lecture 2024-03-27T09:00 Guilds",
            "lecture 2024-04-08T09:00 Bridges and walls",
        ],
        "{stderr}"
    );
}

/// German public holidays by name in both day columns of a week table.
#[test]
fn german_holidays_by_name_give_no_lecture() {
    let text = r#"# Softwaretechnik — Sommersemester 2026

| Woche | Datum | Vorlesung | Übung |
|---|---|---|---|
| 1 | 13. April | Einführung | Werkzeuge |
| 2 | 20. April | Anforderungen | Git |
| 3 | 01. Mai | _Tag der Arbeit_ | _Tag der Arbeit_ |
| 4 | 04. Mai | Entwurf | Tests |
| 5 | 25. Mai | _Pfingstmontag_ | _Pfingstmontag_ |
| 6 | 01. Juni | Architektur | Review |
"#;
    let (lectures, stderr) = lectures_of(text, "swt.md", &["--timezone", "Europe/Berlin"]);
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert_eq!(
        dates,
        ["2026-04-13", "2026-04-20", "2026-05-04", "2026-06-01"],
        "{lectures:?}\n{stderr}"
    );
}

/// A Spanish week row saying that classes will not be given that day (an exam sitting of the
/// faculty) gives no lecture.
#[test]
fn classes_not_given_in_spanish_give_no_lecture() {
    let text = r#"# Teoría de Grafos — 2020

| Clase | Fecha | Tema |
|---|---|---|
| 1 | martes 15 de Septiembre | Grafos y caminos |
| 2 | martes 22 de Septiembre | Árboles |
| 3 | martes 29 de Septiembre | Mesa de examen - No se dictarán clases |
| 4 | martes 6 de Octubre | Flujos |
"#;
    let (lectures, stderr) = lectures_of(
        text,
        "grafos.md",
        &["--timezone", "America/Argentina/Buenos_Aires"],
    );
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert_eq!(
        dates,
        ["2020-09-15", "2020-09-22", "2020-10-06"],
        "{lectures:?}\n{stderr}"
    );
}

/// The look-alike: a topic that only mentions a feast or a period is a class.
#[test]
fn a_topic_naming_a_feast_keeps_its_lecture() {
    let text = r#"# Medieval Towns — Spring 2024

Lectures: Monday and Wednesday 09:00-10:15, Hall 3.

| Date | Topic |
|---|---|
| Mar 25 | Charters and markets |
| Mar 27 | Easter fairs and their tolls |
| Apr 1 | The plague period |
"#;
    let (lectures, stderr) = lectures_of(text, "towns.md", &["--timezone", "Europe/Dublin"]);
    assert_eq!(lectures.len(), 3, "{lectures:?}\n{stderr}");
}

/// The course's sections listed one after the other, each with its own day's dates (the
/// second list starts a month before the first ends): a week holds two rows once the dates
/// are put in order, so each row is one class on its own date,
/// not moved to the first section's weekday.
#[test]
fn sections_listed_one_after_the_other_keep_their_days() {
    let text = r#"# Programming II — 2022

Lectures: Monday 9:00-13:00

## Calendar

### Group A (Mondays)

1. 1 August
2. 8 August
3. 22 August
4. 29 August
5. 5 September
6. 12 September

### Group B (Fridays)

1. 5 August
2. 12 August
3. 19 August
4. 26 August
5. 2 September
6. 9 September
"#;
    let (lectures, stderr) = lectures_of(
        text,
        "prog.md",
        &[
            "--timezone",
            "America/Argentina/Cordoba",
            "--term",
            "Fall 2022",
        ],
    );
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert_eq!(
        dates,
        [
            "2022-08-01",
            "2022-08-05",
            "2022-08-08",
            "2022-08-12",
            "2022-08-19",
            "2022-08-22",
            "2022-08-26",
            "2022-08-29",
            "2022-09-02",
            "2022-09-05",
            "2022-09-09",
            "2022-09-12"
        ],
        "{lectures:?}\n{stderr}"
    );
}

/// A week table dated by its one class day, with one week's class moved to a Saturday: the
/// make-up class stays on its Saturday.
#[test]
fn a_make_up_class_on_another_day_keeps_its_date() {
    let text = r#"# Climate Data Analysis — Fall 2025

Lectures: Wednesday 19:00-21:50, Room 101.

| Week | Date | Topic |
|---|---|---|
| 1 | Sep 10 (Wed) | Course overview |
| 2 | Sep 17 (Wed) | Shell basics |
| 3 | Sep 24 (Wed) | Version control |
| 4 | Oct 11 (Sat) | Python basics |
| 5 | Oct 15 (Wed) | Python functions |
| 6 | Oct 22 (Wed) | Plotting |
"#;
    let (lectures, stderr) = lectures_of(text, "climate.md", &["--timezone", "Asia/Shanghai"]);
    assert!(
        lectures.iter().any(|l| l.starts_with("lecture 2025-10-11")),
        "{lectures:?}\n{stderr}"
    );
    assert!(
        !lectures.iter().any(|l| l.starts_with("lecture 2025-10-08")),
        "{lectures:?}\n{stderr}"
    );
    assert_eq!(lectures.len(), 6, "{lectures:?}\n{stderr}");
}

/// The look-alike: a table dated by the week's first working day (a Tuesday after a Monday
/// holiday) in a course that meets twice a week still has the week's classes on their days.
#[test]
fn a_week_dated_off_a_two_day_slot_still_gives_the_slot_days() {
    let text = r#"# Statics — Fall 2025

Lectures: Monday and Thursday 10:00-11:15, Room 4.

| Week | Date | Topic |
|---|---|---|
| 1 | Sep 1 | Forces |
| 2 | Sep 8 | Moments |
| 3 | Sep 16 | Equilibrium |
| 4 | Sep 22 | Trusses |
"#;
    let (lectures, stderr) = lectures_of(text, "statics.md", &["--timezone", "America/Chicago"]);
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert!(dates.contains(&"2025-09-18"), "{lectures:?}\n{stderr}");
    assert!(!dates.contains(&"2025-09-16"), "{lectures:?}\n{stderr}");
}

/// A day table in weeks, each under its `WEEK N` row: the Monday opens a recess and the
/// week's other days are left blank after it. The blank days are more of the recess (the
/// next week's label, run into the Friday by the layout, is no topic either).
#[test]
fn blank_days_after_a_day_off_in_its_week_give_no_lecture() {
    let text = r#"# Probability — Spring 2024

| **Day** | **Date** | **Topic** |
|---|---|---|
| **WEEK 9** | | |
| Monday | March 4, 2024 | Sampling |
| Wednesday | March 6, 2024 | Estimators |
| Friday | March 8, 2024 | Intervals |
| **WEEK 10** | | |
| Monday | March 11, 2024 | Spring Recess no Class |
| Wednesday | March 13, 2024 | |
| Friday | March 15, 2024 | |
| **WEEK 11** | | |
| Monday | March 18, 2024 | Tests |
| Wednesday | March 20, 2024 | Errors |
| Friday | March 22, 2024 | Power |
"#;
    let (lectures, stderr) = lectures_of(text, "prob.md", &["--timezone", "America/Denver"]);
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert_eq!(
        dates,
        [
            "2024-03-04",
            "2024-03-06",
            "2024-03-08",
            "2024-03-18",
            "2024-03-20",
            "2024-03-22"
        ],
        "{lectures:?}\n{stderr}"
    );
}

/// The look-alike: a blank Tuesday before the Friday holiday of its week is a class whose
/// topic was not written.
#[test]
fn a_blank_day_before_a_day_off_keeps_its_lecture() {
    let text = r#"# Game Design — Fall 2025

| Day | Date | Topic |
|---|---|---|
| Tuesday | 11/18 | Level design |
| Friday | 11/21 | Playtesting |
| Tuesday | 11/25 | |
| Friday | 11/28 | NO CLASS (Thanksgiving Break) |
| Tuesday | 12/2 | Polish |
| Friday | 12/5 | Showcase |
"#;
    let (lectures, stderr) = lectures_of(
        text,
        "games.md",
        &["--timezone", "America/New_York", "--term", "Fall 2025"],
    );
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert!(dates.contains(&"2025-11-25"), "{lectures:?}\n{stderr}");
    assert!(!dates.contains(&"2025-11-28"), "{lectures:?}\n{stderr}");
}

/// The same recess week in a web page's single table, where each week's label row and its
/// header row sit between the day rows: the layout runs `WEEK 11` into the blank Friday above
/// it, which is still no topic.
#[test]
fn a_week_label_run_into_a_blank_day_is_no_topic() {
    let week = |n: u32| {
        format!(
            "<tr><td><strong>WEEK {n}</strong></td><td></td><td></td></tr>\n\
             <tr><td><strong>Day</strong></td><td><strong>Date</strong></td><td><strong>Topic</strong></td></tr>\n"
        )
    };
    let day = |d: &str, date: &str, topic: &str| {
        format!(
            "<tr><td>{d}</td><td>{date}</td><td>{topic}</td></tr>\n<tr><td></td><td></td><td></td></tr>\n"
        )
    };
    let mut rows = String::new();
    rows += &week(9);
    rows += &day("Monday", "March 4, 2024", "Sampling");
    rows += &day("Wednesday", "March 6, 2024", "Estimators");
    rows += &day("Friday", "March 8, 2024", "Intervals");
    rows += &week(10);
    rows += &day("Monday", "March 11, 2024", "Spring Recess no Class");
    rows += &day("Wednesday", "March 13, 2024", "");
    rows += &day("Friday", "March 15, 2024", "");
    rows += &week(11);
    rows += &day("Monday", "March 18, 2024", "Tests");
    rows += &day("Wednesday", "March 20, 2024", "Errors");
    rows += &day("Friday", "March 22, 2024", "Power");
    let text = format!(
        "<html><body><h1>Probability, Spring 2024</h1>\n<table>\n{rows}</table></body></html>\n"
    );
    let (lectures, stderr) = lectures_of(&text, "prob.html", &["--timezone", "America/Denver"]);
    let dates: Vec<&str> = lectures.iter().map(|l| &l[8..18]).collect();
    assert!(!dates.contains(&"2024-03-13"), "{lectures:?}\n{stderr}");
    assert!(!dates.contains(&"2024-03-15"), "{lectures:?}\n{stderr}");
    assert_eq!(dates.len(), 6, "{lectures:?}\n{stderr}");
}
