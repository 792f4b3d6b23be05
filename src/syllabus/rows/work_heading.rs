//! A heading that names a kind of work and nothing else ("## Assignments", "Homework
//! schedule", "Preliminary assignment schedule", "Tarefas"): the rows under it that are dated
//! by a range of days ("Week 2-4 (Aug 29 - Sep 12): Linear regression") are that work's
//! windows, handed out on the first day and due on the last. Without the heading such a row
//! reads as a week of class, and a week dated by a range makes no lecture, so the work was
//! lost. A row dated by one day keeps its usual reading: under "Assignments" a single date
//! may be either end of the work.

use super::content::{Content, Task};
use crate::syllabus::dates::DateSpan;
use crate::syllabus::fold;
use crate::syllabus::lexicon::{WORK_HEADING_QUALIFIERS, WORK_HEADING_WORDS};
use crate::syllabus::text::squash;

/// Most words of such a heading: a longer line is a sentence about the work.
const MOST_WORDS: usize = 4;

/// Whether a heading's text names a kind of work and nothing else: at least one work word,
/// every other word a qualifier ("schedule", "preliminary", "and").
pub(super) fn names_work(heading: &str) -> bool {
    let text = fold::folded(&squash(heading))
        .replace("problem set", "pset")
        .replace("exercise sheets", "übungsblätter")
        .replace("exercise sheet", "übungsblatt");
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '&' | '/' | ',' | '*' | '_'))
        .filter(|w| !w.is_empty())
        .collect();
    (1..=MOST_WORDS).contains(&words.len())
        && words.iter().any(|w| WORK_HEADING_WORDS.contains(w))
        && words
            .iter()
            .all(|w| WORK_HEADING_WORDS.contains(w) || WORK_HEADING_QUALIFIERS.contains(w))
}

/// The row's window as a task, when the row names no event of its own: out on the range's
/// first day (the row's date), due on `end`, described by the row's topic.
pub(super) fn window(content: &mut Content, date_text: &str, span: DateSpan) -> bool {
    let Some(end) = span.end else {
        return false;
    };
    if !content.acts.is_empty() || content.exam_only || content.task.is_some() {
        return false;
    }
    let text = content.topic.as_deref().map(squash).unwrap_or_default();
    content.task = Some(Task {
        text,
        due_text: date_text.to_string(),
        due: DateSpan {
            start: end,
            end: None,
            len: span.len,
        },
    });
    content.not_a_lecture = true;
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_of_work_words_and_qualifiers_names_work() {
        for h in [
            "Assignments",
            "Homework schedule",
            "Preliminary Assignment Schedule",
            "Projects & homework",
            "Tarefas",
            "Übungsblätter",
        ] {
            assert!(names_work(h), "{h}");
        }
    }

    #[test]
    fn a_heading_about_something_else_names_no_work() {
        for h in [
            "Schedule",
            "Lecture schedule",
            "Assignment policy",
            "Late homework is not accepted after the deadline",
            "",
        ] {
            assert!(!names_work(h), "{h}");
        }
    }
}
