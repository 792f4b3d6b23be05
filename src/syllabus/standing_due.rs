//! A standing due day stated in prose ("Homework is due every Friday at 5pm", "Assignments
//! are due on Sundays", "Abgabe jeweils Freitag"): work that a week row lists without a day
//! of its own falls due on that weekday of the row's week, not on the day that dates the row.

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};

use crate::syllabus::dates::{find_date, weekday};
use crate::syllabus::lean::lean;
use crate::syllabus::lexicon::{
    DEADLINE_VERB_PATTERN, EVERY_WORDS, FOLLOWING_WORDS, LATE_WORK_WORDS, STANDING_WORK_WORDS,
};
use crate::syllabus::times::find_time;

/// Most words between the verb and the weekday ("due by 11:59 pm every Friday").
const NEAR: usize = 6;

/// A deadline verb ("due", "submit", "Abgabe").
static VERB: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b(?:{DEADLINE_VERB_PATTERN})\b")));

/// The weekday work falls due on, and its hour if the sentence gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct StandingDue {
    pub(super) day: Weekday,
    pub(super) time: Option<NaiveTime>,
}

impl StandingDue {
    /// The standing day of the week that starts at `row_date` (the row's own date if it is
    /// that weekday).
    pub(super) fn in_week_of(&self, row_date: NaiveDate) -> NaiveDate {
        let ahead = (7 + i64::from(self.day.num_days_from_monday())
            - i64::from(row_date.weekday().num_days_from_monday()))
            % 7;
        row_date + Duration::days(ahead)
    }
}

/// The standing due day of one line, if it states one: a deadline verb, then within a few
/// words a weekday in the plural ("Fridays"), after a word such as "every", or beside one
/// such as "following" ("due the following Tuesday": the one after the day work is listed);
/// a line with a date is a schedule row, not a rule.
fn of_line(line: &str) -> Option<StandingDue> {
    if find_date(line).is_some() {
        return None;
    }
    let m = VERB.find(line)?;
    let after = &line[m.end()..];
    let words: Vec<&str> = after
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != ':')
        .filter(|w| !w.is_empty())
        .take(NEAR)
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let day = weekday(w)?;
        let lower = w.to_lowercase();
        let plural = !crate::syllabus::lexicon::WEEKDAYS_EU
            .iter()
            .chain(crate::syllabus::lexicon::WEEKDAYS_EN)
            .chain(crate::syllabus::lexicon::WEEKDAYS_DE)
            .chain(crate::syllabus::lexicon::WEEKDAYS_NORTH)
            .chain(crate::syllabus::lexicon::WEEKDAYS_EN_SHORT)
            .any(|(n, _)| *n == lower);
        let near = |j: usize| words.get(j).map(|w| w.to_lowercase());
        let every = i > 0
            && near(i - 1).is_some_and(|w| {
                EVERY_WORDS.contains(&w.as_str()) || FOLLOWING_WORDS.contains(&w.as_str())
            })
            || near(i + 1).is_some_and(|w| FOLLOWING_WORDS.contains(&w.as_str()));
        (plural || every).then(|| StandingDue {
            day,
            time: find_time(after),
        })
    })
}

/// The hour a line gives every deadline, if it states one: no date, no weekday rule, no
/// number before its deadline verb, a word naming the course's work in general before the
/// verb (see [`STANDING_WORK_WORDS`]) and none of late work, and a clock time within a few
/// words after the verb ("All assignments are due at 5pm unless otherwise noted").
fn hour_of_line(line: &str) -> Option<NaiveTime> {
    let m = VERB.find(line)?;
    let before = line[..m.start()].to_lowercase();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if before.chars().any(|c| c.is_ascii_digit())
        || !words.iter().any(|w| STANDING_WORK_WORDS.contains(w))
        || words.iter().any(|w| LATE_WORK_WORDS.contains(w))
        || find_date(line).is_some()
        || of_line(line).is_some()
    {
        return None;
    }
    let after: String = line[m.end()..]
        .split_whitespace()
        .take(NEAR)
        .collect::<Vec<_>>()
        .join(" ");
    find_time(&after)
}

