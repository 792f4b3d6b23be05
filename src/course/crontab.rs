//! The `[reminders] cron` line: crontab's five fields read with crontab's meaning.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use cron::Schedule;

/// A validated cron expression, with the text the user wrote.
#[derive(Debug, Clone)]
pub struct CronSpec {
    /// As written in the course file.
    pub source: String,
    /// The crate's form (seconds first, weekday names).
    pub schedule: Schedule,
}

impl PartialEq for CronSpec {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

impl Default for CronSpec {
    fn default() -> Self {
        parse_cron("*/15 * * * *").expect("the default cron expression is valid")
    }
}

const DAY_NAMES: [&str; 8] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

/// Crontab's weekday field as an explicit list of names ("1-5" → "MON,TUE,WED,THU,FRI";
/// 0 and 7 are Sunday), which the cron crate reads with crontab's meaning whatever its own
/// numbering (it counts 1 = Sunday).
fn weekday_field(f: &str) -> Result<String, String> {
    if f == "*" || f == "?" {
        return Ok("*".into());
    }
    let day = |x: &str| -> Result<usize, String> {
        if let Ok(n) = x.parse::<usize>() {
            return if n <= 7 {
                Ok(n % 7)
            } else {
                Err(format!("day of week {n} is out of range 0-7"))
            };
        }
        DAY_NAMES[..7]
            .iter()
            .position(|d| d.eq_ignore_ascii_case(x))
            .ok_or_else(|| format!("\"{x}\" is not a day of the week"))
    };
    let mut days = [false; 7];
    for part in f.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (
                r,
                s.parse::<usize>()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or_else(|| format!("step \"{s}\" is not a positive number"))?,
            ),
            None => (part, 1),
        };
        let (lo, hi) = match range {
            "*" => (0, 6),
            r => match r.split_once('-') {
                // "1-7" runs to crontab's Sunday at the end of the week.
                Some((a, b)) => (day(a)?, if b == "7" { 7 } else { day(b)? }),
                None => {
                    let d = day(r)?;
                    (d, if step > 1 { 6 } else { d })
                }
            },
        };
        if hi < lo {
            return Err(format!("day range \"{range}\" runs backwards"));
        }
        for d in (lo..=hi).step_by(step) {
            days[d % 7] = true;
        }
    }
    Ok((0..7)
        .filter(|d| days[*d])
        .map(|d| DAY_NAMES[d])
        .collect::<Vec<_>>()
        .join(","))
}

const MONTH_NAMES: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];

/// Crontab's first four fields: name, lowest and highest value, and the names it takes.
const FIELDS: [(&str, u32, u32, &[&str]); 4] = [
    ("minute", 0, 59, &[]),
    ("hour", 0, 23, &[]),
    ("day-of-month", 1, 31, &[]),
    ("month", 1, 12, &MONTH_NAMES),
];

/// What is wrong with one of crontab's first four fields, in our words (the cron crate's
/// complaints name its own fields, counted from seconds): each comma-separated part is `*`, a
/// value, or a range `a-b`, each with an optional step `/n`.
fn field_problem(f: &str, (name, lo, hi, names): (&str, u32, u32, &[&str])) -> Option<String> {
    let value = |x: &str| -> Result<u32, String> {
        let n = match x.parse::<u32>() {
            Ok(n) => n,
            Err(_) => names
                .iter()
                .position(|m| m.eq_ignore_ascii_case(x))
                .and_then(|i| u32::try_from(i).ok())
                .map(|i| i + lo)
                .ok_or_else(|| format!("\"{x}\" is not a number"))?,
        };
        if (lo..=hi).contains(&n) {
            Ok(n)
        } else {
            Err(format!("{n} is out of range: the {name} runs {lo}-{hi}"))
        }
    };
    let part_problem = |part: &str| -> Result<(), String> {
        let (range, step) = part.split_once('/').unwrap_or((part, "1"));
        if step.parse::<u32>().ok().is_none_or(|s| s == 0) {
            return Err(format!("the step \"{step}\" is not a positive number"));
        }
        match range.split_once('-') {
            _ if range == "*" || range == "?" => Ok(()),
            Some((a, b)) if value(a)? > value(b)? => {
                Err(format!("the range \"{range}\" runs backwards"))
            }
            Some(_) => Ok(()),
            None => value(range).map(|_| ()),
        }
    };
    f.split(',')
        .find_map(|part| part_problem(part).err())
        .map(|why| format!("the {name} field \"{f}\": {why}"))
}

