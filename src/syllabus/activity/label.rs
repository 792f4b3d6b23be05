//! The name of an activity: "Hw2", "Assignment 1", "Final exam", "Project proposal".

use super::{DEADLINE_RE, HAPPENS_RE, RELEASE_RE, SUBJECT_RE, WEEKDAY_WORD};
use crate::syllabus::dates::find_date;
use crate::syllabus::lean::remove_all;
use crate::syllabus::lexicon::{
    EXAM_QUALIFIERS, Family, HOMEWORK_LABEL_STARTS, LABEL_CONNECTORS, SUBJECT_FAMILIES,
};
use crate::syllabus::times::TIME_LIKE;

/// The family a subject word belongs to.
pub(super) fn family(subj: &str) -> Family {
    let s = subj
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    SUBJECT_FAMILIES
        .iter()
        .find(|(words, _)| words.contains(&s.as_str()))
        .map_or(Family::Other, |&(_, f)| f)
}

pub(super) fn is_exam_family(f: Family) -> bool {
    matches!(
        f,
        Family::Quiz | Family::Midterm | Family::Final | Family::Exam
    )
}

fn numbered(name: &str, num: Option<&str>, sep: &str) -> String {
    match num {
        Some(n) => format!("{name}{sep}{n}"),
        None => name.to_string(),
    }
}

