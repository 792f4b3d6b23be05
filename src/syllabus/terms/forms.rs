//! How syllabi state (or imply) their year and term, in many forms and languages (each
//! written for this test), each above a small schedule whose rows write no year: every row
//! must land on its day in the right year. Term codes in titles and course codes, academic
//! years, numbered semesters and trimesters, seasons of many languages, the weekdays written
//! beside the dates when nothing names the year, and negatives (a copyright year, an update
//! stamp, a print stamp, a citation, a textbook's year, a room number, a past term cited
//! first) that must not set it.

use std::collections::BTreeSet;

use crate::syllabus::{ParseOptions, parse};

use Shape::{Html, List, Pipe, Spaced, Tab};

/// How the schedule below the statement is laid out.
#[derive(Clone, Copy)]
enum Shape {
    Tab,
    Pipe,
    Html,
    List,
    Spaced,
}

/// A header (title lines), the layout, the dates as the rows write them, and the days they are.
struct Case {
    header: &'static str,
    shape: Shape,
    rows: &'static [&'static str],
    want: &'static [&'static str],
}

const fn case(
    header: &'static str,
    shape: Shape,
    rows: &'static [&'static str],
    want: &'static [&'static str],
) -> Case {
    Case {
        header,
        shape,
        rows,
        want,
    }
}

const TOPICS: [&str; 4] = ["Introduction", "Foundations", "Applications", "Review"];

