//! Week numbers: read from the week cell or counted from the dates, rows out of order
//! folded into the row before (OCR duplicates, stray fragments), and weeks dated off their
//! weekly step.

use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};
use chrono::{Duration, NaiveDate};

use super::content::Content;
use super::{FoundActivity, WeekRow};
use crate::model::Warning;
use crate::syllabus::Context;
use crate::syllabus::dates::{RawDate, parse_date_prefix, week_monday};
use crate::syllabus::lexicon::WEEK_WORD_PATTERN;
use crate::syllabus::text::squash;

static WEEK_CELL: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:{WEEK_WORD_PATTERN})?\s*#?\s*([0-9]{{1,2}})\s*[.):]?$"
    ))
});

/// The week number a cell holds: "3", "Week 3", "W3", "Hafta 3", "#3".
pub(super) fn week_number(cell: &str) -> Option<u32> {
    WEEK_CELL
        .groups(cell.trim())
        .and_then(|c| c[1].parse().ok())
}

/// The last day a week's row lists when its text after the week and the first date is only
/// more dates ("Week 1 - T 9/1, Th 9/3"): that date and its text. Such a row heads the week's
/// days rather than being a meeting of its own.
pub(super) fn listed_days(parts: &super::content::Parts) -> Option<(RawDate, String)> {
    parts.week_cell.as_deref().and_then(week_number)?;
    let [(_, text)] = parts.texts.as_slice() else {
        return None;
    };
    let mut rest = text.trim();
    let mut last = None;
    while !rest.is_empty() {
        let span = parse_date_prefix(rest)?;
        last = Some((span.end.unwrap_or(span.start), rest[..span.len].to_string()));
        rest = rest[span.len..].trim_start_matches([',', ';', '&', '-', '–', '/', ' ']);
    }
    last
}

/// A row that goes back in week or date is not a new week. A row on the same date with a
/// topic or a time of its own is a second meeting that day (a lab and a lecture), not a
/// repeat.
pub(super) fn out_of_sequence(
    prev: Option<&WeekRow>,
    explicit: Option<u32>,
    date: NaiveDate,
    content: &Content,
) -> bool {
    prev.is_some_and(|prev| {
        // A row of the same day at another time of its own is another meeting too.
        let another_time = content
            .time
            .is_some_and(|t| prev.time.is_some_and(|p| p != t));
        let another_meeting = content.exam_only
            || another_time
            || content
                .topic
                .as_deref()
                .is_some_and(|t| !t.trim().is_empty() && squash(t) != squash(&prev.title));
        explicit.is_some_and(|w| w < prev.week)
            || date < prev.date
            || date == prev.date && !another_meeting
    })
}

/// Whether a row dated four weeks or more before the row above starts a new table: a
/// schedule after a calendar, a second table that starts the term again. A row a few days
/// back is a stray fragment of the row above.
pub(super) fn starts_again(prev: Option<&WeekRow>, date: NaiveDate) -> bool {
    prev.is_some_and(|p| date + Duration::days(28) <= p.date)
}

/// Whether `head` is a week's heading row and `date` a day inside its range. A row dated
/// one day whose topic starts with the week ("1/19  WEEK 1 No lab") heads the day rows of
/// that date too.
pub(super) fn heads(head: &WeekRow, date: NaiveDate) -> bool {
    static WEEK_TITLE: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^(?:{WEEK_WORD_PATTERN})\s*#?\s*[0-9]{{1,2}}\b"
        ))
    });
    match head.range_end {
        Some(end) => date >= head.date && date <= end,
        None => date == head.date && WEEK_TITLE.is_match(head.title.trim()),
    }
}

/// Keeps an out-of-sequence row's text with the row before and its explicitly dated
/// activities, but never trusts its date as a new week.
pub(super) fn fold_into(
    prev: &mut WeekRow,
    line: usize,
    explicit: Option<u32>,
    date: NaiveDate,
    content: Content,
    acts: &mut Vec<FoundActivity>,
    cx: &mut Context,
) {
    let what = match explicit {
        Some(w) => format!("the row for week {w} dated {}", date.format("%b %-d")),
        None => format!("a row dated {}", date.format("%b %-d")),
    };
    let kept = if content.acts.iter().any(|a| a.date.is_some()) {
        "; its dated activities are kept"
    } else {
        ""
    };
    cx.warn(
        line,
        format!(
            "out of sequence: {what} comes after {} (line {}); read as more of that row{kept}",
            prev.date.format("%b %-d"),
            prev.line
        ),
    );
    prev.details
        .extend(content.topic.into_iter().filter(|t| !t.is_empty()));
    prev.details.extend(content.details);
    prev.readings.extend(content.readings);
    for act in content.acts {
        if act.date.is_some() {
            acts.push(FoundActivity::new(line, act, prev.date, Some(prev.week)));
        } else {
            cx.warn(
                line,
                format!(
                    "set aside: {} {} has no date of its own in an out-of-sequence row",
                    act.label, act.kind
                ),
            );
        }
    }
}

/// The row's week: as written, or the previous row's plus the weeks between their dates.
pub(super) fn number(prev: Option<&WeekRow>, explicit: Option<u32>, date: NaiveDate) -> u32 {
    explicit.unwrap_or_else(|| match prev {
        Some(prev) => {
            prev.week
                + u32::try_from((week_monday(date) - week_monday(prev.date)).num_days() / 7)
                    .unwrap_or(0)
        }
        None => 1,
    })
}