fn capitalise(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The label as written: from the subject to the verb, a colon, a parenthesis, a date or a
/// time, without connecting words ("Exam on Feb 27", "Ödev 1 son teslim").
pub(super) fn label_text(segment: &str, subj_end: usize) -> &str {
    let after = &segment[subj_end..];
    let mut cut = segment.len();
    let verbs = [
        DEADLINE_RE.find(after),
        RELEASE_RE.find(after),
        HAPPENS_RE.find(after),
    ];
    for m in verbs.into_iter().flatten() {
        cut = cut.min(subj_end + m.start());
    }
    if let Some(p) = super::set_alone(after) {
        cut = cut.min(subj_end + p);
    }
    for stop in [':', '(', ',', ';', '–', '—', '[', ']', '*'] {
        if let Some(p) = after.find(stop) {
            cut = cut.min(subj_end + p);
        }
    }
    // A sentence ends the label: "HW1. Lecture notes".
    if let Some(p) = after.find(". ") {
        cut = cut.min(subj_end + p);
    }
    let starts = [
        find_date(after).map(|(p, _)| p),
        TIME_LIKE.find(after).map(|m| m.start()),
        WEEKDAY_WORD.find(after).map(|m| m.start()),
        super::due_day::find(after).map(|(p, _)| p),
    ];
    for p in starts.into_iter().flatten() {
        cut = cut.min(subj_end + p);
    }
    let mut text = without_ordinal(segment[..cut].trim())
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .trim_end_matches('.');
    while let Some(t) = LABEL_CONNECTORS.iter().find_map(|w| {
        text.strip_suffix(w)
            .filter(|rest| rest.ends_with(' '))
            .map(str::trim_end)
    }) {
        text = t;
    }
    text
}

/// The text without a number written before the work and its ordinal ending (`2nd Midterm`,
/// `1ª Prova`, `1º Parcial`): the ending is no word of the name (it made "Nd Midterm 2" work
/// of no kind, not the second midterm).
fn without_ordinal(text: &str) -> &str {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == text.len() {
        return text;
    }
    let lower = rest.to_lowercase();
    ["st", "nd", "rd", "th", "ª", "º", "°"]
        .iter()
        .find(|s| lower.starts_with(*s))
        .map_or(rest, |s| &rest[s.len()..])
}

/// An activity's canonical name and what it is.
pub(super) struct Naming {
    pub(super) label: String,
    pub(super) is_homework: bool,
    pub(super) is_exam: bool,
    /// One subject and no other words: the label is the canonical name alone.
    pub(super) single: bool,
}

/// Names the activity of a group of subjects (`families`, the first written `subj`).
pub(super) fn name(label_text: &str, families: &[Family], subj: &str, num: Option<&str>) -> Naming {
    // Words in the label that are neither subjects nor the number ("milestone 1" is not).
    let plain_words = remove_all(&SUBJECT_RE, label_text)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let mut families = families.to_vec();
    let mut single = families.len() == 1 && plain_words == 0;
    let mut num = num;
    if let Some(f) = qualified_exam(label_text, &families) {
        families = vec![f];
        single = true;
        // "Prova teórica 02": the number after the qualifier is the exam's own, so the
        // second exam is not taken for the first given again.
        num = num.or(trailing_number(label_text));
    }
    let work = |label: String| (label, true, false);
    let exam = |label: String| (label, false, true);
    let (label, is_homework, is_exam) = match (single, families[0]) {
        (true, Family::Homework) => work(numbered("Hw", num, "")),
        (true, Family::Assignment) => work(numbered("Assignment", num, " ")),
        (true, Family::ProblemSet) => work(numbered("Problem set", num, " ")),
        (true, Family::Lab) => work(numbered("Lab", num, " ")),
        (true, Family::Quiz) => exam(numbered("Quiz", num, " ")),
        (true, Family::Midterm) => exam(numbered("Midterm", num, " ")),
        (true, Family::Final) => exam("Final exam".to_string()),
        (true, Family::Exam) => exam(numbered("Exam", num, " ")),
        (true, Family::Test) => exam(capitalise(&numbered(&subj.to_lowercase(), num, " "))),
        _ => compound(label_text, &families, subj, num, plain_words),
    };
    Naming {
        label,
        is_homework,
        is_exam,
        single,
    }
}

/// An exam's name followed only by words that qualify it ("Esame parziale", "Examen
/// escrito"): the family it is, a midterm or final word deciding.
fn qualified_exam(label_text: &str, families: &[Family]) -> Option<Family> {
    if !families.iter().all(|f| is_exam_family(*f)) {
        return None;
    }
    let rest = remove_all(&SUBJECT_RE, label_text);
    let mut family = *families.first()?;
    let mut any = false;
    for w in rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
    {
        let w = w.to_lowercase();
        let (_, f) = EXAM_QUALIFIERS.iter().find(|(q, _)| *q == w)?;
        family = f.unwrap_or(family);
        any = true;
    }
    any.then_some(family)
}

/// A number of one or two digits that ends the text ("Prova teórica 02", "#3").
fn trailing_number(text: &str) -> Option<&str> {
    let last = text.split_whitespace().last()?.trim_start_matches('#');
    (!last.is_empty() && last.len() <= 2 && last.bytes().all(|b| b.is_ascii_digit()))
        .then_some(last)
}

/// The name of several subjects or a subject with other words: "Midterm exam" is still the
/// midterm, "Final project presentations" is named as written.
fn compound(
    label_text: &str,
    families: &[Family],
    subj: &str,
    num: Option<&str>,
    plain_words: usize,
) -> (String, bool, bool) {
    // "Midterm test", "Final test": a test word beside an exam's name is that exam.
    let test = |f: &Family| matches!(f, Family::Test | Family::BareTest);
    let all_exam = plain_words == 0
        && families.iter().any(|f| is_exam_family(*f))
        && families.iter().all(|f| is_exam_family(*f) || test(f));
    let text = if label_text.is_empty() {
        subj
    } else {
        label_text
    };
    let label = match (all_exam, families.iter().find(|f| **f != Family::Exam)) {
        (true, Some(Family::Midterm)) => numbered("Midterm", num, " "),
        (true, Some(Family::Final)) => "Final exam".to_string(),
        (true, Some(Family::Quiz)) => numbered("Quiz", num, " "),
        // "2. proyecto" (an ordinal or "2nd" before it): the number written before the work.
        _ if !text.contains(|c: char| c.is_ascii_digit()) => capitalise(&numbered(text, num, " ")),
        _ => capitalise(text),
    };
    let homework = matches!(
        families[0],
        Family::Homework | Family::Assignment | Family::ProblemSet | Family::Lab | Family::Other
    ) && !all_exam
        && label
            .to_lowercase()
            .split_whitespace()
            .any(|w| HOMEWORK_LABEL_STARTS.iter().any(|s| w.starts_with(s)));
    (label, homework, all_exam)
}

/// The label with the words that stood between a leading verb and the subject in front:
/// "Due: Response paper 1" is "Response paper 1".
pub(super) fn with_prefix(prefix: &str, label: &str) -> String {
    let mut c = label.chars();
    let rest = c
        .next()
        .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
        .unwrap_or_default();
    capitalise(&format!("{prefix} {rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_stops_at_the_verb_the_date_or_the_time() {
        assert_eq!(label_text("Hw1 given Oct 5", 3), "Hw1");
        assert_eq!(label_text("Exam on Feb 27", 4), "Exam");
        assert_eq!(
            label_text("Final paper due Dec 8, 5:00 PM", 11),
            "Final paper"
        );
        assert_eq!(label_text("Final Exam 8:00-10:50 AM", 10), "Final Exam");
    }

    #[test]
    fn one_subject_alone_gets_its_canonical_name() {
        let n = name("HW 3", &[Family::Homework], "HW", Some("3"));
        assert_eq!(
            (n.label.as_str(), n.is_homework, n.single),
            ("Hw3", true, true)
        );
        let n = name("Vize", &[Family::Midterm], "Vize", None);
        assert_eq!((n.label.as_str(), n.is_exam), ("Midterm", true));
    }

    #[test]
    fn a_number_after_an_exams_qualifier_is_the_exams_own() {
        let first = name("Prova teórica 01", &[Family::Exam], "Prova", None);
        let second = name("Prova teórica 02", &[Family::Exam], "Prova", None);
        assert!(first.is_exam && second.is_exam);
        assert_ne!(first.label, second.label);
    }

    #[test]
    fn other_words_keep_the_label_as_written() {
        let n = name(
            "Project proposal",
            &[Family::Other, Family::Other],
            "Project",
            None,
        );
        assert_eq!(
            (n.label.as_str(), n.is_homework, n.single),
            ("Project proposal", true, false)
        );
    }

    #[test]
    fn subject_families_fold_spaces_and_case() {
        assert_eq!(family("Home  Work"), Family::Homework);
        assert_eq!(family("Ara Sınav"), Family::Midterm);
        assert_eq!(family("papers"), Family::Other);
    }
}
