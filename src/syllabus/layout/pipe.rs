//! Markdown pipe tables: `| 1 | Oct 4 | Intro |`, with `|---|:--:|` rules.

use super::{Cells, LayoutReader, Read};
use crate::syllabus::text::squash;

/// Reads lines that start with a pipe.
pub(super) struct Pipe;

impl LayoutReader for Pipe {
    fn read(&self, line: &str) -> Option<Read> {
        if !line.trim_start().starts_with('|') {
            return None;
        }
        let t = line.trim();
        if t.len() <= 1 {
            // A lone pipe has no cells to split; it still counts as a table line.
            let cells = super::tabbed::cells(line).unwrap_or_else(|| super::aligned::cells(line));
            return Some(Read::Cells(Cells {
                cells,
                placed: None,
            }));
        }
        let inner = t.trim_start_matches('|');
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<String> = inner.split('|').map(squash).collect();
        if cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            return Some(Read::Rule);
        }
        Some(Read::Cells(Cells {
            cells,
            placed: None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_row_keeps_its_empty_cells() {
        assert_eq!(
            Pipe.read("| 1 |  | Intro |"),
            Some(Read::Cells(Cells {
                cells: vec!["1".into(), String::new(), "Intro".into()],
                placed: None
            }))
        );
    }

    #[test]
    fn a_rule_line_is_no_row_and_other_lines_are_not_pipe_rows() {
        assert_eq!(Pipe.read("|---|:--:|"), Some(Read::Rule));
        assert_eq!(Pipe.read("1\tOct 4"), None);
    }
}
