//! Dates as syllabi write them; the terms that supply their year are read in `terms`.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;
use serde::Serialize;

use super::fold::leading_spaces;
use super::lexicon::{
    CJK_DAY_MARK_PATTERN, CJK_MONTH_MARK_PATTERN, CJK_WEEKDAY_PATTERN, CJK_YEAR_MARK_PATTERN,
    WEEKDAY_NAMES, WEEKDAY_PLURAL_ENDINGS, WEEKDAYS_ALONE_ONLY, all_months,
};
use super::memo::PerDocument;
use super::month_day;
use super::section_runs;
use super::spellings;
pub use super::terms::{find_term, parse_term, term_from_date, term_match};
use super::weekdays::{weekday_prefix, weekdays_before_a_date};
use crate::model::Term;

/// Day and month order for numeric dates such as 10/04/2022.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Day first: 04/10/2022 is 4 October.
    Dmy,
    /// Month first: 10/04/2022 is 4 October.
    Mdy,
}

/// A date as written: the year may be missing, and slash dates may be ambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawDate {
    /// Month known by name or position.
    Known {
        /// 1-12.
        month: u32,
        /// Day of month as written (not yet validated).
        day: u32,
        /// Year, if written.
        year: Option<i32>,
    },
    /// `a/b[/y]`: which of `a` and `b` is the month is decided for the whole document.
    Slash {
        /// First number.
        a: u32,
        /// Second number.
        b: u32,
        /// Year, if written.
        year: Option<i32>,
    },
}

/// A date or a range of dates found at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    /// First day.
    pub start: RawDate,
    /// Last day of a range such as "Feb 12-14".
    pub end: Option<RawDate>,
    /// Bytes of the text the date took up.
    pub len: usize,
}

/// Month number of a (possibly abbreviated) month name of any language the lexicon knows.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    all_months().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Any month name, as a non-capturing group.
#[cfg(test)]
static MONTH_RE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "(?:{})",
        super::lexicon::alternation(all_months().map(|(w, _)| *w))
    )
});
/// An optional weekday in front of a date: "Tue Oct 4", "Pzt, 4 Ekim".
#[cfg(test)]
static WEEKDAY_RE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?:(?:{})\.?,?\s+)?",
        super::lexicon::alternation(weekdays_before_a_date())
    )
});

/// The letters a date written with a word begins with: the leading letters of every weekday
/// and month name, folded as [`first_letters`] folds a text.
/// (foldhash: asked at every word a date is searched at, where SipHash was a tenth of the cost.)
static DATE_WORD_STARTS: LazyLock<std::collections::HashSet<String, foldhash::fast::FixedState>> =
    LazyLock::new(|| {
        weekdays_before_a_date()
            .chain(all_months().map(|(w, _)| *w))
            .map(first_letters)
            .collect()
    });

/// The letters `text` begins with, lowercased (and long s as s, as the patterns' `(?i)` reads it).
fn first_letters(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ſ' { 's' } else { c })
        .collect()
}

/// False when no pattern of [`parse_date_prefix`] can match: every one begins with a digit, a
/// weekday or a month name, so a text beginning with any other word is turned away without
/// running them. `find_date` asks this at every word of a document; it is most of the parse.
fn may_begin_a_date(text: &str) -> bool {
    if !text.starts_with(char::is_alphabetic) {
        return true;
    }
    // Most words are short and ASCII: lowercased on the stack, without an allocation.
    let word = text
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut buf = [0u8; 16];
    match buf.get_mut(..word.len()) {
        Some(low) if word.is_ascii() => {
            low.copy_from_slice(word.as_bytes());
            low.make_ascii_lowercase();
            std::str::from_utf8(low).is_ok_and(|w| DATE_WORD_STARTS.contains(w))
        }
        _ => DATE_WORD_STARTS.contains(&first_letters(text)),
    }
}
#[cfg(test)]
const ORD: &str = r"(?:st|nd|rd|th|er|º|\.)?";
/// An optional connector word before a month or a year: "11 de septiembre de 2025".
#[cfg(test)]
static OF: LazyLock<String> =
    LazyLock::new(|| format!(r"(?:(?:{})\s+)?", super::lexicon::DATE_CONNECTOR_PATTERN));

// A month name and a day, or a day and a month name, after an optional weekday read by
// `weekday_prefix` ("Tue Oct 4", "Pzt, 4 Ekim"); a range's second weekday stays in the pattern.
#[cfg(test)]
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<m>{mo})\.?\s*(?P<d>[0-9]{{1,2}}){ORD}(?:\s*[-–—]\s*{wd}(?:(?P<m2>{mo})\.?\s*)?(?P<d2>[0-9]{{1,2}}){ORD})?(?:,?\s+(?P<y>[0-9]{{4}}))?\b"
    ,
        wd = *WEEKDAY_RE, mo = *MONTH_RE
    ))
    .unwrap()
});
#[cfg(test)]
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<d>[0-9]{{1,2}}){ORD}(?:\s*[-–—]\s*(?P<d2>[0-9]{{1,2}}){ORD}\s*|\s*-?){of}(?P<m>{mo})\b\.?(?:(?:,?\s+{of}|-)(?P<y>[0-9]{{4}}))?"
    ,
        mo = *MONTH_RE, of = *OF
    ))
    .unwrap()
});
// The numeric patterns below are what follows an optional weekday ("Tue 2022-10-04"): the
// weekday is read by `weekday_prefix`, not compiled into each of them (most of their cost).
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})\b").unwrap()
});
static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4}|[0-9]{2}\b)?").unwrap()
});
/// Two-digit day and month with a dot and no year: "07.04", "08.29", "18.08-22.08". Which
/// is the month is decided for the whole document, as for slash dates.
static DOTTED_SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?P<a>[0-9]{2})\.(?P<b>[0-9]{2})\.?(?:\s*[-–—]\s*(?P<a2>[0-9]{1,2})\.(?P<b2>[0-9]{2})\.?)?(?P<after>[.:]?[0-9]|\s*(?:h\b|uhr\b|[ap]\.?m\b))?",
    )
    .unwrap()
});
/// One slash date: "9/18", "9/18/2022"; a range ("9/18 - 9/22") is two, read by `numeric_pair`.
static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?:/(?P<y>[0-9]{4}|[0-9]{2}))?\b").unwrap()
});

/// Day, month and a four-digit year joined by dashes: "23-02-2022", "2-9-2024". Without the
/// year a dashed pair is a range or a score ("2-9"), so the year is required; which number is
/// the month is decided for the whole document, as for slash dates.
static DASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<a>[0-9]{1,2})-(?P<b>[0-9]{1,2})-(?P<y>(?:19|20)[0-9]{2})\b").unwrap()
});

/// Chinese, Japanese and Korean dates: "2026年4月7日", "4月7日", "03월 22일 (금)".
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<y>[0-9]{{4}})\s*(?:{CJK_YEAR_MARK_PATTERN})\s*)?(?P<m>[0-9]{{1,2}})\s*(?:{CJK_MONTH_MARK_PATTERN})\s*(?P<d>[0-9]{{1,2}})\s*(?:{CJK_DAY_MARK_PATTERN})(?:\s*{CJK_WEEKDAY_PATTERN})?"
    ))
    .unwrap()
});
/// A bracketed weekday after a slash date: "4/7(火)".
static CJK_WEEKDAY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{CJK_WEEKDAY_PATTERN}")).unwrap());

