//! The shapes a dated schedule takes besides a table with a date column, each written for
//! this test: every one must be read as dated rows (never "found no dated schedule"), its
//! events on exactly the days it dates.

use chrono::NaiveDate;

use crate::syllabus::{ParseOptions, parse};

const HEADER: &str = "BIO 240 Cell Biology, Fall 2024\n\
                      Lectures: Tuesdays and Thursdays 14:00-15:15, Room C3\n\n";

/// A shape's name, the schedule, and the days (in October 2024) its events fall on.
const SHAPES: &[(&str, &str, &[u32])] = &[
    (
        "rST simple table",
        "Schedule\n\n=========  ===============\nDate       Topic\n=========  ===============\n\
         Oct 1      Membranes\nOct 3      Transport\nOct 8      Signalling\n\
         =========  ===============\n",
        &[1, 3, 8],
    ),
    (
        "rST grid table",
        "Schedule\n\n+--------+-------------+\n| Date   | Topic       |\n+========+=============+\n\
         | Oct 1  | Membranes   |\n+--------+-------------+\n| Oct 3  | Transport   |\n\
         +--------+-------------+\n| Oct 8  | Signalling  |\n+--------+-------------+\n",
        &[1, 3, 8],
    ),
    (
        "definition list",
        "Schedule\n\nOct 1\n: Membranes\n\nOct 3\n: Transport\n\nOct 8\n: Signalling\n",
        &[1, 3, 8],
    ),
    (
        "dates as headings",
        "## Schedule\n\n### October 1\n- Membranes\n- Reading: chapter 2\n\n\
         ### October 3\n- Transport\n\n### October 8\n- Signalling\n",
        &[1, 3, 8],
    ),
    (
        "bullet items that begin with a date",
        "Schedule\n\n- 1 October: Membranes\n- 3 October: Transport\n- 8 October: Signalling\n",
        &[1, 3, 8],
    ),
    (
        "prose lines that begin with a date",
        "Schedule\n\nOct 1 - Membranes and lipids\nOct 3 - Transport\nOct 8 - Signalling\n",
        &[1, 3, 8],
    ),
    (
        "date on the first row of each day only",
        "Schedule\n\n| Date | Topic |\n|---|---|\n| Oct 1 | Membranes |\n| | Lipid rafts |\n\
         | Oct 3 | Transport |\n| Oct 8 | Signalling |\n|_| Receptors |\n",
        &[1, 3, 8],
    ),
    (
        "several small tables",
        "Week 1\n\n| Date | Topic |\n|---|---|\n| Oct 1 | Membranes |\n| Oct 3 | Transport |\n\n\
         Week 2\n\n| Date | Topic |\n|---|---|\n| Oct 8 | Signalling |\n| Oct 10 | Receptors |\n",
        &[1, 3, 8, 10],
    ),
    (
        "indented rows under week lines",
        "Schedule\n\nWeek 1\n  Tue 1 Oct    Membranes\n  Thu 3 Oct    Transport\n\
         Week 2\n  Tue 8 Oct    Signalling\n",
        &[1, 3, 8],
    ),
    (
        "numbered items with the date in brackets",
        "Schedule\n\n1. Membranes (1 Oct)\n2. Transport (3 Oct)\n3. Signalling (8 Oct)\n",
        &[1, 3, 8],
    ),
    (
        "bold dates beginning paragraphs",
        "Schedule\n\n**Oct 1.** Membranes\n\n**Oct 3.** Transport\n\n**Oct 8.** Signalling\n",
        &[1, 3, 8],
    ),
    (
        "dotted leaders to the date",
        "Schedule\n\nMembranes ..................... Oct 1\nTransport ..................... Oct 3\n\
         Signalling .................... Oct 8\n",
        &[1, 3, 8],
    ),
    (
        "a date column after the topic",
        "Schedule\n\n| Topic | Date |\n|---|---|\n| Membranes | 1.10.2024 |\n\
         | Transport | 3.10.2024 |\n| Signalling | 8.10.2024 |\n",
        &[1, 3, 8],
    ),
    (
        "a German list of sessions",
        "Termine\n\n- Di, 1. Oktober: Membranen\n- Do, 3. Oktober: Transport\n\
         - Di, 8. Oktober: Signale\n",
        &[1, 3, 8],
    ),
    (
        "numbered weeks and the first class's date",
        "Classes begin on Tuesday, 1 October 2024.\n\n| Week | Topic |\n|---|---|\n\
         | 1 | Membranes |\n| 2 | Transport |\n| 3 | Signalling |\n",
        &[1, 3, 8, 10, 15, 17],
    ),
    (
        "numbered weeks and a sentence on the first lecture",
        "The first lecture is on Tuesday, October 1.\n\n| Week | Topic |\n|---|---|\n\
         | 1 | Membranes |\n| 2 | Transport |\n| 3 | Signalling |\n",
        &[1, 3, 8, 10, 15, 17],
    ),
    (
        "days under a month heading",
        "## October\n\n- Tue 1: Membranes\n- Thu 3: Transport\n- Tue 8: Signalling\n",
        &[1, 3, 8],
    ),
    (
        "a table of days under a month line",
        "October 2024\n\n| Day | Topic |\n|---|---|\n| 1 | Membranes |\n| 3 | Transport |\n\
         | 8 | Signalling |\n",
        &[1, 3, 8],
    ),
    (
        "a month column written once",
        "| Month | Day | Topic |\n|---|---|---|\n| October | 1 | Membranes |\n\
         |  | 3 | Transport |\n|  | 8 | Signalling |\n",
        &[1, 3, 8],
    ),
    (
        "a Spanish list of sessions",
        "Calendario\n\n- martes 1 de octubre: Membranas\n- jueves 3 de octubre: Transporte\n\
         - martes 8 de octubre: Señales\n",
        &[1, 3, 8],
    ),
];

#[test]
fn every_dated_shape_is_read_as_dated_rows() {
    let failures: Vec<String> = SHAPES
        .iter()
        .filter_map(|(name, body, days)| {
            let want: Vec<NaiveDate> = days
                .iter()
                .map(|d| NaiveDate::from_ymd_opt(2024, 10, *d).unwrap())
                .collect();
            match parse(&format!("{HEADER}{body}"), &ParseOptions::default()) {
                Err(e) => Some(format!("{name}: {e}")),
                Ok(p) => {
                    let mut got: Vec<NaiveDate> = p.events.iter().map(|e| e.when.date()).collect();
                    got.sort();
                    got.dedup();
                    (got != want).then(|| format!("{name}: events on {got:?}"))
                }
            }
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} shapes fail:\n{}",
        failures.len(),
        SHAPES.len(),
        failures.join("\n")
    );
}
