//! PDF syllabi, read through `pdftotext -layout`: PDFs the tests write themselves
//! (`common::pdf`), so the test fails whenever reading PDFs breaks.

use serde_json::Value;

use crate::common::pdf::{pdf_of_lines, pdf_of_pages};
use crate::common::{coursecal, events_json};

/// A one-page handout in our own words: a header with the term and slot, then a
/// space-aligned schedule table, as a word processor's PDF lays it out.
const HANDOUT: &[&str] = &[
    "GEO 210  Rivers and Landscapes                         Spring 2024",
    "Lectures: Thursday 10:00-11:30, Hall B",
    "",
    "Week   Date      Topic                          Assignments",
    "1      Feb 1     What a river does",
    "2      Feb 8     Erosion and deposits           Lab report 1 out",
    "3      Feb 15    Floodplains                    Lab report 1 due",
    "4      Feb 22    Deltas and estuaries",
];

fn write(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    (dir, path)
}

fn kinds(events: &[Value]) -> Vec<(String, String)> {
    events
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap_or("").to_string(),
                e["start"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_pdf_schedule_table_is_read_through_its_text_layout() {
    let (_d, path) = write("handout.pdf", &pdf_of_lines(HANDOUT));
    let (events, stderr) = events_json(&path, &["--timezone", "Europe/Berlin"]);
    let got = kinds(&events);
    let pair = |k: &str, s: &str| (k.to_string(), s.to_string());
    assert_eq!(
        got,
        [
            pair("lecture", "2024-02-01T10:00:00+01:00"),
            // All day, so first on its day.
            pair("release", "2024-02-08"),
            pair("lecture", "2024-02-08T10:00:00+01:00"),
            pair("lecture", "2024-02-15T10:00:00+01:00"),
            pair("deadline", "2024-02-15T23:59:00+01:00"),
            pair("lecture", "2024-02-22T10:00:00+01:00"),
        ],
        "{stderr}"
    );
    assert_eq!(events[0]["title"], "What a river does");
    assert_eq!(events[0]["location"], "Hall B");
}

#[test]
fn a_pdf_is_known_by_its_bytes_whatever_its_name() {
    let (_d, path) = write("download", &pdf_of_lines(HANDOUT));
    let (events, _) = events_json(&path, &[]);
    assert_eq!(events.len(), 6);
}

#[test]
fn warnings_about_a_pdf_name_the_file_and_a_line_of_its_text() {
    let mut lines = HANDOUT.to_vec();
    lines.push("5      Feb 29    Field trip                     nws due whenever");
    let (_d, path) = write("handout.pdf", &pdf_of_lines(&lines));
    let (_, stderr) = events_json(&path, &[]);
    assert!(
        stderr.contains("handout.pdf:9: warning:"),
        "the warning names the PDF and the line of its text:\n{stderr}"
    );
}

#[test]
fn without_pdftotext_a_pdf_is_refused_with_what_to_install() {
    let (_d, path) = write("handout.pdf", &pdf_of_lines(HANDOUT));
    let empty = tempfile::tempdir().expect("tempdir");
    let out = coursecal()
        .arg("events")
        .arg(&path)
        .env("PATH", empty.path())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("handout.pdf"), "{stderr}");
    assert!(stderr.contains("apt-get install poppler-utils"), "{stderr}");
    assert!(stderr.contains("brew install poppler"), "{stderr}");
}

#[test]
fn a_damaged_pdf_is_refused_naming_the_file() {
    let mut bytes = pdf_of_lines(HANDOUT);
    bytes.truncate(40);
    let (_d, path) = write("broken.pdf", &bytes);
    let out = coursecal().arg("events").arg(&path).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("broken.pdf: "), "{stderr}");
    assert!(stderr.contains("pdftotext could not read it"), "{stderr}");
}

#[test]
fn a_dated_page_header_on_every_page_does_not_start_the_schedule() {
    // Printed from a web page: the file name and the print date head every page, and the
    // print date is later than most of the schedule.
    let first: &[&str] = &[
        "plan.md                                              2026-03-02",
        "",
        "BIO 115 Ecology, Spring 2026",
        "Lectures: Monday 09:00-10:15, Room 12",
        "",
        "Week   Date      Topic",
        "1      Jan 12    Populations",
        "2      Jan 19    Competition",
    ];
    let second: &[&str] = &[
        "plan.md                                              2026-03-02",
        "",
        "3      Jan 26    Predators and prey",
        "4      Feb 2     Food webs",
    ];
    let (_d, path) = write("plan.pdf", &pdf_of_pages(&[first, second]));
    let (events, stderr) = events_json(&path, &["--timezone", "America/Chicago"]);
    let starts: Vec<&str> = events
        .iter()
        .map(|e| e["start"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        starts,
        [
            "2026-01-12T09:00:00-06:00",
            "2026-01-19T09:00:00-06:00",
            "2026-01-26T09:00:00-06:00",
            "2026-02-02T09:00:00-06:00"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("plan.pdf:1: warning: set aside: \"plan.md 2026-03-02\" repeats"),
        "{stderr}"
    );
}
