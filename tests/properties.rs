//! Property tests over generated syllabi: schedule tables, lists and web pages assembled from
//! the parts real syllabi are made of (terms, meeting lines, dates in several forms, times,
//! homework and exam cells, noise). For every one: the parser does not panic, and the feed
//! written from what it read parses back in Python's `icalendar` (a parser we did not write)
//! with every event at the instant the parser gave it; and a reminder pass walked through the
//! term (on a `MemoryLedger` and a `StubMailer`) sends nothing when run a second time at the
//! same `now`, and never sends one reminder to one recipient twice.
//!
//! The run is bounded for CI (64 syllabi, fixed seed); a longer one:
//! `COURSECAL_PROPERTY_CASES=5000 cargo test --release --test properties`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use chrono::{TimeZone, Utc};
use coursecal::course::{CliOverrides, CourseFile};
use coursecal::feed::{Previous, Variant};
use coursecal::model::{Course, When};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const MONTHS: &[&str] = &[
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "September",
    "October",
    "Kasım",
    "Ekim",
];

fn date_cell() -> impl Strategy<Value = String> {
    (0..MONTHS.len(), 1u32..31, 9u32..13, prop::bool::ANY).prop_map(|(m, d, mm, numeric)| {
        if numeric {
            format!("{d:02}.{mm:02}.2023")
        } else if m % 2 == 0 {
            format!("{} {d}", MONTHS[m])
        } else {
            format!("{d} {}", MONTHS[m])
        }
    })
}

fn activity_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (1u32..6).prop_map(|n| format!("Hw{n} out")),
        (1u32..6, 1u32..28).prop_map(|(n, d)| format!("Homework {n} due Nov {d} 23:59")),
        Just("Midterm exam 13:40-15:30".to_string()),
        Just("Quiz 2".to_string()),
        Just("No class (holiday)".to_string()),
        (1u32..6).prop_map(|n| format!("Project {n} due 11:59 PM ET")),
        "[A-Za-z ,;:()-]{0,24}",
    ]
}

fn row() -> impl Strategy<Value = (u32, String, String, String)> {
    (
        1u32..16,
        date_cell(),
        "[A-Z][a-z]{2,10}( [a-z]{2,8}){0,3}",
        activity_cell(),
    )
}

fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("CENG 123 Networks\nFall 2023\nLectures: Tuesday 09:40-12:30 @ BMB4".to_string()),
        Just("CS 200 Algorithms, Fall 2023\nClass: Mon/Wed 2:00-3:20pm, Room 101".to_string()),
        Just("Güz 2023 — BİL 301\nDers: Perşembe 13:40-16:30".to_string()),
        Just("Course: Data Science (Fall 2023)".to_string()),
    ]
}

/// A whole document: a header, then the rows in one of the layouts syllabi use.
fn syllabus() -> impl Strategy<Value = String> {
    (header(), prop::collection::vec(row(), 1..14), 0u8..4).prop_map(|(head, rows, layout)| {
        let mut out = format!("{head}\n\n");
        match layout {
            0 => {
                out.push_str("Week\tDate\tTopic\tActivities\n");
                for (w, d, t, a) in &rows {
                    out.push_str(&format!("{w}\t{d}\t{t}\t{a}\n"));
                }
            }
            1 => {
                out.push_str("| Week | Date | Topic | Due |\n|---|---|---|---|\n");
                for (w, d, t, a) in &rows {
                    out.push_str(&format!("| {w} | {d} | {t} | {a} |\n"));
                }
            }
            2 => {
                for (w, d, t, a) in &rows {
                    out.push_str(&format!("- Week {w} – {d}: {t}. {a}\n"));
                }
            }
            _ => {
                out.push_str(
                    "<table><tr><th>Week</th><th>Date</th><th>Topic</th><th>Work</th></tr>\n",
                );
                for (w, d, t, a) in &rows {
                    out.push_str(&format!(
                        "<tr><td>{w}</td><td>{d}</td><td>{t}</td><td>{a}</td></tr>\n"
                    ));
                }
                out.push_str("</table>\n");
            }
        }
        out
    })
}