const CASES: &[Case] = &[
    case(
        "TDDC17 Artificiell intelligens HT19",
        Tab,
        &["3 sep", "10 sep", "1 okt", "8 okt"],
        &["2019-09-03", "2019-09-10", "2019-10-01", "2019-10-08"],
    ),
    case(
        "Kurs 1MA021 Linjär algebra VT20",
        Pipe,
        &["21 jan", "4 feb", "3 mars", "17 mars"],
        &["2020-01-21", "2020-02-04", "2020-03-03", "2020-03-17"],
    ),
    case(
        "INF2100 Programmeringsprosjekt H22",
        Tab,
        &["22.08.", "29.08.", "05.09.", "12.09."],
        &["2022-08-22", "2022-08-29", "2022-09-05", "2022-09-12"],
    ),
    case(
        "MAT1110 Kalkulus V26",
        List,
        &["19.01.", "02.02.", "16.02.", "02.03."],
        &["2026-01-19", "2026-02-02", "2026-02-16", "2026-03-02"],
    ),
    case(
        "IFT2015-A19 Structures de données",
        Html,
        &["5 sept.", "12 sept.", "3 oct.", "10 oct."],
        &["2019-09-05", "2019-09-12", "2019-10-03", "2019-10-10"],
    ),
    case(
        "MAT1400 H26 Calcul 1",
        Tab,
        &["13 janv.", "20 janv.", "3 févr.", "10 févr."],
        &["2026-01-13", "2026-01-20", "2026-02-03", "2026-02-10"],
    ),
    case(
        "ECN1000-E20 Principes d'économie",
        Pipe,
        &["5 mai", "12 mai", "2 juin", "9 juin"],
        &["2020-05-05", "2020-05-12", "2020-06-02", "2020-06-09"],
    ),
    case(
        "Vorlesung Analysis I, WS 2023/24",
        Tab,
        &["17.10.", "07.11.", "12.12.", "09.01."],
        &["2023-10-17", "2023-11-07", "2023-12-12", "2024-01-09"],
    ),
    case(
        "Lineare Algebra II (SoSe 24)",
        Pipe,
        &["16.04.", "07.05.", "04.06.", "02.07."],
        &["2024-04-16", "2024-05-07", "2024-06-04", "2024-07-02"],
    ),
    case(
        "Numerik, SS 2024",
        Spaced,
        &["15.04.", "06.05.", "03.06.", "01.07."],
        &["2024-04-15", "2024-05-06", "2024-06-03", "2024-07-01"],
    ),
    case(
        "Wintersemester 2022/23: Datenbanken",
        List,
        &["Di 18.10.", "Di 15.11.", "Di 13.12.", "Di 17.01."],
        &["2022-10-18", "2022-11-15", "2022-12-13", "2023-01-17"],
    ),
    case(
        "Course outline, academic year 2014/15",
        Tab,
        &["7 Oct", "4 Nov", "3 Feb", "3 Mar"],
        &["2014-10-07", "2014-11-04", "2015-02-03", "2015-03-03"],
    ),
    case(
        "Programme 2014-2015, second semester",
        Pipe,
        &["20 Jan", "10 Feb", "10 Mar", "7 Apr"],
        &["2015-01-20", "2015-02-10", "2015-03-10", "2015-04-07"],
    ),
    case(
        "COMP3100 Operating Systems, T1 2020",
        Tab,
        &["18 Feb", "3 Mar", "17 Mar", "7 Apr"],
        &["2020-02-18", "2020-03-03", "2020-03-17", "2020-04-07"],
    ),
    case(
        "Data Science Trimester 2, 2021",
        Html,
        &["31 May", "14 June", "5 July", "19 July"],
        &["2021-05-31", "2021-06-14", "2021-07-05", "2021-07-19"],
    ),
    case(
        "STAT2001 Semester 2, 2021",
        Tab,
        &["27 July", "10 Aug", "7 Sept", "5 Oct"],
        &["2021-07-27", "2021-08-10", "2021-09-07", "2021-10-05"],
    ),
    case(
        "Cálculo Diferencial 2023-1",
        Tab,
        &["14 de marzo", "28 de marzo", "11 de abril", "9 de mayo"],
        &["2023-03-14", "2023-03-28", "2023-04-11", "2023-05-09"],
    ),
    case(
        "Física II — período 2023-2",
        Pipe,
        &[
            "8 de agosto",
            "22 de agosto",
            "12 de septiembre",
            "10 de octubre",
        ],
        &["2023-08-08", "2023-08-22", "2023-09-12", "2023-10-10"],
    ),
    case(
        "Cálculo I – 2º semestre de 2020",
        List,
        &["10/08", "24/08", "14/09", "05/10"],
        &["2020-08-10", "2020-08-24", "2020-09-14", "2020-10-05"],
    ),
    case(
        "ECON 101: Principles, Fall '22",
        Tab,
        &["Sep 6", "Sep 20", "Oct 4", "Nov 1"],
        &["2022-09-06", "2022-09-20", "2022-10-04", "2022-11-01"],
    ),
    case(
        "HIST 210, Spring '23 — syllabus",
        Html,
        &["Jan 24", "Feb 7", "Mar 7", "Apr 4"],
        &["2023-01-24", "2023-02-07", "2023-03-07", "2023-04-04"],
    ),
    case(
        "Module handbook, Autumn Term 2021",
        Tab,
        &["5 Oct", "19 Oct", "2 Nov", "30 Nov"],
        &["2021-10-05", "2021-10-19", "2021-11-02", "2021-11-30"],
    ),
    case(
        "Part IB Physics — Michaelmas 2019",
        Tab,
        &["10 Oct", "24 Oct", "7 Nov", "21 Nov"],
        &["2019-10-10", "2019-10-24", "2019-11-07", "2019-11-21"],
    ),
    case(
        "Lecture list, Lent Term 2020",
        Pipe,
        &["21 Jan", "4 Feb", "18 Feb", "3 Mar"],
        &["2020-01-21", "2020-02-04", "2020-02-18", "2020-03-03"],
    ),
    case(
        "Hilary 2021: Quantum Theory",
        Spaced,
        &["19 Jan", "2 Feb", "16 Feb", "2 Mar"],
        &["2021-01-19", "2021-02-02", "2021-02-16", "2021-03-02"],
    ),
    case(
        "CS 161, Spring Quarter 2024",
        Pipe,
        &["Apr 2", "Apr 16", "May 7", "Jun 4"],
        &["2024-04-02", "2024-04-16", "2024-05-07", "2024-06-04"],
    ),
    case(
        "CENG 213 Veri Yapıları, Güz 2022",
        Tab,
        &["4 Ekim", "18 Ekim", "8 Kasım", "6 Aralık"],
        &["2022-10-04", "2022-10-18", "2022-11-08", "2022-12-06"],
    ),
    case(
        "MAT 102, Bahar 2023",
        List,
        &["21 Şubat", "7 Mart", "4 Nisan", "2 Mayıs"],
        &["2023-02-21", "2023-03-07", "2023-04-04", "2023-05-02"],
    ),
    case(
        "操作系统 秋季 2021",
        Tab,
        &["9月13日", "9月27日", "10月11日", "11月8日"],
        &["2021-09-13", "2021-09-27", "2021-10-11", "2021-11-08"],
    ),
    case(
        "Analyse, automne 2022",
        Pipe,
        &["6 sept.", "20 sept.", "4 oct.", "8 nov."],
        &["2022-09-06", "2022-09-20", "2022-10-04", "2022-11-08"],
    ),
    case(
        "Algèbre linéaire, hiver 2023",
        Tab,
        &["10 janv.", "24 janv.", "7 févr.", "14 mars"],
        &["2023-01-10", "2023-01-24", "2023-02-07", "2023-03-14"],
    ),
    case(
        "Microeconomía, semestre de otoño 2022",
        Pipe,
        &[
            "16 de agosto",
            "6 de septiembre",
            "4 de octubre",
            "8 de noviembre",
        ],
        &["2022-08-16", "2022-09-06", "2022-10-04", "2022-11-08"],
    ),
    case(
        "Analisi 1, primo semestre 2022/2023",
        Tab,
        &["03/10", "17/10", "14/11", "12/12"],
        &["2022-10-03", "2022-10-17", "2022-11-14", "2022-12-12"],
    ),
    case(
        "Algebra liniowa, semestr zimowy 2022/23",
        Pipe,
        &["04.10.", "08.11.", "06.12.", "10.01."],
        &["2022-10-04", "2022-11-08", "2022-12-06", "2023-01-10"],
    ),
    case(
        "Analiza, semestr letni 2022/23",
        Tab,
        &["01.03.", "05.04.", "10.05.", "07.06."],
        &["2023-03-01", "2023-04-05", "2023-05-10", "2023-06-07"],
    ),
    case(
        "Statistiek, najaar 2022",
        List,
        &["5 Sept", "19 Sept", "3 Oct", "17 Oct"],
        &["2022-09-05", "2022-09-19", "2022-10-03", "2022-10-17"],
    ),
    case(
        "Emneplan: Høst 2022",
        Tab,
        &["23.08.", "06.09.", "04.10.", "01.11."],
        &["2022-08-23", "2022-09-06", "2022-10-04", "2022-11-01"],
    ),
    case(
        "Emne MAT1100, vår 2023",
        Pipe,
        &["17.01.", "07.02.", "07.03.", "11.04."],
        &["2023-01-17", "2023-02-07", "2023-03-07", "2023-04-11"],
    ),
    case(
        "Kursplan höstterminen 2021",
        Tab,
        &["31 aug", "14 sep", "5 okt", "19 okt"],
        &["2021-08-31", "2021-09-14", "2021-10-05", "2021-10-19"],
    ),
    case(
        "Undervisningsplan, efterår 2021",
        Tab,
        &["02.09.", "16.09.", "07.10.", "04.11."],
        &["2021-09-02", "2021-09-16", "2021-10-07", "2021-11-04"],
    ),
    case(
        "Intro to Databases — course schedule",
        Tab,
        &["Tue 9/13", "Thu 9/15", "Tue 9/20", "Thu 9/22"],
        &["2022-09-13", "2022-09-15", "2022-09-20", "2022-09-22"],
    ),
    case(
        "Graph Theory\nLecture notes and schedule",
        Pipe,
        &["Tue Sep 12", "Thu Sep 14", "Tue Oct 3", "Thu Oct 5"],
        &["2023-09-12", "2023-09-14", "2023-10-03", "2023-10-05"],
    ),
    case(
        "Seminar Logik\nTermine",
        Tab,
        &["Di 19.10.", "Di 26.10.", "Di 09.11.", "Di 23.11."],
        &["2021-10-19", "2021-10-26", "2021-11-09", "2021-11-23"],
    ),
    case(
        "Taller de escritura\nCalendario",
        Pipe,
        &["martes 13/8", "martes 20/8", "martes 3/9", "martes 17/9"],
        &["2024-08-13", "2024-08-20", "2024-09-03", "2024-09-17"],
    ),
    case(
        "Histoire moderne — séances",
        Html,
        &[
            "mar. 13 sept.",
            "mar. 20 sept.",
            "mar. 4 oct.",
            "mar. 18 oct.",
        ],
        &["2022-09-13", "2022-09-20", "2022-10-04", "2022-10-18"],
    ),
    case(
        "Calculus I\n© 2019 Department of Mathematics",
        Tab,
        &["Mon 12 Sept", "Wed 14 Sept", "Mon 19 Sept", "Mon 26 Sept"],
        &["2022-09-12", "2022-09-14", "2022-09-19", "2022-09-26"],
    ),
    case(
        "Organic Chemistry\nLast updated 2024-01-05",
        Tab,
        &["Tue Sep 12", "Tue Sep 19", "Tue Oct 3", "Tue Oct 17"],
        &["2023-09-12", "2023-09-19", "2023-10-03", "2023-10-17"],
    ),
    case(
        "9/1/24, 10:03 AM    Course schedule\nLinear Models",
        Tab,
        &["Tue Sep 5", "Tue Sep 12", "Tue Sep 19", "Tue Oct 3"],
        &["2023-09-05", "2023-09-12", "2023-09-19", "2023-10-03"],
    ),
    case(
        "Sociology 200\nReadings follow the framework of (Smith, 2020).",
        Pipe,
        &["Tue Sep 6", "Tue Sep 13", "Tue Sep 20", "Tue Sep 27"],
        &["2022-09-06", "2022-09-13", "2022-09-20", "2022-09-27"],
    ),
    case(
        "Microeconomics\nTextbook: Varian, Intermediate Microeconomics, 9th edition, 2019.",
        Tab,
        &["Tue 7 Sept", "Tue 14 Sept", "Tue 21 Sept", "Tue 5 Oct"],
        &["2021-09-07", "2021-09-14", "2021-09-21", "2021-10-05"],
    ),
    case(
        "Physics 2\nLectures in Room 2019, Science Hall",
        Tab,
        &["Tue Sep 13", "Tue Sep 20", "Tue Oct 4", "Tue Oct 18"],
        &["2022-09-13", "2022-09-20", "2022-10-04", "2022-10-18"],
    ),
    case(
        "Compilers\nThis course was last taught in Spring 2019; this term it is new.",
        Pipe,
        &["Mon Sep 12", "Mon Sep 19", "Mon Oct 3", "Mon Oct 17"],
        &["2022-09-12", "2022-09-19", "2022-10-03", "2022-10-17"],
    ),
    case(
        "Econometrics, Fall 2021\nLectures in room H22 and lab A19",
        Tab,
        &["Sep 7", "Sep 21", "Oct 5", "Oct 19"],
        &["2021-09-07", "2021-09-21", "2021-10-05", "2021-10-19"],
    ),
    case(
        "Networks (SS 2024), Bus E20 stops at the door",
        Tab,
        &["16.04.", "23.04.", "07.05.", "21.05."],
        &["2024-04-16", "2024-04-23", "2024-05-07", "2024-05-21"],
    ),
    case(
        "Algorithms, Fall 2022",
        Tab,
        &["Nov 28", "Dec 5", "Jan 9", "Jan 16"],
        &["2022-11-28", "2022-12-05", "2023-01-09", "2023-01-16"],
    ),
    case(
        "Seminar\nMondays",
        Pipe,
        &["Mon Oct 31", "Mon Nov 14", "Mon Dec 5", "Mon Jan 9"],
        &["2022-10-31", "2022-11-14", "2022-12-05", "2023-01-09"],
    ),
    case(
        "Ethics\nFirst class: 5 September 2022",
        Tab,
        &["12 Sept", "19 Sept", "3 Oct", "17 Oct"],
        &["2022-09-12", "2022-09-19", "2022-10-03", "2022-10-17"],
    ),
    case(
        "Winter Quarter 2024, Statistics",
        Tab,
        &["Jan 9", "Jan 23", "Feb 6", "Mar 5"],
        &["2024-01-09", "2024-01-23", "2024-02-06", "2024-03-05"],
    ),
    case(
        "CSE 332 FA24 — Data Abstractions",
        Tab,
        &["Sep 26", "Oct 3", "Oct 17", "Nov 7"],
        &["2024-09-26", "2024-10-03", "2024-10-17", "2024-11-07"],
    ),
    case(
        "MATH 3310 (SP25)\nSchedule of topics",
        Pipe,
        &["Jan 14", "Feb 4", "Mar 4", "Apr 8"],
        &["2025-01-14", "2025-02-04", "2025-03-04", "2025-04-08"],
    ),
    case(
        "Course page: www.example.edu/~lee/cs240-fall2023/",
        Tab,
        &["Sep 7", "Sep 21", "Oct 5", "Oct 19"],
        &["2023-09-07", "2023-09-21", "2023-10-05", "2023-10-19"],
    ),
    case(
        "Data Structures\nFinal exam: Wednesday, January 10, 2024, 9:00",
        Tab,
        &["Sep 12", "Oct 10", "Nov 14", "Dec 5"],
        &["2023-09-12", "2023-10-10", "2023-11-14", "2023-12-05"],
    ),
    case(
        "Optics\nThe S&P 500 fell 2% in 2008; SP500 is an index.\nFall 2021",
        Tab,
        &["Sep 8", "Sep 22", "Oct 6", "Oct 20"],
        &["2021-09-08", "2021-09-22", "2021-10-06", "2021-10-20"],
    ),
    case(
        "Topology, Fall 2022",
        Tab,
        &["04/10", "11/10", "18/10", "25/10"],
        &["2022-10-04", "2022-10-11", "2022-10-18", "2022-10-25"],
    ),
    case(
        "Mecánica, Spring 2023",
        Pipe,
        &["Mon 06/03", "Mon 13/03", "Mon 03/04", "Mon 10/04"],
        &["2023-03-06", "2023-03-13", "2023-04-03", "2023-04-10"],
    ),
    case(
        "Algebra\nSchedule",
        Tab,
        &["Mon 04/03", "Mon 11/03", "Mon 01/04", "Mon 08/04"],
        &["2024-03-04", "2024-03-11", "2024-04-01", "2024-04-08"],
    ),
];

