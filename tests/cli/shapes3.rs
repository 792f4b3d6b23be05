//! Schedule shapes, part 3: what is not the course schedule (the university's calendar),
//! meetings expanded over a list of dates, item-first tables, weekday grids and windows.
//! Every fixture is written for these tests (invented courses, topics and dates).

use serde_json::Value;

use crate::common::{events_json, fixture};

fn of_kind<'a>(events: &'a [Value], kind: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["kind"] == kind).collect()
}

/// "kind date title" for every event, in order.
fn summary(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["kind"].as_str().unwrap_or(""),
                &e["start"].as_str().unwrap_or("")[..10],
                e["title"].as_str().unwrap_or("")
            )
        })
        .collect()
}

#[test]
fn the_universitys_academic_calendar_before_the_course_table_gives_no_events() {
    let text = "\
OCN 240 Ocean Physics, Spring 2024
Meetings: Tuesdays and Thursdays 9:30-10:45 AM, Hall 12

KEY DATES FROM THE OFFICE OF THE REGISTRAR
January 8              Registration opens for continuing students
January 10 - 12        Orientation for new students
January 16             First day of classes
January 19             Last day to add a course online
                       Tuition payment deadline, 5 p.m.
February 2             Twelfth class day; last day to drop a class for a refund
March 11 - 16          Spring break
April 1                Last day to withdraw from the university
April 26               Last class day
May 4                  Commencement

SCHEDULE
Week   Date     Topic
1      Jan 16   Why the ocean moves
1      Jan 18   Density and salinity
2      Jan 23   Waves
2      Jan 25   Tides
";
    let (_d, path) = fixture(text, "ocn240.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        summary(&events),
        [
            "lecture 2024-01-16 Why the ocean moves",
            "lecture 2024-01-18 Density and salinity",
            "lecture 2024-01-23 Waves",
            "lecture 2024-01-25 Tides",
        ],
        "{stderr}"
    );
    assert!(
        stderr
            .contains(":5: warning: set aside: lines 5-14 are the university's academic calendar"),
        "{stderr}"
    );
    assert!(of_kind(&events, "deadline").is_empty());
}
