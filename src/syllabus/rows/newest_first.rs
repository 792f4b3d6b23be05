//! A list of dated notices written newest first (a course page's "News": "2021/05/12 videos
//! uploaded", "2021/05/07 report posted", ...) says when things were posted, not when the
//! class meets: its lines are no rows of the schedule when the document dates other lines.

use crate::syllabus::dates::{DateSpan, RawDate, find_date};
use crate::syllabus::layout::Line;

/// The fewest lines of a run that make it a list of notices: two lines going back in time
/// may be a row out of order.
const FEWEST_NOTICES: usize = 3;

/// The lines, without those of every run of consecutive lines that each begin with a full
/// date and go back in time, as long as other lines still carry a date (a schedule written
/// newest first, and alone, stays the schedule).
pub(super) fn without_notices(lines: &[Option<Line>]) -> Option<Vec<Option<Line>>> {
    let keys: Vec<Option<(i32, u32, u32)>> = lines
        .iter()
        .map(|l| l.as_ref().and_then(leading_date))
        .collect();
    let mut drop = vec![false; lines.len()];
    let mut run: Vec<usize> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let goes_back = match (run.last().and_then(|&j| keys[j]), key) {
            (Some(prev), Some(k)) => *k < prev,
            _ => false,
        };
        let next_line = run.last().is_some_and(|&j| j + 1 == i);
        if !(goes_back && next_line) {
            mark(&run, &mut drop);
            run.clear();
        }
        if key.is_some() {
            run.push(i);
        }
    }
    mark(&run, &mut drop);
    if !drop.contains(&true) {
        return None;
    }
    let others = lines
        .iter()
        .zip(&drop)
        .filter(|(l, d)| {
            !**d && l
                .as_ref()
                .is_some_and(|l| find_date(&l.cells.join("  ")).is_some())
        })
        .count();
    (others >= FEWEST_NOTICES - 1).then(|| {
        lines
            .iter()
            .zip(&drop)
            .map(|(l, d)| if *d { None } else { l.clone() })
            .collect()
    })
}

fn mark(run: &[usize], drop: &mut [bool]) {
    if run.len() >= FEWEST_NOTICES {
        for &i in run {
            drop[i] = true;
        }
    }
}

/// The year, month and day a line begins with (after a list marker), when it writes all three.
fn leading_date(line: &Line) -> Option<(i32, u32, u32)> {
    let first = line.cells.first()?;
    let text = first.trim_start_matches(|c: char| c.is_whitespace() || "-*•+".contains(c));
    match find_date(text)? {
        (
            0,
            DateSpan {
                start:
                    RawDate::Known {
                        month,
                        day,
                        year: Some(year),
                    },
                end: None,
                ..
            },
        ) => Some((year, month, day)),
        _ => None,
    }
}
