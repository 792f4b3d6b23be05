//! The parsed course, kept in the ledger beside the last good sources (`remind::last_good`),
//! so that a pass on sources that have not changed since the last one (`remind` from cron
//! every 15 minutes, `plan` by hand) reads the course's events instead of parsing the
//! syllabus again: parsing compiles some hundred patterns, a hundred times the cost of
//! everything else the pass does.
//!
//! A kept parse is used only under its [`key`]: the sources' hash, the parser's identity and
//! the command line's overrides, all three unchanged. The row carries a [`check`] of its key
//! and its text; a row that fails the check, or does not decode, is not used (the syllabus is
//! parsed again), never trusted.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, NaiveTime, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::model::{Course, Event, EventKind, Meeting, Season, Section, Term, Warning, When};
use crate::remind::last_good::sha256_of_parts;

/// The identity of the parser this coursecal was built with: a hash of the syllabus and course
/// layers (with the lexicon), the model, and the locked dependencies, set by `build.rs`. Part of
/// every [`key`], so a coursecal whose parser reads a syllabus differently (a new release, a
/// lexicon edit) never reuses a parse an older one kept.
pub const PARSER_ID: &str = env!("COURSECAL_PARSER_ID");

/// A course as parsed from its sources, to be kept in its ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedCourse {
    /// The absolute path the course was named by: the row's key, as for the last good version.
    pub course: PathBuf,
    /// The [`key`] it was parsed under.
    pub key: String,
    /// The course, [`encode`]d.
    pub stored: String,
}

impl ParsedCourse {
    /// The parse of `course` (named by the absolute path `path`) under `key`.
    pub fn new(path: PathBuf, key: String, course: &Course) -> ParsedCourse {
        ParsedCourse {
            course: path,
            key,
            stored: encode(course),
        }
    }

    /// The [`check`] kept with the row.
    pub fn check(&self) -> String {
        check(&self.key, &self.stored)
    }
}

/// What a parse is kept under: the hash of the sources (`last_good::sources_hash`), the
/// parser's identity ([`PARSER_ID`]) and the command line's overrides (`--term`,
/// `--timezone`, as far as the course file leaves them in force), each length-prefixed.
pub fn key(sources_hash: &str, parser: &str, term: Option<Term>, timezone: Option<Tz>) -> String {
    let term = term.map(|t| t.to_string()).unwrap_or_default();
    let zone = timezone.map(|z| z.name()).unwrap_or_default();
    sha256_of_parts(&[
        b"coursecal parse".as_slice(),
        sources_hash.as_bytes(),
        parser.as_bytes(),
        term.as_bytes(),
        zone.as_bytes(),
    ])
}

/// The check of a kept row: its key and its text hashed together, so a row whose text was
/// damaged (or whose key was changed) no longer matches.
///
/// What it guards against is damage, not an adversary (whoever can write the ledger can
/// write any row and its check), so a fast hash does: std's SipHash with its fixed keys costs
/// a tenth of SHA-256 over the course's text, which would be a tenth of a pass that reuses
/// the parse. Should a Rust release change that hash, every check fails once and the course
/// is parsed again: the safe side.
pub fn check(key: &str, stored: &str) -> String {
    use std::hash::{DefaultHasher, Hasher as _};
    let mut hasher = DefaultHasher::new();
    for part in [key, stored] {
        hasher.write_usize(part.len());
        hasher.write(part.as_bytes());
    }
    format!("{:016x}", hasher.finish())
}

/// The course as text, for the ledger: every field, losslessly (JSON of the stored shape
/// below, not the `events --json` shape, which is for people and drops what it can derive).
pub fn encode(course: &Course) -> String {
    // Only strings, numbers and options: serialising cannot fail.
    serde_json::to_string(&StoredCourse::from(course)).unwrap_or_default()
}

/// The course [`encode`] made, or `None` when `stored` is not one (damaged, or of a shape
/// another build wrote: then its key differs as well).
pub fn decode(stored: &str) -> Option<Course> {
    serde_json::from_str::<StoredCourse>(stored)
        .ok()?
        .into_course()
}

/// A time as the instant (seconds, nanoseconds) and the zone it is shown in.
type StoredTime = (i64, u32, String);

#[derive(Serialize, Deserialize)]
struct StoredCourse {
    id: String,
    code: String,
    name: String,
    term: Option<(String, i32)>,
    term_slug: String,
    timezone: String,
    url: Option<String>,
    feed_url: Option<String>,
    refresh: String,
    sections: Vec<StoredSection>,
    events: Vec<StoredEvent>,
    warnings: Vec<(usize, String)>,
}

