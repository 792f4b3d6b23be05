//! Stage 4, recogniser: the weekly lecture meetings in the lines before the schedule,
//! "Lectures: Tuesday 09:40-12:30 @ BMB4", "MWF 10:00-10:50, Van Vleck B130".

use std::sync::LazyLock;

use std::ops::Range;

use crate::syllabus::lean::Lean;
use chrono::{Datelike, NaiveTime, Weekday};

use super::dates::{find_date, weekday};
use super::fold::{folded, starts_with_folded};
use super::lean::{Grouped, Groups, Yes, lean, replace_all, replace_all_groups, yes};
use super::letters::is_letter_any_case;
use super::lexicon::{
    AND_WORDS, AND_WORDS_LOWER, CLOCK_BEFORE_WORDS, CLOCK_WORD_PATTERN, CUM_TEMPORE_PATTERN,
    DAY_CODE_PATTERN, DAY_CODES, DEADLINE_VERB_PATTERN, DURATION_HOUR_INITIAL, DURATION_PATTERN,
    EVERY_WORDS, HEADER_DATE, HEADER_SECTION, HEADER_TIME, HEADER_TOPIC, HEADER_WEEKDAY,
    HOUR_MARK_WORDS, LECTURE_LABEL_MORE_PATTERN, LECTURE_LABEL_PATTERN, NOON_WORDS,
    NOT_LECTURE_PATTERN, ROOM_PREFIXES, SECTION_NAME_PATTERN, SESSION_BOOK_WORD,
    SESSION_LABEL_MORE_PATTERN, SESSION_PATTERN, SINE_TEMPORE_PATTERN, TIME_FROM_WORD_PATTERN,
    TIME_RANGE_WORD_PATTERN, WEEKDAY_JA_JOINER, WEEKDAY_SECOND_PART_PATTERN, WEEKDAYS_JA_KO,
    WEEKDAYS_JA_ONE, WEEKDAYS_SLOT_DOTTED, WEEKDAYS_SLOT_SHORT, WEEKDAYS_ZH,
};
use super::rows::WeekRow;
use super::times::{TIME_LIKE, TIME_RANGE, find_time, range_times};
use super::{Context, ParseOptions};
use crate::model::{Event, EventKind, Meeting, Section};

static LECTURE_LABEL: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b({LECTURE_LABEL_PATTERN})\b")));
/// A lecture label in any language the parser reads: a slot line holding one ranks first.
static LECTURE_LABEL_ANY: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)\b({LECTURE_LABEL_PATTERN}|{LECTURE_LABEL_MORE_PATTERN})\b"
    ))
});
static NOT_LECTURE: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b({NOT_LECTURE_PATTERN})\b")));
static SECTION_NAME: LazyLock<Lean> = LazyLock::new(|| lean(SECTION_NAME_PATTERN));

/// Lab, tutorial and recitation words: their sections are not the lectures' ("section"
/// itself is one of the session words, and is left out here).
static SESSION_WORD: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b({SESSION_PATTERN})\b")));

/// A line labelled with a session word ("Práctica: viernes 17:15", "Lab: Thu 2-4pm").
static SESSION_LABEL: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^[\s*_#>-]*({SESSION_PATTERN}|{SESSION_LABEL_MORE_PATTERN})[\s*_]*:"
    ))
});

/// Whether a line gives the slot of a lab, tutorial or practice under a label of its own: that
/// slot is the session's, not the lectures' ("Sections:" names the lectures' own sections).
fn session_slot(line: &str) -> bool {
    SESSION_LABEL
        .groups(line)
        .is_some_and(|c| !c[1].to_lowercase().starts_with(SESSION_BOOK_WORD))
}

/// Whether a line names a lab's, tutorial's or recitation's section.
fn session_section(line: &str) -> bool {
    !section_names(line).is_empty()
        && SESSION_WORD
            .find_iter(line)
            .any(|m| !m.as_str().to_lowercase().starts_with("section"))
}

/// The section names a line holds, as written ("Section 1", "L01"), where they stand.
pub(super) fn section_names(line: &str) -> Vec<(Range<usize>, String)> {
    SECTION_NAME
        .find_iter(line)
        .map(|m| {
            (
                m.range(),
                m.as_str().split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect()
}
/// The words that may be weekdays, with where they start: runs of letters of any script,
/// each with a joined second part ("segunda-feira") and a full stop after it, as the pattern
/// `(?i)\p{L}+(?:-feira)?\.?` finds them, without compiling it (3 M instructions on every
/// first run: BENCHMARKS.md, "After (session 8, parser cost)").
fn day_words(text: &str) -> Vec<(usize, &str)> {
    static SECOND_PART: LazyLock<String> = LazyLock::new(|| folded(WEEKDAY_SECOND_PART_PATTERN));
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(off) = text[at..].find(is_letter_any_case) {
        let start = at + off;
        let mut end = text[start..]
            .find(|c: char| !is_letter_any_case(c))
            .map_or(text.len(), |n| start + n);
        end += starts_with_folded(&text[end..], &SECOND_PART).unwrap_or(0);
        if text[end..].starts_with('.') {
            end += 1;
        }
        out.push((start, &text[start..end]));
        at = end;
    }
    out
}
/// Compact US day codes: "MWF", "TTh", "TR", "TuTh", "M/W/F" (case matters: "MW", not "mw").
static DAY_CODE: LazyLock<Lean> = LazyLock::new(|| lean(DAY_CODE_PATTERN));

fn decode_day_code(code: &str) -> Vec<Weekday> {
    let mut out = Vec::new();
    let mut rest = code;
    while !rest.is_empty() {
        rest = rest.trim_start_matches(['/', ',', ' ']);
        let Some(&(letters, day)) = DAY_CODES.iter().find(|(c, _)| rest.starts_with(c)) else {
            break;
        };
        out.push(day);
        rest = &rest[letters.len()..];
    }
    out
}

/// The weekday a word of a slot line names: a weekday word, a compound plural
/// ("quartas-feiras" is "quarta-feira" each week) or a short name ("Mo", "Mié").
fn slot_weekday(word: &str) -> Option<Weekday> {
    weekday(word)
        .or_else(|| {
            let (first, second) = word.trim_end_matches('.').split_once('-')?;
            let one = |p: &str| p.strip_suffix('s').unwrap_or(p).to_string();
            weekday(&format!("{}-{}", one(first), one(second)))
        })
        .or_else(|| {
            let w = word.trim_end_matches('.');
            WEEKDAYS_SLOT_SHORT
                .iter()
                .find(|(n, _)| *n == w)
                .map(|&(_, d)| d)
        })
        .or_else(|| {
            let w = word.to_lowercase();
            WEEKDAYS_SLOT_DOTTED
                .iter()
                .find(|(n, _)| *n == w)
                .map(|&(_, d)| d)
        })
}

/// The line with a short day name that opens it blanked out: there it is as likely an
/// ordinary word ("Do 10-12 of the exercises"); after a label, a cell or another day
/// ("Vorlesung: Do 14-16") it is the day, and so it is when only hours follow it, then the
/// line's end, a comma or a bracket ("Mo 10-12, Hörsaal 2"). Blanking keeps every other word
/// where it was.
fn without_opening_short_name(line: &str) -> std::borrow::Cow<'_, str> {
    static ONLY_HOURS: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^\s*[0-9]{{1,2}}(?:[:.][0-9]{{2}})?\s*[-–]\s*[0-9]{{1,2}}(?:[:.][0-9]{{2}})?\s*(?:(?:{CLOCK_WORD_PATTERN})\b)?\s*(?:$|[,;(\[])"
        ))
    });
    let start = line.len() - line.trim_start().len();
    let word = line[start..].split_whitespace().next().unwrap_or("");
    let short = weekday(word).is_none()
        && WEEKDAYS_SLOT_SHORT
            .iter()
            .any(|(n, _)| *n == word.trim_end_matches('.'));
    let end = start + word.len();
    if !short || ONLY_HOURS.is_match(&line[end..]) {
        return std::borrow::Cow::Borrowed(line);
    }
    std::borrow::Cow::Owned(format!(
        "{}{}{}",
        &line[..start],
        " ".repeat(word.len()),
        &line[end..]
    ))
}

/// Weekdays named in a stretch of text, by name ("Tuesday", "Salı") or by code ("TTh").
fn days_in(text: &str) -> Vec<Weekday> {
    let coded: Vec<Weekday> = DAY_CODE
        .find_iter(text)
        .flat_map(|c| decode_day_code(c.as_str()))
        .collect();
    if !coded.is_empty() {
        return coded;
    }
    let mut days: Vec<(usize, Weekday)> = day_words(text)
        .into_iter()
        .filter_map(|(at, w)| Some((at, slot_weekday(w)?)))
        .collect();
    // Chinese writes no spaces: its weekday names are found anywhere in the text.
    for &(name, day) in WEEKDAYS_ZH.iter().chain(WEEKDAYS_JA_KO) {
        days.extend(text.match_indices(name).map(|(at, _)| (at, day)));
    }
    days.extend(joined_ja_days(text));
    days.sort_by_key(|&(at, _)| at);
    days.into_iter().map(|(_, d)| d).collect()
}

