//! Stage 4, recogniser: the weekly lecture meetings in the lines before the schedule,
//! "Lectures: Tuesday 09:40-12:30 @ BMB4", "MWF 10:00-10:50, Van Vleck B130".

use std::sync::LazyLock;

use std::ops::Range;

use chrono::{NaiveTime, Weekday};
use regex::Regex;

use super::dates::weekday;
use super::lexicon::{
    AND_WORDS, AND_WORDS_LOWER, CLOCK_WORD_PATTERN, CUM_TEMPORE_PATTERN, DAY_CODE_PATTERN,
    DAY_CODES, DEADLINE_VERB_PATTERN, HEADER_DATE, HEADER_TIME, HEADER_TOPIC, HEADER_WEEKDAY,
    LECTURE_LABEL_PATTERN, NOT_LECTURE_PATTERN, ROOM_PREFIXES, SECTION_PATTERN,
    SINE_TEMPORE_PATTERN, WEEKDAY_SECOND_PART_PATTERN, WEEKDAYS_JA_KO, WEEKDAYS_ZH,
};
use super::times::{TIME_LIKE, TIME_RANGE, find_time, range_times};
use super::{Context, ParseOptions};
use crate::model::Meeting;

static LECTURE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({LECTURE_LABEL_PATTERN})\b")).unwrap());
static NOT_LECTURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({NOT_LECTURE_PATTERN})\b")).unwrap());
static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({SECTION_PATTERN})\s*\w+")).unwrap());
/// A word that may be a weekday: letters of any Latin script, with a joined second part
/// ("segunda-feira").
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)[a-zà-ÿçğıöşü]+(?:{WEEKDAY_SECOND_PART_PATTERN})?\.?"
    ))
    .unwrap()
});
/// Compact US day codes: "MWF", "TTh", "TR", "TuTh", "M/W/F" (case matters: "MW", not "mw").
static DAY_CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(DAY_CODE_PATTERN).unwrap());

fn decode_day_code(code: &str) -> Vec<Weekday> {
    let mut out = Vec::new();
    let mut rest = code;
    while !rest.is_empty() {
        rest = rest.trim_start_matches('/');
        let Some(&(letters, day)) = DAY_CODES.iter().find(|(c, _)| rest.starts_with(c)) else {
            break;
        };
        out.push(day);
        rest = &rest[letters.len()..];
    }
    out
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
    let mut days: Vec<(usize, Weekday)> = DAY_WORD
        .find_iter(text)
        .filter_map(|w| Some((w.start(), weekday(w.as_str())?)))
        .collect();
    // Chinese writes no spaces: its weekday names are found anywhere in the text.
    for &(name, day) in WEEKDAYS_ZH.iter().chain(WEEKDAYS_JA_KO) {
        days.extend(text.match_indices(name).map(|(at, _)| (at, day)));
    }
    days.sort_by_key(|&(at, _)| at);
    days.into_iter().map(|(_, d)| d).collect()
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

static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s*(?:(?:{CLOCK_WORD_PATTERN})\s*)?(?:(?P<ct>{CUM_TEMPORE_PATTERN})|{SINE_TEMPORE_PATTERN})(?:\W|$)"
    ))
    .unwrap()
});
static DEADLINE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({DEADLINE_VERB_PATTERN})\b")).unwrap());

/// Reads weekly meetings from one line such as "Lectures: Tuesday 09:40-12:30 @ BMB4",
/// "Mondays and Wednesday at 08:30-09:40 (SOS 103)" or "Tue/Thu 2:00–3:20pm, Room 101".
#[cfg(test)]
fn meetings_in_line(line: &str) -> Vec<Meeting> {
    slots_in_line(line).into_iter().map(|s| s.meeting).collect()
}

