//! A table whose columns are kinds of meeting, each header giving its meetings' time:
//! `Week | Lecture (16:15-18:00) | Practice (10:15-12:00)`, every cell below a date and a
//! topic. The time under a header is the time of every cell in its column (the rows give
//! none), and a column of practice sessions, labs or tutorials holds no lectures, though an
//! exam written there is still one, at that column's time. The weekday form of such a header
//! ("Monday (10.15-12.00)") is the weekday grid's (see `weekday_grid`).

use std::sync::LazyLock;

use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{LECTURE_KIND_PATTERN, PRACTICE_COLUMN_PATTERN, SESSION_PATTERN};
use crate::syllabus::times::{TIME_RANGE, find_time_range};

/// One column a header names by its kind and time.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct KindColumn {
    /// The column's meetings are lectures.
    pub(super) lecture: bool,
    /// Its time, as written ("16:15-18:00"); none where the header names only the kind
    /// (`Week | Lecture | Workshop`, every cell dated and timed itself).
    pub(super) time: Option<String>,
}

/// The header's columns, by index, and where each starts when the line is laid out with
/// spaces.
#[derive(Debug, Clone)]
pub(super) struct KindColumns {
    columns: Vec<Option<KindColumn>>,
    starts: Option<Vec<usize>>,
}

static LECTURE_KIND: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)^(?:{LECTURE_KIND_PATTERN})$")));
static OTHER_KIND: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)^(?:{SESSION_PATTERN}|{PRACTICE_COLUMN_PATTERN})$"
    ))
});

/// The line as such a header: no date, at least one cell a kind of meeting with its time,
/// and every other cell a header word ("Week", "Date").
pub(super) fn read(line: &Line) -> Option<KindColumns> {
    // Cheap first: a header cell with a clock in brackets has a bracket, a digit and a colon
    // or a dot.
    if !line.cells.iter().any(|c| {
        c.contains(['(', '[']) && c.contains([':', '.']) && c.bytes().any(|b| b.is_ascii_digit())
    }) {
        return None;
    }
    if line.cells.iter().any(|c| find_date(c).is_some()) {
        return None;
    }
    let mut columns = Vec::with_capacity(line.cells.len());
    let mut words = 0;
    for cell in &line.cells {
        let column = kind_cell(cell);
        let word = super::roles::header_role(cell).is_some();
        if column.is_none() && !word && !cell.trim().is_empty() {
            return None;
        }
        words += usize::from(word);
        columns.push(column);
    }
    // A header word ("Week", "Date") beside them: a table's header, not a weekly grid's slot
    // cells ("Lecture: 9:30-10:50" under "Tue").
    if words == 0 || !columns.iter().flatten().any(|c| c.lecture) {
        return None;
    }
    Some(KindColumns {
        columns,
        starts: starts(line),
    })
}

/// A header cell that is a kind of meeting and a clock range: "Lecture (16:15-18:00)".
fn kind_cell(cell: &str) -> Option<KindColumn> {
    let at = TIME_RANGE.find(cell)?.range();
    let time = cell[at.clone()].trim();
    find_time_range(time)?;
    // The time in brackets after its kind, as a header gives it: "Lecture: 9:30" is a slot.
    let bracketed = cell[..at.start].trim_end().ends_with(['(', '['])
        && cell[at.end..].trim_start().starts_with([')', ']']);
    if !bracketed {
        return None;
    }
    let strip = |s: &str| {
        s.trim_matches(|c: char| c.is_whitespace() || "()[],:;–—-".contains(c))
            .to_string()
    };
    let words = format!("{} {}", strip(&cell[..at.start]), strip(&cell[at.end..]));
    let words = words.trim();
    let lecture = if LECTURE_KIND.is_match(words) {
        true
    } else if OTHER_KIND.is_match(words) {
        false
    } else {
        return None;
    };
    Some(KindColumn {
        lecture,
        time: Some(time.to_string()),
    })
}

/// A header that names its columns by kind alone, a lecture column and one of another kind
/// beside it (`Week | Lecture | Workshop`, `Date | Lectures | Labs`), read besides the
/// ordinary header: in a grid whose cells each start with their date, the other kind's cells
/// are no lectures. No date in the line, and every other cell a header word.
pub(super) fn read_untimed(line: &Line) -> Option<KindColumns> {
    if line.cells.iter().any(|c| find_date(c).is_some()) {
        return None;
    }
    let mut columns = Vec::with_capacity(line.cells.len());
    for cell in &line.cells {
        let words = cell.trim_matches(|c: char| c.is_whitespace() || "*_:".contains(c));
        let lecture = if LECTURE_KIND.is_match(words) {
            Some(true)
        } else if OTHER_KIND.is_match(words) {
            Some(false)
        } else {
            None
        };
        if lecture.is_none() && !words.is_empty() && super::roles::header_role(cell).is_none() {
            return None;
        }
        columns.push(lecture.map(|lecture| KindColumn {
            lecture,
            time: None,
        }));
    }
    let kinds = || columns.iter().flatten();
    if !kinds().any(|c| c.lecture) || !kinds().any(|c| !c.lecture) {
        return None;
    }
    Some(KindColumns {
        columns,
        starts: starts(line),
    })
}

