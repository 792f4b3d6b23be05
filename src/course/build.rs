//! A course: its syllabus read with its course file, and the course file's overrides applied.

use chrono::{Duration, NaiveTime};
use chrono_tz::Tz;

use crate::course::file::{CourseFile, LocalWhen};
use crate::model::Term;
use crate::model::{Course, Warning, local_datetime};
use crate::model::{Event, When, make_uid};
use crate::syllabus::{self, ParseOptions, Parsed};

/// An override in the course file that does not fit the syllabus.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct OverrideError {
    /// Line in the course file.
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// What was wrong with the course: the syllabus or an override.
#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    /// The syllabus could not be read.
    #[error(transparent)]
    Syllabus(#[from] syllabus::SyllabusError),
    /// An override names an event that does not exist.
    #[error(transparent)]
    Override(#[from] OverrideError),
}

/// Options from the command line that beat the course file.
#[derive(Debug, Clone, Default)]
pub struct CliOverrides {
    /// `--term`.
    pub term: Option<Term>,
    /// `--timezone`.
    pub timezone: Option<Tz>,
    /// The day of the run (`--now` or the clock), for a syllabus that never tells its year.
    pub today: Option<chrono::NaiveDate>,
}

/// Reads the syllabus text with the course file's settings and applies its overrides.
pub fn build(file: &CourseFile, text: &str, cli: &CliOverrides) -> Result<Course, CourseError> {
    let defaults = ParseOptions::default();
    // A zone the syllabus states is the default; one given by the user wins, with a warning.
    let stated = syllabus::stated_zone(text);
    let tz = cli
        .timezone
        .or(file.timezone)
        .or(stated.as_ref().map(|s| s.zone))
        .unwrap_or(defaults.timezone);
    let opts = ParseOptions {
        course_id: file.id.clone(),
        term: cli.term.or(file.term),
        timezone: tz,
        due_time: file.due_time.unwrap_or(defaults.due_time),
        date_order: file.date_order,
        meetings: file.meetings.clone(),
        sections: file.sections.clone(),
        exam_time: file.exam_time,
        exam_location: file.exam_location.clone(),
        today: cli.today,
    };
    let parsed = syllabus::parse(text, &opts)?;
    let Parsed {
        code,
        name,
        course_id,
        term,
        term_slug,
        sections,
        events,
        mut warnings,
        ..
    } = parsed;
    if let Some(w) = stated.and_then(|s| zone_disagrees(&s, tz)) {
        warnings.push(w);
    }
    // Without a code the course is called by its name (the syllabus's title, or the course
    // file's): "Datenbanken · W3 · SQL", "[Datenbanken] ...", not "COURSE · ...".
    let code = file.code.clone().or(code);
    let name = file.name.clone().or(name).unwrap_or_default();
    let code = code.unwrap_or_else(|| {
        if name.is_empty() {
            course_id.to_uppercase()
        } else {
            name.clone()
        }
    });
    let mut course = Course {
        id: course_id,
        code,
        name,
        term,
        term_slug,
        timezone: tz,
        url: file.url.clone(),
        feed_url: file.feed_url.clone(),
        refresh: file.refresh.clone().unwrap_or_else(|| "PT6H".to_string()),
        sections,
        events,
        warnings,
    };
    apply_overrides(&mut course, file)?;
    rename_repeated_keys(&mut course);
    course.warnings.sort_by_key(|w| w.line);
    Ok(course)
}

/// A warning when the zone the syllabus states is not the course's (their clocks differ in
/// January or July): its times would be read an hour or more off.
fn zone_disagrees(stated: &syllabus::StatedZone, tz: Tz) -> Option<Warning> {
    use chrono::{Offset, TimeZone};
    let offsets = |z: Tz| {
        [1, 7].map(|month| {
            chrono::NaiveDate::from_ymd_opt(2025, month, 15)
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .map(|t| z.offset_from_utc_datetime(&t).fix())
        })
    };
    (offsets(stated.zone) != offsets(tz)).then(|| Warning {
        line: stated.line,
        message: format!(
            "the syllabus gives its times in {} ({}), but the course's zone is {}; times are read in {}; if the syllabus is right, pass --timezone {} or set timezone in the course file",
            stated.written,
            stated.zone.name(),
            tz.name(),
            tz.name(),
            stated.zone.name()
        ),
    })
}

/// Two events with one key would share a UID: the later ones get a suffix, and a warning.
fn rename_repeated_keys(course: &mut Course) {
    let mut seen = std::collections::BTreeSet::new();
    let (id, term_slug) = (course.id.clone(), course.term_slug());
    for e in &mut course.events {
        if seen.insert(e.key.clone()) {
            continue;
        }
        let mut n = 2;
        while seen.contains(&format!("{}-{n}", e.key)) {
            n += 1;
        }
        let renamed = format!("{}-{n}", e.key);
        course.warnings.push(Warning {
            line: e.source_line.unwrap_or(0),
            message: format!("a second event would have the key {}; it is {renamed} instead (check the week numbers)", e.key),
        });
        e.uid = make_uid(&id, &term_slug, &renamed);
        e.former_key = e.former_key.take().map(|f| format!("{f}-{n}"));
        e.key = renamed.clone();
        seen.insert(renamed);
    }
}

fn known_keys(events: &[Event]) -> String {
    let keys: Vec<&str> = events.iter().map(|e| e.key.as_str()).collect();
    keys.join(", ")
}

fn to_when(
    tz: Tz,
    w: LocalWhen,
    end: Option<LocalWhen>,
    keep_time: Option<(NaiveTime, Option<Duration>)>,
) -> When {
    match (w, keep_time) {
        (LocalWhen::Date(d), None) => When::AllDay(d),
        (LocalWhen::Date(d), Some((t, len))) => {
            let start = local_datetime(tz, d.and_time(t));
            When::Timed {
                start,
                end: len.map(|l| start + l),
            }
        }
        (LocalWhen::DateTime(dt), keep) => {
            let start = local_datetime(tz, dt);
            let end = match end {
                Some(LocalWhen::DateTime(e)) => Some(local_datetime(tz, e)),
                Some(LocalWhen::Date(_)) => None,
                None => keep.and_then(|(_, len)| len).map(|l| start + l),
            };
            When::Timed {
                start,
                end: end.filter(|e| *e > start),
            }
        }
    }
}

fn apply_overrides(course: &mut Course, file: &CourseFile) -> Result<(), OverrideError> {
    apply_cancels(course, file)?;
    apply_moves(course, file)?;
    apply_additions(course, file)?;
    // Moves and additions break the syllabus's order; the feed and the plan expect it.
    let tz = course.timezone;
    course
        .events
        .sort_by(|a, b| a.sort_key(tz).cmp(&b.sort_key(tz)));
    Ok(())
}

/// `[[cancel]]`: the event stays, marked cancelled, so subscribers see it cancelled.
fn apply_cancels(course: &mut Course, file: &CourseFile) -> Result<(), OverrideError> {
    for (key, line) in &file.cancel {
        let keys = known_keys(&course.events);
        let ev = course.events.iter_mut().find(|e| &e.key == key).ok_or_else(|| OverrideError {
            line: *line,
            message: format!("[[cancel]] names \"{key}\", which is not an event of this course; known events: {keys}"),
        })?;
        ev.cancelled = true;
    }
    Ok(())
}

/// `[[move]]`: a new date keeps the event's time and length unless the move gives them.
fn apply_moves(course: &mut Course, file: &CourseFile) -> Result<(), OverrideError> {
    let tz = course.timezone;
    for m in &file.moves {
        let keys = known_keys(&course.events);
        let ev = course.events.iter_mut().find(|e| e.key == m.event).ok_or_else(|| OverrideError {
            line: m.line,
            message: format!("[[move]] names \"{}\", which is not an event of this course; known events: {keys}", m.event),
        })?;
        let keep = match ev.when {
            When::AllDay(_) => None,
            When::Timed { start, end } => Some((start.time(), end.map(|e| e - start))),
        };
        ev.when = to_when(tz, m.to, m.end, keep);
        if let Some(l) = &m.location {
            ev.location = Some(l.clone());
        }
    }
    Ok(())
}

/// `[[add]]`: new events, keyed `kind-slug(title)` unless the course file gives a key.
fn apply_additions(course: &mut Course, file: &CourseFile) -> Result<(), OverrideError> {
    let tz = course.timezone;
    for (n, a) in file.add.iter().enumerate() {
        let keyed = |slug: String| {
            a.key.clone().unwrap_or_else(|| {
                if slug.is_empty() {
                    format!("{}-added-{}", a.kind, n + 1)
                } else {
                    format!("{}-{slug}", a.kind)
                }
            })
        };
        let key = keyed(crate::syllabus::key_words(&a.title));
        // Before every letter was kept, titles were folded as section names still are.
        let former = keyed(crate::syllabus::slug_words(&a.title));
        if course.events.iter().any(|e| e.key == key) {
            return Err(OverrideError {
                line: a.line,
                message: format!(
                    "[[add]] would make a second event with key \"{key}\"; give it its own key = \"...\" (or use [[move]] to change the existing one)"
                ),
            });
        }
        let when = to_when(tz, a.start, a.end, None);
        let former_key = (former != key).then_some(former);
        course.events.push(Event {
            uid: make_uid(&course.id, &course.term_slug(), &key),
            key,
            kind: a.kind,
            title: a.title.clone(),
            description: a.description.clone().unwrap_or_default(),
            when,
            timezone: tz,
            location: a.location.clone(),
            week: None,
            homework: None,
            source_line: None,
            cancelled: false,
            section: None,
            former_key,
        });
    }
    Ok(())
}

/// The bundled reference syllabus (METU CEng 501, Fall 2022), for tests of the layers above.
#[cfg(test)]
pub(crate) const REFERENCE_SYLLABUS: &str = include_str!("../../schedule/ceng501-fall2022.txt");

/// The reference course read with `file`, for tests of the layers above.
#[cfg(test)]
pub(crate) fn reference_course(file: &CourseFile) -> Course {
    build(file, REFERENCE_SYLLABUS, &CliOverrides::default()).expect("the reference syllabus reads")
}
