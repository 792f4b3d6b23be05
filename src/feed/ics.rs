//! The iCalendar feed (RFC 5545): pure rendering from a course, the previously published
//! feed and `now`.
//!
//! The previously published feed is the state: an event keeps its SEQUENCE and
//! LAST-MODIFIED while its content is unchanged, so rebuilding unchanged inputs gives the
//! same bytes; a changed event gets SEQUENCE + 1 and LAST-MODIFIED = now; an event that
//! left the syllabus (or was cancelled) stays as STATUS:CANCELLED until the term ends.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus, Property};

use crate::feed::vtimezone::vtimezone;
use crate::model::Course;
use crate::model::{Event, EventKind, When};

/// Which events a feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Every event of the term.
    All,
    /// Releases, deadlines and exams only.
    Deadlines,
    /// One section's: its own events and the shared ones (index into `Course::sections`).
    Section(usize),
}

impl Variant {
    /// Both variants every course has, in the order they are written.
    pub const ALL: [Variant; 2] = [Variant::All, Variant::Deadlines];

    /// Every feed of a course: [`Variant::ALL`], then one per section.
    pub fn of(course: &Course) -> Vec<Variant> {
        let mut out = Variant::ALL.to_vec();
        out.extend((0..course.sections.len()).map(Variant::Section));
        out
    }

    /// The feed's file name: `<id>.ics`, `<id>-deadlines.ics`, `<id>-<section>.ics`.
    pub fn file_name(self, course: &Course) -> String {
        let id = &course.id;
        match self {
            Variant::All => format!("{id}.ics"),
            Variant::Deadlines => format!("{id}-deadlines.ics"),
            Variant::Section(i) => match course.sections.get(i) {
                Some(s) => format!("{id}-{}.ics", s.slug),
                None => format!("{id}.ics"),
            },
        }
    }

    /// Whether an event belongs in the feed.
    pub fn includes(self, course: &Course, e: &Event) -> bool {
        match self {
            Variant::All => true,
            Variant::Deadlines => matches!(
                e.kind,
                EventKind::Release | EventKind::Deadline | EventKind::Exam
            ),
            Variant::Section(i) => match (&e.section, course.sections.get(i)) {
                (None, _) => true,
                (Some(name), Some(s)) => *name == s.name,
                (Some(_), None) => false,
            },
        }
    }

    fn label(self, course: &Course) -> String {
        match self {
            Variant::All => String::new(),
            Variant::Deadlines => " — deadlines".to_string(),
            Variant::Section(i) => course
                .sections
                .get(i)
                .map(|s| format!(" — {}", s.name))
                .unwrap_or_default(),
        }
    }
}

/// What a rebuild changed, for the build report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// UIDs new in this build.
    pub added: Vec<String>,
    /// UIDs whose content changed (SEQUENCE went up).
    pub changed: Vec<String>,
    /// UIDs newly marked cancelled.
    pub cancelled: Vec<String>,
    /// UIDs of cancelled events dropped because the term is over.
    pub expired: Vec<String>,
}

/// A rendered feed and what changed since the previous one.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The .ics text: CRLF line ends, folded at 75 octets.
    pub ics: String,
    /// Number of VEVENTs, cancelled ones included.
    pub events: usize,
    /// Differences from the previous feed.
    pub changes: Changes,
}

/// One VEVENT of a previously published feed.
#[derive(Debug, Clone)]
struct PrevEvent {
    /// Unfolded property lines, without DTSTAMP, SEQUENCE and LAST-MODIFIED.
    content: Vec<String>,
    sequence: u32,
    last_modified: Option<String>,
    cancelled: bool,
}

/// The VEVENTs of a previously published feed, by UID.
#[derive(Debug, Clone, Default)]
pub struct Previous {
    events: BTreeMap<String, PrevEvent>,
}

/// Undoes RFC 5545 line folding and splits into logical lines.
pub fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        if !raw.is_empty() {
            lines.push(raw.to_string());
        }
    }
    lines
}

