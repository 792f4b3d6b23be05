//! Reading a syllabus as published (text out of a PDF or a web page) into dated events.
//!
//! The parser never guesses silently: every line it sets aside becomes a [`Warning`]
//! with its line number, and input it cannot use at all is a [`SyllabusError`].
//!
//! # The pipeline
//!
//! | stage | what it does | modules |
//! |---|---|---|
//! | 1. decode | bytes to text, text to clean lines | [`decode`](decode()), `text` |
//! | 2. layout | the document's format (web page, Markdown, text) to lines; each line to a row of cells | `layout` (`document` picks the format: `html`, `latex`, `markdown`, `sections`, `cell_lines`; one reader per line layout: `pipe`, `tabbed`, `aligned`; `prose` for lists and paragraphs) |
//! | 3. rows | header roles, the date column, continuation lines, week numbers and repair, days off | `rows` (`roles`, `date_column`, `content`, `continuation`, `weeks`, `days_off`) |
//! | 4. recognisers | dates and terms, clock times, activities, the course, lecture meetings, grading | [`dates`], `times`, `activity`, `course`, `meetings`, `grading` |
//! | 5. events | lectures, activities and their weights, keyed and named by `ids` | `events` (`lectures`, `activities`, `weights`), `ids` |
//!
//! Every word of every language the stages read is in `lexicon`; the reading context they
//! share (term, date order, warnings) is `context`; the errors are `error`.
//!
//! - A new input format (HTML, PDF) is one new `layout` reader, listed in `layout::READERS`.
//! - A new language or spelling is an edit to `lexicon`; a new date form also touches `dates`.

mod activity;
mod agenda_days;
mod block_days;
mod cell_codes;
mod context;
mod course;
pub mod dates;
mod dayless_slot;
mod decode;
mod error;
mod events;
mod fold;
mod grading;
mod ids;
mod layout;
mod lean;
mod letters;
pub(crate) mod lexicon;
mod meetings;
mod memo;
mod month_day;
mod month_headings;
mod near_today;
mod new_year;
mod no_meetings;
mod not_dates;
mod other_offering;
mod pattern_hir;
mod rows;
mod section_runs;
mod spellings;
mod standing_due;
mod term_codes;
mod terms;
#[cfg(test)]
mod test_text;
pub(crate) mod text;
mod times;
mod title_year;
mod weekday_year;
mod weekdays;
mod work_codes;
mod zone;

use chrono::{Datelike, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::model::{Event, Meeting, Section, Term, Warning};
use context::Context;
use dates::DateOrder;

pub use decode::{MAX_BYTES, decode};
pub use error::SyllabusError;
pub use grading::GradeItem;
pub use ids::{key_words, slug, slug_words};
pub use zone::{StatedZone, stated_zone};

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
    /// Sections that replace the ones the syllabus lists.
    pub sections: Option<Vec<Section>>,
    /// Exam start and end, when different from the lecture slot.
    pub exam_time: Option<(NaiveTime, NaiveTime)>,
    /// Exam room, when different from the lecture room.
    pub exam_location: Option<String>,
    /// The day of the run (`--now`, or the clock, read by the shell): a syllabus whose dates
    /// never tell their year is read in the term nearest it, with a warning, rather than
    /// refused.
    pub today: Option<NaiveDate>,
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
            sections: None,
            exam_time: None,
            exam_location: None,
            today: None,
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
    /// Weekly meetings in effect (the first section's, when there are several).
    pub meetings: Vec<Meeting>,
    /// The sections, when the course is taught in several; empty for one class.
    pub sections: Vec<Section>,
    /// Grading items read.
    pub grading: Vec<GradeItem>,
    /// Events, sorted by start.
    pub events: Vec<Event>,
    /// Everything set aside or doubtful.
    pub warnings: Vec<Warning>,
}

/// Parses syllabus text into events: the stages of the pipeline in order.
///
/// The document's format (text, web page, Markdown) is told from its content; whatever it
/// is, warnings and errors name lines of the document as given.
pub fn parse(raw: &str, opts: &ParseOptions) -> Result<Parsed, SyllabusError> {
    let lines_ended = decode::newline_ends(raw);
    let visible = decode::without_invisible(&lines_ended);
    let visible = decode::composed(&visible);
    let visible = decode::narrow_digits(&visible);
    let visible = decode::wrapped_meridiem(&visible);
    let doc = layout::Document::read(&visible);
    let at_source = |line: usize| doc.source_line(line);
    let mut parsed = memo::within(|| {
        not_dates::read_setting_aside(&doc.text, |t| parse_lines(t, opts), |p| &mut p.warnings)
    })
    .map_err(|e| e.at_source_line(at_source))?;
    for w in &mut parsed.warnings {
        w.line = at_source(w.line);
    }
    parsed.warnings.sort_by_key(|w| w.line);
    Ok(parsed)
}

