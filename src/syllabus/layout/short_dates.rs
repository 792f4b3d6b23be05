//! Month.day dates written short, as some Chinese and US pages do ("3.1", "3.22", "4.5"): a
//! number with one digit could as well be a section ("2.1") or an amount ("1.5"), so these
//! are read as dates only where a document shows at least [`MIN_CELLS`] of them as whole
//! cells and one of them has a number above 12, which no section list or small amount has.
//! They are then written with two digits ("03.01"), the way every later stage reads a short
//! dotted date; which number is the month is settled with the document's other numeric
//! dates. A weekday written before one ("Friday 21.2") makes the cell count as one of them
//! too: the weekday says it is a day, and only the date part is widened.
//!
//! A day and month joined by a dash without a year ("TUE 09-03") is a range or a score
//! anywhere else, so it is read as a date only right after a weekday, where a document has at
//! least [`MIN_CELLS`] of them and one number above 24, which no range of clock hours has
//! ("Mon 10-12" in an office-hours list stays a time). It is then written with a slash, whose
//! order the document decides.
//!
//! Month and day joined by a dash without a year ("09-04", as an ISO date without its year) are
//! the same kind of doubt: "10-12" alone is as likely a range of weeks or pages. Where at least
//! [`MIN_CELLS`] cells are made only of such two-digit pairs (one, or a list of a week's
//! meetings, "09-04, 09-07"), every pair can be a day and a month and one has a number above
//! 12, they are dates, written with a slash ("09/04") as every later stage reads one.

use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};

use super::Line;

/// Fewest short dates that make a column of them.
const MIN_CELLS: usize = 3;

/// A cell that is two numbers and a dot, one of them of one digit.
static SHORT: LazyLock<Lean> = LazyLock::new(|| lean(r"^([0-9]{1,2})\.([0-9]{1,2})\.?$"));

/// A cell that is only two-digit dashed pairs, apart by commas or semicolons.
static DASHED_LIST: LazyLock<Lean> =
    LazyLock::new(|| lean(r"^[0-9]{2}-[0-9]{2}(?:\s*[,;]\s*[0-9]{2}-[0-9]{2})*$"));

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
    let c = SHORT.groups(&cell[weekday_before(cell).len()..])?;
    let (a, b) = (&c[1], &c[2]);
    if a.len() == 2 && b.len() == 2 {
        return None; // "07.04" is read as it is.
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    day_and_month(a, b).then_some((a, b))
}

/// Where a cell's weekday-then-dashed date stands ("## TUE 09-03 Lecture 1"): the bytes of
/// the two numbers and the numbers. A heading's marks or a bullet may come first.
fn dashed_after_weekday(cell: &str) -> Option<(std::ops::Range<usize>, u32, u32)> {
    let start = cell.find(|c: char| c.is_alphanumeric())?;
    let (word, _) = cell[start..].split_once(char::is_whitespace)?;
    crate::syllabus::dates::weekday(word)?;
    let at = start + word.len();
    let from = at + (cell.len() - at - cell[at..].trim_start().len());
    let rest = &cell[from..];
    let first = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after_dash = rest.get(first + 1..)?;
    let second = after_dash.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&first) || !rest[first..].starts_with('-') || !(1..=2).contains(&second) {
        return None;
    }
    let end = first + 1 + second;
    // More digits, a year, a time or a second range after it: not a date of this form.
    let more = |c: char| {
        rest[end..].starts_with(c) && rest[end + 1..].starts_with(|d: char| d.is_ascii_digit())
    };
    if rest[end..].starts_with(['-', '/'])
        || more(':')
        || more('.')
        || TIME_LIKE.is_match(&rest[first + 1..])
    {
        return None;
    }
    let (a, b): (u32, u32) = (
        rest[..first].parse().ok()?,
        after_dash[..second].parse().ok()?,
    );
    day_and_month(a, b).then_some((from..from + end, a, b))
}

