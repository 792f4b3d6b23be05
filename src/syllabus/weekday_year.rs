//! The year the weekdays written beside a schedule's dates hold in ("Tue 9/13", "Mon 12
//! Sept", "Di 19.10."): a date and its weekday agree in one year out of five to eleven, so
//! a schedule whose rows write their weekdays but not their year names its year as surely as
//! a title does. A term the document names or a year guessed from a stray number (a copyright
//! line, an update or print stamp, a citation) is checked against them, and a term the
//! weekdays contradict is replaced by one they fit, with a warning that says how to set it.

use chrono::{Datelike, Weekday};

use std::ops::Range;

use super::context::Context;
use super::dates::{self, DateOrder, RawDate, term_from_date};
use super::lexicon::{WEEKDAY_NAMES, WEEKDAYS_BEFORE_DATE_ONLY, WEEKDAYS_EU_SHORT};
use super::weekdays::weekday_prefix;
use crate::model::Term;

/// A date without its year and the weekday written beside it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Stated {
    raw: RawDate,
    weekday: Weekday,
}

/// Fewest dates with a weekday that can name a year.
const MIN_STATED: usize = 3;

/// How far from the year the document suggests a year the weekdays fit is looked for.
const SPAN: i32 = 30;

/// What the weekdays say about the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Verdict {
    /// The term holds them (or too few dates carry a weekday to tell).
    Fits,
    /// They hold in this term, `matched` of `of` of them, and not in the one given.
    Better {
        term: Term,
        matched: usize,
        of: usize,
    },
}

/// Every date without a year written with its weekday, in front ("Tue 9/13") or right
/// after ("9/13 (Tue)", "12.10., Mi").
pub(super) fn stated(lines: &[String]) -> Vec<Stated> {
    let mut out = Vec::new();
    for l in lines {
        let mut rest = l.as_str();
        while let Some((at, span)) = dates::find_date(rest) {
            let text = &rest[at..];
            let written = &text[..span.len.min(text.len())];
            let weekday = before(written)
                .or_else(|| after(&text[written.len()..]))
                .or_else(|| cell_before(&rest[..at]));
            if let (Some(weekday), false) = (weekday, has_year(span.start)) {
                out.push(Stated {
                    raw: span.start,
                    weekday,
                });
            }
            let Some(next) = rest.get(at + span.len.max(1)..) else {
                break;
            };
            rest = next;
        }
    }
    out
}

fn has_year(raw: RawDate) -> bool {
    matches!(
        raw,
        RawDate::Known { year: Some(_), .. } | RawDate::Slash { year: Some(_), .. }
    )
}

/// The weekday a date was read with, in front of it.
fn before(written: &str) -> Option<Weekday> {
    let len = weekday_prefix(written);
    (len > 0).then(|| named(&written[..len], true)).flatten()
}

/// Between a date and a weekday beside it: spaces, a cell's border, a bracket, a comma, a dash.
const BETWEEN: [char; 8] = [' ', '\t', '|', '(', ')', ',', '-', '–'];

/// A weekday right after a date, or in the next cell: "9/13 (Tue)", "| 9/13 | Tue |".
fn after(text: &str) -> Option<Weekday> {
    let text = text.trim_start_matches(BETWEEN);
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    named(&word, false)
}

/// A weekday in the cell before a date's, the last word there: "Tue | 9/13", "Tue\t9/13".
fn cell_before(text: &str) -> Option<Weekday> {
    let text = text.trim_end_matches(BETWEEN);
    let word: String = text
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let starts_cell = text[..text.len() - word.len()]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '|' | '\t' | '>'))
        || text[..text.len() - word.len()].ends_with('\t');
    starts_cell.then(|| named(&word, false)).flatten()
}

/// A weekday name of any language; short forms only where they stand in front of a date.
fn named(word: &str, in_front: bool) -> Option<Weekday> {
    let w = word
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    if w.chars().count() < 2 {
        return None;
    }
    let mut lists = WEEKDAY_NAMES.to_vec();
    lists.push(WEEKDAYS_EU_SHORT);
    if in_front {
        lists.push(WEEKDAYS_BEFORE_DATE_ONLY);
    }
    lists
        .into_iter()
        .flatten()
        .find(|(n, _)| *n == w)
        .map(|&(_, d)| d)
}

/// The term of year `year` the dates fall in: the season of the first date's month.
fn term_in(stated: &[Stated], year: i32, order: DateOrder) -> Option<Term> {
    let first = stated
        .iter()
        .find_map(|s| dates::resolve(s.raw, Some(term_from_date(1, year)), order).ok())?;
    Some(term_from_date(first.month(), year))
}

/// How many dates fall on their written weekday when read in `term`.
pub(super) fn matches(stated: &[Stated], term: Term, order: DateOrder) -> usize {
    stated
        .iter()
        .filter(|s| {
            dates::resolve(s.raw, Some(term), order).is_ok_and(|d| d.weekday() == s.weekday)
        })
        .count()
}

/// Whether `matched` of `of` is nearly all: a weekday or two may be a slip.
fn most(matched: usize, of: usize) -> bool {
    matched >= MIN_STATED && matched * 10 >= of * 8
}