/// The lines with what a reader takes from their context written into them: work codes as
/// their verbs, agenda items and a block course's numbered days dated.
fn rewritten(mut lines: Vec<String>) -> Vec<String> {
    // Work marked by codes its legend defines ("PS1 (ho)" under "ho: hand out").
    if let Some(expanded) = work_codes::expanded(&lines) {
        lines = expanded;
    }
    // A day's agenda under its heading: each row dated by the heading (see `agenda_days`).
    if let Some(dated) = agenda_days::dated(&lines) {
        lines = dated;
    } else if let Some(dated) = agenda_days::dated_items(&lines) {
        lines = dated;
    }
    // A block course's numbered days under its period: each dated (see `block_days`).
    if let Some(dated) = block_days::dated(&lines) {
        lines = dated;
    }
    lines
}

/// Parses the document's text, as its readers laid it out in lines.
fn parse_lines(raw: &str, opts: &ParseOptions) -> Result<Parsed, SyllabusError> {
    let mut lines = rewritten(decode::lines(raw)?);
    let mut laid_out = layout::read(&lines);
    let mut cx = Context::settle(&lines, &laid_out, opts);
    let mut table = match rows::read_layout(&laid_out, &mut cx) {
        // Days written under their month ("## July", then "- Mon 3: ..."; a table's month
        // rows): dated rows once each carries its month, before any reading of last resort.
        Err(SyllabusError::NoSchedule) if let Some(dated) = month_headings::dated(&lines) => {
            lines = dated;
            laid_out = layout::read(&lines);
            cx = Context::settle(&lines, &laid_out, opts);
            rows::read_table(&laid_out, &mut cx)?
        }
        Err(SyllabusError::NoSchedule) => rows::read_after_layout(&laid_out, &mut cx)?,
        table => table?,
    };
    let course = course::identify(&lines, opts);
    let numbered: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l.clone()))
        .collect();
    let (mut meetings, sections) = meetings::lecture_meetings(
        &numbered,
        table.start,
        &meetings::schedule_days(&table.rows),
        opts,
        &mut cx,
    );
    if meetings.is_empty() && sections.is_empty() && opts.meetings.is_none() {
        let header = &numbered[..table.start.saturating_sub(1).min(numbered.len())];
        meetings = dayless_slot::meetings(header, &table.rows, &mut cx);
        if meetings.is_empty() {
            no_meetings::apply(header, &mut table.rows, &mut cx);
        }
    }
    let line_sections = meetings::lines_naming(&numbered, &sections);
    let grading = grading::find_grading(&numbered);
    // Without a term, UIDs carry the year of the first row.
    let term_slug = cx.term.map_or_else(
        || {
            table
                .rows
                .first()
                .map(|r| r.date)
                .or(table.activities.first().map(|a| a.row_date))
                .map_or_else(String::new, |d| d.year().to_string())
        },
        |t| t.slug(),
    );
    let events = events::Builder::new(&course.id, &term_slug, &meetings, opts)
        .with_sections(&sections, line_sections)
        .with_standing_due(cx.standing_due)
        .with_due_hour(cx.due_hour)
        .build(&table, &grading, &mut cx)?;
    meetings::warn_untimed_lectures(&meetings, &sections, &events, &mut cx);
    cx.warnings.sort_by_key(|w| w.line);
    Ok(Parsed {
        code: course.code,
        name: course.name,
        course_id: course.id,
        term: cx.term,
        term_slug,
        meetings,
        sections,
        grading,
        events,
        warnings: cx.warnings,
    })
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
    fn a_syllabus_ending_its_lines_with_a_carriage_return_alone_reads_as_with_newlines() {
        assert!(!REFERENCE.contains('\r'));
        let (lf, cr) = (
            parse(REFERENCE, &opts()).unwrap(),
            parse(&REFERENCE.replace('\n', "\r"), &opts()).unwrap(),
        );
        assert_eq!(cr.events, lf.events);
        let lines = |p: &Parsed| p.warnings.iter().map(|w| w.line).collect::<Vec<_>>();
        assert_eq!(lines(&cr), lines(&lf));
    }

    #[test]
    fn parsing_twice_gives_identical_events() {
        assert_eq!(
            parse(REFERENCE, &opts()).unwrap().events,
            parse(REFERENCE, &opts()).unwrap().events
        );
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
