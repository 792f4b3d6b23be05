//! The course file (TOML): what a syllabus does not say, or says wrongly.
//!
//! [`parse`] is pure (text in, [`CourseFile`] out); every error names the line and column.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;
use toml::Spanned;

use crate::course::crontab::{CronSpec, parse_cron};
use crate::course::settings::{
    DeliveryMode, Language, Lead, MailSettings, NoticeChange, NoticeSettings, ReminderSettings,
    Secret, TransportSettings, parse_lead,
};
use crate::model::EventKind;
use crate::model::{Meeting, Section, TERM_YEARS, Term};
use crate::syllabus::dates::{DateOrder, parse_term, weekday};

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
    url: Option<Spanned<String>>,
    #[serde(default)]
    meeting: Vec<RawMeeting>,
    #[serde(default)]
    section: Vec<RawSection>,
    exam: Option<RawExam>,
    #[serde(default)]
    cancel: Vec<RawCancel>,
    #[serde(default, rename = "move")]
    moves: Vec<RawMove>,
    #[serde(default)]
    add: Vec<RawAdd>,
    feed: Option<RawFeed>,
    reminders: Option<RawReminders>,
    mail: Option<RawMail>,
    notices: Option<RawNotices>,
    digest: Option<RawDigest>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawNotices {
    enabled: Option<bool>,
    release: Option<Spanned<Vec<String>>>,
    deadline: Option<Spanned<Vec<String>>>,
    exam: Option<Spanned<Vec<String>>>,
    other: Option<Spanned<Vec<String>>>,
    lecture: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDigest {
    cron: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawReminders {
    release: Option<Spanned<Vec<String>>>,
    deadline: Option<Spanned<Vec<String>>>,
    exam: Option<Spanned<Vec<String>>>,
    other: Option<Spanned<Vec<String>>>,
    lecture: Option<Spanned<Vec<String>>>,
    cron: Option<Spanned<String>>,
    ledger: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMail {
    from: Option<Spanned<String>>,
    reply_to: Option<Spanned<String>>,
    to: Option<Spanned<Vec<String>>>,
    roster: Option<Spanned<String>>,
    delivery: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    transport: Option<Spanned<String>>,
    user: Option<String>,
    password_env: Option<Spanned<String>>,
    password_file: Option<Spanned<String>>,
    password: Option<Spanned<toml::Value>>,
    allow_plaintext: Option<bool>,
    ca_file: Option<Spanned<String>>,
    outbox: Option<String>,
    timeout: Option<Spanned<u64>>,
    sessions: Option<Spanned<u64>>,
    feed_link: Option<String>,
    organizer: Option<Spanned<String>>,
    exclude: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMeeting {
    days: Spanned<Vec<String>>,
    start: Spanned<String>,
    end: Spanned<String>,
    location: Option<String>,
}

/// `[[section]]`: a `[[meeting]]` with a name, its own exam time and room, and its roster
/// group (the keys are the meeting's and the exam's, the exam's prefixed).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSection {
    name: Spanned<String>,
    days: Spanned<Vec<String>>,
    start: Spanned<String>,
    end: Spanned<String>,
    location: Option<String>,
    exam_start: Option<Spanned<String>>,
    exam_end: Option<Spanned<String>>,
    exam_location: Option<String>,
    roster_group: Option<Spanned<String>>,
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
    url: Option<Spanned<String>>,
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
    /// Line in the course file, for messages.
    pub line: usize,
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
    /// Sections replacing the ones the syllabus lists.
    pub sections: Option<Vec<Section>>,
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
    /// Reminder leads.
    pub reminders: ReminderSettings,
    /// The daemon's wake-up schedule.
    pub cron: CronSpec,
    /// Ledger path (relative to the course file), if set.
    pub ledger: Option<PathBuf>,
    /// Mail settings; relative paths are relative to the course file.
    pub mail: MailSettings,
    /// Link to the feed or subscribe page in mails, if set.
    pub feed_link: Option<String>,
    /// Change notices (`[notices]`).
    pub notices: NoticeSettings,
    /// The weekly digest's schedule (`[digest] cron`), if the course has one.
    pub digest: Option<CronSpec>,
    /// Lines of keys that name files or variables, for messages about them.
    pub lines: std::collections::BTreeMap<&'static str, usize>,
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

    fn line(&self, offset: usize) -> usize {
        line_col(self.text, offset).0
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

fn mailbox(ctx: &Ctx<'_>, s: &Spanned<String>) -> Result<lettre::message::Mailbox, ConfigError> {
    s.get_ref().parse().map_err(|_| {
        ctx.err(s.span().start, format!("\"{}\" is not an email address; write e.g. \"CEng 501 <ceng501@example.edu>\" or \"ceng501@example.edu\"", s.get_ref()))
    })
}

fn mail_settings(ctx: &Ctx<'_>, m: RawMail) -> Result<MailSettings, ConfigError> {
    if let Some(p) = &m.password {
        return Err(ctx.err(
            p.span().start,
            "never put the SMTP password in the course file; use password-env = \"VARIABLE\" or password-file = \"path\"",
        ));
    }
    let mut s = MailSettings::default();
    read_addresses(ctx, &m, &mut s)?;
    s.roster = m.roster.as_ref().map(|r| PathBuf::from(r.get_ref()));
    if let Some(d) = &m.delivery {
        s.delivery = delivery(ctx, d)?;
    }
    if let Some(l) = &m.language {
        s.language = language(ctx, l)?;
    }
    let password = password_source(ctx, &m)?;
    s.transport = match &m.transport {
        Some(t) => smtp_transport(ctx, t, &m, password)?,
        None => TransportSettings::Outbox(PathBuf::from(m.outbox.as_deref().unwrap_or("outbox"))),
    };
    Ok(s)
}

/// From, Reply-To and the list addresses, in that order (the first bad one is reported).
fn read_addresses(ctx: &Ctx<'_>, m: &RawMail, s: &mut MailSettings) -> Result<(), ConfigError> {
    if let Some(f) = &m.from {
        s.from = mailbox(ctx, f)?;
    }
    if let Some(r) = &m.reply_to {
        s.reply_to = Some(mailbox(ctx, r)?);
    }
    if let Some(to) = &m.to {
        for a in to.get_ref() {
            // toml gives one span for the whole list; every address is reported at its start.
            let sp = Spanned::new(to.span(), a.clone());
            s.to.push(mailbox(ctx, &sp)?);
        }
    }
    if let Some(o) = &m.organizer {
        s.organizer = Some(mailbox(ctx, o)?);
    }
    if let Some(ex) = &m.exclude {
        for a in ex.get_ref() {
            let sp = Spanned::new(ex.span(), a.clone());
            // Compared without case, as the roster's duplicates are.
            s.exclude
                .push(mailbox(ctx, &sp)?.email.to_string().to_lowercase());
        }
    }
    Ok(())
}

fn delivery(ctx: &Ctx<'_>, d: &Spanned<String>) -> Result<DeliveryMode, ConfigError> {
    match d.get_ref().as_str() {
        "list" => Ok(DeliveryMode::List),
        "individual" => Ok(DeliveryMode::Individual),
        other => Err(ctx.err(
            d.span().start,
            format!("delivery \"{other}\" is not \"list\" or \"individual\""),
        )),
    }
}

fn language(ctx: &Ctx<'_>, l: &Spanned<String>) -> Result<Language, ConfigError> {
    match l.get_ref().as_str() {
        "en" => Ok(Language::En),
        "tr" => Ok(Language::Tr),
        other => Err(ctx.err(
            l.span().start,
            format!("language \"{other}\" is not \"en\" or \"tr\""),
        )),
    }
}

fn password_source(ctx: &Ctx<'_>, m: &RawMail) -> Result<Option<Secret>, ConfigError> {
    match (&m.password_env, &m.password_file) {
        (Some(v), None) => Ok(Some(Secret::Env(v.get_ref().clone()))),
        (None, Some(f)) => Ok(Some(Secret::File(PathBuf::from(f.get_ref())))),
        (None, None) => Ok(None),
        (Some(e), Some(f)) => Err(ctx.err(
            f.span().start,
            format!(
                "give either password-env (line {}) or password-file, not both",
                ctx.line(e.span().start)
            ),
        )),
    }
}

/// Host, port and implicit TLS of a `transport = "smtp[s]://host[:port]"` URL.
fn smtp_endpoint(ctx: &Ctx<'_>, t: &Spanned<String>) -> Result<(String, u16, bool), ConfigError> {
    let url = t.get_ref().trim();
    let (scheme, rest) = url.split_once("://").ok_or_else(|| {
        ctx.err(t.span().start, format!("transport \"{url}\" is not a URL; write \"smtp://host:587\" (STARTTLS) or \"smtps://host:465\""))
    })?;
    let rest = rest.trim_end_matches('/');
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (
            h.to_string(),
            p.parse::<u16>()
                .map_err(|_| ctx.err(t.span().start, format!("\"{p}\" is not a port number")))?,
        ),
        None => (rest.to_string(), if scheme == "smtps" { 465 } else { 587 }),
    };
    // A login in the URL would put the user (and maybe the password) in the course file.
    if host.is_empty() || host.contains('@') {
        return Err(ctx.err(t.span().start, "give the host in transport and the login in user = \"...\"; the password comes from password-env or password-file"));
    }
    let implicit_tls = match scheme {
        "smtp" => false,
        "smtps" => true,
        other => {
            return Err(ctx.err(
                t.span().start,
                format!("scheme \"{other}\" is not smtp or smtps"),
            ));
        }
    };
    Ok((host, port, implicit_tls))
}

fn smtp_transport(
    ctx: &Ctx<'_>,
    t: &Spanned<String>,
    m: &RawMail,
    password: Option<Secret>,
) -> Result<TransportSettings, ConfigError> {
    let (host, port, implicit_tls) = smtp_endpoint(ctx, t)?;
    let plaintext = m.allow_plaintext.unwrap_or(false);
    if plaintext && !matches!(host.as_str(), "localhost" | "127.0.0.1" | "::1" | "[::1]") {
        return Err(ctx.err(t.span().start, "allow-plaintext is only allowed for a server on localhost; use STARTTLS (smtp://host:587) or smtps://host:465"));
    }
    if password.is_none() && m.user.is_some() {
        return Err(ctx.err(t.span().start, "a user is configured but no password source; add password-env = \"VARIABLE\" or password-file = \"path\""));
    }
    if password.is_some() && m.user.is_none() {
        return Err(ctx.err(
            t.span().start,
            "a password is configured but no user; add user = \"...\"",
        ));
    }
    Ok(TransportSettings::Smtp {
        host,
        port,
        implicit_tls,
        plaintext,
        user: m.user.clone(),
        password,
        ca_file: m.ca_file.as_ref().map(|f| PathBuf::from(f.get_ref())),
        timeout_secs: timeout(ctx, m.timeout.as_ref())?,
        sessions: sessions(ctx, m.sessions.as_ref())?,
    })
}

/// `[mail] sessions`: how many SMTP sessions a pass sends over at once.
fn sessions(ctx: &Ctx<'_>, s: Option<&Spanned<u64>>) -> Result<usize, ConfigError> {
    use crate::course::settings::MAX_SESSIONS;
    match s {
        None => Ok(1),
        Some(s) if (1..=MAX_SESSIONS).contains(s.get_ref()) => Ok(*s.get_ref() as usize),
        Some(s) => Err(ctx.err(
            s.span().start,
            format!(
                "sessions = {} is out of range: write 1 to {MAX_SESSIONS} (the number of SMTP connections a pass sends over at once; 1 unless the relay allows more)",
                s.get_ref()
            ),
        )),
    }
}

/// `[mail] timeout` in seconds: 0 would make every connection fail at once.
fn timeout(ctx: &Ctx<'_>, t: Option<&Spanned<u64>>) -> Result<u64, ConfigError> {
    match t {
        None => Ok(30),
        Some(t) if *t.get_ref() == 0 => Err(ctx.err(
            t.span().start,
            "timeout = 0 would give up on every connection at once; write the seconds to wait, e.g. timeout = 30",
        )),
        Some(t) => Ok(*t.get_ref()),
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
    name.trim().parse::<Tz>().map_err(|_| match super::suggest::zone(name) {
        Some(meant) => format!("unknown time zone \"{name}\"; did you mean \"{meant}\"? (an IANA name, Area/City)"),
        None => format!("unknown time zone \"{name}\"; use an IANA name such as \"Europe/Istanbul\", \"Europe/Berlin\" or \"America/New_York\""),
    })
}

/// The key an "unknown field `x`, expected one of `a`, `b`" message most likely meant.
fn meant_key(msg: &str) -> Option<&str> {
    let mut quoted = msg.split('`').skip(1).step_by(2);
    let written = quoted.next()?;
    super::suggest::closest(written, quoted)
}

/// Parses course-file text.
///
/// Tables are checked in a fixed order (reminders, mail, identity, meetings, exam,
/// overrides, feed), so a file with several mistakes always reports the same one first.
pub fn parse(path: &Path, text: &str) -> Result<CourseFile, ConfigError> {
    let ctx = Ctx { path, text };
    let raw = read_raw(&ctx)?;
    if let Some(bad) = crate::course::strings::first_control_character(text) {
        return Err(ctx.err(bad.offset, bad.message));
    }
    let mut c = CourseFile {
        syllabus: raw.syllabus.as_ref().map(|s| PathBuf::from(s.get_ref())),
        id: None,
        code: raw.code,
        name: raw.name,
        date_order: raw.date_order,
        url: raw
            .url
            .as_ref()
            .map(|u| web_url(&ctx, "url", u))
            .transpose()?,
        exam_location: raw.exam.as_ref().and_then(|e| e.location.clone()),
        ..CourseFile::default()
    };
    if let Some(r) = &raw.reminders {
        apply_reminders(&ctx, r, &mut c)?;
    }
    if let Some(sy) = &raw.syllabus {
        c.lines.insert("syllabus", ctx.line(sy.span().start));
    }
    if let Some(m) = raw.mail {
        apply_mail(&ctx, m, &mut c)?;
    }
    if let Some(n) = &raw.notices {
        c.notices = notices(&ctx, n)?;
    }
    if let Some(d) = &raw.digest {
        c.digest = Some(parse_cron(d.cron.get_ref()).map_err(|m| ctx.err(d.cron.span().start, m))?);
    }
    c.id = raw.id.as_ref().map(|id| course_id(&ctx, id)).transpose()?;
    c.term = raw.term.as_ref().map(|t| term(&ctx, t)).transpose()?;
    c.timezone = raw
        .timezone
        .as_ref()
        .map(|tz| timezone(&ctx, tz))
        .transpose()?;
    c.due_time = raw.due_time.as_ref().map(|d| ctx.time(d)).transpose()?;
    if !raw.meeting.is_empty() {
        c.meetings = Some(meetings(&ctx, &raw.meeting)?);
    }
    if !raw.section.is_empty() {
        c.sections = Some(sections(&ctx, &raw.section)?);
    }
    if let Some(e) = &raw.exam {
        c.exam_time = exam_time(&ctx, e)?;
    }
    c.cancel = cancels(&ctx, &raw.cancel);
    c.moves = moves(&ctx, &raw.moves)?;
    c.add = additions(&ctx, &raw.add)?;
    if let Some(f) = raw.feed {
        c.feed_url = f
            .url
            .as_ref()
            .map(|u| web_url(&ctx, "[feed] url", u))
            .transpose()?;
        c.refresh = f.refresh.as_ref().map(|r| refresh(&ctx, r)).transpose()?;
    }
    Ok(c)
}

/// The TOML itself, with a hint for the two mistakes people make most.
fn read_raw(ctx: &Ctx<'_>) -> Result<RawCourse, ConfigError> {
    toml::from_str(ctx.text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let msg = e.message().trim().to_string();
        let hint = if msg.contains("unknown field") {
            match meant_key(&msg) {
                Some(key) => {
                    format!("; did you mean `{key}`? every key is described in docs/course-file.md")
                }
                None => "; every key is described in docs/course-file.md".into(),
            }
        } else if msg.contains("expected a sequence") {
            "; write a list, e.g. [\"3d\", \"1d\"]".into()
        } else {
            String::new()
        };
        ctx.err(offset, format!("{msg}{hint}"))
    })
}

/// `[reminders]`: leads per kind, the cron line and the ledger path.
fn apply_reminders(ctx: &Ctx<'_>, r: &RawReminders, c: &mut CourseFile) -> Result<(), ConfigError> {
    for (kind, leads) in [
        (EventKind::Release, &r.release),
        (EventKind::Deadline, &r.deadline),
        (EventKind::Exam, &r.exam),
        (EventKind::Other, &r.other),
        (EventKind::Lecture, &r.lecture),
    ] {
        let Some(leads) = leads else { continue };
        c.reminders.leads.insert(kind, lead_list(ctx, leads)?);
    }
    if let Some(cron) = &r.cron {
        c.cron = parse_cron(cron.get_ref()).map_err(|m| ctx.err(cron.span().start, m))?;
    }
    c.ledger = r.ledger.as_ref().map(PathBuf::from);
    Ok(())
}

/// `[notices]`: on or off, and per kind the changes announced (a kind given replaces its default).
fn notices(ctx: &Ctx<'_>, n: &RawNotices) -> Result<NoticeSettings, ConfigError> {
    let mut s = NoticeSettings {
        enabled: n.enabled.unwrap_or(true),
        ..NoticeSettings::default()
    };
    for (kind, list) in [
        (EventKind::Release, &n.release),
        (EventKind::Deadline, &n.deadline),
        (EventKind::Exam, &n.exam),
        (EventKind::Other, &n.other),
        (EventKind::Lecture, &n.lecture),
    ] {
        let Some(list) = list else { continue };
        let mut changes = std::collections::BTreeSet::new();
        for name in list.get_ref() {
            let c = NoticeChange::from_name(name).ok_or_else(|| {
                ctx.err(
                    list.span().start,
                    format!("\"{name}\" is not a change; write any of \"moved\", \"place\", \"cancelled\", \"added\" (or [] for none)"),
                )
            })?;
            changes.insert(c);
        }
        s.changes.insert(kind, changes);
    }
    Ok(s)
}

fn lead_list(ctx: &Ctx<'_>, leads: &Spanned<Vec<String>>) -> Result<Vec<Lead>, ConfigError> {
    leads
        .get_ref()
        .iter()
        .map(|l| {
            parse_lead(l).ok_or_else(|| {
                ctx.err(
                    leads.span().start,
                    format!(
                        "\"{l}\" is not a lead time; write e.g. \"3d\", \"1d\", \"3h\" or \"90m\""
                    ),
                )
            })
        })
        .collect()
}

/// `[mail]`: the settings, and the lines of the keys that name files or variables, which
/// the shell needs when those turn out to be missing.
fn apply_mail(ctx: &Ctx<'_>, m: RawMail, c: &mut CourseFile) -> Result<(), ConfigError> {
    for (key, span) in [
        ("roster", m.roster.as_ref().map(|x| x.span())),
        ("password-env", m.password_env.as_ref().map(|x| x.span())),
        ("password-file", m.password_file.as_ref().map(|x| x.span())),
        ("ca-file", m.ca_file.as_ref().map(|x| x.span())),
    ] {
        if let Some(span) = span {
            c.lines.insert(key, ctx.line(span.start));
        }
    }
    c.feed_link = m.feed_link.clone();
    c.mail = mail_settings(ctx, m)?;
    Ok(())
}

fn course_id(ctx: &Ctx<'_>, id: &Spanned<String>) -> Result<String, ConfigError> {
    let ok = !id.get_ref().is_empty()
        && id
            .get_ref()
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_');
    if !ok {
        return Err(ctx.err(id.span().start, format!("id \"{}\" must be letters, digits, '-' or '_' (it names files and UIDs), e.g. \"ceng501\"", id.get_ref())));
    }
    Ok(id.get_ref().clone())
}

fn term(ctx: &Ctx<'_>, t: &Spanned<String>) -> Result<Term, ConfigError> {
    checked_term(t.get_ref()).map_err(|m| ctx.err(t.span().start, format!("term {m}")))
}

/// A term as the user wrote it (course file or `--term`), with its year in [`TERM_YEARS`].
pub fn checked_term(text: &str) -> Result<Term, String> {
    let term = parse_term(text).ok_or_else(|| {
        format!("\"{text}\" is not a term; write e.g. \"Fall 2022\" or \"Spring 2024\"")
    })?;
    if !TERM_YEARS.contains(&term.year) {
        return Err(format!(
            "\"{text}\" has the year {}, outside {}-{}; check the year",
            term.year,
            TERM_YEARS.start(),
            TERM_YEARS.end()
        ));
    }
    Ok(term)
}

fn timezone(ctx: &Ctx<'_>, tz: &Spanned<String>) -> Result<Tz, ConfigError> {
    parse_timezone(tz.get_ref()).map_err(|m| ctx.err(tz.span().start, m))
}

/// `[[meeting]]`: one [`Meeting`] per weekday of each table.
fn meetings(ctx: &Ctx<'_>, raw: &[RawMeeting]) -> Result<Vec<Meeting>, ConfigError> {
    let mut ms = Vec::new();
    for m in raw {
        ms.extend(weekly(ctx, &m.days, &m.start, &m.end, m.location.as_ref())?);
    }
    Ok(ms)
}

/// One meeting per weekday of `days`, from `start` to `end`.
fn weekly(
    ctx: &Ctx<'_>,
    days: &Spanned<Vec<String>>,
    start: &Spanned<String>,
    end: &Spanned<String>,
    location: Option<&String>,
) -> Result<Vec<Meeting>, ConfigError> {
    let (s, e) = (ctx.time(start)?, ctx.time(end)?);
    if e <= s {
        return Err(ctx.err(end.span().start, "a meeting must end after it starts"));
    }
    if days.get_ref().is_empty() {
        return Err(ctx.err(
            days.span().start,
            "days is empty; list weekdays, e.g. [\"Tue\", \"Thu\"]",
        ));
    }
    days.get_ref()
        .iter()
        .map(|d| {
            let day = weekday(d).ok_or_else(|| {
                ctx.err(
                    days.span().start,
                    format!("\"{d}\" is not a weekday; write e.g. \"Mon\" or \"Tuesday\""),
                )
            })?;
            Ok(Meeting {
                day,
                start: s,
                end: e,
                location: location.cloned(),
            })
        })
        .collect()
}

/// `[[section]]`: each with its meetings, exam and roster group; names (and the file names
/// made of them) must differ.
fn sections(ctx: &Ctx<'_>, raw: &[RawSection]) -> Result<Vec<Section>, ConfigError> {
    let mut out: Vec<Section> = Vec::new();
    for r in raw {
        let name = r.name.get_ref().trim().to_string();
        let slug = crate::syllabus::slug_words(&name);
        if slug.is_empty() {
            return Err(ctx.err(r.name.span().start, format!("section name \"{name}\" has no letters or digits; it names the section's feed, e.g. name = \"Section 1\"")));
        }
        if let Some(same) = out.iter().find(|s| s.slug == slug) {
            return Err(ctx.err(r.name.span().start, format!("section \"{name}\" would share the feed file of section \"{}\" (both are \"{slug}\"); give the sections different names", same.name)));
        }
        if let (Some(one), None) | (None, Some(one)) = (&r.exam_start, &r.exam_end) {
            return Err(ctx.err(one.span().start, format!("give both exam-start and exam-end for section \"{name}\", e.g. exam-start = \"13:30\", exam-end = \"15:30\"")));
        }
        let exam = RawExam {
            start: r.exam_start.clone(),
            end: r.exam_end.clone(),
            location: None,
        };
        let group = r
            .roster_group
            .as_ref()
            .map(|g| g.get_ref().trim().to_string());
        if let (Some(g), Some(sp)) = (&group, &r.roster_group)
            && g.is_empty()
        {
            return Err(ctx.err(sp.span().start, "roster-group is empty; write the group as the roster's Groups column names it, e.g. roster-group = \"Section 1\", or leave the key out to use the name"));
        }
        out.push(Section {
            meetings: weekly(ctx, &r.days, &r.start, &r.end, r.location.as_ref())?,
            exam_time: exam_time(ctx, &exam)?,
            exam_location: r.exam_location.clone(),
            roster_group: group,
            name,
            slug,
        });
    }
    Ok(out)
}

/// `[exam]` start and end: both or neither.
fn exam_time(ctx: &Ctx<'_>, e: &RawExam) -> Result<Option<(NaiveTime, NaiveTime)>, ConfigError> {
    match (&e.start, &e.end) {
        (Some(s), Some(en)) => {
            let (s2, e2) = (ctx.time(s)?, ctx.time(en)?);
            if e2 <= s2 {
                return Err(ctx.err(en.span().start, "the exam must end after it starts"));
            }
            Ok(Some((s2, e2)))
        }
        (None, None) => Ok(None),
        (Some(s), None) | (None, Some(s)) => Err(ctx.err(
            s.span().start,
            "give both start and end for the exam, e.g. start = \"13:30\", end = \"16:30\"",
        )),
    }
}

/// `[[cancel]]`: event keys with their lines (checked against the events in `build`).
fn cancels(ctx: &Ctx<'_>, raw: &[RawCancel]) -> Vec<(String, usize)> {
    raw.iter()
        .map(|x| (x.event.get_ref().clone(), ctx.line(x.event.span().start)))
        .collect()
}

/// `[[move]]`.
fn moves(ctx: &Ctx<'_>, raw: &[RawMove]) -> Result<Vec<Move>, ConfigError> {
    raw.iter()
        .map(|m| {
            let to = ctx.when(&m.to)?;
            Ok(Move {
                event: m.event.get_ref().clone(),
                to,
                end: end_after(ctx, to, m.end.as_ref())?,
                location: m.location.clone(),
                line: ctx.line(m.event.span().start),
            })
        })
        .collect()
}

/// An `end` that is read only when it comes after the start: an earlier one used to
/// become a 15-minute event without a word.
fn end_after(
    ctx: &Ctx<'_>,
    start: LocalWhen,
    end: Option<&Spanned<String>>,
) -> Result<Option<LocalWhen>, ConfigError> {
    let Some(e) = end else { return Ok(None) };
    let when = ctx.when(e)?;
    let before = match (start, when) {
        (LocalWhen::DateTime(s), LocalWhen::DateTime(en)) => en <= s,
        (LocalWhen::Date(s), LocalWhen::Date(en)) => en < s,
        (LocalWhen::DateTime(s), LocalWhen::Date(en)) => en < s.date(),
        (LocalWhen::Date(s), LocalWhen::DateTime(en)) => en.date() < s,
    };
    if before {
        return Err(ctx.err(
            e.span().start,
            format!(
                "end \"{}\" is not after the start; write a later end, or leave it out",
                e.get_ref()
            ),
        ));
    }
    Ok(Some(when))
}

/// `[[add]]`.
fn additions(ctx: &Ctx<'_>, raw: &[RawAdd]) -> Result<Vec<Addition>, ConfigError> {
    raw.iter().map(|a| addition(ctx, a)).collect()
}

fn addition(ctx: &Ctx<'_>, a: &RawAdd) -> Result<Addition, ConfigError> {
    if let Some(k) = &a.key {
        let ok = !k.get_ref().is_empty()
            && k.get_ref()
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
        if !ok {
            return Err(ctx.err(k.span().start, format!("key \"{}\" must be lower-case letters, digits and '-' (it becomes part of the UID), e.g. \"other-guest-talk\"", k.get_ref())));
        }
    }
    let kind = EventKind::from_name(a.kind.get_ref()).ok_or_else(|| {
        ctx.err(
            a.kind.span().start,
            format!(
                "kind \"{}\" is not one of lecture, release, deadline, exam, other",
                a.kind.get_ref()
            ),
        )
    })?;
    let start = ctx.when(&a.start)?;
    Ok(Addition {
        line: ctx.line(a.kind.span().start),
        key: a.key.as_ref().map(|k| k.get_ref().clone()),
        kind,
        title: a.title.clone(),
        start,
        end: end_after(ctx, start, a.end.as_ref())?,
        location: a.location.clone(),
        description: a.description.clone(),
    })
}

/// `url` and `[feed] url`: links on the page and in every message, so http(s) only.
fn web_url(ctx: &Ctx<'_>, key: &str, u: &Spanned<String>) -> Result<String, ConfigError> {
    crate::course::strings::web_address(key, u.get_ref())
        .map(|()| u.get_ref().trim().to_string())
        .map_err(|m| ctx.err(u.span().start, m))
}

/// `[feed] refresh`: only the shape of an ISO 8601 duration is checked, which is what
/// calendar clients reject.
fn refresh(ctx: &Ctx<'_>, r: &Spanned<String>) -> Result<String, ConfigError> {
    let v = r.get_ref();
    let ok = v.starts_with('P')
        && v.len() > 2
        && v[1..]
            .chars()
            .all(|ch| ch.is_ascii_digit() || "TDHMSW".contains(ch));
    if !ok {
        return Err(ctx.err(
            r.span().start,
            format!("refresh \"{v}\" is not an ISO 8601 duration; write e.g. \"PT6H\" or \"P1D\""),
        ));
    }
    Ok(v.clone())
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

    #[test]
    fn a_timeout_of_zero_is_refused() {
        let e =
            p("[mail]\nfrom = \"a@x.org\"\ntransport = \"smtp://mail.x.org:587\"\ntimeout = 0\n")
                .unwrap_err();
        assert_eq!((e.line, e.column), (4, 11));
        assert!(
            e.message.starts_with("timeout = 0 would give up"),
            "{}",
            e.message
        );
    }

    #[test]
    fn an_end_before_the_start_is_refused_for_added_and_moved_events() {
        let e = p("[[add]]\nkind = \"exam\"\ntitle = \"Quiz\"\nstart = \"2022-11-10 14:00\"\nend = \"2022-11-10 13:00\"\n").unwrap_err();
        assert_eq!(e.line, 5);
        assert!(
            e.message.contains("is not after the start"),
            "{}",
            e.message
        );
        let e = p(
            "[[move]]\nevent = \"exam-midterm\"\nto = \"2022-11-24 17:00\"\nend = \"2022-11-23\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 4);
        let ok = p(
            "[[add]]\nkind = \"other\"\ntitle = \"Trip\"\nstart = \"2022-11-10\"\nend = \"2022-11-12\"\n",
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn a_term_year_a_feed_cannot_write_is_refused() {
        let e = p("term = \"Fall 9999\"\n").unwrap_err();
        assert!(
            e.message.starts_with("term \"Fall 9999\" is not a term"),
            "{}",
            e.message
        );
        assert!(checked_term("Spring 2024").is_ok());
    }

    #[test]
    fn two_password_sources_point_at_the_second_with_the_first_named() {
        let e = p("[mail]\nfrom = \"a@x.org\"\ntransport = \"smtp://m.x.org:587\"\nuser = \"a\"\npassword-env = \"PW\"\npassword-file = \"pw.txt\"\n").unwrap_err();
        assert_eq!(e.line, 6);
        assert!(e.message.contains("password-env (line 5)"), "{}", e.message);
    }

    #[test]
    fn sections_are_read_with_their_exam_and_roster_group() {
        let c = p(r#"
[[section]]
name = "Section 1"
days = ["Mon", "Wed"]
start = "10:40"
end = "12:30"
location = "BMB1"
exam-start = "09:00"
exam-end = "11:00"
exam-location = "Amfi 1"
[[section]]
name = "Section 2"
days = ["Tue"]
start = "13:40"
end = "15:30"
roster-group = "Şube 2"
"#)
        .unwrap();
        let s = c.sections.unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].slug.as_str(), s[0].meetings.len()), ("section-1", 2));
        assert_eq!(s[0].exam_location.as_deref(), Some("Amfi 1"));
        assert!(s[0].exam_time.is_some() && s[1].exam_time.is_none());
        assert_eq!((s[0].group(), s[1].group()), ("Section 1", "Şube 2"));
    }

    #[test]
    fn a_bad_section_names_its_line() {
        let e =
            p("[[section]]\nname = \"A\"\ndays = [\"Mon\"]\nstart = \"10:00\"\nend = \"09:00\"\n")
                .unwrap_err();
        assert_eq!(e.line, 5);
        let e = p("[[section]]\nname = \"A\"\ndays = [\"Mon\"]\nstart = \"10:00\"\nend = \"11:00\"\n[[section]]\nname = \"a\"\ndays = [\"Tue\"]\nstart = \"10:00\"\nend = \"11:00\"\n").unwrap_err();
        assert_eq!(e.line, 7);
        assert!(e.message.contains("share the feed file"), "{}", e.message);
        let e = p("[[section]]\nname = \"A\"\ndays = [\"Mon\"]\nstart = \"10:00\"\nend = \"11:00\"\nexam-start = \"09:00\"\n").unwrap_err();
        assert_eq!(e.line, 6);
        let e = p("[[section]]\nname = \"A\"\nday = [\"Mon\"]\n").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn notices_and_the_digest_are_read_and_a_bad_change_names_its_line() {
        let c =
            p("[notices]\nlecture = []\nexam = [\"moved\"]\n\n[digest]\ncron = \"0 8 * * MON\"\n")
                .unwrap();
        assert!(c.notices.enabled);
        assert!(
            !c.notices
                .announces(EventKind::Lecture, NoticeChange::Cancelled)
        );
        assert!(c.notices.announces(EventKind::Exam, NoticeChange::Moved));
        assert!(!c.notices.announces(EventKind::Exam, NoticeChange::Place));
        assert!(
            c.notices
                .announces(EventKind::Deadline, NoticeChange::Added),
            "defaults kept"
        );
        assert_eq!(c.digest.unwrap().source, "0 8 * * MON");
        let off = p("[notices]\nenabled = false\n").unwrap();
        assert!(
            !off.notices
                .announces(EventKind::Deadline, NoticeChange::Moved)
        );
        let e = p("\n[notices]\ndeadline = [\"postponed\"]\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(
            e.message.contains("\"postponed\" is not a change"),
            "{}",
            e.message
        );
        let e = p("[digest]\ncron = \"every monday\"\n").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
