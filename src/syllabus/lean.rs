//! Patterns of lexicon words compiled without a literal prefilter. The `regex` crate builds
//! one for every pattern (an Aho-Corasick or Teddy searcher of the words, found by literal
//! extraction), which costs about as much as the rest of compiling a word list, and its
//! `Regex` has no switch for it. Cells and lines are short, so searching them without one is
//! cheap; compiling is what a start-up pays (see BENCHMARKS.md, "After (session 4, start-up)").
//! Matches are the same: the prefilter only skips ahead to where a match may begin.
//! [`Grouped`] reads a lean pattern's groups the way `regex::Captures` is read.

use std::ops::Range;

use regex_automata::meta::{Config, Regex};
use regex_automata::util::captures::Captures;

/// `pattern` compiled as `regex::Regex::new` would, without the prefilter.
pub(super) fn lean(pattern: &str) -> Regex {
    Regex::builder()
        .configure(Config::new().auto_prefilter(false))
        .build(pattern)
        .unwrap()
}

/// The groups of one match of a lean pattern in `text`.
pub(super) struct Groups<'h> {
    text: &'h str,
    caps: Captures,
}

/// One group of a match: where it is in the text and what it says.
#[derive(Debug, Clone, Copy)]
pub(super) struct Group<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    pub(super) fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
    pub(super) fn start(&self) -> usize {
        self.start
    }
    pub(super) fn end(&self) -> usize {
        self.end
    }
    pub(super) fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl<'h> Groups<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    pub(super) fn get(&self, i: usize) -> Option<Group<'h>> {
        let span = self.caps.get_group(i)?;
        Some(Group {
            text: self.text,
            start: span.start,
            end: span.end,
        })
    }
    /// The group named `name`, if it took part in the match.
    pub(super) fn name(&self, name: &str) -> Option<Group<'h>> {
        let span = self.caps.get_group_by_name(name)?;
        Some(Group {
            text: self.text,
            start: span.start,
            end: span.end,
        })
    }
}

/// A group's text, or "" for a group that took no part (`regex::Captures` panics there).
impl std::ops::Index<usize> for Groups<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i).map_or("", |g| g.as_str())
    }
}

/// A named group's text, or "" for a group that took no part.
impl std::ops::Index<&str> for Groups<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        self.name(name).map_or("", |g| g.as_str())
    }
}

/// `text` with every match of `re` taken out: `regex::Regex::replace_all(text, "")`.
pub(super) fn remove_all(re: &Regex, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in re.find_iter(text) {
        out.push_str(&text[last..m.start()]);
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// Reading a lean pattern's groups: `captures` and `captures_iter` of `regex::Regex`.
pub(super) trait Grouped {
    /// The groups of the leftmost match in `text`.
    fn groups<'h>(&self, text: &'h str) -> Option<Groups<'h>>;
    /// The groups of every match in `text`, from left to right, not overlapping.
    fn groups_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Groups<'h>>;
}

impl Grouped for Regex {
    fn groups<'h>(&self, text: &'h str) -> Option<Groups<'h>> {
        let mut caps = self.create_captures();
        self.captures(text, &mut caps);
        caps.is_match().then_some(Groups { text, caps })
    }
    fn groups_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Groups<'h>> {
        self.captures_iter(text)
            .map(move |caps| Groups { text, caps })
    }
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

        #[test]
        fn removing_a_lean_patterns_matches_is_replace_all_with_nothing(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Hw", "hw 2", "homework", "Project", "proposal", "2nd", " ", "Midterm 1",
                "exam", "Final", "x", "é", ":", "3", "-",
            ]), 0..8),
        ) {
            use crate::syllabus::lexicon::SUBJECT_PATTERN;
            static OLD: std::sync::LazyLock<regex::Regex> =
                std::sync::LazyLock::new(|| regex::Regex::new(SUBJECT_PATTERN).unwrap());
            static NOW: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| lean(SUBJECT_PATTERN));
            let text = words.concat();
            proptest::prop_assert_eq!(OLD.replace_all(&text, "").to_string(), remove_all(&NOW, &text));
        }

        #[test]
        fn a_lean_patterns_groups_are_the_ones_regex_captured(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Fall", "spring", "Güz", "WS", "ws", "Semester", "sem.", "AY", "2022", "2023",
                "24", "1", "2", "/", "-", "–", " ", ", ", "of", "x", "é", "1st", "º semestre",
                "\u{301}",
            ]), 1..8),
            which in 0usize..3,
        ) {
            use crate::syllabus::lexicon::{SEMESTER_NUMBER_PATTERN, TERM_FILLER_PATTERN};
            let text = words.concat();
            let year = "(?:19|20)[0-9]{2}";
            let pattern = match which {
                0 => format!(
                    r"(?i)\b(fall|spring|güz)\s+(?:(?:{TERM_FILLER_PATTERN})\s+)?({year})(?:\s*[-–/]\s*([0-9]{{2,4}}))?\b"
                ),
                1 => format!(
                    r"(?i)\b(?:AY\s*)?({year}|[0-9]{{2}})\s*[/–-]\s*([0-9]{{2}}|{year})\s*,?\s*(?:{SEMESTER_NUMBER_PATTERN})\.?\s*([12])\b"
                ),
                _ => r"\b((?i:winter)|WS)\s*(?P<y>[0-9]{2,4})(?:\s*/\s*([0-9]{2}))?\b".to_string(),
            };
            let old = regex::Regex::new(&pattern).unwrap();
            let groups = |c: &regex::Captures<'_>| -> Vec<_> {
                c.iter().map(|g| g.map(|g| g.range())).collect()
            };
            let was: Vec<Vec<_>> = old.captures_iter(&text).map(|c| groups(&c)).collect();
            let re = lean(&pattern);
            let now: Vec<Vec<_>> = re
                .groups_iter(&text)
                .map(|g| (0..4).take(old.captures_len()).map(|i| g.get(i).map(|g| g.range())).collect())
                .collect();
            proptest::prop_assert_eq!(&was, &now, "{} on {:?}", which, text);
            let first = re.groups(&text).map(|g| g.get(0).map(|m| m.range()));
            proptest::prop_assert_eq!(first, old.find(&text).map(|m| Some(m.range())));
            if which == 2 {
                let named = re.groups(&text).and_then(|g| g.name("y").map(|m| m.as_str().to_string()));
                let old_named = old.captures(&text).and_then(|c| c.name("y").map(|m| m.as_str().to_string()));
                proptest::prop_assert_eq!(named, old_named);
            }
        }
    }
}
