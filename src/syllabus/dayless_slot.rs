//! Stage 5 fallback: a lecture slot that gives its time but no day ("Meeting Times:
//! 9:05–10:20", the days named only by the schedule's dates). Without it every lecture would
//! be all-day although the document says when class meets; the days are those the schedule's
//! rows fall on, and a warning says so.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, Weekday};
use regex::Regex;

use super::Context;
use super::lexicon::{LECTURE_LABEL_MORE_PATTERN, LECTURE_LABEL_PATTERN};
use super::rows::WeekRow;
use super::times::find_time_range;
use crate::model::Meeting;

/// A line that is only a lecture label and a time range: "Meeting Times: 9:05–10:20",
/// "**Class time:** 2-3:15pm", "Hora: 16:00 - 18:00".
static DAYLESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^[\s*_#>-]*(?:{LECTURE_LABEL_PATTERN}|{LECTURE_LABEL_MORE_PATTERN})(?:\s+\p{{L}}+)?[\s*_]*:[\s*_]*(?P<time>[^\p{{L}}]*(?:[ap]\.?m\.?)?[^\p{{L}}]*)$"
    ))
    .unwrap()
});

/// The meetings a time-only slot line before the schedule gives, on the weekdays the
/// schedule's class rows mostly fall on; none when there is no such line or no row.
pub(super) fn meetings(
    header: &[(usize, String)],
    rows: &[WeekRow],
    cx: &mut Context,
) -> Vec<Meeting> {
    let Some((line, (start, end))) = header.iter().find_map(|(no, text)| {
        let c = DAYLESS.captures(text.trim())?;
        Some((*no, find_time_range(&c["time"])?))
    }) else {
        return Vec::new();
    };
    let days = row_days(rows);
    if days.is_empty() {
        return Vec::new();
    }
    let names: Vec<String> = days.iter().map(ToString::to_string).collect();
    cx.warn(
        line,
        format!(
            "the lecture slot names no day; lectures are taken to meet at its time on the days the schedule's rows fall on ({}); add [[meeting]] entries to the course file if that is wrong",
            names.join(", ")
        ),
    );
    days.into_iter()
        .map(|day| Meeting {
            day,
            start,
            end,
            location: None,
        })
        .collect()
}

/// The weekdays the class rows fall on, each held by at least a fifth of them (and two): a
/// make-up day or an exam on another day is not a meeting day.
fn row_days(rows: &[WeekRow]) -> Vec<Weekday> {
    let mut count: BTreeMap<u32, (Weekday, usize)> = BTreeMap::new();
    let held: Vec<&WeekRow> = rows.iter().filter(|r| !r.no_class).collect();
    for r in &held {
        let day = r.date.weekday();
        count
            .entry(day.num_days_from_monday())
            .or_insert((day, 0))
            .1 += 1;
    }
    let least = (held.len() / 5).max(2);
    count
        .into_values()
        .filter(|(_, n)| *n >= least)
        .map(|(d, _)| d)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_and_a_time_range_alone_is_a_dayless_slot() {
        for line in [
            "Meeting Times: 9:05–10:20",
            "**Class time:** 2:00-3:15pm",
            "Lectures: 14.00-15.30",
        ] {
            let c = DAYLESS.captures(line).expect(line);
            assert!(find_time_range(&c["time"]).is_some(), "{line}");
        }
        for line in [
            "Lectures: Tuesday 09:40-12:30",
            "Office hours: 3-4pm",
            "Meeting Times: see Canvas",
        ] {
            let timed = DAYLESS
                .captures(line)
                .is_some_and(|c| find_time_range(&c["time"]).is_some());
            assert!(!timed, "{line}");
        }
    }
}
