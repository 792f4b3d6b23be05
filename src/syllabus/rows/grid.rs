//! Weekday-column grids: a row per week whose cells are that week's meetings, each cell
//! starting with its own date ("| Jan 22. Sets | Jan 24. Maps | Jan 26. Trees; **HW 1 due** |").
//! Every cell is read as a row of its own, so a deadline in a cell falls on that cell's date.

use std::sync::LazyLock;

use crate::syllabus::activity::is_no_class;
use crate::syllabus::dates::DateSpan;
use crate::syllabus::layout::Line;
use crate::syllabus::layout::prose::{self, Prose};
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::HOLIDAY_NAME_PATTERN;

/// One cell of a grid row: its date as written, the date read, and the text after it.
pub(super) struct GridCell {
    pub(super) date_text: String,
    pub(super) span: DateSpan,
    pub(super) rest: String,
    /// The cell names a holiday or says there is no class: no lecture that day.
    pub(super) off: bool,
    /// Where the cell stands among the line's cells.
    pub(super) column: usize,
}

static HOLIDAY: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b({HOLIDAY_NAME_PATTERN})\b")));

/// The cells of a row that is a grid row: every non-empty cell starts with a date, at least
/// one has text after its date, and there are two such cells, or one after a week label
/// (`| W3 | | **10/17** Level design |`, the label first, its other day empty). A row laid
/// out with spaces (a PDF, a text browser's dump of the same table) is one when it has two
/// dated cells or more: a lone dated cell there is an ordinary row.
pub(super) fn cells(line: &Line) -> Option<Vec<GridCell>> {
    let first = line.cells.iter().map(|c| c.trim()).find(|c| !c.is_empty());
    let labelled = first.is_some_and(|c| {
        super::weeks::week_number(c).is_some() && c.chars().any(char::is_alphabetic)
    });
    // "1 | Sep 8 Lecture 1 | Sep 9 Lab 0": a bare week number before two dated cells or more.
    let numbered = first.is_some_and(|c| c.len() <= 2 && c.chars().all(|d| d.is_ascii_digit()));
    let mut out = Vec::new();
    for (column, cell) in line
        .cells
        .iter()
        .map(|c| c.trim())
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .skip(usize::from(labelled || numbered))
    {
        match prose::read(&[cell]) {
            Prose::Dated {
                week: None,
                date_text,
                span,
                rest,
            } => {
                let rest = rest
                    .trim_start_matches(['.', ':', ',', ' '])
                    .trim()
                    .to_string();
                out.push(GridCell {
                    date_text,
                    span,
                    off: is_off(&rest),
                    rest,
                    column,
                });
            }
            _ => return None,
        }
    }
    let enough = out.len() >= 2 || labelled && out.len() == 1 && line.positional();
    (enough && out.iter().any(|c| !c.rest.is_empty())).then_some(out)
}

/// Whether a cell names a holiday or says there is no class: no lecture that day.
pub(super) fn is_off(text: &str) -> bool {
    HOLIDAY.is_match(text) || is_no_class(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn line(text: &str) -> Line {
        layout::read(&[text.to_string()]).pop().flatten().unwrap()
    }

    #[test]
    fn a_row_of_dated_cells_is_one_meeting_per_cell() {
        let c = cells(&line("| Jan 22. Sets | Jan 24. Maps | Jan 26. Trees |")).unwrap();
        assert_eq!(
            c.iter().map(|c| c.rest.as_str()).collect::<Vec<_>>(),
            ["Sets", "Maps", "Trees"]
        );
    }

    #[test]
    fn a_holiday_cell_is_a_day_off() {
        let c = cells(&line("| Sep 2. *Labor Day* | Sep 4. Sets |")).unwrap();
        assert_eq!(c.iter().map(|c| c.off).collect::<Vec<_>>(), [true, false]);
    }

    #[test]
    fn a_row_with_a_date_column_is_not_a_grid_row() {
        assert!(cells(&line("| 3 | Jan 22 | Sets |")).is_none());
        assert!(cells(&line("| Jan 22 | Jan 29 |")).is_none(), "dates alone");
        assert!(
            cells(&line("| 3 | Jan 22 Sets |")).is_none(),
            "a number is no label"
        );
    }

    #[test]
    fn a_week_label_may_lead_a_grid_row() {
        let c = cells(&line("| W2 | Jan 22 Sets | Jan 24 Maps |")).unwrap();
        assert_eq!(c.len(), 2);
        let c = cells(&line("| Week 0 |  | Jan 17 Intro |")).unwrap();
        assert_eq!(c[0].rest, "Intro");
    }
}
