//! Class hours written as several short ranges that make one meeting: "Tuesday 15:00-15:45,
//! 16:00-16:45" (two class hours with the break between them) is one block, 15:00-16:45; and
//! a range written with a slash between its clocks, "15:00/15:45", as some timetables do.

use std::borrow::Cow;

use chrono::NaiveTime;

use crate::syllabus::lexicon::DATE_AND_WORDS;

/// Longest break between two class hours that still makes them one meeting, in minutes.
const MAX_BREAK_MINUTES: i64 = 20;

/// Whether a range starting at `start` goes on the meeting that ended at `previous_end`: it
/// starts at most a short break later and only a joining mark or word stands between them
/// ("15:00-15:45 - 16:00-16:45", "9:00-9:50, 10:00-10:50", "… and 10:00-10:50"). A word
/// between ("09:00-09:45 (Theory) 10:00-11:45 (Lab)") keeps them apart.
pub(super) fn back_to_back(previous_end: NaiveTime, start: NaiveTime, between: &str) -> bool {
    let gap = (start - previous_end).num_minutes();
    (0..=MAX_BREAK_MINUTES).contains(&gap)
        && between
            .split(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '–' | ',' | ';' | '&' | '/' | '+')
            })
            .all(|w| w.is_empty() || DATE_AND_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// The line with each slash between two clock times of one range made a dash: "15:00/15:45"
/// is 15:00-15:45 (the second later, within four hours). Only clocks with a colon and minutes
/// count, so dates ("10/15", "12.10/19.10") stay as they are. The line keeps its length.
pub(super) fn slashed_ranges(line: &str) -> Cow<'_, str> {
    let b = line.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    for (i, _) in line.match_indices('/') {
        let (Some(first), Some(second)) = (clock_before(&line[..i]), clock_after(&line[i + 1..]))
        else {
            continue;
        };
        let minutes = (second - first).num_minutes();
        if (1..=240).contains(&minutes) {
            out.get_or_insert_with(|| b.to_vec())[i] = b'-';
        }
    }
    match out {
        // Only an ASCII '/' was replaced by an ASCII '-': still UTF-8.
        Some(bytes) => Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| line.to_string())),
        None => Cow::Borrowed(line),
    }
}

/// "H:MM" or "HH:MM" ending `text`, not part of a longer number.
fn clock_before(text: &str) -> Option<NaiveTime> {
    let b = text.as_bytes();
    let n = b.len();
    if n < 4 || !b[n - 2..].iter().all(u8::is_ascii_digit) || b[n - 3] != b':' {
        return None;
    }
    let hour_digits = b[..n - 3]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&hour_digits) {
        return None;
    }
    clock(&text[n - 3 - hour_digits..])
}

/// "H:MM" or "HH:MM" opening `text`, not followed by another digit or seconds.
fn clock_after(text: &str) -> Option<NaiveTime> {
    let hour_digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&hour_digits) {
        return None;
    }
    let b = text.as_bytes();
    // ':' and two digits, checked as bytes before slicing: `text` may go on with any letter.
    if b.get(hour_digits) != Some(&b':')
        || !b
            .get(hour_digits + 1..hour_digits + 3)?
            .iter()
            .all(u8::is_ascii_digit)
    {
        return None;
    }
    let end = hour_digits + 3;
    let rest = b.get(end..)?;
    if rest
        .first()
        .is_some_and(|c| c.is_ascii_digit() || *c == b':')
    {
        return None;
    }
    clock(&text[..end])
}

fn clock(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.split_once(':')?;
    if m.len() != 2 || !m.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_slash_between_a_start_and_a_later_end_is_a_range_and_dates_are_not() {
        assert_eq!(
            slashed_ranges("Tue 15:00/15:45 - 16:00/16:45"),
            "Tue 15:00-15:45 - 16:00-16:45"
        );
        assert_eq!(slashed_ranges("Mon/Wed 9:00/10:30"), "Mon/Wed 9:00-10:30");
        assert_eq!(
            slashed_ranges("10/15 and 12.10/19.10"),
            "10/15 and 12.10/19.10"
        );
        // An earlier second clock is no range, nor are clocks a day apart.
        assert_eq!(slashed_ranges("16:00/15:00"), "16:00/15:00");
        assert_eq!(slashed_ranges("8:00/18:00"), "8:00/18:00");
        assert_eq!(slashed_ranges("Zoom 15:00/15:45:30"), "Zoom 15:00/15:45:30");
        // Any letter may follow the slash.
        assert_eq!(slashed_ranges("9:00/1-᧷"), "9:00/1-᧷");
        assert_eq!(slashed_ranges("9:00/1᧷"), "9:00/1᧷");
    }

    #[test]
    fn two_class_hours_with_a_short_break_and_only_a_mark_between_are_one_meeting() {
        assert!(back_to_back(t(15, 45), t(16, 0), " - "));
        assert!(back_to_back(t(9, 50), t(10, 0), ", "));
        assert!(back_to_back(t(9, 50), t(10, 0), " and "));
        assert!(!back_to_back(t(9, 45), t(10, 0), ") (Theory) "));
        assert!(!back_to_back(t(10, 0), t(14, 0), " & "));
        assert!(!back_to_back(t(10, 0), t(9, 0), ", "));
    }
}