/// Japanese weekdays written by their one character and joined by a middle dot
/// ("月・水・木の13:00〜16:40"), with where each stands: two or more so joined, the first
/// not after a digit (`4月・5月` are months).
fn joined_ja_days(text: &str) -> Vec<(usize, Weekday)> {
    let one = |c: char| {
        WEEKDAYS_JA_ONE
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, d)| *d)
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let after_digit = i > 0 && chars[i - 1].1.is_ascii_digit();
        let mut run = Vec::new();
        let mut j = i;
        while let Some(day) = chars.get(j).and_then(|&(_, c)| one(c)) {
            run.push((chars[j].0, day));
            if chars.get(j + 1).map(|&(_, c)| c) != Some(WEEKDAY_JA_JOINER) {
                break;
            }
            j += 2;
        }
        if run.len() >= 2 && !after_digit {
            out.extend(run);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// How a slot's end was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Written: "09:40-12:30".
    Written,
    /// The German academic quarter ("18ct", "10:00 s.t."): a 90-minute block.
    Quarter,
    /// Only a start was written ("Tuesdays at 2pm"): the length is a guess.
    Guessed,
}

/// A weekly slot read from a line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Slot {
    meeting: Meeting,
    end: End,
    /// The section it is for, when the line (or the heading above it) names one.
    section: Option<String>,
}

/// Length of a German "c.t."/"s.t." block, in minutes.
const QUARTER_MINUTES: i64 = 90;

/// Length of a class given only by its start, when no other slot of the document says: the
/// common US and European patterns, by how often it meets a week (MWF 50, TTh 75, once 90).
fn guessed_minutes(days_a_week: usize) -> i64 {
    match days_a_week {
        0 | 1 => 90,
        2 => 75,
        _ => 50,
    }
}

static QUARTER: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b(?P<h>[0-9]{{1,2}})(?:[:.](?P<m>[0-9]{{2}}))?\s*(?:(?:{CLOCK_WORD_PATTERN})\s*)?(?:(?P<ct>{CUM_TEMPORE_PATTERN})|{SINE_TEMPORE_PATTERN})(?:\W|$)"
    ))
});
/// Two bare hours joined by a dash or a range word: "12-2", "9-11", "10 to 12", "14 alle 16",
/// or two four-digit clock times, "0900-1100" (elsewhere a range of days or years; a slot only
/// right after a weekday, see [`hours_after_day`]).
static BARE_HOURS: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b(?:(\d{{1,2}})\s*(?:[-–]|\s(?:{TIME_RANGE_WORD_PATTERN})\s)\s*(\d{{1,2}})|(\d{{2}})(\d{{2}})\s*[-–]\s*(\d{{2}})(\d{{2}}))\b"
    ))
});
/// A word that opens a range of hours after the weekday: "Mondays from 10 to 12", "giovedì
/// dalle 14 alle 16".
static FROM_WORD: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)^(?:{TIME_FROM_WORD_PATTERN})$")));
static DEADLINE_WORD: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b({DEADLINE_VERB_PATTERN})\b")));

/// Reads weekly meetings from one line such as "Lectures: Tuesday 09:40-12:30 @ BMB4",
/// "Mondays and Wednesday at 08:30-09:40 (SOS 103)" or "Tue/Thu 2:00–3:20pm, Room 101".
#[cfg(test)]
fn meetings_in_line(line: &str) -> Vec<Meeting> {
    slots_in_line(line).into_iter().map(|s| s.meeting).collect()
}

/// The times of a line as (where, start, end): its ranges or, when it has none, its starts
/// ("18ct", "10:00 s.t.", "at 2pm", "Mon 10:00"; never in a line about a deadline).
fn times_in_line(line: &str) -> Vec<(Range<usize>, NaiveTime, Option<NaiveTime>, End)> {
    // A clock to the second ("Updated: Mon Feb 04 10:40:59 AM") stamps when the file was made;
    // no class starts at it. It is blanked out, keeping every other time where it was.
    static STAMP: LazyLock<Lean> =
        LazyLock::new(|| lean(r"(?i)\b[0-9]{1,2}:[0-5][0-9]:[0-5][0-9](?:\s*[ap]\.?m\b\.?)?"));
    // What STAMP needs (":mm:ss"), looked for first: a line without it never compiles STAMP.
    let seconds = line.as_bytes().windows(6).any(|w| {
        w[0] == b':' && w[3] == b':' && [w[1], w[2], w[4], w[5]].iter().all(u8::is_ascii_digit)
    });
    let blanked = if seconds {
        replace_all_groups(&STAMP, line, |c| " ".repeat(c[0].len()))
    } else {
        std::borrow::Cow::Borrowed(line)
    };
    // "noon-1:15pm", "12noon-1:15pm": noon (with the "12" some write before it) is written as
    // "12pm", padded to its length so every time stays where it was (NOON compiled only for a
    // line that holds one of its words).
    static NOON: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)(?:\b12\s*|\b)(?:{})\b",
            NOON_WORDS.join("|")
        ))
    });
    let lower = blanked.to_lowercase();
    let blanked = if NOON_WORDS.iter().any(|w| lower.contains(&w.to_lowercase())) {
        std::borrow::Cow::Owned(
            replace_all_groups(&NOON, &blanked, |c| {
                format!("{:<width$}", "12pm", width = c[0].len())
            })
            .into_owned(),
        )
    } else {
        blanked
    };
    let line = &*blanked;
    let ranges: Vec<_> = TIME_RANGE
        .groups_iter(line)
        .filter_map(|c| {
            let (start, end) = range_times(&c)?;
            Some((c.get(0)?.range(), start, Some(end), End::Written))
        })
        .collect();
    if !ranges.is_empty() || DEADLINE_WORD.is_match(line) {
        return ranges;
    }
    let bare = hours_after_day(line);
    if !bare.is_empty() {
        return bare;
    }
    let quarters: Vec<_> = QUARTER
        .groups_iter(line)
        .filter_map(|c| {
            let h: u32 = c["h"].parse().ok()?;
            let m: u32 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
            let late = if c.name("ct").is_some() { 15 } else { 0 };
            let start = NaiveTime::from_hms_opt(h, m, 0)? + chrono::Duration::minutes(late);
            Some((c.get(0)?.range(), start, None, End::Quarter))
        })
        .collect();
    if !quarters.is_empty() {
        return quarters;
    }
    TIME_LIKE
        .find_iter(line)
        .filter_map(|m| Some((m.range(), find_time(m.as_str())?, None, End::Guessed)))
        .collect()
}

/// Bare hours written right after a weekday, as a prose slot gives them ("When: Tuesdays
/// 12-2", "Mon 9-11"): a range on the clock the class is likely held (12-2 runs from noon to
/// two, 2-4 in the afternoon). Never part of a date ("Tue 12-2-2024", "Mon 3-4/10").
fn hours_after_day(line: &str) -> Vec<(Range<usize>, NaiveTime, Option<NaiveTime>, End)> {
    BARE_HOURS
        .groups_iter(line)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // A full stop ending the sentence ("from 10 to 12.") joins nothing.
            let joined = |s: &str| {
                s.starts_with(['/', ':', '-', '–'])
                    || s.strip_prefix('.')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            };
            if joined(&line[whole.end()..]) || line[..whole.start()].ends_with(['/', '.', '-']) {
                return None;
            }
            let before = line[..whole.start()].trim_end_matches([' ', ',', ':']);
            let mut words = before.rsplit(char::is_whitespace);
            let mut last_word = words.next().unwrap_or("");
            // "fredag kl. 8-10": a clock word may stand between the day and its hours.
            if CLOCK_BEFORE_WORDS
                .iter()
                .any(|w| last_word.eq_ignore_ascii_case(w))
                || FROM_WORD.is_match(last_word)
            {
                last_word = words.next().unwrap_or("").trim_end_matches(',');
            }
            if days_in(last_word).is_empty() {
                return None;
            }
            let (start, end) = match (c.get(1), c.get(2)) {
                (Some(h1), Some(h2)) => {
                    hours_range(h1.as_str().parse().ok()?, h2.as_str().parse().ok()?)?
                }
                _ => clock_range(&c)?,
            };
            Some((whole.range(), start, Some(end), End::Written))
        })
        .collect()
}

/// Two four-digit clock times ("0900-1100", "1330-1445"): on the quarter-hour grid, at least
/// half an hour and at most four hours apart, so that a run of years ("2024-2025") is not one.
fn clock_range(c: &Groups<'_>) -> Option<(NaiveTime, NaiveTime)> {
    let n = |i: usize| c.get(i)?.as_str().parse::<u32>().ok();
    let (m1, m2) = (n(4)?, n(6)?);
    if m1 % 5 != 0 || m2 % 5 != 0 {
        return None;
    }
    let start = NaiveTime::from_hms_opt(n(3)?, m1, 0)?;
    let end = NaiveTime::from_hms_opt(n(5)?, m2, 0)?;
    let minutes = (end - start).num_minutes();
    (30..=240).contains(&minutes).then_some((start, end))
}

