//! How schedules spell a date, in many forms and languages (each written for this test): every
//! spelling dates the five rows of a small schedule of Monday and Wednesday classes in July
//! 2023, in one of the shapes schedules take, and the events must fall on exactly those days.
//! Then things that look like a date and are not: each sits in a schedule of ISO dates and
//! must add no event, or sits in a document with no schedule, which must still be refused.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::syllabus::{ParseOptions, SyllabusError, parse};

/// The shape a case's schedule is laid out in.
#[derive(Clone, Copy, Debug)]
enum Shape {
    /// Date and topic separated by a tab.
    Tab,
    /// Columns laid out with spaces.
    Spaces,
    /// A Markdown pipe table.
    Pipe,
    /// An HTML table.
    Html,
    /// A bullet list under week headings, "- DATE: topic".
    Weeks,
}
use Shape::{Html, Pipe, Spaces, Tab, Weeks};

/// A spelling: `{d}` is the day, `{dd}` the day in two digits, `{ord}` the day with its
/// English ordinal ending, `{wd}` the weekday's English abbreviation, `{w1}` its one-letter
/// code (M T W R F).
const SPELLINGS: &[(&str, Shape)] = &[
    // English month names.
    ("Jul-{dd}", Tab),
    ("Jul-{dd}", Pipe),
    ("{dd}-Jul", Tab),
    ("{wd}-Jul-{dd}", Spaces),
    ("{wd}-Jul-{dd}", Pipe),
    ("{w1}-Jul-{dd}", Tab),
    ("{w1}-Jul-{dd}", Spaces),
    ("{wd}, Jul {d}", Pipe),
    ("{wd} Jul {d}", Html),
    ("July {ord}", Tab),
    ("{ord} July", Pipe),
    ("the {ord} of July", Tab),
    ("the {ord} of July", Weeks),
    ("Jul. {d}", Spaces),
    ("{d} Jul 23", Tab),
    ("{dd}-Jul-23", Pipe),
    ("{ord} of July", Spaces),
    ("{d} Jul 2023", Html),
    ("July {d}, 2023", Weeks),
    ("{wd}, {d} July", Weeks),
    ("Jul-{dd}-2023", Pipe),
    // Numbers only.
    ("{dd}.07.", Tab),
    ("{d}.7.", Pipe),
    ("{dd}.07.2023", Spaces),
    ("2023.07.{dd}", Tab),
    ("2023.07.{dd}", Pipe),
    ("2023/07/{dd}", Tab),
    ("2023/7/{d}", Html),
    ("{dd}/07/23", Pipe),
    ("{d}-7-2023", Tab),
    ("2023-07-{dd}", Weeks),
    ("202307{dd}", Tab),
    ("202307{dd}", Pipe),
    // Other languages.
    ("{d} juli", Tab),
    ("{d}. Juli", Pipe),
    ("{d}. Juli 2023", Html),
    ("{d} de julio", Spaces),
    ("{d} de julio de 2023", Weeks),
    ("{d} julho", Tab),
    ("{d} de julho", Pipe),
    ("{d} lipca", Tab),
    ("{d} lipca 2023", Pipe),
    ("{d} luglio", Spaces),
    ("{d} juillet", Tab),
    ("{d} juillet 2023", Weeks),
    ("{d} heinäkuuta", Tab),
    ("{d}. heinäkuuta", Pipe),
    ("{d} temmuz", Tab),
    ("{d} Temmuz 2023", Html),
    ("{d} července", Tab),
    ("{d}. júla", Pipe),
    ("{d} juli 2023", Spaces),
    ("{d}e juli", Tab),
    ("{d}:e juli", Pipe),
    ("7月{d}日", Tab),
    ("2023年7月{d}日", Pipe),
    ("7/{d}（月）", Pipe),
];

/// The days the rows fall on: Mondays and Wednesdays.
fn days() -> Vec<NaiveDate> {
    [3, 5, 10, 12, 17]
        .iter()
        .map(|d| NaiveDate::from_ymd_opt(2023, 7, *d).unwrap())
        .collect()
}

/// The spelling of `day` as `spelling` writes it.
fn spell(spelling: &str, day: NaiveDate) -> String {
    let d = day.day();
    let ending = match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    let (wd, w1) = match day.weekday() {
        Weekday::Mon => ("Mon", "M"),
        Weekday::Tue => ("Tue", "T"),
        Weekday::Wed => ("Wed", "W"),
        Weekday::Thu => ("Thu", "R"),
        _ => ("Fri", "F"),
    };
    spelling
        .replace("{dd}", &format!("{d:02}"))
        .replace("{ord}", &format!("{d}{ending}"))
        .replace("{d}", &d.to_string())
        .replace("{wd}", wd)
        .replace("{w1}", w1)
}

