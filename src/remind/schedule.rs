//! When the daemon's next pass is (pure): the earliest next cron tick over several courses.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::course::crontab::{CronSpec, next_tick};

/// The next pass over courses with these schedules (each read in its course's zone): the
/// earliest tick strictly after `now`, and the indices of every course due at that instant, in
/// order. `None` when no schedule has a next time (or there are no courses).
pub fn next_pass(
    schedules: &[(&CronSpec, Tz)],
    now: DateTime<Utc>,
) -> Option<(DateTime<Utc>, Vec<usize>)> {
    let mut next: Option<(DateTime<Utc>, Vec<usize>)> = None;
    for (i, (cron, tz)) in schedules.iter().enumerate() {
        let Some(t) = next_tick(cron, *tz, now) else {
            continue;
        };
        match &mut next {
            // Courses that share a tick share the pass: none waits a whole period for another.
            Some((best, due)) if t == *best => due.push(i),
            Some((best, _)) if t > *best => {}
            _ => next = Some((t, vec![i])),
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::crontab::parse_cron;

    const ISTANBUL: Tz = chrono_tz::Europe::Istanbul;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn next(crons: &[(&str, Tz)], now: &str) -> Option<(DateTime<Utc>, Vec<usize>)> {
        let specs: Vec<(CronSpec, Tz)> = crons
            .iter()
            .map(|(c, tz)| (parse_cron(c).unwrap(), *tz))
            .collect();
        let refs: Vec<(&CronSpec, Tz)> = specs.iter().map(|(c, tz)| (c, *tz)).collect();
        next_pass(&refs, at(now))
    }

    #[test]
    fn the_course_with_the_earliest_tick_is_next() {
        let n = next(
            &[("0 9 * * *", ISTANBUL), ("*/15 * * * *", ISTANBUL)],
            "2022-11-20T10:05:00+03:00",
        );
        assert_eq!(n, Some((at("2022-11-20T10:15:00+03:00"), vec![1])));
    }

    #[test]
    fn courses_that_share_a_tick_are_due_together() {
        let n = next(
            &[
                ("*/15 * * * *", ISTANBUL),
                ("0 * * * *", ISTANBUL),
                ("*/15 * * * *", chrono_tz::UTC),
            ],
            "2022-11-20T10:50:00+03:00",
        );
        assert_eq!(n, Some((at("2022-11-20T11:00:00+03:00"), vec![0, 1, 2])));
    }

    #[test]
    fn each_schedule_is_read_in_its_courses_zone() {
        // 09:00 in Istanbul is 06:00 UTC, before 08:00 UTC.
        let n = next(
            &[("0 8 * * *", chrono_tz::UTC), ("0 9 * * *", ISTANBUL)],
            "2022-11-20T00:00:00Z",
        );
        assert_eq!(n, Some((at("2022-11-20T06:00:00Z"), vec![1])));
    }

    #[test]
    fn the_next_pass_is_strictly_after_now() {
        let n = next(&[("*/15 * * * *", ISTANBUL)], "2022-11-20T10:15:00+03:00");
        assert_eq!(n, Some((at("2022-11-20T10:30:00+03:00"), vec![0])));
    }

    #[test]
    fn with_no_courses_there_is_no_next_pass() {
        assert_eq!(next(&[], "2022-11-20T10:15:00+03:00"), None);
    }
}