/// Bare hours on the clock a class keeps: "12-2" is 12:00-14:00, "2-4" 14:00-16:00, "9-11"
/// and "14-16" as written.
fn hours_range(h1: u32, h2: u32) -> Option<(NaiveTime, NaiveTime)> {
    let (mut h1, mut h2) = (h1, h2);
    if (1..=6).contains(&h1) && h2 <= 11 {
        h1 += 12;
        h2 += 12;
    } else if h2 < h1 && h2 <= 11 {
        h2 += 12;
    }
    let start = NaiveTime::from_hms_opt(h1, 0, 0)?;
    let end = NaiveTime::from_hms_opt(h2, 0, 0)?;
    (start < end && h2 - h1 <= 4).then_some((start, end))
}

/// The slots of one line, each time with the days named next to it.
fn slots_in_line(line: &str) -> Vec<Slot> {
    let coloned = colonless::with_colons(line);
    let opened = without_opening_short_name(&coloned);
    let slashed = hour_blocks::slashed_ranges(&opened);
    let line = &*slashed;
    let mut out: Vec<Slot> = Vec::new();
    let mut day_from = 0usize;
    // Where the previous time's slots start in `out`, and its written end.
    let mut previous: Option<(usize, NaiveTime)> = None;
    let mut days_first = false;
    let times = times_in_line(line);
    for (i, (whole, start, end, how)) in times.iter().enumerate() {
        let next = times.get(i + 1).map_or(line.len(), |n| n.0.start);
        // "Tuesday 15:00-15:45, 16:00-16:45": a second class hour right after the first
        // lengthens its meeting.
        if let (Some((from, previous_end)), Some(end)) = (previous, end)
            && from < out.len()
            && hour_blocks::back_to_back(previous_end, *start, &line[day_from..whole.start])
        {
            let location = location_after(&line[whole.end..next]);
            for s in &mut out[from..] {
                s.meeting.end = *end;
                s.meeting.location = s.meeting.location.take().or_else(|| location.clone());
            }
            previous = Some((from, *end));
            day_from = whole.end;
            continue;
        }
        previous = end.filter(|_| *how == End::Written).map(|e| (out.len(), e));
        // Days named between the previous time and this one belong to it.
        let mut days = days_in(&line[day_from..whole.start]);
        if i == 0 {
            days_first = !days.is_empty();
        }
        if days.is_empty() && !days_first {
            // "09:40-12:30 on Tuesdays": days may follow the time, in a line that writes
            // them so; where they come first, those after are the next time's.
            days = days_in(&line[whole.end..next]);
        }
        day_from = whole.end;
        let location = location_after(&line[whole.end..next]);
        days.dedup();
        let minutes = match how {
            End::Quarter => QUARTER_MINUTES,
            _ => guessed_minutes(days.len()),
        };
        let (end, how) = match (end, duration_after(&line[whole.end..next])) {
            (Some(end), _) => (*end, *how),
            (None, Some(written)) => (end_after(*start, written), End::Written),
            (None, None) => (end_after(*start, minutes), *how),
        };
        for &day in &days {
            out.push(Slot {
                meeting: Meeting {
                    day,
                    start: *start,
                    end,
                    location: location.clone(),
                },
                end: how,
                section: None,
            });
        }
    }
    // "Monday 10:40-12:30 and Wednesday 13:40-15:30, Room 101": one room for every slot.
    if let Some(shared) = out.iter().rev().find_map(|s| s.meeting.location.clone()) {
        for s in &mut out {
            if s.meeting.location.is_none() {
                s.meeting.location = Some(shared.clone());
            }
        }
    }
    out
}

/// The slots of one line, each with the section named before it: "Section 1: Mon 10:40-12:30;
/// Section 2: Tue 13:40-15:30" is two sections; a line naming none is of `current`'s.
fn sectioned_slots(line: &str, current: Option<&str>) -> Vec<Slot> {
    let names = section_names(line);
    let Some(first) = names.first() else {
        let mut slots = slots_in_line(line);
        for s in &mut slots {
            s.section = current.map(str::to_string);
        }
        return slots;
    };
    let label = &line[..first.0.start];
    // "Mon 10:40-12:30 (Section 1)": each name follows its slot.
    let after = !slots_in_line(label).is_empty();
    let mut out = Vec::new();
    for (i, (at, name)) in names.iter().enumerate() {
        let part = if after {
            let from = i.checked_sub(1).map_or(0, |p| names[p].0.end);
            line[from..at.start].to_string()
        } else {
            // What stands before the first name ("Lectures: ") labels every part.
            let end = names.get(i + 1).map_or(line.len(), |n| n.0.start);
            format!("{label}{}", &line[at.end..end])
        };
        for mut slot in slots_in_line(&part) {
            slot.section = Some(name.clone());
            out.push(slot);
        }
    }
    out
}

static DURATION: LazyLock<Lean> = LazyLock::new(|| lean(DURATION_PATTERN));

/// A length written right after a start ("10am (50 mins)"), in minutes.
fn duration_after(text: &str) -> Option<i64> {
    let c = DURATION.groups(text)?;
    let n: f64 = c["n"].parse().ok()?;
    let hours = c["unit"].to_lowercase().starts_with(DURATION_HOUR_INITIAL);
    let minutes = if hours { n * 60.0 } else { n };
    // Rounded to a whole minute; a class lasts less than a day.
    (1.0..24.0 * 60.0)
        .contains(&minutes)
        .then(|| minutes.round() as i64)
}

/// `minutes` after `start`, but never past the end of the day.
fn end_after(start: NaiveTime, minutes: i64) -> NaiveTime {
    let (end, wrapped) = start.overflowing_add_signed(chrono::Duration::minutes(minutes));
    if wrapped != 0 {
        NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(start)
    } else {
        end
    }
}

fn is_and(w: &str) -> bool {
    AND_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)) || AND_WORDS_LOWER.contains(&w)
}

/// Most words a location after a slot's time has.
const MAX_LOCATION_WORDS: usize = 5;

fn location_after(text: &str) -> Option<String> {
    // A time in brackets, "Friday (09:00-09:45) Room 5", leaves its closing one.
    // Full-width marks too: "（13:00〜14:30）、講義室 A201".
    let mut t = text
        .trim()
        .trim_start_matches([')', ' ', '）', '、', '，', '：']);
    // "(50 mins)" is how long, not where.
    if duration_after(t).is_some()
        && let Some(close) = t.find(')')
    {
        t = t[close + 1..].trim_start_matches([')', ' ']);
    }
    if let Some(open) = t.find('(') {
        let inner = &t[open + 1..];
        let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
        let after = t[open + 1 + inner.len()..].trim_start_matches(')');
        let inner = inner.trim();
        // A room is a few words; a note in parentheses is a sentence.
        let short = inner.split_whitespace().count() <= MAX_LOCATION_WORDS;
        // "(Theory)", "(Lab)": what kind of meeting, not where; a place may follow it.
        let kind = !inner.contains(char::is_whitespace)
            && (session_lines::names_lectures(inner) || SESSION_WORD.is_match(inner));
        if kind && t[..open].trim().is_empty() {
            t = after;
        } else if !inner.is_empty() && weekday(inner).is_none() && short {
            return Some(inner.to_string());
        }
    }
    let mut t = without_hour_mark(t).trim_start_matches([',', ';', '@', '-', '–', ':', ' ']);
    for prefix in ROOM_PREFIXES {
        if let Some(head) = t.get(..prefix.len())
            && head.eq_ignore_ascii_case(prefix)
        {
            t = t[prefix.len()..].trim_start();
        }
    }
    let t = t.split([';', '|']).next().unwrap_or("").trim();
    let t = location_part(t).trim_end_matches(['.', ',', ' ']);
    // A location is short; prose after the time is not one.
    if !t.chars().any(char::is_alphanumeric)
        || t.split_whitespace().count() > MAX_LOCATION_WORDS
        || t.split_whitespace()
            .any(|w| slot_weekday(w).is_some() || is_and(w))
    {
        return None;
    }
    Some(t.to_string())
}

/// `text` without the time's own mark that opens it (`10:15–11:45 Uhr, Hörsaal 3`): the
/// hour's word, not a place.
fn without_hour_mark(text: &str) -> &str {
    let t = text.trim_start();
    let word = t.split([' ', ',', ';']).next().unwrap_or("");
    let mark = word.trim_end_matches('.').to_lowercase();
    if !word.is_empty() && HOUR_MARK_WORDS.contains(&mark.as_str()) {
        &t[word.len()..]
    } else {
        text
    }
}

