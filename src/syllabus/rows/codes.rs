//! Codes a document defines for the kinds of its meetings ("L = Lecture, T = Tutorial",
//! "V: Vorlesung, Ü: Übung"): a kind column, or a column without a header, that holds only
//! such a code says that kind. A code nobody defines says nothing: "T" is a tutorial in one
//! syllabus and a theory class (a lecture) in the next.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::WeekRow;
use crate::model::EventKind;
use crate::syllabus::activity::Activity;
use crate::syllabus::letters::{is_capital, is_letter};
use crate::syllabus::lexicon::{EXAM_FIRST_WORDS, LECTURE_KIND_PATTERN, SESSION_PATTERN};

/// A word a code may stand for: a lecture, a session other than a lecture, or an exam.
static KIND_WORD: LazyLock<crate::syllabus::lean::Lean> = LazyLock::new(|| {
    crate::syllabus::lean::lean(&format!(
        r"(?i)^(?:{LECTURE_KIND_PATTERN}|{SESSION_PATTERN})\b"
    ))
});

/// The length of the run of `text`'s first characters that pass `test`.
fn run(text: &str, test: impl Fn(char) -> bool) -> usize {
    text.find(|c: char| !test(c)).unwrap_or(text.len())
}

/// The codes of one or two capitals and the words they stand for in `line`, from left to
/// right: "T = tutorial", "Ü: Übung", "(L) Lecture", "P – Práctica". What the pattern
/// `(?:^|[\s,;(|])\(?(\p{Lu}{1,2})\)?\s*(?:=|:|–|—|\)|-)\s*(\p{L}+(?:\s+\p{L}+)?)` captured
/// (a scanner: compiling it cost a twentieth of a start-up).
fn definitions(line: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some((code, word, end)) = definition_from(line, at) {
        found.push((code, word));
        at = end;
    }
    found
}

/// The leftmost definition at or after `at`: at the very start, or after a space, comma,
/// semicolon, parenthesis or bar. Returns the code, the word and where the definition ends.
fn definition_from(line: &str, at: usize) -> Option<(&str, &str, usize)> {
    if at == 0
        && let Some(d) = definition_at(line, 0)
    {
        return Some(d);
    }
    line.get(at..)?
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace() || matches!(c, ',' | ';' | '(' | '|'))
        .find_map(|(i, c)| definition_at(line, at + i + c.len_utf8()))
}

/// The definition starting at `start` (its optional parenthesis), as the pattern reads it.
fn definition_at(line: &str, start: usize) -> Option<(&str, &str, usize)> {
    let tail = line.get(start..)?;
    let tail = tail.strip_prefix('(').unwrap_or(tail);
    let capitals = run(tail, is_capital);
    if !(1..=2).contains(&tail[..capitals].chars().count()) {
        return None;
    }
    let after = &tail[capitals..];
    // A closing parenthesis is skipped before the separator, or is the separator itself.
    let word = after
        .strip_prefix(')')
        .and_then(defined_word)
        .or_else(|| defined_word(after))?;
    let end = line.len() - word.len();
    let word_len = run(word, is_letter);
    let more = &word[word_len..];
    let spaces = run(more, char::is_whitespace);
    let word_len = match run(&more[spaces..], is_letter) {
        0 => word_len,
        n if spaces > 0 => word_len + spaces + n,
        _ => word_len,
    };
    let code = &tail[..capitals];
    Some((code, &word[..word_len], end + word_len))
}

/// The text from the word after a code's separator (`\s*(?:=|:|–|—|\)|-)\s*` then a letter).
fn defined_word(after_code: &str) -> Option<&str> {
    let rest = after_code.trim_start();
    let rest = rest
        .strip_prefix(['=', ':', '–', '—', ')', '-'])?
        .trim_start();
    rest.starts_with(is_letter).then_some(rest)
}

/// Runs of letters joined by slashes in `line` ("Lecture/Tutorial", "Lecture / Lab"), from
/// left to right: what `\p{L}+(?:\s*/\s*\p{L}+)+` found.
fn initials(line: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < line.len() {
        let Some(start) = line[at..].find(is_letter).map(|i| at + i) else {
            break;
        };
        let mut end = start + run(&line[start..], is_letter);
        let letters_end = end;
        loop {
            let rest = &line[end..];
            let Some(next) = rest.trim_start().strip_prefix('/') else {
                break;
            };
            let next = next.trim_start();
            let letters = run(next, is_letter);
            if letters == 0 {
                break;
            }
            end = line.len() - next.len() + letters;
        }
        if end > letters_end {
            found.push(&line[start..end]);
        }
        at = end;
    }
    found
}

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
        for (code, word) in definitions(line) {
            let word = word.trim();
            if kind_word(word) {
                define(code.to_string(), word);
            }
        }
        for m in initials(line) {
            let words: Vec<&str> = m.split('/').map(str::trim).collect();
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

/// The series a meeting's number belongs to, for a numbering column that counts two kinds
/// of meetings apart ("1", "2", "L0", "3", "L1"): "#" for a bare number, the capitals of a
/// lettered one ("L" for "L3"). [`by_count`] reads them as it reads kind codes.
pub(super) fn numbering(cell: &str) -> Option<String> {
    let t = cell.trim();
    let letters = run(t, is_capital);
    let digits = &t[letters..];
    let numbered = (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    match letters {
        0 if numbered => Some("#".to_string()),
        1 if numbered => Some(t[..letters].to_string()),
        _ => None,
    }
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

    proptest::proptest! {
        #[test]
        fn the_scanners_find_what_the_old_patterns_found(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "L", "T", "Ü", "LT", "ABC", "ǅ", "a", "lecture", "Übung", "Práctica", " ", "  ",
                "\t", "=", ":", "–", "—", ")", "(", "-", ",", ";", "|", "/", " / ", "x", "é",
                "\u{301}", "3", "Ⅳ", "_",
            ]), 1..12),
        ) {
            let text = words.concat();
            static DEFINITION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(
                    r"(?:^|[\s,;(|])\(?(?P<code>\p{Lu}{1,2})\)?\s*(?:=|:|–|—|\)|-)\s*(?P<word>\p{L}+(?:\s+\p{L}+)?)",
                )
                .unwrap()
            });
            let definition = &*DEFINITION;
            let was: Vec<_> = definition
                .captures_iter(&text)
                .map(|c| (c.name("code").unwrap().as_str(), c.name("word").unwrap().as_str()))
                .collect();
            proptest::prop_assert_eq!(was, definitions(&text), "{:?}", text);
            static SLASHES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(r"\p{L}+(?:\s*/\s*\p{L}+)+").unwrap()
            });
            let slashes = &*SLASHES;
            let was: Vec<_> = slashes.find_iter(&text).map(|m| m.as_str()).collect();
            proptest::prop_assert_eq!(was, initials(&text), "{:?}", text);
        }
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
