//! A topic cell that opens with an exam and says a little more about it ("Midterm replaces
//! lecture", "Examen sommatif requêtes", "FINAL EXAM - Optional Final"), perhaps behind a
//! bullet or the setting it is held in ("* Final Exam", "In-class midterm", "inclass-exam"):
//! the row is that exam, not a lecture. A review, a practice or a correction of the exam stays
//! the class, and so does a quiz with a topic beside it (a short test held in the class).

use std::sync::LazyLock;

use crate::model::EventKind;
use crate::syllabus::activity::{Activity, parse_cell, starts_with_quiz};
use crate::syllabus::lean::{Lean, Yes, lean, yes};
use crate::syllabus::lexicon::{
    EXAM_FIRST_WORDS, EXAM_NEEDS_NEXT, EXAM_REHEARSAL_PATTERN, EXAM_SETTING_PATTERN,
    EXAM_SETTING_STARTS, NOT_AN_EXAM_PATTERN, ORDINAL_WORDS,
};
use crate::syllabus::text::squash;

/// The most words after the exam's name that still only describe the exam.
const MOST_TAIL_WORDS: usize = 4;

/// The setting written before an exam's name, with what joins it ("In-class ", "inclass-").
static SETTING: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)^(?:{EXAM_SETTING_PATTERN})[\s:-]*")));
/// A word that makes the exam something else: its review, its practice, its solutions.
static NOT_AN_EXAM: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)\b(?:{NOT_AN_EXAM_PATTERN}|{EXAM_REHEARSAL_PATTERN})\b"
    ))
});

/// The cell without a leading bullet or emphasis and without the exam's setting.
fn bare(topic: &str) -> &str {
    let t = topic.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Only cells that start like a setting word compile the pattern.
    let head: String = t.chars().take(2).collect::<String>().to_lowercase();
    let maybe = EXAM_SETTING_STARTS.contains(&head.as_str());
    match maybe.then(|| SETTING.find(t)).flatten() {
        Some(m) => t[m.end()..].trim_start_matches(|c: char| !c.is_alphanumeric()),
        None => t,
    }
}

/// The first one or two words of `t`, lower-cased: an exam's name as [`EXAM_FIRST_WORDS`]
/// lists it ("midterm", "final exam").
fn opens_with_exam(t: &str) -> bool {
    let mut words = t
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let Some(first) = words.next() else {
        return false;
    };
    let second = words.next().unwrap_or_default();
    // "Final remarks", "Ara tatil": these words are an exam only with the next one.
    if EXAM_NEEDS_NEXT.contains(&first.as_str()) {
        return EXAM_FIRST_WORDS.contains(&second.as_str())
            || EXAM_FIRST_WORDS.contains(&format!("{first} {second}").as_str());
    }
    EXAM_FIRST_WORDS.contains(&first.as_str())
        || EXAM_FIRST_WORDS.contains(&format!("{first} {second}").as_str())
}

/// The text after a leading ordinal word ("Primer recuperatorio": the first make-up exam).
fn without_ordinal(t: &str) -> &str {
    let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
    if ORDINAL_WORDS.iter().any(|(w, _)| *w == first) {
        t.trim_start()[first.len()..].trim_start()
    } else {
        t
    }
}

/// "Examen – Primer recuperatorio": the exam word, a dash and the exam's own name, which
/// names it (read alone, every such exam is "Exam", and the later ones seem repeats).
pub(super) fn named_after_dash(t: &str) -> &str {
    let Some((head, rest)) = t.split_once([' ', '\t']) else {
        return t;
    };
    let rest = rest.trim_start();
    let Some(name) = rest.strip_prefix(['-', '–', '—', ':']).map(str::trim_start) else {
        return t;
    };
    let generic = EXAM_FIRST_WORDS.contains(&head.trim_end_matches(':').to_lowercase().as_str());
    if generic && opens_with_exam(without_ordinal(name)) {
        name
    } else {
        t
    }
}

