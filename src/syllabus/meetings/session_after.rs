//! A slot line that goes on with a session's own label: "Clases: Martes 15.00-16.10
//! Práctico: Martes 16.20-17.30", "Lectures: Mon 10-12  Lab: Thu 14-16" (a page footer or a
//! PDF's header cell that sets both on one line). The lectures' slot is what stands before
//! the session's label; the session's hours are not a lecture's.

use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};
use crate::syllabus::lexicon::{
    PRACTICE_COLUMN_PATTERN, SESSION_BOOK_WORD, SESSION_CLAUSE_JOIN_PATTERN,
    SESSION_LABEL_MORE_PATTERN, SESSION_PATTERN,
};
use crate::syllabus::times::{TIME_LIKE, TIME_RANGE};

/// A session word and its colon after a gap or a mark, inside a line.
static LABEL_INSIDE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?:\s|[|;,/])[\s*_]*({SESSION_PATTERN}|{SESSION_LABEL_MORE_PATTERN})[\s*_]*:"
    ))
});

/// A clause of a sentence that names another session as its subject, after a joining word:
/// "Lectures are on Tuesdays 4-5pm and workshops on Thursdays", "…; the labs meet …".
static CLAUSE_INSIDE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?:[,;]|\s(?:{SESSION_CLAUSE_JOIN_PATTERN}))[\s*_]+(?:the\s+)?({SESSION_PATTERN}|{PRACTICE_COLUMN_PATTERN})\b"
    ))
});

/// The part of `line` before a session's label, or a clause about a session, that follows a
/// clock time in it; the whole line when none follows one ("Lectures and labs: Mon 10-12" is
/// one slot).
pub(super) fn lecture_part(line: &str) -> &str {
    for c in LABEL_INSIDE
        .groups_iter(line)
        .chain(CLAUSE_INSIDE.groups_iter(line))
    {
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
    fn a_clause_about_another_session_after_the_lectures_hours_ends_their_slot() {
        assert_eq!(
            lecture_part("Lectures are on Tuesdays 4-5pm and workshops are 4-5pm on Thursdays."),
            "Lectures are on Tuesdays 4-5pm"
        );
        assert_eq!(
            lecture_part("Lectures: Mon/Wed 10:00-11:15, labs on Friday 14:00-16:00"),
            "Lectures: Mon/Wed 10:00-11:15"
        );
    }

    #[test]
    fn a_session_clause_before_any_hours_or_a_lecture_about_a_session_keeps_the_line() {
        assert_eq!(
            lecture_part("Lectures and labs meet Mon 10:00-12:00"),
            "Lectures and labs meet Mon 10:00-12:00"
        );
        // "lab" here is no clause's subject after a joining word.
        assert_eq!(
            lecture_part("Mon 10:00-12:00 in the lab and Wed 10:00-12:00"),
            "Mon 10:00-12:00 in the lab and Wed 10:00-12:00"
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
