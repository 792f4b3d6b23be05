//! Reading a syllabus as published (text out of a PDF or a web page) into dated events.
//!
//! The parser never guesses silently: every line it sets aside becomes a [`Warning`]
//! with its line number, and input it cannot use at all is a [`SyllabusError`].

pub mod activity;
mod context;
pub mod dates;
pub mod header;
mod layout;
mod lexicon;
mod rows;
pub(crate) mod text;
mod times;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use regex::Regex;

use crate::model::{Event, EventKind, Meeting, Term, Warning, When, local_datetime, make_uid};
use context::Context;
use dates::{DateOrder, DateSpan, RawDate, decide_order, week_monday};
use header::{GradeItem, find_course, find_grading, find_meetings};
use lexicon::{
    ASCII_FOLD, GRADE_EXAM_PATTERN, GRADE_HOMEWORK_PATTERN, GRADE_PROJECT_PATTERN,
    GRADE_SPECIFIC_EXAMS,
};
use rows::{FoundActivity, WeekRow, read_table};
use text::{clean_line, join_lines};

/// Largest syllabus accepted: a real one is a few kilobytes; anything near this is the wrong file.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// What the course file or command line adds to the syllabus text.
#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Course id used in UIDs and file names; derived from the course code when absent.
    pub course_id: Option<String>,
    /// The term, when the syllabus does not say or says wrongly.
    pub term: Option<Term>,
    /// The course's time zone.
    pub timezone: Tz,
    /// When a deadline given only as a date falls due.
    pub due_time: NaiveTime,
    /// Order of numeric slash dates, when the dates cannot tell.
    pub date_order: Option<DateOrder>,
    /// Meetings that replace the syllabus's lecture slot.
    pub meetings: Option<Vec<Meeting>>,
    /// Exam start and end, when different from the lecture slot.
    pub exam_time: Option<(NaiveTime, NaiveTime)>,
    /// Exam room, when different from the lecture room.
    pub exam_location: Option<String>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            course_id: None,
            term: None,
            timezone: chrono_tz::Europe::Istanbul,
            due_time: NaiveTime::from_hms_opt(23, 59, 0).unwrap_or_default(),
            date_order: None,
            meetings: None,
            exam_time: None,
            exam_location: None,
        }
    }
}

/// Why a syllabus could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyllabusError {
    /// The file holds no text.
    #[error(
        "the syllabus is empty; give the text of the course syllabus (e.g. `pdftotext -layout syllabus.pdf`)"
    )]
    Empty,
    /// The file is not UTF-8 text.
    #[error(
        "the syllabus is not text (byte {offset} is 0x{byte:02x}); convert it first, e.g. `pdftotext -layout syllabus.pdf syllabus.txt`"
    )]
    Binary {
        /// Offset of the first offending byte.
        offset: usize,
        /// Its value.
        byte: u8,
    },
    /// Text in another encoding (Latin-1, Windows-1254, ...).
    #[error(
        "the syllabus is not UTF-8 (byte 0x{byte:02x}); convert it, e.g. `iconv -f WINDOWS-1254 -t UTF-8 syllabus.txt > syllabus-utf8.txt` (or -f LATIN1)"
    )]
    NotUtf8 {
        /// Line of the first offending byte.
        line: usize,
        /// Its value.
        byte: u8,
    },
    /// The file is far larger than any syllabus.
    #[error(
        "the syllabus is {size} bytes; coursecal reads at most {MAX_BYTES} bytes; is this the right file?"
    )]
    TooLarge {
        /// Size in bytes.
        size: usize,
    },
    /// A date has no year and no term says which.
    #[error(
        "cannot tell the year of \"{text}\"; add the term (e.g. \"Fall 2022\") to the syllabus header, `term = \"Fall 2022\"` to the course file, or pass --term \"Fall 2022\""
    )]
    NoYear {
        /// Line of the first such date.
        line: usize,
        /// The date as written.
        text: String,
    },
    /// A date that does not exist.
    #[error("\"{text}\" is not a date: {year} has no such day; fix the date in the syllabus")]
    NoSuchDay {
        /// Line of the date.
        line: usize,
        /// The date as written.
        text: String,
        /// The year it was read in.
        year: i32,
    },
    /// A numeric date whose month is not 1-12.
    #[error(
        "\"{text}\" is not a date: there is no such month; fix the date in the syllabus (or set date-order in the course file)"
    )]
    NoSuchMonth {
        /// Line of the date.
        line: usize,
        /// The date as written.
        text: String,
    },
    /// Nothing that looks like a dated schedule.
    #[error(
        "found no dated schedule: no line has a date such as \"Oct 4\", \"4 Oct\" or \"2022-10-04\" in a table row; coursecal needs one row per week or lecture, each with its date"
    )]
    NoSchedule,
}

