//! Space-aligned text (`pdftotext -layout`, pasted pages): cells are separated by runs of two
//! or more spaces and matched to the header's columns by where they start. Every line that
//! no other reader claims is read this way, so plain prose is a row of one cell.
//!
//! A dot leader (`Topic . . . . . . June 1`, `Topic ........ 12`) joins two cells the way a
//! run of spaces does: it is read as that many spaces, so the columns stay where they were.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::{Cells, LayoutReader, Read};

/// A dot leader: four dots or more, each maybe after one space (`. . . .`, `.....`, `…`).
static LEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" ?(?:(?:\. ?){4,}|(?:… ?){2,})").unwrap());

/// Reads any line.
pub(super) struct Aligned;

impl LayoutReader for Aligned {
    fn read(&self, line: &str) -> Option<Read> {
        let line = unleadered(line);
        let mut cells = cells(&line);
        let mut placed = placed(&line);
        super::due_gap::join(&mut cells, &mut placed);
        Some(Read::Cells(Cells {
            cells,
            placed: Some(placed),
        }))
    }
}

/// The line with each dot leader turned into as many spaces (at least two).
fn unleadered(line: &str) -> Cow<'_, str> {
    if !line.contains(['.', '…']) {
        return Cow::Borrowed(line);
    }
    LEADER.replace_all(line, |c: &regex::Captures<'_>| {
        " ".repeat(c[0].chars().count().max(2))
    })
}

/// The cells of a line split at runs of two or more spaces.
pub(in crate::syllabus) fn cells(line: &str) -> Vec<String> {
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

    #[test]
    fn a_dot_leader_parts_two_cells_like_spaces() {
        let read = |l: &str| match Aligned.read(l) {
            Some(Read::Cells(c)) => c.cells,
            _ => Vec::new(),
        };
        assert_eq!(
            read("Field trip . . . . . . . May 3 (AM)"),
            ["Field trip", "May 3 (AM)"]
        );
        assert_eq!(read("Quiz one........ p. 12"), ["Quiz one", "p. 12"]);
        assert_eq!(
            read("So it goes... on and on."),
            ["So it goes... on and on."]
        );
    }
}
