//! Schedule shapes, part 27: where real syllabi state the lectures' time when coursecal read
//! the lectures but not their time (all-day), collected from the development documents that
//! failed that way (issue #8). Every fixture is written for these tests (invented courses,
//! topics and dates) in the shapes those documents use.

use crate::common::{events_json, fixture, summary_with_time};

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
