//! Clock times as syllabi write them: "23:59", "5pm", "11:59 p.m.", "noon", and ranges such
//! as "8:00-10:50 AM" or "14:40–17:30".

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono::NaiveTime;

use super::lean::{Group, Grouped, Groups, lean};

use super::lexicon::{
    CJK_HOUR_MARK_PATTERN, CJK_MINUTE_MARK_PATTERN, CLOCK_WORD_PATTERN, DATE_AND_WORDS,
    HOUR_MARK_AFTER_WORD_PATTERN, HOUR_MARKS_24, TIME_AT_WORD_PATTERN, TIME_FROM_WORD_PATTERN,
    TIME_RANGE_WORD_PATTERN,
};

/// A mark after a whole hour of the 24-hour clock: French "14h", German "14 Uhr".
static HOUR_MARK: LazyLock<String> = LazyLock::new(|| format!(r"\s*(?:{CLOCK_WORD_PATTERN})\b"));

/// "am"/"pm" after a time: "5pm", "11:59 p.m.", and attached single letters "11:15a".
const AP: &str = r"\s*[ap]\.?m\b\.?|\s*[ap]\.m\.|[ap]\b";

static TIME: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b(?P<h>[0-9]{{1,2}})(?:[:.](?P<m>[0-9]{{2}}))?(?P<ap>{AP})|\b(?P<h2>[0-9]{{1,2}})[:.h](?P<m2>[0-9]{{2}})(?:hs?)?\b|(?:\b12\s*|\b)(?P<noon>noon|midnight)\b|(?P<h3>[0-9]{{1,2}})\s*(?:{CJK_HOUR_MARK_PATTERN})\s*(?:(?P<m3>[0-9]{{1,2}})\s*(?:{CJK_MINUTE_MARK_PATTERN}))?|\b(?P<h4>[0-9]{{1,2}})\s*uhr\b|(?:^|\s)(?:{TIME_AT_WORD_PATTERN}|{HOUR_MARK_AFTER_WORD_PATTERN})\s+(?P<h5>[0-9]{{1,2}})\s*hs?\b"
    ))
});

/// Finds a clock time such as "23:59", "23:59h", "5pm", "11:59 p.m.", "noon" (also "12noon",
/// written as one word), "12 Uhr" or "avant 17 h" in `text`.
pub(crate) fn find_time(text: &str) -> Option<NaiveTime> {
    TIME.groups_iter(text).find_map(|c| time_of(&c))
}

/// An "a"/"p" of one letter counts only after minutes: "11:15a" is a time, "Hw 5a" is not.
fn bare_letter(ap: Option<Group<'_>>, minutes: Option<Group<'_>>) -> bool {
    ap.is_some_and(|a| a.as_str().trim().len() == 1) && minutes.is_none()
}

fn time_of(c: &Groups<'_>) -> Option<NaiveTime> {
    if bare_letter(c.name("ap"), c.name("m")) {
        return None;
    }
    if let Some(w) = c.name("noon") {
        return if w.as_str().eq_ignore_ascii_case("noon") {
            NaiveTime::from_hms_opt(12, 0, 0)
        } else {
            NaiveTime::from_hms_opt(23, 59, 0)
        };
    }
    if let Some(h) = c.name("h") {
        let h: u32 = h.as_str().parse().ok()?;
        let m: u32 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
        return clock(h, m, Some(c.name("ap")?.as_str()));
    }
    // "12 Uhr", "avant 17 h": a whole hour of the 24-hour clock.
    if let Some(h) = c.name("h4").or(c.name("h5")) {
        return NaiveTime::from_hms_opt(h.as_str().parse().ok()?, 0, 0);
    }
    if let Some(h) = c.name("h3") {
        // "23시 59분", "14時".
        let m: u32 = c.name("m3").map_or(Some(0), |m| m.as_str().parse().ok())?;
        return NaiveTime::from_hms_opt(h.as_str().parse().ok()?, m, 0);
    }
    NaiveTime::from_hms_opt(c["h2"].parse().ok()?, c["m2"].parse().ok()?, 0)
}

