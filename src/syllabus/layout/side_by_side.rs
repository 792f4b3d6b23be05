//! Two schedules side by side: a header that repeats its columns (`Date | Plan | Date |
//! Plan`) heads two tables in one, the left half read down first, then the right. Each row is
//! cut in two, and the halves are laid out one table after the other, the header first. In a
//! space-laid table the cut is where the header's second half starts.
//!
//! Two tracks of one week side by side are the same table: `Week | Lecture date | Lecture
//! topic | Tutorial date | Tutorial topic`, where each half has its own date column and its
//! columns name the same things for another track. The week column belongs to both halves,
//! and the halves are read row by row (a week's two meetings one after the other), so the
//! week numbers stay in order.

use super::Line;
use crate::syllabus::lexicon::{HEADER_ACTIVITY_PARTS, HEADER_DATE, HEADER_DUE};

/// Lays out each side-by-side table as its left half followed by its right half.
pub(super) fn unfold(lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut rest = lines.into_iter().peekable();
    while let Some(line) = rest.next() {
        let Some(header) = line.as_ref().and_then(repeated_header) else {
            out.push(line);
            continue;
        };
        let mut left = Vec::new();
        let mut right = Vec::new();
        // The table's rows: up to a blank line or a line laid out another way. A space-laid
        // table (`pdftotext -layout`) often has a blank line under its header.
        while let Some(next) = rest.next_if(|l| {
            l.as_ref().is_none_or(|l| match header {
                Halves::Columns { shared, width, .. } => {
                    l.positional() && !l.is_blank() && l.cells.len() > shared + width
                }
                Halves::Placed { .. } => !l.positional() && (!l.is_blank() || left.is_empty()),
            })
        }) {
            let Some(row) = next else { continue };
            let (l, r) = header.halves(&row);
            left.push(l);
            right.push(r);
        }
        if let Some(line) = line {
            out.push(Some(header.halves(&line).0));
        }
        let rows: Vec<Line> = if matches!(header, Halves::Columns { together: true, .. }) {
            left.into_iter()
                .zip(right)
                .flat_map(|(l, r)| [l, r])
                .collect()
        } else {
            left.into_iter().chain(right).collect()
        };
        out.extend(rows.into_iter().filter(|l| !l.is_blank()).map(Some));
    }
    out
}

/// Where a side-by-side table's right half starts.
#[derive(Debug, Clone, Copy)]
enum Halves {
    /// Tab and pipe rows: the first `shared` cells (a week column) belong to both halves,
    /// then each half is `width` cells.
    /// `together`: two tracks of the same weeks, read row by row.
    Columns {
        shared: usize,
        width: usize,
        together: bool,
    },
    /// Space-laid rows: at this column (in characters), the left half starting at `left`.
    Placed { left: usize, right: usize },
}

impl Halves {
    /// A line cut into its left and its right half, the right one moved under the left
    /// half's columns.
    fn halves(self, line: &Line) -> (Line, Line) {
        match self {
            Halves::Columns { shared, width, .. } => {
                let right = shared + width..line.cells.len();
                let own_blank = line
                    .cells
                    .get(right.clone())
                    .unwrap_or_default()
                    .iter()
                    .all(|c| c.trim().is_empty());
                let r = if own_blank {
                    cut(line, 0..0)
                } else {
                    let mut r = cut(line, right);
                    r.cells.splice(0..0, line.cells[..shared].iter().cloned());
                    r.indented = r.cells.first().is_some_and(String::is_empty);
                    r
                };
                (cut(line, 0..shared + width), r)
            }
            Halves::Placed { left, right } => {
                let placed = line.placed.clone().unwrap_or_default();
                // A cell may start a little before its header's column.
                let (l, r): (Vec<_>, Vec<_>) =
                    placed.into_iter().partition(|(col, _)| col + 2 < right);
                let shift = right - left;
                let r = r
                    .into_iter()
                    .map(|(col, text)| (col.saturating_sub(shift), text))
                    .collect();
                (laid(line.no, l, left), laid(line.no, r, left))
            }
        }
    }
}

/// A space-laid line of these cells, indented when it starts right of the table's first
/// column (as the aligned reader marks it).
pub(super) fn laid(no: usize, placed: Vec<(usize, String)>, left: usize) -> Line {
    let indented = placed.first().is_some_and(|(col, _)| *col >= left + 2);
    let mut cells: Vec<String> = Vec::with_capacity(placed.len() + 1);
    if indented {
        cells.push(String::new());
    }
    cells.extend(placed.iter().map(|(_, t)| t.clone()));
    Line {
        no,
        cells,
        lead: placed.first().map_or(0, |(col, _)| *col),
        placed: Some(placed),
        indented,
    }
}

