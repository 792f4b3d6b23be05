//! A table of deadlines under a title that says so ("Assignment Due Dates", then `Date |
//! Event` rows `9/11 12 pm | Lab One`): each row's item falls due on its date, and no row
//! is a class, though no header names a due column (a header that names a topic or a
//! week column makes the table a schedule, whatever its title).

use super::content::Parts;
use super::roles::Role;
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{DUE_TABLE_TITLES, DUE_VERB};

/// Lines from the title to the table's first line (the title, a blank, the table).
const TITLE_TO_TABLE: usize = 2;

/// Where the reading is: after a title naming deadlines, or inside the table under one.
#[derive(Debug, Default)]
pub(super) struct DueTable {
    title_at: Option<usize>,
    inside: bool,
}

impl DueTable {
    /// Sees the next line that is not blank; whether it is a row of a table of deadlines.
    pub(super) fn see(&mut self, line: &Line) -> bool {
        if !line.positional() {
            self.inside = false;
            self.title_at = match line.cells.as_slice() {
                [title] if names_due_dates(title) => Some(line.no),
                _ => None,
            };
            return false;
        }
        // A table whose header names its columns (`Week | Date | Subject`) says itself what
        // its rows are: a schedule, even under a title such as "Deadlines".
        if let Some(at) = self.title_at.take() {
            self.inside =
                line.no <= at + TITLE_TO_TABLE && super::roles::read_header(line).is_none();
        }
        self.inside
    }

    /// Whether `line`, just seen, is the title of a table of deadlines.
    pub(super) fn titled_by(&self, line: &Line) -> bool {
        self.title_at == Some(line.no)
    }
}

/// Makes a row of such a table its items' deadlines: no class, and each text but its time
/// and room falls due.
pub(super) fn all_due(parts: &mut Parts) {
    parts.not_lecture = true;
    for (role, text) in &mut parts.texts {
        if matches!(
            role,
            Role::Topic | Role::Activity | Role::Other | Role::Label
        ) {
            *role = Role::Activity;
            *text = format!("{DUE_VERB} {text}");
        }
    }
}

/// Longest title read: a sentence is no title.
const MAX_TITLE_WORDS: usize = 6;

/// Longest title read, in bytes (six long words, with a heading's marks).
const MAX_TITLE_BYTES: usize = 96;

/// Whether `title`, a line of its own above a table's header, names the table's dates as
/// deadlines.
pub(super) fn names_due_dates(title: &str) -> bool {
    // A cheap test first: most single-cell lines are sentences, longer than any title.
    if title.len() > MAX_TITLE_BYTES {
        return false;
    }
    let t = super::due_section::without_remark(title.trim().trim_start_matches('#'))
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_lowercase();
    if t.is_empty()
        || t.split_whitespace().count() > MAX_TITLE_WORDS
        || t.contains(char::is_numeric)
    {
        return false;
    }
    DUE_TABLE_TITLES.iter().any(|w| {
        t.strip_suffix(w)
            .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_name_deadlines() {
        for t in [
            "Assignment Due Dates",
            "## Project deadlines:",
            "Due dates",
            "Fechas de entrega",
            "## Assignment Due Dates (subject to change)",
        ] {
            assert!(names_due_dates(t), "{t}");
        }
        for t in [
            "Course schedule",
            "Important dates",
            "Homework is due on the dates below, before class starts each week",
            "Overdue dates",
            "Due dates 2024",
        ] {
            assert!(!names_due_dates(t), "{t}");
        }
    }
}
