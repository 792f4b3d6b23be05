//! Dates, times and terms in the shapes real syllabi write them, each in a small syllabus
//! written in our own words.

use serde_json::Value;

use crate::common::{events_json, fixture};

fn starts(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["start"].as_str().unwrap_or("").to_string())
        .collect()
}

fn lecture_times(events: &[Value]) -> Vec<(String, String)> {
    events
        .iter()
        .filter(|e| e["kind"] == "lecture")
        .map(|e| {
            (
                e["start"].as_str().unwrap_or("").to_string(),
                e["end"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_course_number_before_the_term_is_not_its_year() {
    let text = "\
## Reading plan for Chem 5100 Spring 2026

| Date | Topic | Work |
|------|-------|------|
| Jan 13 | Bonds and orbitals | |
| Jan 20 | Symmetry | Problem set 1 out |
| Jan 27 | Spectra | Problem set 1 due |
";
    let (_d, path) = fixture(text, "chem.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Denver"]);
    assert_eq!(
        starts(&events),
        [
            "2026-01-13",
            "2026-01-20",
            "2026-01-20",
            "2026-01-27",
            "2026-01-27T23:59:00-07:00"
        ],
        "{stderr}"
    );
}

#[test]
fn a_german_semester_code_names_the_year() {
    let text = "\
# Field methods (SoSe25)

Meetings: Wednesdays 14:15-15:45, Lab 3

1. 7 May: Sampling design
2. 14 May: Sensors
3. 21 May: Data cleaning
";
    let (_d, path) = fixture(text, "field.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        starts(&events),
        [
            "2025-05-07T14:15:00+02:00",
            "2025-05-14T14:15:00+02:00",
            "2025-05-21T14:15:00+02:00"
        ],
        "{stderr}"
    );
}

#[test]
fn a_year_in_the_heading_and_the_first_month_give_the_term_and_bare_hours_the_times() {
    let text = "\
# Timetable 2026

| Session | Date | Time | Room | Topic |
|---------|------|------|------|-------|
| S1 | 28/09 | 09-11 | K12 | Cells and membranes |
| S2 | 05/10 | 13-15 | K12 | Signalling |
| S3 | 11/01 | 10-12 | K14 | Review |
";
    let (_d, path) = fixture(text, "cells.md");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Stockholm"]);
    assert_eq!(
        lecture_times(&events),
        [
            (
                "2026-09-28T09:00:00+02:00".to_string(),
                "2026-09-28T11:00:00+02:00".to_string()
            ),
            (
                "2026-10-05T13:00:00+02:00".to_string(),
                "2026-10-05T15:00:00+02:00".to_string()
            ),
            // The autumn term runs into January of the next year.
            (
                "2027-01-11T10:00:00+01:00".to_string(),
                "2027-01-11T12:00:00+01:00".to_string()
            ),
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("cells.md:1: warning: no term is named") && stderr.contains("Fall 2026"),
        "the guess is said, with the heading's line:\n{stderr}"
    );
}

#[test]
fn dotted_dates_without_a_year_are_read_day_first_when_the_numbers_say_so() {
    let text = "\
Seminar on Knot Invariants, Winter Term 2025/26
Talks: Tuesday 16:15-17:45, Room 2.040

No   Date     Topic                         Speaker
1    14.10    Knot diagrams                 Ada
2    21.10    The Jones polynomial          Ben
3    28.10    Khovanov homology             Cem
";
    let (_d, path) = fixture(text, "knots.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    assert_eq!(
        starts(&events),
        [
            "2025-10-14T16:15:00+02:00",
            "2025-10-21T16:15:00+02:00",
            "2025-10-28T16:15:00+01:00"
        ],
        "{stderr}"
    );
    assert_eq!(events[1]["title"], "The Jones polynomial");
    assert!(
        stderr.contains("numeric dates such as 14.10 read day first"),
        "{stderr}"
    );
}

#[test]
fn a_slot_with_one_letter_am_pm_marks() {
    let text = "\
# STAT 120 Sampling, Spring 2025

Class meets Monday and Wednesday 11:15a-12:05p, Room 4

| Date | Topic |
|------|-------|
| Mon, Jan 6 | What a sample is |
| Mon, Jan 13 | Bias |
";
    let (_d, path) = fixture(text, "stat.md");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        lecture_times(&events)[1],
        (
            "2025-01-08T11:15:00-06:00".to_string(),
            "2025-01-08T12:05:00-06:00".to_string()
        ),
        "{stderr}"
    );
    assert_eq!(events.len(), 4);
}

#[test]
fn the_documents_date_under_its_title_does_not_start_the_schedule() {
    // The handout is dated after its first week; the weeks are an indented bullet list.
    let text = "               PHYS 140: Waves and Optics
                      June 9th, 2024

Lectures: Thursday 13:00-15:00, Room B2
Last updated 2024-06-20

Outline:
    \u{2022} Week 1 (June 6th): Oscillators and springs.

    \u{2022} Week 2 (June 13th): Travelling waves;
      superposition.

    \u{2022} Week 3 (June 20th): Interference.
";
    let (_d, path) = fixture(text, "phys.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Toronto"]);
    assert_eq!(
        starts(&events),
        [
            "2024-06-06T13:00:00-04:00",
            "2024-06-13T13:00:00-04:00",
            "2024-06-20T13:00:00-04:00"
        ],
        "{stderr}"
    );
    assert!(
        events[1]["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Travelling waves")),
        "{:?}",
        events[1]
    );
    assert!(
        stderr.contains(
            "phys.txt:2: warning: set aside: \"June 9th, 2024\" is the document's own date"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("phys.txt:5: warning: set aside"),
        "{stderr}"
    );
}

#[test]
fn a_term_the_dates_do_not_fit_is_warned_about_with_the_one_they_fit() {
    let text = "\
Lectures: Wednesday 10:00-12:00

1\tOct 5\tKinematics
2\tOct 12\tForces
3\tNov 9\tEnergy
4\tDec 7\tMomentum
5\tJan 11\tReview
";
    let (_d, path) = fixture(text, "mech.txt");
    let (_, stderr) = events_json(&path, &["--term", "Spring 2023"]);
    assert!(
        stderr.contains("the term is Spring 2023") && stderr.contains("these dates fit Fall 2022"),
        "{stderr}"
    );
}

#[test]
fn a_written_year_that_contradicts_the_term_is_warned_about_and_kept() {
    let text = "\
Fall 2022
Lectures: Tuesday 09:40-12:30

1\t2022-10-04\tIntro
2\t2022-10-11\tBasics
3\t2023-10-17\tMore
";
    let (_d, path) = fixture(text, "years.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert!(
        stderr.contains(
            "years.txt:6: warning: \"2023-10-17\" has a year that does not fit Fall 2022"
        ),
        "{stderr}"
    );
    assert!(events.iter().any(|e| {
        e["start"]
            .as_str()
            .is_some_and(|s| s.starts_with("2023-10-17"))
    }));
}