impl SyllabusError {
    /// The line the error is about, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            SyllabusError::NoYear { line, .. }
            | SyllabusError::NoSuchDay { line, .. }
            | SyllabusError::NoSuchMonth { line, .. }
            | SyllabusError::NotUtf8 { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// A syllabus read into course facts and events.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// Course code as written, e.g. "CEng 501".
    pub code: Option<String>,
    /// Course name, e.g. "Deep Learning".
    pub name: Option<String>,
    /// Id used in UIDs and file names, e.g. "ceng501".
    pub course_id: String,
    /// The term, if the syllabus or options say.
    pub term: Option<Term>,
    /// The term part of UIDs: "fall2022", or the first year when no term is known.
    pub term_slug: String,
    /// Weekly meetings in effect.
    pub meetings: Vec<Meeting>,
    /// Grading items read.
    pub grading: Vec<GradeItem>,
    /// Events, sorted by start.
    pub events: Vec<Event>,
    /// Everything set aside or doubtful.
    pub warnings: Vec<Warning>,
}

/// Checks raw bytes before parsing: size, binary content, encoding.
pub fn decode(bytes: &[u8]) -> Result<&str, SyllabusError> {
    if bytes.len() > MAX_BYTES {
        return Err(SyllabusError::TooLarge { size: bytes.len() });
    }
    if let Some(offset) = bytes
        .iter()
        .position(|&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
    {
        return Err(SyllabusError::Binary {
            offset,
            byte: bytes[offset],
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        SyllabusError::NotUtf8 {
            line,
            byte: bytes[offset],
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(SyllabusError::Empty);
    }
    Ok(text)
}

/// Parses syllabus text into events.
pub fn parse(raw: &str, opts: &ParseOptions) -> Result<Parsed, SyllabusError> {
    if raw.len() > MAX_BYTES {
        return Err(SyllabusError::TooLarge { size: raw.len() });
    }
    if raw.trim().is_empty() {
        return Err(SyllabusError::Empty);
    }
    let lines: Vec<String> = raw.lines().map(clean_line).collect();
    let numbered: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l.clone()))
        .collect();
    let mut inferred_term: Option<(usize, Term)> = None;
    let term = opts
        .term
        .or_else(|| dates::find_term(&lines.join("\n")))
        .or_else(|| {
            // No term named, but dates with their year: "Tuesday, January 9, 2024".
            lines
                .iter()
                .enumerate()
                .find_map(|(i, l)| match dates::find_date(l) {
                    Some((
                        _,
                        DateSpan {
                            start:
                                RawDate::Known {
                                    month,
                                    year: Some(y),
                                    ..
                                },
                            ..
                        },
                    )) => {
                        let t = dates::term_from_date(month, y);
                        inferred_term = Some((i + 1, t));
                        Some(t)
                    }
                    _ => None,
                })
        });
    let (code, name) = match find_course(&lines) {
        Some((c, n)) => (Some(c), Some(n).filter(|n| !n.is_empty())),
        None => (None, None),
    };
    let course_id = opts.course_id.clone().unwrap_or_else(|| {
        code.as_deref()
            .map(slug)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "course".to_string())
    });

    // Slash dates are settled for the whole document at once, so one row cannot read 4 Oct and the next Apr 10.
    let laid_out = layout::read(&lines);
    let slashes: Vec<(u32, u32)> = laid_out
        .iter()
        .flatten()
        .flat_map(|l| &l.cells)
        .filter_map(|c| match dates::find_date(c) {
            Some((
                _,
                DateSpan {
                    start: RawDate::Slash { a, b, .. },
                    ..
                },
            )) => Some((a, b)),
            _ => None,
        })
        .collect();
    let mut reader = Context {
        term,
        order: DateOrder::Mdy,
        warnings: Vec::new(),
    };
    if let Some((line, t)) = inferred_term {
        reader.warn(line, format!("no term is named; dates without a year are read as in {t}, from the first date that has one; set term in the course file if that is wrong"));
    }
    if !slashes.is_empty() {
        let (order, why) = decide_order(&slashes, term, opts.date_order);
        reader.order = order;
        reader.warn(
            0,
            format!(
                "numeric dates such as {}/{} read {why}",
                slashes[0].0, slashes[0].1
            ),
        );
    }

    let rows::Table {
        rows,
        activities,
        start: table_start,
    } = read_table(&laid_out, &mut reader)?;
    let header_lines: Vec<(usize, String)> = numbered
        .iter()
        .take(table_start.saturating_sub(1))
        .cloned()
        .collect();
    let (syllabus_meetings, slot_line, several_sections) = find_meetings(&header_lines);
    if several_sections && opts.meetings.is_none() {
        reader.warn(slot_line.unwrap_or(0), "the syllabus lists several sections; lectures use the first one's days and times; add [[meeting]] entries to the course file for another section");
    }
    let grading = find_grading(&numbered);
    let meetings = opts.meetings.clone().unwrap_or(syllabus_meetings);
    if meetings.is_empty() {
        reader.warn(
            0,
            "no lecture time found (a line such as \"Lectures: Tuesday 09:40-12:30 @ BMB4\"); lectures are all-day events; add [[meeting]] entries to the course file to give their times",
        );
    }

    let tz = opts.timezone;
    let term_slug = term.map_or_else(
        || {
            rows.first()
                .map_or_else(String::new, |r| r.date.year().to_string())
        },
        |t| t.slug(),
    );
    let mut events = Vec::new();
    let mut ctx = Builder {
        course_id: &course_id,
        term_slug: &term_slug,
        tz,
        meetings: &meetings,
        opts,
        keys: BTreeMap::new(),
        weeks: rows
            .iter()
            .rev()
            .map(|r| (week_monday(r.date), r.week))
            .collect(),
    };
    let per_lecture = rows
        .windows(2)
        .any(|w| week_monday(w[0].date) == week_monday(w[1].date));
    let mut per_week: BTreeMap<u32, usize> = BTreeMap::new();
    let first_date = rows.first().map_or(NaiveDate::MIN, |r| r.date);
    let skip: std::collections::BTreeSet<NaiveDate> =
        rows.iter().flat_map(|r| r.skip.iter().copied()).collect();
    for row in &rows {
        let nth = per_week.entry(row.week).or_default();
        *nth += 1;
        if row.no_class {
            continue;
        }
        let many_rows = rows
            .iter()
            .filter(|x| x.week == row.week && !x.no_class)
            .count()
            > 1;
        events.extend(ctx.lectures(
            row,
            per_lecture,
            many_rows.then_some(*nth),
            first_date,
            &skip,
            &mut reader,
        ));
    }
    for fa in &activities {
        if let Some(ev) = ctx.activity(fa, &mut reader)? {
            events.push(ev);
        }
    }
    apply_grading(&mut events, &grading);
    events.sort_by(|a, b| {
        (a.when.start_instant(tz), a.kind, &a.key).cmp(&(b.when.start_instant(tz), b.kind, &b.key))
    });
    reader.warnings.sort_by_key(|w| w.line);
    Ok(Parsed {
        code,
        name,
        course_id,
        term,
        term_slug: term_slug.clone(),
        meetings,
        grading,
        events,
        warnings: reader.warnings,
    })
}

/// Turkish letters as their ASCII base letter; other characters unchanged.
fn fold_ascii(c: char) -> char {
    ASCII_FOLD
        .iter()
        .find(|(from, _)| *from == c)
        .map_or(c, |&(_, to)| to)
}

/// Lower-case letters and digits only: "CEng 501" becomes "ceng501".
pub fn slug(s: &str) -> String {
    s.chars()
        .map(|c| fold_ascii(c).to_ascii_lowercase())
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Lower-case ASCII words joined by '-': "Guest talk: Diffusion" becomes "guest-talk-diffusion".
pub fn slug_words(s: &str) -> String {
    key_slug(&s.chars().map(fold_ascii).collect::<String>())
}

fn key_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

struct Builder<'a> {
    course_id: &'a str,
    term_slug: &'a str,
    tz: Tz,
    meetings: &'a [Meeting],
    opts: &'a ParseOptions,
    keys: BTreeMap<String, (NaiveDate, usize)>,
    /// The schedule's week number for each Monday, so an activity dated in another week
    /// than its row (e.g. "Hw3 due Dec 20" written in week 11) gets that week.
    weeks: BTreeMap<NaiveDate, u32>,
}

impl Builder<'_> {
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
        }
    }

    fn timed(&self, date: NaiveDate, start: NaiveTime, end: NaiveTime) -> When {
        let s = local_datetime(self.tz, date.and_time(start));
        let e = local_datetime(self.tz, date.and_time(end));
        When::Timed {
            start: s,
            end: (e > s).then_some(e),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn lectures(
        &mut self,
        row: &WeekRow,
        per_lecture: bool,
        nth: Option<usize>,
        first_date: NaiveDate,
        skip: &std::collections::BTreeSet<NaiveDate>,
        cx: &mut Context,
    ) -> Vec<Event> {
        let title = if row.title.is_empty() {
            format!("Lecture {}", row.week)
        } else {
            row.title.clone()
        };
        let mut description = join_lines(&row.details);
        if !row.readings.is_empty() {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str("Reading: ");
            description.push_str(&join_lines(&row.readings));
        }
        let mut slots: Vec<(NaiveDate, Option<&Meeting>)> = Vec::new();
        if self.meetings.is_empty() {
            slots.push((row.date, None));
        } else if per_lecture {
            match self.meetings.iter().find(|m| m.day == row.date.weekday()) {
                Some(m) => slots.push((row.date, Some(m))),
                None if row.time.is_some() => slots.push((row.date, self.meetings.first())),
                None => {
                    cx.warn(row.line, format!("{} is a {}, not a lecture day; the lecture is kept on that date at the first meeting's time", row.date.format("%b %-d"), row.date.format("%A")));
                    slots.push((row.date, self.meetings.first()));
                }
            }
        } else {
            let monday = week_monday(row.date);
            let mut days: Vec<&Meeting> = self.meetings.iter().collect();
            days.sort_by_key(|m| m.day.num_days_from_monday());
            let in_range: Vec<&Meeting> = match row.range_end {
                Some(end) => days
                    .iter()
                    .copied()
                    .filter(|m| {
                        let d = monday + Duration::days(i64::from(m.day.num_days_from_monday()));
                        d >= row.date && d <= end
                    })
                    .collect(),
                None => days.clone(),
            };
            let chosen = if in_range.is_empty() { days } else { in_range };
            // A row dated on its week's Monday ("w/c 25 Sept") is the usual way to name a week.
            if row.range_end.is_none()
                && row.date.weekday() != chrono::Weekday::Mon
                && !chosen.iter().any(|m| m.day == row.date.weekday())
            {
                cx.warn(row.line, format!(
                    "week {} is dated {}, a {}, but lectures are on {}; the lecture is placed on the lecture day of that week",
                    row.week, row.date.format("%b %-d"), row.date.format("%A"),
                    chosen.iter().map(|m| m.day.to_string()).collect::<Vec<_>>().join("/")
                ));
            }
            for m in chosen {
                slots.push((
                    monday + Duration::days(i64::from(m.day.num_days_from_monday())),
                    Some(m),
                ));
            }
        }
        let many = slots.len() > 1;
        let mut out = Vec::new();
        for (n, (date, meeting)) in slots.into_iter().enumerate() {
            // Days the syllabus says have no class, and days before the term's first row.
            if skip.contains(&date) || date < first_date {
                continue;
            }
            // Keys follow the week and the meeting's place in it, never the date, so a moved
            // lecture keeps its UID.
            let key = match (nth, many) {
                (Some(k), _) => format!("lecture-{}-{k}", row.week),
                (None, true) => format!("lecture-{}-{}", row.week, n + 1),
                (None, false) => format!("lecture-{}", row.week),
            };
            let when = match (row.time, meeting) {
                (Some((s, e)), _) => self.timed(date, s, e),
                (None, Some(m)) => self.timed(date, m.start, m.end),
                (None, None) => When::AllDay(date),
            };
            let mut ev = self.event(key, EventKind::Lecture, title.clone(), when, row.line);
            ev.description = description.clone();
            ev.location = row
                .room
                .clone()
                .or_else(|| meeting.and_then(|m| m.location.clone()));
            ev.week = Some(row.week);
            out.push(ev);
        }
        out
    }

    fn activity(
        &mut self,
        fa: &FoundActivity,
        cx: &mut Context,
    ) -> Result<Option<Event>, SyllabusError> {
        let a = &fa.act;
        if a.tba && a.date.is_none() {
            cx.warn(fa.line, format!("{} {}: the date is to be announced, so it is not scheduled; add it under [[add]] in the course file once it is known", a.label, a.kind));
            return Ok(None);
        }
        let date = cx.activity_day(fa.line, a, fa.row_date)?;
        let label_slug = key_slug(&a.label);
        let key = if label_slug == a.kind.as_str() {
            label_slug
        } else {
            format!("{}-{label_slug}", a.kind)
        };
        if let Some((seen, line)) = self.keys.get(&key) {
            if *seen != date {
                cx.warn(fa.line, format!(
                    "{} {} is given again, for {} (line {line} said {}); the first is kept; fix the syllabus or use the course file's [[move]]",
                    a.label, a.kind, date.format("%b %-d"), seen.format("%b %-d")
                ));
            }
            return Ok(None);
        }
        self.keys.insert(key.clone(), (date, fa.line));
        let (title, when, location) = match a.kind {
            EventKind::Release => (format!("{} released", a.label), When::AllDay(date), None),
            EventKind::Deadline => {
                let t = a.time.unwrap_or(self.opts.due_time);
                // A deadline written in another zone is the same instant, shown in the course's.
                let start = match a.zone {
                    Some(z) if a.time.is_some() => {
                        local_datetime(z, date.and_time(t)).with_timezone(&self.tz)
                    }
                    _ => local_datetime(self.tz, date.and_time(t)),
                };
                (
                    format!("{} due", a.label),
                    When::Timed { start, end: None },
                    None,
                )
            }
            EventKind::Exam => {
                let meeting = self
                    .meetings
                    .iter()
                    .find(|m| m.day == date.weekday())
                    .or(self.meetings.first());
                let times = self
                    .opts
                    .exam_time
                    .or(fa.row_time)
                    .or(meeting.map(|m| (m.start, m.end)));
                let when = match (a.time, times) {
                    (Some(t), _) if a.end_time.is_some_and(|e| e > t) => {
                        self.timed(date, t, a.end_time.unwrap_or(t))
                    }
                    (Some(t), Some((s, e))) => self.timed(date, t, t + (e - s)),
                    (Some(t), None) => self.timed(date, t, t + Duration::hours(2)),
                    (None, Some((s, e))) => self.timed(date, s, e),
                    (None, None) => When::AllDay(date),
                };
                let location = self
                    .opts
                    .exam_location
                    .clone()
                    .or(fa.row_room.clone())
                    .or(meeting.and_then(|m| m.location.clone()));
                (a.label.clone(), when, location)
            }
            _ => {
                let when = match a.time {
                    Some(t) => When::Timed {
                        start: local_datetime(self.tz, date.and_time(t)),
                        end: None,
                    },
                    None => When::AllDay(date),
                };
                (a.label.clone(), when, None)
            }
        };
        let title = match &a.note {
            Some(n) => format!("{title}: {n}"),
            None => title,
        };
        let mut ev = self.event(key, a.kind, title, when, fa.line);
        ev.location = location;
        ev.week = self.weeks.get(&week_monday(date)).copied().or(fa.week);
        ev.homework = a.is_homework.then(|| a.label.clone());
        Ok(Some(ev))
    }
}

fn apply_grading(events: &mut [Event], grading: &[GradeItem]) {
    static HOMEWORK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b({GRADE_HOMEWORK_PATTERN})")).unwrap());
    static EXAM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b({GRADE_EXAM_PATTERN})")).unwrap());
    static PROJECT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b{GRADE_PROJECT_PATTERN}")).unwrap());
    let mut homeworks: Vec<String> = events
        .iter()
        .filter(|e| e.homework.is_some() && !PROJECT.is_match(&e.title))
        .filter_map(|e| e.homework.clone())
        .collect();
    homeworks.sort_by_key(|h| {
        (
            h.trim_start_matches(|c: char| !c.is_ascii_digit())
                .parse::<u32>()
                .unwrap_or(0),
            h.clone(),
        )
    });
    homeworks.dedup();
    let exam_count = events.iter().filter(|e| e.kind == EventKind::Exam).count();
    for item in grading {
        let pct = fmt_pct(item.percent);
        if HOMEWORK.is_match(&item.name) {
            for ev in events.iter_mut() {
                let Some(hw) = &ev.homework else { continue };
                let Some(pos) = homeworks.iter().position(|h| h == hw) else {
                    continue;
                };
                let line = if item.parts.len() == homeworks.len() {
                    format!(
                        "{hw} is {}% of the grade ({} {pct}%: {}).",
                        fmt_pct(item.parts[pos]),
                        item.name,
                        item.parts
                            .iter()
                            .map(|p| fmt_pct(*p))
                            .collect::<Vec<_>>()
                            .join("+")
                    )
                } else {
                    format!("{} together are {pct}% of the grade.", item.name)
                };
                push_line(&mut ev.description, &line);
            }
        } else if PROJECT.is_match(&item.name) {
            for ev in events
                .iter_mut()
                .filter(|e| PROJECT.is_match(&e.title) && e.kind != EventKind::Lecture)
            {
                push_line(
                    &mut ev.description,
                    &format!("{}: {pct}% of the grade.", item.name),
                );
            }
        } else if EXAM.is_match(&item.name) {
            let lname = item.name.to_lowercase();
            for ev in events.iter_mut().filter(|e| e.kind == EventKind::Exam) {
                let t = ev.title.to_lowercase();
                let specific = GRADE_SPECIFIC_EXAMS.iter().find(|w| lname.contains(*w));
                let matches = match specific {
                    Some(w) => t.contains(w),
                    None => exam_count == 1 || t.starts_with("exam"),
                };
                if matches {
                    push_line(
                        &mut ev.description,
                        &format!("{}: {pct}% of the grade.", item.name),
                    );
                }
            }
        }
    }
}

fn fmt_pct(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p}")
    }
}

