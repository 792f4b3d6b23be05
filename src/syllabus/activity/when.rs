//! When an activity happens, as its own text says: a date, a weekday, a time or a time range,
//! a zone after the time, or "TBA".

use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, lean, remove_all};
use chrono::NaiveTime;

use super::WEEKDAY_WORD;
use crate::syllabus::dates::{self, DateSpan, find_date};
use crate::syllabus::lexicon::{CLOCK_WORD_PATTERN, PLACE_PATTERN, TO_BE_ANNOUNCED_PATTERN};
use crate::syllabus::times::{find_time, find_time_range};

static ZONE_SUFFIX: LazyLock<crate::syllabus::lean::Lean> = LazyLock::new(|| {
    lean(
        r"(?:[0-9]|[aApP]\.?[mM]\.?)\s*\(?\b(AoE|UTC|GMT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|TRT|CET|CEST|BST)\b\)?",
    )
});
static PLACE_TBA: LazyLock<crate::syllabus::lean::Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)\b({PLACE_PATTERN})\s*:?\s*(tba|tbd|to\s+be\s+(announced|determined|confirmed))\b"
    ))
});
static TBA: LazyLock<crate::syllabus::lean::Lean> =
    LazyLock::new(|| crate::syllabus::lean::lean(&format!(r"(?i)\b({TO_BE_ANNOUNCED_PATTERN})\b")));

/// A whole hour of the 24-hour clock right after the activity's date, a comma between them
/// ("(ven. 12 sept., 16h)", "Fr. 12.9., 16 Uhr"): the hour it falls due. Anywhere else a
/// bare "16h" may be a length.
static HOUR_AFTER_DATE: LazyLock<crate::syllabus::lean::Lean> = LazyLock::new(|| {
    crate::syllabus::lean::lean(&format!(
        r"(?i)^\s*,\s*([0-9]{{1,2}})\s*(?:{CLOCK_WORD_PATTERN})\b"
    ))
});

/// A length in hours in brackets (`Partiel (1h30)`, `Examen (2h)`): how long the exam lasts,
/// never its start (it was read as 01:30 at night).
static BRACKETED_HOURS: LazyLock<crate::syllabus::lean::Lean> =
    LazyLock::new(|| crate::syllabus::lean::lean(r"(?i)\(\s*[0-5]\s*h(?:\s*[0-5][0-9])?\s*\)"));

/// Whether a cell says only that its date is to be announced ("TBA", "To be determined."):
/// the pattern activities are read with, over the whole cell.
pub(crate) fn only_to_be_announced(cell: &str) -> bool {
    let t = cell.trim().trim_end_matches('.').trim_end();
    !t.is_empty()
        && TBA
            .find(t)
            .is_some_and(|m| m.start() == 0 && m.end() == t.len())
}

/// What an activity's text says about its time.
pub(super) struct When {
    pub(super) date: Option<DateSpan>,
    pub(super) date_text: Option<String>,
    pub(super) weekday: Option<chrono::Weekday>,
    pub(super) time: Option<NaiveTime>,
    pub(super) end_time: Option<NaiveTime>,
    pub(super) zone: Option<chrono_tz::Tz>,
    pub(super) tba: bool,
}