/// The place at the start of `text`, without what a slot line goes on with: the next
/// sentence ("Hall 210. Instructor: ..."), a labelled field ("Room 3, Office hours: ...") or
/// the term ("Room 1, Spring 2025").
fn location_part(text: &str) -> &str {
    let mut end = text.len();
    let words = text.split_whitespace().map(|w| {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        (at, w)
    });
    let mut before: Option<&str> = None;
    for (at, w) in words {
        if let Some(prev) = before {
            let label = w.len() > 1
                && w.ends_with(':')
                && w[..w.len() - 1].chars().all(char::is_alphabetic);
            // "Rm. 210" and "Bldg. 3" abbreviate; "210. Instructor" ends a sentence.
            let sentence = prev.ends_with('.')
                && w.starts_with(char::is_uppercase)
                && (prev.len() > 5 || prev.starts_with(|c: char| c.is_ascii_digit()));
            if label || sentence {
                end = at;
                break;
            }
        }
        before = Some(w);
    }
    let text = &text[..end];
    // A comma's piece naming the term is when, not where; so is a first piece that is only
    // the term ("MWF 10:00-10:50, Fall 2025").
    let mut at = 0;
    for (i, piece) in text.split(',').enumerate() {
        let only_term = || {
            crate::syllabus::terms::term_match(piece.trim()) == Some(0)
                && piece.split_whitespace().count() <= 2
        };
        if i == 0 && only_term() {
            return text
                .get(piece.len() + 1..)
                .map_or("", |rest| location_part(rest.trim_start()));
        }
        if i > 0 && crate::syllabus::terms::term_match(piece).is_some() {
            return &text[..at - 1];
        }
        at += piece.len() + 1;
    }
    text
}

/// The lecture meetings found among the lines before the schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Found {
    pub(super) meetings: Vec<Meeting>,
    /// The line they come from.
    pub(super) line: Option<usize>,
    /// Two or more sections with their own slots, in the order the syllabus lists them:
    /// (name, line, meetings). `meetings` are then the first's.
    pub(super) sections: Vec<(String, usize, Vec<Meeting>)>,
    /// Slot lines that name no section while others do: given to every section.
    pub(super) unsectioned: Vec<usize>,
    /// Only their start was written; the end is assumed.
    pub(super) end_assumed: bool,
}

/// Slot lines by tier: labelled with ranges, labelled with starts, plain with ranges, plain
/// with starts. A line that is only a section's name ("Section 2") heads the lines below it.
fn slot_tiers(lines: &[(usize, String)]) -> [Vec<(usize, Vec<Slot>)>; 4] {
    let mut tiers: [Vec<(usize, Vec<Slot>)>; 4] = Default::default();
    let mut current: Option<String> = None;
    for (no, line) in lines {
        // "Clases: Martes 15.00-16.10  Práctico: Martes 16.20-17.30": the lectures' part.
        let line = session_after::lecture_part(labelled_clause(line));
        if NOT_LECTURE.is_match(line)
            && !LECTURE_LABEL.is_match(line.split(':').next().unwrap_or(""))
        {
            current = None;
            continue;
        }
        if session_section(line) || session_slot(line) {
            current = None;
            continue;
        }
        let slots = sectioned_slots(line, current.as_deref());
        let Some(first) = slots.first() else {
            let names = section_names(line);
            current = match names.as_slice() {
                [(_, name)] if line.split_whitespace().count() <= 4 => Some(name.clone()),
                _ => None,
            };
            continue;
        };
        let tier = 2 * usize::from(!LECTURE_LABEL_ANY.is_match(line))
            + usize::from(first.end != End::Written);
        tiers[tier].push((*no, slots));
    }
    // Beside a slot line naming the lectures, one of its tier naming only a session is that
    // session's (a tier below may still lend the lectures its slot's length).
    let slotted = |no: &usize| lines.iter().find(|(n, _)| n == no).map(|(_, l)| l.as_str());
    for tier in &mut tiers {
        if tier
            .iter()
            .any(|(no, _)| slotted(no).is_some_and(session_lines::names_lectures))
        {
            tier.retain(|(no, _)| !slotted(no).is_some_and(session_lines::names_only_a_session));
        }
    }
    tiers
}

/// The clause of a line of several (apart by `;`, as a title block's cells are read) that
/// opens with a lecture label ("Office: 370 Hall; Lecture MW 9:00-10:15"): the office named
/// in another clause says nothing of the lecture's hours. The whole line otherwise, and
/// always where no clause names other hours than the lectures'.
fn labelled_clause(line: &str) -> &str {
    if !line.contains(';') || !NOT_LECTURE.is_match(line) {
        return line;
    }
    line.split(';')
        .map(str::trim)
        .find(|c| {
            let first = c.split([' ', ':']).next().unwrap_or("");
            !first.is_empty() && LECTURE_LABEL.is_match(first) && !NOT_LECTURE.is_match(first)
        })
        .unwrap_or(line)
}

/// Finds the lecture meetings among the lines before the schedule.
///
/// Lines labelled as lectures win; lines about office hours or exams never count. Within
/// each, a line with written ranges wins over one with only starts, and a start-only slot
/// lasts as long as a written slot elsewhere in those lines, if there is one. Slots of two or
/// more sections, wherever they stand, are the sections'.
pub(super) fn find_meetings(lines: &[(usize, String)]) -> Found {
    find_meetings_on(lines, &[])
}

/// [`find_meetings`], knowing the weekdays of the schedule's dated rows (see
/// [`pick_tier`]).
fn find_meetings_on(lines: &[(usize, String)], schedule_days: &[Weekday]) -> Found {
    let tiers = slot_tiers(lines);
    let written = tiers
        .iter()
        .flatten()
        .flat_map(|(_, slots)| slots)
        .find(|s| s.end == End::Written)
        .map(|s| s.meeting.end - s.meeting.start);
    let mut names: Vec<String> = Vec::new();
    for s in tiers.iter().flatten().flat_map(|(_, s)| s) {
        if let Some(n) = &s.section
            && !names.contains(n)
        {
            names.push(n.clone());
        }
    }
    let sectioned = names.len() > 1;
    let mut chosen: Vec<(usize, Vec<Slot>)> = if sectioned {
        let mut all: Vec<_> = tiers.into_iter().flatten().collect();
        all.sort_by_key(|(no, _)| *no);
        all
    } else {
        pick_tier(tiers, schedule_days)
    };
    for (_, slots) in &mut chosen {
        for s in slots.iter_mut() {
            if let (End::Guessed, Some(length)) = (s.end, written) {
                s.meeting.end = end_after(s.meeting.start, length.num_minutes());
            }
        }
    }
    let end_assumed = chosen
        .iter()
        .flat_map(|(_, s)| s)
        .any(|s| s.end != End::Written);
    let line = chosen.first().map(|(n, _)| *n);
    if !sectioned {
        // The same day and hours said twice ("classes Tuesday and Thursday 8:30-10, the
        // practicals Thursday 8:30-10") are one meeting.
        let mut meetings: Vec<Meeting> = Vec::new();
        for m in chosen.into_iter().flat_map(|(_, s)| s).map(|s| s.meeting) {
            if !meetings
                .iter()
                .any(|k| (k.day, k.start, k.end) == (m.day, m.start, m.end))
            {
                meetings.push(m);
            }
        }
        return Found {
            meetings,
            line,
            end_assumed,
            ..Found::default()
        };
    }
    sections_of(&names, &chosen, end_assumed)
}

/// The first tier with slots, unless the schedule's dated rows fall on none of its days while
/// a later tier's days agree with them: a slot on days the schedule never meets is not its
/// lectures'.
fn pick_tier(tiers: [Vec<(usize, Vec<Slot>)>; 4], days: &[Weekday]) -> Vec<(usize, Vec<Slot>)> {
    let meetings = |t: &Vec<(usize, Vec<Slot>)>| -> Vec<Meeting> {
        t.iter()
            .flat_map(|(_, s)| s)
            .map(|s| s.meeting.clone())
            .collect()
    };
    let mut filled = tiers.into_iter().filter(|t| !t.is_empty());
    let first = filled.next().unwrap_or_default();
    let on_none = !first.is_empty()
        && !days.is_empty()
        && !meetings(&first).iter().any(|m| days.contains(&m.day));
    if on_none && let Some(better) = filled.find(|t| agrees(&meetings(t), days)) {
        return better;
    }
    first
}

/// The meetings of each named section; a slot naming none goes to every section.
fn sections_of(names: &[String], chosen: &[(usize, Vec<Slot>)], end_assumed: bool) -> Found {
    let mut found = Found {
        end_assumed,
        ..Found::default()
    };
    for name in names {
        let of_it = chosen
            .iter()
            .filter(|(_, slots)| slots.iter().any(|s| s.section.as_ref() == Some(name)));
        let line = of_it.clone().map(|(n, _)| *n).next().unwrap_or(0);
        let meetings = chosen
            .iter()
            .flat_map(|(_, slots)| slots)
            .filter(|s| s.section.is_none() || s.section.as_ref() == Some(name))
            .map(|s| s.meeting.clone())
            .collect();
        found.sections.push((name.clone(), line, meetings));
    }
    found.unsectioned = chosen
        .iter()
        .filter(|(_, slots)| slots.iter().any(|s| s.section.is_none()))
        .map(|(n, _)| *n)
        .collect();
    found.meetings = found.sections[0].2.clone();
    found.line = Some(found.sections[0].1);
    found
}

