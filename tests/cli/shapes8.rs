//! Schedule shapes, part 8: what the e-* development syllabi showed (issue #8, session 4).
//! Every fixture is written for these tests (invented courses, topics and dates) in the
//! shape a real syllabus used.

use serde_json::Value;

use crate::common::{events_json, fixture};

/// "kind date-and-time title" for every event, in order.
fn summary(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let start = e["start"].as_str().unwrap_or("");
            format!(
                "{} {} {}",
                e["kind"].as_str().unwrap_or(""),
                start.get(..16).unwrap_or(start),
                e["title"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// A course page with no schedule at all, only paragraphs of policy in which the deadlines
/// and exams are stated in sentences, two to a line: no refusal, the dated work and exams
/// (the exam in the course's slot, given in prose), a warning that no layout was found.
#[test]
fn deadlines_and_exams_stated_in_prose_are_read_when_no_schedule_layout_is_found() {
    let text = "\
Widget Studies 210, Fall 2023

We meet Tuesdays and Thursdays 2:00-3:15 pm in Lyle Hall 5.

Grading is based on problem sets, one midterm and a final project. Late work loses ten percent per day unless arranged in advance with the instructor.

The first problem set is due Friday, September 15. Problem set 2 is due September 29.
The midterm will take place on October 12 during class time.
Final project report due December 8 at 5pm.
";
    let (_d, path) = fixture(text, "widgets.txt");
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    assert_eq!(
        summary(&events),
        [
            "deadline 2023-09-15T23:59 Problem set due",
            "deadline 2023-09-29T23:59 Problem set 2 due",
            "exam 2023-10-12T14:00 Midterm",
            "deadline 2023-12-08T17:00 Final project report due",
        ],
        "{stderr}"
    );
    assert!(stderr.contains("layout was not recognised"), "{stderr}");
}
