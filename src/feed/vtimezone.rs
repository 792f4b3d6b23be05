//! VTIMEZONE blocks generated from the tz database (chrono-tz), for any IANA zone.
//!
//! chrono-tz has no public transition list, so transitions are found by stepping a day at
//! a time and bisecting to the second wherever the offset, the DST part or the name changes
//! (Istanbul's 2016 switch kept +03 and changed only the DST flag and the name).

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    offset: i32,
    dst: i64,
    name: String,
}

fn key(tz: Tz, t: DateTime<Utc>) -> Key {
    let o = tz.offset_from_utc_datetime(&t.naive_utc());
    let offset = o.fix().local_minus_utc();
    Key {
        offset,
        dst: o.dst_offset().num_seconds(),
        name: o
            .abbreviation()
            .map(str::to_owned)
            .unwrap_or_else(|| format_name(offset)),
    }
}

fn format_name(offset: i32) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.abs();
    if a % 3600 == 0 {
        format!("{sign}{:02}", a / 3600)
    } else {
        format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
    }
}

fn format_offset(offset: i32) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.abs();
    let s = a % 60;
    if s == 0 {
        format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
    } else {
        format!("{sign}{:02}{:02}{s:02}", a / 3600, a % 3600 / 60)
    }
}

/// A change of offset: the first instant of the new rule, and the rule before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    /// First instant at which `to` applies.
    pub at: DateTime<Utc>,
    /// UTC offset before, in seconds.
    pub from_offset: i32,
    /// UTC offset after, in seconds.
    pub to_offset: i32,
    /// Whether the new rule is daylight saving time.
    pub daylight: bool,
    /// Abbreviation after, e.g. "CEST" or "+03".
    pub name: String,
}

/// Every transition of `tz` in `[from, to]`.
pub fn transitions(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Transition> {
    let mut out = Vec::new();
    let mut t = from;
    let mut k = key(tz, t);
    while t < to {
        let next = (t + Duration::days(1)).min(to);
        let nk = key(tz, next);
        if nk != k {
            // Bisect (lo has the old rule, hi the new one) down to the second.
            let (mut lo, mut hi) = (t.timestamp(), next.timestamp());
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                let at = DateTime::from_timestamp(mid, 0).unwrap_or(t);
                if key(tz, at) == k { lo = mid } else { hi = mid }
            }
            out.push(Transition {
                at: DateTime::from_timestamp(hi, 0).unwrap_or(next),
                from_offset: k.offset,
                to_offset: nk.offset,
                daylight: nk.dst != 0,
                name: nk.name.clone(),
            });
            k = nk;
        }
        t = next;
    }
    out
}

/// A VTIMEZONE block (CRLF line ends, no DTSTAMP or UID) covering `[from, to]`.
pub fn vtimezone(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let first = key(tz, from);
    let mut s = String::new();
    s.push_str("BEGIN:VTIMEZONE\r\n");
    s.push_str(&format!("TZID:{}\r\n", tz.name()));
    // The observance in force at the start of the range, opened a little earlier so every
    // event in range lies after its DTSTART.
    let open = (from - Duration::days(1))
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(from, |n| n.and_utc());
    observance(
        &mut s,
        first.dst != 0,
        (open + Duration::seconds(i64::from(first.offset))).naive_utc(),
        first.offset,
        first.offset,
        &first.name,
    );
    for tr in transitions(tz, from, to) {
        let local = tr.at + Duration::seconds(i64::from(tr.from_offset));
        observance(
            &mut s,
            tr.daylight,
            local.naive_utc(),
            tr.from_offset,
            tr.to_offset,
            &tr.name,
        );
    }
    s.push_str("END:VTIMEZONE\r\n");
    s
}

fn observance(
    s: &mut String,
    daylight: bool,
    start: chrono::NaiveDateTime,
    from: i32,
    to: i32,
    name: &str,
) {
    let kind = if daylight { "DAYLIGHT" } else { "STANDARD" };
    s.push_str(&format!("BEGIN:{kind}\r\n"));
    s.push_str(&format!("DTSTART:{}\r\n", start.format("%Y%m%dT%H%M%S")));
    s.push_str(&format!("TZOFFSETFROM:{}\r\n", format_offset(from)));
    s.push_str(&format!("TZOFFSETTO:{}\r\n", format_offset(to)));
    s.push_str(&format!("TZNAME:{name}\r\n"));
    s.push_str(&format!("END:{kind}\r\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap()
    }

    #[test]
    fn istanbul_since_2016_has_one_standard_observance() {
        let v = vtimezone(
            chrono_tz::Europe::Istanbul,
            utc(2022, 10, 1),
            utc(2023, 1, 10),
        );
        assert_eq!(
            v,
            "BEGIN:VTIMEZONE\r\nTZID:Europe/Istanbul\r\nBEGIN:STANDARD\r\nDTSTART:20220930T030000\r\n\
             TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nTZNAME:+03\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        );
    }

    #[test]
    fn berlin_in_autumn_switches_to_standard_time_on_the_last_october_sunday() {
        let v = vtimezone(
            chrono_tz::Europe::Berlin,
            utc(2022, 10, 1),
            utc(2022, 12, 1),
        );
        assert!(v.contains("BEGIN:DAYLIGHT\r\nDTSTART:20220930T020000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"), "{v}");
        assert!(v.contains("BEGIN:STANDARD\r\nDTSTART:20221030T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"), "{v}");
        assert!(!v.contains("DTSTAMP") && !v.contains("UID"));
    }

    #[test]
    fn istanbul_2016_change_of_name_only_is_a_transition() {
        let t = transitions(
            chrono_tz::Europe::Istanbul,
            utc(2016, 8, 1),
            utc(2016, 12, 1),
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].at, Utc.with_ymd_and_hms(2016, 9, 6, 21, 0, 0).unwrap());
        assert!(!t[0].daylight);
    }

    #[test]
    fn new_york_has_both_changes_in_a_year() {
        let t = transitions(
            chrono_tz::America::New_York,
            utc(2025, 1, 1),
            utc(2026, 1, 1),
        );
        assert_eq!(t.len(), 2);
        assert_eq!(
            (t[0].from_offset, t[0].to_offset, t[0].daylight),
            (-18000, -14400, true)
        );
        assert_eq!(t[0].at, Utc.with_ymd_and_hms(2025, 3, 9, 7, 0, 0).unwrap());
    }
}