#[derive(Serialize, Deserialize)]
struct StoredSection {
    name: String,
    slug: String,
    meetings: Vec<(Weekday, NaiveTime, NaiveTime, Option<String>)>,
    exam_time: Option<(NaiveTime, NaiveTime)>,
    exam_location: Option<String>,
    roster_group: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct StoredEvent {
    key: String,
    uid: String,
    kind: String,
    title: String,
    description: String,
    all_day: Option<NaiveDate>,
    start: Option<StoredTime>,
    end: Option<StoredTime>,
    timezone: String,
    location: Option<String>,
    week: Option<u32>,
    homework: Option<String>,
    source_line: Option<usize>,
    cancelled: bool,
    section: Option<String>,
    /// The key coursecal made before keys kept every letter: feeds and old ledgers know the
    /// event by it.
    former_key: Option<String>,
}

fn season_name(s: Season) -> &'static str {
    match s {
        Season::Fall => "fall",
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Winter => "winter",
    }
}

fn season(name: &str) -> Option<Season> {
    [Season::Fall, Season::Spring, Season::Summer, Season::Winter]
        .into_iter()
        .find(|s| season_name(*s) == name)
}

fn stored_time(t: &DateTime<Tz>) -> StoredTime {
    (
        t.timestamp(),
        t.timestamp_subsec_nanos(),
        t.timezone().name().to_string(),
    )
}

fn time((secs, nanos, zone): &StoredTime) -> Option<DateTime<Tz>> {
    Some(DateTime::from_timestamp(*secs, *nanos)?.with_timezone(&zone.parse::<Tz>().ok()?))
}

impl From<&Course> for StoredCourse {
    fn from(c: &Course) -> StoredCourse {
        StoredCourse {
            id: c.id.clone(),
            code: c.code.clone(),
            name: c.name.clone(),
            term: c.term.map(|t| (season_name(t.season).to_string(), t.year)),
            term_slug: c.term_slug.clone(),
            timezone: c.timezone.name().to_string(),
            url: c.url.clone(),
            feed_url: c.feed_url.clone(),
            refresh: c.refresh.clone(),
            sections: c.sections.iter().map(StoredSection::from).collect(),
            events: c.events.iter().map(StoredEvent::from).collect(),
            warnings: c
                .warnings
                .iter()
                .map(|w| (w.line, w.message.clone()))
                .collect(),
        }
    }
}

impl StoredCourse {
    fn into_course(self) -> Option<Course> {
        let term = match self.term {
            Some((s, year)) => Some(Term {
                season: season(&s)?,
                year,
            }),
            None => None,
        };
        Some(Course {
            id: self.id,
            code: self.code,
            name: self.name,
            term,
            term_slug: self.term_slug,
            timezone: self.timezone.parse().ok()?,
            url: self.url,
            feed_url: self.feed_url,
            refresh: self.refresh,
            sections: self.sections.into_iter().map(Section::from).collect(),
            events: self
                .events
                .into_iter()
                .map(StoredEvent::into_event)
                .collect::<Option<_>>()?,
            warnings: self
                .warnings
                .into_iter()
                .map(|(line, message)| Warning { line, message })
                .collect(),
        })
    }
}

impl From<&Section> for StoredSection {
    fn from(s: &Section) -> StoredSection {
        StoredSection {
            name: s.name.clone(),
            slug: s.slug.clone(),
            meetings: s
                .meetings
                .iter()
                .map(|m| (m.day, m.start, m.end, m.location.clone()))
                .collect(),
            exam_time: s.exam_time,
            exam_location: s.exam_location.clone(),
            roster_group: s.roster_group.clone(),
        }
    }
}

impl From<StoredSection> for Section {
    fn from(s: StoredSection) -> Section {
        Section {
            name: s.name,
            slug: s.slug,
            meetings: s
                .meetings
                .into_iter()
                .map(|(day, start, end, location)| Meeting {
                    day,
                    start,
                    end,
                    location,
                })
                .collect(),
            exam_time: s.exam_time,
            exam_location: s.exam_location,
            roster_group: s.roster_group,
        }
    }
}

impl From<&Event> for StoredEvent {
    fn from(e: &Event) -> StoredEvent {
        let (all_day, start, end) = match &e.when {
            When::AllDay(d) => (Some(*d), None, None),
            When::Timed { start, end } => {
                (None, Some(stored_time(start)), end.map(|t| stored_time(&t)))
            }
        };
        StoredEvent {
            key: e.key.clone(),
            uid: e.uid.clone(),
            kind: e.kind.as_str().to_string(),
            title: e.title.clone(),
            description: e.description.clone(),
            all_day,
            start,
            end,
            timezone: e.timezone.name().to_string(),
            location: e.location.clone(),
            week: e.week,
            homework: e.homework.clone(),
            source_line: e.source_line,
            cancelled: e.cancelled,
            section: e.section.clone(),
            former_key: e.former_key.clone(),
        }
    }
}