fn push_line(s: &mut String, line: &str) {
    if !s.is_empty() {
        s.push('\n');
    }
    s.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const REFERENCE: &str = include_str!("../../schedule/ceng501-fall2022.txt");

    fn opts() -> ParseOptions {
        ParseOptions::default()
    }

    #[test]
    fn the_reference_parses_to_twenty_one_events_with_five_warnings() {
        let p = parse(REFERENCE, &opts()).unwrap();
        assert_eq!(p.events.len(), 21);
        assert_eq!(
            p.warnings.iter().map(|w| w.line).collect::<Vec<_>>(),
            [31, 37, 38, 41, 44]
        );
        assert_eq!(p.term.map(|t| t.to_string()).as_deref(), Some("Fall 2022"));
        assert_eq!(p.code.as_deref(), Some("CEng 501"));
    }

    #[test]
    fn parsing_twice_gives_identical_events() {
        assert_eq!(
            parse(REFERENCE, &opts()).unwrap().events,
            parse(REFERENCE, &opts()).unwrap().events
        );
    }

    #[test]
    fn binary_and_empty_input_are_refused_by_decode() {
        assert_eq!(decode(b""), Err(SyllabusError::Empty));
        assert!(matches!(
            decode(b"abc\x00def"),
            Err(SyllabusError::Binary { offset: 3, .. })
        ));
        assert!(matches!(
            decode(b"abc\nd\xffef"),
            Err(SyllabusError::NotUtf8 {
                line: 2,
                byte: 0xff
            })
        ));
    }

    fn table_line() -> impl Strategy<Value = String> {
        let cell = prop_oneof![
            Just(String::new()),
            "[0-9]{1,2}",
            "(Oct|Nov|Dec|Jan|Feb) [0-9]{1,3}",
            "[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}",
            "(Hw|HW|Assg|Project|Midterm|Final exam) ?[0-9]? ?(given|due|out|deadline)? ?(Oct [0-9]{1,2})?",
            "[A-Za-z $\\\\|.,:;()-]{0,30}",
            "\\PC{0,12}",
        ];
        proptest::collection::vec(cell, 1..6).prop_map(|cells| cells.join("\t"))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn no_input_makes_the_parser_panic(text in "\\PC{0,400}") {
            let _ = parse(&text, &opts());
        }

        #[test]
        fn no_table_made_of_plausible_cells_makes_the_parser_panic(
            lines in proptest::collection::vec(table_line(), 0..25),
            header in "(Fall|Spring|Güz|Winter) 20[0-9]{2}|Lectures: (Mon|Tue)day 09:40-12:30 @ A|",
        ) {
            let text = format!("{header}\n{}", lines.join("\n"));
            let _ = parse(&text, &opts());
        }

        #[test]
        fn damaging_reference_lines_never_panics(drop in proptest::collection::vec(any::<bool>(), 51), noise in "\\PC{0,20}") {
            let text: Vec<String> = REFERENCE
                .lines()
                .zip(drop.iter().chain(std::iter::repeat(&false)))
                .map(|(l, d)| if *d { format!("{noise}{l}") } else { l.to_string() })
                .collect();
            let _ = parse(&text.join("\n"), &opts());
        }
    }
}
