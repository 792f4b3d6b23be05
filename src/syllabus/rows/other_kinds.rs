//! A table with a column of what each meeting is (`Date | Time | Type | Topic`, Type being
//! Lecture, Activity, Workshop, Free): once some of its rows say lecture there, a row that
//! names another kind of meeting in that column is not a lecture (its exams and work still
//! count). A kind column that never says lecture (a format column: Online, In person) decides
//! nothing, and a kind the row reader knows (a tutorial, a lab, an exam) is left to it.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::syllabus::layout::Line;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{HEADER_KIND, LECTURE_KIND_PATTERN};

static LECTURE: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)^(?:{LECTURE_KIND_PATTERN})$")));

/// The lines of tab or pipe tables whose kind cell names a meeting other than a lecture,
/// where other rows of the same table name lectures there.
pub(super) fn find(lines: &[Option<Line>]) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    let mut table: Option<(usize, usize)> = None;
    let mut rows: Vec<(usize, String)> = Vec::new();
    for line in lines.iter().flatten() {
        if !line.positional() {
            close(&mut rows, &mut out);
            table = None;
            continue;
        }
        if let Some(col) = kind_header(line) {
            close(&mut rows, &mut out);
            table = Some((col, line.cells.len()));
            continue;
        }
        match table {
            Some((col, width)) if line.cells.len() == width => {
                rows.push((line.no, line.cells[col].trim().to_string()));
            }
            _ => {
                close(&mut rows, &mut out);
                table = None;
            }
        }
    }
    close(&mut rows, &mut out);
    out
}

/// The column of a header's kind cell ("Type"), if the line is such a header.
fn kind_header(line: &Line) -> Option<usize> {
    line.cells.iter().position(|c| {
        let c = c.trim().trim_end_matches(':').to_lowercase();
        HEADER_KIND.contains(&c.as_str())
    })
}

/// Whether a kind cell is one the row reader already reads: a session it gives as such (a
/// tutorial, a lab) or an exam.
fn known(kind: &str) -> bool {
    super::session::read(kind).is_some() || super::content::starts_with_exam(kind)
}

/// Ends a table: when its kind cells say lecture on a third of its kinded rows or more, its
/// rows of another kind are added. Where lectures are a few rows among many of kinds the
/// reader does not know ("Lecture" twice, then "GL", "PP", "Pres" for guest lectures and
/// presentations), those kinds are the course's meetings, not occasions beside its lectures.
fn close(rows: &mut Vec<(usize, String)>, out: &mut BTreeSet<usize>) {
    let kinded = rows.iter().filter(|(_, k)| !k.is_empty()).count();
    let lectures = rows.iter().filter(|(_, k)| LECTURE.is_match(k)).count();
    if lectures > 0 && lectures * 3 >= kinded {
        out.extend(
            rows.iter()
                .filter(|(_, k)| !k.is_empty() && !LECTURE.is_match(k) && !known(k))
                .map(|(no, _)| *no),
        );
    }
    rows.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(rows: &[&[&str]]) -> Vec<Option<Line>> {
        rows.iter()
            .enumerate()
            .map(|(i, c)| Some(Line::of_cells(i + 1, c)))
            .collect()
    }

    #[test]
    fn rows_of_another_kind_beside_lectures_are_found() {
        let got = find(&lines(&[
            &["Date", "Type", "Topic"],
            &["Aug 5", "Lecture", "Welcome"],
            &["Aug 5", "Activity", "Kickoff"],
            &["Aug 6", "", "Gears"],
        ]));
        assert_eq!(got, BTreeSet::from([3]));
    }

    #[test]
    fn a_few_lectures_among_many_meetings_of_unknown_kinds_decide_nothing() {
        let mut rows: Vec<&[&str]> =
            vec![&["Date", "Type", "Topic"], &["Aug 5", "Lecture", "Welcome"]];
        rows.extend([
            &["Aug 7", "GL", "Guest"][..],
            &["Aug 12", "PP", "Practice"],
            &["Aug 14", "Pres", "Talks"],
        ]);
        assert!(find(&lines(&rows)).is_empty());
    }

    #[test]
    fn a_kind_column_with_no_lecture_decides_nothing() {
        let got = find(&lines(&[
            &["Date", "Format", "Topic"],
            &["Aug 5", "Online", "Welcome"],
            &["Aug 6", "In person", "Gears"],
        ]));
        assert!(got.is_empty());
    }
}
