//! Schedule shapes, part 27: where real syllabi state the lectures' time when coursecal read
//! the lectures but not their time (all-day), collected from the development documents that
//! failed that way (issue #8). Every fixture is written for these tests (invented courses,
//! topics and dates) in the shapes those documents use.

use crate::common::{events_json, fixture, summary_with_time, timed_events_of};

/// Each event's end, as written in the JSON ("2024-04-02T12:00:00-03:00"), hours and minutes.
fn ends(events: &[serde_json::Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            e["end"]
                .as_str()
                .unwrap_or("")
                .get(11..16)
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// The hour mark of Argentina and Uruguay ("15hs", "18 hs") closes the hours of a slot line
/// stated after the table; a total of hours ("48 hs.") is no time.
#[test]
fn a_slot_in_hours_marked_hs_after_the_table_times_its_lectures() {
    let text = "Taller de Bases de Datos 2024\n\n\
Clase\tFecha\tTema\n\
1\t02/04/2024\tModelo relacional\n\
2\t04/04/2024\tSQL básico\n\
3\t09/04/2024\tNormalización\n\n\
Clases: martes y jueves de 9hs a 12hs\n\
Carga horaria total: 48 hs.\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Argentina/Buenos_Aires"]);
    assert_eq!(
        summary_with_time(&events),
        [
            "lecture 2024-04-02T09:00 Modelo relacional",
            "lecture 2024-04-04T09:00 SQL básico",
            "lecture 2024-04-09T09:00 Normalización",
        ],
        "{stderr}"
    );
    assert_eq!(ends(&events), ["12:00", "12:00", "12:00"]);
}

/// A table of key dates first, then the schedule under a sentence giving only the start and
/// the day ("at 1PM on Thursdays"): the sentence right above the dated rows is theirs.
#[test]
fn a_start_only_sentence_right_above_the_rows_times_them_after_a_key_dates_table() {
    let text = format!(
        "{KEY_DATES}Seminar programme\n\n\
The seminars meet in the Map Room at 1PM on Thursdays, unless noted.\n\
Details may change during the term.\n\n\
Date        Speaker\n\
5 March     Field survey methods\n\
12 March    Remote sensing in practice\n\
19 March    Open data portals\n"
    );
    let (got, stderr) = timed_events_of(&text, "schedule.txt", &["--timezone", "Pacific/Auckland"]);
    let lectures: Vec<String> = got
        .into_iter()
        .filter(|e| e.starts_with("lecture"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2026-03-05T13:00 Field survey methods",
            "lecture 2026-03-12T13:00 Remote sensing in practice",
            "lecture 2026-03-19T13:00 Open data portals",
        ],
        "{stderr}"
    );
}

const KEY_DATES: &str = "Spatial Data 402, Trimester 1 2026\n\n\
Key dates\n\n\
Item              Dates\n\
Trimester         2 March to 26 June 2026\n\
Mid-term break    6 April to 17 April 2026\n\n";

/// The same sentence at the foot of the page, with no dated rows below it, is not taken:
/// far from the rows, only a slot with written ends or a lecture label counts.
#[test]
fn a_start_only_sentence_below_the_schedule_and_far_from_its_rows_times_nothing() {
    let text = format!(
        "{KEY_DATES}Seminar programme\n\n\
Date        Speaker\n\
5 March     Field survey methods\n\
12 March    Remote sensing in practice\n\
19 March    Open data portals\n\n\
Contact\n\n\
The help desk opens at 1PM on Thursdays in the Map Room.\n"
    );
    let (got, stderr) = timed_events_of(&text, "schedule.txt", &["--timezone", "Pacific/Auckland"]);
    let timed: Vec<String> = got
        .into_iter()
        .filter(|e| e.starts_with("lecture") && e.contains("T13:00"))
        .collect();
    assert!(timed.is_empty(), "{timed:?}\n{stderr}");
}

