//! A topic that is numbered homework and nothing more ("HW 1", "Blatt 3", "Tarea 5"): without a verb
//! it may be the work's release or its deadline, or a class about it. Where the row falls on
//! a day the lecture slot never meets (the Friday cells of a Monday and Wednesday calendar),
//! it can only be the work falling due (see `events::lectures::bare_work_days`); this module
//! only reads the work the topic names.

use std::sync::LazyLock;

use crate::model::EventKind;
use crate::syllabus::activity::{Activity, parse_cell};
use crate::syllabus::lean::{Lean, lean};
use crate::syllabus::lexicon::{DUE_VERB, SUBJECT_PATTERN};
use crate::syllabus::rows::session;

/// Longest topic read here: a work's name and number are short.
const MOST_BYTES: usize = 32;

/// The whole topic is one work word with its number, markup aside ("*HW 1*", "Homework 3.").
static BARE: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"^[\s*_\[(]*(?:{SUBJECT_PATTERN})[\s*_\])]*\.?$")));

/// The deadline a topic that is only numbered work would be, if it names homework-like work
/// (never an exam, a quiz or a lab session, which are events of their own).
pub(in crate::syllabus::rows) fn read(topic: &str) -> Option<Activity> {
    let t = topic.trim();
    // Screened before the pattern runs: short, with a number, a few words.
    if t.len() > MOST_BYTES
        || !t.bytes().any(|b| b.is_ascii_digit())
        || t.split_whitespace().count() > 3
        || session::read(t).is_some()
        || !BARE.is_match(t)
    {
        return None;
    }
    let (found, _) = parse_cell(&format!("{} {DUE_VERB}", t.trim_matches(['*', '_', '.'])));
    let mut found = found.into_iter();
    let first = found.next()?;
    (first.kind == EventKind::Deadline && first.is_homework && found.next().is_none())
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_homework_name_with_its_number_is_that_homework_due() {
        for t in ["HW 1", "*HW 2*", "Homework 3", "Blatt 4", "Tarea 5."] {
            let a = read(t).unwrap_or_else(|| panic!("{t}"));
            assert_eq!(a.kind, EventKind::Deadline, "{t}");
        }
    }

    #[test]
    fn a_topic_saying_more_than_the_work_is_not_bare() {
        for t in [
            "Sorting and HW 1",
            "HW 1 due",
            "Homework",
            "Midterm 1",
            "Quiz 2",
            "Lab 3",
            "Chapter 4",
            "Introduction to recursion with examples 1",
        ] {
            assert!(read(t).is_none(), "{t}");
        }
    }
}