const TOPICS: [&str; 5] = [
    "Introduction and tools",
    "Sorting",
    "Graphs",
    "Hashing",
    "Review",
];

/// A schedule whose rows are `dates` (as written) and the topics, laid out as `shape`.
fn schedule(dates: &[String], shape: Shape) -> String {
    let rows = dates.iter().zip(TOPICS);
    let body: String = match shape {
        Tab => std::iter::once("Date\tTopic\n".to_string())
            .chain(rows.map(|(d, t)| format!("{d}\t{t}\n")))
            .collect(),
        Spaces => std::iter::once(format!("{:<22}Topic\n", "Date"))
            .chain(rows.map(|(d, t)| format!("{d:<22}{t}\n")))
            .collect(),
        Pipe => std::iter::once("| Date | Topic |\n|---|---|\n".to_string())
            .chain(rows.map(|(d, t)| format!("| {d} | {t} |\n")))
            .collect(),
        Html => std::iter::once("<table>\n<tr><th>Date</th><th>Topic</th></tr>\n".to_string())
            .chain(rows.map(|(d, t)| format!("<tr><td>{d}</td><td>{t}</td></tr>\n")))
            .chain(std::iter::once("</table>\n".to_string()))
            .collect(),
        Weeks => rows
            .enumerate()
            .map(|(i, (d, t))| {
                let heading = if i % 2 == 0 {
                    format!("\n## Week {}\n\n", i / 2 + 1)
                } else {
                    String::new()
                };
                format!("{heading}- {d}: {t}\n")
            })
            .collect(),
    };
    let header = "CS 210 Data Structures, Summer 2023\n\
                  Lectures: Mondays and Wednesdays 10:00-11:30, Room B12\n\nSchedule\n\n";
    match shape {
        Html => format!(
            "<html><body><h1>CS 210 Data Structures, Summer 2023</h1>\n\
             <p>Lectures: Mondays and Wednesdays 10:00-11:30, Room B12</p>\n\
             <h2>Schedule</h2>\n{body}</body></html>\n"
        ),
        _ => format!("{header}{body}"),
    }
}

/// The days `doc`'s events fall on, or its error.
fn event_days(doc: &str) -> Result<Vec<NaiveDate>, String> {
    let parsed = parse(doc, &ParseOptions::default()).map_err(|e| e.to_string())?;
    let mut got: Vec<NaiveDate> = parsed.events.iter().map(|e| e.when.date()).collect();
    got.sort();
    got.dedup();
    Ok(got)
}

/// Spellings not read yet, each with why.
const EXPECTED_TO_FAIL: &[&str] = &[];

#[test]
fn every_spelling_of_a_date_dates_its_row() {
    let want = days();
    let mut failures = Vec::new();
    let mut passed_but_listed = Vec::new();
    for &(spelling, shape) in SPELLINGS {
        let dates: Vec<String> = want.iter().map(|d| spell(spelling, *d)).collect();
        let outcome = match event_days(&schedule(&dates, shape)) {
            Ok(got) if got == want => None,
            Ok(got) => Some(format!("{spelling:?} in {shape:?}: events on {got:?}")),
            Err(e) => Some(format!("{spelling:?} in {shape:?}: {e}")),
        };
        let known = EXPECTED_TO_FAIL.contains(&spelling);
        match (outcome, known) {
            (Some(f), false) => failures.push(f),
            (None, true) => passed_but_listed.push(spelling),
            _ => {}
        }
    }
    assert!(SPELLINGS.len() >= 50);
    assert!(
        failures.is_empty() && passed_but_listed.is_empty(),
        "{} of {} spellings fail:\n{}\npass but are listed as failing: {passed_but_listed:?}",
        failures.len(),
        SPELLINGS.len(),
        failures.join("\n")
    );
}

/// A spelling of a week: `{w}` is its ISO week number, `{d}` and `{dd}` its Monday's day,
/// `{e}` and `{ee}` its Friday's.
const WEEK_SPELLINGS: &[(&str, Shape)] = &[
    ("KW {w}/2023", Pipe),
    ("KW {w}/2023", Tab),
    ("Week {w} (2023)", Pipe),
    ("Wk {w}, 2023", Spaces),
    ("Woche {w} (2023)", Html),
    ("{d}–{e} July", Pipe),
    ("Jul {d}–{e}", Tab),
    ("{d}.–{e}.7.", Pipe),
    ("{dd}/07 - {ee}/07", Tab),
    ("{d}-{e} de julio", Spaces),
];