/// Where each header cell starts, when the line is laid out with spaces.
fn starts(line: &Line) -> Option<Vec<usize>> {
    line.placed.as_ref().map(|p| {
        let lead = usize::from(line.cells.len() > p.len());
        std::iter::repeat_n(0, lead)
            .chain(p.iter().map(|(at, _)| *at))
            .collect()
    })
}

impl KindColumns {
    /// Whether the header gives its columns' times (`Lecture (16:15-18:00)`): then it is the
    /// table's header, and a line led by an empty cell below it is wrapped text.
    pub(super) fn timed(&self) -> bool {
        self.columns.iter().flatten().any(|c| c.time.is_some())
    }

    /// The column the cell `i` of a row stands in: by index in a tab or pipe table, or in a
    /// space-laid one whose row has as many cells as the header; else the header column its
    /// text overlaps most (a dated cell may start left of its centred header).
    pub(super) fn column(&self, line: &Line, i: usize) -> Option<&KindColumn> {
        if line.cells.len() == self.columns.len() {
            return self.columns.get(i)?.as_ref();
        }
        let starts = self.starts.as_ref()?;
        let text = line.cells.get(i)?;
        let (at, _) = line.placed.as_ref()?.iter().find(|(_, t)| t == text)?;
        let (from, to) = (*at, at + text.chars().count());
        let overlap = |k: usize| {
            let start = starts[k];
            let end = starts.get(k + 1).copied().unwrap_or(usize::MAX);
            to.min(end).saturating_sub(from.max(start))
        };
        let best = (0..starts.len()).max_by_key(|&k| overlap(k))?;
        (overlap(best) > 0)
            .then(|| self.columns.get(best)?.as_ref())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn line(text: &str) -> Line {
        layout::read(&[text.to_string()]).pop().flatten().unwrap()
    }

    #[test]
    fn a_header_of_kinds_with_times_gives_each_column_its_kind_and_time() {
        let h = read(&line("| Week | Lecture (9:15-11:00) | Lab (13.15-15.00) |")).unwrap();
        let row = line("| 3 | 2025-03-03 Graphs | 2025-03-05 Graph lab |");
        assert_eq!(h.column(&row, 0), None);
        let lecture = h.column(&row, 1).unwrap();
        assert!(lecture.lecture);
        assert_eq!(lecture.time.as_deref(), Some("9:15-11:00"));
        let lab = h.column(&row, 2).unwrap();
        assert!(!lab.lecture);
        assert_eq!(lab.time.as_deref(), Some("13.15-15.00"));
    }

    #[test]
    fn a_header_of_kinds_alone_marks_the_other_kind_column_without_a_time() {
        let h = read_untimed(&line("| Week | Lecture | Workshop |")).unwrap();
        assert!(!h.timed());
        let row = line("| 1 | 17/01/23 16:00-17:00 Room 4 | 19/01/23 16:00-17:00 Room 4 |");
        assert!(h.column(&row, 1).unwrap().lecture);
        let workshop = h.column(&row, 2).unwrap();
        assert!(!workshop.lecture);
        assert_eq!(workshop.time, None);
        assert!(read_untimed(&line("| Date | **Lectures** | Labs |")).is_some());
    }

    #[test]
    fn a_header_of_one_kind_or_with_a_topic_beside_is_no_header_of_kinds() {
        assert!(
            read_untimed(&line("| Week | Date | Lecture |")).is_none(),
            "one kind"
        );
        assert!(
            read_untimed(&line("| Week | Lab | Tutorial |")).is_none(),
            "no lectures"
        );
        assert!(
            read_untimed(&line("| Lecture | Intro to graphs | Lab |")).is_none(),
            "a row's topic is no header word"
        );
        assert!(
            read_untimed(&line("| 2025-01-06 | Lecture | Lab |")).is_none(),
            "a dated row"
        );
    }

    #[test]
    fn a_practice_column_is_not_the_lectures() {
        let h = read(&line(
            "| Week | Lecture (10:00-12:00) | Practice (14:00-16:00) |",
        ))
        .unwrap();
        let row = line("| 1 | 2025-01-06 Intro | 2025-01-09 Setup |");
        assert!(!h.column(&row, 2).unwrap().lecture);
    }

    #[test]
    fn a_header_without_a_lecture_column_or_with_a_row_of_text_is_none() {
        assert!(
            read(&line("| Week | Lab (10:00-12:00) |")).is_none(),
            "no lectures"
        );
        assert!(
            read(&line("| Week | Lecture | Practice |")).is_none(),
            "no times"
        );
        assert!(
            read(&line("| 2025-01-06 | Lecture (10:00-12:00) |")).is_none(),
            "a dated row"
        );
        assert!(
            read(&line("| Intro to graphs | Lecture (10:00-12:00) |")).is_none(),
            "a row's topic is no header word"
        );
        assert!(
            read(&line("| Monday (10:15-12:00) | Friday (08:15-10:00) |")).is_none(),
            "weekday headers are the weekday grid's"
        );
        assert!(
            read(&line("|  | Lecture: 9:30-10:50 |  | Lecture: 9:30-10:50 |")).is_none(),
            "a weekly grid's slot cells, with no header word beside them"
        );
        assert!(
            read(&line("| Week | Lecture: 9:30-10:50 |")).is_none(),
            "a slot after a colon is no column's time"
        );
    }
}
