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

/// Fewest rows of several cells under a header before their gutters are trusted.
const FEWEST_ROWS: usize = 3;
/// Most lines after a header looked at for its rows.
const MOST_LINES: usize = 80;
/// A position is a gutter when at most one row in this many has text there (a cell running
/// over its column now and then does not close a gutter).
const SPILL: usize = 10;

/// For each space-laid header's line number, where each of its columns starts as its rows
/// show, when they show it.
pub(super) fn find(lines: &[Option<Line>]) -> BTreeMap<usize, Vec<usize>> {
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
            .filter(|l| l.placed.as_ref().is_some_and(|p| p.len() >= 2))
            .collect();
        if let Some(starts) = column_starts(&spans, &rows) {
            out.insert(line.no, starts);
        }
    }
    out
}

/// The start of each header cell's column (`spans`: where each header cell starts and how
/// wide it is), from the gutters the rows share; `None` when the rows are too few, or when two
/// header cells would fall in one column (the rows do not tell those columns apart: a column
/// mostly empty, a date one space from the next cell).
fn column_starts(spans: &[(usize, usize)], rows: &[&Line]) -> Option<Vec<usize>> {
    if rows.len() < FEWEST_ROWS || spans.is_empty() {
        return None;
    }
    let width = rows
        .iter()
        .flat_map(|r| r.placed.iter().flatten())
        .map(|(c, t)| c + t.chars().count())
        .max()?;
    let mut covered = vec![0usize; width];
    for row in rows {
        for (col, text) in row.placed.iter().flatten() {
            for n in covered.iter_mut().skip(*col).take(text.chars().count()) {
                *n += 1;
            }
        }
    }
    let gutter: Vec<bool> = covered.iter().map(|n| n * SPILL <= rows.len()).collect();
    let bounds = boundaries(&gutter);
    let column = |centre: usize| bounds.iter().filter(|b| **b <= centre).count();
    let mut starts = Vec::with_capacity(spans.len());
    let mut last = None;
    for (start, w) in spans {
        let k = column(start + w / 2);
        if last.is_some_and(|l| l >= k) {
            return None;
        }
        last = Some(k);
        starts.push(if k == 0 { 0 } else { bounds[k - 1] });
    }
    Some(starts)
}

/// Where each column after the first starts: the middle of each gutter between text.
fn boundaries(gutter: &[bool]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut seen_text = false;
    let mut run_from = None;
    for (i, g) in gutter.iter().enumerate() {
        match (g, run_from) {
            (true, None) if seen_text => run_from = Some(i),
            (false, Some(from)) => {
                out.push((from + i).div_ceil(2));
                run_from = None;
            }
            _ => {}
        }
        seen_text |= !g;
    }
    out
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
        let starts = found.get(&1).expect("columns");
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
