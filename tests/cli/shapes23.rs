//! Schedule shapes, part 23: the year of dates that write none (issue #8). The weekdays
//! written beside the dates, a term code after the course code, a registrar's code, a year in
//! the title and the span of the dates decide it; a copyright line, a stamp or a year further
//! down does not, and whatever is guessed is said with how to set it. Every fixture is written
//! for these tests (invented courses, topics and dates).

use crate::common::{events_json, fixture, summary};

fn dates(events: &[serde_json::Value]) -> Vec<String> {
    summary(events)
        .iter()
        .map(|s| s.split(' ').nth(1).unwrap_or("").to_string())
        .collect()
}

/// Rows that write their weekday and no year, under a copyright line of another year: the
/// weekdays hold in 2022, so the rows are read in Fall 2022, said with how to set the term.
#[test]
fn weekdays_beside_the_dates_name_the_year_a_copyright_line_does_not() {
    let text = "Calculus I\n© 2019 Department of Mathematics\n\n\
Date\tTopic\n\
Mon 12 Sept\tLimits\n\
Wed 14 Sept\tContinuity\n\
Mon 19 Sept\tDerivatives\n\
Mon 26 Sept\tChain rule\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        dates(&events),
        ["2022-09-12", "2022-09-14", "2022-09-19", "2022-09-26"],
        "{stderr}"
    );
    assert!(
        stderr.contains("Fall 2022") && stderr.contains("weekdays") && stderr.contains("--term"),
        "{stderr}"
    );
}

/// A term given on the command line that the weekdays contradict is kept, and warned about.
#[test]
fn a_term_given_that_the_weekdays_contradict_is_kept_and_warned_about() {
    let text = "Graph Theory\n\nDate\tTopic\n\
Tue Sep 12\tPaths\nThu Sep 14\tTrees\nTue Sep 19\tCuts\nTue Oct 3\tFlows\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &["--term", "Fall 2021"]);
    assert!(
        dates(&events).iter().all(|d| d.starts_with("2021")),
        "{stderr}"
    );
    assert!(
        stderr.contains("hold in Fall 2023, not in Fall 2021"),
        "{stderr}"
    );
}

/// A Norwegian term code after the course code gives the year; the months give the season.
#[test]
fn a_letter_term_code_after_the_course_code_gives_the_year() {
    let text = "MAT1110 Kalkulus V26\n\nUke\tDato\tTema\n\
1\t19.01.\tGrenser\n2\t02.02.\tDerivasjon\n3\t16.02.\tIntegraler\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert_eq!(
        dates(&events),
        ["2026-01-19", "2026-02-02", "2026-02-16"],
        "{stderr}"
    );
    assert!(stderr.contains("V26"), "{stderr}");
}

/// "Fall '22" and "FA24" name their terms.
#[test]
fn an_apostrophe_year_and_a_registrar_code_name_the_term() {
    for (title, year) in [("ECON 101, Fall '22", "2022"), ("CSE 332 FA24", "2024")] {
        let text =
            format!("{title}\n\nDate\tTopic\nSep 6\tMarkets\nSep 20\tPrices\nOct 4\tFirms\n");
        let (_d, path) = fixture(&text, "schedule.txt");
        let (events, stderr) = events_json(&path, &[]);
        let got = dates(&events);
        assert_eq!(got.len(), 3, "{title}: {stderr}");
        assert!(got.iter().all(|d| d.starts_with(year)), "{title}: {got:?}");
    }
}

/// The year the title writes beats a posted date of the year before it, further up or down.
#[test]
fn a_year_in_the_title_beats_a_posted_date_of_the_year_before() {
    let text = "Posted December 15, 2023\nHistory of Science, Syllabus 2024\n\n\
Date\tTopic\nSep 10\tAntiquity\nSep 24\tThe printing press\nOct 8\tNewton\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    assert!(
        dates(&events)
            .iter()
            .filter(|d| d.starts_with("2024-"))
            .count()
            == 3,
        "{:?}\n{stderr}",
        summary(&events)
    );
}

/// A fall syllabus whose only written year is its January exam is the fall before it.
#[test]
fn rows_from_september_before_a_january_exam_are_the_fall_before_it() {
    let text = "Data Structures\n\nDate\tTopic\n\
Sep 12\tArrays\nOct 10\tTrees\nDec 5\tReview\n\
January 10, 2024\tFinal exam\n";
    let (_d, path) = fixture(text, "schedule.txt");
    let (events, stderr) = events_json(&path, &[]);
    let got = dates(&events);
    for want in ["2023-09-12", "2023-10-10", "2023-12-05", "2024-01-10"] {
        assert!(got.iter().any(|d| d == want), "{want} in {got:?}\n{stderr}");
    }
    assert!(stderr.contains("Fall 2023"), "{stderr}");
}
