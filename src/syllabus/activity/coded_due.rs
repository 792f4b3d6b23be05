//! A cell that is only a piece of work's short code and number, then its deadline verb
//! ("[A0] due", "P3 due Friday", as a due column tells its bare items): that work due. The
//! code is capital letters ("A", "PS", "TP"); the subject words read no such code.

use std::sync::LazyLock;

use super::{Activity, when};
use crate::model::EventKind;
use crate::syllabus::lean::{Grouped, Lean, lean};
use crate::syllabus::lexicon::DEADLINE_VERB_PATTERN;
use crate::syllabus::text::squash;

/// The deadline a coded cell names, if the cell opens with the code and its verb.
pub(super) fn read(cell: &str) -> Option<Activity> {
    static CODED: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"^[\s\[(*_]*(?P<code>\p{{Lu}}{{1,4}}\s?#?[0-9]{{1,2}})[\])*_]*\s+(?P<verb>(?i:{DEADLINE_VERB_PATTERN}))\b(?P<rest>.*)$"
        ))
    });
    let c = CODED.groups(cell.trim())?;
    let w = when::read(&c["rest"], cell);
    Some(
        Activity {
            is_homework: true,
            ..Activity::bare(EventKind::Deadline, squash(&c["code"]))
        }
        .timed_by(w),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_and_number_before_its_deadline_verb_is_that_work_due() {
        let a = read("[A3] due").expect("deadline");
        assert_eq!((a.kind, a.label.as_str()), (EventKind::Deadline, "A3"));
        let ps = read("PS 2 due Friday").expect("deadline");
        assert_eq!(ps.label, "PS 2");
        assert!(ps.weekday.is_some());
    }

    #[test]
    fn a_word_a_lower_case_code_or_no_verb_is_not() {
        assert!(read("Room B2 due").is_none());
        assert!(read("a3 due").is_none());
        assert!(read("[A3]").is_none());
    }
}
