//! Two schedules side by side: a header that repeats its columns (`Date | Plan | Date |
//! Plan`) heads two tables in one, the left half read down first, then the right. Each row is
//! cut in two, and the halves are laid out one table after the other, the header first. In a
//! space-laid table the cut is where the header's second half starts.

use super::Line;
use crate::syllabus::lexicon::HEADER_DATE;

/// Lays out each side-by-side table as its left half followed by its right half.
pub(super) fn unfold(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut rest = lines.into_iter().peekable();
    while let Some(line) = rest.next() {
        let Some(header) = line.as_ref().and_then(repeated_header) else {
            out.push(line);
            continue;
        };
        let mut left = Vec::new();
        let mut right = Vec::new();
        // The table's rows: up to a blank line or a line laid out another way. A space-laid
        // table (`pdftotext -layout`) often has a blank line under its header.
        while let Some(next) = rest.next_if(|l| {
            l.as_ref().is_none_or(|l| match header {
                Halves::Columns(half) => l.positional() && !l.is_blank() && l.cells.len() > half,
                Halves::Placed { .. } => !l.positional() && (!l.is_blank() || left.is_empty()),
            })
        }) {
            let Some(row) = next else { continue };
            let (l, r) = header.halves(&row);
            left.push(l);
            right.push(r);
        }
        if let Some(line) = line {
            out.push(Some(header.halves(&line).0));
        }
        out.extend(
            left.into_iter()
                .chain(right)
                .filter(|l| !l.is_blank())
                .map(Some),
        );
    }
    out
}

/// Where a side-by-side table's right half starts.
#[derive(Debug, Clone, Copy)]
enum Halves {
    /// Tab and pipe rows: at this cell.
    Columns(usize),
    /// Space-laid rows: at this column (in characters), the left half starting at `left`.
    Placed { left: usize, right: usize },
}

impl Halves {
    /// A line cut into its left and its right half, the right one moved under the left
    /// half's columns.
    fn halves(self, line: &Line) -> (Line, Line) {
        match self {
            Halves::Columns(half) => (cut(line, 0..half), cut(line, half..line.cells.len())),
            Halves::Placed { left, right } => {
                let placed = line.placed.clone().unwrap_or_default();
                // A cell may start a little before its header's column.
                let (l, r): (Vec<_>, Vec<_>) =
                    placed.into_iter().partition(|(col, _)| col + 2 < right);
                let shift = right - left;
                let r = r
                    .into_iter()
                    .map(|(col, text)| (col.saturating_sub(shift), text))
                    .collect();
                (laid(line.no, l, left), laid(line.no, r, left))
            }
        }
    }
}

/// A space-laid line of these cells, indented when it starts right of the table's first
/// column (as the aligned reader marks it).
pub(super) fn laid(no: usize, placed: Vec<(usize, String)>, left: usize) -> Line {
    let indented = placed.first().is_some_and(|(col, _)| *col >= left + 2);
    let mut cells: Vec<String> = Vec::with_capacity(placed.len() + 1);
    if indented {
        cells.push(String::new());
    }
    cells.extend(placed.iter().map(|(_, t)| t.clone()));
    Line {
        no,
        cells,
        lead: placed.first().map_or(0, |(col, _)| *col),
        placed: Some(placed),
        indented,
    }
}

/// Where each half starts when a line is a header that repeats itself and names a date.
fn repeated_header(line: &Line) -> Option<Halves> {
    let texts: Vec<String> = match &line.placed {
        Some(placed) => placed
            .iter()
            .map(|(_, t)| t.trim().to_lowercase())
            .collect(),
        None => line.cells.iter().map(|c| c.trim().to_lowercase()).collect(),
    };
    let half = texts.len() / 2;
    let repeated = half >= 2
        && texts.len() == 2 * half
        && texts[..half] == texts[half..]
        && texts[..half].iter().all(|c| !c.is_empty())
        && texts[..half]
            .iter()
            .any(|c| HEADER_DATE.contains(&c.as_str()));
    if !repeated {
        return None;
    }
    Some(match &line.placed {
        Some(placed) => Halves::Placed {
            left: placed[0].0,
            right: placed[half].0,
        },
        None => Halves::Columns(half),
    })
}

/// The cells of `range` as a line of their own, at the same source line.
fn cut(line: &Line, range: std::ops::Range<usize>) -> Line {
    let cells: Vec<String> = line.cells.get(range).unwrap_or_default().to_vec();
    Line {
        no: line.no,
        indented: cells.first().is_some_and(String::is_empty),
        lead: line.lead,
        cells,
        placed: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(no: usize, cells: &[&str]) -> Option<Line> {
        Some(Line::of_cells(no, cells))
    }

    fn cells(lines: &[Option<Line>]) -> Vec<(usize, String)> {
        lines
            .iter()
            .flatten()
            .map(|l| (l.no, l.cells.join("|")))
            .collect()
    }

    #[test]
    fn the_left_half_is_read_down_before_the_right_half() {
        let lines = vec![
            line(1, &["Plan"]),
            line(2, &["Date", "Topic", "Date", "Topic"]),
            None,
            line(4, &["3.1", "Lab 0 out", "4.26", "Lab 4 out"]),
            line(5, &["3.8", "Lab 0 due", "5.3", "Holiday"]),
            line(6, &["", "", "end", "Projects"]),
            line(7, &[""]),
            line(8, &["After"]),
        ];
        assert_eq!(
            cells(&unfold(lines)),
            [
                (1, "Plan".to_string()),
                (2, "Date|Topic".to_string()),
                (4, "3.1|Lab 0 out".to_string()),
                (5, "3.8|Lab 0 due".to_string()),
                (4, "4.26|Lab 4 out".to_string()),
                (5, "5.3|Holiday".to_string()),
                (6, "end|Projects".to_string()),
                (7, String::new()),
                (8, "After".to_string()),
            ]
        );
    }

    #[test]
    fn a_header_that_does_not_repeat_or_names_no_date_is_left_alone() {
        let lines = vec![
            line(1, &["Date", "Topic", "Reading", "Due"]),
            line(2, &["Week", "Topic", "Week", "Topic"]),
            line(3, &["1", "Sets", "2", "Maps"]),
        ];
        assert_eq!(cells(&unfold(lines.clone())), cells(&lines));
    }
}
