//! Rows on a weekday the lecture slot does not name, beside rows on the slot's own days: a
//! course taught in two groups, each with its list of dates ("Group 1 (Monday 9-13)" then
//! "Group 2 (Friday 9-13)"), where the slot read is one group's. When at least
//! `MIN_ROWS` single-date rows fall on the slot's days and as many on one other weekday,
//! those other rows are meetings on their own dates, not weeks whose lecture moves to the
//! slot's day.

use std::collections::BTreeSet;

use chrono::{Datelike, Weekday};

use crate::model::Meeting;
use crate::syllabus::rows::WeekRow;

/// Rows on a weekday for it to be a day the class meets.
const MIN_ROWS: usize = 3;

/// The weekdays off the slot whose rows are meetings on their own dates (see the module).
pub(super) fn weekdays(meetings: &[Meeting], rows: &[&WeekRow]) -> BTreeSet<u32> {
    let single: Vec<Weekday> = rows
        .iter()
        .filter(|r| !r.no_class && r.range_end.is_none())
        .map(|r| r.date.weekday())
        .collect();
    let on_slot = |d: &Weekday| meetings.iter().any(|m| m.day == *d);
    if meetings.is_empty() || single.iter().filter(|d| on_slot(d)).count() < MIN_ROWS {
        return BTreeSet::new();
    }
    single
        .iter()
        .copied()
        .filter(|d| !on_slot(d) && !matches!(d, Weekday::Sat | Weekday::Sun))
        .filter(|d| single.iter().filter(|x| *x == d).count() >= MIN_ROWS)
        .map(|d| d.num_days_from_monday())
        .collect()
}

/// The slot's hours for such a row, when every meeting of the slot keeps the same hours
/// (the groups meet at the same time on different days); none otherwise.
pub(super) fn shared_hours(meetings: &[Meeting]) -> Option<&Meeting> {
    let first = meetings.first()?;
    meetings
        .iter()
        .all(|m| m.start == first.start && m.end == first.end)
        .then_some(first)
}
