//! What changed about an event (pure): one version of it (the one announced to students, or
//! the one published in the feed) against another (the current one).
//!
//! A [`Version`] keeps only what a student acts on: kind, title, start, end, place, and
//! whether it is cancelled. The description is left out on purpose, so an edit of the
//! description alone is never a change.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::course::settings::NoticeChange;
use crate::model::{Course, Event, EventKind, When};

/// One version of an event, as students were told of it or as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// The kind's lowercase name ("" when read from a feed, which does not say).
    pub kind: String,
    /// The title (the event's own, or the feed's SUMMARY).
    pub title: String,
    /// When it begins (local midnight for an all-day event).
    pub start: DateTime<Utc>,
    /// When it ends, if it has an end.
    #[serde(default)]
    pub end: Option<DateTime<Utc>>,
    /// True for an all-day event.
    #[serde(default)]
    pub all_day: bool,
    /// Room or place.
    #[serde(default)]
    pub location: Option<String>,
    /// True once cancelled.
    #[serde(default)]
    pub cancelled: bool,
}

impl Version {
    /// The version of `e` as it stands, with its own title.
    pub fn of(e: &Event, tz: Tz) -> Version {
        let (end, all_day) = match e.when {
            When::AllDay(_) => (None, true),
            When::Timed { end, .. } => (end.map(|t| t.with_timezone(&Utc)), false),
        };
        Version {
            kind: e.kind.as_str().to_string(),
            title: e.title.clone(),
            start: e.when.start_instant(tz).with_timezone(&Utc),
            end,
            all_day,
            location: e.location.clone(),
            cancelled: e.cancelled,
        }
    }

    /// The event's kind (Other when unknown).
    pub fn event_kind(&self) -> EventKind {
        EventKind::from_name(&self.kind).unwrap_or(EventKind::Other)
    }

    /// True once the event is over at `now`: past its end, or its start for an instant (an
    /// all-day event lasts its day).
    pub fn over(&self, now: DateTime<Utc>) -> bool {
        let end = match (self.end, self.all_day) {
            (Some(e), _) => e,
            (None, true) => self.start + Duration::days(1),
            (None, false) => self.start,
        };
        end <= now
    }

    fn same_time(&self, other: &Version) -> bool {
        self.start == other.start && self.end == other.end && self.all_day == other.all_day
    }
}

/// One way an event differs between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Difference {
    /// New: not in the old version set.
    Added,
    /// Its date or time.
    Moved,
    /// Its place.
    Place,
    /// Its title.
    Renamed,
    /// Cancelled, or gone.
    Cancelled,
    /// Cancelled before, on again now.
    Restored,
}

impl Difference {
    /// The notice setting this difference falls under; a rename alone is never announced.
    pub fn notice(self) -> Option<NoticeChange> {
        match self {
            Difference::Added => Some(NoticeChange::Added),
            Difference::Moved => Some(NoticeChange::Moved),
            Difference::Place => Some(NoticeChange::Place),
            // Undoing a cancellation is told to whoever was told of the cancellation.
            Difference::Cancelled | Difference::Restored => Some(NoticeChange::Cancelled),
            Difference::Renamed => None,
        }
    }

    /// The word in `diff` and `build` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Difference::Added => "added",
            Difference::Moved => "moved",
            Difference::Place => "place",
            Difference::Renamed => "renamed",
            Difference::Cancelled => "cancelled",
            Difference::Restored => "restored",
        }
    }
}

/// How `new` differs from `old` (`None`: no such version). Empty when they are the same for
/// a student: a description is not part of a version.
pub fn differences(old: Option<&Version>, new: Option<&Version>) -> BTreeSet<Difference> {
    let mut out = BTreeSet::new();
    match (old, new) {
        (None, None) => {}
        (None, Some(n)) if !n.cancelled => {
            out.insert(Difference::Added);
        }
        (None, Some(_)) => {}
        (Some(o), None) if !o.cancelled => {
            out.insert(Difference::Cancelled);
        }
        (Some(_), None) => {}
        (Some(o), Some(n)) if n.cancelled => {
            if !o.cancelled {
                out.insert(Difference::Cancelled);
            }
        }
        (Some(o), Some(_)) if o.cancelled => {
            out.insert(Difference::Restored);
        }
        (Some(o), Some(n)) => {
            if !o.same_time(n) {
                out.insert(Difference::Moved);
            }
            if o.location != n.location {
                out.insert(Difference::Place);
            }
            if o.title != n.title {
                out.insert(Difference::Renamed);
            }
        }
    }
    out
}