/// Weekdays alone on a line ("Tuesdays", "Mon & Wed", "TTh", "Every Thursday"), after a
/// list's icon that a PDF's text gives as one stray letter ("• Ł MWF").
fn days_only(line: &str) -> bool {
    let rest = replace_all(&DAY_CODE, line, " ");
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.next_if(|w| w.chars().count() == 1 && !w.is_ascii());
    !days_in(line).is_empty()
        && words.all(|w| {
            weekday(w).is_some() || is_and(w) || EVERY_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Weekdays alone on a line, or as the value of a labelled line or key-value row ("Days:
/// Tue, Thu", "| Meeting days | Mon, Wed |").
fn days_value(line: &str) -> bool {
    let cells = cells_of(line);
    let value = match (cells.as_slice(), line.split_once(':')) {
        ([_, rest @ ..], _) if !rest.is_empty() => rest.join(" "),
        (_, Some((_, value))) => value.to_string(),
        _ => return days_only(line),
    };
    days_only(line) || days_only(&value)
}

/// The lines with a slot written over several lines joined into one: "Tuesdays" over
/// "6 - 8 PM", with the short label above them ("Class meetings") in front.
fn join_split_slots(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].1.trim().is_empty())
        .collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut skip = None;
    for (k, &i) in filled.iter().enumerate() {
        if skip == Some(i) {
            continue;
        }
        let (no, line) = &lines[i];
        let next = filled.get(k + 1).map(|&j| (j, &lines[j].1));
        let Some((j, time_line)) = next.filter(|(_, t)| {
            days_value(line) && days_in(t).is_empty() && !times_in_line(t).is_empty()
        }) else {
            out.push((*no, line.clone()));
            continue;
        };
        let label = k
            .checked_sub(1)
            .map(|p| lines[filled[p]].1.trim())
            .filter(|l| {
                l.split_whitespace().count() <= 4 && !l.contains(|c: char| c.is_ascii_digit())
            })
            .unwrap_or("");
        out.push((*no, format!("{label} {} {}", line.trim(), time_line.trim())));
        skip = Some(j);
    }
    out
}

/// The cells of a table line: between pipes or tabs, or runs of two spaces.
fn cells_of(line: &str) -> Vec<String> {
    let t = line.trim().trim_matches('|');
    let cells: Vec<&str> = if t.contains(['|', '\t']) {
        t.split(['|', '\t']).collect()
    } else {
        t.split("  ").collect()
    };
    cells
        .into_iter()
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

/// The rows of tables of weekly meetings (`Day | Time | Room`, no date column) anywhere in
/// the document, each as one line with its cells apart ("Tuesday; 6:00-7:50 PM; Hall 4").
///
/// A Section column's bare values ("1", "A") are named by its header ("Section 1").
fn meeting_table_rows(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_table = false;
    let mut section_column: Option<(usize, String)> = None;
    for (no, line) in lines {
        let mut cells = cells_of(line);
        let names: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
        let has = |list: &[&str]| names.iter().any(|c| list.contains(&c.as_str()));
        if has(HEADER_WEEKDAY) && has(HEADER_TIME) && !has(HEADER_TOPIC) {
            in_table = !names
                .iter()
                .any(|c| c != "day" && HEADER_DATE.contains(&c.as_str()));
            section_column = names
                .iter()
                .position(|c| HEADER_SECTION.contains(&c.as_str()))
                .map(|i| (i, cells[i].clone()));
            continue;
        }
        if cells.is_empty()
            || cells
                .iter()
                .all(|c| c.chars().all(|ch| "-:= ".contains(ch)))
        {
            in_table &= !cells.is_empty();
            continue;
        }
        if in_table {
            if let Some((i, header)) = &section_column
                && let Some(cell) = cells.get_mut(*i)
                && section_names(cell).is_empty()
            {
                *cell = format!("{header} {cell}");
            }
            out.push((*no, cells.join("; ")));
        }
    }
    out
}

/// The meetings lectures use, and the sections when there are several: the options' or those
/// in the lines before the table (`table_start`) and in tables of meetings, with warnings
/// when a slot's end is assumed, a slot names no section while others do, or there is none.
///
/// `schedule_days` are the weekdays the schedule's dated rows fall on (see
/// [`schedule_days`]): a slot stated after the schedule counts only when they agree.
pub(super) fn lecture_meetings(
    numbered: &[(usize, String)],
    table_start: usize,
    schedule_days: &[Weekday],
    opts: &ParseOptions,
    cx: &mut Context,
) -> (Vec<Meeting>, Vec<Section>) {
    let header_lines = &numbered[..table_start.saturating_sub(1).min(numbered.len())];
    // A grid row read as a slot line stands for the row as written (first, so it is kept).
    let mut candidates = grid::timetable_rows(numbered);
    // "Lecture Hours   Tuesday 15:00-16:45 /" over "Friday 09:00-09:45" in the value's column.
    let unwrapped = wrapped::join_wrapped(header_lines, |label| LECTURE_LABEL_ANY.is_match(label));
    candidates.extend(join_split_slots(&unwrapped));
    candidates.extend(meeting_table_rows(numbered));
    candidates.sort_by_key(|(no, _)| *no);
    candidates.dedup_by_key(|(no, _)| *no);
    let mut found = find_meetings_on(&candidates, schedule_days);
    if found.meetings.is_empty() && found.sections.is_empty() {
        found = slot_after_table(numbered, table_start, schedule_days).unwrap_or(found);
    }
    let slot_line = found.line.unwrap_or(0);
    let from_syllabus = opts.meetings.is_none() && opts.sections.is_none();
    if from_syllabus {
        for &line in &found.unsectioned {
            cx.warn(line, "this lecture line names no section while others do; its times are given to every section; add [[section]] entries to the course file if that is wrong");
        }
    }
    if found.end_assumed && from_syllabus {
        let m = &found.meetings[0];
        cx.warn(
            slot_line,
            format!(
                "the lecture slot gives only its start ({}); lectures are taken to end at {}; add [[meeting]] entries to the course file to give their end",
                m.start.format("%H:%M"),
                m.end.format("%H:%M")
            ),
        );
    }
    if let Some(given) = &opts.sections {
        for (name, line, _) in &found.sections {
            if !given.iter().any(|s| names_section(name, s, given)) {
                cx.warn(*line, format!("the syllabus lists {name}, which is not a [[section]] of the course file; what names it is treated as shared; add a [[section]] named \"{name}\" if it is one"));
            }
        }
    }
    let sections = match (&opts.sections, &opts.meetings) {
        (Some(given), _) => given.clone(),
        // [[meeting]] alone describes one class.
        (None, Some(_)) => Vec::new(),
        (None, None) => found_sections(&found),
    };
    let meetings = match (&opts.meetings, sections.first()) {
        (Some(m), _) => m.clone(),
        (None, Some(first)) => first.meetings.clone(),
        (None, None) => found.meetings,
    };
    (meetings, sections)
}

/// The weekday of each of the schedule's dated class rows (not its labs' or tutorials').
pub(super) fn schedule_days(rows: &[WeekRow]) -> Vec<Weekday> {
    rows.iter()
        .filter(|r| !r.no_class && r.session.is_none())
        .map(|r| r.date.weekday())
        .collect()
}

/// Whether the schedule agrees with a slot: at least half its dated class rows fall on the
/// slot's days (the others may be deadlines, exams or make-up classes).
fn agrees(meetings: &[Meeting], days: &[Weekday]) -> bool {
    let on_slot = days
        .iter()
        .filter(|d| meetings.iter().any(|m| m.day == **d))
        .count();
    !meetings.is_empty() && !days.is_empty() && 2 * on_slot >= days.len()
}

/// Most days a week, and minutes a meeting, of a slot found after the schedule.
const MAX_SLOT_DAYS: usize = 4;
const MAX_SLOT_MINUTES: i64 = 4 * 60;

/// The slot stated after the schedule (a "Course information" part below the table, a
/// page's sidebar), when nothing before it gives one. Far from the lines it would time, it
/// is taken only with written ends (or under a lecture label, or right above dated rows: see
/// [`intro`]), for one class, when the dated rows agree, and only on days they fall on;
/// dated lines are the schedule's own rows (an exam's hours), never a weekly slot, and
/// only written clock times count.
fn slot_after_table(
    numbered: &[(usize, String)],
    table_start: usize,
    schedule_days: &[Weekday],
) -> Option<Found> {
    let after: Vec<(usize, String)> = numbered
        .iter()
        .skip(table_start.saturating_sub(1))
        // Bare hours ("MON 02-03") are too often a date the readers knew and `find_date`
        // does not: a clock time must be written, unless a lecture label opens the line
        // ("Lectures: Tuesday 10-12").
        .filter(|(_, line)| {
            !dated_beside_hours(line) && (TIME_LIKE.is_match(line) || labelled_slot(line))
        })
        .cloned()
        .collect();
    let found = find_meetings(&join_split_slots(&after));
    // A start alone is taken there only under a lecture label ("Lectures: Tuesdays at 2pm").
    let labelled = found
        .line
        .and_then(|no| after.iter().find(|(n, _)| *n == no))
        .is_some_and(|(_, line)| labelled_slot(line));
    // Hours kept every day or for half a day (a library's, a help desk's) are not a class's.
    let distinct: std::collections::BTreeSet<u32> = found
        .meetings
        .iter()
        .map(|m| m.day.num_days_from_monday())
        .collect();
    let class_like = distinct.len() <= MAX_SLOT_DAYS
        && found
            .meetings
            .iter()
            .all(|m| m.end - m.start <= chrono::Duration::minutes(MAX_SLOT_MINUTES));
    // So is one right above dated rows: the sentence introducing the table it times.
    let introducing = found
        .line
        .is_some_and(|no| intro::introduces_rows(numbered, no));
    if !(class_like
        && found.sections.is_empty()
        && (!found.end_assumed || labelled || introducing)
        && agrees(&found.meetings, schedule_days))
    {
        return None;
    }
    // Only the days the dated rows confirm: the others may be online or optional sessions.
    let meetings = found
        .meetings
        .into_iter()
        .filter(|m| schedule_days.contains(&m.day))
        .collect();
    Some(Found { meetings, ..found })
}

/// Whether a line holds a date once its clock ranges are set aside: "Clases: Martes
/// 15.00-16.10" is a slot whose dotted end only looks like a date (16 October).
fn dated_beside_hours(line: &str) -> bool {
    let hours = TIME_RANGE
        .groups_iter(line)
        .filter(|c| range_times(c).is_some())
        .filter_map(|c| c.get(0).map(|m| m.range()));
    let mut rest = line.to_string();
    for r in hours.collect::<Vec<_>>().into_iter().rev() {
        rest.replace_range(r, " ");
    }
    find_date(&rest).is_some()
}

/// A line opened by a lecture label and its colon: "Lectures: …", "**Vorlesung:** …".
fn labelled_slot(line: &str) -> bool {
    static LABELLED: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^[\s*_#>|-]*(?:{LECTURE_LABEL_PATTERN}|{LECTURE_LABEL_MORE_PATTERN})[\s*_]*:"
        ))
    });
    LABELLED.is_match(line) && !NOT_LECTURE.is_match(line)
}

