//! Dates written with a month name ("Oct 4", "Oct 4 - Nov 2, 2022", "4 de octubre de 2022"),
//! read by hand exactly as the two patterns they replace read them (the patterns stay in the
//! tests, which hold the two to the same answers): compiling those patterns, each holding the
//! alternation of every month name of every language, was the largest single cost of a
//! start-up (see BENCHMARKS.md, "After (session 4, start-up)").
//!
//! Each reader tries the patterns' choices in the order their backtracking tries them
//! (greedy optional parts first, alternatives in their order) and returns the first whole
//! match, so the groups it reports are the ones the pattern's captures held.

use std::sync::LazyLock;

use regex_syntax::is_word_character;

use super::fold::{Words, folded, leading_spaces, starts_with_folded};
use super::lexicon::{DATE_CONNECTOR_PATTERN, MONTHS_AFTER_A_SLASH, all_months};
use super::weekdays::weekday_prefix;

/// Every month name, as the alternation of them is tried.
static MONTHS: LazyLock<Words> = LazyLock::new(|| Words::new(all_months().map(|(w, _)| *w)));
/// The connector words ("de") before a month or a year, folded, in their pattern's order.
static CONNECTORS: LazyLock<Vec<String>> =
    LazyLock::new(|| DATE_CONNECTOR_PATTERN.split('|').map(folded).collect());
/// An ordinal ending after a day, in its pattern's order: `(?:st|nd|rd|th|er|º|\.)?`.
const ORDINALS: [&str; 7] = ["st", "nd", "rd", "th", "er", "º", "."];
const DASHES: [char; 3] = ['-', '–', '—'];

/// What a month-name date held: the parts as written and the bytes it took up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found<'t> {
    pub m: &'t str,
    pub d: &'t str,
    pub m2: Option<&'t str>,
    pub d2: Option<&'t str>,
    pub y: Option<&'t str>,
    pub end: usize,
}

/// "Oct 4", "Sept. 12th - Tue Oct 3, 2022", "Mar 4–7": what
/// `(?i)^(?P<m>MONTH)\.?\s*(?P<d>[0-9]{1,2})ORD(?:\s*[-–—]\s*WEEKDAY?(?:(?P<m2>MONTH)\.?\s*)?(?P<d2>[0-9]{1,2})ORD)?(?:,?\s+(?P<y>[0-9]{4}))?\b`
/// matches at the start of `text`.
pub(super) fn month_day(text: &str) -> Option<Found<'_>> {
    for (m, at) in months(text, 0) {
        let at = at + month_dot_spaces(&text[at..]);
        for (d, at) in days(text, at) {
            for at in ordinal(text, at) {
                let ranges = month_day_ranges(text, at).map(Some).chain([None]);
                for range in ranges {
                    let (m2, d2, at) =
                        range.map_or((None, None, at), |(m2, d2, at)| (m2, Some(d2), at));
                    for year in year(text, at, false).map(Some).chain([None]) {
                        let end = year.map_or(at, |(_, end)| end);
                        if boundary(text, end) {
                            let y = year.map(|(y, _)| y);
                            return Some(Found {
                                m,
                                d,
                                m2,
                                d2,
                                y,
                                end,
                            });
                        }
                    }
                }
            }
        }
    }
    None
}

/// The second half of a month-name range after `at`, in the pattern's order:
/// `\s*[-–—]\s*WEEKDAY?(?:(?P<m2>MONTH)\.?\s*)?(?P<d2>[0-9]{1,2})ORD`.
fn month_day_ranges(
    text: &str,
    at: usize,
) -> impl Iterator<Item = (Option<&str>, &str, usize)> + '_ {
    let at = dash(text, at);
    let weekdays = at.map(|at| {
        let w = weekday_prefix(&text[at..]);
        let with = (w > 0).then_some(at + w);
        with.into_iter().chain([at])
    });
    weekdays.into_iter().flatten().flat_map(move |at| {
        let named =
            months(text, at).map(move |(m2, at)| (Some(m2), at + month_dot_spaces(&text[at..])));
        named.chain([(None, at)]).flat_map(move |(m2, at)| {
            days(text, at).flat_map(move |(d2, at)| ordinal(text, at).map(move |at| (m2, d2, at)))
        })
    })
}

