//! Two days side by side, as a two-column page (LaTeX `multicols`) prints them through
//! `pdftotext -layout`: a line that is two dates, one at the margin and one far to its right
//! (`Tuesday, January 11` ... `Thursday, January 13`), heads two blocks whose lines share the
//! text lines below it (`Topic Games` ... `Topic Equilibria`). Each block is laid out in turn
//! under its own date, the left one first, so that every later stage reads two dated rows
//! with their lines, not one row holding the other day's heading.
//!
//! The blocks end at two blank lines in a row, at a rule, at the next such pair of dates, or
//! at a line whose text runs across the gap between the columns (prose the width of the page).
//!
//! Under a line of weekday names (a grid of weekday columns: `Monday ... Wednesday`), a date
//! may carry a short label after it (`Aug 25th   Lecture 1 ... Aug 27th   Lecture 2`); the
//! date and its label become one cell, and the weekday line goes, its columns laid out.

use super::Line;
use super::side_by_side::laid;
use crate::syllabus::dates::parse_date_prefix;

/// Fewest characters between the two dates' starts: two columns of a page, not two dates
/// of one table row ("Mon Jan 9   Wed Jan 11").
const MIN_GAP: usize = 30;

/// Lays out each pair of day blocks as the left block followed by the right one.
pub(super) fn unfold(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut out = Vec::with_capacity(lines.len());
    // The last line of weekday names seen: a grid of weekday columns (see `labelled_dates`).
    let mut days_head: Option<usize> = None;
    let two_dates = |l: &Line, under_days: bool| {
        two_dates(l)
            .map(|(l, right)| (l, right, false))
            .or_else(|| {
                under_days
                    .then(|| labelled_dates(l))
                    .flatten()
                    .map(|(l, right)| (l, right, true))
            })
    };
    let mut rest = lines.into_iter().peekable();
    while let Some(line) = rest.next() {
        if line.as_ref().is_some_and(weekday_names) {
            days_head = Some(out.len());
        }
        let under_days = days_head.is_some();
        let Some((head, right, labelled)) = line.as_ref().and_then(|l| two_dates(l, under_days))
        else {
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
                    two_dates(l, under_days).is_none() && !crosses(l, right)
                }
            })
        }) {
            let Some(next) = next else { continue };
            blanks = if next.is_blank() { blanks + 1 } else { 0 };
            body.push(next);
        }
        let (mut left_head, mut right_head) = halves(&head, right);
        if labelled {
            // "Aug 27th   Lecture 2": the date and its label are one cell, the row's heading,
            // not a table whose far column a later stage reads on its own; the weekday names
            // over the grid head no columns once its blocks are laid out one after another.
            left_head = one_cell(&left_head);
            right_head = one_cell(&right_head);
            if let Some(at) = days_head {
                out[at] = None;
            }
        }
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

/// Under a line of weekday names (`Monday ... Wednesday`, a grid whose columns are the
/// class days), a line of two dates each followed by its short label (`Aug 25th  Lecture 1
/// ... Aug 27th  Lecture 2`): the first cell a date, one more cell a date far right of it,
/// no other cell a date, and at most one cell after each date.
fn labelled_dates(line: &Line) -> Option<(Line, usize)> {
    let placed = line.placed.as_deref()?;
    let whole = |cell: &str| {
        let cell = cell.trim_end_matches(['.', ',', ':']);
        parse_date_prefix(cell).is_some_and(|span| span.len == cell.len())
    };
    let dated: Vec<usize> = (0..placed.len()).filter(|&i| whole(&placed[i].1)).collect();
    let [0, second] = dated.as_slice() else {
        return None;
    };
    let (first_col, right) = (placed[0].0, placed[*second].0);
    (right >= first_col + MIN_GAP && *second <= 2 && placed.len() - second <= 2)
        .then(|| (line.clone(), right))
}

/// A line as one cell: its cells joined by a space.
fn one_cell(line: &Line) -> Line {
    let text = line
        .cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    laid(line.no, vec![(0, text)], 0)
}

/// Whether a line is only weekday names, two or more: the head of a grid of weekday columns.
fn weekday_names(line: &Line) -> bool {
    let named: Vec<&str> = line
        .cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    named.len() >= 2
        && named
            .iter()
            .all(|c| crate::syllabus::dates::weekday(c).is_some())
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
                    lead: 0,
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
    fn dates_with_labels_under_a_line_of_weekdays_are_day_blocks() {
        let text = format!(
            "{:<25}{:<60}{}\n{:<49}{:<13}{:<46}{}\n{:<62}{}\n\n{:<49}{:<13}{:<46}{}\n{:<62}{}",
            "",
            "Monday",
            "Wednesday",
            "Sep 1st",
            "Lecture 1",
            "Sep 3rd",
            "Lecture 2",
            "Sets and maps",
            "Loops",
            "Sep 8th",
            "Lecture 3",
            "Sep 10th",
            "Lecture 4",
            "Functions",
            "Recursion"
        );
        assert_eq!(
            read(&text),
            [
                "2 Sep 1st Lecture 1",
                "3 Sets and maps",
                "2 Sep 3rd Lecture 2",
                "3 Loops",
                "5 Sep 8th Lecture 3",
                "6 Functions",
                "5 Sep 10th Lecture 4",
                "6 Recursion",
            ]
        );
        // Without the line of weekdays, labelled dates are a table's row as before.
        let row = format!(
            "{:<49}{:<13}{:<46}{}",
            "Sep 1st", "Lecture 1", "Sep 3rd", "Lecture 2"
        );
        assert_eq!(read(&row), ["1 Sep 1st|Lecture 1|Sep 3rd|Lecture 2"]);
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