/// Warns when lectures were read but no time for them: they are all-day events. A document
/// that gives only dated work has no lectures to time, so nothing is said.
pub(super) fn warn_untimed_lectures(
    meetings: &[Meeting],
    sections: &[Section],
    events: &[Event],
    cx: &mut Context,
) {
    let no_time = meetings.is_empty() && sections.iter().all(|s| s.meetings.is_empty());
    // Lectures that each carry their own time (a Time column) need no slot.
    let untimed = events
        .iter()
        .any(|e| e.kind == EventKind::Lecture && matches!(e.when, crate::model::When::AllDay(_)));
    if no_time && untimed {
        cx.warn(
            0,
            "no lecture time found (a line such as \"Lectures: Tuesday 09:40-12:30 @ BMB4\"); lectures are all-day events; add [[meeting]] entries to the course file to give their times",
        );
    }
}

/// The number or letter of a section's name, without leading zeros: "Sec. 02" and "Şube 2"
/// are "2", "Group A" is "a"; `None` for a code ("L0101").
fn section_ident(name: &str) -> Option<String> {
    let (word, ident) = name.rsplit_once(' ')?;
    if word.eq_ignore_ascii_case("lec") {
        return None;
    }
    let ident = ident.trim_start_matches('0');
    Some(if ident.is_empty() { "0" } else { ident }.to_lowercase())
}

/// Whether a name written in the syllabus is a section's: the same key, or the same number
/// or letter after any section word ("Sec. 2" is "Section 02") when no two sections share it.
fn names_section(written: &str, s: &Section, sections: &[Section]) -> bool {
    let slug = super::slug_words(written);
    if s.slug == slug || super::slug_words(&s.name) == slug {
        return true;
    }
    let Some(ident) = section_ident(written) else {
        return false;
    };
    let same = |x: &Section| section_ident(&x.name).as_ref() == Some(&ident);
    same(s) && sections.iter().filter(|x| same(x)).count() == 1
}

/// For each line that names one or more of `sections` (see [`names_section`]), their
/// indices.
pub(super) fn lines_naming(
    numbered: &[(usize, String)],
    sections: &[Section],
) -> std::collections::BTreeMap<usize, Vec<usize>> {
    let mut out = std::collections::BTreeMap::new();
    if sections.is_empty() {
        return out;
    }
    for (no, line) in numbered {
        let mut named: Vec<usize> = section_names(line)
            .iter()
            .filter_map(|(_, n)| sections.iter().position(|s| names_section(n, s, sections)))
            .collect();
        named.sort_unstable();
        named.dedup();
        if !named.is_empty() {
            out.insert(*no, named);
        }
    }
    out
}