/// "4 Oct", "4-7 Oct, 2022", "4 de octubre de 2022", "24-Jan-2022": what
/// `(?i)^(?P<d>[0-9]{1,2})ORD(?:\s*[-–—]\s*(?P<d2>[0-9]{1,2})ORD\s*|\s*-?)OF(?P<m>MONTH)\b\.?(?:(?:,?\s+OF|-)(?P<y>[0-9]{4}))?`
/// matches at the start of `text` (OF an optional connector word and spaces).
pub(super) fn day_month(text: &str) -> Option<Found<'_>> {
    for (d, at) in days(text, 0) {
        for at in ordinal(text, at) {
            let ranges = day_ranges(text, at).map(Some).chain([None]);
            for range in ranges {
                let (d2, at) = range.map_or((None, at), |(d2, at)| (Some(d2), at));
                let at = at + leading_spaces(&text[at..]);
                // "24-Jan", "24-Jan-2022": the month joined by a hyphen.
                let at = at + usize::from(range.is_none() && text[at..].starts_with('-'));
                for at in connector(text, at) {
                    for (m, at) in months(text, at) {
                        if !boundary(text, at) {
                            continue;
                        }
                        let at = at + usize::from(text[at..].starts_with('.'));
                        let (y, end) = year(text, at, true)
                            .next()
                            .or_else(|| dashed_year(text, at))
                            .map_or((None, at), |(y, end)| (Some(y), end));
                        return Some(Found {
                            m,
                            d,
                            m2: None,
                            d2,
                            y,
                            end,
                        });
                    }
                }
            }
        }
    }
    None
}

/// "05/ago", "2/Sep/2026", "07/out": a day and a month name joined by a slash, and the year
/// after a second slash when written: the day, the month, the year and the bytes taken up.
pub(super) fn day_slash_month(text: &str) -> Option<(u32, u32, Option<i32>, usize)> {
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) || text.as_bytes().get(n) != Some(&b'/') {
        return None;
    }
    let day: u32 = text[..n].parse().ok().filter(|d| (1..=31).contains(d))?;
    let rest = &text[n + 1..];
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..len].to_lowercase();
    let month = all_months()
        .chain(MONTHS_AFTER_A_SLASH)
        .find(|(w, _)| *w == word)
        .map(|&(_, m)| m)?;
    let mut end = n + 1 + len;
    end += usize::from(text[end..].starts_with('.'));
    let year = text[end..].strip_prefix('/').and_then(|y| {
        let digits = y.bytes().take_while(u8::is_ascii_digit).count();
        (digits == 4).then(|| y[..4].parse().ok()).flatten()
    });
    Some((day, month, year, end + year.map_or(0, |_| 5)))
}

/// The second day of a day-first range: `\s*[-–—]\s*(?P<d2>[0-9]{1,2})ORD`, in order.
fn day_ranges(text: &str, at: usize) -> impl Iterator<Item = (&str, usize)> + '_ {
    dash(text, at).into_iter().flat_map(move |at| {
        days(text, at).flat_map(move |(d2, at)| ordinal(text, at).map(move |at| (d2, at)))
    })
}

/// After `\s*[-–—]\s*` at `at`, if that is there.
fn dash(text: &str, at: usize) -> Option<usize> {
    let at = at + leading_spaces(&text[at..]);
    let c = text[at..].chars().next().filter(|c| DASHES.contains(c))?;
    let at = at + c.len_utf8();
    Some(at + leading_spaces(&text[at..]))
}

/// Month names at `at` with where each ends, in the alternation's order.
fn months(text: &str, at: usize) -> impl Iterator<Item = (&str, usize)> + '_ {
    let rest = &text[at..];
    MONTHS
        .at(rest)
        .iter()
        .filter_map(move |m| starts_with_folded(rest, m).map(|n| (&rest[..n], at + n)))
}