fn prop_name(line: &str) -> &str {
    let end = line.find([':', ';']).unwrap_or(line.len());
    &line[..end]
}

fn prop_value(line: &str) -> &str {
    // Values follow the first colon outside a quoted parameter.
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return &line[i + 1..],
            _ => {}
        }
    }
    ""
}

/// Why a feed found where the previous one should be cannot be continued.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct FeedDamage {
    /// 1-based line of the file, when one line is to blame.
    pub line: Option<usize>,
    /// What is wrong.
    pub reason: String,
}

/// Checks that `text` is a whole feed written by coursecal before it is taken as the state
/// to continue: a truncated, foreign or edited file read leniently would reset SEQUENCE to
/// 0 and report every event new, and calendars would ignore the next real change.
pub fn check_previous(text: &str) -> Result<(), FeedDamage> {
    let damage = |line: Option<usize>, reason: &str| {
        Err(FeedDamage {
            line,
            reason: reason.to_string(),
        })
    };
    let lines = unfold(text);
    let mut content = lines.iter().filter(|l| !l.trim().is_empty());
    match content.next() {
        None => return damage(None, "the file is empty"),
        Some(l) if l != "BEGIN:VCALENDAR" => {
            return damage(Some(1), "it does not begin with BEGIN:VCALENDAR");
        }
        Some(_) => {}
    }
    if content.next_back().map(String::as_str) != Some("END:VCALENDAR") {
        return damage(None, "it is cut short: it does not end with END:VCALENDAR");
    }
    let prodid = lines.iter().find(|l| prop_name(l) == "PRODID");
    if !prodid.is_some_and(|l| l.contains("//coursecal//")) {
        return damage(
            None,
            "it was not written by coursecal (no coursecal PRODID)",
        );
    }
    check_events(text)
}

/// Every VEVENT closed, and every SEQUENCE a number. Line numbers are physical lines.
fn check_events(text: &str) -> Result<(), FeedDamage> {
    let mut open = false;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let place = Some(i + 1);
        match line {
            "BEGIN:VEVENT" if open => {
                return Err(FeedDamage {
                    line: place,
                    reason: "an event begins before the one above it ends".into(),
                });
            }
            "BEGIN:VEVENT" => open = true,
            "END:VEVENT" => open = false,
            l if prop_name(l) == "SEQUENCE" && prop_value(l).trim().parse::<u32>().is_err() => {
                return Err(FeedDamage {
                    line: place,
                    reason: format!("SEQUENCE \"{}\" is not a number", prop_value(l)),
                });
            }
            _ => {}
        }
    }
    if open {
        return Err(FeedDamage {
            line: None,
            reason: "its last event has no END:VEVENT".into(),
        });
    }
    Ok(())
}

/// Reads the VEVENTs of a feed coursecal wrote before. Unreadable parts are skipped: the
/// worst case is that an event's SEQUENCE starts again from its previous value + 1.
pub fn read_previous(text: &str) -> Previous {
    let mut prev = Previous::default();
    let mut current: Option<Vec<String>> = None;
    for line in unfold(text) {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => {
                let Some(props) = current.take() else {
                    continue;
                };
                let mut uid = None;
                let mut ev = PrevEvent {
                    content: Vec::new(),
                    sequence: 0,
                    last_modified: None,
                    cancelled: false,
                };
                for p in props {
                    match prop_name(&p) {
                        "UID" => {
                            uid = Some(prop_value(&p).to_string());
                            ev.content.push(p);
                        }
                        "SEQUENCE" => ev.sequence = prop_value(&p).trim().parse().unwrap_or(0),
                        "LAST-MODIFIED" => ev.last_modified = Some(prop_value(&p).to_string()),
                        "DTSTAMP" => {}
                        "STATUS" => {
                            ev.cancelled = prop_value(&p) == "CANCELLED";
                            ev.content.push(p);
                        }
                        _ => ev.content.push(p),
                    }
                }
                if let Some(uid) = uid {
                    prev.events.insert(uid, ev);
                }
            }
            _ => {
                if let Some(props) = current.as_mut() {
                    props.push(line);
                }
            }
        }
    }
    prev
}