/// A time range; [`range_times`] reads a match. An hour mark may follow the minutes too
/// ("18:30h-20:00h", "18:00hs a 20:00hs"). Its start is an ASCII word's: Japanese and
/// Chinese write no space before the hours ("月・水・木の13:00〜16:40"), and there a Unicode
/// word boundary would start the range at the minutes.
pub(crate) static TIME_RANGE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?-u:\b)(?P<h1>[0-9]{{1,2}})(?:[:.h](?P<m1>[0-9]{{2}})(?:hs?\b)?|(?P<hm1>{hm}))?(?P<ap1>{AP})?\s*\\?(?:--?|–|—|[~～〜]|{TIME_RANGE_WORD_PATTERN})\s*(?P<h2>[0-9]{{1,2}})(?:[:.h](?P<m2>[0-9]{{2}})(?:hs?\b)?|(?P<hm2>{hm}))?(?P<ap2>{AP})?",
        hm = *HOUR_MARK
    ))
});

/// Something that reads as a clock time, where a label must stop ("Final exam 8:00").
pub(crate) static TIME_LIKE: LazyLock<Lean> = LazyLock::new(|| lean(TIME_LIKE_PATTERN));
pub(crate) const TIME_LIKE_PATTERN: &str =
    r"(?i)\b[0-9]{1,2}(?::[0-9]{2})?\s*[ap]\.?m\b|\b[0-9]{1,2}:[0-9]{2}(?:hs?)?\b";

/// Finds a time range such as "8:00-10:50 AM", "14:40–17:30" or "18:30~20:10" (a tilde, as
/// Portuguese and Japanese write it, perhaps escaped by Markdown: "18:30\~20:10") in text.
pub(crate) fn find_time_range(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    TIME_RANGE.groups_iter(text).find_map(|c| range_times(&c))
}

/// Bare hours, as a Time column writes them: "13-15", "08 - 12".
static HOURS_CELL: LazyLock<Lean> = LazyLock::new(|| lean(r"^([0-9]{1,2})\s*[-–]\s*([0-9]{1,2})$"));

/// The time range in a cell of a Time column: any written range, or bare hours ("13-15",
/// which elsewhere would be a range of days).
pub(crate) fn time_cell(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    find_time_range(text).or_else(|| {
        let c = HOURS_CELL.groups(text.trim())?;
        let (h1, h2): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let start = NaiveTime::from_hms_opt(h1, 0, 0)?;
        let end = NaiveTime::from_hms_opt(h2, 0, 0)?;
        (start < end).then_some((start, end))
    })
}

/// A clock time or range at the start of a text, and what follows it ("18:00 Final exam",
/// "2:30-4pm, Review").
static LEADING_TIME: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^\s*(?P<time>[0-9]{{1,2}}(?:[:.][0-9]{{2}})?(?:{AP})?(?:\s*(?:--?|–|—|to)\s*[0-9]{{1,2}}(?:[:.][0-9]{{2}})?(?:{AP})?)?)(?:\s*[,;:–—-]\s*|\s+)(?P<rest>\S.*)$"
    ))
});

/// Shortest range written without am/pm that is read as hours: anything shorter is two
/// numbers of something else.
const MIN_BARE_RANGE_MINUTES: i64 = 15;

/// Hours of the day a class may start at, for a whole hour written with only its mark.
const CLASS_HOURS: std::ops::RangeInclusive<u32> = 7..=22;

/// A whole hour written with its hour mark and nothing else ("12hs.", "17 h", "9h"), as a
/// clock time, in a text already known to give a meeting's time (a weekday's header cell).
/// Hours outside [`CLASS_HOURS`] are left: "(2h)" is how long something lasts.
pub(crate) fn marked_hour(text: &str) -> Option<NaiveTime> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let w = w.trim_end_matches('.').to_lowercase();
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        let mark = match &w[digits..] {
            "" => words.get(i + 1)?.trim_end_matches('.').to_lowercase(),
            m => m.to_string(),
        };
        let hour: u32 = w[..digits].parse().ok()?;
        (HOUR_MARKS_24.contains(&mark.as_str()) && CLASS_HOURS.contains(&hour))
            .then(|| NaiveTime::from_hms_opt(hour, 0, 0))
            .flatten()
    })
}

