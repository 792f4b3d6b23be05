//! A row's own time written among its cells rather than in a Time column: a clock range in
//! the topic ("Membranes (9:00-10:30)", "Lecture 10:15-12:00: Graphs", "Graphs, 14.15–15.45"),
//! in a side cell ("Lecture 10:15-12"), or a Time column's cell with a clock word or a note
//! ("kl. 10-12", "10-12 (Aud 1)"). The row's lecture takes it, as a Time column's.

use crate::syllabus::lean::Grouped;
use crate::syllabus::lean::Lean;
use crate::syllabus::lean::lean;
use std::sync::LazyLock;

use chrono::NaiveTime;

use crate::syllabus::lexicon::{CLOCK_BEFORE_WORDS, CLOCK_WORD_PATTERN};
use crate::syllabus::times::{TIME_LIKE, TIME_RANGE, range_times, time_cell};

/// Dotted clock times with their minutes ("14.15–15.45"): a clock range, where section numbers
/// ("2.1-2.3") have one digit after the dot.
static DOTTED_RANGE: LazyLock<Lean> = LazyLock::new(|| {
    lean(r"^(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]\s*[-–—]\s*(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]$")
});

/// The first clock range written as one (with minutes after a colon or dot, or am/pm) in
/// `text`: where it stands, and its start and end.
fn written_range(text: &str) -> Option<(std::ops::Range<usize>, (NaiveTime, NaiveTime))> {
    TIME_RANGE.groups_iter(text).find_map(|c| {
        let m = c.get(0)?;
        let written = m.as_str();
        let clock = TIME_LIKE.is_match(written) || DOTTED_RANGE.is_match(written.trim());
        Some((m.range(), range_times(&c).filter(|_| clock)?))
    })
}

/// The topic without the clock range written in it, and the range as the row's time when the
/// row has none yet. Bare numbers ("Sections 3-4", "Chapter 2.1-2.3") are not clock times.
pub(super) fn split_topic_time(text: String, time: &mut Option<(NaiveTime, NaiveTime)>) -> String {
    if time.is_some() {
        return text;
    }
    let Some((at, range)) = written_range(&text) else {
        return text;
    };
    *time = Some(range);
    // The range and what framed it ("(…)", ", …", " - …:") go; the words on either side stay.
    let before = text[..at.start].trim_end_matches([' ', '(', '[', ',', ';', '–', '—', '-']);
    let after = text[at.end..].trim_start_matches([' ', ')', ']', ',', ';', ':', '–', '—', '-']);
    let before = before.trim_end();
    match (before.is_empty(), after.is_empty()) {
        (true, _) => after.to_string(),
        (false, true) => before.to_string(),
        // "Lecture 10:15-12:00: Graphs" reads "Lecture: Graphs".
        (false, false) if text[at.end..].trim_start().starts_with(':') => {
            format!("{before}: {after}")
        }
        (false, false) => format!("{before} {after}"),
    }
}

/// A clock range written in a side cell (a label or kind column: "Lecture 10:15-12").
pub(super) fn side_time(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    written_range(text).map(|(_, r)| r)
}

/// A Time column's cell: any range [`time_cell`] reads, or bare hours after a clock word or
/// before a note ("kl. 10-12", "10-12 (Aud 1)").
pub(super) fn column_time(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    static LEADING_HOURS: LazyLock<Lean> =
        LazyLock::new(|| lean(r"^([0-9]{1,2})\s*[-–]\s*([0-9]{1,2})(?:\s*(?:[(\[,;]|$))"));
    if let Some(r) = time_cell(text) {
        return Some(r);
    }
    let mut t = text.trim();
    if let Some((word, rest)) = t.split_once(char::is_whitespace)
        && CLOCK_BEFORE_WORDS.contains(&word.to_lowercase().as_str())
    {
        t = rest.trim_start();
        if let Some(r) = time_cell(t) {
            return Some(r);
        }
    }
    let c = LEADING_HOURS.groups(t)?;
    let (h1, h2): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let start = NaiveTime::from_hms_opt(h1, 0, 0)?;
    let end = NaiveTime::from_hms_opt(h2, 0, 0)?;
    (start < end).then_some((start, end))
}

