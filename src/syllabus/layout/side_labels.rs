//! Labels set beside a bulleted list, as a two-column page lays a syllabus out (Typst or
//! LaTeX key-value tables printed to PDF): "Preliminary" then "Lecture Schedule" at the left
//! margin, on the first two lines of a list whose bullets all start further in. The label
//! names the list; taken for a cell it puts those lines apart from their list, and their
//! dates are lost. Such a label is dropped, and the line starts where its list does.

use super::Line;
use crate::syllabus::activity::parse_cell;
use crate::syllabus::dates::find_date;

/// Most words of a side label ("Lecture Schedule", "Office Hours").
const MOST_WORDS: usize = 3;

/// The lines, each side label beside a bulleted list taken off its line.
pub(super) fn drop(mut lines: Vec<Option<Line>>) -> Vec<Option<Line>> {
    for i in 0..lines.len() {
        let Some(line) = &lines[i] else { continue };
        let Some(placed) = &line.placed else { continue };
        let [(0, label), (col, item), ..] = placed.as_slice() else {
            continue;
        };
        let bullet = item.chars().next().filter(|c| BULLETS.contains(c));
        // A neighbour in the same list: its item (first, or after a label of its own) starts
        // at the same column with the same bullet.
        let in_list = |j: usize| {
            let placed = lines.get(j)?.as_ref()?.placed.as_ref()?;
            Some(
                placed
                    .iter()
                    .take(2)
                    .any(|(c, t)| c == col && t.chars().next() == bullet),
            )
        };
        let beside_list = bullet.is_some()
            && (i > 0 && in_list(i - 1) == Some(true) || in_list(i + 1) == Some(true));
        if !beside_list || !is_label(label) {
            continue;
        }
        if let Some(Some(line)) = lines.get_mut(i) {
            if let Some(p) = line.placed.as_mut() {
                p.remove(0);
            }
            line.cells[0] = String::new();
            line.indented = true;
        }
    }
    lines
}

/// The bullets a list's items open with.
const BULLETS: &[char] = &['•', '◦', '▪', '‣', '–', '-', '*'];

/// A few words that name a part of the page: no number, no date, no work or exam of their own.
fn is_label(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=MOST_WORDS).contains(&words)
        && !text.chars().any(|c| c.is_ascii_digit())
        && find_date(text).is_none()
        && parse_cell(text).0.is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::read_line;
    use super::*;

    fn laid(text: &[&str]) -> Vec<Option<Line>> {
        text.iter()
            .enumerate()
            .map(|(i, t)| read_line(i + 1, t))
            .collect()
    }

    #[test]
    fn a_label_beside_a_bulleted_list_is_dropped() {
        let lines = drop(laid(&[
            "Planned            • Week 1 (09.05): Introduction",
            "Topics             • Week 2 (09.12): Sorting",
            "                   • Week 3 (09.19): Graphs",
        ]));
        let first = lines[0].as_ref().expect("line");
        assert_eq!(first.cells, ["", "• Week 1 (09.05): Introduction"]);
        let second = lines[1].as_ref().expect("line");
        assert_eq!(
            second.placed.as_ref().expect("placed")[0].1,
            "• Week 2 (09.12): Sorting"
        );
    }

    #[test]
    fn a_cell_that_is_work_or_beside_no_list_stays() {
        let lines = drop(laid(&[
            "Midterm            • Oct 4: in class",
            "                   • Oct 6: review",
            "Intro              Oct 8",
            "                   Oct 10",
        ]));
        assert_eq!(lines[0].as_ref().expect("line").cells[0], "Midterm");
        assert_eq!(lines[2].as_ref().expect("line").cells[0], "Intro");
    }
}