fn cases() -> u32 {
    std::env::var("COURSECAL_PROPERTY_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

/// The syllabi of this run: generated from a fixed seed, so a failure can be reproduced.
fn generated() -> Vec<String> {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strategy = syllabus();
    (0..cases())
        .map(|_| {
            strategy
                .new_tree(&mut runner)
                .expect("a generated syllabus")
                .current()
        })
        .collect()
}

/// Where the parser put each event: UID → UTC instant, or the date of an all-day event.
fn instants(course: &Course) -> BTreeMap<String, String> {
    course
        .events
        .iter()
        .map(|e| {
            let at = match e.when {
                When::AllDay(d) => d.format("%Y-%m-%d").to_string(),
                When::Timed { start, .. } => start
                    .with_timezone(&Utc)
                    .format("%Y-%m-%dT%H:%M:%SZ")
                    .to_string(),
            };
            (e.uid.clone(), at)
        })
        .collect()
}

/// The feed as Python's icalendar reads it: UID → start instant.
fn read_back(ics: &Path) -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3")
        .arg(root.join("tests/tools/ics_check.py"))
        .arg(ics)
        .output()
        .expect("python3 runs (bash tests/run.sh installs icalendar)");
    assert!(
        out.status.success(),
        "{} does not parse back: {}",
        ics.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| {
            (
                e["uid"].as_str().unwrap_or_default().to_string(),
                e["start"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_generated_syllabus_parses_without_panic_and_its_feed_keeps_every_instant() {
    let dir = tempfile::tempdir().expect("tempdir");
    let now = Utc.with_ymd_and_hms(2023, 9, 1, 9, 0, 0).unwrap();
    let mut checked = 0;
    for (i, text) in generated().iter().enumerate() {
        // A syllabus the parser cannot use is an error value, never a panic.
        let Ok(course) =
            coursecal::course::build(&CourseFile::default(), text, &CliOverrides::default())
        else {
            continue;
        };
        let feed = coursecal::feed::render(&course, Variant::All, &Previous::default(), now);
        let path = dir.path().join(format!("{i}.ics"));
        std::fs::write(&path, &feed.ics).expect("write feed");
        assert_eq!(read_back(&path), instants(&course), "syllabus {i}:\n{text}");
        checked += 1;
    }
    // The generator is only useful if most of what it makes is read as a schedule.
    assert!(
        checked * 2 >= cases() as usize,
        "only {checked} of {} generated syllabi were read",
        cases()
    );
}

/// Walks `now` through the term of every generated syllabus (every 29 hours, from a week
/// before its first event to a day after its last) with one ledger, as cron would, and runs
/// each pass twice at the same `now`. The second pass sends nothing, attempts nothing and
/// writes nothing; after the first, nothing is due any more; and no Message-ID (one per
/// reminder, recipient and event start) is sent twice over the whole term.
#[test]
fn a_second_pass_at_the_same_now_sends_nothing_and_no_reminder_goes_twice() {
    use coursecal::course::settings::{MailSettings, ReminderSettings};
    use coursecal::remind::compose::Links;
    use coursecal::remind::ledger::{LedgerStore as _, MemoryLedger};
    use coursecal::remind::tick::{PassInput, current_plan, tick};
    use coursecal::remind::transport::StubMailer;

    let reminders = ReminderSettings::default();
    let mail = MailSettings {
        from: "Course <bot@example.edu>".parse().expect("an address"),
        to: vec!["list@example.edu".parse().expect("an address")],
        ..MailSettings::default()
    };
    let roster: Vec<lettre::message::Mailbox> = ["a@example.edu", "b@example.edu"]
        .iter()
        .map(|a| a.parse().expect("an address"))
        .collect();
    let links = Links::default();
    let feed = Previous::default();
    let notices = coursecal::course::settings::NoticeSettings::default();
    let mut walked = 0;
    let mut sent_in_all = 0;
    for (i, text) in generated().iter().enumerate() {
        let Ok(course) =
            coursecal::course::build(&CourseFile::default(), text, &CliOverrides::default())
        else {
            continue;
        };
        let starts: Vec<_> = course
            .events
            .iter()
            .map(|e| e.when.start_instant(course.timezone).with_timezone(&Utc))
            .collect();
        let (Some(first), Some(last)) = (starts.iter().min(), starts.iter().max()) else {
            continue;
        };
        let mut ledger = MemoryLedger::default();
        let mut mailer = StubMailer::default();
        let audience = coursecal::remind::plan::Audience::new();
        let mut now = *first - chrono::Duration::days(8);
        while now <= *last + chrono::Duration::days(1) {
            let input = PassInput {
                course: &course,
                reminders: &reminders,
                mail: &mail,
                roster: &roster,
                audience: &audience,
                links: &links,
                previous_feed: &feed,
                notices: &notices,
                digest: None,
                now,
            };
            let pass = |ledger: &mut MemoryLedger, mailer: &mut StubMailer| {
                tick(&input, ledger, mailer, false, &|| now, &mut |_| {})
                    .expect("a memory ledger never fails")
            };
            pass(&mut ledger, &mut mailer);
            let still_due: Vec<_> = current_plan(&input, ledger.ledger())
                .into_iter()
                .filter(|p| p.status.is_due())
                .map(|p| p.reminder.key)
                .collect();
            assert!(
                still_due.is_empty(),
                "syllabus {i} at {now}: still due after a pass: {still_due:?}\n{text}"
            );
            let (attempts, writes) = (mailer.attempts.len(), ledger.writes);
            let second = pass(&mut ledger, &mut mailer);
            assert!(
                second.sent.is_empty() && second.superseded == 0 && !second.has_failures(),
                "syllabus {i} at {now}: the second pass did something: {second:?}\n{text}"
            );
            assert_eq!(
                (mailer.attempts.len(), ledger.writes),
                (attempts, writes),
                "syllabus {i} at {now}: the second pass tried to send or wrote\n{text}"
            );
            now += chrono::Duration::hours(29);
        }
        let mut ids = std::collections::BTreeSet::new();
        for m in &mailer.sent {
            assert!(
                ids.insert(&m.message_id),
                "syllabus {i}: {} went twice to {}\n{text}",
                m.message_id,
                m.recipient
            );
        }
        sent_in_all += mailer.sent.len();
        walked += 1;
    }
    // The walk is only a test if the generated terms have reminders to send.
    assert!(
        walked * 2 >= cases() as usize && sent_in_all >= walked,
        "{walked} of {} syllabi walked, {sent_in_all} messages sent",
        cases()
    );
}
