//! Stage 2, layout: each line of the document becomes a row of cells.
//!
//! Syllabi lay their schedule out in several ways, often several in one document (a
//! space-aligned header above a tab table). Each way is one [`LayoutReader`]; [`read`] offers
//! every line to the readers in [`READERS`] order and the first that claims it decides its
//! cells. A new input format is one more reader in its own module, listed in [`READERS`].
//!
//! Lists, bullets and paragraphs ("- Sep 6: Intro", "Week 1 – Sept 5: Introduction") are
//! lines without columns; [`prose`] reads the week and date at their start once the row
//! stage has found no date cell.

mod aligned;
mod announcements;
mod asciidoc;
mod cell_lines;
mod centred_rows;
mod components;
mod data_list;
mod date_cells;
mod day_blocks;
mod day_boxes;
mod document;
mod due_gap;
mod fields;
mod front_fields;
mod html;
mod latex;
mod markdown;
mod month_grid;
mod org;
mod pipe;
pub(super) mod prose;
mod rst;
mod sections;
mod short_dates;
mod side_by_side;
mod side_labels;
mod tabbed;
mod template_links;
mod wrapped_dates;

/// The cells of a space-laid line, for tests of later stages.
#[cfg(test)]
pub(in crate::syllabus) use aligned::cells as aligned_cells;
pub(super) use document::Document;
pub(in crate::syllabus) use html::opens_with_markup;

/// One way of laying a schedule out in text.
pub(super) trait LayoutReader: Sync {
    /// The line's cells if the line is laid out this way, `None` to leave it to the next reader.
    fn read(&self, line: &str) -> Option<Read>;
}

/// What a reader makes of a line it claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Read {
    /// A line that only draws the table (`|---|:--:|`): no row, and no break in the table.
    Rule,
    /// A row of cells.
    Cells(Cells),
}

/// A row of cells, as a reader found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cells {
    /// The cells in order. Tab and pipe rows keep their empty cells so that columns line up;
    /// an indented space-laid line starts with an empty cell.
    pub(super) cells: Vec<String>,
    /// For space-laid lines (`pdftotext -layout`), each non-empty cell with the column it
    /// starts at, so it can be matched to the header's columns by position. `None` where
    /// columns are told apart by a separator (tabs, pipes): there the index is the column.
    pub(super) placed: Option<Vec<(usize, String)>>,
}

/// The readers, tried in this order; the last claims every line.
const READERS: &[&dyn LayoutReader] = &[&pipe::Pipe, &tabbed::Tabbed, &aligned::Aligned];

/// A line of the document read into cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Line {
    /// 1-based line number, for warnings.
    pub(super) no: usize,
    /// The cells.
    pub(super) cells: Vec<String>,
    /// See [`Cells::placed`].
    pub(super) placed: Option<Vec<(usize, String)>>,
    /// The line starts further in than its table's first column: more of the row above.
    pub(super) indented: bool,
    /// How far in the line's text starts (spaces and tabs before it, or the column of a
    /// space-laid line's first cell): lines of a list indented alike are siblings.
    pub(super) lead: usize,
}

impl Line {
    /// Whether cells are columns by index (tab and pipe tables) rather than by position.
    pub(super) fn positional(&self) -> bool {
        self.placed.is_none()
    }

    /// Whether every cell is empty (a blank line).
    pub(super) fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.is_empty())
    }

    /// Line `no` of a tab or pipe table with `cells`, as the readers give it (for tests).
    #[cfg(test)]
    pub(super) fn of_cells(no: usize, cells: &[&str]) -> Line {
        Line {
            no,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            placed: None,
            indented: false,
            lead: 0,
        }
    }
}

/// Reads every line into cells; `None` for a line that only draws the table. Two tables
/// side by side are then laid out one after the other ([`side_by_side`]), so are two days'
/// blocks side by side ([`day_blocks`]), and short month.day dates written with two digits
/// ([`short_dates`]); first a date broken over two lines is joined ([`wrapped_dates`]), then
/// the lines of a row whose cells are centred around its date's line ([`centred_rows`]).
pub(super) fn read(lines: &[String]) -> Vec<Option<Line>> {
    let laid_out = lines
        .iter()
        .enumerate()
        .map(|(i, text)| read_line(i + 1, text))
        .collect();
    short_dates::widen(day_blocks::unfold(side_by_side::unfold(
        date_cells::unfold(centred_rows::join(wrapped_dates::join(side_labels::drop(
            laid_out,
        )))),
    )))
}

fn read_line(no: usize, text: &str) -> Option<Line> {
    let Read::Cells(Cells { cells, placed }) = READERS.iter().find_map(|r| r.read(text))? else {
        return None;
    };
    let lead = text.len() - text.trim_start().len();
    let indented = text.starts_with([' ', '\t']) && (placed.is_none() || lead >= 2)
        || cells.first().is_some_and(String::is_empty);
    Some(Line {
        no,
        cells,
        placed,
        indented,
        lead,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Option<Vec<String>> {
        read_line(1, text).map(|l| l.cells)
    }

    #[test]
    fn tabs_pipes_and_space_runs_split_cells() {
        assert_eq!(
            cells("1\tOct 4\tIntro\t").unwrap(),
            vec!["1", "Oct 4", "Intro", ""]
        );
        assert_eq!(
            cells("| 1 | Oct 4 | Intro |").unwrap(),
            vec!["1", "Oct 4", "Intro"]
        );
        assert_eq!(
            cells("1   Oct 4    Intro to ML").unwrap(),
            vec!["1", "Oct 4", "Intro to ML"]
        );
        assert_eq!(
            cells("      more detail here").unwrap(),
            vec!["", "more detail here"]
        );
        assert!(cells("|---|:--:|").is_none());
    }

    #[test]
    fn tab_and_pipe_rows_are_positional_and_space_rows_are_placed() {
        assert!(read_line(1, "1\tOct 4").is_some_and(|l| l.positional()));
        assert!(read_line(1, "| 1 | Oct 4 |").is_some_and(|l| l.positional()));
        assert!(read_line(1, "1   Oct 4").is_some_and(|l| !l.positional()));
    }

    #[test]
    fn a_line_that_starts_further_in_is_indented() {
        assert!(read_line(1, "\t\tmore of the topic").is_some_and(|l| l.indented));
        assert!(read_line(1, "   Jan 12    Knapsack").is_some_and(|l| l.indented));
        assert!(read_line(1, " 1       Jan 10    Intro").is_some_and(|l| !l.indented));
        assert!(read_line(1, "1\tOct 4").is_some_and(|l| !l.indented));
    }
}
