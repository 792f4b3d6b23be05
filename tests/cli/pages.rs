//! Saved web pages and Markdown sources, read as structured documents: fixtures written in our
//! own words in the shapes real course pages have (tests/fixtures/pages).

use serde_json::Value;

use crate::common::{events_json, root};

fn page(name: &str, extra: &[&str]) -> (Vec<Value>, String) {
    events_json(&root().join("tests/fixtures/pages").join(name), extra)
}

/// (kind, start, title) of every event.
fn listed(events: &[Value]) -> Vec<(String, String, String)> {
    events
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("kind"), s("start"), s("title"))
        })
        .collect()
}

fn ev(kind: &str, start: &str, title: &str) -> (String, String, String) {
    (kind.into(), start.into(), title.into())
}

#[test]
fn an_html_table_with_spans_comments_scripts_and_struck_text() {
    let (events, stderr) = page("geo210-table.html", &["--timezone", "America/Chicago"]);
    assert_eq!(
        listed(&events),
        [
            ev("release", "2026-01-06", "Hw1 released"),
            ev("lecture", "2026-01-06T10:00:00-06:00", "Maps and scale"),
            ev("lecture", "2026-01-08T10:00:00-06:00", "Compass work"),
            ev("release", "2026-01-13", "Hw2 released"),
            // The commented-out row of the old plan gives nothing; lines of a cell are joined.
            ev(
                "lecture",
                "2026-01-13T10:00:00-06:00",
                "Outcrops, and contacts"
            ),
            ev("deadline", "2026-01-13T23:59:00-06:00", "Hw1 due"),
            // Jan 15 spans two columns with "No class"; the struck-through topic is gone.
            ev("lecture", "2026-01-20T10:00:00-06:00", "Review session"),
            ev("exam", "2026-01-22T10:00:00-06:00", "Midterm"),
            ev("deadline", "2026-01-22T23:59:00-06:00", "Hw2 due"),
        ],
        "{stderr}"
    );
    // The week number spanning two rows gives both lectures its week.
    assert_eq!(events[2]["week"], 1);
    assert_eq!(events[1]["location"], "Hall B");
    // Warnings name the page's own line.
    assert!(
        stderr.contains("geo210-table.html:18: warning: set aside: \"Sheet 3 (maps) out\""),
        "{stderr}"
    );
}

#[test]
fn an_html_page_with_a_section_per_class_and_a_key_dates_list() {
    let (events, stderr) = page("bio115-sections.html", &["--timezone", "America/Chicago"]);
    assert_eq!(
        listed(&events),
        [
            ev(
                "lecture",
                "2025-09-08T13:00:00-05:00",
                "Membranes and transport"
            ),
            ev("lecture", "2025-09-10T13:00:00-05:00", "The cytoskeleton"),
            ev("lecture", "2025-09-15T13:00:00-05:00", "Mitochondria"),
            ev("deadline", "2025-09-19T23:59:00-05:00", "Lab report 1 due"),
            ev("exam", "2025-10-01T13:00:00-05:00", "Midterm"),
        ],
        "{stderr}"
    );
    // The navigation's repeated dates give nothing; the reading list under its label is one field.
    assert!(
        events[1]["description"]
            .as_str()
            .is_some_and(|d| d.contains("chapter 4, a short review article")),
        "{:?}",
        events[1]
    );
}

#[test]
fn an_html_list_page_without_the_struck_item_or_the_template() {
    let (events, stderr) = page("phy101-list.html", &["--timezone", "America/Chicago"]);
    let starts: Vec<String> = listed(&events).into_iter().map(|e| e.1).collect();
    assert_eq!(
        starts,
        [
            "2026-01-09T09:00:00-06:00",
            "2026-01-16T09:00:00-06:00",
            "2026-01-30T09:00:00-06:00",
            "2026-01-30T23:59:00-06:00",
        ],
        "{stderr}"
    );
    assert_eq!(events[0]["title"], "Units and vectors");
    assert_eq!(events[0]["location"], "Room 12");
}

#[test]
fn markdown_with_a_comment_struck_text_kramdown_and_a_raw_html_table() {
    let (events, stderr) = page("stat240-schedule.md", &["--timezone", "America/Denver"]);
    assert_eq!(
        listed(&events),
        [
            ev("release", "2025-09-08", "Hw1 released"),
            // A link keeps its text; the commented-out row of the old plan gives nothing.
            ev("lecture", "2025-09-08T11:00:00-06:00", "Simple regression"),
            ev("lecture", "2025-09-10T11:00:00-06:00", "Least squares"),
            ev("lecture", "2025-09-15T11:00:00-06:00", "Diagnostics"),
            ev("deadline", "2025-09-15T23:59:00-06:00", "Hw1 due"),
            ev(
                "lecture",
                "2025-09-17T11:00:00-06:00",
                "Guest lecture: model choice"
            ),
            // The raw <table> block is read as a table.
            ev(
                "lecture",
                "2025-09-22T11:00:00-06:00",
                "Interactions, and contrasts"
            ),
            ev("exam", "2025-09-24T11:00:00-06:00", "Midterm"),
        ],
        "{stderr}"
    );
    assert!(!stderr.contains("out of sequence"), "{stderr}");
}

#[test]
fn dated_entries_of_markdown_front_matter_are_the_schedule() {
    let (events, stderr) = page("cs310-front-matter.md", &["--timezone", "America/Denver"]);
    assert_eq!(
        listed(&events),
        [
            ev("lecture", "2026-01-13", "Processes and threads"),
            ev("lecture", "2026-01-15", "Scheduling"),
            // The cancelled lecture of Jan 20 is no lecture; the template below gives nothing.
            ev("lecture", "2026-01-22", "Virtual memory"),
            // A non-teaching week has no lecture either.
            ev("lecture", "2026-01-29", "File systems"),
        ],
        "{stderr}"
    );
    // The front matter's own `term:` field names the term: nothing is guessed from the dates.
    assert!(!stderr.contains("no term is named"), "{stderr}");
}

#[test]
fn a_table_copied_from_a_page_with_one_cell_per_line() {
    let (events, stderr) = page("bio230-copied.txt", &["--timezone", "America/New_York"]);
    assert_eq!(
        listed(&events),
        [
            ev("lecture", "2026-01-13T09:30:00-05:00", "Populations"),
            ev("lecture", "2026-01-15T09:30:00-05:00", "Competition"),
            ev("lecture", "2026-01-20T09:30:00-05:00", "Predation"),
            ev("exam", "2026-01-22T09:30:00-05:00", "Midterm"),
        ],
        "{stderr}"
    );
    assert_eq!(events[3]["location"], "Room 5");
}
