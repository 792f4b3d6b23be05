//! The year of a syllabus whose dates never tell it: no year written anywhere, no weekday
//! beside a date, no term named or given. Such a document is usually a course page kept for
//! "this term"; refusing it leaves the instructor nothing to correct, so it is read in the
//! term nearest the day of the run (`--now`, or the clock, read by the shell), with a warning
//! that names the term and how to set another.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::context::{Context, first_month_any};
use super::terms::term_from_date;
use crate::model::Term;

/// Reads a document no stage could give a year in the term nearest `today`; returns where its
/// warning is, for the weekdays to replace when they hold in another year.
pub(super) fn settle(cx: &mut Context, lines: &[String], today: NaiveDate) -> Range<usize> {
    let at = cx.warnings.len();
    if cx.term.is_some() {
        return at..at;
    }
    let Some((line, month)) = first_month_any(lines) else {
        return at..at;
    };
    let t = nearest(month, today);
    cx.term = Some(t);
    cx.warn(line, format!("no year is written and no term is named; the dates are read as in {t}, the term nearest to today ({today}); pass --term or set term in the course file if that is wrong"));
    at..cx.warnings.len()
}

/// The term, in the year before, of or after `today`'s, whose `month` is closest to it.
fn nearest(month: u32, today: NaiveDate) -> Term {
    let away = |t: &Term| {
        NaiveDate::from_ymd_opt(t.year_for_month(month), month, 15)
            .map_or(i64::MAX, |d| (d - today).num_days().abs())
    };
    (today.year() - 1..=today.year() + 1)
        .map(|y| term_from_date(month, y))
        .min_by_key(away)
        .unwrap_or_else(|| term_from_date(month, today.year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn an_autumn_schedule_read_in_december_is_this_years_fall() {
        assert_eq!(nearest(9, day(2026, 12, 1)).to_string(), "Fall 2026");
    }

    #[test]
    fn an_autumn_schedule_read_in_may_is_the_coming_fall() {
        assert_eq!(nearest(8, day(2026, 5, 10)).to_string(), "Fall 2026");
    }

    #[test]
    fn a_january_schedule_read_in_november_is_next_years_spring() {
        assert_eq!(nearest(1, day(2026, 11, 20)).to_string(), "Spring 2027");
    }

    #[test]
    fn a_january_schedule_read_in_march_is_this_years_spring() {
        assert_eq!(nearest(1, day(2027, 3, 2)).to_string(), "Spring 2027");
    }
}