/// Reads the time of an activity from `body` (its text after the label) and whether its
/// `segment` says it is to be announced.
pub(super) fn read(body: &str, segment: &str) -> When {
    let without_length;
    let body = if body.contains('(') && BRACKETED_HOURS.is_match(body) {
        without_length = remove_all(&BRACKETED_HOURS, body);
        without_length.as_str()
    } else {
        body
    };
    // A date right after the deadline's verb is the deadline's, whatever came before it.
    let found_date =
        find_date(body).map(|(at, d)| super::verb_date::governed(body, at).unwrap_or((at, d)));
    let date = found_date.map(|(_, d)| d);
    let date_text = found_date.map(|(at, d)| body[at..at + d.len].trim().to_string());
    let (before, rest) = match found_date {
        Some((at, d)) => (&body[..at], &body[at + d.len..]),
        None => ("", body),
    };
    let (time, end_time) = match find_time_range(rest).or_else(|| find_time_range(before)) {
        Some((s, e)) => (Some(s), Some(e)),
        None => (find_time(rest).or_else(|| find_time(before)), None),
    };
    let time = time.or_else(|| hour_after_date(found_date.map(|_| rest)));
    // "11:59 PM ET", "23:59 AoE": a deadline in another zone than the course's.
    let zone = time
        .and_then(|_| ZONE_SUFFIX.groups(body))
        .and_then(|c| zone_of(&c[1]));
    let weekday = if date.is_none() {
        WEEKDAY_WORD
            .find(body)
            .and_then(|m| dates::weekday(m.as_str()))
            .or_else(|| super::due_day::find(body).map(|(_, d)| d))
    } else {
        None
    };
    When {
        date,
        date_text,
        weekday,
        time,
        end_time,
        zone,
        // "location TBA" is about the room; only a date can be to be announced.
        tba: TBA.is_match(remove_all(&PLACE_TBA, segment).as_str()),
    }
}

/// The hour of [`HOUR_AFTER_DATE`] at the start of the text after the date.
fn hour_after_date(rest: Option<&str>) -> Option<NaiveTime> {
    let c = HOUR_AFTER_DATE.groups(rest?)?;
    NaiveTime::from_hms_opt(c[1].parse().ok()?, 0, 0)
}

fn zone_of(abbr: &str) -> Option<chrono_tz::Tz> {
    use chrono_tz::{America, Etc, Europe};
    Some(match abbr {
        // Anywhere on Earth: the deadline has passed everywhere, i.e. UTC-12.
        "AoE" => Etc::GMTPlus12,
        "UTC" | "GMT" | "Z" => Etc::UTC,
        "ET" | "EST" | "EDT" => America::New_York,
        "CT" | "CST" | "CDT" => America::Chicago,
        "MT" | "MST" | "MDT" => America::Denver,
        "PT" | "PST" | "PDT" => America::Los_Angeles,
        "TRT" => Europe::Istanbul,
        "CET" | "CEST" => Europe::Berlin,
        "BST" => Europe::London,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_hour_after_the_date_and_a_comma_is_the_time() {
        let w = read(" (ven. 12 sept., 16h)", "Remise TP1 (ven. 12 sept., 16h)");
        assert!(w.date.is_some());
        assert_eq!(w.time, NaiveTime::from_hms_opt(16, 0, 0));
        let length = read(" (2h)", "Examen (2h)");
        assert_eq!(length.time, None);
        // Without the comma the hours may be how long it lasts.
        let no_comma = read(" (lun. 20 oct. 2h)", "Partiel (lun. 20 oct. 2h)");
        assert!(no_comma.date.is_some());
        assert_eq!(no_comma.time, None);
    }

    #[test]
    fn a_time_before_the_date_counts_too() {
        let w = read(" 5pm, Oct 16", "Hw1 due 5pm, Oct 16");
        assert!(w.date.is_some());
        assert_eq!(w.time, NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(w.date_text.as_deref(), Some("Oct 16"));
    }

    #[test]
    fn a_weekday_counts_only_without_a_date() {
        assert_eq!(
            read(" due Fri", "HW1 due Fri").weekday,
            Some(chrono::Weekday::Fri)
        );
        assert_eq!(read(" due Fri Oct 7", "HW1 due Fri Oct 7").weekday, None);
    }

    #[test]
    fn a_length_in_hours_in_brackets_is_no_start() {
        assert_eq!(read(" (1h30)", "Partiel (1h30)").time, None);
        assert_eq!(
            read(" (2h) le 12 octobre", "Examen (2h) le 12 octobre").time,
            None
        );
        // A start in brackets stays one.
        assert_eq!(
            read(" (14h30)", "Partiel (14h30)").time,
            NaiveTime::from_hms_opt(14, 30, 0)
        );
    }

    #[test]
    fn a_room_to_be_announced_is_not_a_date_to_be_announced() {
        assert!(read("", "HW2 due TBD").tba);
        assert!(!read("", "Final exam, location TBA").tba);
    }
}