/// What a date's own cell holds after the date when it is a time [`after_date`] does not
/// read: a range in brackets ("Mar 4 (10:15-12:00)"), bare hours of a class ("04.03.2025
/// 10-12": from 7 o'clock, one to four hours long), or a dotted start after a clock word
/// ("4/3 kl 10.15").
///
/// [`after_date`]: crate::syllabus::times::after_date
pub(in crate::syllabus::rows) fn after_date_more(rest: &str) -> Option<(NaiveTime, NaiveTime)> {
    static BARE: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^([0-9]{{1,2}})\s*[-–]\s*([0-9]{{1,2}})(?:\s*(?:{CLOCK_WORD_PATTERN}))?$"
        ))
    });
    static DOTTED_START: LazyLock<Lean> =
        LazyLock::new(|| lean(r"^([01]?[0-9]|2[0-3])\.([0-5][0-9])$"));
    let mut t = rest.trim().trim_start_matches(',').trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        return crate::syllabus::times::after_date(inner);
    }
    let mut clock_word = false;
    if let Some((word, after)) = t.split_once(char::is_whitespace)
        && CLOCK_BEFORE_WORDS.contains(&word.to_lowercase().as_str())
    {
        t = after.trim();
        clock_word = true;
    }
    if let Some(c) = BARE.groups(t) {
        let (h1, h2): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        return ((7..=21).contains(&h1) && (h1 + 1..=h1 + 4).contains(&h2)).then(|| {
            (
                NaiveTime::from_hms_opt(h1, 0, 0).unwrap_or_default(),
                NaiveTime::from_hms_opt(h2, 0, 0).unwrap_or_default(),
            )
        });
    }
    let c = DOTTED_START.groups(t).filter(|_| clock_word)?;
    let start = NaiveTime::from_hms_opt(c[1].parse().ok()?, c[2].parse().ok()?, 0)?;
    let minutes = chrono::Duration::minutes(crate::syllabus::times::LONE_START_MINUTES);
    Some((start, start + minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (String, Option<(NaiveTime, NaiveTime)>) {
        let mut time = None;
        let rest = split_topic_time(text.to_string(), &mut time);
        (rest, time)
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_clock_range_in_the_topic_is_the_rows_time() {
        assert_eq!(
            split("Membranes (9:00-10:30)"),
            ("Membranes".into(), Some((hm(9, 0), hm(10, 30))))
        );
        assert_eq!(
            split("Graphs, 14.15–15.45"),
            ("Graphs".into(), Some((hm(14, 15), hm(15, 45))))
        );
        assert_eq!(
            split("Review session 2-3:30pm"),
            ("Review session".into(), Some((hm(14, 0), hm(15, 30))))
        );
        assert_eq!(
            split("Lecture 10:15-12:00: Graphs"),
            ("Lecture: Graphs".into(), Some((hm(10, 15), hm(12, 0))))
        );
        assert_eq!(
            split("Sorting, 10:15-12:00, Aud 1"),
            ("Sorting Aud 1".into(), Some((hm(10, 15), hm(12, 0))))
        );
    }

    #[test]
    fn numbers_that_are_not_clock_times_stay_in_the_topic() {
        for t in [
            "Sections 3-4",
            "Chapter 2.1-2.3",
            "Pages 10-12",
            "Intro",
            "HW 2 due 5pm",
        ] {
            assert_eq!(split(t), (t.to_string(), None), "{t}");
        }
    }

    #[test]
    fn a_dates_cell_gives_bracketed_ranges_class_hours_and_starts_after_a_clock_word() {
        assert_eq!(
            after_date_more(" (10:15-12:00)"),
            Some((hm(10, 15), hm(12, 0)))
        );
        assert_eq!(after_date_more(" 10-12"), Some((hm(10, 0), hm(12, 0))));
        assert_eq!(after_date_more(" 15-18 hs"), Some((hm(15, 0), hm(18, 0))));
        assert_eq!(after_date_more(" 10-12 Uhr"), Some((hm(10, 0), hm(12, 0))));
        assert_eq!(after_date_more(" kl 10.15"), Some((hm(10, 15), hm(11, 45))));
        for rest in [" 1-3", " 10-20", " (Mon)", " 10.15", " - 12"] {
            assert_eq!(after_date_more(rest), None, "{rest}");
        }
    }

    #[test]
    fn a_time_column_reads_bare_hours_after_a_clock_word_or_before_a_note() {
        assert_eq!(column_time("kl. 10-12"), Some((hm(10, 0), hm(12, 0))));
        assert_eq!(column_time("10-12 (Aud 1)"), Some((hm(10, 0), hm(12, 0))));
        assert_eq!(column_time("klo 14.15-16"), Some((hm(14, 15), hm(16, 0))));
        assert_eq!(column_time("see Moodle"), None);
        assert_eq!(column_time("12-10"), None);
    }
}