/// The words of a cell that say something: its hours ("de 10 a 13hs", "9:00-11:00") and the
/// short words that join them ("a", "to", "in") say only when and where the exam is held;
/// another exam's name ("Examen - Parcial ... y Parcialito") and a bracketed aside, what the
/// exam covers ("(Memoria Compartida)"), say only which exam it is.
fn worded(t: &str) -> usize {
    let mut depth = 0usize;
    let unbracketed: String = t
        .chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth > 0 => return ' ',
                _ => {}
            }
            c
        })
        .collect();
    unbracketed
        .split_whitespace()
        .filter(|w| !w.contains(|c: char| c.is_ascii_digit()))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 2)
        .filter(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !EXAM_FIRST_WORDS.contains(&w.as_str())
        })
        .count()
}

/// The exams a topic cell is, when it opens with one (see the module's note); `None` when
/// the cell is a class.
pub(super) fn read(topic: &str) -> Option<Vec<Activity>> {
    let t = named_after_dash(bare(topic));
    if !opens_with_exam(without_ordinal(t)) || starts_with_quiz(t) || NOT_AN_EXAM.is_match(t) {
        return None;
    }
    let (found, _) = parse_cell(t);
    // Work in the cell ("Midterm paper due") or another subject ("Exam: project
    // presentations") makes it more than the exam.
    let lead = without_ordinal(t)
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let only_exam = found.iter().all(|a| {
        a.kind == EventKind::Exam
            || a.kind == EventKind::Other && a.label.to_lowercase().starts_with(&lead)
    });
    if !only_exam || worded(t) > MOST_TAIL_WORDS + 1 || t.contains(". ") {
        return None;
    }
    // Named as the document's exam word gives it when it reads one, else as written.
    Some(match found.first() {
        Some(a) if a.kind == EventKind::Exam => found
            .into_iter()
            .filter(|a| a.kind == EventKind::Exam)
            .collect(),
        _ => vec![Activity::bare(EventKind::Exam, squash(t))],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(t: &str) -> Option<Vec<String>> {
        read(t).map(|v| v.into_iter().map(|a| a.label).collect())
    }

    #[test]
    fn an_exam_with_a_few_words_about_it_is_the_exam() {
        assert!(labels("Midterm replaces the lecture").is_some());
        assert!(labels("Examen sommatif: requêtes").is_some());
        assert_eq!(
            labels("FINAL EXAM - optional").unwrap(),
            ["FINAL EXAM - optional"]
        );
    }

    #[test]
    fn the_exams_hours_and_room_are_no_topic() {
        assert!(labels("Parcial de 9 a 12hs en aula a confirmar").is_some());
        // Another exam's name and what the exam covers, in brackets, are no topic either.
        assert!(
            labels("Examen - Parcial escrito (Parte Uno Completa) y Parcialito oral").is_some()
        );
        assert!(labels("Midterm: bring a calculator and your student card").is_none());
    }

    #[test]
    fn an_exam_named_after_the_exam_word_and_a_dash_takes_that_name() {
        assert_eq!(
            labels("Examen – Segundo recuperatorio escrito")
                .unwrap()
                .len(),
            1
        );
        assert!(labels("Primer parcial (unidades 1 y 2)").is_some());
        assert!(labels("Primeira prova de unidade (AB1).").is_some());
        assert_ne!(
            labels("Examen – Primer recuperatorio"),
            labels("Examen – Segundo recuperatorio")
        );
    }

    #[test]
    fn a_bullet_or_the_setting_before_the_exam_is_not_a_topic() {
        assert_eq!(labels("**  Final Exam").unwrap(), ["Final exam"]);
        assert_eq!(labels("In-class midterm").unwrap(), ["Midterm"]);
        assert_eq!(labels("inclass-exam").unwrap(), ["Exam"]);
        assert_eq!(labels("Written exam 2").unwrap(), ["Exam 2"]);
    }

    #[test]
    fn a_review_a_quiz_with_a_topic_or_a_final_topic_stays_a_class() {
        for t in [
            "Midterm review and practice problems",
            "In-class exam preparation",
            "Examen de pratique",
            "Quiz 3; recursion",
            "Final remarks",
            "Final project presentations",
            "Midterm paper due",
            "Exams as a tool of assessment in large courses today",
            "Sorting",
        ] {
            assert_eq!(labels(t), None, "{t}");
        }
    }
}
