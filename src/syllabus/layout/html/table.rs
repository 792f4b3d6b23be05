//! An HTML table laid out as a grid: a cell that spans rows (`rowspan`) repeats into the rows
//! below, as a week or date cell spanning its lectures means; a cell that spans columns
//! (`colspan`) fills the first of them and leaves the rest empty.

/// Largest span honoured: a real schedule spans a few rows; a huge value is a typo.
const MAX_SPAN: usize = 64;

/// A cell as written: its text and spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cell {
    pub(super) text: String,
    pub(super) rowspan: usize,
    pub(super) colspan: usize,
}

impl Cell {
    /// A cell from its text and its `rowspan`/`colspan` attributes (missing or bad: 1).
    pub(super) fn new(text: String, rowspan: Option<&str>, colspan: Option<&str>) -> Cell {
        let span = |s: Option<&str>| {
            s.and_then(|s| s.trim().parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, MAX_SPAN)
        };
        Cell {
            text,
            rowspan: span(rowspan),
            colspan: span(colspan),
        }
    }
}

/// Copies the spans from above into the row, from its next column on, while there are any.
fn take_pending(row: &mut Vec<String>, pending: &mut [Option<(String, usize)>]) {
    while let Some(slot) = pending.get_mut(row.len()) {
        let Some((text, left)) = slot else { return };
        row.push(text.clone());
        *left -= 1;
        if *left == 0 {
            *slot = None;
        }
    }
}

/// Lays rows of cells (each with its source line) out on a grid of columns.
pub(super) fn grid(rows: Vec<(usize, Vec<Cell>)>) -> Vec<(usize, Vec<String>)> {
    // For each column, the text still to repeat and in how many more rows.
    let mut pending: Vec<Option<(String, usize)>> = Vec::new();
    let mut out = Vec::with_capacity(rows.len());
    for (line, cells) in rows {
        let mut row: Vec<String> = Vec::new();
        for cell in cells {
            take_pending(&mut row, &mut pending);
            let col = row.len();
            if pending.len() < col + cell.colspan {
                pending.resize(col + cell.colspan, None);
            }
            if cell.rowspan > 1 {
                pending[col] = Some((cell.text.clone(), cell.rowspan - 1));
            }
            row.push(cell.text);
            row.extend(std::iter::repeat_n(String::new(), cell.colspan - 1));
        }
        // Spans from above that reach past this row's last cell.
        while row.len() < pending.len() {
            if pending[row.len()].is_some() {
                take_pending(&mut row, &mut pending);
            } else {
                row.push(String::new());
            }
        }
        while row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        out.push((line, row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str, rowspan: usize, colspan: usize) -> Cell {
        Cell {
            text: text.into(),
            rowspan,
            colspan,
        }
    }

    #[test]
    fn a_cell_spanning_rows_repeats_into_the_rows_below() {
        let rows = vec![
            (
                1,
                vec![cell("1", 2, 1), cell("Sep 5", 1, 1), cell("Intro", 1, 1)],
            ),
            (2, vec![cell("Sep 7", 1, 1), cell("Sets", 1, 1)]),
            (
                3,
                vec![cell("2", 1, 1), cell("Sep 12", 1, 1), cell("Maps", 1, 1)],
            ),
        ];
        let out = grid(rows);
        assert_eq!(out[1], (2, vec!["1".into(), "Sep 7".into(), "Sets".into()]));
        assert_eq!(out[2].1, ["2", "Sep 12", "Maps"]);
    }

    #[test]
    fn a_cell_spanning_columns_fills_the_first_and_leaves_the_rest_empty() {
        let rows = vec![
            (
                1,
                vec![
                    cell("Week", 1, 1),
                    cell("Date", 1, 1),
                    cell("Topic", 1, 1),
                    cell("Due", 1, 1),
                ],
            ),
            (
                2,
                vec![
                    cell("3", 1, 1),
                    cell("Sep 19", 1, 1),
                    cell("No class", 1, 2),
                ],
            ),
            (
                3,
                vec![
                    cell("4", 1, 1),
                    cell("Sep 26", 1, 1),
                    cell("Trees", 1, 1),
                    cell("HW1 due", 1, 1),
                ],
            ),
        ];
        let out = grid(rows);
        assert_eq!(out[1].1, ["3", "Sep 19", "No class"]);
        assert_eq!(out[2].1, ["4", "Sep 26", "Trees", "HW1 due"]);
    }

    #[test]
    fn a_span_in_the_last_column_still_reaches_the_row_below() {
        let rows = vec![
            (1, vec![cell("Sep 5", 1, 1), cell("Lab week", 2, 1)]),
            (2, vec![cell("Sep 7", 1, 1)]),
        ];
        assert_eq!(grid(rows)[1].1, ["Sep 7", "Lab week"]);
    }

    #[test]
    fn bad_or_huge_spans_are_tamed() {
        assert_eq!(
            Cell::new("x".into(), Some("zero"), Some("100000")).colspan,
            MAX_SPAN
        );
        assert_eq!(Cell::new("x".into(), Some("0"), None).rowspan, 1);
    }
}
