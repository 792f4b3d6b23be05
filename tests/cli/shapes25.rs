//! Schedule shapes, part 25: where a class's time comes from besides one slot sentence, and
//! which rows are classes (issue #8). Each mechanism of `src/syllabus/events/lectures/forms.rs`
//! pinned through the real binary. Every fixture is written for these tests (invented courses,
//! topics and dates).

use crate::common::{events_json, fixture, summary_with_time};

/// The lectures of a run, as "date time title".
fn lectures(events: &[serde_json::Value]) -> Vec<String> {
    summary_with_time(events)
        .into_iter()
        .filter_map(|s| s.strip_prefix("lecture ").map(str::to_string))
        .collect()
}

/// A row's own time written in its cells: a range inside the topic, a Time cell with a clock
/// word, a date cell with class hours after the date. Each row's lecture gets that time, and
/// the range leaves the title.
#[test]
fn a_rows_time_written_in_its_cells_times_its_lecture() {
    let text = "Hydrology 230, Spring 2025\n\n\
| Date | Time | Topic |\n|---|---|---|\n\
| 2025-03-04 | kl. 10-12 | Rainfall |\n\
| 2025-03-11 | | Runoff (14:15-16:00) |\n\
| 18.03.2025 9-11 | | Groundwater |\n";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            "2025-03-04T10:00 Rainfall",
            "2025-03-11T14:15 Runoff",
            "2025-03-18T09:00 Groundwater",
        ],
        "{stderr}"
    );
}

/// The slot stated below the schedule under a lecture label, with bare hours: the lectures
/// get it; the exercise line beside it is not theirs.
#[test]
fn a_labelled_slot_below_the_schedule_times_the_lectures() {
    let text = "Makroøkonomi 2, vår 2025\n\n\
| Dato | Tema |\n|---|---|\n\
| 05.03.2025 | Inflasjon |\n| 12.03.2025 | Renter |\n| 19.03.2025 | Valuta |\n\n\
Praktisk informasjon\n\n\
Forelesninger: onsdager 12-14, Aud. 2\n\
Øvinger: torsdager 10-12\n";
    let (_d, path) = fixture(text, "plan.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            "2025-03-05T12:00 Inflasjon",
            "2025-03-12T12:00 Renter",
            "2025-03-19T12:00 Valuta",
        ],
        "{stderr}"
    );
}

/// A weekly timetable grid (times down, weekdays across) gives the slot from its lecture
/// cells, never from its office-hours cell; a YAML `time:` field does the same for a page
/// built from Markdown.
#[test]
fn a_timetable_grid_and_a_front_matter_time_give_the_slot() {
    let grid = "Ornithology 120, Spring 2025\n\n\
| Time | Mon | Tue | Wed |\n|---|---|---|---|\n\
| 08:30–09:45 | Lecture | | Lecture |\n| 13:00–14:00 | | Office hours | |\n\n\
## Schedule\n\n| Date | Topic |\n|---|---|\n\
| 2025-03-03 | Feathers |\n| 2025-03-05 | Flight |\n| 2025-03-10 | Song |\n";
    let (_d, path) = fixture(grid, "grid.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            "2025-03-03T08:30 Feathers",
            "2025-03-05T08:30 Flight",
            "2025-03-10T08:30 Song",
        ],
        "{stderr}"
    );
    let page = "---\ntitle: \"Glassblowing 101, Spring 2025\"\ntime: \"Tu/Th 1:30–2:45pm\"\n\
layout: course\n---\n\n# Schedule\n\n| Date | Topic |\n|---|---|\n\
| Mar 4 | Furnaces |\n| Mar 6 | Gathering |\n| Mar 11 | Blowing |\n";
    let (_e, path) = fixture(page, "index.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            "2025-03-04T13:30 Furnaces",
            "2025-03-06T13:30 Gathering",
            "2025-03-11T13:30 Blowing",
        ],
        "{stderr}"
    );
}

/// Rows that look like classes and are not lectures: office hours, Norwegian exercise
/// sessions; and a course that says it never meets gives no lectures at all, while its
/// deadline stands.
#[test]
fn office_hours_exercise_rows_and_courses_without_meetings_give_no_lectures() {
    let text = "Lineær algebra 2, vår 2025\n\nForelesning: mandag 12:15-14:00\n\n\
| Dato | Aktivitet |\n|---|---|\n\
| 03.03.2025 | Forelesning 1: Vektorrom |\n| 05.03.2025 | Øving 1 |\n\
| 07.03.2025 | Office hours 14-16 |\n| 10.03.2025 | Forelesning 2: Baser |\n";
    let (_d, path) = fixture(text, "plan.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        [
            "2025-03-03T12:15 Forelesning 1: Vektorrom",
            "2025-03-10T12:15 Forelesning 2: Baser"
        ],
        "{stderr}"
    );
    let online = "Spreadsheets 050, Spring 2025\n\n\
This course is self-paced: there are no scheduled class meetings.\n\n\
| Module | Opens | Topic |\n|---|---|---|\n\
| 1 | Mar 3 | Formulas |\n| 2 | Mar 10 | Charts; Quiz 1 due |\n| 3 | Mar 17 | Pivot tables |\n";
    let (_e, path) = fixture(online, "online.md");
    let (events, stderr) = events_json(&path, &[]);
    assert!(lectures(&events).is_empty(), "{events:?}");
    assert!(
        summary_with_time(&events)
            .iter()
            .any(|s| s.starts_with("deadline 2025-03-10")),
        "{events:?}"
    );
    assert!(stderr.contains("no class meetings"), "{stderr}");
}

/// Slot lines in Hungarian and Polish, and a Swedish table with Starttid and Sluttid columns.
#[test]
fn slots_and_time_columns_in_more_languages() {
    let hu = "Analízis III, Spring 2025\n\nElőadás: csütörtökönként 12:00–13:30\n\n\
| Dátum | Téma |\n|---|---|\n| 2025-03-06 | Sorozatok |\n| 2025-03-13 | Sorok |\n";
    let (_d, path) = fixture(hu, "hu.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        ["2025-03-06T12:00 Sorozatok", "2025-03-13T12:00 Sorok"],
        "{stderr}"
    );
    let pl = "Algebra 2, semestr letni 2025\n\nWykład: w środę 10:15-12:00, sala 1\n\n\
| Data | Temat |\n|---|---|\n| 2025-03-05 | Grupy |\n| 2025-03-12 | Ciała |\n";
    let (_e, path) = fixture(pl, "pl.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        ["2025-03-05T10:15 Grupy", "2025-03-12T10:15 Ciała"],
        "{stderr}"
    );
    let sv = "Hållfasthet, VT 2025\n\n| Datum | Starttid | Sluttid | Innehåll |\n|---|---|---|---|\n\
| 2025-03-04 | 10:15 | 12:00 | Spänning |\n| 2025-03-11 | 13:15 | 15:00 | Töjning |\n";
    let (_f, path) = fixture(sv, "sv.md");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        lectures(&events),
        ["2025-03-04T10:15 Spänning", "2025-03-11T13:15 Töjning"],
        "{stderr}"
    );
}
