//! A table that goes over the days of a table above it again: another view of the same
//! schedule (a calendar, then the same days as an agenda list) or a second course's schedule
//! on the same page. Its rows are set aside, with a warning, so no day gets its lecture
//! twice; the work and exams they name are still read.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::WeekRow;
use crate::syllabus::Context;

/// Fewest meetings that make a table a repeat; a short list of extra sessions is not one.
const MIN_ROWS: usize = 3;

/// The share of a table's days, in fifths, that must be days of the tables above.
const SHARED_FIFTHS: usize = 4;

/// Whether a row is a class meeting on its day: not a day off, and not a row that is only the
/// exam held in the class's place (an important-dates list, `Quiz 1 .... July 14th`, names the
/// days the weekly outline below it teaches on, without being a schedule of them).
fn meets(row: &WeekRow) -> bool {
    !row.no_class && !row.skip.contains(&row.date)
}

/// The rows without the exam-only rows of one table (`Quiz 1 .... July 14th` in an
/// important-dates list) on a day another table's row teaches a topic (`Week 2 (July 14th):
/// Cross-validation (Quiz 1)`): the exam is beside that class, not in its place, so it does
/// not cancel it. Its exam was read with the row and stays. The tables' first rows are given
/// back as indices into the rows kept.
pub(super) fn exams_beside_classes(
    rows: Vec<WeekRow>,
    starts: &[usize],
) -> (Vec<WeekRow>, Vec<usize>) {
    let table_of = |i: usize| starts.iter().filter(|&&s| s <= i && s > 0).count();
    let taught: Vec<(usize, NaiveDate)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| meets(r) && !r.title.trim().is_empty())
        .map(|(i, r)| (table_of(i), r.date))
        .collect();
    let beside = |i: usize, r: &WeekRow| {
        r.title.trim().is_empty()
            && r.skip.contains(&r.date)
            && !r.no_class
            && taught.iter().any(|&(t, d)| t != table_of(i) && d == r.date)
    };
    let keep: Vec<bool> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| !beside(i, r))
        .collect();
    let moved = starts
        .iter()
        .map(|&s| keep.iter().take(s).filter(|&&k| k).count())
        .collect();
    let rows = rows
        .into_iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(r))
        .collect();
    (rows, moved)
}

/// The rows without those of tables (starting at the indices `starts`, in order) whose days
/// are nearly all days of the tables above them.
pub(super) fn drop_repeated(
    rows: Vec<WeekRow>,
    starts: &[usize],
    cx: &mut Context,
) -> Vec<WeekRow> {
    let mut bounds: Vec<usize> = starts
        .iter()
        .copied()
        .filter(|&s| s > 0 && s < rows.len())
        .collect();
    bounds.dedup();
    bounds.push(rows.len());
    let mut seen: BTreeSet<NaiveDate> = BTreeSet::new();
    let mut keep = vec![true; rows.len()];
    let mut from = 0;
    for to in bounds {
        let table = &rows[from..to];
        let days: Vec<NaiveDate> = table.iter().filter(|r| meets(r)).map(|r| r.date).collect();
        let shared = days.iter().filter(|d| seen.contains(d)).count();
        if days.len() >= MIN_ROWS && shared * 5 >= days.len() * SHARED_FIFTHS {
            keep[from..to].iter_mut().for_each(|k| *k = false);
            if let Some(first) = table.first() {
                cx.warn(
                    first.line,
                    "set aside: this table goes over the days of a table above again (the same schedule shown another way, or another course's); its rows make no lectures",
                );
            }
        } else {
            seen.extend(days);
        }
        from = to;
    }
    rows.into_iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(r))
        .collect()
}
