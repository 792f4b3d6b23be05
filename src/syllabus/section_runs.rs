//! Three-part numbers of a book's sections or exercises ("1.1.10", "2.3.14") read like a
//! day-first dotted date with a two-digit year (1 January 2010). Such a number is no date when
//! it stands in a run of section numbers: joined by a comma, a dash or an "and" word to
//! another three-part number that cannot be a date of that form (its last part a single digit,
//! `1.1.9, 1.1.10`) or that repeats its day and month (`1.1.10-1.1.12`: no range of dates runs
//! from one year's 1 January to another's), or after a word naming a part of a book or an
//! exercise (`Exercise 2.3.14`). A run of real dates (`4.10.22 - 8.10.22`, `Mo 4.10.22, Mi
//! 6.10.22`) and a date with its year in full (`4.10.2022`) or none (`4.10.`) stay dates.

use std::sync::LazyLock;

use super::lean::{Yes, yes};
use super::lexicon::{DATE_AND_WORDS, SECTION_NUMBER_WORDS_PATTERN};

/// A word naming a part of a book or an exercise, ending a text (a space may follow).
static SECTION_WORD_BEFORE: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)(?:^|[^\p{{L}}])(?:{SECTION_NUMBER_WORDS_PATTERN})\.?\s*$"
    ))
});

/// The parts of a three-part number, as written.
struct Parts<'t> {
    day: &'t str,
    month: &'t str,
    last: &'t str,
}

impl Parts<'_> {
    /// Whether this sibling makes a run of section numbers with a number of parts `of`.
    fn is_section_beside(&self, of: &Parts<'_>) -> bool {
        self.last.len() == 1 || (self.day == of.day && self.month == of.month)
    }
}

/// Whether the dotted date with a two-digit year at the start of `at` is a section number of
/// a run, `before` being the text of its line before it. Only a three-part number whose last
/// part has two digits is judged here; anything else is left to the date patterns.
pub(super) fn is_section_number(before: &str, at: &str) -> bool {
    let Some((this, end)) = triple_at(at) else {
        return false;
    };
    if this.last.len() != 2 {
        return false;
    }
    SECTION_WORD_BEFORE.is_match(before)
        || strip_joiner_end(before)
            .and_then(triple_ending)
            .is_some_and(|p| p.is_section_beside(&this))
        || strip_joiner_start(&at[end..])
            .and_then(|t| triple_at(t).map(|(p, _)| p))
            .is_some_and(|p| p.is_section_beside(&this))
}

/// Bytes of one or two ASCII digits at the start of `text`.
fn digits_at(text: &str) -> Option<usize> {
    let n = text.bytes().take(3).take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&n).then_some(n)
}

/// The three-part dotted number (`1.1.10`, each part one or two digits) at the start of
/// `text`, with nothing numeric after it (a dot may end it), and the bytes it takes.
fn triple_at(text: &str) -> Option<(Parts<'_>, usize)> {
    let mut rest = text;
    let mut parts = [""; 3];
    for (i, part) in parts.iter_mut().enumerate() {
        if i > 0 {
            rest = rest.strip_prefix('.')?;
        }
        let n = digits_at(rest)?;
        *part = &rest[..n];
        rest = &rest[n..];
    }
    let at = text.len() - rest.len();
    let after_dot = rest.strip_prefix('.').unwrap_or(rest);
    let numeric = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    if numeric(rest) || (rest.starts_with('.') && numeric(after_dot)) {
        return None;
    }
    let [day, month, last] = parts;
    Some((Parts { day, month, last }, at))
}

/// The three-part dotted number `text` ends with, at its start or after a character that is
/// neither a digit nor a dot.
fn triple_ending(text: &str) -> Option<Parts<'_>> {
    let start = text
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    triple_at(&text[start..])
        .filter(|(_, len)| start + len == text.len())
        .map(|(p, _)| p)
}

/// Punctuation that joins the numbers of a list or a range.
fn is_joining_mark(ch: char) -> bool {
    matches!(ch, ',' | ';' | '&' | '-' | '–' | '—' | '/')
}

/// `text` without the joiner (a mark or an "and" word, spaces around) it ends with.
fn strip_joiner_end(text: &str) -> Option<&str> {
    let t = text.trim_end();
    if let Some(rest) = t.strip_suffix(is_joining_mark) {
        return Some(rest.trim_end());
    }
    let word_at = t
        .char_indices()
        .rfind(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &t[word_at..];
    (word_at > 0 && DATE_AND_WORDS.contains(&word.to_lowercase().as_str()))
        .then(|| t[..word_at].trim_end())
}

/// `text` without the joiner (a mark or an "and" word, spaces around) it starts with.
fn strip_joiner_start(text: &str) -> Option<&str> {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix(is_joining_mark) {
        return Some(rest.trim_start());
    }
    let word_end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let word = &t[..word_end];
    (word_end < t.len() && DATE_AND_WORDS.contains(&word.to_lowercase().as_str()))
        .then(|| t[word_end..].trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_section_number` on a line, the number judged starting at `at`.
    fn judged(line: &str, at: &str) -> bool {
        let i = line.find(at).unwrap();
        is_section_number(&line[..i], &line[i..])
    }

    #[test]
    fn a_range_of_exercises_repeating_day_and_month_is_no_range_of_dates() {
        assert!(judged("Do problems 2.4.11-2.4.16 by Friday", "2.4.11"));
        assert!(judged("Do problems 2.4.11-2.4.16 by Friday", "2.4.16"));
    }

    #[test]
    fn a_two_digit_exercise_in_a_list_with_a_one_digit_one_is_no_date() {
        assert!(judged("Reading: 3.2.7, 3.2.12 and 4.1.1", "3.2.12"));
        assert!(judged("Reading: 3.2.12, 3.2.7", "3.2.12"));
        assert!(judged("Reading: 3.2.7 and 3.2.12", "3.2.12"));
    }

    #[test]
    fn a_number_after_a_book_word_is_no_date() {
        assert!(judged("see Exercise 5.1.20 for practice", "5.1.20"));
        assert!(judged("Ch. 2.3.14", "2.3.14"));
    }

    #[test]
    fn dates_with_a_two_digit_year_stay_dates_in_their_own_runs() {
        assert!(!judged("Mo 4.10.22 - Fr 8.10.22 Einführung", "4.10.22"));
        assert!(!judged("4.10.22 - 8.10.22", "8.10.22"));
        assert!(!judged("Mo 4.10.22, Mi 6.10.22", "6.10.22"));
        assert!(!judged("Abgabe 4.10.22", "4.10.22"));
        assert!(!judged("1.1.10", "1.1.10"));
        assert!(!judged("℞ 1.1.10", "1.1.10"));
        assert!(!judged("℞and 1.1.10", "1.1.10"));
    }

    #[test]
    fn a_full_year_or_no_year_is_not_judged_here() {
        assert!(!judged("Kapitel 4.10.2022", "4.10.2022"));
        assert!(!judged("1.1.9, 4.10.", "4.10."));
        assert!(!judged("Exercise 4.10.", "4.10."));
    }
}
