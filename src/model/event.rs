//! The model every other module works on: a course and its dated events.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::fmt;

/// What an event is, which decides how it is rendered and reminded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// A weekly class meeting.
    Lecture,
    /// A homework or project handed out.
    Release,
    /// A homework or project falling due.
    Deadline,
    /// A midterm, final, quiz or written exam.
    Exam,
    /// Anything else the syllabus or course file names.
    Other,
}

impl EventKind {
    /// The lowercase name used in JSON, UIDs and the course file.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Lecture => "lecture",
            EventKind::Release => "release",
            EventKind::Deadline => "deadline",
            EventKind::Exam => "exam",
            EventKind::Other => "other",
        }
    }

    /// Parses the lowercase name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "lecture" => EventKind::Lecture,
            "release" => EventKind::Release,
            "deadline" => EventKind::Deadline,
            "exam" => EventKind::Exam,
            "other" => EventKind::Other,
            _ => return None,
        })
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When an event happens: a whole day, or a span (or instant) in the course's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// An all-day event on this local date.
    AllDay(NaiveDate),
    /// A timed event; `end` is `None` for an instant such as a deadline.
    Timed {
        /// Local start in the course's zone.
        start: DateTime<Tz>,
        /// Local end, later than `start`, or `None` for an instant.
        end: Option<DateTime<Tz>>,
    },
}

impl When {
    /// The local date the event falls on.
    pub fn date(&self) -> NaiveDate {
        match self {
            When::AllDay(d) => *d,
            When::Timed { start, .. } => start.date_naive(),
        }
    }

    /// The instant the event begins: local midnight for all-day events.
    pub fn start_instant(&self, tz: Tz) -> DateTime<Tz> {
        match self {
            When::AllDay(d) => {
                crate::model::local_datetime(tz, d.and_hms_opt(0, 0, 0).unwrap_or_default())
            }
            When::Timed { start, .. } => *start,
        }
    }
}

/// One dated item of a course: a lecture, a release, a deadline, an exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The stable key within the course and term, such as `lecture-3` or `deadline-hw2`.
    pub key: String,
    /// Globally unique and stable: course id, term and key; never text or randomness.
    pub uid: String,
    /// What kind of event this is.
    pub kind: EventKind,
    /// Short title, e.g. the week's topic or "Hw2 due".
    pub title: String,
    /// Longer text: the week's detail lines, grading weight.
    pub description: String,
    /// When it happens.
    pub when: When,
    /// The course's IANA zone.
    pub timezone: Tz,
    /// Room or place, if known.
    pub location: Option<String>,
    /// Week number in the syllabus, if the event belongs to one.
    pub week: Option<u32>,
    /// Homework label such as "Hw2", for releases and deadlines of numbered homework.
    pub homework: Option<String>,
    /// 1-based line of the syllabus the event came from (`None` for course-file additions).
    pub source_line: Option<usize>,
    /// True when the course file cancelled the event: it stays in the feed as cancelled.
    pub cancelled: bool,
    /// The name of the section the event is for; `None` for an event of every section.
    pub section: Option<String>,
    /// The key an earlier coursecal gave this event, where it differs: it dropped the letters
    /// outside ASCII ("Übung 1" was `other-bung-1`, now `other-ubung-1`). Published feeds and
    /// ledgers may still know the event by the UID of this key ([`crate::model::Course::former_uids`]).
    pub former_key: Option<String>,
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (start, end, all_day) = match self.when {
            When::AllDay(d) => (
                d.format("%Y-%m-%d").to_string(),
                Some(d.succ_opt().unwrap_or(d).format("%Y-%m-%d").to_string()),
                true,
            ),
            When::Timed { start, end } => (start.to_rfc3339(), end.map(|e| e.to_rfc3339()), false),
        };
        let mut s = serializer.serialize_struct("Event", 16)?;
        s.serialize_field("uid", &self.uid)?;
        s.serialize_field("key", &self.key)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("description", &self.description)?;
        s.serialize_field("start", &start)?;
        s.serialize_field("end", &end)?;
        s.serialize_field("all_day", &all_day)?;
        s.serialize_field("timezone", self.timezone.name())?;
        s.serialize_field("location", &self.location)?;
        s.serialize_field("week", &self.week)?;
        s.serialize_field("homework", &self.homework)?;
        s.serialize_field("source_line", &self.source_line)?;
        s.serialize_field("cancelled", &self.cancelled)?;
        s.serialize_field("section", &self.section)?;
        s.end()
    }
}

impl Event {
    /// The order events are listed in: start instant, then kind, then key, so ties never
    /// depend on the order the syllabus happened to list them in.
    pub fn sort_key(&self, tz: Tz) -> (DateTime<Tz>, EventKind, &str) {
        (self.when.start_instant(tz), self.kind, &self.key)
    }
}

/// Builds the UID from the parts that identify an event across rebuilds.
pub fn make_uid(course_id: &str, term_slug: &str, key: &str) -> String {
    format!("{course_id}-{term_slug}-{key}@coursecal")
}

#[cfg(test)]
impl Event {
    /// An all-day event of course `c`, fall 2022, keyed and titled `key`, with nothing else
    /// set: what tests of code that only looks at a few fields start from.
    pub(crate) fn all_day_for_tests(key: &str, kind: EventKind, date: NaiveDate, tz: Tz) -> Event {
        Event {
            key: key.into(),
            uid: make_uid("c", "fall2022", key),
            kind,
            title: key.into(),
            description: String::new(),
            when: When::AllDay(date),
            timezone: tz,
            location: None,
            week: None,
            homework: None,
            source_line: None,
            cancelled: false,
            section: None,
            former_key: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(key: &str, kind: EventKind, day: u32) -> Event {
        let date = NaiveDate::from_ymd_opt(2022, 11, day).unwrap();
        Event::all_day_for_tests(key, kind, date, chrono_tz::Europe::Istanbul)
    }

    #[test]
    fn events_sort_by_start_then_kind_then_key() {
        let tz = chrono_tz::Europe::Istanbul;
        let mut events = [
            event("other-b", EventKind::Other, 2),
            event("deadline-hw1", EventKind::Deadline, 2),
            event("other-a", EventKind::Other, 2),
            event("exam-final", EventKind::Exam, 3),
            event("lecture-1", EventKind::Lecture, 1),
        ];
        events.sort_by(|a, b| a.sort_key(tz).cmp(&b.sort_key(tz)));
        let keys: Vec<&str> = events.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "lecture-1",
                "deadline-hw1",
                "other-a",
                "other-b",
                "exam-final"
            ]
        );
    }
}
