//! Two schedules side by side: a header that repeats its columns (`Date | Plan | Date |
//! Plan`) heads two tables in one, the left half read down first, then the right. Each row is
//! cut in two, and the halves are laid out one table after the other, the header first.

use super::Line;
use crate::syllabus::lexicon::HEADER_DATE;

/// Lays out each side-by-side table as its left half followed by its right half.
pub(super) fn unfold(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut rest = lines.into_iter().peekable();
    while let Some(line) = rest.next() {
        let Some(half) = line.as_ref().and_then(repeated_header) else {
            out.push(line);
            continue;
        };
        let mut left = Vec::new();
        let mut right = Vec::new();
        // The table's rows: up to a blank line or a line laid out another way.
        while let Some(next) = rest.next_if(|l| {
            l.as_ref()
                .is_none_or(|l| l.positional() && !l.is_blank() && l.cells.len() > half)
        }) {
            let Some(row) = next else { continue };
            left.push(cut(&row, 0..half));
            right.push(cut(&row, half..row.cells.len()));
        }
        if let Some(header) = line {
            out.push(Some(cut(&header, 0..half)));
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

/// The width of each half when a line is a header that repeats itself and names a date.
fn repeated_header(line: &Line) -> Option<usize> {
    let cells: Vec<String> = line.cells.iter().map(|c| c.trim().to_lowercase()).collect();
    let half = cells.len() / 2;
    let repeated = line.positional()
        && half >= 2
        && cells.len() == 2 * half
        && cells[..half] == cells[half..]
        && cells[..half].iter().all(|c| !c.is_empty())
        && cells[..half]
            .iter()
            .any(|c| HEADER_DATE.contains(&c.as_str()));
    repeated.then_some(half)
}

/// The cells of `range` as a line of their own, at the same source line.
fn cut(line: &Line, range: std::ops::Range<usize>) -> Line {
    let cells: Vec<String> = line.cells.get(range).unwrap_or_default().to_vec();
    Line {
        no: line.no,
        indented: cells.first().is_some_and(String::is_empty),
        cells,
        placed: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(no: usize, cells: &[&str]) -> Option<Line> {
        Some(Line {
            no,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            placed: None,
            indented: false,
        })
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