impl StoredEvent {
    fn into_event(self) -> Option<Event> {
        let when = match (self.all_day, &self.start) {
            (Some(d), None) => When::AllDay(d),
            (None, Some(start)) => When::Timed {
                start: time(start)?,
                end: match &self.end {
                    Some(t) => Some(time(t)?),
                    None => None,
                },
            },
            _ => return None,
        };
        Some(Event {
            key: self.key,
            uid: self.uid,
            kind: EventKind::from_name(&self.kind)?,
            title: self.title,
            description: self.description,
            when,
            timezone: self.timezone.parse().ok()?,
            location: self.location,
            week: self.week,
            homework: self.homework,
            source_line: self.source_line,
            cancelled: self.cancelled,
            section: self.section,
            former_key: self.former_key,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{CliOverrides, build};

    fn course(file: &str, syllabus: &str) -> Course {
        let file = crate::course::file::parse(std::path::Path::new("c.toml"), file).unwrap();
        build(&file, syllabus, &CliOverrides::default()).unwrap()
    }

    #[test]
    fn a_course_read_back_is_the_course_that_was_kept() {
        let reference = course(
            "id = \"ceng501\"\nterm = \"Fall 2022\"\n",
            crate::course::build::REFERENCE_SYLLABUS,
        );
        assert!(reference.events.len() > 20);
        let back = decode(&encode(&reference)).unwrap();
        assert_eq!(format!("{back:?}"), format!("{reference:?}"));
    }

    #[test]
    fn sections_meetings_exam_times_and_warnings_come_back_too() {
        let mut c = course(
            "id = \"c\"\nterm = \"Spring 2025\"\ntimezone = \"America/New_York\"\n",
            "Week 1 Mar 3: Intro\nMarch 9 10:00 Quiz 1\nHomework 1 due Mar 14\n",
        );
        c.sections.push(Section {
            name: "A".into(),
            slug: "a".into(),
            meetings: vec![Meeting {
                day: Weekday::Tue,
                start: NaiveTime::from_hms_opt(9, 40, 0).unwrap(),
                end: NaiveTime::from_hms_opt(11, 30, 0).unwrap(),
                location: Some("BMB4".into()),
            }],
            exam_time: Some((
                NaiveTime::from_hms_opt(13, 30, 0).unwrap(),
                NaiveTime::from_hms_opt(16, 30, 0).unwrap(),
            )),
            exam_location: None,
            roster_group: Some("g1".into()),
        });
        c.warnings.push(Warning {
            line: 3,
            message: "a warning — with a dash".into(),
        });
        c.events[0].section = Some("A".into());
        c.events[0].cancelled = true;
        c.events[0].former_key = Some("lecture-bung-1".into());
        let back = decode(&encode(&c)).unwrap();
        assert_eq!(format!("{back:?}"), format!("{c:?}"));
    }

    #[test]
    fn a_damaged_or_foreign_text_decodes_to_nothing() {
        let text = encode(&course("id = \"c\"\n", "Homework 1 due Mar 14 2025\n"));
        assert!(decode(&text).is_some());
        assert!(decode(&text[..text.len() - 1]).is_none());
        assert!(decode("{}").is_none());
        assert!(decode(&text.replace("\"deadline\"", "\"party\"")).is_none());
        assert!(decode(&text.replace("Europe/Istanbul", "Mars/Olympus")).is_none());
    }

    #[test]
    fn a_changed_syllabus_byte_a_new_parser_or_another_override_changes_the_key() {
        let sources = |syllabus: &[u8]| {
            crate::remind::last_good::sources_hash(
                "/c/c.toml".as_ref(),
                Some(("/c/c.toml".as_ref(), "id = \"c\"\n")),
                "/c/s.txt".as_ref(),
                syllabus,
            )
        };
        let base = key(&sources(b"Week 1"), PARSER_ID, None, None);
        assert_eq!(base, key(&sources(b"Week 1"), PARSER_ID, None, None));
        assert_ne!(base, key(&sources(b"Week 2"), PARSER_ID, None, None));
        assert_ne!(base, key(&sources(b"Week 1"), "another parser", None, None));
        let fall = Term {
            season: Season::Fall,
            year: 2022,
        };
        assert_ne!(base, key(&sources(b"Week 1"), PARSER_ID, Some(fall), None));
        let zone = Some(chrono_tz::UTC);
        assert_ne!(base, key(&sources(b"Week 1"), PARSER_ID, None, zone));
        // The identity build.rs sets: a hash and the number of files it covers.
        assert!(PARSER_ID.len() > 17 && PARSER_ID.contains('-'));
    }

    #[test]
    fn the_check_follows_the_key_and_the_text() {
        let p = ParsedCourse {
            course: "/c/c.toml".into(),
            key: "k".into(),
            stored: "{}".into(),
        };
        assert_eq!(p.check(), check("k", "{}"));
        assert_ne!(p.check(), check("k2", "{}"));
        assert_ne!(p.check(), check("k", "{ }"));
    }
}
