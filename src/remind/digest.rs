//! The weekly digest (pure): at each `[digest] cron` time, the week ahead (lectures with
//! their topic and room, releases, deadlines, exams) and the changes announced since the last
//! digest; nothing in a week with nothing in it.

use chrono::{DateTime, Duration, Utc};

use crate::course::crontab::{CronSpec, next_tick};
use crate::model::{Course, EventKind};
use crate::remind::changes::Version;
use crate::remind::ledger::{Ledger, NoticeRecord};

/// A digest not sent within this long of its time is skipped (the next one follows).
pub const LATE_BY: Duration = Duration::days(1);

/// One week's digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    /// `digest@<course id>|digest|<time>`: one per course and cron time.
    pub key: String,
    /// The cron time that made it; the week runs seven days from here.
    pub week_start: DateTime<Utc>,
    /// The week's lectures, releases, deadlines and exams (not cancelled), in start order.
    pub events: Vec<Version>,
    /// The section of each of `events`, for a course in sections (`None`: shared).
    pub sections: Vec<Option<String>>,
    /// Changes announced since the previous digest time.
    pub changes: Vec<NoticeRecord>,
}

impl Digest {
    /// The digest with only the events and changes of the sections `keep` accepts (`None`:
    /// shared), for one student of a course in sections.
    pub fn only(&self, course: &Course, keep: impl Fn(Option<&str>) -> bool) -> Digest {
        let (events, sections) = self
            .events
            .iter()
            .zip(&self.sections)
            .filter(|(_, s)| keep(s.as_deref()))
            .map(|(v, s)| (v.clone(), s.clone()))
            .unzip();
        let changes = self
            .changes
            .iter()
            .filter(|n| keep(course.event(&n.uid).and_then(|e| e.section.as_deref())))
            .cloned()
            .collect();
        Digest {
            key: self.key.clone(),
            week_start: self.week_start,
            events,
            sections,
            changes,
        }
    }
}

/// The latest cron time at or before `now`, looking back [`LATE_BY`] at most.
fn latest_time(cron: &CronSpec, tz: chrono_tz::Tz, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let mut t = now - LATE_BY;
    let mut latest = None;
    while let Some(next) = next_tick(cron, tz, t) {
        if next > now {
            break;
        }
        latest = Some(next);
        t = next;
    }
    latest
}

/// When the last digest before `at` went out (its key holds its time), if one did.
fn previous_digest(ledger: &Ledger, course_id: &str, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let prefix = format!("digest@{course_id}|digest|");
    ledger
        .reminders
        .keys()
        .filter_map(|k| k.strip_prefix(&prefix))
        .filter_map(|t| chrono::NaiveDateTime::parse_from_str(t, "%Y%m%dT%H%M%SZ").ok())
        .map(|t| t.and_utc())
        .filter(|t| *t < at)
        .max()
}

