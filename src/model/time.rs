//! Local wall time ↔ instants in a zone, the one conversion every layer uses.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// A local date and time in `tz`; a time inside a DST gap moves forward to the first valid minute.
pub fn local_datetime(tz: Tz, naive: NaiveDateTime) -> chrono::DateTime<Tz> {
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(t) => t,
        chrono::LocalResult::Ambiguous(earliest, _) => earliest,
        chrono::LocalResult::None => {
            let mut n = naive;
            for _ in 0..180 {
                n += Duration::minutes(1);
                if let Some(t) = tz.from_local_datetime(&n).earliest() {
                    return t;
                }
            }
            tz.from_utc_datetime(&naive)
        }
    }
}

/// Parses `--now` style instants: RFC 3339, or a local "YYYY-MM-DD HH:MM" in `tz`.
pub fn parse_instant(s: &str, tz: Tz) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Some(t.with_timezone(&Utc));
    }
    for f in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(s.trim(), f) {
            return Some(local_datetime(tz, n).with_timezone(&Utc));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_are_read_as_rfc3339_or_local_time() {
        let tz = chrono_tz::Europe::Istanbul;
        assert_eq!(
            parse_instant("2022-11-20T09:00:00+03:00", tz),
            Some(Utc.with_ymd_and_hms(2022, 11, 20, 6, 0, 0).unwrap())
        );
        assert_eq!(
            parse_instant("2022-11-20 09:00", tz),
            Some(Utc.with_ymd_and_hms(2022, 11, 20, 6, 0, 0).unwrap())
        );
        assert_eq!(parse_instant("yesterday", tz), None);
    }
}
