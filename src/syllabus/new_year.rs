//! A term guessed from one date that writes its year, checked against the span of the dates: a
//! fall syllabus whose only written year is its January exam ("Final exam: January 10, 2024")
//! is Fall 2023, not Spring 2024: read in Fall 2023 its rows and the exam fit in five months
//! (September to January), read in Spring 2024 they spread over the whole year.

use std::ops::Range;

use chrono::NaiveDate;

use super::context::Context;
use super::dates::{self, DateOrder, resolve};
use crate::model::{Season, Term};

/// Every date of `lines` read in `term`, in the order written.
fn days(lines: &[String], term: Term, order: DateOrder) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    for l in lines {
        let mut rest = l.as_str();
        while let Some((at, span)) = dates::find_date(rest) {
            out.extend(resolve(span.start, Some(term), order).ok());
            let Some(next) = rest.get(at + span.len.max(1)..) else {
                break;
            };
            rest = next;
        }
    }
    out
}

/// Days from the first date to the last.
fn span(days: &[NaiveDate]) -> i64 {
    match (days.iter().min(), days.iter().max()) {
        (Some(a), Some(b)) => (*b - *a).num_days(),
        _ => 0,
    }
}

/// The fall term before `t`, the year `t` begins in, when the dates lie closer together in
/// it than in `t` (a term is at most half a year; which one is read is said).
pub(super) fn better(lines: &[String], t: Term, order: DateOrder) -> Option<Term> {
    if t.season == Season::Fall {
        return None;
    }
    let fall = Term {
        season: Season::Fall,
        year: t.year - 1,
    };
    (span(&days(lines, fall, order)) < span(&days(lines, t, order))).then_some(fall)
}

/// A guessed term (its warnings `guessed`) is replaced by the fall term before it when the
/// dates run forward across the new year in that one, said in a warning. Returns where the
/// warnings about the guessed term now are.
pub(super) fn settle(cx: &mut Context, lines: &[String], guessed: Range<usize>) -> Range<usize> {
    let Some(t) = cx.term.filter(|_| !guessed.is_empty()) else {
        return guessed;
    };
    let Some(fall) = better(lines, t, cx.order) else {
        return guessed;
    };
    cx.replace_term(guessed, fall, format!("no term is named; dates without a year are read as in {fall}, where they fall within months of each other, from autumn into the new year (in {t}, guessed from a date that writes its year, they spread over the whole year); pass --term or set term in the course file if that is wrong"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::{lines, term};

    #[test]
    fn rows_from_september_to_a_january_exam_are_the_fall_before_it() {
        let l = lines("Sep 12\tIntro\nOct 10\tTrees\nDec 5\tReview\nJanuary 10, 2024\tFinal exam");
        assert_eq!(
            better(&l, term("Spring 2024"), DateOrder::Mdy),
            Some(term("Fall 2023"))
        );
    }

    #[test]
    fn a_spring_term_whose_dates_run_forward_stays() {
        let l = lines("Jan 9\tIntro\nFeb 6\tTrees\nMarch 5, 2024\tMidterm\nApr 30\tReview");
        assert_eq!(better(&l, term("Spring 2024"), DateOrder::Mdy), None);
    }
}
