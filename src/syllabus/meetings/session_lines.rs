//! Slot lines of sessions told in a sentence rather than under a label: "Four lectures per
//! week, Thursday 10:15-12:00" then "Two hours of exercise sessions, Friday 12:15-14:00". When
//! some slot line names the lectures, a slot line naming a lab, tutorial or exercise session
//! and no lecture gives that session's time, not the lectures'. (A line labelled with a
//! session word, "Lab: Thu 2-4pm", is never a lecture slot: see `session_slot`.)

use std::sync::LazyLock;

use crate::syllabus::lean::{Lean, Yes, lean, yes};
use crate::syllabus::lexicon::{LECTURE_KIND_PATTERN, SESSION_BOOK_WORD, SESSION_PATTERN};

static LECTURE_WORD: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b(?:{LECTURE_KIND_PATTERN})\b")));
static SESSION_WORD: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b(?:{SESSION_PATTERN})\b")));

/// Whether the line names the lectures.
pub(super) fn names_lectures(line: &str) -> bool {
    LECTURE_WORD.is_match(line)
}

/// Whether the line names a session other than the lectures ("section", a book's part as
/// often as a class's, does not count) and no lecture.
pub(super) fn names_only_a_session(line: &str) -> bool {
    !names_lectures(line)
        && SESSION_WORD.find_iter(line).any(|m| {
            !line[m.range()]
                .to_lowercase()
                .starts_with(SESSION_BOOK_WORD)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_about_exercise_sessions_names_only_a_session() {
        assert!(names_only_a_session(
            "2. Two hours of exercise sessions for the projects, Friday 12:15-14:00"
        ));
        assert!(names_only_a_session("Tutorials on Wednesdays 9-11"));
    }

    #[test]
    fn a_line_naming_lectures_or_only_sections_is_not_a_sessions() {
        assert!(!names_only_a_session("Lectures and tutorials: Mon 10-12"));
        assert!(!names_only_a_session(
            "Four lectures per week, Thursday 10:15-12:00"
        ));
        assert!(!names_only_a_session("Section 2: Tue 13:40-15:30"));
        assert!(!names_only_a_session("Class meets Tue 2-4pm"));
    }
}