/// Escapes a TEXT value (RFC 5545 §3.3.11); a stray CR never reaches the output.
pub fn escape_text(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Folds one logical line at 75 octets (first line) and 1 + 74 octets (continuations),
/// never inside a UTF-8 character.
pub fn fold_line(line: &str, out: &mut String) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
}

fn fold_all<I: IntoIterator<Item = S>, S: AsRef<str>>(lines: I) -> String {
    let mut out = String::new();
    for l in lines {
        fold_line(l.as_ref(), &mut out);
    }
    out
}

fn ical_utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn category(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Lecture => "Lecture",
        EventKind::Release => "Homework release",
        EventKind::Deadline => "Deadline",
        EventKind::Exam => "Exam",
        EventKind::Other => "Course event",
    }
}

/// The SUMMARY of an event: "CEng 501 · W3 · Artificial neurons …".
pub fn summary(course: &Course, e: &Event) -> String {
    match (e.kind, e.week) {
        (EventKind::Lecture, Some(w)) => format!("{} · W{w} · {}", course.code, e.title),
        _ => format!("{} · {}", course.code, e.title),
    }
}

fn with_tz(dt: DateTime<chrono_tz::Tz>) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: dt.naive_local(),
        tzid: dt.timezone().name().to_string(),
    }
}

/// The end of a deadline: a short block that never spills into the next day and never ends
/// at or before its start, so every client shows it at its due time on its day.
fn deadline_end(start: DateTime<chrono_tz::Tz>) -> DateTime<chrono_tz::Tz> {
    let next_midnight = start
        .date_naive()
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 0));
    let cap = next_midnight.map(|n| crate::model::local_datetime(start.timezone(), n));
    let end = start + Duration::minutes(15);
    match cap {
        Some(c) if c < end && c > start => c,
        _ => end,
    }
}

/// The content lines of one event (everything but DTSTAMP, SEQUENCE, LAST-MODIFIED), unfolded.
fn content_lines(course: &Course, e: &Event, cancelled: bool) -> Vec<String> {
    let mut ev = icalendar::Event::new();
    ev.uid(&e.uid);
    // A fixed stamp keeps icalendar from writing the wall clock; the line is dropped below.
    ev.timestamp(Utc.timestamp_opt(0, 0).single().unwrap_or_default());
    let title = summary(course, e).replace('\r', "");
    // Clients that ignore STATUS (several show a cancelled event like any other) still say it.
    ev.summary(&if cancelled {
        format!("{CANCELLED_PREFIX}{title}")
    } else {
        title
    });
    let mut description = e.description.replace("\r\n", "\n").replace('\r', "\n");
    if let Some(url) = &course.url {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(url);
        ev.url(url);
    }
    if !description.is_empty() {
        ev.description(&description);
    }
    if let Some(loc) = &e.location {
        ev.location(&loc.replace('\r', ""));
    }
    match e.when {
        When::AllDay(d) => {
            ev.starts(d);
            ev.ends(d.succ_opt().unwrap_or(d));
        }
        When::Timed { start, end } => {
            ev.starts(with_tz(start));
            let end = end
                .filter(|x| *x > start)
                .unwrap_or_else(|| deadline_end(start));
            ev.ends(with_tz(end));
        }
    }
    ev.categories(vec![category(e.kind)]);
    if matches!(e.kind, EventKind::Release | EventKind::Deadline) {
        ev.add_property("TRANSP", "TRANSPARENT");
    } else {
        ev.add_property("TRANSP", "OPAQUE");
    }
    ev.status(if cancelled {
        EventStatus::Cancelled
    } else {
        EventStatus::Confirmed
    });
    let mut lines: Vec<String> = unfold(&ev.to_string())
        .into_iter()
        .filter(|l| !matches!(prop_name(l), "BEGIN" | "END" | "DTSTAMP"))
        .collect();
    // icalendar writes multi-valued properties last; sorting makes the order one rule.
    lines.sort_by(|a, b| prop_name(a).cmp(prop_name(b)));
    lines
}

