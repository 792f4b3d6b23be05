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

/// A travel course's programme, a heading per day over a list of its hours: the items that
/// open with a range of hours and name a lecture are lectures at those hours (two on one day
/// stay two, bare afternoon hours `1-4` are 13:00-16:00); a bus, a museum, lunch and a
/// tutorial are none.
#[test]
fn timed_lecture_items_under_day_headings_are_lectures_at_their_hours() {
    let text = "# Design in the city, May 2023

## Programme

### Day 1. Monday May 22
- 9-12 lecture
- 12-1 lunch
- 1-4 lecture

### Day 2. Tuesday May 23
- 8:30 am bus leaves for the harbour
- 10:00 - 12:00 Harbour museum
- 14:00 - 15:00 Tutorial on sketching

### Day 3. Wednesday May 24
- 9:00 - 10:30 Guest lecture on street furniture (Dana)
- 11:00 - 12:00 Walk to the old town
";
    let (got, stderr) = lectures_of(text, "programme.md", &["--timezone", "Asia/Jerusalem"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2023-05-22T09:00",
            "lecture 2023-05-22T13:00",
            "lecture 2023-05-24T09:00",
        ],
        "{got:?}\n{stderr}"
    );
}

/// Look-alike: one day's timed list is no programme of days: the dated lines are read as
/// before, one lecture on the day.
#[test]
fn a_single_days_timed_list_is_left_as_it_is() {
    let text = "# Design in the city, May 2023

### Monday May 22
- 9-12 lecture
- 1-4 lecture

### Tuesday May 23
Harbour museum
";
    let (got, stderr) = lectures_of(text, "programme.md", &["--timezone", "Asia/Jerusalem"]);
    assert!(
        !got.iter()
            .any(|l| l.starts_with("lecture 2023-05-22T13:00")),
        "{got:?}\n{stderr}"
    );
}
