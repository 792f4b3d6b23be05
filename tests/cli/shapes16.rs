//! Schedule shapes, part 16: the shapes the k-* development syllabi (session 6) showed
//! (issue #8): the year written before a numbered semester. Every fixture is written for
//! these tests (invented courses, topics and dates) in the shape a real syllabus used.

use crate::common::{events_json, fixture, summary};

/// A Markdown page whose only term is the year before its numbered semester
/// (`2025 1er cuatrimestre`) and whose dates are month-day pairs without a year: the year is
/// read from that line, so the table is a schedule, not refused for want of a year.
#[test]
fn the_year_before_a_numbered_semester_dates_a_table_of_month_day_pairs() {
    let text = "\
# Plan de clases
Óptica Aplicada  
2025 1er cuatrimestre | [Calendario](https://example.org/cal)

| S  | Fecha | Tema        |
|:--:|:----- |:----------- |
| 01 | 04-03 | Reflexión   |
| 02 | 04-10 | Refracción  |
| 03 | 04-17 | Lentes      |
";
    let (_d, path) = fixture(text, "plan.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2025-04-03 Reflexión",
            "lecture 2025-04-10 Refracción",
            "lecture 2025-04-17 Lentes",
        ],
        "{stderr}"
    );
}

/// The variant: a second semester written `2026, 2º semestre` above a tab table of
/// day-first slashed dates without a year: the dates fall in that autumn.
#[test]
fn the_year_then_a_second_semester_places_the_dates_in_the_autumn() {
    let text = "\
Química Orgánica — 2026, 2º semestre

Aula\tData\tConteúdo
1\t15/09\tLigações
2\t22/09\tIsomeria
3\t29/09\tReações
";
    let (_d, path) = fixture(text, "plano.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2026-09-15 Ligações",
            "lecture 2026-09-22 Isomeria",
            "lecture 2026-09-29 Reações",
        ],
        "{stderr}"
    );
}
