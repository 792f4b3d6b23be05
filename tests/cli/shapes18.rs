//! Schedule shapes, part 18: structure that must read the same whatever the input format
//! (issue #8). Every fixture is written for these tests (invented courses, topics and dates).

use crate::common::pdf::pdf_of_pages;
use crate::common::{events_json, fixture, summary};

/// The rows of a table whose first column names each row's kind, as HTML cells.
const KIND_FIRST_ROWS: [[&str; 3]; 5] = [
    ["Lecture", "10/03", "Atoms and bonds"],
    ["Lab", "12/03", "Titration basics"],
    ["Tutorial", "14/03", "Worked problems"],
    ["Lecture", "17/03", "Reaction rates"],
    ["Lab", "19/03", "Spectra"],
];

fn html_table(rows: &[[&str; 3]]) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|[k, d, t]| format!("<tr><td>{k}</td><td>{d}</td><td>{t}</td></tr>"))
        .collect();
    format!("<table>\n{}\n</table>\n", rows.join("\n"))
}

fn kinds_and_days(path: &std::path::Path) -> (Vec<String>, String) {
    let (events, stderr) = events_json(path, &[]);
    let got = summary(&events)
        .into_iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    (got, stderr)
}

/// A kind column first in an HTML table gives each row its kind as it does in a tab table:
/// lab and tutorial rows are not lectures.
#[test]
fn an_html_table_with_the_kind_first_reads_each_rows_kind_as_a_tab_table_does() {
    let html = format!(
        "<html><body><h1>Chem 210, Spring 2025</h1>\n<p>Lectures: Monday 10:00-12:00</p>\n{}</body></html>\n",
        html_table(&KIND_FIRST_ROWS)
    );
    let tabs: Vec<String> = KIND_FIRST_ROWS.iter().map(|r| r.join("\t")).collect();
    let text = format!(
        "Chem 210, Spring 2025\n\nLectures: Monday 10:00-12:00\n\n{}\n",
        tabs.join("\n")
    );
    let (_h, html_path) = fixture(&html, "schedule.html");
    let (_t, text_path) = fixture(&text, "schedule.txt");
    let (from_html, stderr) = kinds_and_days(&html_path);
    assert_eq!(from_html, KIND_FIRST_DAYS, "{stderr}");
    assert_eq!(kinds_and_days(&text_path).0, from_html);
}

/// What both kind-first tables give: the lecture rows as lectures, the lab rows as `other`.
const KIND_FIRST_DAYS: [&str; 5] = [
    "lecture 2025-03-10",
    "other 2025-03-12",
    "other 2025-03-14",
    "lecture 2025-03-17",
    "other 2025-03-19",
];

/// The same in a Markdown file whose schedule is an HTML block, with Spanish kind words.
#[test]
fn a_markdown_file_with_an_html_table_of_spanish_kinds_reads_each_rows_kind() {
    let rows = KIND_FIRST_ROWS.map(|[k, d, t]| {
        let k = match k {
            "Lecture" => "Clase",
            "Lab" => "Práctica",
            _ => "Laboratorio",
        };
        [k, d, t]
    });
    let md = format!(
        "# Química 210, Primavera 2025\n\nClases: lunes 10:00-12:00\n\n{}",
        html_table(&rows)
    );
    let (_d, path) = fixture(&md, "programa.md");
    let (got, stderr) = kinds_and_days(&path);
    assert_eq!(got, KIND_FIRST_DAYS, "{stderr}");
}

fn write_pdf(pages: &[&[&str]]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("syllabus.pdf");
    std::fs::write(&path, pdf_of_pages(pages)).expect("write pdf");
    (dir, path)
}

/// A running page header left over from last year's copy names a term; the title names
/// another. The title's term dates the schedule: the header is the same line on every page,
/// not the document's own statement of its term.
#[test]
fn a_running_page_header_naming_an_old_term_does_not_date_the_schedule() {
    let header = "Econ 101 - Winter 2024";
    let pages: [&[&str]; 3] = [
        &[
            header,
            "",
            "Econ 101: Principles of Economics, Winter 2025",
            "Lectures: Tuesday 14:00-15:30, Room 12",
            "",
            "Date      Topic",
            "Jan 7     Scarcity and choice",
        ],
        &[
            header,
            "",
            "Jan 14    Supply and demand",
            "Jan 21    Elasticity",
        ],
        &[
            header,
            "",
            "Jan 28    Consumer choice",
            "Feb 4     Firms and costs",
        ],
    ];
    let (_d, path) = write_pdf(&pages);
    let (got, stderr) = kinds_and_days(&path);
    assert_eq!(
        got,
        [
            "lecture 2025-01-07",
            "lecture 2025-01-14",
            "lecture 2025-01-21",
            "lecture 2025-01-28",
            "lecture 2025-02-04"
        ],
        "{stderr}"
    );
}

/// The variant: the stale term is in a running footer at the foot of every page, and a
/// document whose only term is its running header still takes that term.
#[test]
fn a_running_footer_yields_to_the_title_and_alone_still_names_the_term() {
    let footer = "Geology 150 notes, Spring 2023 edition";
    let pages: [&[&str]; 3] = [
        &[
            "Geology 150: Rocks and Rivers (Spring 2024)",
            "Lectures: Thursday 09:00-10:30",
            "",
            "Mar 7     Minerals",
            "",
            footer,
        ],
        &["Mar 14    Igneous rocks", "", footer],
        &["Mar 21    Sediments", "", footer],
    ];
    let (_d, path) = write_pdf(&pages);
    let (got, stderr) = kinds_and_days(&path);
    assert_eq!(
        got,
        [
            "lecture 2024-03-07",
            "lecture 2024-03-14",
            "lecture 2024-03-21"
        ],
        "{stderr}"
    );
    let untitled: Vec<&[&str]> = pages
        .iter()
        .map(|p| {
            if p[0].starts_with("Geology") {
                &p[1..]
            } else {
                *p
            }
        })
        .collect();
    let (_u, path) = write_pdf(&untitled);
    let (got, stderr) = kinds_and_days(&path);
    // Read in 2023, the lectures fall on that year's Thursdays of those weeks.
    assert_eq!(got.len(), 3, "{stderr}");
    assert!(
        got.iter().all(|e| e.starts_with("lecture 2023-03-")),
        "{got:?} {stderr}"
    );
}