/// The times of a line as (where, start, end): its ranges or, when it has none, its starts
/// ("18ct", "10:00 s.t.", "at 2pm", "Mon 10:00"; never in a line about a deadline).
fn times_in_line(line: &str) -> Vec<(Range<usize>, NaiveTime, Option<NaiveTime>, End)> {
    let ranges: Vec<_> = TIME_RANGE
        .captures_iter(line)
        .filter_map(|c| {
            let (start, end) = range_times(&c)?;
            Some((c.get(0)?.range(), start, Some(end), End::Written))
        })
        .collect();
    if !ranges.is_empty() || DEADLINE_WORD.is_match(line) {
        return ranges;
    }
    let quarters: Vec<_> = QUARTER
        .captures_iter(line)
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

/// The slots of one line, each time with the days named next to it.
fn slots_in_line(line: &str) -> Vec<Slot> {
    let mut out = Vec::new();
    let mut day_from = 0usize;
    let times = times_in_line(line);
    for (i, (whole, start, end, how)) in times.iter().enumerate() {
        // Days named between the previous time and this one belong to it.
        let mut days = days_in(&line[day_from..whole.start]);
        let next = times.get(i + 1).map_or(line.len(), |n| n.0.start);
        if days.is_empty() {
            // "09:40-12:30 on Tuesdays": days may follow the time.
            days = days_in(&line[whole.end..next]);
        }
        day_from = whole.end;
        let location = location_after(&line[whole.end..next]);
        days.dedup();
        let minutes = match how {
            End::Quarter => QUARTER_MINUTES,
            _ => guessed_minutes(days.len()),
        };
        let end = end.unwrap_or_else(|| end_after(*start, minutes));
        for &day in &days {
            out.push(Slot {
                meeting: Meeting {
                    day,
                    start: *start,
                    end,
                    location: location.clone(),
                },
                end: *how,
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

fn location_after(text: &str) -> Option<String> {
    let t = text.trim();
    if let Some(open) = t.find('(') {
        let inner = &t[open + 1..];
        let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
        let inner = inner.trim();
        if !inner.is_empty() && weekday(inner).is_none() {
            return Some(inner.to_string());
        }
    }
    let mut t = t.trim_start_matches([',', ';', '@', '-', '–', ':', ' ']);
    for prefix in ROOM_PREFIXES {
        if let Some(head) = t.get(..prefix.len())
            && head.eq_ignore_ascii_case(prefix)
        {
            t = t[prefix.len()..].trim_start();
        }
    }
    let t = t.split([';', '|']).next().unwrap_or("").trim();
    let t = t.trim_end_matches(['.', ',', ' ']);
    // A location is short; prose after the time is not one.
    if !t.chars().any(char::is_alphanumeric)
        || t.split_whitespace().count() > 5
        || t.split_whitespace()
            .any(|w| weekday(w).is_some() || is_and(w))
    {
        return None;
    }
    Some(t.to_string())
}

/// The lecture meetings found among the lines before the schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Found {
    pub(super) meetings: Vec<Meeting>,
    /// The line they come from.
    pub(super) line: Option<usize>,
    /// Several sections were listed; `meetings` are the first's.
    pub(super) several_sections: bool,
    /// Only their start was written; the end is assumed.
    pub(super) end_assumed: bool,
}

/// Finds the lecture meetings among the lines before the schedule.
///
/// Lines labelled as lectures win; lines about office hours or exams never count. Within
/// each, a line with written ranges wins over one with only starts, and a start-only slot
/// lasts as long as a written slot elsewhere in those lines, if there is one.
pub(super) fn find_meetings(lines: &[(usize, String)]) -> Found {
    // Labelled with ranges, labelled with starts, plain with ranges, plain with starts.
    let mut tiers: [Vec<(usize, Vec<Slot>)>; 4] = Default::default();
    for (no, line) in lines {
        if NOT_LECTURE.is_match(line)
            && !LECTURE_LABEL.is_match(line.split(':').next().unwrap_or(""))
        {
            continue;
        }
        let slots = slots_in_line(line);
        let Some(first) = slots.first() else {
            continue;
        };
        let tier =
            2 * usize::from(!LECTURE_LABEL.is_match(line)) + usize::from(first.end != End::Written);
        tiers[tier].push((*no, slots));
    }
    let written = tiers
        .iter()
        .flatten()
        .flat_map(|(_, slots)| slots)
        .find(|s| s.end == End::Written)
        .map(|s| s.meeting.end - s.meeting.start);
    let mut chosen = tiers
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    // "Section 001: MW ...", "Section 002: TR ...": one course, several sections. Every
    // student attends one, so only the first is used (the course file can name another).
    let sections = chosen
        .iter()
        .filter(|(no, _)| lines.iter().any(|(n, l)| n == no && SECTION.is_match(l)))
        .count();
    if sections > 1 {
        chosen.truncate(1);
    }
    let line = chosen.first().map(|(n, _)| *n);
    let slots: Vec<Slot> = chosen.into_iter().flat_map(|(_, s)| s).collect();
    let end_assumed = slots.iter().any(|s| s.end != End::Written);
    let meetings = slots
        .into_iter()
        .map(|mut s| {
            if let (End::Guessed, Some(length)) = (s.end, written) {
                s.meeting.end = end_after(s.meeting.start, length.num_minutes());
            }
            s.meeting
        })
        .collect();
    Found {
        meetings,
        line,
        several_sections: sections > 1,
        end_assumed,
    }
}

/// Weekdays alone on a line ("Tuesdays", "Mon & Wed", "TTh").
fn days_only(line: &str) -> bool {
    let rest = DAY_CODE.replace_all(line, " ");
    !days_in(line).is_empty()
        && rest
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| weekday(w).is_some() || is_and(w))
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
            days_only(line) && days_in(t).is_empty() && !times_in_line(t).is_empty()
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
fn meeting_table_rows(lines: &[(usize, String)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_table = false;
    for (no, line) in lines {
        let cells = cells_of(line);
        let names: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
        let has = |list: &[&str]| names.iter().any(|c| list.contains(&c.as_str()));
        if has(HEADER_WEEKDAY) && has(HEADER_TIME) && !has(HEADER_TOPIC) {
            in_table = !names
                .iter()
                .any(|c| c != "day" && HEADER_DATE.contains(&c.as_str()));
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
            out.push((*no, cells.join("; ")));
        }
    }
    out
}

/// The meetings lectures use: the options' or those in the lines before the table
/// (`table_start`) and in tables of meetings, with warnings when there are several sections
/// or none.
pub(super) fn lecture_meetings(
    numbered: &[(usize, String)],
    table_start: usize,
    opts: &ParseOptions,
    cx: &mut Context,
) -> Vec<Meeting> {
    let header_lines = &numbered[..table_start.saturating_sub(1).min(numbered.len())];
    let mut candidates = join_split_slots(header_lines);
    candidates.extend(meeting_table_rows(numbered));
    candidates.sort_by_key(|(no, _)| *no);
    candidates.dedup_by_key(|(no, _)| *no);
    let found = find_meetings(&candidates);
    let slot_line = found.line.unwrap_or(0);
    if found.several_sections && opts.meetings.is_none() {
        cx.warn(slot_line, "the syllabus lists several sections; lectures use the first one's days and times; add [[meeting]] entries to the course file for another section");
    }
    if found.end_assumed && opts.meetings.is_none() {
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
    let meetings = opts.meetings.clone().unwrap_or(found.meetings);
    if meetings.is_empty() {
        cx.warn(
            0,
            "no lecture time found (a line such as \"Lectures: Tuesday 09:40-12:30 @ BMB4\"); lectures are all-day events; add [[meeting]] entries to the course file to give their times",
        );
    }
    meetings
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
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
    fn several_days_share_one_slot() {
        let m = meetings_in_line("Mondays and Wednesday at 08:30-09:40 (SOS 103)");
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].day, m[1].day), (Weekday::Mon, Weekday::Wed));
        assert_eq!(m[1].location.as_deref(), Some("SOS 103"));
        assert_eq!((m[0].start, m[0].end), (t(8, 30), t(9, 40)));
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

    fn numbered(text: &str) -> Vec<(usize, String)> {
        text.lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect()
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
    fn only_the_lines_before_the_table_give_the_lecture_slot() {
        let lines = vec![
            (1, "Lectures: Tuesday 09:40-12:30 @ BMB4.".to_string()),
            (2, "Week\tDate\tTopic".to_string()),
            (3, "Meets: Friday 10:00-11:00".to_string()),
        ];
        let mut cx = Context::for_term("");
        let m = lecture_meetings(&lines, 2, &ParseOptions::default(), &mut cx);
        assert_eq!(m.iter().map(|m| m.day).collect::<Vec<_>>(), [Weekday::Tue]);
        assert!(cx.warnings.is_empty());
        assert!(lecture_meetings(&lines, 1, &ParseOptions::default(), &mut cx).is_empty());
        assert_eq!(cx.warnings.len(), 1, "no lecture time is worth a warning");
    }
}
