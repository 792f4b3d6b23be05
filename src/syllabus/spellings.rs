//! Spellings of a date that the common patterns of `dates` do not read: the year first with
//! dots or slashes ("2023.07.03", "2023/7/3"), eight digits ("20230703"), a month name joined
//! to its day by dashes ("Jul-03", "Mon-Jul-03", "R-Jul-06"), a two-digit year after a
//! month name ("3 Jul 23", "03-Jul-23"), an article before the day ("the 3rd of July") and
//! day endings the patterns do not list ("3e juli", "3:e juli").

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

use super::dates::{DateSpan, RawDate, month_number, parse_date_prefix, weekday};
use super::lexicon::{ARTICLES_BEFORE_A_DAY, CALENDAR_WEEK_PATTERN, DAY_ENDINGS, WEEKDAY_LETTERS};

mod by_hand;
#[cfg(test)]
mod forms;
#[cfg(test)]
mod shapes;

/// "2023.07.03", "2023/7/3": a four-digit year, the month, the day.
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<y>(?:19|20)[0-9]{2})(?P<s>[./])(?P<m>[0-9]{1,2})[./](?P<d>[0-9]{1,2})\.?")
        .unwrap()
});

/// "KW 27/2023", "Week 27 (2023)": a calendar (ISO) week with its year, read as its Monday.
static CALENDAR_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{CALENDAR_WEEK_PATTERN})\.?\s*(?P<w>[0-9]{{1,2}})\s*(?:\(\s*(?P<y>(?:19|20)[0-9]{{2}})\s*\)|[/,]\s*(?P<y2>(?:19|20)[0-9]{{2}})\b)"
    ))
    .unwrap()
});

/// A date the common patterns would misread, tried before them: "3 Jul 23" is 3 July 2023,
/// not 3 July followed by a number.
pub(super) fn before_common(text: &str) -> Option<DateSpan> {
    if !may_have_a_short_year(text.as_bytes()) {
        return None;
    }
    let c = by_hand::short_year(text)?;
    let end = c.end;
    if !ends_a_cell(&text[end..]) {
        return None;
    }
    let year: i32 = text[c.y].parse().ok()?;
    // A two-digit year of this century's first half: "3 Jul 95" is no class date.
    if !(10..50).contains(&year) {
        return None;
    }
    known(
        &text[c.d],
        month_number(&text[c.m])?,
        Some(2000 + year),
        end,
    )
}

/// Whether `text` may begin as [`by_hand::short_year`] reads: a day of one or two digits, a space or
/// a dash, a letter (no digit or space), then somewhere a space or a dash before two digits.
/// Most cells are turned away here, before the pattern is compiled.
fn may_have_a_short_year(text: &[u8]) -> bool {
    let day = text
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !(1..=2).contains(&day) || !matches!(text.get(day), Some(b' ' | b'-')) {
        return false;
    }
    let month = &text[day + 1..];
    let starts_a_word = month
        .first()
        .is_some_and(|b| !b.is_ascii_digit() && !b.is_ascii_whitespace());
    starts_a_word
        && month
            .windows(3)
            .any(|w| matches!(w[0], b' ' | b'-') && w[1].is_ascii_digit() && w[2].is_ascii_digit())
}

/// Whether `text` begins with a year of this or the last century and a dot or a slash, as
/// [`YEAR_FIRST`] needs.
fn may_begin_with_a_year(text: &[u8]) -> bool {
    text.len() > 4
        && (text.starts_with(b"19") || text.starts_with(b"20"))
        && text[2..4].iter().all(u8::is_ascii_digit)
        && matches!(text[4], b'.' | b'/')
}

/// Whether `text` holds a four-digit year of this or the last century anywhere, as every
/// [`CALENDAR_WEEK`] does.
fn has_a_year(text: &[u8]) -> bool {
    text.windows(4).any(|w| {
        (w.starts_with(b"19") || w.starts_with(b"20")) && w[2..].iter().all(u8::is_ascii_digit)
    })
}

/// Whether `text` begins with a word of [`CALENDAR_WEEK_PATTERN`] (up to its first space).
fn begins_with_a_week_word(text: &str) -> bool {
    let lower: String = text.chars().take(16).flat_map(char::to_lowercase).collect();
    lower.contains('ſ')
        || CALENDAR_WEEK_PATTERN
            .split('|')
            .any(|word| lower.starts_with(word.split('\\').next().unwrap_or(word)))
}

/// A date the common patterns do not read at all, at the start of `text`.
pub(super) fn after_common(text: &str) -> Option<DateSpan> {
    let first = text.chars().next()?;
    if first.is_ascii_digit() {
        year_first(text)
            .or_else(|| eight_digits(text))
            .or_else(|| other_day_ending(text))
    } else if first.is_alphabetic() {
        month_dash_day(text)
            .or_else(|| after_an_article(text))
            .or_else(|| calendar_week(text))
    } else {
        None
    }
}