fn assemble(mut content: Vec<String>, sequence: u32, stamp: &str) -> Vec<String> {
    content.push(format!("DTSTAMP:{stamp}"));
    content.push(format!("LAST-MODIFIED:{stamp}"));
    content.push(format!("SEQUENCE:{sequence}"));
    content.sort_by(|a, b| prop_name(a).cmp(prop_name(b)));
    let mut lines = vec!["BEGIN:VEVENT".to_string()];
    lines.extend(content);
    lines.push("END:VEVENT".to_string());
    lines
}

/// Last moment of the term: cancelled events are kept until then.
pub fn term_end(course: &Course) -> Option<DateTime<Utc>> {
    course
        .events
        .iter()
        .map(|e| match e.when {
            When::AllDay(_) => {
                e.when.start_instant(course.timezone).with_timezone(&Utc) + Duration::days(1)
            }
            When::Timed { start, end } => end.unwrap_or(start).with_timezone(&Utc),
        })
        .max()
}

/// Renders one feed of a course.
pub fn render(
    course: &Course,
    variant: Variant,
    previous: &Previous,
    now: DateTime<Utc>,
) -> Rendered {
    let uids = published_uids(course, previous);
    render_calendar(course, variant, previous, now, None, &uids)
}

/// The UID an event is published under where it is not its own, by its own: the UID an
/// earlier coursecal gave it ([`Course::former_uids`]: it dropped letters outside ASCII from
/// keys), while the previous feed has that one and not the new one.
///
/// Why keep it rather than publish the new UID and cancel the old: calendars know an event by
/// its UID, and hold the subscriber's own notes and alarms under it. A new UID would show
/// every subscriber a cancelled event beside a new one, with its notes gone and its alarm
/// twice. The former UID stays for as long as the feed carries it (the term); a feed built
/// afresh (no previous one) uses the new UIDs, which no calendar knows yet.
fn published_uids(course: &Course, previous: &Previous) -> BTreeMap<String, String> {
    course
        .former_uids()
        .into_iter()
        .filter(|(uid, former)| {
            previous.events.contains_key(former) && !previous.events.contains_key(uid)
        })
        .collect()
}

/// What turns a feed into an iTIP `PUBLISH` object (RFC 5546 §3.2.1): `METHOD`, an
/// `ORGANIZER` on every VEVENT, and DTSTAMP = when the object was made.
struct Publish {
    /// The ORGANIZER line, unfolded.
    organizer: String,
    /// DTSTAMP value.
    stamp: String,
}

fn render_calendar(
    course: &Course,
    variant: Variant,
    previous: &Previous,
    now: DateTime<Utc>,
    publish: Option<&Publish>,
    uids: &BTreeMap<String, String>,
) -> Rendered {
    let now_s = ical_utc(now);
    let mut changes = Changes::default();
    let mut vevents: Vec<Vec<String>> = Vec::new();
    let mut seen = BTreeSet::new();
    for e in course.events.iter().filter(|e| variant.includes(course, e)) {
        let e = match uids.get(&e.uid) {
            Some(former) => std::borrow::Cow::Owned(Event {
                uid: former.clone(),
                ..e.clone()
            }),
            None => std::borrow::Cow::Borrowed(e),
        };
        seen.insert(e.uid.clone());
        vevents.push(current_vevent(course, &e, previous, &now_s, &mut changes));
    }
    let over = term_end(course).is_some_and(|end| now > end + Duration::days(1));
    for (uid, p) in &previous.events {
        if seen.contains(uid) {
            continue;
        }
        if over {
            changes.expired.push(uid.clone());
            continue;
        }
        vevents.push(leftover_vevent(uid, p, &now_s, &mut changes));
    }
    if let Some(p) = publish {
        for ev in &mut vevents {
            as_published(ev, p);
        }
    }
    let mut out = fold_all(calendar_header(course, variant, publish.is_some()));
    out.push_str(&vtimezones(&vevents));
    for ev in &vevents {
        out.push_str(&fold_all(ev));
    }
    out.push_str("END:VCALENDAR\r\n");
    Rendered {
        ics: out,
        events: vevents.len(),
        changes,
    }
}

