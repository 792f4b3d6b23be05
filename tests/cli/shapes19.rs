//! Schedule shapes, part 19: the same schedule published another way (a browser's print to
//! PDF, a text-mode browser's dump, a word processor's PDF) must give the same events
//! (issue #8). Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::pdf::pdf_of_pages;
use crate::common::{events_json, fixture, summary};

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

/// A weekday-column grid whose cells start with their own date, as a Markdown pipe table.
const GRID_MD: &str = "# Topology 500, Spring 2027\n\n\
| Monday | Wednesday | Friday |\n\
|---|---|---|\n\
| Jan 18. **MLK Day** | Jan 20. Open sets | Jan 22. Bases; **HW 1 due** |\n\
| Jan 25. Continuity | Jan 27. Products | Jan 29. Quotients |\n\
| Feb 1. Compactness | Feb 3. Tychonoff | Feb 5. Review; **HW 2 due** |\n";

/// The same grid as a PDF (LaTeX or a browser's print) or a text browser lays it out: the
/// cells are apart by runs of spaces, no pipes.
const GRID_LAID: &[&str] = &[
    "Topology 500, Spring 2027",
    "",
    "Monday                   Wednesday              Friday",
    "Jan 18. MLK Day          Jan 20. Open sets      Jan 22. Bases; HW 1 due",
    "Jan 25. Continuity       Jan 27. Products       Jan 29. Quotients",
    "Feb 1. Compactness       Feb 3. Tychonoff       Feb 5. Review; HW 2 due",
];

/// A grid laid out with spaces reads as its pipe table does: a class on every dated cell but
/// the holiday, each deadline on its own cell's day.
#[test]
fn a_weekday_grid_of_dated_cells_laid_out_with_spaces_reads_as_its_pipe_table() {
    let (_m, md) = fixture(GRID_MD, "schedule.md");
    let (from_md, stderr) = events_json(&md, &[]);
    let from_md = summary(&from_md);
    assert_eq!(
        from_md.len(),
        10,
        "8 classes and 2 deadlines:\n{from_md:#?}\n{stderr}"
    );
    assert!(
        from_md.iter().any(|s| s.starts_with("deadline 2027-01-22")),
        "{from_md:#?}"
    );
    let (_p, pdf) = write_pdf(&[GRID_LAID]);
    let (from_pdf, stderr) = events_json(&pdf, &[]);
    assert_eq!(summary(&from_pdf), from_md, "{stderr}");
    let text = GRID_LAID.join("\n");
    let (_t, txt) = fixture(&text, "schedule.txt");
    assert_eq!(summary(&events_json(&txt, &[]).0), from_md);
}

/// A table whose narrow date column wraps each date over two lines, as a word processor's
/// PDF or a text browser lays it out (`Tue,` over `March 2`).
const WRAPPED: &[&str] = &[
    "Ceramics 220, Spring 2027",
    "",
    "Date        Topic                       Work",
    "Tue,        Clay bodies                 Sketchbook out",
    "March 2",
    "Thu,        Wedging and centring",
    "March 4     on the wheel",
    "Tue,        Pulling walls               Sketchbook due",
    "March 9",
    "Thu,        Trimming",
    "March 11",
];

/// Each wrapped date is read with its row: one class per row on its day, the work on it.
#[test]
fn a_date_wrapped_over_two_lines_in_a_narrow_column_dates_its_row() {
    let (_p, pdf) = write_pdf(&[WRAPPED]);
    let (events, stderr) = events_json(&pdf, &[]);
    let got: Vec<String> = summary(&events)
        .into_iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        got,
        [
            "lecture 2027-03-02",
            "release 2027-03-02",
            "lecture 2027-03-04",
            "lecture 2027-03-09",
            "deadline 2027-03-09",
            "lecture 2027-03-11",
        ],
        "{stderr}"
    );
    // The rest of the line under the date is more of its row, not a row of its own.
    let second = &events[2];
    assert_eq!(second["title"], "Wedging and centring", "{second}");
    assert!(
        second.to_string().contains("on the wheel"),
        "the wrapped line is the row's: {second}"
    );
}

/// A table a text browser dumped (`w3m -dump`): the date column is as wide as its dates, so
/// only one space parts a date from the module number beside it, and the week number is
/// written on the week's first row only.
const DUMPED: &[&str] = &[
    "Weaving 150, Spring 2027",
    "",
    "Week    Date    Module  Topic",
    "1    2027-01-18 1       Looms and warps",
    "     2027-01-20 1       Plain weave",
    "     2027-01-22 1       Twill",
    "2    2027-01-25 2       Tapestry",
    "     2027-01-27 2       Finishing; HW 1 due",
];

/// Every row keeps its date: the rows that do not repeat the week are not lost as more of
/// the row above.
#[test]
fn a_date_one_space_from_the_next_column_in_a_text_dump_still_dates_its_row() {
    let (_t, path) = fixture(&DUMPED.join("\n"), "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    let got: Vec<String> = summary(&events)
        .into_iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        got,
        [
            "lecture 2027-01-18",
            "lecture 2027-01-20",
            "lecture 2027-01-22",
            "lecture 2027-01-25",
            "lecture 2027-01-27",
            "deadline 2027-01-27",
        ],
        "{stderr}"
    );
    assert_eq!(events[1]["title"], "Plain weave");
}