/// Bytes of `\.?\s*` after a month name: the dot is taken when there, for what follows
/// (spaces or a digit) cannot begin with one.
fn month_dot_spaces(rest: &str) -> usize {
    let dot = usize::from(rest.starts_with('.'));
    dot + leading_spaces(&rest[dot..])
}

/// `[0-9]{1,2}` at `at`: two digits, then one, as the greedy repetition tries them.
fn days(text: &str, at: usize) -> impl Iterator<Item = (&str, usize)> + '_ {
    let n = text[at..]
        .bytes()
        .take(2)
        .take_while(u8::is_ascii_digit)
        .count();
    (1..=n).rev().map(move |k| (&text[at..at + k], at + k))
}

/// Where `ORD` may end after `at`: after the one ending written there, then without one.
fn ordinal(text: &str, at: usize) -> impl Iterator<Item = usize> {
    let rest = &text[at..];
    let written = ORDINALS
        .iter()
        .find_map(|o| starts_with_folded(rest, o))
        .map(|n| at + n);
    written.into_iter().chain([at])
}

/// Where an optional connector (`(?:(?:de|del)\s+)?`) may end after `at`, in order.
fn connector(text: &str, at: usize) -> impl Iterator<Item = usize> + '_ {
    let rest = &text[at..];
    let words = CONNECTORS.iter().filter_map(move |w| {
        let n = starts_with_folded(rest, w)?;
        let spaces = leading_spaces(&rest[n..]);
        (spaces > 0).then_some(at + n + spaces)
    });
    words.chain([at])
}

/// `,?\s+(?P<y>[0-9]{4})` after `at` (with `connector` before the digits when asked): the
/// year and where it ends.
fn year(text: &str, at: usize, connected: bool) -> impl Iterator<Item = (&str, usize)> + '_ {
    let at = at + usize::from(text[at..].starts_with(','));
    let spaces = leading_spaces(&text[at..]);
    let starts: Vec<usize> = if spaces == 0 {
        Vec::new()
    } else if connected {
        connector(text, at + spaces).collect()
    } else {
        vec![at + spaces]
    };
    starts.into_iter().filter_map(move |from| {
        let digits = text[from..].bytes().take(4).take_while(u8::is_ascii_digit);
        (digits.count() == 4).then(|| (&text[from..from + 4], from + 4))
    })
}

/// `-(?P<y>[0-9]{4})` at `at`: the year of "24-Jan-2022".
fn dashed_year(text: &str, at: usize) -> Option<(&str, usize)> {
    let from = at + usize::from(text[at..].starts_with('-'));
    let digits = text[from..].bytes().take(4).take_while(u8::is_ascii_digit);
    (from > at && digits.count() == 4).then(|| (&text[from..from + 4], from + 4))
}

/// `\b` at `at`: a word character on one side only.
fn boundary(text: &str, at: usize) -> bool {
    let before = text[..at]
        .chars()
        .next_back()
        .is_some_and(is_word_character);
    let after = text[at..].chars().next().is_some_and(is_word_character);
    before != after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_and_a_month_name_joined_by_a_slash_are_a_date_even_for_word_like_abbreviations() {
        assert_eq!(day_slash_month("05/ago | 1"), Some((5, 8, None, 6)));
        assert_eq!(day_slash_month("02/set"), Some((2, 9, None, 6)));
        assert_eq!(day_slash_month("7/Out."), Some((7, 10, None, 6)));
        assert_eq!(
            day_slash_month("2/Sep/2026 x"),
            Some((2, 9, Some(2026), 10))
        );
        assert_eq!(day_slash_month("05/agosto"), Some((5, 8, None, 9)));
    }

    #[test]
    fn a_slash_before_another_word_or_a_day_out_of_range_is_no_date() {
        assert_eq!(day_slash_month("1/output"), None);
        assert_eq!(day_slash_month("and/or"), None);
        assert_eq!(day_slash_month("40/ago"), None);
        assert_eq!(day_slash_month("123/ago"), None);
        assert_eq!(day_slash_month("05/"), None);
    }
}