/// How long an event given only its start on a date's line lasts, in minutes.
pub(crate) const LONE_START_MINUTES: i64 = 90;

/// A date's line that goes on with a clock time ("05/06/2025 18:00 Exam"): the time is the
/// row's (a start alone lasts [`LONE_START_MINUTES`]) unless it already has one, and the
/// text after it is returned. Text that does not start with a time comes back as it is.
pub(crate) fn split_leading_time(
    text: String,
    time: &mut Option<(NaiveTime, NaiveTime)>,
) -> String {
    if let Some((range, rest)) = leading_range(&text) {
        time.get_or_insert(range);
        return without_time_note(rest);
    }
    let Some(c) = LEADING_TIME.groups(&text) else {
        return text;
    };
    let written = &c["time"];
    // "14.00 Esame", "9.30-11.00 Lab" are clock times; "2.10 Heaps" is a section number.
    static DOTTED_CLOCK: LazyLock<Lean> =
        LazyLock::new(|| lean(r"^(?:[7-9]|1\d|2[0-3])\.(?:00|15|30|45)$"));
    if written.contains('.')
        && !written
            .split(['-', '–', '—'])
            .map(str::trim)
            .all(|p| DOTTED_CLOCK.is_match(p))
    {
        return text;
    }
    let found = find_time_range(written).or_else(|| {
        // Only a written clock: "18:00", "2pm"; never a bare number ("3 Sorting").
        (TIME_LIKE.is_match(written) || DOTTED_CLOCK.is_match(written)).then_some(())?;
        let start = find_time(written)?;
        let (end, wrapped) =
            start.overflowing_add_signed(chrono::Duration::minutes(LONE_START_MINUTES));
        Some((start, if wrapped == 0 { end } else { start }))
    });
    match found {
        Some(t) => {
            time.get_or_insert(t);
            c["rest"].to_string()
        }
        None => text,
    }
}

/// The text after a time without a bracketed note that ends the time's cell ("18h10 – 19h50
/// (a combinar)   Topic": to be agreed): a note on the hour, no topic.
fn without_time_note(rest: String) -> String {
    let Some(inner) = rest.strip_prefix('(') else {
        return rest;
    };
    let Some(close) = inner.find(')') else {
        return rest;
    };
    let after = &inner[close + 1..];
    if after.is_empty() || after.starts_with("  ") {
        after.trim_start().to_string()
    } else {
        rest
    }
}

/// What a date's own cell may hold after the date, before its time: a bracketed weekday or
/// note, a comma, a word such as "at".
static AFTER_DATE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^\s*(?:[(\[][^)\]]*[)\]])?\s*,?\s*(?:(?:{TIME_AT_WORD_PATTERN})\s*)?(?P<time>[0-9].*?)\s*$"
    ))
});

/// The time a date's cell gives after its date ("May 02 (Mon) at 2:00pm", "Oct 4, 14:00-15:30"):
/// a range, or a start that lasts [`LONE_START_MINUTES`]. `None` when anything but a clock
/// follows.
pub(crate) fn after_date(rest: &str) -> Option<(NaiveTime, NaiveTime)> {
    let time = AFTER_DATE.groups(rest)?.name("time")?.as_str();
    // An hour mark after the minutes ("23:59h", "18:00hs") is still only a clock.
    let marked = time
        .strip_suffix("hs")
        .or_else(|| time.strip_suffix('h'))
        .filter(|t| t.len() >= 3 && t.as_bytes()[t.len() - 3] == b':');
    let time = marked.unwrap_or(time);
    let only_clock = time
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || ":.-–—apmAPM".contains(c));
    if !only_clock {
        return None;
    }
    find_time_range(time).or_else(|| {
        TIME_LIKE.is_match(time).then_some(())?;
        let start = find_time(time)?;
        let (end, wrapped) =
            start.overflowing_add_signed(chrono::Duration::minutes(LONE_START_MINUTES));
        Some((start, if wrapped == 0 { end } else { start }))
    })
}

