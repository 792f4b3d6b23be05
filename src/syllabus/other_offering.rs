//! A term the document names that is not its own: a schedule page that gives no term for itself
//! may still name one in passing, for the next offering ("the retake is offered again in the
//! fall semester 2025") or the last. Read in that term every date fails: the dates that write
//! their year (a late deadline "January 31, 2025") belong to the term a year before, and so do
//! the weekdays written beside the others ("Monday, Dec 16"). Two independent witnesses that
//! agree on the same other year outweigh one mention, so that year is read, with a warning.

use super::dates::{self, DateOrder, RawDate};
use super::weekday_year;
use crate::model::Term;

/// Fewest weekdays that, together with every written year, can overrule a named term. Fewer
/// than `weekday_year` needs alone, because the written years must say the same.
const MIN_WEEKDAYS: usize = 2;

/// The month and written year of every date in `lines` that writes its year.
fn written(lines: &[String], order: DateOrder) -> Vec<(u32, i32)> {
    let mut out = Vec::new();
    for l in lines {
        let mut rest = l.as_str();
        while let Some((at, span)) = dates::find_date(rest) {
            out.extend(month_and_year(span.start, order));
            let Some(next) = rest.get(at + span.len.max(1)..) else {
                break;
            };
            rest = next;
        }
    }
    out
}

fn month_and_year(raw: RawDate, order: DateOrder) -> Option<(u32, i32)> {
    let (month, year) = match raw {
        RawDate::Known { month, year, .. } => (month, year?),
        RawDate::Slash { a, b, year, .. } => match order {
            DateOrder::Mdy => (a, year?),
            DateOrder::Dmy => (b, year?),
        },
    };
    (1..=12).contains(&month).then_some((month, year))
}

/// The term, `named` moved by whole years, that both the written years and the written
/// weekdays hold in while `named` holds none of them; `None` when `named` stands.
pub(super) fn better(lines: &[String], named: Term, order: DateOrder) -> Option<Term> {
    let years = written(lines, order);
    let shift = years.first().map(|(m, y)| y - named.year_for_month(*m))?;
    if shift == 0
        || years
            .iter()
            .any(|(m, y)| y - named.year_for_month(*m) != shift)
    {
        return None;
    }
    let moved = Term {
        year: named.year + shift,
        ..named
    };
    let stated = weekday_year::stated(lines);
    let holding = |t: Term| weekday_year::matches(&stated, t, order);
    (stated.len() >= MIN_WEEKDAYS && holding(named) == 0 && holding(moved) == stated.len())
        .then_some(moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::{lines, term};

    const PAGE: &str = "| 09-09 | Intro |\n| 12-16 | Test on Monday, Dec 16 |\n\
        | | Report due Saturday, Dec 21 |\n| | Late reports until March 3, 2025 |\n\
        The course runs again in Fall 2025.";

    #[test]
    fn a_term_that_the_written_years_and_weekdays_both_refute_gives_way_to_theirs() {
        let got = better(&lines(PAGE), term("Fall 2025"), DateOrder::Mdy);
        assert_eq!(got, Some(term("Fall 2024")));
    }

    #[test]
    fn a_term_that_holds_the_weekdays_or_fits_the_written_years_stands() {
        assert_eq!(
            better(&lines(PAGE), term("Fall 2024"), DateOrder::Mdy),
            None
        );
        // Without the weekdays, one written year is not enough.
        let bare = PAGE.replace("Monday, ", "").replace("Saturday, ", "");
        assert_eq!(
            better(&lines(&bare), term("Fall 2025"), DateOrder::Mdy),
            None
        );
        // Written years that disagree among themselves say nothing.
        let mixed = format!("{PAGE}\nOld notes from May 2, 2019");
        assert_eq!(
            better(&lines(&mixed), term("Fall 2025"), DateOrder::Mdy),
            None
        );
    }
}
