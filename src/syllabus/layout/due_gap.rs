//! A deadline's clause split by a wide gap: PDF text sets the date of "Homework 1 assigned: due
//! 9/3/2025" far to the right, so the space-laid reader sees "Homework 1 assigned: due" and
//! "9/3/2025" as two cells. A cell that releases work and ends on its deadline verb, with
//! only a date after it at the line's end, is one cell: the date is the work's deadline, not
//! a column of the table.

use crate::syllabus::activity::{DEADLINE_RE, RELEASE_RE};
use crate::syllabus::dates::parse_date_prefix;

/// Joins the last two cells of a space-laid line when they are such a clause and its date.
pub(super) fn join(cells: &mut Vec<String>, placed: &mut Vec<(usize, String)>) {
    let n = placed.len();
    if n < 2 || !splits_a_deadline(&placed[n - 2].1, &placed[n - 1].1) {
        return;
    }
    let (_, date) = placed.pop().unwrap_or_default();
    if let Some((_, clause)) = placed.last_mut() {
        *clause = format!("{clause} {date}");
    }
    if cells.len() >= 2 {
        cells.pop();
        if let Some(c) = cells.last_mut() {
            *c = format!("{c} {date}");
        }
    }
}

/// Whether `clause` releases work and ends on a deadline verb ("assigned: due", "out, due")
/// and `date` is a whole date and nothing else.
fn splits_a_deadline(clause: &str, date: &str) -> bool {
    let Some(last) = clause.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_end_matches(':');
    let whole_date = parse_date_prefix(date.trim()).is_some_and(|d| d.len == date.trim().len());
    whole_date
        && DEADLINE_RE
            .find(last)
            .is_some_and(|m| m.start() == 0 && m.end() == last.len())
        && RELEASE_RE.is_match(&clause[..clause.len() - last.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(cells: &[(usize, &str)]) -> Vec<String> {
        let mut placed: Vec<(usize, String)> =
            cells.iter().map(|(c, t)| (*c, t.to_string())).collect();
        let mut plain: Vec<String> = placed.iter().map(|(_, t)| t.clone()).collect();
        join(&mut plain, &mut placed);
        assert_eq!(
            plain,
            placed.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>()
        );
        plain
    }

    #[test]
    fn a_release_ending_on_its_deadline_verb_takes_the_date_after_the_gap() {
        assert_eq!(
            joined(&[
                (0, "Sep 3rd"),
                (40, "Lab 2 handed out, due"),
                (70, "9/10/2025")
            ]),
            ["Sep 3rd", "Lab 2 handed out, due 9/10/2025"]
        );
    }

    #[test]
    fn a_date_column_after_other_cells_stays_its_own_cell() {
        let row = [(0, "Intro"), (20, "Homework 1 due"), (40, "9/10")];
        assert_eq!(joined(&row), ["Intro", "Homework 1 due", "9/10"]);
        let row = [(0, "HW 1 out, due"), (20, "9/10 in class")];
        assert_eq!(joined(&row), ["HW 1 out, due", "9/10 in class"]);
    }
}
