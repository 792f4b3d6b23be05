//! Two work columns that hand the same items out and in: `Work to do | Hand-ins`, `Travail à
//! faire | Remises`, whatever their headers say. Where the same numbered items ("Workshop 3")
//! stand in both columns, each first in one column and on a later row in the other, the first
//! column is what is handed out and the second what falls due: a bare item under them is a
//! release and a deadline, as under `Released | Due` headers.

use std::collections::BTreeMap;

use super::roles::{self, Header, Role};
use crate::syllabus::layout::Line;
use crate::syllabus::text::squash;

/// Fewest items both columns must share.
const MIN_SHARED: usize = 2;

/// Most words an item's name has.
const MOST_WORDS: usize = 4;

/// For each header line whose table has such a pair of columns: the column handing the work
/// out and the column it falls due in.
pub(super) fn find(lines: &[Option<Line>]) -> BTreeMap<usize, (usize, usize)> {
    let mut out = BTreeMap::new();
    let mut table: Option<(usize, Header, Vec<Vec<String>>)> = None;
    for line in lines.iter().flatten() {
        if let Some(h) = roles::read_header(line) {
            if let Some((no, h, rows)) = table.take() {
                out.extend(pair(&h, &rows).map(|p| (no, p)));
            }
            table = Some((line.no, h, Vec::new()));
        } else if let Some((_, h, rows)) = table.as_mut()
            && let Some(cells) = fitted(h, line)
        {
            rows.push(cells);
        }
    }
    if let Some((no, h, rows)) = table {
        out.extend(pair(&h, &rows).map(|p| (no, p)));
    }
    out
}

/// A row's cells under the header's columns: a tab or pipe row may stop short of the last
/// columns, or run on with empty cells after them.
fn fitted(h: &Header, line: &Line) -> Option<Vec<String>> {
    if !line.positional() {
        return h.cells_of(line);
    }
    let n = h.roles().len();
    let mut cells = line.cells.clone();
    if cells.len() > n && cells[n..].iter().any(|c| !c.trim().is_empty()) {
        return None;
    }
    cells.resize(n, String::new());
    Some(cells)
}

/// The pair of columns of one table, if it has one (see the module's note).
fn pair(h: &Header, rows: &[Vec<String>]) -> Option<(usize, usize)> {
    let work = |i: usize| {
        !matches!(
            h.roles().get(i),
            Some(Role::Date | Role::Week | Role::Topic | Role::Time | Role::Room)
        ) && h.verbs().get(i).copied().flatten().is_none()
    };
    let columns: Vec<usize> = (0..h.roles().len()).filter(|&i| work(i)).collect();
    let first_rows: Vec<BTreeMap<String, usize>> =
        columns.iter().map(|&i| first_rows(rows, i)).collect();
    for (a, ca) in columns.iter().enumerate() {
        for (b, cb) in columns.iter().enumerate().skip(a + 1) {
            let shared: Vec<(usize, usize)> = first_rows[a]
                .iter()
                .filter_map(|(item, ra)| first_rows[b].get(item).map(|rb| (*ra, *rb)))
                .collect();
            if shared.len() < MIN_SHARED {
                continue;
            }
            if shared.iter().all(|(ra, rb)| ra < rb) {
                return Some((*ca, *cb));
            }
            if shared.iter().all(|(ra, rb)| rb < ra) {
                return Some((*cb, *ca));
            }
        }
    }
    None
}

/// The row each numbered item of column `i` first stands on, by its name in lower case.
fn first_rows(rows: &[Vec<String>], i: usize) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for (r, cells) in rows.iter().enumerate() {
        let Some(cell) = cells.get(i) else {
            continue;
        };
        for item in cell.split([',', ';']).filter_map(item_name) {
            seen.entry(item).or_insert(r);
        }
    }
    seen
}

/// A short name holding a number ("Workshop 3", "TP2"), in lower case, with emphasis and
/// what follows a dash left out ("Atelier 4 - formatif" is "atelier 4").
fn item_name(text: &str) -> Option<String> {
    let name = text.replace(['\u{2013}', '\u{2014}'], " - ");
    let name = name.split(" - ").next().unwrap_or(&name);
    let name = squash(&name.replace(['*', '_'], " ")).to_lowercase();
    let words = name.split_whitespace().count();
    // A number alone ("2", an outcome's or a chapter's) names no work.
    let numbered =
        name.chars().any(|c| c.is_ascii_digit()) && name.chars().any(char::is_alphabetic);
    (numbered && (1..=MOST_WORDS).contains(&words)).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(no: usize, cells: &[&str]) -> Option<Line> {
        Some(Line::of_cells(no, cells))
    }

    #[test]
    fn items_handed_out_in_one_column_and_in_later_in_another_pair_the_columns() {
        let lines = vec![
            line(1, &["Date", "Topic", "Work to do", "Hand-ins"]),
            line(2, &["Jan 17", "Keys", "Workshop 1", ""]),
            line(3, &["Jan 19", "Joins", "Workshop 2", "Workshop 1"]),
            line(4, &["Jan 24", "Views", "", "Workshop 2"]),
        ];
        assert_eq!(find(&lines).get(&1), Some(&(2, 3)));
    }

    #[test]
    fn columns_sharing_items_on_the_same_rows_or_once_are_no_pair() {
        let same_rows = vec![
            line(1, &["Date", "Topic", "Work to do", "Hand-ins"]),
            line(2, &["Jan 17", "Keys", "Workshop 1", "Workshop 1"]),
            line(3, &["Jan 19", "Joins", "Workshop 2", "Workshop 2"]),
        ];
        assert!(find(&same_rows).is_empty());
        let once = vec![
            line(1, &["Date", "Topic", "Work to do", "Hand-ins"]),
            line(2, &["Jan 17", "Keys", "Workshop 1", ""]),
            line(3, &["Jan 19", "Joins", "", "Workshop 1"]),
        ];
        assert!(find(&once).is_empty());
        let numbers = vec![
            line(1, &["Date", "Topic", "Outcome", "Assessed"]),
            line(2, &["Jan 17", "Keys", "1", ""]),
            line(3, &["Jan 19", "Joins", "2", "1"]),
            line(4, &["Jan 24", "Views", "", "2"]),
        ];
        assert!(find(&numbers).is_empty());
    }
}