/// Where each half starts when a line is a header that repeats itself and names a date.
fn repeated_header(line: &Line) -> Option<Halves> {
    let texts: Vec<String> = match &line.placed {
        Some(placed) => placed
            .iter()
            .map(|(_, t)| t.trim().to_lowercase())
            .collect(),
        None => line.cells.iter().map(|c| c.trim().to_lowercase()).collect(),
    };
    let half = texts.len() / 2;
    let repeated = half >= 2
        && texts.len() == 2 * half
        && texts[..half] == texts[half..]
        && texts[..half].iter().all(|c| !c.is_empty())
        && texts[..half]
            .iter()
            .any(|c| HEADER_DATE.contains(&c.as_str()));
    if !repeated {
        return line
            .positional()
            .then(|| tracks(&texts))
            .flatten()
            .map(|(shared, width)| Halves::Columns {
                shared,
                width,
                together: true,
            });
    }
    Some(match &line.placed {
        Some(placed) => Halves::Placed {
            left: placed[0].0,
            right: placed[half].0,
        },
        None => Halves::Columns {
            shared: 0,
            width: half,
            together: false,
        },
    })
}

/// The words of a header cell, without its markup (`**Dates**`).
fn words(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word without its plural `s`: "Topics" and "Topic" name the same column.
fn stem(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.len() > 2)
        .unwrap_or(word)
}

/// A header of two tracks (`Week | Dates A | A topics | Dates B | B topic`): after at most
/// one shared column, two halves of two or more columns, each with one date column at the
/// same place, every column sharing a word with its partner. A column of work or deadlines
/// is no track (`Date | Topic | Due date | Reading`): the shared cells and the width.
fn tracks(texts: &[String]) -> Option<(usize, usize)> {
    let is_date = |c: &String| words(c).any(|w| HEADER_DATE.contains(&w));
    // A column of work ("Lab date", "Due date") is when work falls due, read elsewhere.
    let is_work = |c: &String| {
        words(c).any(|w| {
            let w = w.to_lowercase();
            HEADER_DUE.contains(&w.as_str())
                || HEADER_ACTIVITY_PARTS.iter().any(|p| w.starts_with(p))
        })
    };
    (0..=1).find_map(|shared| {
        let rest = texts.get(shared..)?;
        let width = rest.len() / 2;
        if width < 2 || rest.len() != 2 * width || texts[..shared].iter().any(is_date) {
            return None;
        }
        let (a, b) = rest.split_at(width);
        let at = a.iter().position(is_date)?;
        let alike = a
            .iter()
            .zip(b)
            .all(|(x, y)| words(x).any(|w| words(y).any(|v| stem(v) == stem(w))));
        (b.iter().position(is_date) == Some(at)
            && rest.iter().filter(|c| is_date(c)).count() == 2
            && !rest.iter().any(is_work)
            && alike)
            .then_some((shared, width))
    })
}

/// The cells of `range` as a line of their own, at the same source line.
fn cut(line: &Line, range: std::ops::Range<usize>) -> Line {
    let cells: Vec<String> = line.cells.get(range).unwrap_or_default().to_vec();
    Line {
        no: line.no,
        indented: cells.first().is_some_and(String::is_empty),
        lead: line.lead,
        cells,
        placed: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(no: usize, cells: &[&str]) -> Option<Line> {
        Some(Line::of_cells(no, cells))
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

    #[test]
    fn two_tracks_of_the_same_weeks_are_read_row_by_row_each_with_the_week() {
        let lines = vec![
            line(
                1,
                &[
                    "Week",
                    "Dates north",
                    "North topics",
                    "Dates south",
                    "South topic",
                ],
            ),
            line(2, &["1", "09-01", "Maps", "09-04", "Maps"]),
            line(3, &["2", "09-08", "Rivers", "", ""]),
        ];
        assert_eq!(
            cells(&unfold(lines)),
            [
                (1, "Week|Dates north|North topics".to_string()),
                (2, "1|09-01|Maps".to_string()),
                (2, "1|09-04|Maps".to_string()),
                (3, "2|09-08|Rivers".to_string()),
            ]
        );
    }

    #[test]
    fn a_second_date_column_of_work_or_of_other_things_is_no_second_track() {
        let headers: [&[&str]; 3] = [
            &["Week", "Date", "Topic", "Due date", "Reading"],
            &[
                "Week",
                "Lecture date",
                "Lecture topic",
                "Lab date",
                "Lab topic",
            ],
            &["Week", "Date", "Topic", "Date", "Reading"],
        ];
        for header in headers {
            let lines = vec![
                line(1, header),
                line(2, &["1", "09-01", "Maps", "09-04", "Ch 1"]),
            ];
            assert_eq!(cells(&unfold(lines.clone())), cells(&lines), "{header:?}");
        }
    }
}
