//! A date cell naming two meetings of its week in forms a comma list does not cover: a day
//! after a slash (`Mar 4/6`, `04.03./06.03.`), dates joined by a plus (`04.03. + 06.03.`), or
//! bare days before the date that names the month (`4, 6 March`, `4 and 6 Mar`). Each gives a
//! lecture, as `Mar 4, Mar 6` does.

use super::date_column::cell_date;
use crate::syllabus::dates::{DateSpan, RawDate};
use crate::syllabus::lexicon::DATE_AND_WORDS;

/// The meetings such a cell lists, in order; `None` for any other cell.
pub(super) fn listed(cell: &str) -> Option<Vec<DateSpan>> {
    let t = cell.trim();
    // A whole date ("3/4/25", "10/04/2022") is one date, whatever its slashes.
    if cell_date(t).is_some_and(|s| s.len >= t.len()) {
        return None;
    }
    slashed(t)
        .or_else(|| plus_joined(t))
        .or_else(|| days_first(t))
}

/// A single date (no range).
fn one(text: &str) -> Option<DateSpan> {
    cell_date(text).filter(|s| s.end.is_none())
}

/// `Mar 4/6`, `04.03./06.03.`: a date, a slash, then a date or a later day of its month.
fn slashed(t: &str) -> Option<Vec<DateSpan>> {
    t.match_indices('/').find_map(|(at, _)| {
        let (left, right) = (t[..at].trim(), t[at + 1..].trim());
        let first = one(left).filter(|s| s.len >= left.len())?;
        let second = one(right)
            .filter(|s| s.len >= right.len())
            .or_else(|| later_day(&first, right))?;
        Some(vec![first, second])
    })
}

/// `04.03. + 06.03.`: two or more dates joined by plus signs.
fn plus_joined(t: &str) -> Option<Vec<DateSpan>> {
    let pieces: Vec<&str> = t.split('+').map(str::trim).collect();
    if pieces.len() < 2 {
        return None;
    }
    pieces.iter().map(|p| one(p)).collect()
}

/// `4, 6 March`, `4 and 6 Mar`: bare days, then the date that names their month.
fn days_first(t: &str) -> Option<Vec<DateSpan>> {
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| {
            if DATE_AND_WORDS.contains(&w.to_lowercase().as_str()) {
                ",".to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    let joined = words.join(" ");
    let pieces: Vec<&str> = joined
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let (last, days) = pieces.split_last()?;
    if days.is_empty() {
        return None;
    }
    let date = one(last)?;
    let RawDate::Known { month, day, year } = date.start else {
        return None;
    };
    let mut out = Vec::new();
    for d in days {
        let n: u32 = d.parse().ok()?;
        if n == 0 || n >= day {
            return None;
        }
        out.push(DateSpan {
            start: RawDate::Known {
                month,
                day: n,
                year,
            },
            end: None,
            len: d.len(),
        });
    }
    out.push(date);
    Some(out)
}

/// A bare day number after a date with a known month (`6` after `Mar 4`): that later day.
fn later_day(first: &DateSpan, piece: &str) -> Option<DateSpan> {
    let n: u32 = piece.trim_end_matches('.').parse().ok()?;
    let RawDate::Known { month, day, year } = first.start else {
        return None;
    };
    (n > day && n <= 31).then_some(DateSpan {
        start: RawDate::Known {
            month,
            day: n,
            year,
        },
        end: None,
        len: piece.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(cell: &str) -> Option<Vec<(u32, u32)>> {
        listed(cell).map(|spans| {
            spans
                .iter()
                .map(|s| match s.start {
                    RawDate::Known { month, day, .. } => (month, day),
                    RawDate::Slash { .. } => (0, 0),
                })
                .collect()
        })
    }

    #[test]
    fn two_meetings_in_one_date_cell() {
        assert_eq!(days("Mar 4/6"), Some(vec![(3, 4), (3, 6)]));
        assert_eq!(days("04.03./06.03."), Some(vec![(3, 4), (3, 6)]));
        assert_eq!(days("04.03. + 06.03."), Some(vec![(3, 4), (3, 6)]));
        assert_eq!(days("4, 6 March"), Some(vec![(3, 4), (3, 6)]));
        assert_eq!(days("4 and 6 Mar"), Some(vec![(3, 4), (3, 6)]));
        assert_eq!(days("11, 13 March"), Some(vec![(3, 11), (3, 13)]));
    }

    #[test]
    fn whole_dates_and_other_cells_are_not_lists() {
        for cell in ["3/4/25", "10/04/2022", "Mar 4", "9/18", "Mar 6/4", "Week 3"] {
            assert_eq!(days(cell), None, "{cell}");
        }
    }
}