/// The one hour the lines give every deadline (see [`hour_of_line`]); none when they give
/// none or disagree.
pub(super) fn find_hour<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<NaiveTime> {
    let mut found = None;
    for t in lines.into_iter().filter_map(hour_of_line) {
        if found.is_some_and(|f| f != t) {
            return None;
        }
        found = Some(t);
    }
    found
}

/// Whether a line states a standing due day: a rule for the whole schedule, not more of the
/// row above it ("All problem sets are due the following Tuesday", in a table's footer). A
/// line that numbers its work ("Problem set 5 (due in class on Monday)") is that one work's.
pub(super) fn states_rule(line: &str) -> bool {
    of_line(line).is_some()
        && VERB
            .find(line)
            .is_some_and(|m| !line[..m.start()].chars().any(|c| c.is_ascii_digit()))
}

/// The one standing due day the lines state; none when they state none or disagree.
pub(super) fn find<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<StandingDue> {
    let mut found: Option<StandingDue> = None;
    for s in lines.into_iter().filter_map(of_line) {
        match found {
            Some(f) if f.day != s.day => return None,
            Some(_) => {}
            None => found = Some(s),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(line: &str) -> Option<Weekday> {
        of_line(line).map(|s| s.day)
    }

    #[test]
    fn a_sentence_names_the_standing_due_day() {
        assert_eq!(
            day("Homework is due every Friday at 5pm."),
            Some(Weekday::Fri)
        );
        assert_eq!(
            day("Problem sets are due on Sundays by 11:59 pm"),
            Some(Weekday::Sun)
        );
        assert_eq!(
            day("Las tareas se entregan: entrega los viernes"),
            Some(Weekday::Fri)
        );
        assert_eq!(day("Abgabe jeweils Freitag bis 12 Uhr"), Some(Weekday::Fri));
        assert_eq!(
            day("All worksheets are due the following Monday by noon."),
            Some(Weekday::Mon)
        );
        assert_eq!(
            of_line("Homework is due every Friday at 5pm.").and_then(|s| s.time),
            NaiveTime::from_hms_opt(17, 0, 0)
        );
    }

    #[test]
    fn a_sentence_about_all_work_gives_every_deadline_its_hour() {
        let five = NaiveTime::from_hms_opt(17, 0, 0);
        assert_eq!(
            find_hour(["All assignments are due at 5pm unless otherwise noted."]),
            five
        );
        assert_eq!(
            find_hour(["Homework is due at noon."]),
            NaiveTime::from_hms_opt(12, 0, 0)
        );
        // One piece of work, a numbered one, late work, a dated row: no rule.
        for line in [
            "The final paper is due at noon.",
            "Homework 3 is due at 5pm.",
            "Late assignments are due at noon the next day.",
            "Oct 3: all assignments due at 5pm",
        ] {
            assert_eq!(find_hour([line]), None, "{line}");
        }
        // Two rules that disagree give none.
        assert_eq!(
            find_hour([
                "All assignments are due at 5pm.",
                "All labs are due at 9am."
            ]),
            None
        );
    }

    #[test]
    fn a_dated_row_or_a_single_day_is_no_rule() {
        assert_eq!(day("HW 3 due Friday"), None);
        assert_eq!(day("Mar 14: HW 3 due Fridays"), None);
        assert_eq!(day("Office hours every Friday"), None);
    }

    #[test]
    fn a_rule_names_no_one_numbered_work() {
        assert!(states_rule(
            "All problem sets are due the following Tuesday by 11:59pm."
        ));
        assert!(!states_rule("Problem set 5 (due in class on Monday): 3.39"));
        assert!(!states_rule("Bring your laptop to class"));
    }

    #[test]
    fn lines_that_disagree_give_no_rule() {
        assert_eq!(
            find(["Homework is due on Fridays.", "Labs are due on Mondays."]),
            None
        );
        assert_eq!(
            find(["Homework is due on Fridays.", "Late work: 10% off"]).map(|s| s.day),
            Some(Weekday::Fri)
        );
    }
}