/// Forms the parser does not read yet, by their header (see docs/parser.md, "The year and
/// the term"): each is a schedule that writes no year anywhere, only weekdays, which fit a year
/// every five to eleven years; parsing has no clock to choose among them, so it is refused with
/// "cannot tell the year" and the `--term` to pass.
const EXPECTED_TO_FAIL: &[&str] = &[
    "Intro to Databases — course schedule",
    "Graph Theory\nLecture notes and schedule",
    "Seminar Logik\nTermine",
    "Taller de escritura\nCalendario",
    "Histoire moderne — séances",
    "Seminar\nMondays",
    "Algebra\nSchedule",
];

fn document(c: &Case) -> String {
    let rows = c.rows.iter().zip(TOPICS);
    match c.shape {
        Tab => {
            let body: String = rows.map(|(d, t)| format!("{d}\t{t}\n")).collect();
            format!("{}\n\nSchedule\n\nDate\tTopic\n{body}", c.header)
        }
        Spaced => {
            let body: String = rows.map(|(d, t)| format!("{d:<14}{t}\n")).collect();
            format!("{}\n\nSchedule\n\nDate          Topic\n{body}", c.header)
        }
        Pipe => {
            let body: String = rows.map(|(d, t)| format!("| {d} | {t} |\n")).collect();
            format!(
                "# {}\n\n## Schedule\n\n| Date | Topic |\n|---|---|\n{body}",
                c.header.replace('\n', "\n\n")
            )
        }
        Html => {
            let head: String = c.header.lines().map(|l| format!("<p>{l}</p>\n")).collect();
            let body: String = rows
                .map(|(d, t)| format!("<tr><td>{d}</td><td>{t}</td></tr>\n"))
                .collect();
            format!(
                "<html><body>\n{head}<h2>Schedule</h2>\n<table>\n<tr><th>Date</th><th>Topic</th></tr>\n{body}</table>\n</body></html>\n"
            )
        }
        List => {
            let body: String = rows.map(|(d, t)| format!("- {d}: {t}\n")).collect();
            format!("{}\n\nSchedule\n\n{body}", c.header)
        }
    }
}

