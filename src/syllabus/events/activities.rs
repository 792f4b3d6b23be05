//! Releases, deadlines, exams and other activities: one event each, keyed by kind and label
//! so that a second mention of the same work is caught.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::Builder;
use crate::model::{Event, EventKind, Meeting, Section, When, local_datetime};
use crate::syllabus::activity::{Activity, ClassDay};
use crate::syllabus::dates::week_monday;
use crate::syllabus::ids::{former_key_words, key_words};
use crate::syllabus::rows::FoundActivity;
use crate::syllabus::standing_due::StandingDue;
use crate::syllabus::{Context, SyllabusError};

/// Whether work is dated by its schedule row alone: it writes no date or weekday of its own.
fn dated_by_row(fa: &FoundActivity) -> bool {
    fa.act.date.is_none() && fa.act.weekday.is_none()
}

impl Builder<'_> {
    /// The event of an activity; `None` when it is to be announced or given again.
    pub(super) fn activity(
        &mut self,
        fa: &FoundActivity,
        cx: &mut Context,
    ) -> Result<Option<Event>, SyllabusError> {
        let a = &fa.act;
        if a.tba && a.date.is_none() {
            cx.warn(fa.line, format!("{} {}: the date is to be announced, so it is not scheduled; add it under [[add]] in the course file once it is known", a.label, a.kind));
            return Ok(None);
        }
        let date = self.day_of(fa, cx)?;
        let section = self.section_of_line(fa.line);
        let mut key = activity_key(a.kind, &key_words(&a.label));
        let mut former = activity_key(a.kind, &former_key_words(&a.label));
        if let Some(sec) = section {
            key = format!("{}-{key}", sec.slug);
            former = format!("{}-{former}", sec.slug);
        }
        if a.kind == EventKind::Other {
            let base = key.len();
            key = self.next_other_key(key, date);
            former.push_str(&key[base..]);
        }
        // "Lab Project Portfolio" and "Project Portfolio" due the same day are one work named
        // more or less fully.
        if a.kind != EventKind::Other && self.named_more_fully(&key, date) {
            return Ok(None);
        }
        let Some((key, former)) = self.claim(fa, date, key, former, cx) else {
            return Ok(None);
        };
        let (title, when, location) = match a.kind {
            EventKind::Release => (format!("{} released", a.label), When::AllDay(date), None),
            EventKind::Deadline => (format!("{} due", a.label), self.deadline(fa, date), None),
            EventKind::Exam => {
                // A shared exam of a course in sections has no one lecture room or slot.
                let shared: &[Meeting] = if self.sections.is_empty() {
                    self.meetings
                } else {
                    &[]
                };
                let meetings = section.map_or(shared, |s| &s.meetings);
                let (when, location) = self.exam(fa, date, meetings, section);
                (a.label.clone(), when, location)
            }
            _ => (a.label.clone(), self.other_when(a, date), None),
        };
        let mut title = match &a.note {
            Some(n) => format!("{title}: {n}"),
            None => title,
        };
        if let Some(sec) = section {
            title = format!("{title} ({})", sec.name);
        }
        let mut ev = self.event(key, a.kind, title, when, fa.line);
        ev.former_key = (former != ev.key).then_some(former);
        ev.section = section.map(|s| s.name.clone());
        ev.location = location;
        ev.week = self.weeks.get(&week_monday(date)).copied().or(fa.week);
        ev.homework = a.is_homework.then(|| a.label.clone());
        Ok(Some(ev))
    }

    /// When an activity of another kind happens: at its hours, from its start, or all day.
    fn other_when(&self, a: &Activity, date: NaiveDate) -> When {
        match a.time {
            // A session written with its hours ("12:45-14:30 | Tutorial") lasts them.
            Some(t) if a.end_time.is_some_and(|e| e > t) => {
                self.timed(date, t, a.end_time.unwrap_or(t))
            }
            Some(t) => When::Timed {
                start: local_datetime(self.tz, date.and_time(t)),
                end: None,
            },
            None => When::AllDay(date),
        }
    }

    /// Whether work of this key's kind on `date` was given under a key that ends with this
    /// one's name, or this one's ends with its (`deadline-mcs-project-portfolio`,
    /// `deadline-project-portfolio`).
    fn named_more_fully(&self, key: &str, date: NaiveDate) -> bool {
        let Some((kind, name)) = key.find('-').map(|i| key.split_at(i)) else {
            return false;
        };
        self.keys.iter().any(|(k, (seen, _))| {
            *seen == date
                && k != key
                && k.starts_with(kind)
                && k.find('-').is_some_and(|i| {
                    let other = &k[i..];
                    other.ends_with(name) || name.ends_with(other)
                })
        })
    }

    /// The key (and former key) an activity on `date` gets, recorded as given; `None` when
    /// the same item is already given: on that date, or on another when either mention writes
    /// its own date (a conflict, warned about). The same item in another row, each dated by
    /// its row alone, is its next occurrence ("exam-2").
    fn claim(
        &mut self,
        fa: &FoundActivity,
        date: NaiveDate,
        mut key: String,
        mut former: String,
        cx: &mut Context,
    ) -> Option<(String, String)> {
        let a = &fa.act;
        if let Some((seen, line)) = self.keys.get(&key) {
            let recurs = *seen != date && self.row_dated.contains(&key) && dated_by_row(fa);
            if !recurs {
                if *seen != date {
                    cx.warn(fa.line, format!(
                        "{} {} is given again, for {} (line {line} said {}); the first is kept; fix the syllabus or use the course file's [[move]]",
                        a.label, a.kind, date.format("%b %-d"), seen.format("%b %-d")
                    ));
                }
                return None;
            }
            // "Exam" in three rows, "Reading response" due in every other row: each row's
            // is the next one, keyed "exam-2", "exam-3".
            let n = self.next_occurrence(&key, date)?;
            key = format!("{key}-{n}");
            former = format!("{former}-{n}");
        }
        if dated_by_row(fa) {
            self.row_dated.insert(key.clone());
        }
        self.keys.insert(key.clone(), (date, fa.line));
        Some((key, former))
    }

    /// The number of the next occurrence of a recurring item under `key` (2 for the
    /// second), or `None` when an occurrence on `date` is already given.
    fn next_occurrence(&self, key: &str, date: NaiveDate) -> Option<u32> {
        let mut n = 2;
        loop {
            match self.keys.get(&format!("{key}-{n}")) {
                None => return Some(n),
                Some((seen, _)) if *seen == date => return None,
                Some(_) => n += 1,
            }
        }
    }

    /// Something other than work or an exam may recur ("Lab" every week): a later date
    /// gets the next free key ("other-lab-2"), where a second date of work is a conflict.
    fn next_other_key(&self, key: String, date: NaiveDate) -> String {
        let mut candidate = key.clone();
        let mut n = 1;
        while let Some((seen, _)) = self.keys.get(&candidate) {
            if *seen == date {
                break;
            }
            n += 1;
            candidate = format!("{key}-{n}");
        }
        candidate
    }

    /// The day of an activity: told by the class, by the standing due day, or by its own
    /// date or weekday from the row's date.
    fn day_of(&self, fa: &FoundActivity, cx: &Context) -> Result<NaiveDate, SyllabusError> {
        match (self.class_day_of(fa), self.standing_for(fa)) {
            (Some((d, _)), _) => Ok(d),
            (None, Some(s)) => Ok(s.in_week_of(fa.row_date)),
            (None, None) => cx.activity_day(fa.line, &fa.act, fa.row_date),
        }
    }

    /// The day (and the class's start) of a deadline told by the class ("due before
    /// class", "due next class", "the night before class"), from the meeting days and the
    /// row's date.
    fn class_day_of(&self, fa: &FoundActivity) -> Option<(NaiveDate, Option<NaiveTime>)> {
        let a = &fa.act;
        let told = a
            .class_day
            .filter(|_| a.date.is_none() && a.weekday.is_none())?;
        let first = if told == ClassDay::Next { 1 } else { 0 };
        let Some((day, meeting)) = (first..first + 7)
            .map(|n| fa.row_date + Duration::days(n))
            .find_map(|d| {
                self.meetings
                    .iter()
                    .find(|m| m.day == d.weekday())
                    .map(|m| (d, m))
            })
        else {
            return self.own_class_eve(fa, told);
        };
        Some(match told {
            ClassDay::EveBefore => (day - Duration::days(1), None),
            _ => (day, Some(meeting.start)),
        })
    }

    /// Without a lecture slot, a schedule of one row per class (a grid cell, a dated
    /// lecture row) dates each row on its class: work due "the night before" falls the day
    /// before the row's date. A row for a whole week names no class, so nothing is moved.
    fn own_class_eve(
        &self,
        fa: &FoundActivity,
        told: ClassDay,
    ) -> Option<(NaiveDate, Option<NaiveTime>)> {
        (told == ClassDay::EveBefore && self.meetings.is_empty() && !self.week_rows)
            .then(|| (fa.row_date - Duration::days(1), None))
    }

    /// The standing due day that dates a deadline a week row lists without a day or date
    /// of its own.
    fn standing_for(&self, fa: &FoundActivity) -> Option<StandingDue> {
        let a = &fa.act;
        (a.kind == EventKind::Deadline
            && a.class_day.is_none()
            && a.date.is_none()
            && a.weekday.is_none()
            && self.week_rows
            && fa.week.is_some())
        .then_some(self.standing_due)
        .flatten()
    }

    /// A deadline falls due at its time, the standing due day's, or the course's due time.
    fn deadline(&self, fa: &FoundActivity, date: NaiveDate) -> When {
        let a = &fa.act;
        let standing = self.standing_for(fa).and_then(|s| s.time);
        let class_start = self.class_day_of(fa).and_then(|(_, t)| t);
        let t = a
            .time
            .or(class_start)
            .or(standing)
            .or(self.due_hour)
            .unwrap_or(self.opts.due_time);
        // A deadline written in another zone is the same instant, shown in the course's.
        let start = match a.zone {
            Some(z) if a.time.is_some() => {
                local_datetime(z, date.and_time(t)).with_timezone(&self.tz)
            }
            _ => local_datetime(self.tz, date.and_time(t)),
        };
        When::Timed { start, end: None }
    }

    /// An exam takes its own time, else the section's or the options', the row's or the
    /// lecture slot's of its weekday (of `meetings`); its room likewise, the slot's room
    /// only when the exam gives no hour or the slot's own.
    fn exam(
        &self,
        fa: &FoundActivity,
        date: NaiveDate,
        meetings: &[Meeting],
        section: Option<&Section>,
    ) -> (When, Option<String>) {
        let a = &fa.act;
        let same_day = meetings.iter().find(|m| m.day == date.weekday());
        // The slot's time is the exam's only on a day the class meets ("Midterm" in a class's
        // row); on another day (a Monday exam of a Tuesday class) no time is known.
        let times = section
            .and_then(|s| s.exam_time)
            .or(self.opts.exam_time)
            .or(fa.row_time)
            .or(same_day.map(|m| (m.start, m.end)));
        let when = match (a.time, times) {
            (Some(t), _) if a.end_time.is_some_and(|e| e > t) => {
                self.timed(date, t, a.end_time.unwrap_or(t))
            }
            (Some(t), Some((s, e))) => self.timed(date, t, t + (e - s)),
            (Some(t), None) => self.timed(date, t, t + Duration::hours(2)),
            (None, Some((s, e))) => self.timed(date, s, e),
            (None, None) => When::AllDay(date),
        };
        // The lecture room is the exam's only when the exam sits in the class's slot: one at
        // its own hour (an evening midterm, a final in the exam period) is held elsewhere.
        let in_slot = same_day.is_some_and(|m| a.time.is_none_or(|t| t == m.start));
        let location = section
            .and_then(|s| s.exam_location.clone())
            .or(self.opts.exam_location.clone())
            .or(fa.row_room.clone())
            .or(same_day
                .filter(|_| in_slot)
                .and_then(|m| m.location.clone()));
        (when, location)
    }

    /// A shared exam of a course in sections, once per section when they sit it apart: when
    /// a section has its own exam time or room, or the exam's time is the lecture slot's
    /// (which differs between sections). Otherwise, and for one class, the exam as it is.
    pub(super) fn exam_per_section(&self, fa: &FoundActivity, ev: Event) -> Vec<Event> {
        let a = &fa.act;
        let date = ev.when.date();
        // Only a section that meets on the exam's weekday lends it its slot's time.
        let on_a_class_day = self
            .sections
            .iter()
            .any(|s| s.meetings.iter().any(|m| m.day == date.weekday()));
        let slot_time = a.time.is_none()
            && self.opts.exam_time.is_none()
            && fa.row_time.is_none()
            && on_a_class_day;
        let apart = self.sections.iter().any(Section::own_exam) || slot_time;
        if ev.section.is_some() || self.sections.is_empty() || !apart {
            return vec![ev];
        }
        self.sections
            .iter()
            .map(|sec| {
                let mut copy = ev.clone();
                let (when, location) = self.exam(fa, date, &sec.meetings, Some(sec));
                copy.when = when;
                copy.location = location.or(ev.location.clone());
                copy.title = format!("{} ({})", ev.title, sec.name);
                self.own(&mut copy, sec);
                copy
            })
            .collect()
    }
}

/// "deadline-hw1", "release-hw1", "exam" (an exam labelled "Exam" is not "exam-exam"), of
/// the label's key words.
fn activity_key(kind: EventKind, label_slug: &str) -> String {
    if label_slug == kind.as_str() {
        label_slug.to_string()
    } else {
        format!("{kind}-{label_slug}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activity_keys_are_kind_and_label() {
        let key = |kind, label| activity_key(kind, &key_words(label));
        assert_eq!(key(EventKind::Deadline, "Hw1"), "deadline-hw1");
        assert_eq!(key(EventKind::Exam, "Exam"), "exam");
        assert_eq!(
            key(EventKind::Release, "Project proposal"),
            "release-project-proposal"
        );
        assert_eq!(key(EventKind::Deadline, "Übung 1"), "deadline-ubung-1");
    }
}
