//! Where a space-laid table's columns start, taken from its rows rather than its header.
//! Browsers centre `<th>` cells and word processors often centre header cells, so in a text
//! dump or a printed page a header word starts right of its column (and a short one under a
//! wide column starts far right of it): matched by where they start, cells land in the wrong
//! column. The rows' cells are left-aligned, right-aligned or centred inside their column,
//! but the runs of spaces between columns (the gutters) are shared by nearly every row. So
//! the columns are the stretches between gutters, and each header word names the column its
//! centre falls in.

use std::collections::BTreeMap;

use super::Line;
use super::roles;
use crate::syllabus::dates::find_date;

/// Fewest rows of several cells under a header before their gutters are trusted.
const FEWEST_ROWS: usize = 3;
/// Most lines after a header looked at for its rows.
const MOST_LINES: usize = 80;
/// A position is a gutter when at most one row in this many has text there (a cell running
/// over its column now and then does not close a gutter).
const SPILL: usize = 10;

/// A column as the rows show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Column {
    /// The character position it starts at (the middle of the gutter left of it).
    pub(super) start: usize,
    /// The gutter left of it is one space wide (a text browser's dump): cells are not apart
    /// by two spaces there, and a cell running over the start is split at it.
    pub(super) narrow: bool,
}

/// For each space-laid header's line number, its columns as its dated rows show them, when
/// they show them.
pub(super) fn find(lines: &[Option<Line>]) -> BTreeMap<usize, Vec<Column>> {
    let lines: Vec<&Line> = lines.iter().flatten().collect();
    let mut out = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(header) = roles::read_header(line) else {
            continue;
        };
        let Some(spans) = header.spans() else {
            continue;
        };
        let rows: Vec<&Line> = lines[i + 1..]
            .iter()
            .take(MOST_LINES)
            .take_while(|l| roles::read_header(l).is_none())
            .copied()
            .filter(|l| l.placed.is_some() && find_date(&l.cells.join(" ")).is_some())
            .collect();
        if let Some(columns) = columns(&spans, &rows) {
            out.insert(line.no, columns);
        }
    }
    out
}

/// Each header cell's column (`spans`: where each header cell starts and how wide it is): the
/// first starts at the margin, each other in the gutter the rows share that lies most inside
/// the header's gap before it. `None` when the rows are too few, or a gap has no gutter
/// (the rows do not tell those columns apart: a column mostly empty, a cell running on).
fn columns(spans: &[(usize, usize)], rows: &[&Line]) -> Option<Vec<Column>> {
    if rows.len() < FEWEST_ROWS || spans.is_empty() {
        return None;
    }
    let runs = gutter_runs(rows);
    // A one-space gutter is trusted only where the rows are not laid out by two spaces at all
    // (most are one cell): elsewhere it is as likely the space between two words of a column.
    let one_cell = rows
        .iter()
        .filter(|r| r.placed.as_ref().is_some_and(|p| p.len() == 1))
        .count()
        * 2
        > rows.len();
    let mut out = vec![Column {
        start: 0,
        narrow: false,
    }];
    for pair in spans.windows(2) {
        let (gap_from, gap_to) = (pair[0].0 + pair[0].1, pair[1].0);
        let left = out.last().map_or(0, |c| c.start);
        let (from, to) = runs
            .iter()
            .filter(|(from, to)| *from < gap_to && *to > gap_from && (to - from >= 2 || one_cell))
            .max_by_key(|(from, to)| {
                // Most inside the gap: a header cell naming two narrow columns ("Week Dates")
                // overhangs the gutter between them, which is not this gap's.
                let inside = (*to).min(gap_to) - (*from).max(gap_from);
                // Then the one that leaves the header cell before it most nearly centred
                // over its column, as a browser sets it.
                let column = left + (from + to).div_ceil(2);
                let off = column.abs_diff(2 * pair[0].0 + pair[0].1);
                (inside, to - from, std::cmp::Reverse(off))
            })
            .copied()?;
        let start = (from + to).div_ceil(2);
        if out.last().is_some_and(|c| c.start >= start) {
            return None;
        }
        out.push(Column {
            start,
            narrow: to - from == 1,
        });
    }
    Some(out)
}

/// The runs of positions between text where at most one row in [`SPILL`] has a letter, as
/// (first, past the last).
fn gutter_runs(rows: &[&Line]) -> Vec<(usize, usize)> {
    let mut covered: Vec<usize> = Vec::new();
    for row in rows {
        for (col, text) in row.placed.iter().flatten() {
            for (k, ch) in text.chars().enumerate() {
                if covered.len() <= col + k {
                    covered.resize(col + k + 1, 0);
                }
                if ch != ' ' {
                    covered[col + k] += 1;
                }
            }
        }
    }
    let mut runs = Vec::new();
    let mut seen_text = false;
    let mut run_from = None;
    for (i, n) in covered.iter().enumerate() {
        let gutter = n * SPILL <= rows.len();
        match run_from {
            None if gutter && seen_text => run_from = Some(i),
            Some(from) if !gutter => {
                runs.push((from, i));
                run_from = None;
            }
            _ => {}
        }
        seen_text |= !gutter;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn lines(text: &str) -> Vec<Option<Line>> {
        let text: Vec<String> = text.lines().map(str::to_string).collect();
        layout::read(&text)
    }

    #[test]
    fn centred_header_words_name_the_columns_their_rows_fill() {
        let doc = lines(
            "   Week        Date                 Topic                  Materials\n\
             1          Jan 10       Sets and the ways to build them  Notes 1\n\
             2          Jan 17       Maps                             Notes 2\n\
             3          Jan 24       Counting                         Notes 3 and 4\n",
        );
        let found = find(&doc);
        let starts: Vec<usize> = found
            .get(&1)
            .expect("columns")
            .iter()
            .map(|c| c.start)
            .collect();
        // The date column starts where its rows do, left of its centred header word.
        assert_eq!(starts.len(), 4);
        assert!(starts[1] <= 11 && starts[2] <= 24 && starts[3] <= 57);
        assert!(starts[1] > 1 && starts[2] > 17 && starts[3] > 55);
    }

    #[test]
    fn rows_that_leave_two_header_words_in_one_column_give_no_columns() {
        let doc = lines(
            "Date        Topic       Due\n\
             Jan 10      Sets\n\
             Jan 17      Maps\n\
             Jan 24      Counting\n",
        );
        assert!(find(&doc).is_empty());
    }

    #[test]
    fn too_few_rows_give_no_columns() {
        let doc = lines("   Date        Topic\nJan 10      Sets\n");
        assert!(find(&doc).is_empty());
    }
}
