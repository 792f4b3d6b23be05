//! The weekday work falls due on, as its own text names it: "due Wednesday", "bis Fr.",
//! "(viernes)", "by Thu": counted from the row's date (see `Context::activity_day`).

use chrono::Weekday;

use crate::syllabus::dates::weekday;
use crate::syllabus::lexicon::{BY_DAY_WORDS, WEEKDAY_NAMES, WEEKDAYS_EU_SHORT};

/// The words of a text with their byte offsets; a word keeps its inner hyphen
/// ("sexta-feira").
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inner = c.is_alphabetic() || c == '-' && start.is_some();
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, text[s..i].trim_end_matches('-')));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text[s..].trim_end_matches('-')));
    }
    out
}

/// Whether `word` (lower case) is a full weekday name of any language the lexicon knows, or
/// an English short one ("Wed", "Thurs").
fn plain_weekday(word: &str) -> bool {
    WEEKDAY_NAMES.into_iter().flatten().any(|(n, _)| *n == word)
}

/// The first weekday the text names, and where its phrase starts (at the "by" word before
/// it, if there is one): a full name anywhere, a short one of another language only right
/// after a [`BY_DAY_WORDS`] word ("bis Fr.": alone, "Fr" or "do" are other words).
pub(crate) fn find(text: &str) -> Option<(usize, Weekday)> {
    let ws = words(text);
    for (i, &(at, w)) in ws.iter().enumerate() {
        let lower = w.to_lowercase();
        let after_by = i
            .checked_sub(1)
            .map(|j| ws[j])
            .filter(|(_, b)| BY_DAY_WORDS.contains(&b.to_lowercase().as_str()));
        let short = WEEKDAYS_EU_SHORT.iter().any(|(n, _)| *n == lower);
        if plain_weekday(&lower) || short && after_by.is_some() {
            let day = weekday(&lower).or_else(|| {
                WEEKDAYS_EU_SHORT
                    .iter()
                    .find(|(n, _)| *n == lower)
                    .map(|(_, d)| *d)
            })?;
            return Some((after_by.map_or(at, |(b, _)| b), day));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekday_is_found_in_many_languages() {
        assert_eq!(
            find("due Wednesday by 5pm").map(|f| f.1),
            Some(Weekday::Wed)
        );
        assert_eq!(find("bis Fr.").map(|f| f.1), Some(Weekday::Fri));
        assert_eq!(find(" (viernes)").map(|f| f.1), Some(Weekday::Fri));
        assert_eq!(find("à rendre vendredi").map(|f| f.1), Some(Weekday::Fri));
        assert_eq!(find("due Thu").map(|f| f.1), Some(Weekday::Thu));
        assert_eq!(find("Blatt 3 bis Fr.").map(|f| f.0), Some(8));
    }

    #[test]
    fn a_short_weekday_of_another_language_counts_only_after_a_by_word() {
        assert_eq!(find("Blatt 3 Fr"), None);
        assert_eq!(find("do zrobienia"), None);
        assert_eq!(find("Chapter 3 (due to time)"), None);
    }
}