/// A warning when a written week number does not fall where weekly steps from the last
/// written one put it.
pub(super) fn off_cadence(
    prev: Option<&WeekRow>,
    explicit: Option<u32>,
    date: NaiveDate,
    line: usize,
) -> Option<Warning> {
    let prev = prev.filter(|p| p.explicit)?;
    let w = explicit.filter(|w| *w > prev.week)?;
    let expected = week_monday(prev.date) + Duration::days(7 * i64::from(w - prev.week));
    (expected != week_monday(date)).then(|| Warning {
        line,
        message: format!(
            "week {w} is dated {}, but weekly steps from week {} ({}) put it in the week of {}; check the date",
            date.format("%a %b %-d"),
            prev.week,
            prev.date.format("%b %-d"),
            expected.format("%b %-d")
        ),
    })
}

/// A title that is only a week's label (`WEEK 11`): the next week's heading run into the row
/// above by the layout, no topic of the row's own.
pub(super) fn label_only(title: &str) -> bool {
    static LABEL: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^(?:{WEEK_WORD_PATTERN})\s*#?\s*[0-9]{{1,2}}$"
        ))
    });
    LABEL.is_match(title.trim())
}

/// Whether two rows fall in one week: then the numbers count lectures, not weeks, and
/// their cadence says nothing.
pub(in crate::syllabus) fn several_rows_a_week(rows: &[WeekRow]) -> bool {
    rows.windows(2)
        .any(|w| week_monday(w[0].date) == week_monday(w[1].date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, d).unwrap()
    }

    fn row(week: u32, date: NaiveDate) -> WeekRow {
        WeekRow::for_test(week, date)
    }

    #[test]
    fn a_row_titled_with_its_week_heads_the_day_rows_of_its_date() {
        let mut head = row(1, day(1, 19));
        head.title = "WEEK 1 No lab".into();
        assert!(heads(&head, day(1, 19)));
        assert!(!heads(&head, day(1, 21)));
        head.title = "Weekly review".into();
        assert!(!heads(&head, day(1, 19)));
    }

    #[test]
    fn week_cells_in_every_spelling() {
        for (cell, want) in [
            ("3", 3),
            ("Week 3", 3),
            ("W3", 3),
            ("Hafta 12", 12),
            ("#4.", 4),
        ] {
            assert_eq!(week_number(cell), Some(want), "{cell}");
        }
        assert_eq!(week_number("Oct 4"), None);
    }

    fn topic(t: &str) -> Content {
        Content {
            topic: Some(t.into()),
            ..Content::default()
        }
    }

    #[test]
    fn a_row_that_goes_back_is_out_of_sequence() {
        let prev = row(11, day(12, 13));
        assert!(out_of_sequence(
            Some(&prev),
            Some(10),
            day(12, 20),
            &topic("x")
        ));
        assert!(out_of_sequence(
            Some(&prev),
            None,
            day(12, 13),
            &Content::default()
        ));
        assert!(!out_of_sequence(
            Some(&prev),
            Some(12),
            day(12, 20),
            &topic("x")
        ));
        assert!(!out_of_sequence(None, Some(1), day(10, 4), &topic("x")));
    }

    #[test]
    fn a_second_row_on_the_same_date_with_its_own_topic_is_another_meeting() {
        let prev = WeekRow {
            title: "Regression".into(),
            ..row(3, day(11, 5))
        };
        assert!(!out_of_sequence(
            Some(&prev),
            None,
            day(11, 5),
            &topic("Lab: notebooks")
        ));
        assert!(out_of_sequence(
            Some(&prev),
            None,
            day(11, 5),
            &topic("Regression")
        ));
        assert!(out_of_sequence(Some(&prev), None, day(11, 5), &topic("")));
        assert!(out_of_sequence(
            Some(&prev),
            Some(2),
            day(11, 5),
            &topic("Other")
        ));
    }

    #[test]
    fn a_row_a_month_back_starts_a_new_table() {
        let prev = row(9, day(12, 1));
        assert!(starts_again(Some(&prev), day(10, 3)));
        assert!(!starts_again(Some(&prev), day(11, 20)));
        assert!(!starts_again(None, day(10, 3)));
    }

    #[test]
    fn a_row_with_a_range_heads_the_days_inside_it() {
        let head = WeekRow {
            range_end: Some(day(1, 14)),
            ..row(1, day(1, 10))
        };
        assert!(heads(&head, day(1, 10)));
        assert!(heads(&head, day(1, 14)));
        assert!(!heads(&head, day(1, 17)));
        assert!(!heads(&row(1, day(1, 10)), day(1, 10)));
    }

    #[test]
    fn an_unwritten_week_is_counted_from_the_dates() {
        let prev = row(2, day(10, 11));
        assert_eq!(number(Some(&prev), None, day(10, 25)), 4);
        assert_eq!(number(None, None, day(10, 4)), 1);
        assert_eq!(number(Some(&prev), Some(7), day(10, 25)), 7);
    }

    #[test]
    fn a_week_off_its_weekly_step_is_warned_about() {
        let prev = row(2, day(10, 11));
        assert!(off_cadence(Some(&prev), Some(3), day(10, 18), 5).is_none());
        let w = off_cadence(Some(&prev), Some(3), day(10, 25), 5).unwrap();
        assert!(
            w.message.starts_with("week 3 is dated Tue Oct 25"),
            "{}",
            w.message
        );
    }

    #[test]
    fn two_rows_in_one_week_count_lectures() {
        assert!(several_rows_a_week(&[
            row(1, day(10, 4)),
            row(2, day(10, 6))
        ]));
        assert!(!several_rows_a_week(&[
            row(1, day(10, 4)),
            row(2, day(10, 11))
        ]));
    }
}
