//! Stage 5, events: the schedule's rows become lectures, its activities releases, deadlines
//! and exams, and the grading scheme adds each one's weight.

mod activities;
mod lectures;
mod weights;

use crate::syllabus::standing_due::StandingDue;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::grading::GradeItem;
use super::rows::{FoundActivity, Table};
use super::{Context, ParseOptions, SyllabusError};
use crate::model::{Event, EventKind, Meeting, Section, When, local_datetime, make_uid};
use crate::syllabus::dates::week_monday;

/// What every event of one course shares, and the keys given so far.
pub(super) struct Builder<'a> {
    pub(super) course_id: &'a str,
    pub(super) term_slug: &'a str,
    pub(super) meetings: &'a [Meeting],
    pub(super) opts: &'a ParseOptions,
    /// The course's sections (empty for one class).
    sections: &'a [Section],
    /// The sections each line of the syllabus names (indices into `sections`).
    line_sections: BTreeMap<usize, Vec<usize>>,
    /// The section whose lectures are being made.
    section: Option<usize>,
    /// Lines of rows that are a section's exam, not a lecture.
    exam_rows: std::collections::BTreeSet<usize>,
    tz: Tz,
    /// Activity keys given, with their date and line, so a second mention is caught.
    keys: BTreeMap<String, (NaiveDate, usize)>,
    /// Keys first given by a schedule row's own date (the work names no date of its own):
    /// the same name in a later row is the next of a recurring item, not a conflict.
    row_dated: std::collections::BTreeSet<String>,
    /// The schedule's week number for each Monday, so an activity dated in another week
    /// than its row (e.g. "Hw3 due Dec 20" written in week 11) gets that week.
    weeks: BTreeMap<NaiveDate, u32>,
    /// The weekday the syllabus says work falls due ("due every Friday").
    standing_due: Option<StandingDue>,
    /// The hour the syllabus gives every deadline that writes none.
    due_hour: Option<NaiveTime>,
    /// One row per week: work a row lists without a day of its own is the week's.
    week_rows: bool,
}

impl<'a> Builder<'a> {
    pub(super) fn new(
        course_id: &'a str,
        term_slug: &'a str,
        meetings: &'a [Meeting],
        opts: &'a ParseOptions,
    ) -> Self {
        Builder {
            course_id,
            term_slug,
            meetings,
            opts,
            sections: &[],
            line_sections: BTreeMap::new(),
            section: None,
            exam_rows: std::collections::BTreeSet::new(),
            tz: opts.timezone,
            keys: BTreeMap::new(),
            row_dated: std::collections::BTreeSet::new(),
            weeks: BTreeMap::new(),
            standing_due: None,
            due_hour: None,
            week_rows: false,
        }
    }

    /// The same builder, with the hour the syllabus gives every deadline.
    pub(super) fn with_due_hour(mut self, hour: Option<NaiveTime>) -> Self {
        self.due_hour = hour;
        self
    }

    /// The same builder, with the standing due day the syllabus states.
    pub(super) fn with_standing_due(mut self, standing: Option<StandingDue>) -> Self {
        self.standing_due = standing;
        self
    }

    /// The same builder for a course taught in `sections`, with the sections each line
    /// names (`line_sections`, indices into `sections`).
    pub(super) fn with_sections(
        mut self,
        sections: &'a [Section],
        line_sections: BTreeMap<usize, Vec<usize>>,
    ) -> Self {
        self.sections = sections;
        self.line_sections = line_sections;
        self
    }