/// Parses a crontab line ("0 9 * * 1": minute hour day month weekday, crontab's meaning) or
/// the cron crate's 6/7-field form (seconds first) or `@daily`-style shorthands.
pub fn parse_cron(expr: &str) -> Result<CronSpec, String> {
    let fields: Vec<&str> = expr.split_whitespace().collect();
    let converted = match fields.len() {
        1 if fields[0].starts_with('@') => fields[0].to_string(),
        5 => {
            if let Some(why) = fields
                .iter()
                .zip(FIELDS)
                .find_map(|(f, d)| field_problem(f, d))
            {
                return Err(example(expr, &why));
            }
            if fields[2] != "*" && fields[2] != "?" && fields[4] != "*" && fields[4] != "?" {
                // crontab fires when either day field matches; the cron crate needs both.
                return Err(example(
                    expr,
                    "it restricts both the day of the month and the day of the week, which crontab ORs and coursecal cannot; keep one of them \"*\"",
                ));
            }
            format!(
                "0 {} {} {} {} {}",
                fields[0],
                fields[1],
                fields[2],
                fields[3],
                weekday_field(fields[4]).map_err(|m| example(
                    expr,
                    &format!("the day-of-week field \"{}\": {m}", fields[4])
                ))?
            )
        }
        6 | 7 => fields.join(" "),
        _ => {
            return Err(example(
                expr,
                &format!(
                    "it has {} fields; crontab's are 5: minute, hour, day of the month, month, day of the week",
                    fields.len()
                ),
            ));
        }
    };
    let schedule = Schedule::from_str(&converted).map_err(|e| {
        let detail = e
            .to_string()
            .lines()
            .rfind(|l| !l.trim().is_empty() && !l.trim_start().starts_with('^'))
            .unwrap_or("")
            .trim()
            // The crate's bound is inclusive but says "less than": "Hours must be less than 23".
            .replace("must be less than", "must be at most");
        let detail = if detail.is_empty() || detail == converted {
            "not a cron expression".to_string()
        } else {
            detail
        };
        // A crontab line with a sixth field (often a year) is read as the seconds-first form,
        // whose complaint ("Days of Week must be at most 7") would point at the wrong field.
        let why = if fields.len() == 5 {
            detail
        } else {
            format!(
                "it has {n} fields, not crontab's 5; read as the {n}-field form that starts with seconds, it fails with the cron crate's \"{detail}\"; if the extra field is a year, remove it",
                n = fields.len()
            )
        };
        example(expr, &why)
    })?;
    // An impossible date ("0 9 31 2 *") parses but never fires: a daemon on it would wait
    // forever, so it is refused here, where the course file's line is known.
    let reference = DateTime::<Utc>::from_timestamp(1_577_836_800, 0).unwrap_or_default();
    if schedule.after(&reference).next().is_none() {
        return Err(example(expr, "it never fires, e.g. the 31st of February"));
    }
    Ok(CronSpec {
        source: expr.to_string(),
        schedule,
    })
}

fn example(expr: &str, why: &str) -> String {
    format!(
        "cron \"{expr}\" is not valid ({why}); write crontab's 5 fields, e.g. \"*/15 * * * *\" (every 15 minutes) or \"0 9 * * 1-5\" (09:00 on weekdays), in the course's time zone"
    )
}

