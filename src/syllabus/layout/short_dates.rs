//! Month.day dates written short, as some Chinese and US pages do ("3.1", "3.22", "4.5"): a
//! number with one digit could as well be a section ("2.1") or an amount ("1.5"), so these
//! are read as dates only where a document shows at least [`MIN_CELLS`] of them as whole
//! cells and one of them has a number above 12, which no section list or small amount has.
//! They are then written with two digits ("03.01"), the way every later stage reads a short
//! dotted date; which number is the month is settled with the document's other numeric
//! dates. A weekday written before one ("Friday 21.2") makes the cell count as one of them
//! too: the weekday says it is a day, and only the date part is widened.
//!
//! Month and day joined by a dash without a year ("09-04", as an ISO date without its year) are
//! the same kind of doubt: "10-12" alone is as likely a range of weeks or pages. Where at least
//! [`MIN_CELLS`] cells are made only of such two-digit pairs (one, or a list of a week's
//! meetings, "09-04, 09-07"), every pair can be a day and a month and one has a number above
//! 12, they are dates, written with a slash ("09/04") as every later stage reads one.

use std::sync::LazyLock;

use regex::Regex;

use super::Line;

/// Fewest short dates that make a column of them.
const MIN_CELLS: usize = 3;

/// A cell that is two numbers and a dot, one of them of one digit.
static SHORT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,2})\.([0-9]{1,2})\.?$").unwrap());

/// A cell that is only two-digit dashed pairs, apart by commas or semicolons.
static DASHED_LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{2}-[0-9]{2}(?:\s*[,;]\s*[0-9]{2}-[0-9]{2})*$").unwrap());

/// The number pairs of a cell of dashed pairs, or `None` when it is not one.
fn dashed_pairs(cell: &str) -> Option<Vec<(u32, u32)>> {
    let cell = cell.trim();
    if !DASHED_LIST.is_match(cell) {
        return None;
    }
    cell.split([',', ';'])
        .map(|p| {
            let (a, b) = p.trim().split_once('-')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect()
}

/// Whether the document's cells of dashed pairs are a column of dates (see the module's note).
fn dashed_dates(lines: &[Option<Line>]) -> bool {
    let cells: Vec<Vec<(u32, u32)>> = lines
        .iter()
        .flatten()
        .flat_map(|l| &l.cells)
        .filter_map(|c| dashed_pairs(c))
        .collect();
    let pairs = || cells.iter().flatten();
    cells.len() >= MIN_CELLS
        && pairs().all(|&(a, b)| day_and_month(a, b))
        && pairs().any(|&(a, b)| a > 12 || b > 12)
}

fn day_and_month(a: u32, b: u32) -> bool {
    (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12)
}

/// The weekday word in front of a short date ("Friday " of "Friday 21.2"), with its space,
/// or "" when the cell does not start with a weekday followed by more.
fn weekday_before(cell: &str) -> &str {
    match cell.split_once(' ') {
        Some((word, _)) if crate::syllabus::dates::weekday(word).is_some() => {
            let rest = &cell[word.len()..];
            &cell[..cell.len() - rest.trim_start().len()]
        }
        _ => "",
    }
}

/// The two numbers of a short date cell (with or without a weekday before it), if it is one.
fn short_date(cell: &str) -> Option<(u32, u32)> {
    let cell = cell.trim();
    let c = SHORT.captures(&cell[weekday_before(cell).len()..])?;
    let (a, b) = (&c[1], &c[2]);
    if a.len() == 2 && b.len() == 2 {
        return None; // "07.04" is read as it is.
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    day_and_month(a, b).then_some((a, b))
}

/// Writes the short dates of a document with two digits, when it has a column of them.
pub(super) fn widen(mut lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    if dashed_dates(&lines) {
        for line in lines.iter_mut().flatten() {
            let placed = line.placed.iter_mut().flatten().map(|(_, c)| c);
            for cell in line.cells.iter_mut().chain(placed) {
                if dashed_pairs(cell).is_some() {
                    *cell = cell.replace('-', "/");
                }
            }
        }
    }
    let found: Vec<(u32, u32)> = lines
        .iter()
        .flatten()
        .flat_map(|l| &l.cells)
        .filter_map(|c| short_date(c))
        .collect();
    if found.len() < MIN_CELLS || !found.iter().any(|&(a, b)| a > 12 || b > 12) {
        return lines;
    }
    for line in lines.iter_mut().flatten() {
        for cell in &mut line.cells {
            widen_cell(cell);
        }
        for (_, cell) in line.placed.iter_mut().flatten() {
            widen_cell(cell);
        }
    }
    lines
}

/// Writes a short date cell with two digits, keeping the weekday before it.
fn widen_cell(cell: &mut String) {
    if let Some((a, b)) = short_date(cell) {
        let trimmed = cell.trim();
        *cell = format!("{}{a:02}.{b:02}", weekday_before(trimmed));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(cells: &[&str]) -> Vec<Option<Line>> {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                Some(Line {
                    no: i + 1,
                    cells: vec![c.to_string(), "text".to_string()],
                    placed: None,
                    indented: false,
                })
            })
            .collect()
    }

    fn firsts(lines: &[Option<Line>]) -> Vec<String> {
        lines.iter().flatten().map(|l| l.cells[0].clone()).collect()
    }

    #[test]
    fn a_column_of_short_dates_with_a_day_above_twelve_is_written_with_two_digits() {
        let out = widen(lines(&["3.1", "3.8", "3.15", "4.5", "Sets"]));
        assert_eq!(firsts(&out), ["03.01", "03.08", "03.15", "04.05", "Sets"]);
    }

    #[test]
    fn short_dates_after_a_weekday_count_and_keep_their_weekday() {
        let out = widen(lines(&[
            "Friday 21.2",
            "Friday 6.3",
            "Thursday 14.5",
            "28.5",
        ]));
        assert_eq!(
            firsts(&out),
            ["Friday 21.02", "Friday 06.03", "Thursday 14.05", "28.05"]
        );
        let sections = lines(&["Chapter 2.1", "Chapter 2.2", "Chapter 13.1"]);
        assert_eq!(firsts(&widen(sections.clone())), firsts(&sections));
    }

    #[test]
    fn a_column_of_dashed_month_day_pairs_is_written_with_slashes() {
        let out = widen(lines(&["09-04, 09-07", "09-11, 09-14", "10-30", "Sets"]));
        assert_eq!(
            firsts(&out),
            ["09/04, 09/07", "09/11, 09/14", "10/30", "Sets"]
        );
    }

    #[test]
    fn dashed_ranges_of_weeks_or_pages_stay_as_they_are() {
        let weeks = lines(&["01-04", "05-08", "09-12", "13-15"]);
        assert_eq!(firsts(&widen(weeks.clone())), firsts(&weeks));
        let small = lines(&["01-02", "03-04", "05-06"]);
        assert_eq!(firsts(&widen(small.clone())), firsts(&small));
    }

    #[test]
    fn section_numbers_and_amounts_stay_as_they_are() {
        let sections = lines(&["2.1", "2.2", "2.3", "3.1"]);
        assert_eq!(firsts(&widen(sections.clone())), firsts(&sections));
        let few = lines(&["3.1", "3.22"]);
        assert_eq!(firsts(&widen(few)), ["3.1", "3.22"]);
    }
}
