//! Schedule shapes, session 16 (issue 8, lectures on the right day and at the right time, the
//! dev13 s-* set): each fixture is written for the test in the shape a real document had.

use crate::common::timed_events_of;

/// Each event as "KIND START TITLE" (see [`timed_events_of`]).
fn events(text: &str, name: &str, zone: &str) -> (Vec<String>, String) {
    timed_events_of(text, name, &["--timezone", zone])
}

/// A bulleted list of weeks, each opened by "Week of", then a list of key dates whose
/// Wednesdays fall inside listed weeks: the weeks still meet on both slot days (Monday and
/// Wednesday), not once a week on the listed Monday as if every line were one lecture.
#[test]
fn week_of_lines_meet_on_every_slot_day_beside_dated_lines_in_their_weeks() {
    let text = r#"Soil Ecology, Fall 2021
Class Meeting Times: MW 9-10:15

Weekly outline
   • Week of Sept. 6: Soils and their layers
   • Week of Sept. 13: Roots and fungi
   • Week of Sept. 20: Nutrient cycles
   • Week of Sept. 27: Water

Key dates
   • Wednesday, September 15: Progress report 1
   • Wednesday, September 29: Progress report 2
"#;
    let (got, stderr) = events(text, "outline.txt", "America/Chicago");
    let days: Vec<&str> = got
        .iter()
        .filter(|e| e.starts_with("lecture"))
        .map(|e| &e[8..24])
        .collect();
    assert_eq!(
        days,
        [
            "2021-09-06T09:00",
            "2021-09-08T09:00",
            "2021-09-13T09:00",
            "2021-09-15T09:00",
            "2021-09-20T09:00",
            "2021-09-22T09:00",
            "2021-09-27T09:00",
            "2021-09-29T09:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A Portuguese page whose slot line names two meetings by short weekdays at different hours
/// ("Ter 08-10h Qui 10-12h"), over a table that writes the month in a column of its own once
/// at each month's first row and the day alone in the date column: every row is a dated
/// meeting at its weekday's hours; a cancelled day and a holiday have none.
#[test]
fn a_month_column_and_short_portuguese_weekdays_time_each_meeting() {
    let text = r#"# Algoritmos 2025

Horários: Ter 08-10h Qui 10-12h

| Mês | Dia | Data | Atividade | Conteúdo |
|-----|-----|------|-----------|----------|
| Set | Ter | 30   | Aula 01   | Vetores  |
| Out | Qui | 02   | Aula 02   | Listas   |
|     | Ter | 07   | ~~Aula~~  | Aula cancelada |
|     | Qui | 09   | Aula 03   | Pilhas   |
|     | Ter | 14   | Feriado   | *Feriado municipal* |
|     | Qui | 16   | Aula 04   | Filas    |
"#;
    let (got, stderr) = timed_events_of(
        text,
        "README.md",
        &["--timezone", "America/Recife", "--term", "Fall 2025"],
    );
    let lectures: Vec<String> = got
        .iter()
        .filter(|e| e.starts_with("lecture"))
        .map(|e| e[8..24].to_string())
        .collect();
    assert_eq!(
        lectures,
        [
            "2025-09-30T08:00",
            "2025-10-02T10:00",
            "2025-10-09T10:00",
            "2025-10-16T10:00",
        ],
        "{got:?}\n{stderr}"
    );
}