/// The VEVENT of an event of the course: SEQUENCE and LAST-MODIFIED carried over while its
/// content is unchanged, bumped (and the change recorded) when it is not.
fn current_vevent(
    course: &Course,
    e: &Event,
    previous: &Previous,
    now_s: &str,
    changes: &mut Changes,
) -> Vec<String> {
    let content = content_lines(course, e, e.cancelled);
    let (seq, stamp) = match previous.events.get(&e.uid) {
        None => {
            changes.added.push(e.uid.clone());
            (0, now_s.to_string())
        }
        Some(p) if p.content == content => (
            p.sequence,
            p.last_modified.clone().unwrap_or_else(|| now_s.to_string()),
        ),
        Some(p) => {
            if e.cancelled && !p.cancelled {
                changes.cancelled.push(e.uid.clone());
            } else {
                changes.changed.push(e.uid.clone());
            }
            (p.sequence + 1, now_s.to_string())
        }
    };
    assemble(content, seq, &stamp)
}

/// The VEVENT of a previously published event the course no longer has: kept as it was when
/// already cancelled, otherwise cancelled now (a new SEQUENCE, so clients take it).
fn leftover_vevent(uid: &str, p: &PrevEvent, now_s: &str, changes: &mut Changes) -> Vec<String> {
    if p.cancelled {
        return assemble(
            p.content.clone(),
            p.sequence,
            p.last_modified.as_deref().unwrap_or(now_s),
        );
    }
    changes.cancelled.push(uid.to_string());
    assemble(cancelled_content(&p.content), p.sequence + 1, now_s)
}

/// The word put before a cancelled event's SUMMARY.
pub const CANCELLED_PREFIX: &str = "Cancelled: ";

/// Content lines with STATUS set to CANCELLED, added when the event had no STATUS, and the
/// SUMMARY saying so.
fn cancelled_content(content: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = content
        .iter()
        .map(|l| match prop_name(l) {
            "STATUS" => "STATUS:CANCELLED".to_string(),
            "SUMMARY" if !prop_value(l).starts_with(CANCELLED_PREFIX) => {
                let value = prop_value(l);
                let name = &l[..l.len() - value.len()];
                format!("{name}{CANCELLED_PREFIX}{value}")
            }
            _ => l.clone(),
        })
        .collect();
    if !lines.iter().any(|l| prop_name(l) == "STATUS") {
        lines.push("STATUS:CANCELLED".to_string());
    }
    lines
}

