//! A slot line that goes on with a session's own label: "Clases: Martes 15.00-16.10
//! Práctico: Martes 16.20-17.30", "Lectures: Mon 10-12  Lab: Thu 14-16" (a page footer or a
//! PDF's header cell that sets both on one line). The lectures' slot is what stands before
//! the session's label; the session's hours are not a lecture's.

use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};
use crate::syllabus::lexicon::{SESSION_BOOK_WORD, SESSION_LABEL_MORE_PATTERN, SESSION_PATTERN};
use crate::syllabus::times::{TIME_LIKE, TIME_RANGE};

/// A session word and its colon after a gap or a mark, inside a line.
static LABEL_INSIDE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?:\s|[|;,/])[\s*_]*({SESSION_PATTERN}|{SESSION_LABEL_MORE_PATTERN})[\s*_]*:"
    ))
});

/// The part of `line` before a session's label that follows a clock time in it; the whole
/// line when no label follows one ("Lectures and labs: Mon 10-12" is one slot).
pub(super) fn lecture_part(line: &str) -> &str {
    for c in LABEL_INSIDE.groups_iter(line) {
        let (Some(whole), Some(word)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if word.as_str().to_lowercase().starts_with(SESSION_BOOK_WORD) {
            continue;
        }
        let before = &line[..whole.start()];
        if TIME_LIKE.is_match(before) || TIME_RANGE.is_match(before) {
            return before.trim_end();
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sessions_label_after_the_lectures_hours_ends_their_slot() {
        assert_eq!(
            lecture_part("Clases: Martes 15.00-16.10   Práctico: Martes 16.20-17.30"),
            "Clases: Martes 15.00-16.10"
        );
        assert_eq!(
            lecture_part("Lectures: Mon 10-12 | Lab: Thu 14-16"),
            "Lectures: Mon 10-12"
        );
    }

    #[test]
    fn a_session_word_before_any_hours_or_without_colon_keeps_the_line() {
        assert_eq!(
            lecture_part("Lectures and labs: Mon 10:00-12:00"),
            "Lectures and labs: Mon 10:00-12:00"
        );
        assert_eq!(
            lecture_part("Lectures Mon 10:00-12:00 with a lab after"),
            "Lectures Mon 10:00-12:00 with a lab after"
        );
        assert_eq!(
            lecture_part("Section 1: Mon 10:40-12:30; Section 2: Tue 13:40-15:30"),
            "Section 1: Mon 10:40-12:30; Section 2: Tue 13:40-15:30"
        );
    }
}
