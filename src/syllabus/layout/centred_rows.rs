//! Table rows whose cells a word processor centres from top to bottom: in a row parted from
//! the next by a blank line, a cell of three lines puts its first line above the line of the
//! row's date and its last line below (`Examen - Parcial práctico (Memoria` / `06/05/2024
//! Repaso ...` / `Compartida) y Parcialito teórico MC`). Read line by line, the line above is
//! more of the row before, and the day's cell on the date's line is empty. Where a block of
//! lines between blank lines has one line opening with a date, below a line whose cells all
//! start right of that date, the block is one row: each cell of the other lines joins the cell
//! of the dated line it sits under (or starts a cell of its own), in reading order.

use crate::syllabus::dates::find_date;

use super::Line;

/// Most lines a centred row is read from: longer blocks are paragraphs, not cells.
const MAX_BLOCK: usize = 5;

/// Fewest such rows in a document before any is joined: one could be chance.
const MIN_ROWS: usize = 2;

/// Joins each centred row into its dated line (see the module's note).
pub(super) fn join(mut lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let blocks: Vec<(usize, usize, usize)> = blocks(&lines)
        .into_iter()
        .filter_map(|(from, to)| centred_date(&lines[from..to]).map(|d| (from, to, from + d)))
        .collect();
    if blocks.len() < MIN_ROWS {
        return lines;
    }
    for (from, to, dated) in blocks {
        let block: Vec<Line> = lines[from..to]
            .iter_mut()
            .filter_map(Option::take)
            .collect();
        lines[dated] = Some(joined(block, dated - from));
    }
    lines
}

/// The blocks of non-blank lines between blank lines (or a line that only draws the table),
/// as `(first, end)` index pairs.
fn blocks(lines: &[Option<Line>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = None;
    for (i, line) in lines.iter().enumerate() {
        let text = line.as_ref().is_some_and(|l| !l.is_blank());
        match (text, from) {
            (true, None) => from = Some(i),
            (false, Some(f)) => {
                out.push((f, i));
                from = None;
            }
            _ => {}
        }
    }
    if let Some(f) = from {
        out.push((f, lines.len()));
    }
    out
}

/// Where in `block` its one dated line is, when that line has lines above it whose cells all
/// start right of its date cell, and no other line of the block opens with a date.
fn centred_date(block: &[Option<Line>]) -> Option<usize> {
    if !(2..=MAX_BLOCK).contains(&block.len()) {
        return None;
    }
    let placed: Vec<&Vec<(usize, String)>> = block
        .iter()
        .map(|l| l.as_ref().and_then(|l| l.placed.as_ref()))
        .collect::<Option<_>>()?;
    let opens_dated = |cells: &&Vec<(usize, String)>| {
        cells
            .first()
            .is_some_and(|(_, t)| find_date(t).is_some_and(|(at, _)| at == 0))
    };
    let mut dated = placed.iter().enumerate().filter(|(_, c)| opens_dated(c));
    let (at, cells) = dated.next()?;
    if dated.next().is_some() || at == 0 {
        return None;
    }
    let (start, text) = cells.first()?;
    let date_end = start + text.chars().count();
    // The date cell must be alone in its column: the lines above hold only later columns.
    let above_right = placed[..at]
        .iter()
        .all(|c| c.first().is_some_and(|(s, _)| *s >= date_end));
    // And more than the date: a bare date with only later lines under it is a heading.
    (above_right && cells.len() + placed.len() > 2).then_some(at)
}

/// The block as its dated line, each other line's cells joined into the column they sit in.
fn joined(block: Vec<Line>, dated: usize) -> Line {
    let mut base = block[dated].clone();
    let mut columns: Vec<(usize, usize, Vec<String>)> = base
        .placed
        .iter()
        .flatten()
        .map(|(s, t)| (*s, s + t.chars().count(), Vec::new()))
        .collect();
    for (i, line) in block.iter().enumerate() {
        for (s, t) in line.placed.iter().flatten() {
            let end = s + t.chars().count();
            let column = if i == dated {
                columns.iter().position(|c| c.0 == *s)
            } else {
                columns.iter().position(|c| *s < c.1 && c.0 < end)
            };
            match column {
                Some(c) => {
                    columns[c].2.push(t.clone());
                    columns[c].1 = columns[c].1.max(end);
                }
                None => columns.push((*s, end, vec![t.clone()])),
            }
        }
    }
    columns.sort_by_key(|c| c.0);
    let placed: Vec<(usize, String)> = columns
        .into_iter()
        .map(|(s, _, texts)| (s, texts.join(" ")))
        .collect();
    let lead_empty = base.cells.first().is_some_and(String::is_empty);
    base.cells = lead_empty
        .then(String::new)
        .into_iter()
        .chain(placed.iter().map(|(_, t)| t.clone()))
        .collect();
    base.placed = Some(placed);
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Option<Line>> {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        join(
            lines
                .iter()
                .enumerate()
                .map(|(i, t)| super::super::read_line(i + 1, t))
                .collect(),
        )
    }

    fn cells(line: &Option<Line>) -> Vec<String> {
        line.as_ref().map(|l| l.cells.clone()).unwrap_or_default()
    }

    #[test]
    fn a_cell_centred_around_the_dates_line_joins_that_line() {
        let lines = read(concat!(
            "            Midterm exam on part\n",
            " 06/05/2024                          Review one     Sheet 4\n",
            "            one and a short quiz\n",
            "\n",
            "            Second midterm on\n",
            " 03/06/2024                          Review two     Review\n",
            "            part two\n",
        ));
        assert_eq!(
            cells(&lines[1]),
            [
                "06/05/2024",
                "Midterm exam on part one and a short quiz",
                "Review one",
                "Sheet 4"
            ]
        );
        assert!(lines[0].is_none() && lines[2].is_none());
        assert_eq!(cells(&lines[5])[1], "Second midterm on part two");
    }

    #[test]
    fn rows_not_parted_by_blank_lines_or_found_once_are_left() {
        let once = read(concat!(
            "            Midterm exam on part\n",
            " 06/05/2024                          Review one\n",
            "            one\n",
        ));
        assert!(once[0].is_some());
        let no_gap = read(concat!(
            "            Topic of the first\n",
            " 06/05/2024 row\n",
            " 13/05/2024 Second row\n",
            "            more\n",
        ));
        assert!(no_gap.iter().all(Option::is_some));
    }
}