/// The clock ranges a date's own text gives as its only timing, one meeting each ("Sat 11
/// April — 08h00 to 12h00", "09/10/2023 (9h30-12h15 & 13h30-16h15)", "Oct 4, 14:00-15:30 and
/// 16:00-17:30"). Empty unless the text holds nothing but written ranges (with minutes, an
/// hour mark or am/pm: never bare numbers), the joins between them and a bracket around them.
pub(crate) fn ranges_after_date(rest: &str) -> Vec<(NaiveTime, NaiveTime)> {
    let t = rest
        .trim()
        .trim_start_matches([',', ':', '—', '–', '-', '|'])
        .trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t);
    let mut out = Vec::new();
    let mut pos = 0;
    for c in TIME_RANGE.groups_iter(t) {
        let (Some(m), Some(range)) = (c.get(0), range_times(&c)) else {
            return Vec::new();
        };
        if !joins_ranges(&t[pos..m.start()], out.is_empty()) {
            return Vec::new();
        }
        out.push(range);
        pos = m.end();
    }
    if t[pos..].trim().is_empty() {
        out
    } else {
        Vec::new()
    }
}

/// What may stand before a range in [`ranges_after_date`]: nothing before the first, a mark
/// or an "and" word before the others.
fn joins_ranges(between: &str, first: bool) -> bool {
    let b = between.trim().to_lowercase();
    if first {
        return b.is_empty();
    }
    ["&", ";", ",", "/", "+"].contains(&b.as_str()) || DATE_AND_WORDS.contains(&b.as_str())
}

/// A word that opens a time range at the start of a text ("de 17h à 19h : ...").
static FROM_WORD: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)^\s*(?:{TIME_FROM_WORD_PATTERN})\s+")));

/// A written time range that opens a text, perhaps after "de"/"from" ("de 17h à 19h : la
/// fouille de texte", "from 2:00 to 3:30pm, Review"), and the text after it.
pub(crate) fn leading_range(text: &str) -> Option<((NaiveTime, NaiveTime), String)> {
    let from = FROM_WORD.find(text).map_or(0, |m| m.end());
    let c = TIME_RANGE.groups(&text[from..])?;
    let whole = c.get(0)?;
    if !text[from..from + whole.start()].trim().is_empty() {
        return None;
    }
    let range = range_times(&c)?;
    let rest = text[from + whole.end()..]
        .trim_start_matches(|ch: char| {
            ch.is_whitespace() || matches!(ch, ':' | ',' | ';' | '–' | '—' | '-')
        })
        .to_string();
    (!rest.is_empty()).then_some((range, rest))
}

