//! Schedule shapes, session 15 (issue 8), lead: an Org syllabus whose calendar is a table of
//! date cells, each week a row of bare dates under `M | W | F` with a row of notes beneath,
//! two calendars side by side (January to March left, March to May right), and whose title
//! block, with the lecture hours, is a LaTeX export block. Before, the export block hid the
//! hours (an office-hours table gave a Tuesday slot), the document was read as LaTeX, each
//! row of dates was one week, its notes rows were set aside as noise, and blank days such as
//! `| 2/3 | | |` were taken for page counters ("2/3" of a page footer).

use crate::common::timed_events_of;

const NOW: &[&str] = &[
    "--timezone",
    "America/New_York",
    "--now",
    "2026-12-02 00:00",
];

const SYLLABUS: &str = r"#+TITLE: Chemistry of Materials
#+OPTIONS: toc:nil
#+BEGIN_EXPORT latex
\begin{center}
\textsc{\Large Chemistry of Materials}\\Spring 2025
\end{center}
\begin{tabular}{l r}
Prof.\ R. Okafor & Room: 12 Hall\\
Office: 201 Annex & Lecture MW 9:00-10:15\\
\end{tabular}
#+END_EXPORT

* Office hours
| R. Okafor | Tu 4:00-5:00 | 201 Annex |

* Calendar
|------+------+------+---+------+------+------|
| M    | W    | F    |   | M    | W    | F    |
|------+------+------+---+------+------+------|
| 1/13 | 1/15 | 1/17 |   | 3/17 | 3/19 | 3/21 |
| Welcome! |  | HW 1 out |   |      | *Exam 2* | HW 4 due |
|------+------+------+---+------+------+------|
| 1/20 | 1/22 | 1/24 |   | 3/24 | 3/26 | 3/28 |
| *MLK Day* |  | HW 1 due |   |      |      | HW 5 due |
|------+------+------+---+------+------+------|
| 2/3  | 2/5  | 2/7  |   | 3/31 | 4/2  | 4/4  |
|      |      | HW 2 due |   | *BREAK* | *BREAK* | *BREAK* |
|------+------+------+---+------+------+------|
";

/// Every Monday and Wednesday in date order, left calendar first, at the title block's hours
/// (lectures without a topic are named by their week); the holiday gives none, and the blank
/// Wednesday after it is a class, not more of a break; the break's days give none, the exam
/// takes its day, and the Fridays (no class day) give only their homework.
#[test]
fn a_calendar_of_date_cells_gives_each_class_day_at_the_export_blocks_hours() {
    let (got, stderr) = timed_events_of(SYLLABUS, "syllabus.org", NOW);
    assert_eq!(
        got,
        [
            "lecture 2025-01-13T09:00 Welcome!",
            "lecture 2025-01-15T09:00 Lecture 1",
            "release 2025-01-17 Hw1 released",
            "lecture 2025-01-22T09:00 Lecture 2",
            "deadline 2025-01-24T23:59 Hw1 due",
            "lecture 2025-02-03T09:00 Lecture 4",
            "lecture 2025-02-05T09:00 Lecture 4",
            "deadline 2025-02-07T23:59 Hw2 due",
            "lecture 2025-03-17T09:00 Lecture 10",
            "exam 2025-03-19T09:00 Exam 2",
            "deadline 2025-03-21T23:59 Hw4 due",
            "lecture 2025-03-24T09:00 Lecture 11",
            "lecture 2025-03-26T09:00 Lecture 11",
            "deadline 2025-03-28T23:59 Hw5 due",
        ],
        "{stderr}"
    );
}