fn year_of(s: Option<regex::Match<'_>>) -> Option<i32> {
    year_of_str(s?.as_str())
}

fn year_of_str(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    Some(if y < 100 { 2000 + y } else { y })
}

fn num(c: &regex::Captures<'_>, name: &str) -> Option<u32> {
    c.name(name)?.as_str().parse().ok()
}

/// Reads a date (or a date range) at the start of `text`. Each pattern tried here begins with
/// a digit, a weekday or a month name (a new one beginning otherwise needs
/// `may_begin_a_date` widened).
pub fn parse_date_prefix(text: &str) -> Option<DateSpan> {
    thread_local! {
        static READ: PerDocument<Option<DateSpan>> = PerDocument::new();
    }
    READ.with(|m| m.get(text, read_date_prefix))
}

/// [`parse_date_prefix`], not remembered: `find_date` tries it at every word, whose texts
/// (the rest of the line) are each tried once.
fn read_date_prefix(text: &str) -> Option<DateSpan> {
    if let Some(span) = spellings::before_common(text) {
        return Some(span);
    }
    if may_begin_a_date(text) {
        date_by_patterns(text).or_else(|| numbered_weekday_date(text))
    } else {
        None
    }
    .or_else(|| spellings::after_common(text))
}

/// "15.Miércoles 6/5", "27. Wed 17/6": a class number with its dot before a weekday and its
/// date, as a numbered list of meetings writes them; the number is part of no date, so the
/// date is read after it (only before a weekday: "1.4" stays whatever the patterns make of it).
fn numbered_weekday_date(text: &str) -> Option<DateSpan> {
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) || text.as_bytes().get(n) != Some(&b'.') {
        return None;
    }
    let from = n + 1 + leading_spaces(&text[n + 1..]);
    let rest = &text[from..];
    if weekday_prefix(rest) == 0 {
        return None;
    }
    let span = date_by_patterns(rest)?;
    Some(DateSpan {
        len: from + span.len,
        ..span
    })
}

/// [`parse_date_prefix`] without the quick refusal.
fn date_by_patterns(text: &str) -> Option<DateSpan> {
    // Numeric dates with the month in place: "2022-10-04", "04.10.2022", "2026年4月7日".
    let weekday = weekday_prefix(text);
    let numeric: [(&LazyLock<Regex>, usize, Gate, bool); 3] = [
        (&ISO, weekday, may_be_iso, false),
        (&DOTTED, weekday, may_be_dotted, true),
        (&CJK, 0, may_be_cjk, false),
    ];
    for (re, from, may_match, ranged) in numeric {
        let rest = &text[from..];
        if may_match(rest)
            && let Some(c) = re.captures(rest)
            && !section_number(rest, &c)
        {
            let year = year_of(c.name("y"));
            let start = RawDate::Known {
                month: num(&c, "m")?,
                day: num(&c, "d")?,
                year,
            };
            let len = from + c.get(0)?.end();
            // "23.04. - 07.05.": a range of day-first dates, as "Feb 12-14" is.
            let range = ranged
                .then(|| dotted_range_end(&text[len..], year))
                .flatten();
            return Some(match range {
                Some((end, more)) => DateSpan {
                    start,
                    end: Some(end),
                    len: len + more,
                },
                None => DateSpan {
                    start,
                    end: None,
                    len,
                },
            });
        }
    }
    if let Some(span) = dotted_short(text, weekday) {
        return Some(span);
    }
    if let Some(span) = numeric_pair(text, weekday) {
        return Some(span);
    }
    if let Some(span) = [weekday, 0].into_iter().find_map(|from| {
        let (day, month, year, len) = month_day::day_slash_month(&text[from..])?;
        Some(DateSpan {
            start: RawDate::Known { month, day, year },
            end: None,
            len: from + len,
        })
    }) {
        return Some(span);
    }
    month_name_span(text, weekday)
}

/// A date written with a month name ("Oct 4", "4 Oct", "Oct 4 - Nov 2, 2022"), after the
/// weekday (`weekday` bytes) if one is there.
fn month_name_span(text: &str, weekday: usize) -> Option<DateSpan> {
    let (from, c) = month_name_date(text, weekday)?;
    if let Some(span) = day_first_across_months(text, from, &c) {
        return Some(span);
    }
    let month = month_number(c.m)?;
    let year = c.y.and_then(year_of_str);
    let start = RawDate::Known {
        month,
        day: c.d.parse().ok()?,
        year,
    };
    let end = match c.d2.and_then(|d| d.parse().ok()) {
        Some(d2) => {
            let m2 = c.m2.and_then(month_number).unwrap_or(month);
            Some(RawDate::Known {
                month: m2,
                day: d2,
                year,
            })
        }
        None => None,
    };
    let len = from + c.end;
    // "January 10, 2022 - January 16, 2022": a range whose first end writes its year too.
    if end.is_none()
        && year.is_some()
        && let Some((end, more)) = year_range_end(&text[len..], year)
    {
        return Some(DateSpan {
            start,
            end: Some(end),
            len: len + more,
        });
    }
    Some(DateSpan { start, end, len })
}

/// The second date of a month-name range after a first that wrote its year (`` - January 16,
/// 2022``): the date, its year or the first's, and the bytes read with the dash. Read apart,
/// the two ends were two meetings (a Monday and a Sunday) instead of a week.
fn year_range_end(text: &str, year: Option<i32>) -> Option<(RawDate, usize)> {
    let at = range_dash(text)?;
    let c = month_day::month_day(&text[at..]).or_else(|| month_day::day_month(&text[at..]))?;
    if c.d2.is_some() {
        return None;
    }
    let end = RawDate::Known {
        month: month_number(c.m)?,
        day: c.d.parse().ok()?,
        year: c.y.and_then(year_of_str).or(year),
    };
    Some((end, at + c.end))
}

/// A day-first range whose ends each name their month ("30 September - 4 October", "28
/// octobre - 2 novembre 2024", "4 May - 9 May"): a week of a schedule, often crossing a
/// month's end. `c` read the first end (`text[from..]`); the year, when written, follows the second.
fn day_first_across_months(text: &str, from: usize, c: &month_day::Found<'_>) -> Option<DateSpan> {
    let first = &text[from..];
    if c.d2.is_some() || c.y.is_some() || !first.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let after = &first[c.end..];
    let gap = leading_spaces(after);
    let dash = after[gap..]
        .chars()
        .next()
        .filter(|ch| matches!(ch, '-' | '–' | '—'))?;
    let at = c.end + gap + dash.len_utf8();
    let at = at + leading_spaces(&first[at..]);
    let second = month_day::day_month(&first[at..]).filter(|f| f.d2.is_none())?;
    let year = second.y.and_then(year_of_str);
    let (month, month2) = (month_number(c.m)?, month_number(second.m)?);
    let (day, day2): (u32, u32) = (c.d.parse().ok()?, second.d.parse().ok()?);
    // A range runs forward: "4 May - 9 May" is one, "9 May - 4 May" none.
    (month2 != month || day2 > day).then_some(DateSpan {
        start: RawDate::Known { month, day, year },
        end: Some(RawDate::Known {
            month: month2,
            day: day2,
            year,
        }),
        len: from + at + second.end,
    })
}