#[test]
fn every_spelling_of_a_week_dates_its_weeks_classes() {
    let mondays: Vec<NaiveDate> = [3, 10, 17, 24]
        .iter()
        .map(|d| NaiveDate::from_ymd_opt(2023, 7, *d).unwrap())
        .collect();
    let want: Vec<NaiveDate> = mondays
        .iter()
        .flat_map(|m| [*m, *m + chrono::Duration::days(2)])
        .collect();
    let failures: Vec<String> = WEEK_SPELLINGS
        .iter()
        .filter_map(|&(spelling, shape)| {
            let dates: Vec<String> = mondays
                .iter()
                .map(|m| {
                    let f = m.day() + 4;
                    spelling
                        .replace("{w}", &m.iso_week().week().to_string())
                        .replace("{dd}", &format!("{:02}", m.day()))
                        .replace("{ee}", &format!("{f:02}"))
                        .replace("{d}", &m.day().to_string())
                        .replace("{e}", &f.to_string())
                })
                .collect();
            match event_days(&schedule(&dates, shape)) {
                Ok(got) if got == want => None,
                Ok(got) => Some(format!("{spelling:?} in {shape:?}: events on {got:?}")),
                Err(e) => Some(format!("{spelling:?} in {shape:?}: {e}")),
            }
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} week spellings fail:\n{}",
        failures.len(),
        WEEK_SPELLINGS.len(),
        failures.join("\n")
    );
}

/// Texts that look like a date and are not, each put in a topic cell and on a line of its own
/// inside a schedule of ISO dates.
const NOT_DATES: &[&str] = &[
    "v2.3.1",
    "Release 1.4.2",
    "Section 3.7",
    "see 3.7 and 4.12",
    "Score 3/7",
    "Quiz scores 8/10",
    "Python 3.7",
    "Node 18.12",
    "pp. 12-31",
    "pages 101-112",
    "Room 3.07",
    "Room 2.14",
    "Office B-3-12",
    "Tel. +49 30 1234 5678",
    "Phone 555-0123",
    "ISBN 978-0-13-468599-1",
    "ISBN 0131103628",
    "Student ID 20231234",
    "Founded in 2023",
    "Chapter 12.10",
    "3-7 pm",
    "Exercises 3-7",
    "ratio 12/31",
    "Week 12",
    "KW 27",
    "Week 3: 2023 results",
];

/// A schedule of ISO dates with `text` as a topic and as a line of its own.
fn schedule_with(text: &str) -> String {
    format!(
        "CS 210 Data Structures, Summer 2023\n\
         Lectures: Mondays and Wednesdays 10:00-11:30, Room B12\n\nSchedule\n\n\
         | Date | Topic |\n|---|---|\n| 2023-07-03 | Introduction |\n\
         | 2023-07-05 | {text} |\n|  | {text} |\n| 2023-07-10 | Graphs |\n\
         | 2023-07-12 | Hashing |\n| 2023-07-17 | Review |\n\n{text}\n"
    )
}

#[test]
fn what_only_looks_like_a_date_adds_no_event() {
    let want = days();
    let failures: Vec<String> = NOT_DATES
        .iter()
        .filter_map(|text| match event_days(&schedule_with(text)) {
            Ok(got) if got == want => None,
            Ok(got) => Some(format!("{text:?}: events on {got:?}")),
            Err(e) => Some(format!("{text:?}: {e}")),
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} fail:\n{}",
        failures.len(),
        NOT_DATES.len(),
        failures.join("\n")
    );
}

/// Of [`NOT_DATES`], those that are a date in a list of dated lines and no table ("- Quiz
/// 10/3", "- Exam 18.12"): two or more of them make the loose reading's schedule, so they are
/// left out of a document that must be refused.
const DATES_IN_A_LIST: &[&str] = &["Score 3/7", "Node 18.12", "Chapter 12.10", "ratio 12/31"];

#[test]
fn a_document_of_things_that_only_look_like_dates_is_still_refused() {
    let prose: String = NOT_DATES
        .iter()
        .filter(|t| !DATES_IN_A_LIST.contains(t))
        .map(|t| format!("- {t}\n"))
        .collect();
    let doc = format!("CS 210 Data Structures\n\nNotes\n\n{prose}");
    match parse(&doc, &ParseOptions::default()) {
        Err(SyllabusError::NoSchedule) => {}
        Err(e) => panic!("refused with another error: {e}"),
        Ok(p) => panic!(
            "read events: {:?}",
            p.events
                .iter()
                .map(|e| (e.when.date(), &e.title))
                .collect::<Vec<_>>()
        ),
    }
}