/// One event that differs: its UID, both versions, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The event's UID.
    pub uid: String,
    /// The earlier version (announced or published), if any.
    pub old: Option<Version>,
    /// The version now, if the event is still in the course.
    pub new: Option<Version>,
    /// How they differ (never empty).
    pub differences: BTreeSet<Difference>,
}

impl Change {
    /// The version that names the event: the new one, else the old.
    pub fn latest(&self) -> &Version {
        self.new
            .as_ref()
            .or(self.old.as_ref())
            .expect("a change has at least one version")
    }
}

/// Every event whose version in `new` differs from `old`, in start order.
pub fn compare(old: &BTreeMap<String, Version>, new: &BTreeMap<String, Version>) -> Vec<Change> {
    let uids: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let mut out: Vec<Change> = uids
        .into_iter()
        .filter_map(|uid| {
            let (o, n) = (old.get(uid), new.get(uid));
            let differences = differences(o, n);
            (!differences.is_empty()).then(|| Change {
                uid: uid.clone(),
                old: o.cloned(),
                new: n.cloned(),
                differences,
            })
        })
        .collect();
    out.sort_by(|a, b| (a.latest().start, &a.uid).cmp(&(b.latest().start, &b.uid)));
    out
}

/// The versions of a course's events, by UID, with their own titles.
pub fn course_versions(course: &Course) -> BTreeMap<String, Version> {
    course
        .events
        .iter()
        .map(|e| (e.uid.clone(), Version::of(e, course.timezone)))
        .collect()
}

/// The versions of a course's events as its feed shows them (title = the feed's SUMMARY).
pub fn feed_versions(course: &Course) -> BTreeMap<String, Version> {
    course
        .events
        .iter()
        .map(|e| {
            let mut v = Version::of(e, course.timezone);
            v.kind.clear();
            v.title = crate::feed::ics::summary(course, e);
            v.end = None;
            (e.uid.clone(), v)
        })
        .collect()
}

/// The versions in a feed coursecal published (`text` already checked): UID, SUMMARY,
/// DTSTART, LOCATION and STATUS of each VEVENT. Ends are not compared (a feed gives a
/// deadline a short block the course does not have).
/// `tz` places all-day dates, which carry no zone.
pub fn published_versions(text: &str, tz: Tz) -> BTreeMap<String, Version> {
    let mut out = BTreeMap::new();
    let mut current: Option<Vec<String>> = None;
    for line in crate::feed::ics::unfold(text) {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => {
                if let Some((uid, v)) = current.take().and_then(|p| published(&p, tz)) {
                    out.insert(uid, v);
                }
            }
            _ => {
                if let Some(p) = current.as_mut() {
                    p.push(line);
                }
            }
        }
    }
    out
}

/// One VEVENT's version; `None` without a UID or a readable DTSTART.
fn published(props: &[String], tz: Tz) -> Option<(String, Version)> {
    let mut uid = None;
    let mut v = Version {
        kind: String::new(),
        title: String::new(),
        start: DateTime::<Utc>::MIN_UTC,
        end: None,
        all_day: false,
        location: None,
        cancelled: false,
    };
    let mut start = None;
    for p in props {
        let (head, value) = p.split_once(':')?;
        let name = head.split(';').next().unwrap_or(head);
        match name {
            "UID" => uid = Some(value.to_string()),
            "SUMMARY" => v.title = unescape(value),
            "LOCATION" => v.location = Some(unescape(value)),
            "STATUS" => v.cancelled = value == "CANCELLED",
            "DTSTART" => {
                v.all_day = head.contains("VALUE=DATE") && !head.contains("VALUE=DATE-TIME");
                start = instant(head, value, tz);
            }
            _ => {}
        }
    }
    v.start = start?;
    Some((uid?, v))
}

/// A DTSTART value: a date (local midnight), a UTC time, or a local time with its TZID.
fn instant(head: &str, value: &str, date_zone: Tz) -> Option<DateTime<Utc>> {
    let tz: Tz = head
        .split(";TZID=")
        .nth(1)
        .and_then(|r| r.split(';').next())
        .and_then(|z| z.trim_matches('"').parse().ok())
        .unwrap_or(chrono_tz::UTC);
    if let Ok(d) = NaiveDate::parse_from_str(value, "%Y%m%d") {
        let local = d.and_hms_opt(0, 0, 0)?;
        return Some(crate::model::local_datetime(date_zone, local).with_timezone(&Utc));
    }
    let (value, tz) = match value.strip_suffix('Z') {
        Some(v) => (v, chrono_tz::UTC),
        None => (value, tz),
    };
    let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()?;
    Some(crate::model::local_datetime(tz, local).with_timezone(&Utc))
}