/// BEGIN:VCALENDAR and the calendar's properties, unfolded (no END:VCALENDAR). `METHOD`
/// only for an iTIP object (a mail attachment): without it the file is what RFC 5545 §3.7.2
/// calls a snapshot of calendar information, which is what a subscribed feed is
/// (docs/calendar-standards.md).
fn calendar_header(course: &Course, variant: Variant, itip: bool) -> Vec<String> {
    let name = match course.term {
        Some(t) => format!("{} ({t}){}", course.display_name(), variant.label(course)),
        None => format!("{}{}", course.display_name(), variant.label(course)),
    };
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        concat!(
            "-//coursecal//coursecal ",
            env!("CARGO_PKG_VERSION"),
            "//EN"
        ),
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    if itip {
        cal.append_property(Property::new("METHOD", "PUBLISH"));
    }
    cal.append_property(Property::new("NAME", escape_text(&name)));
    cal.append_property(Property::new("X-WR-CALNAME", name.as_str()));
    cal.append_property(Property::new("X-WR-TIMEZONE", course.timezone.name()));
    let mut refresh = Property::new("REFRESH-INTERVAL", course.refresh.as_str());
    refresh.add_parameter("VALUE", "DURATION");
    cal.append_property(refresh);
    cal.append_property(Property::new("X-PUBLISHED-TTL", course.refresh.as_str()));
    if let Some(base) = &course.feed_url {
        cal.append_property(Property::new(
            "URL",
            format!(
                "{}/{}",
                base.trim_end_matches('/'),
                variant.file_name(course)
            ),
        ));
    }
    unfold(&cal.to_string())
        .into_iter()
        .filter(|l| l != "END:VCALENDAR")
        .collect()
}

/// One VTIMEZONE per TZID the events use (cancelled ones from earlier builds included),
/// covering every time written with it.
fn vtimezones(vevents: &[Vec<String>]) -> String {
    let mut ranges: BTreeMap<String, (DateTime<Utc>, DateTime<Utc>)> = BTreeMap::new();
    for (tzid, at) in vevents.iter().flatten().filter_map(|l| zoned_time(l)) {
        let e = ranges.entry(tzid).or_insert((at, at));
        e.0 = e.0.min(at);
        e.1 = e.1.max(at);
    }
    let mut out = String::new();
    for (tzid, (from, to)) in &ranges {
        if let Ok(zone) = tzid.parse::<chrono_tz::Tz>() {
            out.push_str(&vtimezone(zone, *from, *to + Duration::days(1)));
        }
    }
    out
}

/// The TZID and instant of a DTSTART or DTEND line with a TZID; `None` for any other line
/// and for values this crate did not write (they get no VTIMEZONE from us).
fn zoned_time(line: &str) -> Option<(String, DateTime<Utc>)> {
    if !matches!(prop_name(line), "DTSTART" | "DTEND") {
        return None;
    }
    let tzid = line
        .split(";TZID=")
        .nth(1)
        .and_then(|r| r.split([':', ';']).next())?;
    let zone = tzid.parse::<chrono_tz::Tz>().ok()?;
    let local = NaiveDateTime::parse_from_str(prop_value(line), "%Y%m%dT%H%M%S").ok()?;
    let at = crate::model::local_datetime(zone, local).with_timezone(&Utc);
    Some((tzid.to_string(), at))
}

/// A calendar holding one event with the same UID and SEQUENCE as in the published feed, for
/// a mail attachment: an iTIP `PUBLISH` (the part's MIME `method` must match its METHOD, and
/// some mail clients show no "add to calendar" without one), so it names `organizer` (an
/// email address) with the course's name as `CN`, as RFC 5546 requires of a PUBLISH.
pub fn single_event(
    course: &Course,
    event: &Event,
    previous: &Previous,
    now: DateTime<Utc>,
    organizer: &str,
) -> String {
    let uids = published_uids(course, previous);
    let mut one = course.clone();
    one.events = vec![event.clone()];
    let mut prev = Previous::default();
    let uid = uids.get(&event.uid).unwrap_or(&event.uid);
    if let Some(p) = previous.events.get(uid) {
        prev.events.insert(uid.clone(), p.clone());
    }
    let publish = Publish {
        organizer: organizer_line(&course.display_name(), organizer),
        stamp: ical_utc(now),
    };
    render_calendar(&one, Variant::All, &prev, now, Some(&publish), &uids).ics
}

