//! Stage 4, recogniser: the weekly lecture meetings in the lines before the schedule,
//! "Lectures: Tuesday 09:40-12:30 @ BMB4", "MWF 10:00-10:50, Van Vleck B130".

use std::sync::LazyLock;

use chrono::Weekday;
use regex::Regex;

use super::dates::weekday;
use super::lexicon::{
    AND_WORDS, AND_WORDS_LOWER, DAY_CODE_PATTERN, DAY_CODES, LECTURE_LABEL_PATTERN,
    NOT_LECTURE_PATTERN, ROOM_PREFIXES, SECTION_PATTERN,
};
use super::times::{TIME_RANGE, range_times};
use super::{Context, ParseOptions};
use crate::model::Meeting;

static LECTURE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({LECTURE_LABEL_PATTERN})\b")).unwrap());
static NOT_LECTURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({NOT_LECTURE_PATTERN})\b")).unwrap());
static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b({SECTION_PATTERN})\s*\w+")).unwrap());
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)[a-zçğıöşü]+\.?").unwrap());
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
    DAY_WORD
        .find_iter(text)
        .filter_map(|w| weekday(w.as_str()))
        .collect()
}

/// Reads weekly meetings from one line such as "Lectures: Tuesday 09:40-12:30 @ BMB4",
/// "Mondays and Wednesday at 08:30-09:40 (SOS 103)" or "Tue/Thu 2:00–3:20pm, Room 101".
pub(super) fn meetings_in_line(line: &str) -> Vec<Meeting> {
    let mut out = Vec::new();
    let mut day_from = 0usize;
    let ranges: Vec<_> = TIME_RANGE.captures_iter(line).collect();
    for (i, c) in ranges.iter().enumerate() {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        let Some((start, end)) = range_times(c) else {
            continue;
        };
        // Days named between the previous time range and this one belong to it.
        let mut days = days_in(&line[day_from..whole.start]);
        if days.is_empty() {
            // "09:40-12:30 on Tuesdays": days may follow the time.
            let next = ranges
                .get(i + 1)
                .and_then(|n| n.get(0))
                .map_or(line.len(), |m| m.start());
            days = days_in(&line[whole.end..next]);
        }
        day_from = whole.end;
        let rest_end = ranges
            .get(i + 1)
            .and_then(|n| n.get(0))
            .map_or(line.len(), |m| m.start());
        let location = location_after(&line[whole.end..rest_end]);
        days.dedup();
        for day in days {
            out.push(Meeting {
                day,
                start,
                end,
                location: location.clone(),
            });
        }
    }
    // "Monday 10:40-12:30 and Wednesday 13:40-15:30, Room 101": one room for every slot.
    if let Some(shared) = out.iter().rev().find_map(|m| m.location.clone()) {
        for m in &mut out {
            if m.location.is_none() {
                m.location = Some(shared.clone());
            }
        }
    }
    out
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
    if t.is_empty()
        || t.split_whitespace().count() > 5
        || t.split_whitespace()
            .any(|w| weekday(w).is_some() || is_and(w))
    {
        return None;
    }
    Some(t.to_string())
}

/// Finds the lecture meetings among the lines before the schedule.
///
/// Lines labelled as lectures win; lines about office hours or exams never count.
pub(super) fn find_meetings(lines: &[(usize, String)]) -> (Vec<Meeting>, Option<usize>, bool) {
    let mut labelled = Vec::new();
    let mut plain = Vec::new();
    for (no, line) in lines {
        if NOT_LECTURE.is_match(line)
            && !LECTURE_LABEL.is_match(line.split(':').next().unwrap_or(""))
        {
            continue;
        }
        let ms = meetings_in_line(line);
        if ms.is_empty() {
            continue;
        }
        if LECTURE_LABEL.is_match(line) {
            labelled.push((*no, ms));
        } else {
            plain.push((*no, ms));
        }
    }
    let mut chosen = if labelled.is_empty() { plain } else { labelled };
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
    (
        chosen.into_iter().flat_map(|(_, m)| m).collect(),
        line,
        sections > 1,
    )
}

/// The meetings lectures use: the options' or those in the lines before the table
/// (`table_start`), with warnings when there are several sections or none.
pub(super) fn lecture_meetings(
    numbered: &[(usize, String)],
    table_start: usize,
    opts: &ParseOptions,
    cx: &mut Context,
) -> Vec<Meeting> {
    let header_lines = &numbered[..table_start.saturating_sub(1).min(numbered.len())];
    let (syllabus_meetings, slot_line, several_sections) = find_meetings(header_lines);
    if several_sections && opts.meetings.is_none() {
        cx.warn(slot_line.unwrap_or(0), "the syllabus lists several sections; lectures use the first one's days and times; add [[meeting]] entries to the course file for another section");
    }
    let meetings = opts.meetings.clone().unwrap_or(syllabus_meetings);
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
    fn office_hours_are_not_lectures() {
        let lines = vec![
            (1, "Office hours: Monday 14:00-15:00".to_string()),
            (2, "Lectures: Tuesday 09:40-12:30 @ BMB4.".to_string()),
        ];
        let (m, line, _) = find_meetings(&lines);
        assert_eq!(m.len(), 1);
        assert_eq!(line, Some(2));
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