/// A date written with a month name after the weekday (`weekday` bytes) if one is there, else
/// from the start, with the offset it was read from: "Oct 4", then "4 Oct".
fn month_name_date(text: &str, weekday: usize) -> Option<(usize, month_day::Found<'_>)> {
    let starts = if weekday > 0 {
        [Some(weekday), Some(0)]
    } else {
        [Some(0), None]
    };
    let month_day_first = starts.into_iter().flatten().find_map(|from| {
        let rest = &text[from..];
        may_be_month_day(rest)
            .then(|| month_day::month_day(rest))
            .flatten()
            .map(|c| (from, c))
    });
    month_day_first.or_else(|| {
        starts.into_iter().flatten().find_map(|from| {
            let rest = &text[from..];
            may_be_day_month(rest)
                .then(|| month_day::day_month(rest))
                .flatten()
                .map(|c| (from, c))
        })
    })
}

/// What `^{WEEKDAY_RE}BODY` matched, for a pattern `re` that is BODY: `re` after the weekday
/// (`weekday` bytes) if one is there, else from the start; with the offset it ran from.
/// `may_match` is a quick test of the text's start that `re` needs: without it `re` is not
/// run (nor compiled).
fn after_weekday<'t>(
    re: &LazyLock<Regex>,
    text: &'t str,
    weekday: usize,
    may_match: Gate,
) -> Option<(usize, regex::Captures<'t>)> {
    let starts = if weekday > 0 {
        vec![weekday, 0]
    } else {
        vec![0]
    };
    starts.into_iter().find_map(|from| {
        let rest = &text[from..];
        if may_match(rest) {
            re.captures(rest).map(|c| (from, c))
        } else {
            None
        }
    })
}

/// A quick test of what a pattern needs the text to begin with (its weekday, if any, read
/// already): false when the pattern cannot match there.
type Gate = fn(&str) -> bool;

