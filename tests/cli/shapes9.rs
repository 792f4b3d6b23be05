//! Schedule shapes, part 9: what the f-* development syllabi (session 4's second held-out
//! ten, made development material) showed (issue #8). Every fixture is written for these
//! tests (invented courses, topics and dates) in the shape a real syllabus used.

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

/// The events of every kind but `kind`.
fn without(events: &[Value], kind: &str) -> Vec<String> {
    summary(events)
        .into_iter()
        .filter(|s| !s.starts_with(kind))
        .collect()
}

/// A space-laid plan (as `pdftotext -layout` prints one) whose rows are dated by a weekday
/// and a short day-first date without its year (`Friday 20.2`, one row only `28.5`), the
/// year given by `--term`; the first row's date alone on its line is a day of the term, not
/// the document's date; bare work names under a `deadlines` header are deadlines, also one
/// centred so that it starts left of the header and one joined by `+`.
#[test]
fn weekday_and_short_day_first_dates_with_work_under_a_deadlines_header() {
    let text = "\
                      Seminar in Data Work / Plan


date                          meeting                            deadlines

                      groups formed, topics
        Friday 20.2
                              explained
        Friday 27.2           (no room)
         Friday 6.3                                              topic sketch
        Friday 13.3           start of work
        Friday 10.4           (Easter)                    prototype + slides
        Friday 24.4           explain report                     report draft
      Thursday 14.5           demo day
              28.5            exam
";
    let (_d, path) = fixture(text, "plan.txt");
    let (events, stderr) = events_json(&path, &["--term", "Spring 2026"]);
    assert_eq!(
        without(&events, "lecture"),
        [
            "deadline 2026-03-06T23:59 topic sketch due",
            "deadline 2026-04-10T23:59 prototype + slides due",
            "deadline 2026-04-24T23:59 Report draft due",
            "exam 2026-05-28 Exam",
        ],
        "{stderr}"
    );
    // The first row is read, not set aside.
    assert!(
        summary(&events)
            .iter()
            .any(|s| s.starts_with("lecture 2026-02-20")),
        "{stderr}"
    );
    assert!(!stderr.contains("document's own date"), "{stderr}");
}
