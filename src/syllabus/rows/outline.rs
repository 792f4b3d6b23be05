//! Numbered section headings of a document written as an outline ("2.1. Projects",
//! "2.3.1. Cover page", "2.4. Homework"): a heading numbered `2.1.` reads like a day-first
//! date without its year, so once the document numbers a sub-section under one of its
//! `N.M` headings (`2.3.1.` under `2.3.`), its lines that open with such a number are
//! headings, never schedule rows.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};

use crate::syllabus::layout::Line;

/// A section number as a line's first cell: one digit, then one to three more numbers
/// ("2.1", "2.1.", "2.3.1.").
static NUMBER: LazyLock<Lean> =
    LazyLock::new(|| lean(r"^([0-9])\.([0-9]{1,2})((?:\.[0-9]{1,2}){0,2})\.?$"));

/// The lines that are headings of the document's numbered outline.
pub(super) fn find(lines: &[Option<Line>]) -> BTreeSet<usize> {
    // Each numbered line with its `N.M` and whether it is a sub-section of it.
    let numbered: Vec<(usize, (String, String), bool)> = lines
        .iter()
        .flatten()
        .filter_map(|l| {
            // A sub-section indented under its section starts with an empty cell.
            let cells: Vec<&String> = l.cells.iter().skip_while(|c| c.is_empty()).collect();
            if cells.len() < 2 && !cells.first().is_some_and(|c| c.contains(' ')) {
                return None;
            }
            let first = cells.first()?.split_whitespace().next()?;
            let c = NUMBER.groups(first)?;
            Some((l.no, (c[1].to_string(), c[2].to_string()), !c[3].is_empty()))
        })
        .collect();
    let heads: BTreeSet<&(String, String)> = numbered
        .iter()
        .filter(|(_, _, sub)| !sub)
        .map(|(_, n, _)| n)
        .collect();
    let outline = numbered.iter().any(|(_, n, sub)| *sub && heads.contains(n));
    if !outline {
        return BTreeSet::new();
    }
    numbered.into_iter().map(|(no, _, _)| no).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Option<Line>> {
        text.lines()
            .enumerate()
            .map(|(i, t)| {
                Some(Line {
                    no: i + 1,
                    cells: crate::syllabus::layout::aligned_cells(t),
                    placed: None,
                    indented: false,
                    lead: 0,
                })
            })
            .collect()
    }

    #[test]
    fn numbered_headings_with_a_sub_section_are_an_outline() {
        let text = "2.1.  Projects\ntext\n2.2.  Exams\n2.2.1.  First exam\n3.1.  Tools\n";
        assert_eq!(find(&lines(text)), BTreeSet::from([1, 3, 4, 5]));
    }

    #[test]
    fn short_dates_without_sub_sections_are_no_outline() {
        let text = "2.1.  Intro\n9.1.  Sets\n16.1.  Maps\n";
        assert!(find(&lines(text)).is_empty());
        // A sub-section number that no heading above it has is no outline either.
        let text = "2.1.  Intro\n9.1.  Sets\n3.4.1  Errata\n";
        assert!(find(&lines(text)).is_empty());
    }

    #[test]
    fn an_indented_sub_section_makes_the_outline() {
        let text = "1.1. Lists
1.2. Trees
    1.2.1. Heaps
2.1. Graphs
";
        assert_eq!(find(&lines(text)), BTreeSet::from([1, 2, 3, 4]));
    }
}
