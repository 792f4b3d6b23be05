//! Codes a document defines for the kinds of its meetings ("L = Lecture, T = Tutorial",
//! "V: Vorlesung, Ü: Übung"): a kind column, or a column without a header, that holds only
//! such a code says that kind. A code nobody defines says nothing: "T" is a tutorial in one
//! syllabus and a theory class (a lecture) in the next.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::WeekRow;
use crate::model::EventKind;
use crate::syllabus::activity::Activity;
use crate::syllabus::lexicon::{EXAM_FIRST_WORDS, LECTURE_KIND_PATTERN, SESSION_PATTERN};

/// A code of one or two capitals and the word it stands for: "T = tutorial", "Ü: Übung",
/// "(L) Lecture", "P – Práctica".
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s,;(|])\(?(?P<code>\p{Lu}{1,2})\)?\s*(?:=|:|–|—|\)|-)\s*(?P<word>\p{L}+(?:\s+\p{L}+)?)")
        .unwrap()
});

/// A word a code may stand for: a lecture, a session other than a lecture, or an exam.
static KIND_WORD: LazyLock<regex_automata::meta::Regex> = LazyLock::new(|| {
    crate::syllabus::lean::lean(&format!(
        r"(?i)^(?:{LECTURE_KIND_PATTERN}|{SESSION_PATTERN})\b"
    ))
});

/// Kind words joined by slashes, as a header names a column of codes by their initials:
/// "Lecture/Tutorial" over cells "L" and "T".
static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{L}+(?:\s*/\s*\p{L}+)+").unwrap());

/// Whether a word is one a code may stand for.
fn kind_word(word: &str) -> bool {
    let first = word.split_whitespace().next().unwrap_or("").to_lowercase();
    KIND_WORD.is_match(word) || EXAM_FIRST_WORDS.contains(&first.as_str())
}

/// The codes the document's lines define, each with the words it stands for: a legend
/// ("T = Tutorial"), or a header of kind words whose initials are the codes
/// ("Lecture/Tutorial"). A code defined twice with different kinds is no code.
pub(in crate::syllabus) fn defined(lines: &[String]) -> BTreeMap<String, String> {
    let mut codes: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut define = |code: String, word: &str| {
        let entry = codes.entry(code).or_insert(Some(word.to_string()));
        if entry
            .as_ref()
            .is_some_and(|w| w.to_lowercase() != word.to_lowercase())
        {
            *entry = None;
        }
    };
    for line in lines {
        for c in DEFINITION.captures_iter(line) {
            let word = c["word"].trim();
            if kind_word(word) {
                define(c["code"].to_string(), word);
            }
        }
        for m in INITIALS.find_iter(line) {
            let words: Vec<&str> = m.as_str().split('/').map(str::trim).collect();
            if words.iter().all(|w| kind_word(w)) {
                for w in words {
                    let initial: String = w.chars().take(1).flat_map(char::to_uppercase).collect();
                    define(initial, w);
                }
            }
        }
    }
    codes
        .into_iter()
        .filter_map(|(code, word)| Some((code, word?)))
        .collect()
}

/// Whether a kind cell is a bare code: one or two capitals ("T", "L", "TP").
pub(super) fn is_code(cell: &str) -> bool {
    let t = cell.trim();
    (1..=2).contains(&t.chars().count()) && t.chars().all(char::is_uppercase)
}

/// Codes no legend defines, read by how often they come: in a table whose kind column
/// holds two codes or more, the one most rows carry is the lecture ("T" twice a week), and
/// a row with another ("L" once a week) is a session, which [`super::session::apart`] sets
/// apart on the days without lectures. With no code ahead of the others, nothing is said.
pub(super) fn by_count(rows: &mut [WeekRow]) {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for r in rows.iter().filter(|r| !r.no_class) {
        if let Some(c) = &r.code {
            *count.entry(c.as_str()).or_default() += 1;
        }
    }
    let mut by_rows: Vec<(usize, &str)> = count.into_iter().map(|(c, n)| (n, c)).collect();
    by_rows.sort_unstable_by(|a, b| b.cmp(a));
    let lecture = match by_rows.as_slice() {
        [(most, code), (next, _), ..] if most > next => code.to_string(),
        _ => return,
    };
    for r in rows.iter_mut() {
        if r.session.is_none() && r.code.as_deref().is_some_and(|c| c != lecture) {
            r.session = Some(vec![Activity::bare(EventKind::Other, r.title.clone())]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(String, String)> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        defined(&lines).into_iter().collect()
    }

    #[test]
    fn a_legend_line_defines_its_codes() {
        assert_eq!(
            codes("L = lecture, T = tutorial"),
            [
                ("L".into(), "lecture".into()),
                ("T".into(), "tutorial".into())
            ]
        );
        assert_eq!(
            codes("V: Vorlesung; Ü: Übung"),
            [
                ("V".into(), "Vorlesung".into()),
                ("Ü".into(), "Übung".into())
            ]
        );
    }

    #[test]
    fn a_header_of_kind_words_defines_their_initials() {
        assert_eq!(
            codes("| Date | Lecture/Tutorial | Topic |"),
            [
                ("L".into(), "Lecture".into()),
                ("T".into(), "Tutorial".into())
            ]
        );
        assert!(codes("Input/Output").is_empty());
    }

    #[test]
    fn a_capital_before_a_colon_that_names_no_kind_defines_nothing() {
        assert!(codes("Q: What do I bring? A: A laptop.").is_empty());
        assert!(codes("Room B: Hall 3").is_empty());
    }

    #[test]
    fn codes_as_frequent_as_each_other_say_nothing() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2027, 3, d).unwrap();
        let row = |d, code: &str| WeekRow {
            code: Some(code.into()),
            ..WeekRow::for_test(1, day(d))
        };
        let mut rows = vec![row(1, "T"), row(2, "L"), row(8, "T"), row(9, "L")];
        by_count(&mut rows);
        assert!(rows.iter().all(|r| r.session.is_none()));
        let mut rows = vec![row(1, "T"), row(2, "L"), row(4, "T")];
        by_count(&mut rows);
        let sessions: Vec<bool> = rows.iter().map(|r| r.session.is_some()).collect();
        assert_eq!(sessions, [false, true, false]);
    }
}