/// A page with a heading per day over that day's items says when the lecture meets in an
/// item ("Attend lecture at 10am"); a lab's or a deadline's time in another item is not the
/// lecture's, and a lecture item without a time stays all-day.
#[test]
fn a_days_list_item_telling_the_lectures_start_times_that_lecture() {
    let text = "# Daily plan, Economics 12\n\n\
## Tuesday Sep 9, 2025\n\n\
- Come to the lecture at 10am in Hall 3\n\
- Read chapter 1\n\n\
## Wednesday Sep 10, 2025\n\n\
- Lab at 2pm in Room 110\n\n\
## Thursday Sep 11, 2025\n\n\
- Problem set 1 due at 11:59pm\n\
- Attend lecture at 10am\n\n\
## Tuesday Sep 16, 2025\n\n\
- Attend lecture\n";
    let (_d, path) = fixture(text, "schedule.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let lectures: Vec<String> = summary_with_time(&events)
        .into_iter()
        .filter(|e| e.starts_with("lecture") && !e.contains("Lab"))
        .collect();
    assert_eq!(
        lectures,
        [
            "lecture 2025-09-09T10:00 Come to the lecture at 10am in Hall 3",
            "lecture 2025-09-11T10:00 Attend lecture at 10am",
            "lecture 2025-09-16 Attend lecture",
        ],
        "{stderr}"
    );
    let lab = summary_with_time(&events)
        .into_iter()
        .find(|e| e.contains("Lab"))
        .unwrap_or_default();
    assert!(!lab.contains("T14:00"), "{lab}");
}

/// A workshop's programme: a heading per day with the date in brackets, over a table of that
/// day's hours (`Time | Activity | Trainer`) without a date column. Each timed row is that
/// day's event at its own hours, several a day; coffee and lunch breaks are none.
#[test]
fn a_days_agenda_under_its_heading_gives_each_lesson_at_its_own_hours() {
    let text = "<!DOCTYPE html><html><body>\n\
<h1>Summer school in soil modelling, 2025</h1>\n\
<h2>Week 1</h2>\n\
<h3>Day 1: Foundations (Monday, August 18)</h3>\n\
<table><tr><th>Time</th><th>Activity</th><th>Trainer</th></tr>\n\
<tr><td>09:00 - 11:00</td><td>Lesson 1: Soil physics</td><td>Ben</td></tr>\n\
<tr><td>11:00 - 11:30</td><td>Coffee Break</td><td></td></tr>\n\
<tr><td>11:30 - 13:30</td><td>Lesson 2: Water flow</td><td>Ann</td></tr>\n\
<tr><td>13:30 - 14:30</td><td>Lunch Break</td><td></td></tr>\n\
</table>\n\
<h3>Day 2: Models (Tuesday, August 19)</h3>\n\
<table><tr><th>Time</th><th>Activity</th><th>Trainer</th></tr>\n\
<tr><td>08:00 - 10:00</td><td>Lesson 3: Compartments</td><td>Cy</td></tr>\n\
<tr><td>10:00 - 10:30</td><td>Coffee Break</td><td></td></tr>\n\
<tr><td>10:30 - 12:30</td><td>Lesson 4: Calibration</td><td>Cy</td></tr>\n\
</table>\n\
</body></html>\n";
    let (_d, path) = fixture(text, "schedule.html");
    let (events, stderr) = events_json(&path, &["--timezone", "Africa/Nairobi"]);
    assert_eq!(
        summary_with_time(&events),
        [
            "lecture 2025-08-18T09:00 Lesson 1: Soil physics",
            "lecture 2025-08-18T11:30 Lesson 2: Water flow",
            "lecture 2025-08-19T08:00 Lesson 3: Compartments",
            "lecture 2025-08-19T10:30 Lesson 4: Calibration",
        ],
        "{stderr}"
    );
    assert_eq!(ends(&events), ["11:00", "13:30", "10:00", "12:30"]);
}