/// The digest due at `now`, if one is: its cron time passed less than [`LATE_BY`] ago and
/// the week has something in it. Its changes are those announced since the previous digest
/// went out (or in the week before, for the first).
pub fn due_digest(
    course: &Course,
    cron: &CronSpec,
    ledger: &Ledger,
    now: DateTime<Utc>,
) -> Option<Digest> {
    let at = latest_time(cron, course.timezone, now)?;
    let end = at + Duration::days(7);
    let mut events: Vec<(Version, Option<String>)> = course
        .events
        .iter()
        .filter(|e| {
            !e.cancelled
                && matches!(
                    e.kind,
                    EventKind::Lecture | EventKind::Release | EventKind::Deadline | EventKind::Exam
                )
        })
        .map(|e| (Version::of(e, course.timezone), e.section.clone()))
        .filter(|(v, _)| v.start >= at && v.start < end)
        .collect();
    events.sort_by(|(a, _), (b, _)| (a.start, &a.title).cmp(&(b.start, &b.title)));
    let (events, sections): (Vec<Version>, Vec<Option<String>>) = events.into_iter().unzip();
    let since = previous_digest(ledger, &course.id, at).unwrap_or(at - Duration::days(7));
    let changes: Vec<NoticeRecord> = ledger
        .notices
        .iter()
        .filter(|n| n.at > since && n.at <= now)
        .cloned()
        .collect();
    if events.is_empty() && changes.is_empty() {
        return None;
    }
    Some(Digest {
        key: format!(
            "digest@{}|digest|{}",
            course.id,
            at.format("%Y%m%dT%H%M%SZ")
        ),
        week_start: at,
        events,
        sections,
        changes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::crontab::parse_cron;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn course() -> Course {
        crate::course::build::reference_course(&Default::default())
    }

    #[test]
    fn a_monday_digest_lists_the_weeks_lecture_and_deadline() {
        let cron = parse_cron("0 8 * * MON").unwrap();
        // Monday 21 Nov 2022, 08:10 in Istanbul.
        let d = due_digest(
            &course(),
            &cron,
            &Ledger::default(),
            at("2022-11-21T08:10:00+03:00"),
        )
        .unwrap();
        assert_eq!(d.week_start, at("2022-11-21T08:00:00+03:00"));
        let titles: Vec<&str> = d.events.iter().map(|v| v.title.as_str()).collect();
        assert_eq!(titles, ["Applications of RNNs", "Hw2 due"]);
        assert!(
            d.key.starts_with("digest@ceng501|digest|20221121T050000Z"),
            "{}",
            d.key
        );
    }

    #[test]
    fn a_sections_student_reads_their_sections_lecture_and_the_shared_deadline() {
        let mut c = course();
        let lecture = c
            .events
            .iter_mut()
            .find(|e| e.title == "Applications of RNNs")
            .unwrap();
        lecture.section = Some("Section 2".into());
        let cron = parse_cron("0 8 * * MON").unwrap();
        let d = due_digest(
            &c,
            &cron,
            &Ledger::default(),
            at("2022-11-21T08:10:00+03:00"),
        )
        .unwrap();
        assert_eq!(d.sections, [Some("Section 2".to_string()), None]);
        let titles = |d: &Digest| d.events.iter().map(|v| v.title.clone()).collect::<Vec<_>>();
        let one = d.only(&c, |s| s.is_none_or(|s| s == "Section 1"));
        assert_eq!(titles(&one), ["Hw2 due"]);
        let two = d.only(&c, |s| s.is_none_or(|s| s == "Section 2"));
        assert_eq!(titles(&two), titles(&d));
    }

    #[test]
    fn no_digest_in_an_empty_week_nor_a_day_late() {
        let cron = parse_cron("0 8 * * MON").unwrap();
        // The term is over by February.
        assert!(
            due_digest(
                &course(),
                &cron,
                &Ledger::default(),
                at("2023-02-06T09:00:00+03:00")
            )
            .is_none()
        );
        assert!(
            due_digest(
                &course(),
                &cron,
                &Ledger::default(),
                at("2022-11-22T09:00:00+03:00")
            )
            .is_none()
        );
    }

    #[test]
    fn the_changes_listed_are_those_since_the_previous_digest_went_out() {
        let cron = parse_cron("0 8 * * MON").unwrap();
        let mut ledger = Ledger::default();
        ledger.record(
            "digest@ceng501|digest|20221114T050000Z",
            "list",
            crate::remind::ledger::Delivery::Sent {
                at: at("2022-11-14T08:00:00+03:00"),
                message_id: "<m@x>".into(),
            },
        );
        for (key, when) in [
            ("old", "2022-11-12T10:00:00Z"),
            ("new", "2022-11-16T10:00:00Z"),
        ] {
            ledger.notices.push(NoticeRecord {
                key: key.into(),
                uid: "u@x".into(),
                at: at(when),
                old: None,
                new: None,
            });
        }
        let d = due_digest(&course(), &cron, &ledger, at("2022-11-21T08:10:00+03:00")).unwrap();
        let keys: Vec<&str> = d.changes.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["new"]);
    }
}
