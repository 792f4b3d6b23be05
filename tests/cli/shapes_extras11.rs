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