fn may_be_iso(text: &str) -> bool {
    digits_then(text, 4, 4, b'-')
}
fn may_be_dotted(text: &str) -> bool {
    digits_then(text, 1, 2, b'.')
}
fn may_be_dotted_short(text: &str) -> bool {
    digits_then(text, 2, 2, b'.')
}
fn may_be_dashed(text: &str) -> bool {
    digits_then(text, 1, 2, b'-')
}
fn may_be_slashed(text: &str) -> bool {
    digits_then(text, 1, 2, b'/')
}
fn may_be_cjk(text: &str) -> bool {
    // The month marks are not ASCII: an ASCII text (most) holds none.
    text.starts_with(|c: char| c.is_ascii_digit())
        && !text.is_ascii()
        && CJK_MONTH_MARK_PATTERN.split('|').any(|m| text.contains(m))
}
fn may_be_month_day(text: &str) -> bool {
    text.starts_with(char::is_alphabetic)
}
fn may_be_day_month(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `text` begins with `min` to `max` ASCII digits and then the byte `next`: the start
/// a numeric pattern needs, tested before running (and compiling) it.
fn digits_then(text: &str, min: usize, max: usize, next: u8) -> bool {
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    (min..=max).contains(&n) && text.as_bytes().get(n) == Some(&next)
}

/// A dashed or slashed date whose order the document decides: "23-02-2022", "9/18",
/// "9/18 - 9/22", "4/7(火)".
fn numeric_pair(text: &str, weekday: usize) -> Option<DateSpan> {
    let from = weekday;
    if let Some((from, c)) = after_weekday(&DASHED, text, from, may_be_dashed) {
        return Some(DateSpan {
            start: RawDate::Slash {
                a: num(&c, "a")?,
                b: num(&c, "b")?,
                year: year_of(c.name("y")),
            },
            end: None,
            len: from + c.get(0)?.end(),
        });
    }
    if let Some((from, c)) = after_weekday(&SLASHED, text, from, may_be_slashed) {
        let year = year_of(c.name("y"));
        // "el día 2/4 de diciembre", "9/11 December": two days of the month named after them
        // (one per class day), not a month and a day; the later day is read with its month.
        let b_at = from + c.name("b")?.start();
        if year.is_none() && month_day::day_month(&text[b_at..]).is_some() {
            return None;
        }
        let start = RawDate::Slash {
            a: num(&c, "a")?,
            b: num(&c, "b")?,
            year,
        };
        let mut len = from + c.get(0)?.end();
        let end = match slash_range_end(&text[len..]) {
            Some((a, b, end_year, more)) => {
                len += more;
                Some(RawDate::Slash {
                    a,
                    b,
                    year: end_year.or(year),
                })
            }
            None => match (start, slash_range_day(&text[len..])) {
                // "8/26-28": the end is a later day of the first date's month, a few days on.
                (RawDate::Slash { a, b, year }, Some((day, more))) if day > b && day - b <= 6 => {
                    len += more;
                    Some(RawDate::Slash { a, b: day, year })
                }
                _ => None,
            },
        };
        // The bracket first: most documents have none, and the pattern is then not compiled.
        let bracket = text[len..].trim_start().starts_with(['(', '（']);
        let weekday_after = bracket
            .then(|| CJK_WEEKDAY_AFTER.find(&text[len..]))
            .flatten()
            .map_or(0, |m| m.end());
        return Some(DateSpan {
            start,
            end,
            len: len + weekday_after,
        });
    }
    None
}

/// The second date of a slash range right after the first ("9/18 - 9/22", "Mon 9/18 – Fri
/// 9/22"): its numbers, its year and the bytes it took up with the dash
/// (`\s*[-–—]\s*` and a weekday, as in front of the first).
fn slash_range_end(text: &str) -> Option<(u32, u32, Option<i32>, usize)> {
    let at = range_dash(text)?;
    let rest = &text[at..];
    let c = may_be_slashed(rest)
        .then(|| SLASHED.captures(rest))
        .flatten()?;
    Some((
        num(&c, "a")?,
        num(&c, "b")?,
        year_of(c.name("y")),
        at + c.get(0)?.end(),
    ))
}

/// The bare day that ends a slash range of one month ("8/26-28", "9/2 – 4"): the day and
/// the bytes taken with the dash. Only a day alone: never the start of a date, a time or a
/// count ("8/26-9/1", "8/26 - 2pm", "8/26-28 students" keep their reading).
fn slash_range_day(text: &str) -> Option<(u32, usize)> {
    let at = range_dash(text)?;
    let digits = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = text[at + digits..].trim_start();
    let ends = after.is_empty()
        || after.starts_with([',', ';', ')', '|'])
        || text[at + digits..].starts_with("  ")
        || after.starts_with(|c: char| c.is_uppercase());
    if text[at + digits..].starts_with(['/', '.', ':', '-']) || !ends {
        return None;
    }
    Some((text[at..at + digits].parse().ok()?, at + digits))
}

/// Bytes of what joins the two dates of a range and comes before the second date's digits:
/// spaces, a dash (`-`, `--`, `–`, `—`), spaces and an optional weekday (" -- Wed ").
fn range_dash(text: &str) -> Option<usize> {
    let mut at = leading_spaces(text);
    at += ["--", "-", "–", "—"]
        .into_iter()
        .find(|d| text[at..].starts_with(*d))?
        .len();
    at += leading_spaces(&text[at..]);
    Some(at + weekday_prefix(&text[at..]))
}

/// The second date of a day-first dotted range, after the first ("` - Di 07.05.`"): the date
/// and the bytes read, dash and weekday included. A date without a year takes the first's.
fn dotted_range_end(text: &str, year: Option<i32>) -> Option<(RawDate, usize)> {
    let at = range_dash(text)?;
    let rest = &text[at..];
    let c = may_be_dotted(rest)
        .then(|| DOTTED.captures(rest))
        .flatten()?;
    let end = RawDate::Known {
        month: num(&c, "m")?,
        day: num(&c, "d")?,
        year: year_of(c.name("y")).or(year),
    };
    Some((end, at + c.get(0)?.end()))
}

/// "2.3.1": numbers of a section, not a dotted date without its year followed by more.
fn section_number(text: &str, c: &regex::Captures<'_>) -> bool {
    let end = c.get(0).map_or(0, |m| m.end());
    c.name("y").is_none()
        && text.get(..end).is_some_and(|t| t.ends_with('.'))
        && text[end..].starts_with(|ch: char| ch.is_ascii_digit())
}

/// Whether two numbers can be a day and a month in some order.
fn day_and_month(a: u32, b: u32) -> bool {
    (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12)
}

/// "07.04" or "18.08-22.08": a date without a year, unless it is a clock time ("10.15-12.00",
/// "14.00", "10.15 h") or more digits follow.
fn dotted_short(text: &str, weekday: usize) -> Option<DateSpan> {
    let (from, c) = after_weekday(&DOTTED_SHORT, text, weekday, may_be_dotted_short)?;
    let (a, b) = (num(&c, "a")?, num(&c, "b")?);
    if c.name("after").is_some() || !day_and_month(a, b) {
        return None;
    }
    let end = match (num(&c, "a2"), num(&c, "b2")) {
        (Some(a2), Some(b2)) if day_and_month(a2, b2) => Some(RawDate::Slash {
            a: a2,
            b: b2,
            year: None,
        }),
        (Some(_), _) => return None,
        _ => None,
    };
    Some(DateSpan {
        start: RawDate::Slash { a, b, year: None },
        end,
        len: from + c.get(0)?.end(),
    })
}

/// Finds the first date anywhere in `text`, returning it and its byte offset.
pub fn find_date(text: &str) -> Option<(usize, DateSpan)> {
    thread_local! {
        static FOUND: PerDocument<Option<(usize, DateSpan)>> = PerDocument::new();
    }
    FOUND.with(|m| m.get(text, find_date_in))
}

fn find_date_in(text: &str) -> Option<(usize, DateSpan)> {
    let mut prev_alnum = false;
    // The end of a section number read like a date ("1.1.10" of "1.1.9, 1.1.10"): no date
    // begins inside it.
    let mut past = 0;
    for (i, ch) in text.char_indices() {
        if i >= past
            && !prev_alnum
            && ch.is_alphanumeric()
            && let Some(span) = read_date_prefix(&text[i..])
        {
            if !section_runs::is_section_number(&text[..i], &text[i..]) {
                return Some((i, span));
            }
            past = i + text[i..]
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(text.len() - i);
        }
        // Chinese and Japanese write no spaces: a date may follow any of their letters.
        prev_alnum = ch.is_alphanumeric() && !is_cjk(ch);
    }
    None
}

/// A letter of Chinese, Japanese or Korean script.
fn is_cjk(ch: char) -> bool {
    matches!(ch, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// Parses a weekday name or abbreviation (English or Turkish).
pub fn weekday(word: &str) -> Option<Weekday> {
    thread_local! {
        static NAMED: PerDocument<Option<Weekday>> = PerDocument::new();
    }
    NAMED.with(|m| m.get(word, read_weekday))
}

/// [`weekday`], not remembered.
fn read_weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    // A plural ("Mondays") is its weekday, unless the word is a weekday as it stands
    // ("martes").
    let plurals: Vec<&str> = WEEKDAY_PLURAL_ENDINGS
        .iter()
        .filter_map(|e| w.strip_suffix(e))
        .filter(|s| s.len() >= 5)
        .collect();
    let names = || {
        WEEKDAY_NAMES
            .into_iter()
            .chain([WEEKDAYS_ALONE_ONLY])
            .flatten()
    };
    names()
        .find(|(n, _)| *n == w)
        .or_else(|| names().find(|(n, _)| plurals.contains(n)))
        .map(|&(_, d)| d)
}

/// Why a written date could not become a calendar date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// No year was written and no term is known.
    NoYear,
    /// The day does not exist in that month, e.g. Feb 30.
    NoSuchDay {
        /// The year used.
        year: i32,
    },
    /// Month outside 1-12.
    BadMonth,
}

/// Turns a written date into a calendar date using the term (for the year) and the date order.
pub fn resolve(
    raw: RawDate,
    term: Option<Term>,
    order: DateOrder,
) -> Result<NaiveDate, DateProblem> {
    let (month, day, year) = match raw {
        RawDate::Known { month, day, year } => (month, day, year),
        // A date the document's order cannot read, the other order can ("13/02" among
        // month-first dates): read that way rather than refuse the syllabus.
        RawDate::Slash { a, b, year } => match order {
            DateOrder::Mdy if a <= 12 || b > 12 => (a, b, year),
            DateOrder::Dmy if b <= 12 || a > 12 => (b, a, year),
            DateOrder::Mdy => (b, a, year),
            DateOrder::Dmy => (a, b, year),
        },
    };
    if !(1..=12).contains(&month) {
        return Err(DateProblem::BadMonth);
    }
    let year = match (year, term) {
        (Some(y), _) => y,
        (None, Some(t)) => t.year_for_month(month),
        (None, None) => return Err(DateProblem::NoYear),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::NoSuchDay { year })
}

/// Decides the order of numeric dates such as 10/04 or 07.04 from the dates themselves
/// (numbers above 12), the term's months and their order along the document; `dotted` says
/// they are written with dots, which default to day first where nothing else tells.
///
/// Returns the order and a sentence saying how it was decided.
pub fn decide_order(
    slashes: &[(u32, u32)],
    term: Option<Term>,
    configured: Option<DateOrder>,
    dotted: bool,
) -> (DateOrder, String) {
    if let Some(o) = configured {
        return (
            o,
            format!("{} from the course file's date-order", order_name(o)),
        );
    }
    // Dates with a number above 12 settle the order; when both kinds occur (a stray "30/35"
    // among "01/21/2026"s), the kind most dates show wins.
    let day_first = slashes.iter().filter(|&&(a, _)| a > 12).count();
    let month_first = slashes.iter().filter(|&&(_, b)| b > 12).count();
    if day_first > month_first {
        return (
            DateOrder::Dmy,
            "day first, because a first number is above 12".into(),
        );
    }
    if month_first > day_first {
        return (
            DateOrder::Mdy,
            "month first, because a second number is above 12".into(),
        );
    }
    if let Some(t) = term {
        // Count the dates each reading puts inside the term's core months; the reading with
        // more wins ("02/10, 09/10" in an autumn term is October, not February and September).
        let fits = |o: DateOrder| {
            slashes
                .iter()
                .filter(|&&(a, b)| t.core_month(if o == DateOrder::Mdy { a } else { b }))
                .count()
        };
        let (m, d) = (fits(DateOrder::Mdy), fits(DateOrder::Dmy));
        if m > d {
            return (
                DateOrder::Mdy,
                format!("month first, the reading whose months fall in {t}"),
            );
        }
        if d > m {
            return (
                DateOrder::Dmy,
                format!("day first, the reading whose months fall in {t}"),
            );
        }
    }
    let (m, d) = (
        ascending(slashes, DateOrder::Mdy),
        ascending(slashes, DateOrder::Dmy),
    );
    if m != d {
        let o = if m > d {
            DateOrder::Mdy
        } else {
            DateOrder::Dmy
        };
        return (
            o,
            format!(
                "{}, the reading in which the dates run forward through the document",
                order_name(o)
            ),
        );
    }
    if dotted {
        return (
            DateOrder::Dmy,
            "day first, as dotted dates are; the dates fit either order, set date-order = \"mdy\" in the course file if they are month first".into(),
        );
    }
    (
        DateOrder::Mdy,
        "month first by default; the dates fit either order, set date-order = \"dmy\" in the course file if they are day first".into(),
    )
}

/// How many dates come later in the year than the one before, read in order `o`.
fn ascending(slashes: &[(u32, u32)], o: DateOrder) -> usize {
    let md = |&(a, b): &(u32, u32)| if o == DateOrder::Mdy { (a, b) } else { (b, a) };
    slashes.windows(2).filter(|w| md(&w[0]) < md(&w[1])).count()
}

fn order_name(o: DateOrder) -> &'static str {
    match o {
        DateOrder::Dmy => "day first",
        DateOrder::Mdy => "month first",
    }
}