    /// The one section a line names, if it names exactly one.
    fn section_of_line(&self, line: usize) -> Option<&'a Section> {
        match self.line_sections.get(&line).map(Vec::as_slice) {
            Some([i]) => self.sections.get(*i),
            _ => None,
        }
    }

    /// Whether a row gives no lecture here: it is another section's than the one whose
    /// lectures are being made, or a section's exam.
    pub(super) fn other_section(&self, line: usize) -> bool {
        if self.exam_rows.contains(&line) {
            return true;
        }
        match (
            self.section,
            self.line_sections.get(&line).map(Vec::as_slice),
        ) {
            (Some(mine), Some([only])) => *only != mine,
            _ => false,
        }
    }

    /// Every section's lectures: each section's rows at its meetings, keyed and marked as
    /// its own (`section-1-lecture-3`), so UIDs differ between sections and stay stable.
    fn section_lectures(
        &self,
        rows: &[crate::syllabus::rows::WeekRow],
        cx: &mut Context,
    ) -> Vec<Event> {
        let mut out = Vec::new();
        for (i, sec) in self.sections.iter().enumerate() {
            let b = Builder {
                meetings: &sec.meetings,
                section: Some(i),
                line_sections: self.line_sections.clone(),
                exam_rows: self.exam_rows.clone(),
                keys: BTreeMap::new(),
                row_dated: std::collections::BTreeSet::new(),
                weeks: BTreeMap::new(),
                ..*self
            };
            for mut ev in lectures::all(&b, rows, cx) {
                self.own(&mut ev, sec);
                out.push(ev);
            }
        }
        out
    }

    /// Rows naming one section whose topic, without the section's name, is an exam
    /// ("Group A: Midterm", "Midterm exam - Section 2"): that section's exam, read as the
    /// activity the row would be without the name.
    fn section_exam_rows(&self, table: &Table) -> Vec<FoundActivity> {
        let mut out = Vec::new();
        for row in &table.rows {
            if self.section_of_line(row.line).is_none() {
                continue;
            }
            if table.activities.iter().any(|a| a.line == row.line) {
                continue;
            }
            let names = crate::syllabus::meetings::section_names(&row.title);
            let mut rest = row.title.clone();
            for (at, _) in names.iter().rev() {
                rest.replace_range(at.clone(), " ");
            }
            let rest = rest.trim_matches(|c: char| c.is_whitespace() || "-–—:,;()".contains(c));
            let (acts, _) = crate::syllabus::activity::parse_cell(rest);
            if let [act] = acts.as_slice()
                && act.kind == EventKind::Exam
            {
                out.push(FoundActivity {
                    line: row.line,
                    act: act.clone(),
                    row_date: row.date,
                    week: Some(row.week),
                    row_time: row.time,
                    row_room: row.room.clone(),
                });
            }
        }
        out
    }

    /// Makes an event the section's own: its key (and so its UID) carries the section's.
    fn own(&self, ev: &mut Event, sec: &Section) {
        ev.key = format!("{}-{}", sec.slug, ev.key);
        ev.uid = make_uid(self.course_id, self.term_slug, &ev.key);
        ev.former_key = ev.former_key.take().map(|f| format!("{}-{f}", sec.slug));
        ev.section = Some(sec.name.clone());
    }

    /// Warns about a row or activity line that names several sections: it is for all of them.
    fn warn_several(&self, line: usize, cx: &mut Context) {
        if self.line_sections.get(&line).is_some_and(|s| s.len() > 1) {
            cx.warn(line, "this line names several sections; what it gives is for every section; give each section its own line (or use the course file's [[add]]) if that is wrong");
        }
    }

    /// Every event of the schedule, sorted by start.
    pub(super) fn build(
        mut self,
        table: &Table,
        grading: &[GradeItem],
        cx: &mut Context,
    ) -> Result<Vec<Event>, SyllabusError> {
        // The first row of a week names it, hence the reverse walk.
        self.weeks = table
            .rows
            .iter()
            .rev()
            .map(|r| (week_monday(r.date), r.week))
            .collect();
        self.week_rows = !table
            .rows
            .windows(2)
            .any(|w| week_monday(w[0].date) == week_monday(w[1].date));
        let mut exam_rows = self.section_exam_rows(table);
        self.exam_rows = exam_rows.iter().map(|a| a.line).collect();
        exam_rows.extend(bare_work_due(&self, table));
        let mut events = if self.sections.is_empty() {
            lectures::all(&self, &table.rows, cx)
        } else {
            for r in &table.rows {
                self.warn_several(r.line, cx);
            }
            self.section_lectures(&table.rows, cx)
        };
        // One exam at one instant: "Exam 1 (3/4)" in the grading list and "3/4 FIRST EXAM" in
        // the table are the same exam; the table's (with a week) is kept.
        let mut exams: BTreeMap<(DateTime<Tz>, Option<String>), (usize, bool)> = BTreeMap::new();
        for fa in table.activities.iter().chain(&exam_rows) {
            self.warn_several(fa.line, cx);
            let Some(ev) = self.activity(fa, cx)? else {
                continue;
            };
            if ev.kind != EventKind::Exam {
                events.push(ev);
                continue;
            }
            for ev in self.exam_per_section(fa, ev) {
                let at = (ev.when.start_instant(self.tz), ev.section.clone());
                match exams.get(&at) {
                    Some(&(_, in_table)) if in_table || fa.week.is_none() => {}
                    Some(&(i, _)) => {
                        events[i] = ev;
                        exams.insert(at, (i, true));
                    }
                    None => {
                        exams.insert(at, (events.len(), fa.week.is_some()));
                        events.push(ev);
                    }
                }
            }
        }
        drop_named_twice(&mut events);
        weights::apply(&mut events, grading);
        let tz = self.tz;
        events.sort_by(|a, b| a.sort_key(tz).cmp(&b.sort_key(tz)));
        Ok(events)
    }

    fn event(&self, key: String, kind: EventKind, title: String, when: When, line: usize) -> Event {
        Event {
            uid: make_uid(self.course_id, self.term_slug, &key),
            key,
            kind,
            title,
            description: String::new(),
            when,
            timezone: self.tz,
            location: None,
            week: None,
            homework: None,
            source_line: Some(line),
            cancelled: false,
            section: None,
            former_key: None,
        }
    }

    /// From `start` to `end` on `date`; no end when it is not after the start.
    fn timed(&self, date: NaiveDate, start: NaiveTime, end: NaiveTime) -> When {
        let s = local_datetime(self.tz, date.and_time(start));
        let e = local_datetime(self.tz, date.and_time(end));
        When::Timed {
            start: s,
            end: (e > s).then_some(e),
        }
    }
}

