//! Patterns of lexicon words compiled without a literal prefilter. The `regex` crate builds
//! one for every pattern (an Aho-Corasick or Teddy searcher of the words, found by literal
//! extraction), which costs about as much as the rest of compiling a word list, and its
//! `Regex` has no switch for it. Cells and lines are short, so searching them without one is
//! cheap; compiling is what a start-up pays (see BENCHMARKS.md, "After (session 4, start-up)").
//! Matches are the same: the prefilter only skips ahead to where a match may begin.

use regex_automata::meta::{Config, Regex};

/// `pattern` compiled as `regex::Regex::new` would, without the prefilter.
pub(super) fn lean(pattern: &str) -> Regex {
    Regex::builder()
        .configure(Config::new().auto_prefilter(false))
        .build(pattern)
        .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::lexicon::{
        ACTIVITY_VERB_PATTERN, DEADLINE_VERB_PATTERN, EXAM_ALONE_PATTERN, EXAM_CORRECTION_PATTERN,
        FIRST_CLASS_PATTERN, HAPPENS_VERB_PATTERN, LECTURE_NUMBER_PATTERN, NO_CLASS_PATTERN,
        NOT_AN_EXAM_PATTERN, REGISTRAR_PATTERN, RELEASE_VERB_PATTERN, SELF_STUDY_PATTERN,
    };
    use crate::syllabus::lexicon::{
        GRADE_EXAM_PATTERN, GRADE_HOMEWORK_PATTERN, GRADING_LABEL_PATTERN, LECTURE_LABEL_PATTERN,
        TO_BE_ANNOUNCED_PATTERN,
    };

    proptest::proptest! {
        #[test]
        fn a_pattern_without_its_prefilter_finds_what_it_found_with_one(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "review", "Review", "revisão", "correção", "Correction", "exam", "no class",
                "holiday", "Bayramı", "self-study", "feriado", "sin clases", "due", "DUE", "out",
                "released", "handed  out", "teslimi", "turn in", "will be held", "is on", "held",
                "first class", "Classes begin", "tuition", "last day to", "Lecture", "L", "3",
                "Test 2", "PE 1", "Grading", "lectures", "Meets", "homework", "Midterm", "TBA", "to be announced", "#", ":", "x", "_", "é", " ",
                ".", "-", "\u{301}", "4", "ſ", "**",
            ]), 1..8),
            which in 0usize..17,
        ) {
            let text = words.concat();
            let word_lists = [
                EXAM_CORRECTION_PATTERN, NOT_AN_EXAM_PATTERN, NO_CLASS_PATTERN, SELF_STUDY_PATTERN,
                RELEASE_VERB_PATTERN, DEADLINE_VERB_PATTERN, HAPPENS_VERB_PATTERN,
                ACTIVITY_VERB_PATTERN,
            ];
            // The other shapes the lexicon's patterns are compiled in.
            let pattern = match which {
                8 => format!(r"(?i)^[\W_]*(?:{FIRST_CLASS_PATTERN})\b\s*[:\-–]?\s*"),
                9 => format!(r"(?i){REGISTRAR_PATTERN}"),
                10 => format!(r"(?i)^(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*[0-9]{{1,2}}$"),
                11 => format!(r"(?i)^(?:{EXAM_ALONE_PATTERN})$"),
                12 => format!(r"(?i)^\W*({GRADING_LABEL_PATTERN})\b"),
                13 => format!(r"(?i)\b({LECTURE_LABEL_PATTERN})\b"),
                14 => format!(r"(?i)\b({GRADE_HOMEWORK_PATTERN})"),
                15 => format!(r"(?i)\b({GRADE_EXAM_PATTERN})"),
                16 => format!(r"(?i)\b({TO_BE_ANNOUNCED_PATTERN})\b"),
                _ => format!(r"(?i)\b({})(\b|$)", word_lists[which]),
            };
            let was = regex::Regex::new(&pattern).unwrap().find(&text).map(|m| m.range());
            let now = lean(&pattern).find(text.as_str()).map(|m| m.range());
            proptest::prop_assert_eq!(was, now, "{} on {:?}", which, text);
        }
    }
}
