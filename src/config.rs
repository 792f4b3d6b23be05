//! The course file (TOML): what a syllabus does not say, or says wrongly.
//!
//! [`parse`] is pure (text in, [`CourseFile`] out); every error names the line and column.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;
use toml::Spanned;

use crate::event::EventKind;
use crate::syllabus::dates::{DateOrder, Term, parse_term, weekday};
use crate::syllabus::header::Meeting;

/// A course file error, located in the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct ConfigError {
    /// The course file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong and what to do.
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCourse {
    syllabus: Option<Spanned<String>>,
    id: Option<Spanned<String>>,
    code: Option<String>,
    name: Option<String>,
    term: Option<Spanned<String>>,
    timezone: Option<Spanned<String>>,
    due_time: Option<Spanned<String>>,
    date_order: Option<DateOrder>,
    url: Option<String>,
    #[serde(default)]
    meeting: Vec<RawMeeting>,
    exam: Option<RawExam>,
    #[serde(default)]
    cancel: Vec<RawCancel>,
    #[serde(default, rename = "move")]
    moves: Vec<RawMove>,
    #[serde(default)]
    add: Vec<RawAdd>,
    feed: Option<RawFeed>,
    reminders: Option<toml::Value>,
    mail: Option<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMeeting {
    days: Spanned<Vec<String>>,
    start: Spanned<String>,
    end: Spanned<String>,
    location: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawExam {
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    location: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCancel {
    event: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMove {
    event: Spanned<String>,
    to: Spanned<String>,
    end: Option<Spanned<String>>,
    location: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawAdd {
    kind: Spanned<String>,
    title: String,
    start: Spanned<String>,
    end: Option<Spanned<String>>,
    location: Option<String>,
    description: Option<String>,
    key: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawFeed {
    url: Option<String>,
    refresh: Option<Spanned<String>>,
}

/// A date, or a date and local time, as the course file gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalWhen {
    /// A day, e.g. `2022-11-24`.
    Date(NaiveDate),
    /// A day and time, e.g. `2022-11-24 17:00`.
    DateTime(NaiveDateTime),
}

/// Moves an event to another date or time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// Event key, e.g. `deadline-hw2`.
    pub event: String,
    /// New date (time kept) or date and time.
    pub to: LocalWhen,
    /// New end, for timed events.
    pub end: Option<LocalWhen>,
    /// New room.
    pub location: Option<String>,
    /// Line in the course file, for messages.
    pub line: usize,
}

/// An event the syllabus does not list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addition {
    /// Key (defaults to `kind-slug(title)`).
    pub key: Option<String>,
    /// Kind.
    pub kind: EventKind,
    /// Title.
    pub title: String,
    /// Start.
    pub start: LocalWhen,
    /// End.
    pub end: Option<LocalWhen>,
    /// Room.
    pub location: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// Everything a course file can say, validated.
#[derive(Debug, Clone, Default)]
pub struct CourseFile {
    /// The syllabus, relative to the course file's folder.
    pub syllabus: Option<PathBuf>,
    /// Course id for UIDs and file names.
    pub id: Option<String>,
    /// Course code, e.g. "CEng 501".
    pub code: Option<String>,
    /// Course name.
    pub name: Option<String>,
    /// The term.
    pub term: Option<Term>,
    /// Time zone.
    pub timezone: Option<Tz>,
    /// Due time for date-only deadlines.
    pub due_time: Option<NaiveTime>,
    /// Order of slash dates.
    pub date_order: Option<DateOrder>,
    /// The course web page.
    pub url: Option<String>,
    /// Meetings replacing the syllabus's slot.
    pub meetings: Option<Vec<Meeting>>,
    /// Exam times and room.
    pub exam_time: Option<(NaiveTime, NaiveTime)>,
    /// Exam room.
    pub exam_location: Option<String>,
    /// Keys of events to cancel, with their lines.
    pub cancel: Vec<(String, usize)>,
    /// Moves.
    pub moves: Vec<Move>,
    /// Additions.
    pub add: Vec<Addition>,
    /// Public base URL of the published feed folder.
    pub feed_url: Option<String>,
    /// Suggested refresh interval, an ISO 8601 duration.
    pub refresh: Option<String>,
    /// The raw `[reminders]` table, validated by the reminder module.
    pub reminders: Option<toml::Value>,
    /// The raw `[mail]` table, validated by the mail module.
    pub mail: Option<toml::Value>,
}

struct Ctx<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Ctx<'_> {
    fn err(&self, offset: usize, message: impl Into<String>) -> ConfigError {
        let (line, column) = line_col(self.text, offset);
        ConfigError {
            path: self.path.to_path_buf(),
            line,
            column,
            message: message.into(),
        }
    }

    fn time(&self, s: &Spanned<String>) -> Result<NaiveTime, ConfigError> {
        NaiveTime::parse_from_str(s.get_ref().trim(), "%H:%M").map_err(|_| {
            self.err(
                s.span().start,
                format!(
                    "\"{}\" is not a time; write 24-hour HH:MM, e.g. \"23:59\"",
                    s.get_ref()
                ),
            )
        })
    }

    fn when(&self, s: &Spanned<String>) -> Result<LocalWhen, ConfigError> {
        let t = s.get_ref().trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(LocalWhen::Date(d));
        }
        for f in [
            "%Y-%m-%d %H:%M",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M:%S",
        ] {
            if let Ok(dt) = NaiveDateTime::parse_from_str(t, f) {
                return Ok(LocalWhen::DateTime(dt));
            }
        }
        Err(self.err(s.span().start, format!("\"{t}\" is not a date or date-time; write \"2022-11-24\" or \"2022-11-24 17:00\" (local time)")))
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.chars().count(), |i| before[i + 1..].chars().count())
        + 1;
    (line, column)
}

/// Parses a time zone name, suggesting the form when it is wrong.
pub fn parse_timezone(name: &str) -> Result<Tz, String> {
    name.trim().parse::<Tz>().map_err(|_| {
        format!("unknown time zone \"{name}\"; use an IANA name such as \"Europe/Istanbul\", \"Europe/Berlin\" or \"America/New_York\"")
    })
}

/// Parses course-file text.
pub fn parse(path: &Path, text: &str) -> Result<CourseFile, ConfigError> {
    let ctx = Ctx { path, text };
    let raw: RawCourse = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let msg = e.message().trim().to_string();
        let hint = if msg.contains("unknown field") {
            "; see the course file keys in README.md"
        } else {
            ""
        };
        ctx.err(offset, format!("{msg}{hint}"))
    })?;
    let mut c = CourseFile {
        syllabus: raw.syllabus.as_ref().map(|s| PathBuf::from(s.get_ref())),
        id: None,
        code: raw.code,
        name: raw.name,
        date_order: raw.date_order,
        url: raw.url,
        exam_location: raw.exam.as_ref().and_then(|e| e.location.clone()),
        reminders: raw.reminders,
        mail: raw.mail,
        ..CourseFile::default()
    };
    if let Some(id) = &raw.id {
        let ok = !id.get_ref().is_empty()
            && id
                .get_ref()
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_');
        if !ok {
            return Err(ctx.err(id.span().start, format!("id \"{}\" must be letters, digits, '-' or '_' (it names files and UIDs), e.g. \"ceng501\"", id.get_ref())));
        }
        c.id = Some(id.get_ref().clone());
    }
    if let Some(t) = &raw.term {
        c.term = Some(parse_term(t.get_ref()).ok_or_else(|| {
            ctx.err(
                t.span().start,
                format!(
                    "term \"{}\" is not a term; write e.g. \"Fall 2022\" or \"Spring 2024\"",
                    t.get_ref()
                ),
            )
        })?);
    }
    if let Some(tz) = &raw.timezone {
        c.timezone = Some(parse_timezone(tz.get_ref()).map_err(|m| ctx.err(tz.span().start, m))?);
    }
    if let Some(d) = &raw.due_time {
        c.due_time = Some(ctx.time(d)?);
    }
    if !raw.meeting.is_empty() {
        let mut ms = Vec::new();
        for m in &raw.meeting {
            let (start, end) = (ctx.time(&m.start)?, ctx.time(&m.end)?);
            if end <= start {
                return Err(ctx.err(m.end.span().start, "a meeting must end after it starts"));
            }
            if m.days.get_ref().is_empty() {
                return Err(ctx.err(
                    m.days.span().start,
                    "days is empty; list weekdays, e.g. [\"Tue\", \"Thu\"]",
                ));
            }
            for d in m.days.get_ref() {
                let day = weekday(d).ok_or_else(|| {
                    ctx.err(
                        m.days.span().start,
                        format!("\"{d}\" is not a weekday; write e.g. \"Mon\" or \"Tuesday\""),
                    )
                })?;
                ms.push(Meeting {
                    day,
                    start,
                    end,
                    location: m.location.clone(),
                });
            }
        }
        c.meetings = Some(ms);
    }
    if let Some(e) = &raw.exam {
        match (&e.start, &e.end) {
            (Some(s), Some(en)) => {
                let (s2, e2) = (ctx.time(s)?, ctx.time(en)?);
                if e2 <= s2 {
                    return Err(ctx.err(en.span().start, "the exam must end after it starts"));
                }
                c.exam_time = Some((s2, e2));
            }
            (None, None) => {}
            (Some(s), None) | (None, Some(s)) => {
                return Err(ctx.err(
                    s.span().start,
                    "give both start and end for the exam, e.g. start = \"13:30\", end = \"16:30\"",
                ));
            }
        }
    }
    for x in &raw.cancel {
        c.cancel.push((
            x.event.get_ref().clone(),
            line_col(text, x.event.span().start).0,
        ));
    }
    for m in &raw.moves {
        c.moves.push(Move {
            event: m.event.get_ref().clone(),
            to: ctx.when(&m.to)?,
            end: m.end.as_ref().map(|e| ctx.when(e)).transpose()?,
            location: m.location.clone(),
            line: line_col(text, m.event.span().start).0,
        });
    }
    for a in &raw.add {
        let kind = EventKind::from_name(a.kind.get_ref()).ok_or_else(|| {
            ctx.err(
                a.kind.span().start,
                format!(
                    "kind \"{}\" is not one of lecture, release, deadline, exam, other",
                    a.kind.get_ref()
                ),
            )
        })?;
        c.add.push(Addition {
            key: a.key.as_ref().map(|k| k.get_ref().clone()),
            kind,
            title: a.title.clone(),
            start: ctx.when(&a.start)?,
            end: a.end.as_ref().map(|e| ctx.when(e)).transpose()?,
            location: a.location.clone(),
            description: a.description.clone(),
        });
    }
    if let Some(f) = raw.feed {
        c.feed_url = f.url;
        if let Some(r) = &f.refresh {
            let v = r.get_ref();
            let ok = v.starts_with('P')
                && v.len() > 2
                && v[1..]
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || "TDHMSW".contains(ch));
            if !ok {
                return Err(ctx.err(r.span().start, format!("refresh \"{v}\" is not an ISO 8601 duration; write e.g. \"PT6H\" or \"P1D\"")));
            }
            c.refresh = Some(v.clone());
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<CourseFile, ConfigError> {
        parse(Path::new("c.toml"), text)
    }

    #[test]
    fn an_unknown_key_is_rejected_with_its_line() {
        let e = p("id = \"x\"\ntimezon = \"Europe/Istanbul\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert!(
            e.message.contains("unknown field `timezon`"),
            "{}",
            e.message
        );
        assert!(e.to_string().starts_with("c.toml:2:1: "));
    }

    #[test]
    fn an_unknown_time_zone_is_rejected_with_a_hint() {
        let e = p("timezone = \"Europe/Istambul\"\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("IANA"), "{}", e.message);
    }

    #[test]
    fn meetings_exam_and_overrides_are_read() {
        let c = p(r#"
term = "Fall 2022"
due-time = "17:00"
[[meeting]]
days = ["Tue", "Thursday"]
start = "09:40"
end = "12:30"
location = "BMB4"
[exam]
start = "13:30"
end = "16:30"
location = "Amfi"
[[cancel]]
event = "lecture-5"
[[move]]
event = "deadline-hw2"
to = "2022-11-24 23:59"
"#)
        .unwrap();
        assert_eq!(c.meetings.as_ref().map(Vec::len), Some(2));
        assert_eq!(c.due_time, NaiveTime::from_hms_opt(17, 0, 0));
        assert_eq!(c.cancel, vec![("lecture-5".to_string(), 14)]);
        assert!(matches!(c.moves[0].to, LocalWhen::DateTime(_)));
        assert_eq!(c.exam_location.as_deref(), Some("Amfi"));
    }

    #[test]
    fn a_bad_time_names_its_line() {
        let e = p("due-time = \"25:99\"\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("HH:MM"));
    }
}
