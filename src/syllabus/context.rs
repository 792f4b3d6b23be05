//! What the stages after layout share: the term and date order that turn written dates into
//! days, and the warnings about everything set aside.

use chrono::{Datelike, Duration, NaiveDate};

use super::SyllabusError;
use super::activity::Activity;
use super::dates::{DateOrder, DateProblem, RawDate, resolve};
use crate::model::{Term, Warning};

/// The reading context of one syllabus.
pub(super) struct Context {
    /// The term that gives dates without a year their year.
    pub(super) term: Option<Term>,
    /// The order of numeric slash dates, settled for the whole document.
    pub(super) order: DateOrder,
    /// Everything set aside or doubtful, in the order found.
    pub(super) warnings: Vec<Warning>,
}

impl Context {
    pub(super) fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(Warning {
            line,
            message: message.into(),
        });
    }

    /// The day a written date names; `text` is the date as written, for the error.
    pub(super) fn date(
        &self,
        line: usize,
        raw: RawDate,
        text: &str,
    ) -> Result<NaiveDate, SyllabusError> {
        resolve(raw, self.term, self.order).map_err(|p| match p {
            DateProblem::NoYear => SyllabusError::NoYear {
                line,
                text: text.to_string(),
            },
            DateProblem::NoSuchDay { year } => SyllabusError::NoSuchDay {
                line,
                text: text.to_string(),
                year,
            },
            DateProblem::BadMonth => SyllabusError::NoSuchMonth {
                line,
                text: text.to_string(),
            },
        })
    }

    /// The day of an activity in a row dated `row_date`: its own date, the weekday it names
    /// ("due Fri" in a Tuesday row: the Friday of that week, or the next one), or the row's.
    pub(super) fn activity_day(
        &self,
        line: usize,
        act: &Activity,
        row_date: NaiveDate,
    ) -> Result<NaiveDate, SyllabusError> {
        match (act.date, act.weekday) {
            (Some(span), _) => self.date(
                line,
                span.start,
                act.date_text.as_deref().unwrap_or(&act.label),
            ),
            (None, Some(wd)) => {
                let ahead = (7 + i64::from(wd.num_days_from_monday())
                    - i64::from(row_date.weekday().num_days_from_monday()))
                    % 7;
                Ok(row_date + Duration::days(ahead))
            }
            (None, None) => Ok(row_date),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::activity::parse_cell;

    fn fall_2022() -> Context {
        Context {
            term: crate::syllabus::dates::find_term("Fall 2022"),
            order: DateOrder::Mdy,
            warnings: Vec::new(),
        }
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, d).unwrap()
    }

    #[test]
    fn a_weekday_deadline_falls_on_that_day_of_the_rows_week_or_the_next() {
        let cx = fall_2022();
        let (acts, _) = parse_cell("HW1 due Fri");
        // Tuesday Oct 4: Friday Oct 7.
        assert_eq!(cx.activity_day(1, &acts[0], day(10, 4)), Ok(day(10, 7)));
        // Saturday Oct 8: Friday Oct 14.
        assert_eq!(cx.activity_day(1, &acts[0], day(10, 8)), Ok(day(10, 14)));
    }

    #[test]
    fn an_activity_with_its_own_date_keeps_it() {
        let cx = fall_2022();
        let (acts, _) = parse_cell("Hw1 given Oct 5");
        assert_eq!(cx.activity_day(1, &acts[0], day(10, 4)), Ok(day(10, 5)));
    }

    #[test]
    fn an_impossible_date_is_an_error_with_its_line() {
        let cx = fall_2022();
        let (acts, _) = parse_cell("Hw1 due Feb 30");
        assert!(matches!(
            cx.activity_day(7, &acts[0], day(10, 4)),
            Err(SyllabusError::NoSuchDay { line: 7, .. })
        ));
    }
}
