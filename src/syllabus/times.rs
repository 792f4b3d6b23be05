//! Clock times as syllabi write them: "23:59", "5pm", "11:59 p.m.", "noon", and ranges such
//! as "8:00-10:50 AM" or "14:40–17:30".

use std::sync::LazyLock;

use chrono::NaiveTime;
use regex::Regex;

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?m\.?)|\b(?P<h2>\d{1,2})[:.](?P<m2>\d{2})\b|\b(?P<noon>noon|midnight)\b").unwrap()
});

/// Finds a clock time such as "23:59", "5pm", "11:59 p.m." or "noon" in `text`.
pub(crate) fn find_time(text: &str) -> Option<NaiveTime> {
    let c = TIME.captures(text)?;
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
    NaiveTime::from_hms_opt(c["h2"].parse().ok()?, c["m2"].parse().ok()?, 0)
}

/// A time range; [`range_times`] reads a match.
pub(crate) static TIME_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?\s*(?P<ap1>[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?\s*(?P<ap2>[ap]\.?m\.?)?",
    )
    .unwrap()
});

/// Something that reads as a clock time, where a label must stop ("Final exam 8:00").
pub(crate) static TIME_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b").unwrap()
});

/// Finds a time range such as "8:00-10:50 AM" or "14:40–17:30" in text.
pub(crate) fn find_time_range(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    TIME_RANGE.captures_iter(text).find_map(|c| range_times(&c))
}

/// An hour on a 12-hour clock ("12:30 am" is 00:30) or, without am/pm, on a 24-hour one.
pub(crate) fn clock(h: u32, m: u32, ap: Option<&str>) -> Option<NaiveTime> {
    let mut h = h;
    if let Some(ap) = ap {
        let pm = ap.to_lowercase().starts_with('p');
        if h == 12 {
            h = 0;
        }
        if pm {
            h += 12;
        }
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

pub(crate) fn range_times(c: &regex::Captures<'_>) -> Option<(NaiveTime, NaiveTime)> {
    let n = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
    let (h1, h2) = (n("h1")?, n("h2")?);
    let (m1, m2) = (n("m1").unwrap_or(0), n("m2").unwrap_or(0));
    if c.name("m1").is_none()
        && c.name("m2").is_none()
        && c.name("ap1").is_none()
        && c.name("ap2").is_none()
    {
        return None; // "12-14" is a date range, not a time.
    }
    let ap2 = c.name("ap2").map(|m| m.as_str());
    if c.name("ap1").is_none() && ap2.is_none() {
        // No am/pm: "1:00-2:15" is an afternoon class, "12:30-1:45" crosses noon.
        let (mut h1, mut h2) = (h1, h2);
        if (1..=6).contains(&h1) && h2 <= 11 {
            h1 += 12;
            h2 += 12;
        } else if h2 < h1 && h2 <= 11 {
            h2 += 12;
        }
        let start = NaiveTime::from_hms_opt(h1, m1, 0)?;
        let end = NaiveTime::from_hms_opt(h2, m2, 0)?;
        return (start < end).then_some((start, end));
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
    fn clock_times_in_12_and_24_hour_forms() {
        assert_eq!(find_time("due 23:59"), NaiveTime::from_hms_opt(23, 59, 0));
        assert_eq!(find_time("due 5pm"), NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(find_time("11:59 p.m."), NaiveTime::from_hms_opt(23, 59, 0));
        assert_eq!(find_time("12:30 am"), NaiveTime::from_hms_opt(0, 30, 0));
        assert_eq!(find_time("Hw2 due Nov 22"), None);
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
