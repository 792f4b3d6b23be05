//! Work given under a homework label in a session's lines ("• Homework: Lab 1", "Tarea:
//! Informe de avance"): the label says the line is what is handed out that day, so the name
//! after it is that work released, though no verb says so and no subject word names it.

use std::sync::LazyLock;

use super::{Activity, DEADLINE_RE, RELEASE_RE};
use crate::model::EventKind;
use crate::syllabus::dates::find_date;
use crate::syllabus::lean::{Grouped, Lean, lean};
use crate::syllabus::lexicon::{HOMEWORK_LABELS, alternation};
use crate::syllabus::text::squash;
use crate::syllabus::times::TIME_LIKE;

/// Most words of a name after the label: more is an instruction ("Homework: read the first
/// two chapters of the book and ..."), not the name of a piece of work.
const MOST_NAME_WORDS: usize = 5;

/// The work a homework label gives out, if `cell` is one: a bullet or nothing, the label, a
/// colon, then a capitalised name with no verb, date or time of its own.
pub(super) fn read(cell: &str) -> Option<Activity> {
    static LABELLED: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^[\s\p{{P}}\p{{S}}]*(?:{})\s*:\s*(?P<name>.+)$",
            alternation(HOMEWORK_LABELS.iter().copied())
        ))
    });
    // The label's colon, which the pattern needs: a cell without one (most) never runs it.
    if !cell.contains(':') {
        return None;
    }
    let c = LABELLED.groups(cell.trim())?;
    let name = squash(c["name"].trim_end_matches(['.', ' ']));
    let words = name.split_whitespace().count();
    let capitalised = name.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
    if !capitalised
        || words == 0
        || words > MOST_NAME_WORDS
        || DEADLINE_RE.is_match(&name)
        || RELEASE_RE.is_match(&name)
        || find_date(&name).is_some()
        || TIME_LIKE.is_match(&name)
    {
        return None;
    }
    Some(Activity {
        is_homework: true,
        ..Activity::bare(EventKind::Release, name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_under_a_homework_label_is_given_out() {
        let a = read("• Homework: Board Game Prototype").expect("release");
        assert_eq!(
            (a.kind, a.label.as_str()),
            (EventKind::Release, "Board Game Prototype")
        );
        assert_eq!(
            read("Tarea: Informe 2").map(|a| a.kind),
            Some(EventKind::Release)
        );
    }

    #[test]
    fn an_instruction_a_verb_or_a_date_after_the_label_gives_nothing() {
        assert!(read("Homework: read chapter 2").is_none());
        assert!(read("Homework: Read chapters 2 and 3 of the course book").is_none());
        assert!(read("Homework: Lab 2 due Friday").is_none());
        assert!(read("Homework: Essay 1 (Oct 4)").is_none());
        assert!(read("Homework: none").is_none());
        assert!(read("Exercises in class: Lab 2").is_none());
    }
}