/// What the weekdays say of `term` (none when nothing gave one) read in `order`; `prior`
/// is the year the document suggests, where several years fit the weekdays alike.
/// `from_today`: `term` is the one nearest the day of the run, not one the document gave.
pub(super) fn judge(
    stated: &[Stated],
    (term, from_today): (Option<Term>, bool),
    prior: Option<i32>,
    order: DateOrder,
) -> Verdict {
    let of = stated.len();
    if of < MIN_STATED {
        return Verdict::Fits;
    }
    if let Some(t) = term
        && most(matches(stated, t, order), of)
    {
        return Verdict::Fits;
    }
    let Some(around) = term.map(|t| t.year).or(prior) else {
        return Verdict::Fits;
    };
    // The best year first; among equals the nearest to the document's, a later one on a tie
    // (stray years are older than the term: a copyright line, a citation). Measured from
    // today, a year ahead counts double: a syllabus is published months before its term, not
    // years, so one whose weekdays fit three years back or two ahead is the older one.
    let ahead = if from_today { 2 } else { 1 };
    let distance = |y: i32| {
        if y > around {
            ahead * (y - around)
        } else {
            around - y
        }
    };
    let best = (around - SPAN..=around + SPAN)
        .filter_map(|y| {
            let t = term_in(stated, y, order)?;
            Some((matches(stated, t, order), t))
        })
        .filter(|(m, _)| most(*m, of))
        .max_by_key(|(m, t)| (*m, -distance(t.year), t.year));
    match best {
        Some((matched, t)) if Some(t) != term => Verdict::Better {
            term: t,
            matched,
            of,
        },
        _ => Verdict::Fits,
    }
}

/// Checks the context's term against the weekdays of `lines`. A term given by the user is
/// only warned about; one the document names or one guessed (whose warnings are
/// `guessed`) is replaced by the term the weekdays hold in, said in a warning.
/// `from_today`: the term in force was not read in the document but is the one nearest the
/// day of the run.
pub(super) fn settle(
    cx: &mut Context,
    lines: &[String],
    given: bool,
    guessed: Range<usize>,
    from_today: bool,
) {
    let s = stated(lines);
    let Verdict::Better { term, matched, of } = judge(&s, (cx.term, from_today), None, cx.order)
    else {
        return;
    };
    let how = format!("pass --term \"{term}\" or set term in the course file if that is wrong");
    match cx.term {
        Some(t) if given => cx.warn(0, format!("the weekdays written beside {matched} of {of} dates hold in {term}, not in {t}, the term given; check --term or the course file's term")),
        was => {
            let not = match (was, guessed.is_empty()) {
                (Some(t), _) if from_today => format!(", the year nearest today that they fit (the document writes none; {t} is nearest today)"),
                (Some(t), true) => format!(", not in {t}, the term the document names"),
                (Some(t), false) => format!(", not in {t}, guessed from a year the document writes"),
                (None, _) => String::new(),
            };
            cx.replace_term(guessed, term, format!("dates without a year are read as in {term}: the weekdays written beside {matched} of {of} of them hold in that year{not}; {how}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::{lines, term};

    #[test]
    fn weekdays_in_front_of_and_after_dates_are_read_and_dates_with_a_year_are_not() {
        let got = stated(&lines(
            "Tue 9/13\tIntro\n9/15 (Thu)\tMore\nMi., 21.09.\tx\nMon 9/19/2022\tDone\n9/20\tNone",
        ));
        let days: Vec<Weekday> = got.iter().map(|s| s.weekday).collect();
        assert_eq!(days, [Weekday::Tue, Weekday::Thu, Weekday::Wed]);
    }

    #[test]
    fn weekdays_that_hold_in_another_year_than_the_terms_name_that_year() {
        let s = stated(&lines("Mon Sep 12\nWed Sep 14\nMon Sep 19\nMon Oct 3"));
        assert_eq!(
            judge(&s, (Some(term("Fall 2022")), false), None, DateOrder::Mdy),
            Verdict::Fits
        );
        assert_eq!(
            judge(&s, (Some(term("Spring 2019")), false), None, DateOrder::Mdy),
            Verdict::Better {
                term: term("Fall 2022"),
                matched: 4,
                of: 4
            }
        );
        // Without a term, the year nearest the one the document writes elsewhere.
        assert!(matches!(
            judge(&s, (None, false), Some(2019), DateOrder::Mdy),
            Verdict::Better { term, .. } if term == self::term("Fall 2022")
        ));
    }

    #[test]
    fn from_today_a_year_three_back_is_read_before_one_two_ahead() {
        // Mon Aug 28 and Wed Aug 30 fall on those weekdays in 2023 and in 2028.
        let s = stated(&lines(
            "Mon, Aug 28 Welcome\nWed, Aug 30 Data\nMon, Sep 4 Holiday\nWed, Sep 6 Design",
        ));
        let fall = |y: &str| term(&format!("Fall {y}"));
        let picked =
            |from_today| match judge(&s, (Some(fall("2026")), from_today), None, DateOrder::Mdy) {
                Verdict::Better { term, .. } => term,
                Verdict::Fits => fall("2026"),
            };
        assert_eq!(picked(true), fall("2023"));
        // A term the document gave is nearest by plain distance, the later one on a tie.
        assert_eq!(picked(false), fall("2028"));
    }

    #[test]
    fn too_few_weekdays_or_weekdays_that_fit_no_year_leave_the_term() {
        let few = stated(&lines("Mon Sep 12\nWed Sep 14"));
        assert_eq!(
            judge(&few, (Some(term("Fall 2019")), false), None, DateOrder::Mdy),
            Verdict::Fits
        );
        let mixed = stated(&lines("Mon Sep 12\nMon Sep 13\nMon Sep 14\nMon Sep 15"));
        assert_eq!(
            judge(
                &mixed,
                (Some(term("Fall 2019")), false),
                None,
                DateOrder::Mdy
            ),
            Verdict::Fits
        );
    }
}
