//! A slot written as the value of a two-column information table, as `pdftotext -layout`
//! gives a Word table: the label on the left, the value on the right and wrapped over the
//! lines below it, which are blank up to the value's column:
//!
//! ```text
//!  Lecture Hours and Days     Tuesday 15:00-15:45 - 16:00-16:45 (2
//!                             hours) / Friday (09:00-09:45)
//!  Lecture Classroom          Room 402
//! ```
//!
//! The wrapped lines are joined to the value, so the second day's hours stay under the
//! lecture label.

/// Most lines a wrapped value goes on over.
const MAX_WRAPPED_LINES: usize = 4;

/// Most words of a label cell.
const MAX_LABEL_WORDS: usize = 6;

/// Gap between a label cell and its value.
const GAP: &str = "  ";

/// The column where the value of a label-value line starts, when the line is a short label
/// of words (no digit), a gap of two spaces or more, and a value.
fn value_column(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let gap = rest.find(GAP)?;
    let label = &rest[..gap];
    let after = rest[gap..].trim_start();
    if after.is_empty()
        || label.split_whitespace().count() > MAX_LABEL_WORDS
        || label.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(line.len() - after.len())
}

/// Whether `line` goes on a value that starts at byte column `column`: it is blank up to that
/// column (give or take one) and holds one cell.
fn goes_on(line: &str, column: usize) -> bool {
    let lead = line.len() - line.trim_start().len();
    let text = line.trim();
    !text.is_empty() && lead.abs_diff(column) <= 1 && !text.contains(GAP) && !text.contains('\t')
}

/// The lines with each value whose label `opens` accepts joined to the lines it wraps onto.
pub(super) fn join_wrapped(
    lines: &[(usize, String)],
    opens: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let (no, line) = &lines[i];
        i += 1;
        let label = line.trim_start().split(GAP).next().unwrap_or("");
        let Some(column) = value_column(line).filter(|_| opens(label)) else {
            out.push((*no, line.clone()));
            continue;
        };
        let mut joined = line.trim_end().to_string();
        let mut taken = 0;
        while taken < MAX_WRAPPED_LINES
            && let Some((_, next)) = lines.get(i).filter(|(_, l)| goes_on(l, column))
        {
            joined.push(' ');
            joined.push_str(next.trim());
            i += 1;
            taken += 1;
        }
        out.push((*no, joined));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::test_text::numbered;

    #[test]
    fn a_value_wrapped_under_its_own_column_is_one_line_with_its_label() {
        let lines = numbered(
            " Class times        Monday 10:00-11:30 (first\n                    half) / Thursday 14:00-15:30\n Room               B12\n",
        );
        let joined = join_wrapped(&lines, |label| label == "Class times");
        assert_eq!(joined.len(), 2);
        assert_eq!(
            joined[0].1,
            " Class times        Monday 10:00-11:30 (first half) / Thursday 14:00-15:30"
        );
        assert_eq!(joined[1], (3, " Room               B12".to_string()));
    }

    #[test]
    fn a_line_in_another_column_or_of_two_cells_is_not_a_wrapped_value() {
        let lines = numbered(
            " Class times        Monday 10:00-11:30\n   Thursday 14:00-15:30\n                    Tue  9:00\n",
        );
        let joined = join_wrapped(&lines, |_| true);
        assert_eq!(joined.len(), 3);
    }
}
