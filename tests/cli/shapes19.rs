//! Schedule shapes, part 19: the same schedule published another way (a browser's print to
//! PDF, a text-mode browser's dump, a word processor's PDF) must give the same events
//! (issue #8). Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::pdf::pdf_of_pages;
use crate::common::{events_json, summary};

fn write_pdf(pages: &[&[&str]]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("schedule.pdf");
    std::fs::write(&path, pdf_of_pages(pages)).expect("write pdf");
    (dir, path)
}

/// A schedule page printed from a browser: each page starts with the browser's stamp (the
/// print date and time, the page title) and ends with the file's address and page count.
/// The rows write their year; the stamp's year is the day it was printed.
#[test]
fn a_browsers_print_stamp_does_not_give_the_year_when_the_rows_write_theirs() {
    let stamp = "3/14/29, 9:05 AM                          Glass 101 Schedule";
    let page1: &[&str] = &[
        stamp,
        "",
        "  Glass 101 Schedule",
        "",
        "     Date             Topic",
        "  Week 1",
        "  T-09-06-2022        Sand and soda",
        "  R-09-08-2022        Furnaces",
        "  Week 2",
        "  T-09-13-2022        Blowing",
        "",
        "file:///home/me/glass/schedule.html                                   1/2",
    ];
    let page2: &[&str] = &[
        stamp,
        "",
        "  R-09-15-2022        Annealing",
        "  Week 3",
        "  T-09-20-2022        Colour",
        "",
        "file:///home/me/glass/schedule.html                                   2/2",
    ];
    let (_d, path) = write_pdf(&[page1, page2]);
    let (events, stderr) = events_json(&path, &[]);
    let days: Vec<String> = summary(&events)
        .into_iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        days,
        [
            "lecture 2022-09-06",
            "lecture 2022-09-08",
            "lecture 2022-09-13",
            "lecture 2022-09-15",
            "lecture 2022-09-20",
        ],
        "{stderr}"
    );
}
