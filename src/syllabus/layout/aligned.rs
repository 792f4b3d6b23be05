//! Space-aligned text (`pdftotext -layout`, pasted pages): cells are separated by runs of two
//! or more spaces and matched to the header's columns by where they start. Every line that
//! no other reader claims is read this way, so plain prose is a row of one cell.

use super::{Cells, LayoutReader, Read};

/// Reads any line.
pub(super) struct Aligned;

impl LayoutReader for Aligned {
    fn read(&self, line: &str) -> Option<Read> {
        Some(Read::Cells(Cells {
            cells: cells(line),
            placed: Some(placed(line)),
        }))
    }
}

/// The cells of a line split at runs of two or more spaces.
pub(super) fn cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut spaces = 0usize;
    let lead = line.len() - line.trim_start().len();
    if lead >= 2 {
        // Indentation stands for empty leading cells: it marks a continuation line.
        cells.push(String::new());
    }
    for c in line.trim().chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            cells.push(std::mem::take(&mut cur));
        } else if spaces == 1 && !cur.is_empty() {
            cur.push(' ');
        }
        spaces = 0;
        cur.push(c);
    }
    if !cur.is_empty() {
        cells.push(cur);
    }
    cells
}

/// The cells of a line, each with the column (in characters) it starts at.
pub(super) fn placed(line: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0usize;
    let mut spaces = 0usize;
    for (col, c) in line.trim_end().chars().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            out.push((start, std::mem::take(&mut cur)));
        } else if spaces == 1 && !cur.is_empty() {
            cur.push(' ');
        }
        if cur.is_empty() {
            start = col;
        }
        spaces = 0;
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_laid_out_cells_keep_their_columns() {
        assert_eq!(
            placed("  Wed Jan 24     1.1   Functions"),
            vec![
                (2, "Wed Jan 24".into()),
                (17, "1.1".into()),
                (23, "Functions".into())
            ]
        );
    }

    #[test]
    fn one_space_stays_inside_a_cell_and_two_end_it() {
        assert_eq!(
            cells("1   Oct 4    Intro to ML"),
            ["1", "Oct 4", "Intro to ML"]
        );
        assert_eq!(cells("      more detail"), ["", "more detail"]);
    }
}