/// Undoes TEXT escaping (RFC 5545 §3.3.11).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A time as `diff` and `build` print it, in the course's zone: "Tue 2022-11-22 23:59".
fn when_line(v: &Version, tz: Tz) -> String {
    let local = v.start.with_timezone(&tz);
    if v.all_day {
        local.format("%a %Y-%m-%d (all day)").to_string()
    } else {
        local.format("%a %Y-%m-%d %H:%M").to_string()
    }
}

/// One line per changed event, as `diff` and `build` print it:
/// `moved      CEng 501 · Hw2 due: Tue 2022-11-22 23:59 → Thu 2022-11-24 23:59`.
pub fn change_line(c: &Change, tz: Tz) -> String {
    let label: Vec<&str> = c.differences.iter().map(|d| d.as_str()).collect();
    let latest = c.latest();
    let place = |v: &Version| v.location.clone().unwrap_or_else(|| "-".into());
    let mut details = Vec::new();
    for d in &c.differences {
        match (d, &c.old, &c.new) {
            (Difference::Moved, Some(o), Some(n)) => {
                details.push(format!("{} → {}", when_line(o, tz), when_line(n, tz)));
            }
            (Difference::Place, Some(o), Some(n)) => {
                details.push(format!("{} → {}", place(o), place(n)));
            }
            (Difference::Renamed, Some(o), Some(_)) => {
                details.push(format!("was \"{}\"", o.title));
            }
            (Difference::Added | Difference::Cancelled | Difference::Restored, _, _) => {
                details.push(when_line(latest, tz));
            }
            _ => {}
        }
    }
    format!(
        "{:<10} {}: {}",
        label.join("+"),
        latest.title,
        details.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course() -> Course {
        crate::course::build::reference_course(&Default::default())
    }

    fn hw2(c: &mut Course) -> &mut Event {
        c.events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap()
    }

    #[test]
    fn a_description_only_edit_is_no_change() {
        let before = course();
        let mut after = before.clone();
        hw2(&mut after).description = "Submit on ODTUClass, as a PDF.".into();
        assert!(compare(&course_versions(&before), &course_versions(&after)).is_empty());
    }

    #[test]
    fn a_moved_deadline_is_one_move() {
        let before = course();
        let mut after = before.clone();
        let e = hw2(&mut after);
        if let When::Timed { start, .. } = &mut e.when {
            *start += Duration::days(2);
        }
        let changes = compare(&course_versions(&before), &course_versions(&after));
        assert_eq!(changes.len(), 1);
        assert!(changes[0].uid.contains("deadline-hw2"));
        assert_eq!(changes[0].differences, BTreeSet::from([Difference::Moved]));
    }

    #[test]
    fn cancelled_removed_and_added_events_are_told_apart() {
        let before = course();
        let mut after = before.clone();
        after.events[0].cancelled = true;
        let gone = after.events.remove(1);
        let mut new = gone.clone();
        new.uid = "new@coursecal".into();
        after.events.push(new);
        let changes = compare(&course_versions(&before), &course_versions(&after));
        let by_uid = |uid: &str| &changes.iter().find(|c| c.uid == uid).unwrap().differences;
        assert_eq!(
            *by_uid(&before.events[0].uid),
            BTreeSet::from([Difference::Cancelled])
        );
        assert_eq!(*by_uid(&gone.uid), BTreeSet::from([Difference::Cancelled]));
        assert_eq!(
            *by_uid("new@coursecal"),
            BTreeSet::from([Difference::Added])
        );
    }

    #[test]
    fn a_published_feed_reads_back_as_the_course_it_was_made_from() {
        let c = course();
        let ics = crate::feed::render(
            &c,
            crate::feed::Variant::All,
            &crate::feed::Previous::default(),
            DateTime::from_timestamp(1_660_000_000, 0).unwrap(),
        )
        .ics;
        let published = published_versions(&ics, c.timezone);
        assert_eq!(published.len(), c.events.len());
        let diff = compare(&published, &feed_versions(&c));
        assert!(diff.is_empty(), "{diff:#?}");
    }
}
