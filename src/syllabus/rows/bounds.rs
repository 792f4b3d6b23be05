//! An important-dates list instead of a schedule table: "First class: Friday, Jan. 13",
//! "Last class: Friday, Apr. 21", "No class: Friday, March 17 (spring break)" with more
//! days below it. With a weekly meeting line, these are the lectures: every week from the
//! first class to the last, without the days off.
//!
//! Each label comes first on its line ([`FIRST_CLASS_PATTERN`], [`LAST_CLASS_PATTERN`],
//! [`NO_CLASS_LABEL_PATTERN`]); a line below a no-class line that is only a date (and a
//! note) is another day off. The lines are found before the table is read, so they are never
//! rows of their own.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono::{Duration, NaiveDate};
use regex_syntax::is_word_character;

use super::WeekRow;
use super::weeks::week_number;
use crate::syllabus::dates::{DateSpan, find_date, weekday};
use crate::syllabus::layout::Line;
use crate::syllabus::lean::lean;
use crate::syllabus::lexicon::{
    FIRST_CLASS_PATTERN, LABEL_CONNECTORS, LAST_CLASS_PATTERN, NO_CLASS_LABEL_PATTERN,
};
use crate::syllabus::text::squash;
use crate::syllabus::{Context, SyllabusError};

/// The most weeks a first and last class may span (a year of weekly meetings).
const MAX_WEEKS: i64 = 53;

/// A label at a line's start, after any marks (`[\W_]*`, skipped by [`label_end`]: the
/// Unicode `\W` class cost more to compile than the words).
fn labelled(pattern: &str) -> Lean {
    lean(&format!(r"(?i)^(?:{pattern})\b\s*[:\-–]?\s*"))
}

/// Where the label `re` ends in `text`: what `(?i)^[\W_]*(?:LABEL)\b\s*[:\-–]?\s*` matched.
/// Every label begins with a letter, so the marks before it are all the leading characters
/// that are not word characters, or are `_`.
fn label_end(re: &Lean, text: &str) -> Option<usize> {
    let start = text
        .find(|c: char| c != '_' && is_word_character(c))
        .unwrap_or(text.len());
    re.find(&text[start..]).map(|m| start + m.end())
}

static FIRST: LazyLock<Lean> = LazyLock::new(|| labelled(FIRST_CLASS_PATTERN));
static LAST: LazyLock<Lean> = LazyLock::new(|| labelled(LAST_CLASS_PATTERN));
static NO_CLASS: LazyLock<Lean> = LazyLock::new(|| labelled(NO_CLASS_LABEL_PATTERN));

/// A date as written on a line of the list.
#[derive(Debug, Clone)]
pub(super) struct Written {
    pub(super) line: usize,
    text: String,
    span: DateSpan,
}

impl Written {
    fn date(&self, cx: &Context) -> Result<NaiveDate, SyllabusError> {
        cx.date(self.line, self.span.start, &self.text)
    }
}

/// The first and last class and the days off, as written.
#[derive(Debug, Default)]
pub(super) struct Bounds {
    first: Option<Written>,
    last: Option<Written>,
    off: Vec<Written>,
    /// The last week of a table of numbered weeks without dates ("| 1 | Cells |"): with the
    /// first class, it says when the last class is.
    weeks: Option<u32>,
}

impl Bounds {
    /// The lines the list takes: none unless it gives both the first and the last class.
    pub(super) fn lines(&self) -> BTreeSet<usize> {
        match (&self.first, &self.last) {
            (Some(f), Some(l)) => [f, l]
                .into_iter()
                .chain(&self.off)
                .map(|w| w.line)
                .collect(),
            _ => BTreeSet::new(),
        }
    }

    /// The days off the list names, when it is a list (it gives the first and last class).
    pub(super) fn days_off(&self, cx: &Context) -> Result<Option<Vec<NaiveDate>>, SyllabusError> {
        if self.first.is_none() || self.last.is_none() {
            return Ok(None);
        }
        let mut off = Vec::new();
        for w in &self.off {
            off.push(w.date(cx)?);
        }
        Ok(Some(off))
    }

    /// One row a week from the first class to the last (or to the last week of a table of
    /// numbered weeks), the days off skipped; `None` without both ends, or when they are not
    /// in order.
    pub(super) fn rows(&self, cx: &Context) -> Result<Option<Vec<WeekRow>>, SyllabusError> {
        let Some(first) = &self.first else {
            return Ok(None);
        };
        let from = first.date(cx)?;
        let to = match (&self.last, self.weeks) {
            (Some(last), _) => last.date(cx)?,
            (None, Some(weeks)) => from + Duration::weeks(i64::from(weeks) - 1),
            (None, None) => return Ok(None),
        };
        let weeks = (to - from).num_days() / 7;
        if to < from || weeks > MAX_WEEKS {
            return Ok(None);
        }
        let skip = self.days_off(cx)?.unwrap_or_default();
        let rows = (0..=weeks)
            .map(|k| {
                let date = from + Duration::weeks(k);
                let mut row = WeekRow::new(first.line, u32::try_from(k + 1).unwrap_or(0), date);
                row.skip = skip.clone();
                row
            })
            .collect();
        Ok(Some(rows))
    }
}