/// Monday of the week holding `d`.
pub fn week_monday(d: NaiveDate) -> NaiveDate {
    d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_text_turned_away_quickly_is_no_date_to_the_patterns_either(
            words in proptest::collection::vec(
                proptest::sample::select(date_words_and_others()),
                1..4,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec!["", " ", ". ", ", ", ".", "-", "/", " 4", "4 "]),
                4,
            ),
            upper in proptest::bool::ANY,
        ) {
            let mut text = String::new();
            for (w, sep) in words.iter().zip(&seps) {
                let w = if upper { w.to_uppercase() } else { w.clone() };
                text.push_str(&w);
                text.push_str(sep);
            }
            if !may_begin_a_date(&text) {
                proptest::prop_assert_eq!(date_by_patterns(&text), None, "{}", text);
            }
        }
    }

    /// Pieces of numeric dates with weekdays in front, in several cases and with the letters
    /// `(?i)` treats specially (dotless and dotted i, long s, the Kelvin sign).
    fn numeric_date_pieces() -> Vec<String> {
        let mut out: Vec<String> = weekdays_before_a_date()
            .chain(all_months().map(|(w, _)| *w))
            .flat_map(|w| [w.to_string(), w.to_uppercase(), format!("{w}x")])
            .collect();
        out.extend(
            [
                "4", "12", "2022", "22", "07", "1999", "/", "-", "–", "—", ".", ",", " ", "  ",
                "\u{a0}", ":", "h", "uhr", "pm", "x", "é", "SALI", "SALİ", "salı", "ſun",
                "\u{212a}", "(火)", "年", "月", "日", "th", "de", "of",
            ]
            .map(String::from),
        );
        out
    }

    /// Month-name dates and near misses, one piece from each slot in turn: a start, what
    /// follows a month, a day, an ordinal ending, a range's dash and second weekday or month,
    /// its day, a year or a month after the day, and what follows (word characters that are not
    /// letters among them). Each slot may be empty.
    fn month_date_slots() -> Vec<proptest::sample::Select<&'static str>> {
        let slots: [&[&str]; 9] = [
            &[
                "Oct", "SEPT", "sept", "Sep", "mar", "March", "ekim", "Tue Oct", "Pzt, ", "Mon. ",
                "",
            ],
            &["", ".", " ", ". ", "\u{a0}", "x"],
            &["4", "12", "123", "", "07"],
            &["", "st", "TH", "ſt", ".", "º", "er", "nd", "x", "4"],
            &[
                "",
                " - ",
                "–",
                "—Tue ",
                " - Nov ",
                "-Mar ",
                "- de ",
                "- Tue, Oct. ",
            ],
            &["", "5", "30", "7th", "Dec"],
            &[
                "",
                ", 2022",
                " 2022",
                ",2022",
                " 20225",
                " de 2022",
                " Oct",
                " de octubre",
                "Oct.",
                " del ",
                "de",
            ],
            &["", " 2022", ", 2023", " de 2022", " del 2022", "."],
            &["", ".", "x", " ", "_", "\u{301}", "4", "-"],
        ];
        slots
            .iter()
            .map(|s| proptest::sample::select(s.to_vec()))
            .collect()
    }

    /// The numeric patterns as they were compiled before the weekday was read by hand.
    fn with_weekday_alternation(body: &Regex) -> Regex {
        let body = body
            .as_str()
            .trim_start_matches("(?i)")
            .trim_start_matches('^');
        // A weekday joined by a hyphen ("Mon-24-Jan") stands only before a digit.
        let weekday = if body.starts_with("(?P<m>") {
            WEEKDAY_RE.clone()
        } else {
            WEEKDAY_RE.replace(r"\s+)?", r"(?:\s+|-))?")
        };
        Regex::new(&format!("(?i)^{weekday}{body}")).unwrap()
    }

    /// Where a pattern's match ends and what its groups hold.
    fn groups(re: &Regex, c: &regex::Captures<'_>, from: usize) -> Vec<Option<String>> {
        let mut out = vec![c.get(0).map(|m| (from + m.end()).to_string())];
        out.extend(
            re.capture_names()
                .flatten()
                .map(|n| c.name(n).map(|m| m.as_str().to_string())),
        );
        out
    }

    proptest::proptest! {
        #[test]
        fn a_weekday_read_by_hand_gives_each_numeric_pattern_the_match_the_alternation_gave(
            pieces in proptest::collection::vec(
                proptest::sample::select(numeric_date_pieces()),
                1..9,
            ),
        ) {
            let text = pieces.concat();
            let gated: [(&LazyLock<Regex>, Gate); 7] = [
                (&ISO, may_be_iso),
                (&DOTTED, may_be_dotted),
                (&DOTTED_SHORT, may_be_dotted_short),
                (&DASHED, may_be_dashed),
                (&SLASHED, may_be_slashed),
                (&MONTH_DAY, may_be_month_day),
                (&DAY_MONTH, may_be_day_month),
            ];
            for (re, may_match) in gated {
                let old = with_weekday_alternation(re);
                let was = old.captures(&text).map(|c| groups(&old, &c, 0));
                let now = after_weekday(re, &text, weekday_prefix(&text), may_match)
                    .map(|(from, c)| groups(re, &c, from));
                proptest::prop_assert_eq!(was, now, "{:?} on {:?}", re.as_str(), text);
            }
            let cjk = may_be_cjk(&text).then(|| CJK.captures(&text)).flatten();
            proptest::prop_assert_eq!(
                CJK.captures(&text).map(|c| groups(&CJK, &c, 0)),
                cjk.map(|c| groups(&CJK, &c, 0))
            );
        }

        #[test]
        fn a_month_name_date_read_by_hand_is_what_the_month_patterns_matched(
            pieces in month_date_slots(),
        ) {
            let text = pieces.concat();
            let parts = |c: &regex::Captures<'_>, from: usize| {
                let g = |n: &str| c.name(n).map(|m| m.as_str().to_string());
                (from + c.get(0).unwrap().end(), g("m"), g("d"), g("m2"), g("d2"), g("y"))
            };
            let by_hand = |f: month_day::Found<'_>, from: usize| {
                let s = |p: Option<&str>| p.map(str::to_string);
                (from + f.end, s(Some(f.m)), s(Some(f.d)), s(f.m2), s(f.d2), s(f.y))
            };
            for (re, read) in [
                (&MONTH_DAY, month_day::month_day as fn(&str) -> Option<month_day::Found<'_>>),
                (&DAY_MONTH, month_day::day_month),
            ] {
                proptest::prop_assert_eq!(
                    re.captures(&text).map(|c| parts(&c, 0)),
                    read(&text).map(|f| by_hand(f, 0)),
                    "{:?} on {:?}", re.as_str(), text
                );
            }
            let weekday = weekday_prefix(&text);
            let was = after_weekday(&MONTH_DAY, &text, weekday, may_be_month_day)
                .or_else(|| after_weekday(&DAY_MONTH, &text, weekday, may_be_day_month))
                .map(|(from, c)| parts(&c, from));
            let now = month_name_date(&text, weekday).map(|(from, f)| by_hand(f, from));
            proptest::prop_assert_eq!(was, now, "{:?}", text);
        }

        #[test]
        fn a_slash_range_read_in_two_steps_is_the_range_the_single_pattern_read(
            pieces in proptest::collection::vec(
                proptest::sample::select(numeric_date_pieces()),
                1..12,
            ),
        ) {
            let text = pieces.concat();
            let wd = &*WEEKDAY_RE;
            let old = Regex::new(&format!(
                r"(?i)^{wd}(?P<a>[0-9]{{1,2}})/(?P<b>[0-9]{{1,2}})(?:/(?P<y>[0-9]{{4}}|[0-9]{{2}}))?\b(?:\s*[-–—]\s*{wd}(?P<a2>[0-9]{{1,2}})/(?P<b2>[0-9]{{1,2}})(?:/(?P<y2>[0-9]{{4}}|[0-9]{{2}}))?\b)?"
            ))
            .unwrap();
            let n = |c: &regex::Captures<'_>, g: &str| c.name(g).map(|m| m.as_str().parse::<u32>().unwrap());
            let was = old.captures(&text).map(|c| {
                let end = n(&c, "a2").map(|a| (a, n(&c, "b2").unwrap(), year_of(c.name("y2"))));
                (n(&c, "a"), n(&c, "b"), year_of(c.name("y")), end, c.get(0).unwrap().end())
            });
            let from = weekday_prefix(&text);
            let now = SLASHED.captures(&text[from..]).map(|c| {
                let first = from + c.get(0).unwrap().end();
                let range = slash_range_end(&text[first..]);
                let end = range.map(|(a, b, y, _)| (a, b, y));
                let len = first + range.map_or(0, |r| r.3);
                (n(&c, "a"), n(&c, "b"), year_of(c.name("y")), end, len)
            });
            proptest::prop_assert_eq!(was, now, "{:?}", text);
        }
    }

    #[test]
    fn a_weekday_in_any_case_before_a_date_is_read_with_its_dot_comma_and_spaces() {
        assert_eq!(weekday_prefix("Tue 4/10"), 4);
        assert_eq!(weekday_prefix("PZT, 4.10.2022"), 5);
        assert_eq!(weekday_prefix("Mon.,\u{a0} 4/10"), "Mon.,\u{a0} ".len());
        assert_eq!(weekday_prefix("Çarşamba 4/10"), "Çarşamba ".len());
        assert_eq!(weekday_prefix("ſun 4/10"), "ſun ".len());
        assert_eq!(weekday_prefix("Tuesday4/10"), 0);
        assert_eq!(weekday_prefix("Homework 4/10"), 0);
        assert_eq!(weekday_prefix("4/10"), 0);
    }

    #[test]
    fn a_range_whose_ends_both_write_their_year_is_one_range() {
        for text in [
            "January 10, 2022 - January 16, 2022",
            "Jan 10, 2022 – Jan 16, 2022: Intro",
            "10 January 2022 - 16 January 2022",
        ] {
            let span = parse_date_prefix(text).unwrap();
            assert_eq!(
                span.end,
                Some(RawDate::Known {
                    month: 1,
                    day: 16,
                    year: Some(2022)
                }),
                "{text}"
            );
        }
        // A date with its year, then a time range, is no range of dates.
        let span = parse_date_prefix("January 10, 2022 - 10:00").unwrap();
        assert_eq!(span.end, None);
    }

    #[test]
    fn two_days_joined_by_a_slash_before_a_month_name_are_days_of_that_month() {
        // "the 2nd or the 4th of December" (one exam day per class day), not February 4.
        for text in [
            "el día 2/4 de diciembre de 2025",
            "los días 9/11 de diciembre",
            "on 9/11 December",
        ] {
            let (_, span) = find_date(text).unwrap();
            assert!(
                matches!(span.start, RawDate::Known { month: 12, .. }),
                "{text}: {:?}",
                span.start
            );
        }
        // A slash date followed by other words stays one.
        let (_, span) = find_date("9/11 de 10 a 12").unwrap();
        assert_eq!(
            span.start,
            RawDate::Slash {
                a: 9,
                b: 11,
                year: None
            }
        );
    }

    #[test]
    fn a_slash_date_with_a_bare_later_day_is_a_range_of_its_month() {
        let span = parse_date_prefix("9/16-18  Plotting").unwrap();
        assert_eq!(
            span.end,
            Some(RawDate::Slash {
                a: 9,
                b: 18,
                year: None
            })
        );
        assert_eq!(span.len, "9/16-18".len());
        // A time, a count, an earlier or a far day: not a day range.
        for text in [
            "9/16 - 2pm",
            "9/16-18 students",
            "9/16-12 Review",
            "9/16-30",
        ] {
            assert_eq!(parse_date_prefix(text).unwrap().end, None, "{text}");
        }
    }

    #[test]
    fn a_slash_range_with_weekdays_reads_both_ends() {
        let span = parse_date_prefix("Mon 9/18 – Fri 9/22/2023 lecture").unwrap();
        assert_eq!(
            span.start,
            RawDate::Slash {
                a: 9,
                b: 18,
                year: None
            }
        );
        assert_eq!(
            span.end,
            Some(RawDate::Slash {
                a: 9,
                b: 22,
                year: Some(2023)
            })
        );
        assert_eq!(span.len, "Mon 9/18 – Fri 9/22/2023".len());
    }

    /// Weekday and month names, their halves and neighbours, digits and other words.
    fn date_words_and_others() -> Vec<String> {
        let mut out: Vec<String> = weekdays_before_a_date()
            .chain(all_months().map(|(w, _)| *w))
            .flat_map(|w| {
                let half: String = w.chars().take(w.chars().count() / 2 + 1).collect();
                [w.to_string(), half, format!("{w}x"), format!("x{w}")]
            })
            .collect();
        out.extend(["4", "12", "2022", "ſept", "İkinci", "Ödev", "hw", "due"].map(String::from));
        out
    }

    #[test]
    fn every_weekday_and_month_name_in_any_case_may_begin_a_date_and_other_words_may_not() {
        for w in weekdays_before_a_date().chain(all_months().map(|(w, _)| *w)) {
            for written in [w.to_string(), w.to_uppercase(), format!("{w}. 4")] {
                assert!(may_begin_a_date(&written), "{written}");
            }
        }
        for text in ["4 Ekim", "(Tue) 10/4", "", "Homework 3 due", "Ödev 2"] {
            assert_eq!(
                may_begin_a_date(text),
                !text.starts_with(char::is_alphabetic),
                "{text}"
            );
        }
    }
    use crate::model::Season;

    fn known(month: u32, day: u32, year: Option<i32>) -> RawDate {
        RawDate::Known { month, day, year }
    }

    #[test]
    fn every_documented_date_form_is_read() {
        let cases = [
            ("Oct 4", known(10, 4, None)),
            ("4 Oct", known(10, 4, None)),
            ("October 4", known(10, 4, None)),
            ("Tue Oct 4", known(10, 4, None)),
            ("Tue, Jan 7", known(1, 7, None)),
            ("2022-10-04", known(10, 4, Some(2022))),
            ("04.10.2022", known(10, 4, Some(2022))),
            ("Oct. 4th, 2022", known(10, 4, Some(2022))),
            ("4 Ekim", known(10, 4, None)),
            ("24-Jan", known(1, 24, None)),
            ("Mon-24-Jan", known(1, 24, None)),
            ("24-Jan-2022", known(1, 24, Some(2022))),
            (
                "10/04/2022",
                RawDate::Slash {
                    a: 10,
                    b: 4,
                    year: Some(2022),
                },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_date_prefix(text).map(|s| s.start),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn a_hyphen_joins_a_weekday_and_a_month_name_only_to_a_day() {
        assert_eq!(parse_date_prefix("Mon-24-Jan").map(|s| s.len), Some(10));
        assert!(parse_date_prefix("Mon-Fri").is_none());
        assert!(parse_date_prefix("Chapters 3-Jan").is_none());
        // A range of days keeps its dash: "12-14 Feb" is not "14 Feb".
        let range = parse_date_prefix("12-14 Feb").expect("a range");
        assert_eq!(range.start, known(2, 12, None));
    }

    #[test]
    fn month_and_weekday_names_of_six_more_languages_are_read() {
        let cases = [
            ("Mittwoch, 16. Oktober", known(10, 16, None)),
            ("3. März 2025", known(3, 3, Some(2025))),
            ("Jänner 9", known(1, 9, None)),
            ("mardi 9 octobre", known(10, 9, None)),
            ("1er février", known(2, 1, None)),
            ("mer. 9 déc.", known(12, 9, None)),
            ("11 de septiembre de 2025", known(9, 11, Some(2025))),
            ("Miércoles 4 de marzo", known(3, 4, None)),
            ("segunda-feira, 3 de novembro", known(11, 3, None)),
            ("12 dicembre", known(12, 12, None)),
            ("di 14 mei", known(5, 14, None)),
            ("5 okt", known(10, 5, None)),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_date_prefix(text).map(|s| s.start),
                Some(want),
                "{text}"
            );
        }
        assert_eq!(
            parse_date_prefix("Miércoles 4/3").map(|s| s.start),
            Some(RawDate::Slash {
                a: 4,
                b: 3,
                year: None
            })
        );
    }

    #[test]
    fn a_weekday_is_read_in_every_language_and_a_plural_as_its_weekday() {
        for (word, day) in [
            ("martes", Weekday::Tue),
            ("Jueves", Weekday::Thu),
            ("mardi", Weekday::Tue),
            ("quarta-feira", Weekday::Wed),
            ("giovedì", Weekday::Thu),
            ("vrijdag", Weekday::Fri),
            ("Mondays", Weekday::Mon),
        ] {
            assert_eq!(weekday(word), Some(day), "{word}");
        }
        assert_eq!(weekday("sex"), None);
    }

    #[test]
    fn english_words_that_look_like_foreign_months_are_not_dates() {
        for text in ["1 out of 3", "2 set", "3 gen"] {
            assert_eq!(parse_date_prefix(text), None, "{text}");
        }
    }

    #[test]
    fn chinese_japanese_and_korean_dates_are_read_with_their_weekday() {
        assert_eq!(
            parse_date_prefix("2026年4月7日").map(|s| s.start),
            Some(known(4, 7, Some(2026)))
        );
        let span = parse_date_prefix("3월 22일 (금) 퀴즈").unwrap();
        assert_eq!(
            (span.start, span.len),
            (known(3, 22, None), "3월 22일 (금)".len())
        );
        let span = parse_date_prefix("4/7(火)").unwrap();
        assert_eq!(span.len, "4/7(火)".len());
        assert_eq!(
            find_date("第一周4月7日").map(|(_, s)| s.start),
            Some(known(4, 7, None))
        );
    }

    #[test]
    fn week_ranges_keep_both_ends() {
        let span = parse_date_prefix("Feb 12-14").unwrap();
        assert_eq!(span.start, known(2, 12, None));
        assert_eq!(span.end, Some(known(2, 14, None)));
        let span = parse_date_prefix("12-14 Feb").unwrap();
        assert_eq!(span.end, Some(known(2, 14, None)));
    }

    #[test]
    fn a_range_of_day_first_dotted_dates_keeps_both_ends() {
        let span = parse_date_prefix("23.04. - 07.05.").unwrap();
        assert_eq!(span.start, known(4, 23, None));
        assert_eq!(span.end, Some(known(5, 7, None)));
        let span = parse_date_prefix("14.10.2024-18.10.2024 Woche 1").unwrap();
        assert_eq!(span.end, Some(known(10, 18, Some(2024))));
        assert_eq!(parse_date_prefix("14.10. Einführung").unwrap().end, None);
    }

    #[test]
    fn ranges_with_weekdays_and_slashes() {
        let span = parse_date_prefix("Mon Sep 4 - Fri Sep 8").unwrap();
        assert_eq!(
            (span.start, span.end),
            (known(9, 4, None), Some(known(9, 8, None)))
        );
        let span = parse_date_prefix("9/03 -- 9/05").unwrap();
        assert!(span.end.is_some(), "a double dash joins a range too");
        let span = parse_date_prefix("9/18 - 9/22").unwrap();
        assert_eq!(
            span.end,
            Some(RawDate::Slash {
                a: 9,
                b: 22,
                year: None
            })
        );
        assert_eq!(
            parse_date_prefix("18.10.").map(|s| s.start),
            Some(known(10, 18, None))
        );
    }

    #[test]
    fn a_day_first_range_into_the_next_month_names_both_ends() {
        let span = parse_date_prefix("30 September - 4 October | Review").unwrap();
        assert_eq!(
            (span.start, span.end, span.len),
            (known(9, 30, None), Some(known(10, 4, None)), 24)
        );
        let span = parse_date_prefix("28 octobre – 2 novembre 2024").unwrap();
        assert_eq!(
            (span.start, span.end),
            (known(10, 28, Some(2024)), Some(known(11, 2, Some(2024))))
        );
        assert_eq!(
            parse_date_prefix("4 May - 9 May").unwrap().end,
            Some(known(5, 9, None))
        );
        // Not a range: a dash before a topic, or before an earlier day.
        let span = parse_date_prefix("30 September - Review").unwrap();
        assert_eq!((span.start, span.end), (known(9, 30, None), None));
        assert_eq!(parse_date_prefix("9 May - 4 May").unwrap().end, None);
    }

    #[test]
    fn dotted_dates_without_a_year_wait_for_the_documents_order() {
        let slash = |a, b| RawDate::Slash { a, b, year: None };
        let span = parse_date_prefix("07.04").unwrap();
        assert_eq!((span.start, span.end), (slash(7, 4), None));
        let span = parse_date_prefix("18.08-22.08").unwrap();
        assert_eq!((span.start, span.end), (slash(18, 8), Some(slash(22, 8))));
        assert_eq!(
            parse_date_prefix("08.29").map(|s| s.start),
            Some(slash(8, 29))
        );
        assert_eq!(
            find_date("Week 34 (18.08-22.08)").map(|(i, s)| (i, s.start)),
            Some((9, slash(18, 8)))
        );
    }

    #[test]
    fn clock_times_and_section_numbers_are_not_dotted_dates() {
        for text in [
            "10.15-12.00",
            "14.00",
            "10.15 h",
            "12.50",
            "3.2 Linear models",
            "1.10",
            "2.3.1 Error analysis",
            "12.10.4 Results",
        ] {
            assert_eq!(parse_date_prefix(text), None, "{text}");
        }
        assert_eq!(find_date("Monday (10.15-12.00)"), None);
    }

    #[test]
    fn words_that_are_not_dates_are_not_dates() {
        for text in [
            "Jan J",
            "N 00",
            "1.4",
            "Course logistics",
            "May the force",
            "Dec",
        ] {
            let got = parse_date_prefix(text);
            assert!(got.is_none() || text == "May the force", "{text}: {got:?}");
        }
    }

    #[test]
    fn fall_terms_roll_over_into_january() {
        let fall = Term {
            season: Season::Fall,
            year: 2022,
        };
        assert_eq!(
            resolve(known(1, 3, None), Some(fall), DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2023, 1, 3).unwrap())
        );
        assert_eq!(
            resolve(known(10, 4, None), Some(fall), DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2022, 10, 4).unwrap())
        );
        let winter = Term {
            season: Season::Winter,
            year: 2025,
        };
        assert_eq!(
            resolve(known(12, 9, None), Some(winter), DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2024, 12, 9).unwrap())
        );
    }

    #[test]
    fn most_dates_with_a_number_above_twelve_decide_and_a_stray_one_is_read_the_other_way() {
        let (o, _) = decide_order(&[(1, 21), (1, 26), (2, 18), (13, 2)], None, None, false);
        assert_eq!(o, DateOrder::Mdy);
        let stray = RawDate::Slash {
            a: 13,
            b: 2,
            year: Some(2026),
        };
        assert_eq!(
            resolve(stray, None, DateOrder::Mdy),
            Ok(NaiveDate::from_ymd_opt(2026, 2, 13).unwrap())
        );
        // A date neither order can read is still refused.
        let neither = RawDate::Slash {
            a: 13,
            b: 14,
            year: Some(2026),
        };
        assert_eq!(
            resolve(neither, None, DateOrder::Mdy),
            Err(DateProblem::BadMonth)
        );
    }

    #[test]
    fn dashed_dates_need_their_year_and_wait_for_the_documents_order() {
        let slash = |a, b| RawDate::Slash {
            a,
            b,
            year: Some(2022),
        };
        let read = |t: &str| parse_date_prefix(t).map(|s| (s.start, s.len));
        assert_eq!(read("23-02-2022 quarta-feira"), Some((slash(23, 2), 10)));
        assert_eq!(read("Tue 2-9-2022"), Some((slash(2, 9), 12)));
        // Without a year a dashed pair is a range of weeks or hours, and a phone number is
        // no date.
        assert_eq!(read("2-9"), None);
        assert_eq!(read("13-15"), None);
        assert_eq!(read("303-492-2127"), None);
    }

    #[test]
    fn impossible_days_and_missing_years_are_reported() {
        let spring = Term {
            season: Season::Spring,
            year: 2023,
        };
        assert_eq!(
            resolve(known(2, 30, None), Some(spring), DateOrder::Mdy),
            Err(DateProblem::NoSuchDay { year: 2023 })
        );
        assert_eq!(
            resolve(known(2, 3, None), None, DateOrder::Mdy),
            Err(DateProblem::NoYear)
        );
    }

    #[test]
    fn without_numbers_above_twelve_or_a_term_the_order_the_dates_run_in_decides() {
        // 05/03, 12/03, 02/04 run forward day first (5 and 12 March, 2 April); month first
        // they would jump from May to December and back to February.
        let (o, why) = decide_order(&[(5, 3), (12, 3), (2, 4)], None, None, false);
        assert_eq!(o, DateOrder::Dmy, "{why}");
        let (o, _) = decide_order(&[(3, 5), (3, 12), (4, 2)], None, None, true);
        assert_eq!(o, DateOrder::Mdy);
    }

    #[test]
    fn dotted_dates_that_fit_either_order_are_day_first() {
        let (o, why) = decide_order(&[(7, 4)], None, None, true);
        assert_eq!(o, DateOrder::Dmy);
        assert!(why.contains("date-order"), "{why}");
        assert_eq!(decide_order(&[(7, 4)], None, None, false).0, DateOrder::Mdy);
    }

    #[test]
    fn slash_order_follows_the_numbers_then_the_term() {
        assert_eq!(
            decide_order(&[(10, 4), (25, 10)], None, None, false).0,
            DateOrder::Dmy
        );
        assert_eq!(
            decide_order(&[(10, 4), (10, 25)], None, None, false).0,
            DateOrder::Mdy
        );
        let fall = Term {
            season: Season::Fall,
            year: 2022,
        };
        assert_eq!(
            decide_order(&[(10, 4), (11, 1)], Some(fall), None, false).0,
            DateOrder::Mdy
        );
        assert_eq!(
            decide_order(&[(4, 10), (1, 11)], Some(fall), None, false).0,
            DateOrder::Dmy
        );
        assert_eq!(
            decide_order(&[(4, 10)], Some(fall), Some(DateOrder::Mdy), false).0,
            DateOrder::Mdy
        );
    }
}
