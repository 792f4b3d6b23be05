//! A clock range closing a row's topic ("Membranes (9:00-10:30)", "Graphs, 14:15–15:45"): the
//! row's own time, as a Time column would give it, and not part of its title.

use std::sync::LazyLock;

use chrono::NaiveTime;
use regex::Regex;

use crate::syllabus::times::{TIME_LIKE, find_time_range};

/// The last stretch of a topic: a separator or an opening bracket, then only a range of clock
/// times (its brackets closed), to the end.
static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<rest>.*?\S)\s*(?:[,;–—-]\s*|\s)[(\[]?\s*(?P<time>[0-9][0-9:.\sapmAPM–—~-]*[0-9mM.])\s*[)\]]?\s*$")
        .unwrap()
});

/// The topic without a clock range at its end, and the range as the row's time when the row
/// has none yet. Only written clock times count (`9:00`, `2pm`): bare numbers at a topic's end
/// are chapters or pages ("Sections 3-4").
pub(crate) fn split_trailing_time(
    text: String,
    time: &mut Option<(NaiveTime, NaiveTime)>,
) -> String {
    if time.is_some() {
        return text;
    }
    let Some(c) = TRAILING.captures(&text) else {
        return text;
    };
    let written = &c["time"];
    let Some(range) = TIME_LIKE
        .is_match(written)
        .then(|| find_time_range(written))
        .flatten()
    else {
        return text;
    };
    *time = Some(range);
    c["rest"].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (String, Option<(NaiveTime, NaiveTime)>) {
        let mut time = None;
        let rest = split_trailing_time(text.to_string(), &mut time);
        (rest, time)
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_clock_range_closing_the_topic_is_the_rows_time() {
        assert_eq!(
            split("Membranes (9:00-10:30)"),
            ("Membranes".into(), Some((hm(9, 0), hm(10, 30))))
        );
        assert_eq!(
            split("Graphs, 14:15–15:45"),
            ("Graphs".into(), Some((hm(14, 15), hm(15, 45))))
        );
        assert_eq!(
            split("Review session 2-3:30pm"),
            ("Review session".into(), Some((hm(14, 0), hm(15, 30))))
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
}