/// The deadlines of rows that are only numbered work on days without class (see
/// [`lectures::bare_work_days`]), unless the document dates that work's deadline elsewhere.
fn bare_work_due(b: &Builder<'_>, table: &Table) -> Vec<FoundActivity> {
    let dated: Vec<String> = table
        .activities
        .iter()
        .filter(|fa| fa.act.kind == EventKind::Deadline)
        .map(|fa| fa.act.label.to_lowercase())
        .collect();
    lectures::bare_work_days(b, &table.rows)
        .into_iter()
        .filter_map(|r| {
            let act = r.bare_work.clone()?;
            (!dated.contains(&act.label.to_lowercase()))
                .then(|| FoundActivity::on_row(r.line, act, r.date, Some(r.week)))
        })
        .collect()
}

/// A bare name of work in a work column ("Project 1", an event of kind `other`) on the day
/// the same work is released or due elsewhere in the document ("Project 1: Week 2-4
/// (09.09 - 09.23)") is that release or deadline, not a third event.
fn drop_named_twice(events: &mut Vec<Event>) {
    let told: Vec<(NaiveDate, String)> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Release | EventKind::Deadline))
        .map(|e| (e.when.date(), e.title.to_lowercase()))
        .collect();
    events.retain(|e| {
        let name = format!("{} ", e.title.to_lowercase());
        e.kind != EventKind::Other
            || !told
                .iter()
                .any(|(d, t)| *d == e.when.date() && t.starts_with(&name))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timed_event_without_a_later_end_has_no_end() {
        let opts = ParseOptions::default();
        let b = Builder::new("c", "fall2022", &[], &opts);
        let d = NaiveDate::from_ymd_opt(2022, 10, 4).unwrap();
        let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert!(matches!(
            b.timed(d, t(9), t(12)),
            When::Timed { end: Some(_), .. }
        ));
        assert!(matches!(
            b.timed(d, t(9), t(9)),
            When::Timed { end: None, .. }
        ));
    }

    #[test]
    fn an_event_uid_is_made_of_course_term_and_key() {
        let opts = ParseOptions::default();
        let b = Builder::new("ceng501", "fall2022", &[], &opts);
        let d = NaiveDate::from_ymd_opt(2022, 10, 4).unwrap();
        let ev = b.event(
            "lecture-1".into(),
            EventKind::Lecture,
            "Intro".into(),
            When::AllDay(d),
            14,
        );
        assert_eq!(ev.uid, make_uid("ceng501", "fall2022", "lecture-1"));
        assert_eq!(ev.source_line, Some(14));
    }
}
