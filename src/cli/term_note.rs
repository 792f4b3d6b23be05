//! Where `now` stands against the term, in one line for `plan`, `remind` and `daemon`: after
//! the term nothing is sent (say so, and how to rehearse it with `--now`); before it, when the
//! first reminder goes out. Pure: the course, its leads and `now` in, a sentence out.

use chrono::{DateTime, NaiveTime, Utc};

use crate::course::settings::ReminderSettings;
use crate::model::Course;
use crate::remind::plan::{Reminder, reminders};

/// The note, or `None` while the term runs (or when it has no events).
pub(crate) fn term_note(
    course: &Course,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> Option<String> {
    let tz = course.timezone;
    let starts: Vec<DateTime<Utc>> = course
        .events
        .iter()
        .filter(|e| !e.cancelled)
        .map(|e| e.when.start_instant(tz).with_timezone(&Utc))
        .collect();
    let (first, last) = (*starts.iter().min()?, *starts.iter().max()?);
    if now >= last {
        return Some(format!(
            "the term is over (its last event began {}), so no reminder is left to send; to rehearse the term, pin the time: --now \"{}\"",
            last.with_timezone(&tz).format("%a %-d %b %Y"),
            rehearsal_time(course, settings, first, last)
        ));
    }
    let live = live(course, settings);
    let next = live.iter().min_by_key(|r| r.due)?;
    if now >= next.due {
        return None;
    }
    let title = course.event(&next.uid).map_or("", |e| e.title.as_str());
    Some(format!(
        "the term has not begun; the first reminder ({title}, {} before) goes out {}",
        next.lead,
        next.due.with_timezone(&tz).format("%a %-d %b %Y %H:%M %Z")
    ))
}

/// A `--now` half way through the term at which a reminder is due, as `--now` reads it (in the
/// course's zone): the morning after the first reminder due past the middle of the term, or
/// that reminder's own time when its event begins before that morning. Computed from the
/// course, so it fits any term.
fn rehearsal_time(
    course: &Course,
    settings: &ReminderSettings,
    first: DateTime<Utc>,
    last: DateTime<Utc>,
) -> String {
    let tz = course.timezone;
    let middle = first + (last - first) / 2;
    let at = live(course, settings)
        .into_iter()
        .filter(|r| r.due >= middle)
        .min_by_key(|r| r.due)
        .map_or(middle, |r| {
            let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
            let morning =
                r.due.with_timezone(&tz).date_naive().succ_opt().map(|d| {
                    crate::model::local_datetime(tz, d.and_time(nine)).with_timezone(&Utc)
                });
            match morning {
                Some(m) if m < r.event_start => m,
                _ => r.due,
            }
        });
    at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}

/// The reminders of events that are not cancelled.
fn live(course: &Course, settings: &ReminderSettings) -> Vec<Reminder> {
    reminders(course, settings)
        .into_iter()
        .filter(|r| course.event(&r.uid).is_some_and(|e| !e.cancelled))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course() -> Course {
        crate::course::build::reference_course(&crate::course::file::CourseFile::default())
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn after_the_term_the_note_says_so_and_gives_a_now_inside_the_term() {
        let note = term_note(
            &course(),
            &ReminderSettings::default(),
            at("2026-11-30T08:00:00Z"),
        )
        .unwrap();
        assert!(note.starts_with("the term is over"), "{note}");
        let now = note
            .rsplit_once("--now \"")
            .unwrap()
            .1
            .trim_end_matches('"');
        let pinned = crate::model::parse_instant(now, course().timezone).unwrap();
        assert_eq!(
            term_note(&course(), &ReminderSettings::default(), pinned),
            None,
            "the suggested --now ({now}) falls inside the term"
        );
    }

    #[test]
    fn before_the_term_the_note_names_the_first_reminder_and_when_it_goes_out() {
        let note = term_note(
            &course(),
            &ReminderSettings::default(),
            at("2022-06-01T08:00:00Z"),
        )
        .unwrap();
        assert!(
            note.starts_with("the term has not begun; the first reminder ("),
            "{note}"
        );
        assert!(note.contains(" 2022 "), "{note}");
    }

    #[test]
    fn during_the_term_there_is_no_note() {
        assert_eq!(
            term_note(
                &course(),
                &ReminderSettings::default(),
                at("2022-11-20T06:00:00Z")
            ),
            None
        );
    }
}