/// A saved page in a legacy encoding that its `<meta charset>` names is read in it: its
/// accented topics come out as written. Before, it was refused as "not UTF-8".
#[test]
fn a_latin1_page_that_names_its_charset_is_read() {
    let mut page: Vec<u8> =
        br#"<html><head><meta charset="iso-8859-1"><title>Programa</title></head>
<body><p>Aulas: ter"#
            .to_vec();
    page.extend(b"\xe7as 10:00-12:00</p>\n<table><tr><th>Data</th><th>Assunto</th></tr>\n");
    page.extend(b"<tr><td>05/03/2024</td><td>Introdu\xe7\xe3o</td></tr>\n");
    page.extend(b"<tr><td>12/03/2024</td><td>Vari\xe1veis</td></tr></table></body></html>\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("programa.html");
    std::fs::write(&path, &page).expect("write");
    let (events, stderr) = crate::common::events_json(&path, &["--timezone", "America/Sao_Paulo"]);
    assert_eq!(
        crate::common::summary_with_time(&events),
        [
            "lecture 2024-03-05T10:00 Introdução",
            "lecture 2024-03-12T10:00 Variáveis"
        ],
        "{stderr}"
    );
}

/// The same bytes without a declared charset are refused, saying which line and what to do:
/// a guess could read a Turkish or Polish letter as a Western one.
#[test]
fn undeclared_legacy_text_is_refused_with_a_conversion_hint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("syllabus.txt");
    std::fs::write(&path, b"Week 1\tOct 4, 2022\tGiri\xfe\n").expect("write");
    let out = crate::common::coursecal()
        .arg("events")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("syllabus.txt:1:") && stderr.contains("iconv"),
        "{stderr}"
    );
}

/// A weekday grid headed by one- and two-letter day codes (French `L | Ma | Me | J | V`): each
/// cell is the class of its column's day in the row's week, and the deadline in a cell falls
/// on that day at its written hour. Before, the codes were no weekdays and the grid no grid.
#[test]
fn a_grid_headed_by_weekday_codes_dates_each_cell_by_its_column() {
    let text = "# MTH 2000 – Été 2019

| Semaine | L | Ma | Me | J | V |
|---|---|---|---|---|---|
| 6 – 10 mai | Cours 1 | Cours 2 | | | |
| 13 – 17 mai | Cours 3 | | Remise devoir 1 avant 23h55 | Cours 4 | |
";
    let (got, stderr) = timed_events_of(text, "plan.md", &["--timezone", "America/Toronto"]);
    let wanted = [
        "lecture 2019-05-06 Cours 1",
        "lecture 2019-05-07 Cours 2",
        "lecture 2019-05-13 Cours 3",
        "deadline 2019-05-15T23:55 Devoir 1 avant 23h55 due",
        "lecture 2019-05-16 Cours 4",
    ];
    for w in wanted {
        assert!(got.iter().any(|g| g == w), "{w} not in {got:?}\n{stderr}");
    }
}

/// The look-alike: in a calendar of date cells a break opened on Monday ("Spring break, no
/// class") runs over the blank days after it in its week, even on the slot's Wednesday.
#[test]
fn a_blank_slot_day_inside_a_break_stays_off() {
    let text = "# Chemistry 101, Spring 2025

Lecture MW 9:00-10:15

| M    | W    | F    |
|------|------|------|
| 3/3  | 3/5  | 3/7  |
| Gases | | HW 5 due |
| 3/10 | 3/12 | 3/14 |
| Spring break, no class | | |
| 3/17 | 3/19 | 3/21 |
| Kinetics | | HW 6 due |
";
    let (got, stderr) = timed_events_of(text, "calendar.md", NOW);
    let lectures: Vec<&String> = got.iter().filter(|g| g.starts_with("lecture")).collect();
    assert!(
        !lectures
            .iter()
            .any(|l| l.contains("2025-03-10") || l.contains("2025-03-12")),
        "{lectures:?}\n{stderr}"
    );
    assert!(
        lectures
            .iter()
            .any(|l| l.starts_with("lecture 2025-03-05T09:00")),
        "{lectures:?}"
    );
    assert!(
        lectures
            .iter()
            .any(|l| l.starts_with("lecture 2025-03-17T09:00")),
        "{lectures:?}"
    );
}
