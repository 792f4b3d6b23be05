//! Two spellings of `spellings` read by hand instead of by pattern: a month name joined to its
//! day by dashes ("Mon-Jul-03") and a day, a month name and a two-digit year ("3 Jul 23").
//! Their patterns repeat `\p{L}` up to 21 times, and each copy of that Unicode class is
//! compiled forwards and backwards: 20 M instructions, a tenth of a first run on the
//! reference (see BENCHMARKS.md, "After (session 9, parser cost)"). A test holds each reader
//! to its pattern, which it reads exactly as the regex engine would (leftmost-first, greedy).

use std::ops::Range;

use crate::syllabus::letters::is_letter;

/// What `^(?:(?P<w>\p{L}{1,9})\.?-)?(?P<m>\p{L}{3,12})\.?-(?P<d>[0-9]{1,2})(?:-(?P<y>[0-9]{4}|[0-9]{2}))?`
/// matched: "Jul-03", "Mon-Jul-03", "M-Jul-03-2023".
#[derive(Debug, PartialEq, Eq)]
pub(super) struct MonthDashDay {
    pub w: Option<Range<usize>>,
    pub m: Range<usize>,
    pub d: Range<usize>,
    pub y: Option<Range<usize>>,
    pub end: usize,
}

/// What `^(?P<d>[0-9]{1,2})(?P<s>[ -])(?P<m>\p{L}{3,12})\.?[ -](?P<y>[0-9]{2})` matched:
/// "3 Jul 23", "03-Jul-23".
#[derive(Debug, PartialEq, Eq)]
pub(super) struct ShortYear {
    pub d: Range<usize>,
    pub m: Range<usize>,
    pub y: Range<usize>,
    pub end: usize,
}

/// The letters (`\p{L}`) `text` begins with: their bytes and how many there are.
fn letters(text: &str) -> (usize, usize) {
    text.char_indices()
        .take_while(|&(_, c)| is_letter(c))
        .fold((0, 0), |(_, n), (i, c)| (i + c.len_utf8(), n + 1))
}

/// How many ASCII digits `text` begins with.
fn digits(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

/// The bytes of `\.?-` at the start of `text`, if it begins so.
fn dot_dash(text: &str) -> Option<usize> {
    if text.starts_with(".-") {
        Some(2)
    } else {
        text.starts_with('-').then_some(1)
    }
}

/// A run of letters fills a bounded repetition of `\p{L}` only whole: what follows it is never
/// a letter, so a shorter take cannot be followed by the `.`, `-` or space the patterns need.
fn letter_run(text: &str, at: usize, counts: Range<usize>) -> Option<usize> {
    let (bytes, n) = letters(&text[at..]);
    counts.contains(&n).then_some(at + bytes)
}

/// A [`MonthDashDay`] without its weekday, from `at`.
fn month_dash_day_from(text: &str, at: usize) -> Option<MonthDashDay> {
    let month_end = letter_run(text, at, 3..13)?;
    let day = month_end + dot_dash(&text[month_end..])?;
    let day_end = day + digits(&text[day..]).min(2);
    if day_end == day {
        return None;
    }
    let year = text[day_end..]
        .starts_with('-')
        .then(|| {
            let from = day_end + 1;
            match digits(&text[from..]) {
                n if n >= 4 => Some(from..from + 4),
                n if n >= 2 => Some(from..from + 2),
                _ => None,
            }
        })
        .flatten();
    Some(MonthDashDay {
        w: None,
        m: at..month_end,
        d: day..day_end,
        end: year.as_ref().map_or(day_end, |y| y.end),
        y: year,
    })
}

/// [`MonthDashDay`] at the start of `text`: with the weekday first if that reads, else without.
pub(super) fn month_dash_day(text: &str) -> Option<MonthDashDay> {
    let with_weekday = letter_run(text, 0, 1..10).and_then(|w_end| {
        let from = w_end + dot_dash(&text[w_end..])?;
        let found = month_dash_day_from(text, from)?;
        Some(MonthDashDay {
            w: Some(0..w_end),
            ..found
        })
    });
    with_weekday.or_else(|| month_dash_day_from(text, 0))
}

/// [`ShortYear`] at the start of `text`.
pub(super) fn short_year(text: &str) -> Option<ShortYear> {
    let day_end = digits(text);
    if !(1..=2).contains(&day_end) || !matches!(text.as_bytes().get(day_end), Some(b' ' | b'-')) {
        return None;
    }
    let month_end = letter_run(text, day_end + 1, 3..13)?;
    let mut at = month_end + usize::from(text[month_end..].starts_with('.'));
    if !matches!(text.as_bytes().get(at), Some(b' ' | b'-')) {
        return None;
    }
    at += 1;
    (digits(&text[at..]) >= 2).then(|| ShortYear {
        d: 0..day_end,
        m: day_end + 1..month_end,
        y: at..at + 2,
        end: at + 2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(m: Option<regex::Match<'_>>) -> Option<Range<usize>> {
        m.map(|m| m.range())
    }

    proptest::proptest! {
        #[test]
        fn the_hand_readers_match_what_their_patterns_matched(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "Jul", "jul", "Mon", "M", "R", "Septembre", "Ekim", "Ağu", "März", "ſep", "Abcdefghijklm",
                "Abcdefghij", "é", "中", "\u{301}", "ǅ", "Ⅻ", "-", ".", " ", "0", "3", "03", "12",
                "2023", "23", "123", "x", "_", "/",
            ]), 0..8),
        ) {
            use std::sync::LazyLock;
            static MONTH_DASH_DAY: LazyLock<regex::Regex> = LazyLock::new(|| {
                regex::Regex::new(r"^(?:(?P<w>\p{L}{1,9})\.?-)?(?P<m>\p{L}{3,12})\.?-(?P<d>[0-9]{1,2})(?:-(?P<y>[0-9]{4}|[0-9]{2}))?").unwrap()
            });
            static SHORT_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
                regex::Regex::new(r"^(?P<d>[0-9]{1,2})(?P<s>[ -])(?P<m>\p{L}{3,12})\.?[ -](?P<y>[0-9]{2})").unwrap()
            });
            let text = pieces.concat();
            let was = MONTH_DASH_DAY.captures(&text).map(|c| MonthDashDay {
                w: range(c.name("w")),
                m: c.name("m").unwrap().range(),
                d: c.name("d").unwrap().range(),
                y: range(c.name("y")),
                end: c.get(0).unwrap().end(),
            });
            proptest::prop_assert_eq!(was, month_dash_day(&text), "{:?}", text);
            let was = SHORT_YEAR.captures(&text).map(|c| ShortYear {
                d: c.name("d").unwrap().range(),
                m: c.name("m").unwrap().range(),
                y: c.name("y").unwrap().range(),
                end: c.get(0).unwrap().end(),
            });
            proptest::prop_assert_eq!(was, short_year(&text), "{:?}", text);
        }
    }

    #[test]
    fn a_weekday_that_leads_to_no_month_is_read_as_the_month() {
        // "Jul-03" after a failed weekday reading: the pattern backtracks to no weekday.
        let found = month_dash_day("Jul-03-2023x").unwrap();
        assert_eq!(
            (found.w, found.m, found.d, found.y),
            (None, 0..3, 4..6, Some(7..11))
        );
        let found = month_dash_day("Mon.-Jul-3").unwrap();
        assert_eq!((found.w, found.m, found.end), (Some(0..3), 5..8, 10));
        assert_eq!(short_year("3 Jul. 23rd").map(|s| s.end), Some(9));
        assert_eq!(short_year("123 Jul 23"), None);
    }
}
