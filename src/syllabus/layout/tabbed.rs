//! Tab-separated tables, as copied from a spreadsheet or extracted from some PDFs.

use super::{Cells, LayoutReader, Read};
use crate::syllabus::text::squash;

/// Reads lines that hold a tab.
pub(super) struct Tabbed;

impl LayoutReader for Tabbed {
    fn read(&self, line: &str) -> Option<Read> {
        cells(line).map(|cells| {
            Read::Cells(Cells {
                cells,
                placed: None,
            })
        })
    }
}

/// The cells between tabs, or `None` for a line without a tab.
pub(super) fn cells(line: &str) -> Option<Vec<String>> {
    line.contains('\t').then(|| {
        line.trim_end_matches([' ', '\r'])
            .split('\t')
            .map(squash)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tab_ends_a_cell_even_an_empty_one() {
        assert_eq!(
            cells("\t\tmore  detail\t"),
            Some(vec![
                String::new(),
                String::new(),
                "more detail".into(),
                String::new()
            ])
        );
        assert_eq!(cells("no tab here"), None);
    }
}
