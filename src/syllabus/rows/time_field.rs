//! A line under a dated row that gives the meeting's hours as a field of its own: "- **Hora**
//! 10- 1 pm", "Time: 14:00-15:30", a session card's line under its date. The row's time, as a
//! Time column's cell would give it.

use chrono::NaiveTime;

use crate::syllabus::lexicon::HEADER_TIME;
use crate::syllabus::times::ranges_after_date;

/// The range such a line gives: a time word ("Time", "Hora", "Uhrzeit") and nothing after it
/// but one clock range. `None` for any other line ("Time to practise", "Hours: see below").
pub(super) fn labelled_time(line: &str) -> Option<(NaiveTime, NaiveTime)> {
    let t = line.trim_start_matches(['-', '*', '•', '–', '+', '>', '_', ' ']);
    let word_end = t.find(|c: char| !c.is_alphabetic())?;
    if !HEADER_TIME.contains(&t[..word_end].to_lowercase().as_str()) {
        return None;
    }
    let rest = t[word_end..].trim_start_matches(['*', '_', ':', ' ']);
    match ranges_after_date(rest).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_time_word_and_one_range_is_the_rows_time() {
        assert_eq!(
            labelled_time("- **Hora** 10- 1 pm"),
            Some((t(10, 0), t(13, 0)))
        );
        assert_eq!(
            labelled_time("- **Hora** 12 -3 pm"),
            Some((t(12, 0), t(15, 0)))
        );
        assert_eq!(
            labelled_time("Time: 14:00-15:30"),
            Some((t(14, 0), t(15, 30)))
        );
    }

    #[test]
    fn other_lines_that_start_with_a_time_word_are_not() {
        assert_eq!(labelled_time("Time to practise 14:00-15:30"), None);
        assert_eq!(labelled_time("Hours: see the office hours page"), None);
        assert_eq!(labelled_time("Timeline 10-12"), None);
        assert_eq!(labelled_time("Office hours 14:00-15:00"), None);
    }
}