/// What is wrong with the days the case's document gives, if anything: a row's day missing,
/// or given in another year (other events, such as a stamp read as a row, are another cause's).
fn failure(c: &Case) -> Option<String> {
    let parsed = match parse(&document(c), &ParseOptions::default()) {
        Ok(p) => p,
        Err(e) => return Some(e.to_string()),
    };
    let got: BTreeSet<String> = parsed
        .events
        .iter()
        .map(|e| e.when.date().to_string())
        .collect();
    let missing: Vec<&str> = c
        .want
        .iter()
        .copied()
        .filter(|d| !got.contains(*d))
        .collect();
    let elsewhere: Vec<&String> = got
        .iter()
        .filter(|g| c.want.iter().any(|w| w[4..] == g[4..] && **w != g[..]))
        .collect();
    (!missing.is_empty() || !elsewhere.is_empty())
        .then(|| format!("missing {missing:?}, in another year {elsewhere:?}"))
}

#[test]
fn every_statement_of_the_year_puts_the_rows_on_their_days() {
    assert!(CASES.len() >= 40);
    let mut failures = Vec::new();
    let mut passing_known = Vec::new();
    for c in CASES {
        let known = EXPECTED_TO_FAIL.contains(&c.header);
        match (failure(c), known) {
            (Some(why), false) => failures.push(format!("{:?}: {why}", c.header)),
            (None, true) => passing_known.push(format!("{:?}", c.header)),
            _ => {}
        }
    }
    assert!(
        failures.is_empty() && passing_known.is_empty(),
        "{} of {} forms fail:\n{}\npassing, but listed as failing:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n"),
        passing_known.join("\n")
    );
}