/// Adds the ORGANIZER line in its sorted place and sets DTSTAMP to the object's creation
/// time (RFC 5545 §3.8.7.2: with METHOD, that is what DTSTAMP means). Neither enters the
/// content compared with the published feed, so neither moves SEQUENCE.
fn as_published(vevent: &mut Vec<String>, p: &Publish) {
    for line in vevent.iter_mut() {
        if prop_name(line) == "DTSTAMP" {
            *line = format!("DTSTAMP:{}", p.stamp);
        }
    }
    let at = vevent
        .iter()
        .position(|l| l != "BEGIN:VEVENT" && prop_name(l) > "ORGANIZER")
        .unwrap_or(vevent.len().saturating_sub(1));
    vevent.insert(at, p.organizer.clone());
}

/// `ORGANIZER;CN=<name>:mailto:<address>`. A parameter value holding `:`, `;` or `,` must be
/// quoted, and none may hold a DQUOTE or a control character (RFC 5545 §3.1, §3.2): those
/// become `'` and a space (RFC 6868's `^'` is read literally by most clients).
pub fn organizer_line(name: &str, address: &str) -> String {
    let cn: String = name
        .chars()
        .map(|c| match c {
            '"' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let cn = if cn.contains([':', ';', ',']) {
        format!("\"{cn}\"")
    } else {
        cn
    };
    format!("ORGANIZER;CN={cn}:mailto:{}", mailto_address(address))
}

/// An address as the `addr-spec` of a `mailto:` URI (RFC 6068 §2): characters a URI may not
/// hold there are percent-encoded, byte by byte.
pub fn mailto_address(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    for b in address.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"!$'*+=-._~@".contains(&b);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_never_exceeds_75_octets_nor_splits_a_character() {
        for line in [
            "DESCRIPTION:".to_string() + &"a".repeat(61) + &" b".repeat(40),
            "SUMMARY:".to_string() + &"Ödev 2 — Derin Öğrenme, ığüşçö İ ".repeat(6),
            "X:".to_string() + &"😀".repeat(50),
        ] {
            let mut out = String::new();
            fold_line(&line, &mut out);
            for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
                assert!(
                    physical.len() <= 75,
                    "{} octets: {physical:?}",
                    physical.len()
                );
            }
            assert_eq!(unfold(&out), vec![line.clone()]);
        }
    }

    #[test]
    fn text_escaping_covers_backslash_semicolon_comma_and_newlines() {
        assert_eq!(
            escape_text("a\\b;c,d\r\ne\rf\ng"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
    }

    #[test]
    fn a_deadline_at_23_59_ends_at_midnight_not_the_next_day() {
        let tz = chrono_tz::Europe::Istanbul;
        let s = tz.with_ymd_and_hms(2022, 11, 22, 23, 59, 0).unwrap();
        assert_eq!(
            deadline_end(s),
            tz.with_ymd_and_hms(2022, 11, 23, 0, 0, 0).unwrap()
        );
        let s = tz.with_ymd_and_hms(2022, 11, 22, 17, 0, 0).unwrap();
        assert_eq!(
            deadline_end(s),
            tz.with_ymd_and_hms(2022, 11, 22, 17, 15, 0).unwrap()
        );
    }

    #[test]
    fn the_calendar_name_is_escaped_like_every_text_value() {
        let course = Course {
            id: "c".into(),
            code: "CS 1".into(),
            name: "Data, Models; Proofs".into(),
            term: None,
            term_slug: "t".into(),
            timezone: chrono_tz::UTC,
            url: None,
            feed_url: None,
            refresh: "PT6H".into(),
            sections: Vec::new(),
            events: Vec::new(),
            warnings: Vec::new(),
        };
        let header = calendar_header(&course, Variant::All, false);
        assert!(
            header.contains(&"X-WR-CALNAME:CS 1 Data\\, Models\\; Proofs".to_string()),
            "{header:?}"
        );
        assert!(header.contains(&"NAME:CS 1 Data\\, Models\\; Proofs".to_string()));
    }

    #[test]
    fn a_whole_feed_passes_the_check_and_damaged_ones_do_not() {
        let good = "BEGIN:VCALENDAR\r\nPRODID:-//coursecal//coursecal 0.1.0//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nSEQUENCE:2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(check_previous(good), Ok(()));
        let foreign = good.replace("//coursecal//", "//Google Inc//");
        assert!(
            check_previous(&foreign)
                .unwrap_err()
                .reason
                .contains("not written by coursecal")
        );
        let open = good.replace("END:VEVENT\r\n", "");
        assert!(
            check_previous(&open)
                .unwrap_err()
                .reason
                .contains("no END:VEVENT")
        );
        let seq = good.replace("SEQUENCE:2", "SEQUENCE:-1");
        assert_eq!(check_previous(&seq).unwrap_err().line, Some(5));
        assert!(
            check_previous("  \r\n")
                .unwrap_err()
                .reason
                .contains("empty")
        );
    }

    #[test]
    fn an_organizer_name_is_quoted_only_when_it_must_and_never_holds_a_dquote() {
        assert_eq!(
            organizer_line("CEng 501 Deep Learning", "emre@example.edu"),
            "ORGANIZER;CN=CEng 501 Deep Learning:mailto:emre@example.edu"
        );
        assert_eq!(
            organizer_line("Data, \"Models\"; Proofs: 1\n", "a+b@x.org"),
            "ORGANIZER;CN=\"Data, 'Models'; Proofs: 1 \":mailto:a+b@x.org"
        );
        assert_eq!(mailto_address("we?ird%#@x.org"), "we%3Fird%25%23@x.org");
    }

    #[test]
    fn the_attachment_is_a_publish_with_an_organizer_and_keeps_the_feeds_sequence() {
        let course = crate::course::build::reference_course(&Default::default());
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let first = render(
            &course,
            Variant::All,
            &Previous::default(),
            at("2022-09-01T00:00:00Z"),
        );
        let mut moved = course.clone();
        let hw2 = moved
            .events
            .iter_mut()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        if let When::Timed { start, .. } = &mut hw2.when {
            *start += Duration::days(1);
        }
        let prev = read_previous(&first.ics);
        let feed = render(&moved, Variant::All, &prev, at("2022-10-01T00:00:00Z"));
        assert!(!feed.ics.contains("METHOD:") && !feed.ics.contains("ORGANIZER"));
        let event = moved
            .events
            .iter()
            .find(|e| e.key == "deadline-hw2")
            .unwrap();
        let published = read_previous(&feed.ics);
        let ics = single_event(
            &moved,
            event,
            &published,
            at("2022-11-20T00:00:00Z"),
            "emre@x.org",
        );
        let lines = unfold(&ics);
        for want in [
            "METHOD:PUBLISH",
            "ORGANIZER;CN=CEng 501 Deep Learning:mailto:emre@x.org",
            "SEQUENCE:1",
            "LAST-MODIFIED:20221001T000000Z",
            "DTSTAMP:20221120T000000Z",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want} in {ics}");
        }
        let body: Vec<&str> = lines
            .iter()
            .skip_while(|l| *l != "BEGIN:VEVENT")
            .skip(1)
            .take_while(|l| *l != "END:VEVENT")
            .map(|l| prop_name(l))
            .collect();
        assert!(body.contains(&"ORGANIZER"), "{body:?}");
        assert!(body.windows(2).all(|w| w[0] <= w[1]), "sorted: {body:?}");
    }

    #[test]
    fn a_cancelled_event_says_so_in_its_summary_once() {
        let content = vec![
            "SUMMARY:CEng 501 · W5 · Attention".to_string(),
            "STATUS:CONFIRMED".to_string(),
        ];
        let once = cancelled_content(&content);
        assert_eq!(
            once,
            [
                "SUMMARY:Cancelled: CEng 501 · W5 · Attention",
                "STATUS:CANCELLED"
            ]
        );
        assert_eq!(
            cancelled_content(&once),
            once,
            "a second cancellation adds nothing"
        );
    }
}