/// The important-dates list of the document, if it has one.
pub(super) fn find(lines: &[Option<Line>]) -> Bounds {
    let mut b = Bounds::default();
    let mut in_off = false;
    for line in lines.iter().flatten() {
        let text = squash(&line.cells.join(" "));
        let dated = |re: &Lean| {
            let rest = &text[label_end(re, &text)?..];
            let (at, span) = find_date(rest)?;
            // The date comes first after the label, a weekday and a connector aside
            // ("Classes begin on Monday, 3 July").
            rest[..at]
                .split(|c: char| !c.is_alphanumeric())
                .all(|w| {
                    w.is_empty()
                        || weekday(w).is_some()
                        || LABEL_CONNECTORS.contains(&w.to_lowercase().as_str())
                })
                .then(|| Written {
                    line: line.no,
                    text: rest.to_string(),
                    span,
                })
        };
        if let Some(w) = dated(&FIRST) {
            b.first.get_or_insert(w);
            in_off = false;
        } else if let Some(w) = dated(&LAST) {
            b.last.get_or_insert(w);
            in_off = false;
        } else if let Some(w) = dated(&NO_CLASS) {
            b.off.push(w);
            in_off = true;
        } else if in_off
            && line.indented
            && let Some(w) = bare_date(line.no, &text)
        {
            b.off.push(w);
        } else {
            in_off = false;
        }
    }
    b.weeks = numbered_weeks(lines);
    b
}

/// The last week of the document's table of numbered weeks: rows whose first cell is a week
/// number ("3", "Week 3"), at least three, numbered from 1 and going up.
fn numbered_weeks(lines: &[Option<Line>]) -> Option<u32> {
    let numbers: Vec<u32> = lines
        .iter()
        .flatten()
        .filter(|l| l.cells.len() >= 2)
        .filter_map(|l| l.cells.first().and_then(|c| week_number(c)))
        .collect();
    let rising = numbers.windows(2).all(|w| w[0] < w[1]);
    (numbers.len() >= 3 && numbers.first() == Some(&1) && rising)
        .then(|| numbers.last().copied())
        .flatten()
}

/// A line that is a date and perhaps a note: "Friday, Apr. 7 (Good Friday)".
fn bare_date(line: usize, text: &str) -> Option<Written> {
    let (at, span) = find_date(text)?;
    let before_is_weekday = text[..at]
        .split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || weekday(w).is_some());
    let after = text.get(at + span.len..).unwrap_or("").trim();
    (before_is_weekday && (after.is_empty() || after.starts_with('('))).then(|| Written {
        line,
        text: text.to_string(),
        span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_label_after_marks_skipped_by_hand_ends_where_the_pattern_ended(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "first class", "Last  lecture", "No classes", "ders yok", "**", "_", "- ", " ",
                "#", "é", "\u{301}", ":", "–", "x", "4", "Friday", "(", "ſ",
            ]), 1..6),
        ) {
            let text = pieces.concat();
            for words in [FIRST_CLASS_PATTERN, LAST_CLASS_PATTERN, NO_CLASS_LABEL_PATTERN] {
                let old = regex::Regex::new(&format!(r"(?i)^[\W_]*(?:{words})\b\s*[:\-–]?\s*"))
                    .unwrap();
                proptest::prop_assert_eq!(
                    old.find(&text).map(|m| m.end()),
                    label_end(&labelled(words), &text),
                    "{:?}", text
                );
            }
        }
    }
    use crate::syllabus::layout;

    fn bounds(text: &str) -> Bounds {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        find(&layout::read(&lines))
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, d).unwrap()
    }

    #[test]
    fn first_and_last_class_give_one_row_a_week_without_the_days_off() {
        let b = bounds(
            "First class: Monday, Jan. 9\nLast class: Monday, Jan. 30\nNo class: Monday, Jan. 16 (holiday)\n         Monday, Jan. 23 (trip)\n",
        );
        assert_eq!(b.lines().into_iter().collect::<Vec<_>>(), [1, 2, 3, 4]);
        let rows = b.rows(&Context::for_term("Spring 2023")).unwrap().unwrap();
        assert_eq!(
            rows.iter().map(|r| r.date).collect::<Vec<_>>(),
            [day(1, 9), day(1, 16), day(1, 23), day(1, 30)]
        );
        assert_eq!(rows[0].skip, [day(1, 16), day(1, 23)]);
    }

    #[test]
    fn without_a_last_class_the_list_is_not_one() {
        let b = bounds("First class: Monday, Jan. 9\nNo class: Monday, Jan. 16\n");
        assert!(b.lines().is_empty());
        assert!(b.rows(&Context::for_term("Spring 2023")).unwrap().is_none());
    }

    #[test]
    fn a_label_in_the_middle_of_a_sentence_is_not_a_bound() {
        let b = bounds("Bring your notes to the first class on Jan. 9\nLast class: Jan. 30\n");
        assert!(b.lines().is_empty());
    }
}
