//! Schedule shapes, session 13 (issue 8): documents where few events were found. An
//! assessment table with a release-date and a due-date column named in Spanish under a graded
//! item column; Japanese dates and hours typed with full-width digits, and a slot of
//! one-character weekdays joined by a middle dot. Each fixture has a look-alike.

use crate::common::{kinds_and_dates, lectures_of, timed_events_of};

const SANTIAGO: &[&str] = &[
    "--timezone",
    "America/Santiago",
    "--now",
    "2023-03-01 00:00",
];
const TOKYO: &[&str] = &["--timezone", "Asia/Tokyo", "--now", "2025-03-01 00:00"];

/// `Calificación | Ponderación | Fecha de publicación | Fecha de entrega`: each graded item is
/// released on its publication date and due on its delivery date, at the hour written; a
/// hand-in named by its deadline word (`Entrega 2`) is released on the publication date too.
#[test]
fn a_graded_item_table_with_publication_and_delivery_dates_gives_releases_and_deadlines() {
    let text = r#"# Programación básica, primer semestre 2023

### Evaluaciones

| Calificación | Ponderación | Fecha de publicación | Fecha de entrega |
| --- | --- | --- | --- |
| Tarea 1 (t1) | 15% | 17/04 9:00 AM | 28/04 20:00 |
| Tarea 2 (t2) | 25% | 15/05 9:00 AM | 26/05 20:00 |
| Entrega 2 (e2) | 20% | 05/06 9:00 AM | 16/06 20:00 |
| Foros (f) | 10% | Cada semana | Antes de la clase |
"#;
    let (got, stderr) = timed_events_of(text, "evaluaciones.md", SANTIAGO);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "release 2023-04-17",
            "deadline 2023-04-28T20:00",
            "release 2023-05-15",
            "deadline 2023-05-26T20:00",
            "release 2023-06-05",
            "deadline 2023-06-16T20:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: a hand-in named by its deadline word with no release verb after it stays a
/// deadline (`Entrega 1 — 12/05`).
#[test]
fn a_hand_in_named_by_its_deadline_word_alone_stays_due() {
    let text = r#"# Programación básica, primer semestre 2023

## Fechas

- Entrega 1 — 12/05/2023
- Entrega 2 — 23/06/2023
"#;
    let (got, stderr) = timed_events_of(text, "fechas.md", SANTIAGO);
    let kinds: Vec<&str> = got.iter().filter_map(|s| s.split(' ').next()).collect();
    assert_eq!(kinds, ["deadline", "deadline"], "{got:?}\n{stderr}");
}

/// A Japanese plan whose dates and hours are typed with full-width digits (`（４月１５日）`),
/// under a slot of one-character weekdays joined by middle dots (`火・金の１０：３０〜１２：００`):
/// each numbered session is a lecture at the slot's hours.
#[test]
fn full_width_dates_under_a_dotted_weekday_slot_are_timed_lectures() {
    let text = r#"# 2025年度 数値計算演習

## 日程
火・金の１０：３０〜１２：００（２限）

## 内容
- 第１回：行列の基礎 （４月１５日）
- 第２回：連立方程式 （４月１８日）
- 第３回：固有値 （４月２２日）
"#;
    let (got, stderr) = lectures_of(text, "plan.md", TOKYO);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-04-15T10:30",
            "lecture 2025-04-18T10:30",
            "lecture 2025-04-22T10:30",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: months joined by a middle dot (`４月・５月`) are no weekdays: no slot, the
/// lectures stay all-day.
#[test]
fn months_joined_by_a_middle_dot_are_no_slot() {
    let text = r#"# 2025年度 数値計算演習

## 日程
４月・５月の１０：３０〜１２：００

## 内容
- 第１回：行列の基礎 （４月１５日）
- 第２回：連立方程式 （４月１８日）
"#;
    let (got, stderr) = lectures_of(text, "plan.md", TOKYO);
    assert_eq!(
        kinds_and_dates(&got),
        ["lecture 2025-04-15", "lecture 2025-04-18"],
        "{got:?}\n{stderr}"
    );
}

/// A block course: the period stated once (`Dates: March 10-12`) over a plan whose rows
/// number the days (`Day | Subject`, `1   Sampling`): day k is the period's k-th day.
#[test]
fn a_block_course_numbers_its_days_under_a_stated_period() {
    let text = "Summer school in applied statistics, 2025

Dates:                        Credits:
March 10-12                   3

Plan:

   Day      Subject
    1       Sampling and surveys
    2       Regression with many predictors
    3       Mixed models
";
    let (got, stderr) = lectures_of(text, "outline.txt", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2025-03-10",
            "lecture 2025-03-11",
            "lecture 2025-03-12",
        ],
        "{got:?}\n{stderr}"
    );
}

/// A period over a weekend whose plan names five days (`Day 1: ...` lines): the days are its
/// weekdays, Friday to Thursday skipping Saturday and Sunday.
#[test]
fn a_block_course_over_a_weekend_numbers_only_its_weekdays() {
    let text = "# Field methods, 2024

Course period: June 7-13

- Day 1: Site survey
- Day 2: Soil samples
- Day 3: Water samples
- Day 4: Lab work
- Day 5: Reports
";
    let (got, stderr) = lectures_of(text, "plan.md", &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2024-06-07",
            "lecture 2024-06-10",
            "lecture 2024-06-11",
            "lecture 2024-06-12",
            "lecture 2024-06-13",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: a plan whose days the period does not match (three days for a week) is not
/// dated from it; the document's one dated line stays what it is.
#[test]
fn a_plan_the_period_does_not_match_is_not_dated_from_it() {
    let text = "# Field methods, 2024

Course period: June 10-14

- Day 1: Site survey
- Day 2: Soil samples
- Day 3: Water samples

Report due June 21.
";
    let (got, stderr) = timed_events_of(text, "plan.md", &["--timezone", "Europe/Berlin"]);
    assert!(
        !got.iter().any(|l| l.starts_with("lecture")),
        "{got:?}\n{stderr}"
    );
}