/// The next wake-up strictly after `now`, evaluated in the course's zone.
pub fn next_tick(spec: &CronSpec, tz: Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    spec.schedule
        .after(&now.with_timezone(&tz))
        .next()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Timelike, Weekday};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_crontab_monday_means_monday() {
        let spec = parse_cron("0 9 * * 1").unwrap();
        let tz = chrono_tz::Europe::Istanbul;
        let next = next_tick(&spec, tz, at("2022-11-19T12:00:00Z"))
            .unwrap()
            .with_timezone(&tz);
        assert_eq!(
            (next.weekday(), next.hour(), next.minute()),
            (Weekday::Mon, 9, 0)
        );
        assert_eq!(next.date_naive().day(), 21);
    }

    #[test]
    fn crontab_sundays_and_ranges_keep_their_meaning() {
        let tz = chrono_tz::Europe::Istanbul;
        for (expr, want) in [
            ("0 9 * * 0", Weekday::Sun),
            ("0 9 * * 7", Weekday::Sun),
            ("30 8 * * 5", Weekday::Fri),
        ] {
            let next = next_tick(&parse_cron(expr).unwrap(), tz, at("2022-11-21T12:00:00Z"))
                .unwrap()
                .with_timezone(&tz);
            assert_eq!(next.weekday(), want, "{expr}");
        }
        let weekdays = parse_cron("0 9 * * 1-5").unwrap();
        let mut t = at("2022-11-18T12:00:00Z");
        let mut days = Vec::new();
        for _ in 0..5 {
            t = next_tick(&weekdays, tz, t).unwrap();
            days.push(t.with_timezone(&tz).weekday());
        }
        assert_eq!(
            days,
            [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri
            ]
        );
    }

    #[test]
    fn weekday_steps_and_whole_week_ranges_keep_crontabs_meaning() {
        assert_eq!(weekday_field("1-7/2").unwrap(), "SUN,MON,WED,FRI");
        assert_eq!(weekday_field("0-7").unwrap(), "SUN,MON,TUE,WED,THU,FRI,SAT");
        assert_eq!(weekday_field("1-5").unwrap(), "MON,TUE,WED,THU,FRI");
        assert_eq!(weekday_field("sat,sun").unwrap(), "SUN,SAT");
        assert!(weekday_field("9").is_err());
        assert!(parse_cron("0 9 1 * 1").unwrap_err().contains("ORs"));
    }

    #[test]
    fn the_crates_six_field_form_is_accepted() {
        let spec = parse_cron("0 */15 * * * *").unwrap();
        let next = next_tick(&spec, chrono_tz::UTC, at("2022-11-19T12:01:00Z")).unwrap();
        assert_eq!(next, at("2022-11-19T12:15:00Z"));
    }

    #[test]
    fn an_out_of_range_hour_is_explained_with_the_real_bound() {
        let e = parse_cron("0 25 * * *").unwrap_err();
        assert!(
            e.contains("the hour field \"25\": 25 is out of range: the hour runs 0-23"),
            "{e}"
        );
    }

    #[test]
    fn a_bad_expression_shows_a_valid_example() {
        for bad in ["0 9 * *", "61 9 * * *", "0 9 * * 9", "every day"] {
            let e = parse_cron(bad).unwrap_err();
            assert!(e.contains("\"*/15 * * * *\""), "{bad}: {e}");
        }
    }

    #[test]
    fn the_cron_is_evaluated_in_the_courses_zone() {
        let spec = parse_cron("0 9 * * *").unwrap();
        let next = next_tick(
            &spec,
            chrono_tz::Europe::Istanbul,
            at("2022-11-19T07:00:00Z"),
        )
        .unwrap();
        assert_eq!(next, at("2022-11-20T06:00:00Z"));
    }

    #[test]
    fn an_expression_that_never_fires_is_refused() {
        let e = parse_cron("0 9 31 2 *").unwrap_err();
        assert!(e.contains("never fires"), "{e}");
        assert!(parse_cron("0 9 29 2 *").is_ok(), "leap days do come");
    }

    #[test]
    fn each_bad_field_is_named_in_crontabs_terms() {
        for (bad, says) in [
            (
                "61 9 * * *",
                "the minute field \"61\": 61 is out of range: the minute runs 0-59",
            ),
            (
                "0 9 0 * *",
                "the day-of-month field \"0\": 0 is out of range",
            ),
            (
                "0 9 * 13 *",
                "the month field \"13\": 13 is out of range: the month runs 1-12",
            ),
            (
                "0 9 * * 9",
                "the day-of-week field \"9\": day of week 9 is out of range 0-7",
            ),
            (
                "0 17-9 * * *",
                "the hour field \"17-9\": the range \"17-9\" runs backwards",
            ),
            (
                "*/0 9 * * *",
                "the minute field \"*/0\": the step \"0\" is not a positive number",
            ),
            (
                "0 nine * * *",
                "the hour field \"nine\": \"nine\" is not a number",
            ),
        ] {
            let e = parse_cron(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        assert!(parse_cron("0 8 * JAN-MAR,OCT mon").is_ok());
        assert!(parse_cron("5,35 */2 1-15/2 * *").is_ok());
    }

    #[test]
    fn a_sixth_field_is_named_as_the_cause() {
        let e = parse_cron("0 9 * * 1 2023").unwrap_err();
        assert!(
            e.contains("(it has 6 fields, not crontab's 5; read as the 6-field form that starts with seconds, it fails with the cron crate's \"Days of Week must be at most 7"),
            "{e}"
        );
    }
}
