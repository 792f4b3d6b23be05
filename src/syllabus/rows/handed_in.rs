//! A column of what students hand in or are assessed on (`Deliveries`, `Assessments`,
//! `Evaluación / Hito`): an item named bare in it ("Spec v.1", "Taller 2", "Reflective essay")
//! is work handed in on the row's date. The column's header says so where the cell does not;
//! a lecture topic beside it stays the lecture.
//!
//! Such a column also holds exams ("Midterm"), work with its own verb ("HW2 out") and words
//! about how the row is assessed ("Formativa", a lecturer's name): only a short name holding a
//! number or a word of work is taken for the work.

use crate::model::EventKind;
use crate::syllabus::activity::{SUBJECT_RE, parse_cell};
use crate::syllabus::dates::find_date;
use crate::syllabus::lexicon::{DUE_VERB, HEADER_HANDED_IN};

/// Most words a bare item's name has here.
const MOST_WORDS: usize = 5;

/// Whether a header, or one part of a compound header ("Evaluación / Hito", "Assessments &
/// Exams"), is a word of [`HEADER_HANDED_IN`].
pub(super) fn names_handed_in(cell: &str) -> bool {
    let c = cell.trim().trim_end_matches([':', '.']).to_lowercase();
    let named = |part: &str| HEADER_HANDED_IN.contains(&part.trim());
    named(&c)
        || c.split(['/', '&', ',', '+', '|'])
            .flat_map(|p| p.split(" and "))
            .any(named)
}

/// A cell under such a column told as work due ("Spec v.1 due"), when it is a bare item: a
/// few words holding a number or a word of work, no date, nothing the activity reader already
/// reads (an exam, a release, a deadline).
pub(super) fn told(cell: &str) -> Option<String> {
    let t = cell.trim();
    let words = t.split_whitespace().count();
    if words == 0 || words > MOST_WORDS || find_date(t).is_some() {
        return None;
    }
    let work_like = t.contains(|c: char| c.is_ascii_digit()) || SUBJECT_RE.is_match(t);
    let read = parse_cell(t);
    let read_already = read.1.is_some() || read.0.iter().any(|a| a.kind != EventKind::Other);
    (work_like && !read_already).then(|| format!("{t} {DUE_VERB}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_of_deliveries_or_assessments_names_handed_in_work() {
        for header in ["Deliveries", "Assessments", "Evaluación / Hito", "Remises:"] {
            assert!(names_handed_in(header), "{header}");
        }
    }

    #[test]
    fn a_column_of_topics_or_readings_does_not() {
        for header in ["Topic", "Readings", "Assessment criteria", "Notes"] {
            assert!(!names_handed_in(header), "{header}");
        }
    }

    #[test]
    fn a_bare_numbered_item_or_work_word_is_work_due() {
        assert_eq!(told("Spec v.1").as_deref(), Some("Spec v.1 due"));
        assert_eq!(told("Taller 2").as_deref(), Some("Taller 2 due"));
        assert_eq!(
            told("Reflective Essay").as_deref(),
            Some("Reflective Essay due")
        );
    }

    #[test]
    fn an_exam_work_with_its_verb_or_words_about_grading_are_not_bare_items() {
        for cell in ["Midterm", "Quiz 1", "HW2 out", "Formativa", "Docente y", ""] {
            assert_eq!(told(cell), None, "{cell}");
        }
    }
}
