//! Two days side by side, as a two-column page (LaTeX `multicols`) prints them through
//! `pdftotext -layout`: a line that is two dates, one at the margin and one far to its right
//! (`Tuesday, January 11` ... `Thursday, January 13`), heads two blocks whose lines share the
//! text lines below it (`Topic Games` ... `Topic Equilibria`). Each block is laid out in turn
//! under its own date, the left one first, so that every later stage reads two dated rows
//! with their lines, not one row holding the other day's heading.
//!
//! The blocks end at two blank lines in a row, at a rule, at the next such pair of dates, or
//! at a line whose text runs across the gap between the columns (prose the width of the page).

use super::Line;
use super::side_by_side::laid;
use crate::syllabus::dates::parse_date_prefix;

/// Fewest characters between the two dates' starts: two columns of a page, not two dates
/// of one table row ("Mon Jan 9   Wed Jan 11").
const MIN_GAP: usize = 30;

/// Lays out each pair of day blocks as the left block followed by the right one.
pub(super) fn unfold(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut rest = lines.into_iter().peekable();
    while let Some(line) = rest.next() {
        let Some((head, right)) = line.as_ref().and_then(two_dates) else {
            out.push(line);
            continue;
        };
        let mut blanks = 0;
        let mut body = Vec::new();
        while let Some(next) = rest.next_if(|l| {
            l.as_ref().is_some_and(|l| {
                if l.is_blank() {
                    blanks + 1 < 2
                } else {
                    two_dates(l).is_none() && !crosses(l, right)
                }
            })
        }) {
            let Some(next) = next else { continue };
            blanks = if next.is_blank() { blanks + 1 } else { 0 };
            body.push(next);
        }
        let (left_head, right_head) = halves(&head, right);
        let (left, right): (Vec<Line>, Vec<Line>) = body
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| halves(l, right))
            .unzip();
        out.extend(
            std::iter::once(left_head)
                .chain(left)
                .chain(std::iter::once(right_head))
                .chain(right)
                .filter(|l| !l.is_blank())
                .map(Some),
        );
    }
    out
}

/// The line's two dates, each a whole cell, the second far right of the first: the line and
/// the column the right block starts at.
fn two_dates(line: &Line) -> Option<(Line, usize)> {
    let [(a, left), (b, right)] = line.placed.as_deref()? else {
        return None;
    };
    let whole = |cell: &str| {
        let cell = cell.trim_end_matches(['.', ',', ':']);
        parse_date_prefix(cell).is_some_and(|span| span.len == cell.len())
    };
    (*b >= a + MIN_GAP && whole(left) && whole(right)).then(|| (line.clone(), *b))
}

/// Whether a cell of the line starts left of the right block and runs into it.
fn crosses(line: &Line, right: usize) -> bool {
    line.placed
        .iter()
        .flatten()
        .any(|(col, text)| *col + 2 < right && col + text.chars().count() > right)
}

/// The line cut at the right block's column: the left cells, and the right ones moved to the
/// margin.
fn halves(line: &Line, right: usize) -> (Line, Line) {
    let (l, r): (Vec<_>, Vec<_>) = line
        .placed
        .iter()
        .flatten()
        .cloned()
        .partition(|(col, _)| col + 2 < right);
    let r = r
        .into_iter()
        .map(|(col, text)| (col.saturating_sub(right), text))
        .collect();
    // Blocks start at the margin: the same cells as the halves of a side-by-side table.
    (laid(line.no, l, 0), laid(line.no, r, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        let lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| {
                Some(Line {
                    no: i + 1,
                    cells: super::super::aligned::cells(l),
                    placed: Some(super::super::aligned::placed(l)),
                    indented: false,
                })
            })
            .collect();
        unfold(lines)
            .into_iter()
            .flatten()
            .map(|l| format!("{} {}", l.no, l.cells.join("|")))
            .collect()
    }

    #[test]
    fn two_day_blocks_on_shared_lines_are_laid_out_one_after_the_other() {
        let text = format!(
            "Week 2\n\n{:<40}{}\n\n{:<40}{}\n{:<40}{}\n\n\nWeek 3",
            "Monday, March 2",
            "Wednesday, March 4",
            "Topic Sets",
            "Topic Maps",
            "Read 1.1",
            "Read 1.2"
        );
        assert_eq!(
            read(&text),
            [
                "1 Week 2",
                "2 ",
                "3 Monday, March 2",
                "5 Topic Sets",
                "6 Read 1.1",
                "3 Wednesday, March 4",
                "5 Topic Maps",
                "6 Read 1.2",
                "8 ",
                "9 Week 3",
            ]
        );
    }

    #[test]
    fn two_dates_close_together_or_prose_across_the_page_are_not_day_blocks() {
        let row = "Mon Jan 9     Wed Jan 11";
        assert_eq!(read(row), ["1 Mon Jan 9|Wed Jan 11"]);
        let text = format!(
            "{:<40}{}\nA sentence that runs from the margin well past the middle of the page.\n{:<40}{}",
            "Monday, March 2", "Wednesday, March 4", "Topic Sets", "Topic Maps"
        );
        assert_eq!(
            read(&text),
            [
                "1 Monday, March 2",
                "1 Wednesday, March 4",
                "2 A sentence that runs from the margin well past the middle of the page.",
                "3 Topic Sets|Topic Maps",
            ]
        );
    }
}