/// "12 pm", "12:30" at the start of the text: the end of a clock range, not a day.
static TIME_LIKE: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"^{}", crate::syllabus::times::TIME_LIKE_PATTERN)));

/// Writes a document's weekday-then-dashed dates with a slash, when it has enough of them
/// and one number no clock reads.
fn slash_dashed(mut lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let found: Vec<(u32, u32)> = lines
        .iter()
        .flatten()
        .filter_map(|l| l.cells.first())
        .filter_map(|c| dashed_after_weekday(c).map(|(_, a, b)| (a, b)))
        .collect();
    if found.len() < MIN_CELLS || !found.iter().any(|&(a, b)| a > 24 || b > 24) {
        return lines;
    }
    for line in lines.iter_mut().flatten() {
        let placed = line.placed.iter_mut().flatten().map(|(_, c)| c);
        for cell in line.cells.iter_mut().take(1).chain(placed.take(1)) {
            if let Some((range, _, _)) = dashed_after_weekday(cell) {
                let slashed = cell[range.clone()].replacen('-', "/", 1);
                cell.replace_range(range, &slashed);
            }
        }
    }
    lines
}

/// Writes the short dates of a document with two digits, when it has a column of them, its
/// weekday-then-dashed dates and its columns of dashed pairs with a slash.
pub(super) fn widen(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut lines = slash_dashed(lines);
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
        .flat_map(|c| {
            short_date(c)
                .into_iter()
                .chain(bracketed(c).map(|(_, d)| d))
        })
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

/// A short date opening a bracketed group ("lecture [24.3]", "(7.4 holiday)", Markdown's
/// escaped `\[24.3\]`): the brackets set it apart from the words around it as a cell does,
/// so it counts as one.
static BRACKETED: LazyLock<Lean> =
    LazyLock::new(|| lean(r"\\?[\[(]([0-9]{1,2})\.([0-9]{1,2})(?:\\?[\])]|\s)"));

/// The short dates opening a cell's bracketed groups: where the two numbers stand, and the
/// numbers.
fn bracketed(cell: &str) -> impl Iterator<Item = (std::ops::Range<usize>, (u32, u32))> + '_ {
    BRACKETED.groups_iter(cell).filter_map(|c| {
        let (a, b) = (c.get(1)?, c.get(2)?);
        if a.len() == 2 && b.len() == 2 {
            return None;
        }
        let n: (u32, u32) = (a.as_str().parse().ok()?, b.as_str().parse().ok()?);
        day_and_month(n.0, n.1).then_some((a.start()..b.end(), n))
    })
}

/// Writes a short date cell with two digits, keeping the weekday before it.
fn widen_cell(cell: &mut String) {
    if let Some((a, b)) = short_date(cell) {
        let trimmed = cell.trim();
        *cell = format!("{}{a:02}.{b:02}", weekday_before(trimmed));
        return;
    }
    let found: Vec<_> = bracketed(cell).collect();
    for (range, (a, b)) in found.into_iter().rev() {
        cell.replace_range(range, &format!("{a:02}.{b:02}"));
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
                    lead: 0,
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
    fn short_dates_opening_brackets_count_as_cells_and_are_widened_in_place() {
        let out = widen(lines(&[
            "lecture \\[24.3\\]",
            "lecture [31.3]",
            "(7.4 holiday)",
        ]));
        assert_eq!(
            firsts(&out),
            ["lecture \\[24.03\\]", "lecture [31.03]", "(07.04 holiday)"]
        );
        let refs = lines(&["see [2.1]", "see (3.4)", "see [1.2]"]);
        assert_eq!(firsts(&widen(refs.clone())), firsts(&refs));
    }

    #[test]
    fn section_numbers_and_amounts_stay_as_they_are() {
        let sections = lines(&["2.1", "2.2", "2.3", "3.1"]);
        assert_eq!(firsts(&widen(sections.clone())), firsts(&sections));
        let few = lines(&["3.1", "3.22"]);
        assert_eq!(firsts(&widen(few)), ["3.1", "3.22"]);
    }
}