/// The sections the syllabus lists, keyed by their names; two whose names make the same key
/// ("Section 1", "Section-1") are one.
fn found_sections(found: &Found) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for (name, _, meetings) in &found.sections {
        let slug = super::slug_words(name);
        if out.iter().any(|s| s.slug == slug) {
            continue;
        }
        out.push(Section {
            name: name.clone(),
            slug,
            meetings: meetings.clone(),
            exam_time: None,
            exam_location: None,
            roster_group: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn day_words_are_what_the_day_word_pattern_found(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "segunda", "-feira", "-FEIRA", "-Feira", "-feir", "feira", "Mon", "tue.", "Çarş",
                "Pzt", "周一", "Ⅳ", "\u{345}", "\u{301}", "ǅ", "ſ", "\u{212a}", ".", "..", "-",
                " ", ", ", "/", "3", "10:00", "é", "_", "İ",
            ]), 0..8),
        ) {
            static OLD: LazyLock<regex::Regex> = LazyLock::new(|| {
                regex::Regex::new(&format!(r"(?i)\p{{L}}+(?:{WEEKDAY_SECOND_PART_PATTERN})?\.?")).unwrap()
            });
            let text = pieces.concat();
            let was: Vec<(usize, &str)> =
                OLD.find_iter(&text).map(|m| (m.start(), m.as_str())).collect();
            proptest::prop_assert_eq!(was, day_words(&text), "{:?}", text);
        }
    }

    #[test]
    fn bare_hours_right_after_a_weekday_are_a_slot() {
        let hm = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let m = meetings_in_line("When: Tuesdays 12-2, from 23/09/2025 to 02/12/2025");
        assert_eq!(m.len(), 1);
        assert_eq!(
            (m[0].day, m[0].start, m[0].end),
            (Weekday::Tue, hm(12), hm(14))
        );
        let m = meetings_in_line("Mon, Wed 2-4 in the studio");
        assert_eq!(
            slots(&m),
            vec![
                (Weekday::Mon, hm(14), hm(16)),
                (Weekday::Wed, hm(14), hm(16))
            ]
        );
        assert!(meetings_in_line("Week 3: Tue 12-2-2024 lab").is_empty());
        assert!(meetings_in_line("Chapters 12-14 on Tuesday").is_empty());
    }
    use chrono::NaiveTime;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// Each meeting's day, start and end, in order.
    fn slots(meetings: &[Meeting]) -> Vec<(Weekday, NaiveTime, NaiveTime)> {
        meetings.iter().map(|m| (m.day, m.start, m.end)).collect()
    }

    #[test]
    fn a_clock_to_the_second_is_a_file_stamp_and_no_slot() {
        assert!(meetings_in_line("Revised: Thu Mar 07 14:05:33 PM").is_empty());
        assert!(meetings_in_line("Built Wed 2024-01-10 09:12:45").is_empty());
        let m = meetings_in_line("Lab: Wed 3:10-5:00pm (page built 11:02:17)");
        assert_eq!(slots(&m), [(Weekday::Wed, t(15, 10), t(17, 0))]);
    }

    #[test]
    fn a_single_weekly_slot_with_a_room() {
        let m = meetings_in_line("Lectures: Tuesday 09:40-12:30 @ BMB4.");
        assert_eq!(
            m,
            vec![Meeting {
                day: Weekday::Tue,
                start: t(9, 40),
                end: t(12, 30),
                location: Some("BMB4".into())
            }]
        );
    }

    #[test]
    fn the_hour_word_after_a_slot_is_no_part_of_its_room() {
        let m = meetings_in_line("Vorlesung: Dienstag 10:15–11:45 Uhr, Hörsaal 3");
        assert_eq!(
            m.iter().map(|m| m.location.clone()).collect::<Vec<_>>(),
            [Some("Hörsaal 3".to_string())]
        );
    }

    #[test]
    fn a_short_weekday_after_a_slot_is_the_next_meeting_not_its_place() {
        let places = |line: &str| {
            meetings_in_line(line)
                .iter()
                .map(|m| (m.day, m.location.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            places("Horario: Lun 08-10h, Jue 10-12h"),
            [(Weekday::Mon, None), (Weekday::Thu, None)]
        );
        assert_eq!(
            places("Zeit: Di 10-12 Uhr, Do 14-16 Uhr"),
            [(Weekday::Tue, None), (Weekday::Thu, None)]
        );
    }

    #[test]
    fn portuguese_short_weekdays_name_a_slot_with_its_hours() {
        let m = meetings_in_line("Horários: Ter 08-10h Qui 10-12h");
        assert_eq!(
            slots(&m),
            [
                (Weekday::Tue, t(8, 0), t(10, 0)),
                (Weekday::Thu, t(10, 0), t(12, 0))
            ]
        );
    }

    #[test]
    fn several_days_share_one_slot() {
        let m = meetings_in_line("Mondays and Wednesday at 08:30-09:40 (SOS 103)");
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].day, m[1].day), (Weekday::Mon, Weekday::Wed));
        assert_eq!(m[1].location.as_deref(), Some("SOS 103"));
        assert_eq!((m[0].start, m[0].end), (t(8, 30), t(9, 40)));
    }

    #[test]
    fn a_slot_lines_place_stops_before_the_next_sentence_a_label_or_the_term() {
        let place = |line: &str| meetings_in_line(line)[0].location.clone();
        assert_eq!(
            place("Lectures: Mon/Wed 1:30-2:45 pm, Hall 210. Instructor: Dr. Q").as_deref(),
            Some("Hall 210")
        );
        assert_eq!(
            place("MWF 10:00-10:50, Room 1, Spring 2025.").as_deref(),
            Some("Room 1")
        );
        assert_eq!(
            place("TTh 9:30-10:45, Bldg 5, Room 2, Fall 2025").as_deref(),
            Some("Bldg 5, Room 2")
        );
        assert_eq!(
            place("TTh 9:30-10:45, Gym, Instructor: Dr. Q").as_deref(),
            Some("Gym")
        );
        // An abbreviation's dot is no sentence's end.
        assert_eq!(
            place("Tue 14:00-16:00, Rm. 210").as_deref(),
            Some("Rm. 210")
        );
        assert_eq!(
            place("Tue 14:00-16:00, Science Bldg. B").as_deref(),
            Some("Science Bldg. B")
        );
        // The term alone after the time is no place at all.
        assert_eq!(place("Lectures: MWF 10:00-10:50, Fall 2025"), None);
        assert_eq!(
            place("MWF 10:00-10:50, Fall 2025, Room 1").as_deref(),
            Some("Room 1")
        );
    }

    #[test]
    fn twelve_hour_clocks_and_slash_separated_days() {
        let m = meetings_in_line("Tue/Thu 2:00–3:20pm, Room 101");
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].day, m[1].day), (Weekday::Tue, Weekday::Thu));
        assert_eq!((m[0].start, m[0].end), (t(14, 0), t(15, 20)));
        assert_eq!(m[0].location.as_deref(), Some("Room 101"));
        let m = meetings_in_line("Lectures: MWF 10:00-10:50, Van Vleck B130");
        assert_eq!(
            m.iter().map(|m| m.day).collect::<Vec<_>>(),
            [Weekday::Mon, Weekday::Wed, Weekday::Fri]
        );
        assert_eq!(m[0].location.as_deref(), Some("Van Vleck B130"));
        for line in [
            "Meets: TTh 1:30-2:45 PM",
            "Lecture: TR 1:30pm-2:45pm",
            "Tu/Th 1:30-2:45 pm",
        ] {
            let m = meetings_in_line(line);
            assert_eq!(
                m.iter().map(|m| m.day).collect::<Vec<_>>(),
                [Weekday::Tue, Weekday::Thu],
                "{line}"
            );
            assert_eq!((m[0].start, m[0].end), (t(13, 30), t(14, 45)), "{line}");
        }
        let m = meetings_in_line("Lectures: Tue/Thu 1:00-2:15");
        assert_eq!(
            (m[0].start, m[0].end),
            (t(13, 0), t(14, 15)),
            "an afternoon class without pm"
        );
        let m = meetings_in_line("Fri 11:00-12:20pm");
        assert_eq!((m[0].start, m[0].end), (t(11, 0), t(12, 20)));
    }

    #[test]
    fn different_times_on_different_days() {
        let m = meetings_in_line("Lectures: Mon 13:40-15:30 @ A101; Thu 10:40-11:30 @ B202");
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].location.as_deref(), Some("A101"));
        assert_eq!((m[1].day, m[1].start), (Weekday::Thu, t(10, 40)));
        assert_eq!(m[1].location.as_deref(), Some("B202"));
        let m =
            meetings_in_line("Lectures: Monday 10:40-12:30 and Wednesday 13:40-15:30, Room 101");
        assert_eq!(m.len(), 2);
        assert!(
            m.iter().all(|m| m.location.as_deref() == Some("Room 101")),
            "{m:?}"
        );
    }

    #[test]
    fn a_german_academic_quarter_starts_a_ninety_minute_block() {
        let m = meetings_in_line("The reading group meets at 16ct on Wednesday in Room 0.08.");
        assert_eq!(
            (m[0].day, m[0].start, m[0].end),
            (Weekday::Wed, t(16, 15), t(17, 45))
        );
        let m = meetings_in_line("Vorlesung: Dienstag 10 Uhr c.t., Hörsaal 2");
        assert_eq!((m[0].start, m[0].end), (t(10, 15), t(11, 45)));
        let m = meetings_in_line("Seminar Fridays 14:00 s.t.");
        assert_eq!((m[0].start, m[0].end), (t(14, 0), t(15, 30)));
        assert!(meetings_in_line("the 1st Monday").is_empty());
    }

    #[test]
    fn a_start_alone_lasts_by_how_often_the_class_meets() {
        let m = meetings_in_line("Lecture: Mon 10:00");
        assert_eq!((m[0].start, m[0].end), (t(10, 0), t(11, 30)));
        let m = meetings_in_line("Class meets Tuesdays and Thursdays at 2pm");
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[1].day, m[1].start, m[1].end),
            (Weekday::Thu, t(14, 0), t(15, 15))
        );
        let m = meetings_in_line("Lectures MWF at 9:00 am");
        assert_eq!((m.len(), m[0].end), (3, t(9, 50)));
        assert!(meetings_in_line("Homework is due Fridays at 5pm").is_empty());
    }

    #[test]
    fn a_start_alone_takes_the_length_of_a_written_slot_and_a_written_one_wins() {
        let lines = vec![
            (1, "Lectures: Monday 8:30am".to_string()),
            (2, "Labs Thursday 13:00-14:50".to_string()),
        ];
        let found = find_meetings(&lines);
        assert_eq!(found.meetings.len(), 1);
        assert_eq!(found.meetings[0].end, t(10, 20));
        assert!(found.end_assumed);
        let lines = vec![
            (1, "Class starts Mondays at 9:00".to_string()),
            (2, "Classes: Monday 10:00-11:15".to_string()),
        ];
        let found = find_meetings(&lines);
        assert_eq!((found.meetings[0].start, found.line), (t(10, 0), Some(2)));
        assert!(!found.end_assumed);
    }

    #[test]
    fn a_start_late_at_night_ends_before_midnight() {
        let m = meetings_in_line("Lecture: Sunday 23:30");
        assert_eq!(m[0].end, t(23, 59));
    }

    /// The lines of `text`, numbered from 1 as the finder takes them.
    pub(super) fn numbered(text: &str) -> Vec<(usize, String)> {
        text.lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect()
    }

    #[test]
    fn a_slot_labelled_with_a_session_word_is_not_the_lectures() {
        let found = find_meetings(&numbered(
            "Teoría: martes de 10.00 a 12.00.\n**Práctica:** jueves de 14:00 a 16:00.\nTD : lundi 8h-10h",
        ));
        assert_eq!(slots(&found.meetings), [(Weekday::Tue, t(10, 0), t(12, 0))]);
        assert!(!session_slot("Sections: Mon 9-10"));
    }

    #[test]
    fn an_every_word_or_a_list_icon_before_the_days_still_makes_them_days_alone() {
        assert!(days_only("Every Thursday"));
        assert!(days_only("> Every Thursday"));
        assert!(days_only("• Ł MWF"));
        assert!(days_only("Every Tuesday & Thursday"));
        assert!(!days_only("• Room MWF"));
        assert!(!days_only("Every student on Thursday"));
        assert!(!days_only("v 11-11:50am"));
        let lines = join_split_slots(&numbered(
            "Meetings
  • Ł TTh
  • v 2-3:15pm
  • Ŵ Hall 4",
        ));
        let found = find_meetings(&lines);
        assert_eq!(
            slots(&found.meetings),
            [
                (Weekday::Tue, t(14, 0), t(15, 15)),
                (Weekday::Thu, t(14, 0), t(15, 15))
            ]
        );
    }

    #[test]
    fn a_day_over_its_time_on_the_next_line_is_one_slot_under_its_label() {
        let lines = join_split_slots(&numbered(
            "Meeting times\n\nMondays & Wednesdays\n3:30 - 4:45 PM\nOffice hours\nFriday\n1-2pm",
        ));
        assert_eq!(
            lines,
            [
                (1, "Meeting times".to_string()),
                (
                    3,
                    "Meeting times Mondays & Wednesdays 3:30 - 4:45 PM".to_string()
                ),
                (5, "Office hours".to_string()),
                (6, "Office hours Friday 1-2pm".to_string()),
            ]
        );
        let found = find_meetings(&lines);
        assert_eq!(
            found
                .meetings
                .iter()
                .map(|m| (m.day, m.start))
                .collect::<Vec<_>>(),
            [(Weekday::Mon, t(15, 30)), (Weekday::Wed, t(15, 30))]
        );
    }

    #[test]
    fn a_table_of_weekly_meetings_gives_the_slot_and_a_dated_table_does_not() {
        let text = "| Type | Day | Time | Room |\n|---|---|---|---|\n| Lecture | Thursday | 9:00-10:30 | Aula B |\n\nDate  Day  Time  Topic\nMar 3  Tue  10:00-11:00  Intro";
        let rows = meeting_table_rows(&numbered(text));
        assert_eq!(
            rows,
            [(3, "Lecture; Thursday; 9:00-10:30; Aula B".to_string())]
        );
        let m = meetings_in_line(&rows[0].1);
        assert_eq!(
            (m[0].day, m[0].location.as_deref()),
            (Weekday::Thu, Some("Aula B"))
        );
    }

    #[test]
    fn chinese_weekdays_are_found_inside_running_text() {
        let m = meetings_in_line("* 上课时间：每周三，08:00-09:40；周五 10:00-11:40");
        assert_eq!(
            m.iter().map(|m| (m.day, m.start)).collect::<Vec<_>>(),
            [(Weekday::Wed, t(8, 0)), (Weekday::Fri, t(10, 0))]
        );
    }

    #[test]
    fn japanese_one_character_weekdays_joined_by_a_middle_dot_are_a_slot() {
        let m = meetings_in_line("月・水・木の13:00〜16:40（3・4限目）");
        assert_eq!(
            m.iter().map(|m| (m.day, m.start)).collect::<Vec<_>>(),
            [
                (Weekday::Mon, t(13, 0)),
                (Weekday::Wed, t(13, 0)),
                (Weekday::Thu, t(13, 0))
            ]
        );
        // Months, and a weekday character alone, are none.
        assert!(meetings_in_line("4月・5月 13:00〜16:40").is_empty());
        assert!(meetings_in_line("水の13:00〜16:40").is_empty());
    }

    #[test]
    fn office_hours_are_not_lectures() {
        let lines = vec![
            (1, "Office hours: Monday 14:00-15:00".to_string()),
            (2, "Lectures: Tuesday 09:40-12:30 @ BMB4.".to_string()),
        ];
        let found = find_meetings(&lines);
        assert_eq!(found.meetings.len(), 1);
        assert_eq!(found.line, Some(2));
    }

    #[test]
    fn the_lecture_clause_of_a_title_block_line_gives_the_slot() {
        let lines = vec![
            (1, "Prof. A. Person ; Classroom: 207 Hall".to_string()),
            (2, "Office: 370 Hall ; Lecture MW 9:00-10:15".to_string()),
        ];
        let found = find_meetings(&lines);
        let days: Vec<Weekday> = found.meetings.iter().map(|m| m.day).collect();
        assert_eq!(days, [Weekday::Mon, Weekday::Wed]);
        assert_eq!(found.line, Some(2));
    }

    #[test]
    fn only_the_lines_before_the_table_give_the_lecture_slot() {
        let lines = vec![
            (1, "Lectures: Tuesday 09:40-12:30 @ BMB4.".to_string()),
            (2, "Week\tDate\tTopic".to_string()),
            (3, "Meets: Friday 10:00-11:00".to_string()),
        ];
        let mut cx = Context::for_term("");
        let m = lecture_meetings(&lines, 2, &[], &ParseOptions::default(), &mut cx);
        assert_eq!(
            m.0.iter().map(|m| m.day).collect::<Vec<_>>(),
            [Weekday::Tue]
        );
        assert!(cx.warnings.is_empty());
        let (meetings, sections) =
            lecture_meetings(&lines, 1, &[], &ParseOptions::default(), &mut cx);
        assert!(meetings.is_empty());
        warn_untimed_lectures(&meetings, &sections, &[], &mut cx);
        assert!(cx.warnings.is_empty(), "no lectures, nothing to time");
        let lecture = Event::all_day_for_tests(
            "lecture-1",
            EventKind::Lecture,
            chrono::NaiveDate::from_ymd_opt(2022, 10, 4).unwrap(),
            chrono_tz::Europe::Istanbul,
        );
        warn_untimed_lectures(&meetings, &sections, &[lecture], &mut cx);
        assert_eq!(cx.warnings.len(), 1, "untimed lectures are worth a warning");
    }

    fn section_days(found: &Found) -> Vec<(String, Vec<Weekday>)> {
        found
            .sections
            .iter()
            .map(|(n, _, m)| (n.clone(), m.iter().map(|m| m.day).collect()))
            .collect()
    }

    #[test]
    fn section_lines_give_one_slot_set_per_section() {
        let lines =
            numbered("Section 1: Mon/Wed 10:40-12:30, BMB1\nSection 2: Tue/Thu 13:40-15:30, BMB3");
        let found = find_meetings(&lines);
        assert_eq!(
            section_days(&found),
            [
                ("Section 1".to_string(), vec![Weekday::Mon, Weekday::Wed]),
                ("Section 2".to_string(), vec![Weekday::Tue, Weekday::Thu])
            ]
        );
        assert_eq!(found.sections[1].2[0].location.as_deref(), Some("BMB3"));
        assert_eq!(found.sections[1].1, 2);
        let one_line =
            numbered("Lectures: Sec. 01 MW 9:00-10:15 (Hall A); Sec. 02 TTh 15:00-16:15 (Hall B)");
        let found = find_meetings(&one_line);
        assert_eq!(
            found
                .sections
                .iter()
                .map(|s| s.0.as_str())
                .collect::<Vec<_>>(),
            ["Sec. 01", "Sec. 02"]
        );
        assert_eq!(found.sections[1].2[0].start, t(15, 0));
    }

    #[test]
    fn a_section_heading_gives_its_name_to_the_slot_lines_below_it() {
        let lines = join_split_slots(&numbered(
            "Şube 1\nPazartesi 09:40-11:30, A101\nŞube 2\nSalı 13:40-15:30, A102\nL0101 is not a heading here",
        ));
        let found = find_meetings(&lines);
        assert_eq!(
            section_days(&found),
            [
                ("Şube 1".to_string(), vec![Weekday::Mon]),
                ("Şube 2".to_string(), vec![Weekday::Tue])
            ]
        );
    }

    #[test]
    fn codes_and_groups_name_sections_and_words_like_them_do_not() {
        let names = |l: &str| {
            section_names(l)
                .into_iter()
                .map(|(_, n)| n)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("LEC 0101: MW 10-11; L0201: TR 2-3"),
            ["LEC 0101", "L0201"]
        );
        assert_eq!(names("Group A meets Mondays"), ["Group A"]);
        assert!(names("Sections 1 and 2 share the exam; group project due").is_empty());
        assert!(names("Room L101 and L2").is_empty());
    }

    #[test]
    fn a_section_column_of_a_meetings_table_names_each_row() {
        let text = "| Section | Day | Time | Room |\n|---|---|---|---|\n| 1 | Monday | 10:40-12:30 | BMB1 |\n| 1 | Wednesday | 10:40-12:30 | BMB1 |\n| 2 | Tuesday | 13:40-15:30 | BMB3 |";
        let rows = meeting_table_rows(&numbered(text));
        assert_eq!(rows[0].1, "Section 1; Monday; 10:40-12:30; BMB1");
        let found = find_meetings(&rows);
        assert_eq!(
            section_days(&found),
            [
                ("Section 1".to_string(), vec![Weekday::Mon, Weekday::Wed]),
                ("Section 2".to_string(), vec![Weekday::Tue])
            ]
        );
    }

    #[test]
    fn one_named_section_is_one_class_and_an_unnamed_line_among_sections_is_warned_about() {
        let found = find_meetings(&numbered("Section 003   MWF 10:00-10:50   Van Vleck B130"));
        assert!(found.sections.is_empty());
        assert_eq!(found.meetings.len(), 3);
        let lines = numbered(
            "Section 1: Mon 10:40-12:30\nSection 2: Tue 13:40-15:30\nLectures: Fri 09:00-10:00",
        );
        let mut cx = Context::for_term("");
        let (_, sections) = lecture_meetings(&lines, 9, &[], &ParseOptions::default(), &mut cx);
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].slug, "section-1");
        assert_eq!(cx.warnings.len(), 1, "{:?}", cx.warnings);
        assert_eq!(cx.warnings[0].line, 3);
    }

    #[test]
    fn a_row_may_name_its_section_another_way_by_its_number() {
        let sections: Vec<Section> = ["Section 01", "Section 02"]
            .iter()
            .map(|n| Section {
                name: n.to_string(),
                slug: super::super::slug_words(n),
                meetings: Vec::new(),
                exam_time: None,
                exam_location: None,
                roster_group: None,
            })
            .collect();
        let lines = numbered("Quiz (Sec. 2)\nQuiz (Şube 1)\nGroup 3 trip\nLEC 0101");
        let named = lines_naming(&lines, &sections);
        assert_eq!(named.get(&1), Some(&vec![1]));
        assert_eq!(named.get(&2), Some(&vec![0]));
        assert_eq!(named.get(&3), None);
        assert_eq!(named.get(&4), None);
    }

    #[test]
    fn recitation_sections_are_not_the_lectures() {
        let lines = numbered(
            "Lectures: Mon/Wed 10:00-11:20, Hall 1\nRecitation Section 1: Fri 09:00-09:50\nRecitation Section 2: Fri 10:00-10:50",
        );
        let found = find_meetings(&lines);
        assert!(found.sections.is_empty(), "{found:?}");
        assert_eq!(found.meetings.len(), 2);
    }
}

mod colonless;
#[cfg(test)]
mod forms;
mod grid;
mod hour_blocks;
mod intro;
mod session_after;
mod session_lines;
mod wrapped;