/// Whether what follows a date ends its cell or its label: nothing, a tab, a cell border, a
/// gap of two spaces, a bracket or a colon that begins no clock time.
fn ends_a_cell(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with(['\t', '|', ')', ',', ';'])
        || rest.starts_with("  ")
        || rest.trim_end().is_empty()
        || (rest.starts_with(':') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `rest` does not go on with a digit or a letter (the date is a whole word).
fn word_ends(rest: &str) -> bool {
    !rest.starts_with(|c: char| c.is_alphanumeric())
}

/// The span of a date whose day is `day` as written, if it can be a day of `month`.
fn known(day: &str, month: u32, year: Option<i32>, len: usize) -> Option<DateSpan> {
    let day: u32 = day.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(DateSpan {
        start: RawDate::Known { month, day, year },
        end: None,
        len,
    })
}

/// "2023.07.03", "2023/7/3", but no version ("2023.07.03.1") or longer number.
fn year_first(text: &str) -> Option<DateSpan> {
    if !may_begin_with_a_year(text.as_bytes()) {
        return None;
    }
    let c = YEAR_FIRST.captures(text)?;
    let end = c.get(0)?.end();
    let rest = &text[end..];
    if !word_ends(rest)
        || rest.starts_with(['.', '/']) && rest[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    known(&c["d"], c["m"].parse().ok()?, c["y"].parse().ok(), end)
}

/// "20230703": a year of this or the last century, a month and a day in eight digits and
/// nothing more (a longer number is an id, an ISBN or a phone number).
fn eight_digits(text: &str) -> Option<DateSpan> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    if digits != 8 || !word_ends(rest) || rest.starts_with(['-', '/', '.']) {
        return None;
    }
    let year: i32 = text[..4].parse().ok()?;
    if !(1990..2100).contains(&year) {
        return None;
    }
    known(&text[6..8], text[4..6].parse().ok()?, Some(year), 8)
}

/// "Jul-03", "Mon-Jul-03", "R-Jul-06", "Jul-03-2023": a month name joined to its day by a
/// dash, after a weekday or its one-letter code.
fn month_dash_day(text: &str) -> Option<DateSpan> {
    // Every such date has a dash within its first letters: most words are turned away here.
    if !text.bytes().take(14).any(|b| b == b'-') {
        return None;
    }
    let c = by_hand::month_dash_day(text)?;
    if let Some(w) = c.w.map(|w| &text[w]) {
        let letter = w.len() == 1 && WEEKDAY_LETTERS.contains(w);
        if !letter && weekday(w).is_none() {
            return None;
        }
    }
    let end = c.end;
    if !word_ends(&text[end..]) {
        return None;
    }
    let year = c.y.and_then(|y| text[y].parse::<i32>().ok());
    let year = year.map(|y| if y < 100 { 2000 + y } else { y });
    known(&text[c.d], month_number(&text[c.m])?, year, end)
}

/// "the 3rd of July": an article, then a date.
fn after_an_article(text: &str) -> Option<DateSpan> {
    let word_len = text.find(|c: char| !c.is_alphabetic())?;
    let from = word_len + 1;
    // A space and a digit first: most words are followed by neither, and need no lowercasing.
    if !text[word_len..].starts_with(' ') || !text[from..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let word = text[..word_len].to_lowercase();
    if !ARTICLES_BEFORE_A_DAY.contains(&word.as_str()) {
        return None;
    }
    let rest = &text[from..];
    let span = parse_date_prefix(rest)?;
    Some(DateSpan {
        len: from + span.len,
        ..span
    })
}

/// "3e juli", "3:e juli": a day with an ending the common patterns do not list, before a
/// month name; read as the day without its ending.
fn other_day_ending(text: &str) -> Option<DateSpan> {
    let digits = text.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let ending = DAY_ENDINGS
        .iter()
        .find(|e| text[digits..].starts_with(**e) && text[digits + e.len()..].starts_with(' '))?;
    let without = format!("{}{}", &text[..digits], &text[digits + ending.len()..]);
    let span = parse_date_prefix(&without)?;
    // The day alone is no date here: the month name must follow it.
    (span.len > digits + 1).then_some(DateSpan {
        len: span.len + ending.len(),
        ..span
    })
}

/// "KW 27/2023", "Week 27 (2023)", "Wk 27, 2023": the Monday of that ISO week. Only with its
/// year: without one, week 27 is a course's week or a different Monday each year.
fn calendar_week(text: &str) -> Option<DateSpan> {
    // Every such date has a digit within its first letters: most words are turned away here.
    if !text.bytes().take(14).any(|b| b.is_ascii_digit()) {
        return None;
    }
    if !has_a_year(text.as_bytes()) || !begins_with_a_week_word(text) {
        return None;
    }
    let c = CALENDAR_WEEK.captures(text)?;
    let year: i32 = c.name("y").or(c.name("y2"))?.as_str().parse().ok()?;
    let monday = NaiveDate::from_isoywd_opt(year, c["w"].parse().ok()?, Weekday::Mon)?;
    Some(DateSpan {
        start: RawDate::Known {
            month: monday.month(),
            day: monday.day(),
            year: Some(monday.year()),
        },
        end: None,
        len: c.get(0)?.end(),
    })
}