/// An hour on a 12-hour clock ("12:30 am" is 00:30) or, without am/pm, on a 24-hour one;
/// a 24-hour time with a needless "PM" ("17:00 PM") stays as it is.
pub(crate) fn clock(h: u32, m: u32, ap: Option<&str>) -> Option<NaiveTime> {
    let mut h = h;
    if let Some(ap) = ap.filter(|_| h <= 12) {
        let pm = ap.trim().to_lowercase().starts_with('p');
        if h == 12 {
            h = 0;
        }
        if pm {
            h += 12;
        }
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

pub(crate) fn range_times(c: &Groups<'_>) -> Option<(NaiveTime, NaiveTime)> {
    if bare_letter(c.name("ap1"), c.name("m1")) || bare_letter(c.name("ap2"), c.name("m2")) {
        return None;
    }
    let n = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
    let (h1, h2) = (n("h1")?, n("h2")?);
    let (m1, m2) = (n("m1").unwrap_or(0), n("m2").unwrap_or(0));
    let marked = c.name("hm1").is_some() || c.name("hm2").is_some();
    if c.name("m1").is_none()
        && c.name("m2").is_none()
        && c.name("ap1").is_none()
        && c.name("ap2").is_none()
        && !marked
    {
        return None; // "12-14" is a date range, not a time.
    }
    let ap2 = c.name("ap2").map(|m| m.as_str());
    if marked && c.name("ap1").is_none() && ap2.is_none() {
        // "14h-16h", "9h30-11h": the 24-hour clock.
        let start = NaiveTime::from_hms_opt(h1, m1, 0)?;
        let end = NaiveTime::from_hms_opt(h2, m2, 0)?;
        return (start < end).then_some((start, end));
    }
    if c.name("ap1").is_none() && ap2.is_none() {
        // No am/pm: "1:00-2:15" is an afternoon class, "12:30-1:45" crosses noon; an hour
        // written with its leading zero ("06:00-07:30") is already on the 24-hour clock.
        let zero_led = c.name("h1").is_some_and(|m| m.as_str().starts_with('0'));
        let (mut h1, mut h2) = (h1, h2);
        if (1..=6).contains(&h1) && h2 <= 11 && !zero_led {
            h1 += 12;
            h2 += 12;
        } else if h2 < h1 && h2 <= 11 {
            h2 += 12;
        }
        let start = NaiveTime::from_hms_opt(h1, m1, 0)?;
        let end = NaiveTime::from_hms_opt(h2, m2, 0)?;
        // Without am/pm, numbers that span a few minutes are section numbers of a reading
        // ("2.11-2.13", "4.10-4.12"), not the hours of a meeting.
        let minutes = (end - start).num_minutes();
        return (minutes >= MIN_BARE_RANGE_MINUTES).then_some((start, end));
    }
    let ap1 = c.name("ap1").map(|m| m.as_str()).or_else(|| {
        // "2:00-3:20pm": the suffix covers both ends unless that would put start after end.
        let pm_start = clock(h1, m1, ap2)?;
        let end = clock(h2, m2, ap2)?;
        (pm_start < end).then_some(ap2).flatten()
    });
    let start = clock(h1, m1, ap1)?;
    let end = clock(h2, m2, ap2)?;
    (start < end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_hour_mark_after_a_letter_of_two_bytes_is_no_clock_and_no_panic() {
        assert_eq!(after_date("9é00h"), None);
    }

    #[test]
    fn section_numbers_that_look_like_a_few_minutes_are_no_time_range() {
        assert_eq!(find_time_range("read 2.11-2.13"), None);
        assert_eq!(find_time_range("sections 4.10-4.12"), None);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(find_time_range("10.15-11.45"), Some((t(10, 15), t(11, 45))));
        assert_eq!(find_time_range("2:00-2:50"), Some((t(14, 0), t(14, 50))));
        assert_eq!(find_time_range("9:00-9:15am"), Some((t(9, 0), t(9, 15))));
    }

    #[test]
    fn noon_is_read_alone_or_with_the_twelve_written_before_it() {
        let noon = NaiveTime::from_hms_opt(12, 0, 0);
        assert_eq!(find_time("due by noon"), noon);
        assert_eq!(find_time("due 12noon Friday"), noon);
        assert_eq!(find_time("due 12 noon"), noon);
        assert_eq!(find_time("afternoon session"), None);
    }

    #[test]
    fn a_time_after_a_date_in_its_cell_is_read_after_a_weekday_and_at() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(after_date(" (Mon) at 2:00pm"), Some((t(14, 0), t(15, 30))));
        assert_eq!(after_date(", 10:00-11:15"), Some((t(10, 0), t(11, 15))));
        assert_eq!(after_date(" à 14:30"), Some((t(14, 30), t(16, 0))));
        assert_eq!(after_date(" (Mon)"), None);
        assert_eq!(after_date(" at 2:00pm in room 3"), None);
        assert_eq!(after_date(" 3 Sorting"), None);
    }

    #[test]
    fn ranges_a_date_gives_as_its_own_timing_one_meeting_each() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(
            ranges_after_date(" — 08h00 to 12h00"),
            vec![(t(8, 0), t(12, 0))]
        );
        assert_eq!(
            ranges_after_date(" (9h30-12h15 & 13h30-16h15)"),
            vec![(t(9, 30), t(12, 15)), (t(13, 30), t(16, 15))]
        );
        assert_eq!(
            ranges_after_date(", 14:00-15:30 and 16:00-17:30"),
            vec![(t(14, 0), t(15, 30)), (t(16, 0), t(17, 30))]
        );
        // Bare numbers, words beside the ranges: not the date's timing.
        assert!(ranges_after_date(" 12-14").is_empty());
        assert!(ranges_after_date(" 14:00-15:30 Office hours").is_empty());
        assert!(ranges_after_date(" (Mon)").is_empty());
    }

    #[test]
    fn clock_times_in_12_and_24_hour_forms() {
        assert_eq!(find_time("due 23:59"), NaiveTime::from_hms_opt(23, 59, 0));
        assert_eq!(find_time("due 5pm"), NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(find_time("11:59 p.m."), NaiveTime::from_hms_opt(23, 59, 0));
        assert_eq!(find_time("12:30 am"), NaiveTime::from_hms_opt(0, 30, 0));
        assert_eq!(find_time("Hw2 due Nov 22"), None);
    }

    #[test]
    fn a_whole_hour_with_uhr_or_an_h_after_a_time_word_is_a_clock_time() {
        let at = |h| NaiveTime::from_hms_opt(h, 0, 0);
        assert_eq!(find_time("Abgabe bis 12 Uhr"), at(12));
        assert_eq!(find_time("Remise avant 17 h"), at(17));
        assert_eq!(find_time("entrega até às 18h"), at(18));
        // An hour mark alone may be a length: "Lab (3h)", "2 h exam".
        assert_eq!(find_time("Lab (3h)"), None);
        assert_eq!(find_time("2 h exam"), None);
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_range_opening_a_rows_text_is_its_time_and_not_its_title() {
        let mut time = None;
        let rest = split_leading_time("de 17h à 19h : la fouille de texte".into(), &mut time);
        assert_eq!(rest, "la fouille de texte");
        assert_eq!(time, Some((hm(17, 0), hm(19, 0))));
        let mut time = None;
        let rest = split_leading_time("from 2:00 to 3:30pm, Review".into(), &mut time);
        assert_eq!(rest, "Review");
        assert_eq!(time, Some((hm(14, 0), hm(15, 30))));
        let mut time = None;
        let rest = split_leading_time("de la fouille de texte".into(), &mut time);
        assert_eq!((rest.as_str(), time), ("de la fouille de texte", None));
    }

    #[test]
    fn ranges_in_the_many_ways_syllabi_write_them() {
        let cases = [
            ("11:15a-12:05p", (hm(11, 15), hm(12, 5))),
            ("6 - 8 PM", (hm(18, 0), hm(20, 0))),
            ("10:15 am -- 12:15 pm", (hm(10, 15), hm(12, 15))),
            ("Friday 14:00 – 17:00 PM", (hm(14, 0), hm(17, 0))),
            ("Friday, 1:30-4:15 PM", (hm(13, 30), hm(16, 15))),
            ("Monday (10.15-12.00)", (hm(10, 15), hm(12, 0))),
            ("terças (18:30~20:10)", (hm(18, 30), hm(20, 10))),
            ("quartas (18:30\\~22:00)", (hm(18, 30), hm(22, 0))),
            ("月曜 13:00〜14:30", (hm(13, 0), hm(14, 30))),
            ("月・水・木の13:00〜16:40", (hm(13, 0), hm(16, 40))),
        ];
        for (text, want) in cases {
            assert_eq!(find_time_range(text), Some(want), "{text}");
        }
    }

    #[test]
    fn single_times_in_twelve_and_twenty_four_hour_forms() {
        assert_eq!(find_time("at 2pm"), Some(hm(14, 0)));
        assert_eq!(find_time("starts 14.00"), Some(hm(14, 0)));
        assert_eq!(find_time("ends 9:50a"), Some(hm(9, 50)));
        assert_eq!(
            find_time("Hw 5a due"),
            None,
            "a letter after a bare number is no time"
        );
    }

    #[test]
    fn a_time_at_the_start_of_a_dated_line_is_the_rows_and_the_rest_its_title() {
        let mut time = None;
        assert_eq!(
            split_leading_time("18:00 Final exam".into(), &mut time),
            "Final exam"
        );
        assert_eq!(time, Some((hm(18, 0), hm(19, 30))));
        let mut time = None;
        assert_eq!(
            split_leading_time("2:30-4pm, Review".into(), &mut time),
            "Review"
        );
        assert_eq!(time, Some((hm(14, 30), hm(16, 0))));
        let mut time = None;
        assert_eq!(
            split_leading_time("14.00 Esame parziale".into(), &mut time),
            "Esame parziale"
        );
        assert_eq!(time, Some((hm(14, 0), hm(15, 30))));
        let mut time = None;
        for text in [
            "3 Sorting",
            "12-14 Feb trip",
            "Intro at 10:00",
            "18:00",
            "2.10 Heaps",
            "10.3 Trees",
        ] {
            assert_eq!(split_leading_time(text.into(), &mut time), text);
        }
        assert_eq!(time, None);
        let mut time = Some((hm(9, 0), hm(10, 0)));
        assert_eq!(split_leading_time("11:00 Talk".into(), &mut time), "Talk");
        assert_eq!(
            time,
            Some((hm(9, 0), hm(10, 0))),
            "a Time column's time stays"
        );
    }

    #[test]
    fn bare_hours_are_a_time_only_in_a_time_column() {
        assert_eq!(time_cell("13-15"), Some((hm(13, 0), hm(15, 0))));
        assert_eq!(time_cell(" 08 - 12 "), Some((hm(8, 0), hm(12, 0))));
        assert_eq!(time_cell("15-13"), None);
        assert_eq!(find_time_range("13-15"), None);
    }

    #[test]
    fn french_hours_with_h_and_range_words_of_other_languages_are_read() {
        assert_eq!(
            find_time_range("mardi 14h-16h"),
            Some((hm(14, 0), hm(16, 0)))
        );
        assert_eq!(
            find_time_range("14h30 à 16h"),
            Some((hm(14, 30), hm(16, 0)))
        );
        assert_eq!(
            find_time_range("de 9:00 a 11:00"),
            Some((hm(9, 0), hm(11, 0)))
        );
        assert_eq!(find_time_range("2h-4h"), Some((hm(2, 0), hm(4, 0))));
        assert_eq!(find_time("avant 18h15"), Some(hm(18, 15)));
        assert_eq!(find_time_range("pages 12-14"), None);
    }

    #[test]
    fn a_bracketed_note_that_ends_the_times_cell_is_no_topic() {
        let mut t = None;
        let rest = split_leading_time("18h10 – 19h50 (to agree)   Sorting".into(), &mut t);
        assert_eq!(rest, "Sorting");
        assert!(t.is_some());
        let mut t = None;
        let rest = split_leading_time("10:00-11:00 (Review) Chapter 2".into(), &mut t);
        assert_eq!(rest, "(Review) Chapter 2");
    }

    #[test]
    fn the_rioplatense_hs_hour_mark_closes_either_end_of_a_range() {
        assert_eq!(
            find_time_range("martes de 14hs a 17hs"),
            Some((hm(14, 0), hm(17, 0)))
        );
        assert_eq!(
            find_time_range("jueves 9 a 12 hs"),
            Some((hm(9, 0), hm(12, 0)))
        );
        assert_eq!(
            find_time_range("18:30hs - 20:00hs"),
            Some((hm(18, 30), hm(20, 0)))
        );
        // a number of hours ("hs" glued to no range) is no time
        assert_eq!(find_time_range("Total: 60 hs."), None);
        assert_eq!(find_time_range("lunes 9hsx-12"), None);
    }

    #[test]
    fn korean_and_japanese_hours_and_minutes_are_a_time() {
        assert_eq!(find_time("마감 23시 59분"), Some(hm(23, 59)));
        assert_eq!(find_time("締切 17時"), Some(hm(17, 0)));
    }

    #[test]
    fn a_range_with_one_am_pm_suffix_reads_both_ends() {
        assert_eq!(
            find_time_range(" 8:00-10:50 AM"),
            Some((
                NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(10, 50, 0).unwrap()
            ))
        );
        assert_eq!(
            find_time_range("12-14 Feb"),
            None,
            "a date range is no time"
        );
    }
}
