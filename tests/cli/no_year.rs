//! A syllabus that writes no year anywhere (a course page kept for "this term") is read in the
//! term nearest the day of the run, `--now` or the clock, with a warning that names the term
//! and `--term`; it used to be refused with "cannot tell the year".

use crate::common::{coursecal, events_of, fixture, kinds_and_dates};

/// A schedule in our words: day-month dates, no year, no weekday.
const AUTUMN: &str = "Soil Physics\n\nWeek\tDate\tTopic\n1\t4 Sep\tWhat soil is made of\n2\t11 Sep\tWater in pores\n3\t18 Sep\tMidterm exam\n";

#[test]
fn an_autumn_page_read_in_december_is_this_years_fall() {
    let (got, stderr) = events_of(AUTUMN, "soil.txt", &["--now", "2026-12-01 09:00"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2026-09-04",
            "lecture 2026-09-11",
            "exam 2026-09-18"
        ],
        "{stderr}"
    );
    assert!(
        stderr.contains("soil.txt:4: warning: no year is written and no term is named; the dates are read as in Fall 2026, the term nearest to today (2026-12-01); pass --term"),
        "{stderr}"
    );
}

#[test]
fn the_same_page_read_the_next_summer_is_the_coming_fall() {
    let (got, stderr) = events_of(AUTUMN, "soil.txt", &["--now", "2027-06-20 09:00"]);
    assert!(stderr.contains("read as in Fall 2027"), "{stderr}");
    assert_eq!(
        kinds_and_dates(&got).last().map(String::as_str),
        Some("exam 2027-09-18"),
        "{stderr}"
    );
}

#[test]
fn a_january_page_read_in_november_is_next_years_spring() {
    let text = "Hydrology\n\nDate | Topic\n--- | ---\nJan 14 | Catchments\nJan 21 | Rainfall\nFeb 4 | Final exam\n";
    let (got, stderr) = events_of(text, "hydro.md", &["--now", "2026-11-20T12:00:00Z"]);
    assert_eq!(
        kinds_and_dates(&got),
        [
            "lecture 2027-01-14",
            "lecture 2027-01-21",
            "exam 2027-02-04"
        ],
        "{stderr}"
    );
    assert!(stderr.contains("Spring 2027"), "{stderr}");
}

#[test]
fn weekdays_beside_the_dates_pick_the_nearest_year_they_hold_in() {
    // Mon 11 Sep and Wed 13 Sep fall on those weekdays in 2023 and 2028 (and 2017).
    let text = "Optics\n\nMon Sep 11\tLenses\nWed Sep 13\tMirrors\nMon Sep 18\tPrisms\nWed Sep 20\tFibres\n";
    let (got, stderr) = events_of(text, "optics.txt", &["--now", "2025-12-01 09:00"]);
    assert_eq!(kinds_and_dates(&got)[0], "lecture 2023-09-11", "{stderr}");
    assert!(
        stderr.contains("the weekdays written beside 4 of 4 of them hold in that year, the year nearest today that they fit"),
        "{stderr}"
    );
}

#[test]
fn a_term_given_still_wins_over_today() {
    let (got, stderr) = events_of(
        AUTUMN,
        "soil.txt",
        &["--now", "2026-12-01 09:00", "--term", "Fall 2019"],
    );
    assert_eq!(kinds_and_dates(&got)[0], "lecture 2019-09-04", "{stderr}");
    assert!(!stderr.contains("nearest to today"), "{stderr}");
}

#[test]
fn without_now_the_clock_gives_the_day_and_nothing_is_refused() {
    let (_d, p) = fixture(AUTUMN, "soil.txt");
    let out = coursecal()
        .args(["events", "--json"])
        .arg(&p)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("the term nearest to today ("), "{stderr}");
}

#[test]
fn a_now_that_is_no_time_is_refused_before_the_syllabus_is_read() {
    let (_d, p) = fixture(AUTUMN, "soil.txt");
    let out = coursecal()
        .args(["events", "--now", "next tuesday"])
        .arg(&p)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--now: \"next tuesday\" is not a time"),
        "{stderr}"
    );
}
