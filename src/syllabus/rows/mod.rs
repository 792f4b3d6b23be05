//! Stage 3, rows: which rows of cells make the schedule, and what each says.
//!
//! A line is a header ([`roles`]), a dated row (its date found by [`date_column`], its
//! cells read by [`content`]), more of the row above or a line of prose
//! ([`continuation`]). Week numbers and rows out of order are settled in [`weeks`], days
//! without class in [`days_off`].

mod blank_rows;
mod bounds;
mod calendar;
mod codes;
mod content;
mod continuation;
mod date_column;
mod date_pairs;
mod day_rows;
mod days_off;
mod due_section;
mod due_table;
mod exam_section;
mod grid;
mod gutters;
mod handed_in;
mod item_table;
mod kind_columns;
mod loose;
mod metadata;
mod more_days;
mod newest_first;
mod numbered_labels;
mod off_heading;
mod off_list;
mod other_kinds;
mod outline;
mod repeats;
mod roles;
mod session;
mod time_field;
mod weekday_grid;
mod weeks;
mod weeks_off;
mod work_heading;
mod work_pairs;
mod year_weeks;

use crate::syllabus::lean::Grouped;
use crate::syllabus::lean::Lean;
use crate::syllabus::lean::lean;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::activity::Activity;
use super::dates::{DateSpan, month_number};
use super::layout::Line;
use super::{Context, SyllabusError};
use crate::model::{EventKind, Warning};
use crate::syllabus::lexicon::{LECTURE_NUMBER_PATTERN, MONTHS_AFTER_A_SLASH, TASK_LABEL};
use crate::syllabus::text::squash;
use date_column::Located;
use roles::Header;

/// Whether a label names a column of a schedule table ("Topic", "Due", "Readings"), so that a
/// reader can lay "Label: value" fields out as a table.
pub(super) fn names_a_column(label: &str) -> bool {
    roles::header_role(label).is_some()
}

pub(super) use codes::defined as kind_codes;

/// A topic struck out with a run of dashes and nothing else (`---`, `‐‐‐`): nothing is
/// planned that day, so no class (a blank topic may still be a class of the slot).
fn dashed_out(title: &str) -> bool {
    let marks: Vec<char> = title.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 2
        && marks
            .iter()
            .all(|c| matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―'))
}

/// Marks that repeat the cell above ("ditto").
const DITTO_MARKS: &[&str] = &["\"", "〃", "''", "”", "“"];

/// Lines from a dated heading to the heading under it that gives its topic (a blank between).
const HEADING_TO_TOPIC: usize = 2;

/// Years between a row's date and the term's that make the row no row of this course.
const YEARS_AWAY: i32 = 2;

/// "1/10/85, rev. 8/14/11": a date years away from the term is a revision history or a
/// citation, not a class; it is set aside with a warning.
fn years_away(date: NaiveDate, text: &str, line_no: usize, cx: &mut Context) -> bool {
    let Some(t) = cx.term else { return false };
    if (date.year() - t.year).abs() < YEARS_AWAY {
        return false;
    }
    cx.warn(
        line_no,
        format!(
            "set aside: \"{text}\" is dated {}, years away from {t}; not a schedule row",
            date.year()
        ),
    );
    true
}

/// A line that opens with office hours, list marks and a room word before them allowed
/// ("- Zoom office hours: 1:30-3:00p").
pub(crate) fn office_hours_line(t: &str) -> bool {
    let t = t.trim_start_matches(['-', '*', '•', '–', '+', ' ']);
    let after_place = t
        .split_once(' ')
        .filter(|(w, _)| {
            crate::syllabus::lexicon::ONLINE_PLACE_WORDS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
        .map_or(t, |(_, rest)| rest);
    content::OFFICE_HOURS.is_match(after_place)
}

/// One dated row of the schedule: a week, or one lecture of it.
#[derive(Debug)]
pub(super) struct WeekRow {
    pub(super) line: usize,
    pub(super) week: u32,
    /// The week number was written, not counted.
    pub(super) explicit: bool,
    pub(super) date: NaiveDate,
    pub(super) range_end: Option<NaiveDate>,
    pub(super) title: String,
    pub(super) details: Vec<String>,
    pub(super) readings: Vec<String>,
    pub(super) no_class: bool,
    /// Days without class that the row names ("no class Monday", "Midterm Wed Jan 31").
    pub(super) skip: Vec<NaiveDate>,
    /// The row's own time and room, from Time and Room columns.
    pub(super) time: Option<(NaiveTime, NaiveTime)>,
    /// Further meetings the row's own day gives ("9h30-12h15 & 13h30-16h15"), after `time`.
    pub(super) more_times: Vec<(NaiveTime, NaiveTime)>,
    pub(super) room: Option<String>,
    /// A lab or tutorial row, with the events it gives if it is not a lecture after all.
    pub(super) session: Option<Vec<Activity>>,
    /// The kind column's code no legend defines ("T", "L").
    pub(super) code: Option<String>,
    /// The table's header says the row's date opens its week ("Week of"): no meeting day.
    pub(super) week_start: bool,
    /// The row gives work due or handed out on its own date ("Review; HW 3 due"), or opens
    /// with a registrar's date ("Last day to drop"): on a day the lecture slot never meets,
    /// that is what dates the row.
    pub(super) work_day: bool,
    /// The row's topic is numbered work and nothing more ("HW 1"): on a weekday the lecture
    /// slot never meets, that work falls due that day and the row is no lecture.
    pub(super) bare_work: Option<Activity>,
    /// What the row's label cell says it is: a numbered lecture (`Some(true)`) or something
    /// else (`Some(false)`); see [`numbered_labels::apart`].
    pub(super) label_lecture: Option<bool>,
    /// The row says nothing, or only gives work due, and falls on a weekday few rows that say
    /// something (a class) fall on (see [`TableReader::empty_days_without_class`]): set no
    /// class, unless the lecture slot, which the rows do not know, meets that day.
    pub(super) blank_day: bool,
}

impl WeekRow {
    /// A row of week `week` dated `date`, read at `line`, with no text and a counted week.
    pub(super) fn new(line: usize, week: u32, date: NaiveDate) -> Self {
        WeekRow {
            line,
            week,
            explicit: false,
            date,
            range_end: None,
            title: String::new(),
            details: Vec::new(),
            readings: Vec::new(),
            no_class: false,
            skip: Vec::new(),
            time: None,
            more_times: Vec::new(),
            room: None,
            session: None,
            code: None,
            week_start: false,
            work_day: false,
            bare_work: None,
            label_lecture: None,
            blank_day: false,
        }
    }
}

#[cfg(test)]
impl WeekRow {
    /// A row for tests: week `week` dated `date`, with a written week number and no text.
    pub(in crate::syllabus) fn for_test(week: u32, date: NaiveDate) -> Self {
        WeekRow {
            explicit: true,
            ..WeekRow::new(week as usize, week, date)
        }
    }
}

/// An activity read from a row, with what the row adds to it.
#[derive(Debug)]
pub(super) struct FoundActivity {
    pub(super) line: usize,
    pub(super) act: Activity,
    pub(super) row_date: NaiveDate,
    pub(super) week: Option<u32>,
    /// The row's own time and room, for an exam without its own.
    pub(super) row_time: Option<(NaiveTime, NaiveTime)>,
    pub(super) row_room: Option<String>,
}

impl FoundActivity {
    /// Work a row gives on its date, outside the rows' reading (see `events`).
    pub(in crate::syllabus) fn on_row(
        line: usize,
        act: Activity,
        row_date: NaiveDate,
        week: Option<u32>,
    ) -> Self {
        Self::new(line, act, row_date, week)
    }

    fn new(line: usize, act: Activity, row_date: NaiveDate, week: Option<u32>) -> Self {
        FoundActivity {
            line,
            act,
            row_date,
            week,
            row_time: None,
            row_room: None,
        }
    }
}

/// The schedule as read.
pub(super) struct Table {
    pub(super) rows: Vec<WeekRow>,
    pub(super) activities: Vec<FoundActivity>,
    /// The first line of the table (its header or first row): what comes before is the
    /// syllabus's header, where the lecture slot is.
    pub(super) start: usize,
}

/// The level of a Markdown heading line: 2 for "## Week 3".
fn heading_level(line: &Line) -> Option<usize> {
    line.cells.first().and_then(|c| {
        let hashes = c.len() - c.trim_start_matches('#').len();
        ((1..=6).contains(&hashes) && c[hashes..].starts_with(' ')).then_some(hashes)
    })
}

/// A line that is a field naming the time of the row above ("- Orario: 10:30-13:30",
/// "Time: 2:00-3:15 pm").
fn labelled_time(line: &Line) -> Option<(NaiveTime, NaiveTime)> {
    let text = squash(&line.cells.join(" "));
    let Some((label, value)) = text.split_once(':') else {
        // "- **Hora** 10- 1 pm": a bold label without its colon.
        return time_field::labelled_time(&text);
    };
    let label = label
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    crate::syllabus::lexicon::HEADER_TIME
        .contains(&label.as_str())
        .then(|| crate::syllabus::times::time_cell(value))
        .flatten()
}

/// Lines a time field may stand below its dated row, blank lines included.
const TIME_FIELD_REACH: usize = 3;

/// Reads the schedule from the document's rows of cells.
pub(super) fn read_table(lines: &[Option<Line>], cx: &mut Context) -> Result<Table, SyllabusError> {
    match read_layout(lines, cx) {
        Err(SyllabusError::NoSchedule) => read_after_layout(lines, cx),
        read => read,
    }
}

/// The readings tried when no layout gave a dated row: a plan of the year's weeks, then the
/// readings of last resort.
pub(super) fn read_after_layout(
    lines: &[Option<Line>],
    cx: &mut Context,
) -> Result<Table, SyllabusError> {
    match year_plan(lines, cx) {
        Some(read) => Ok(read),
        None => read_without_layout(lines, cx),
    }
}

/// A plan numbering the weeks of the year without dates, read by those weeks' Mondays (see
/// [`year_weeks`]), with a warning saying so.
fn year_plan(lines: &[Option<Line>], cx: &mut Context) -> Option<Table> {
    let term = cx.term?;
    let (dated, first_line, monday) = year_weeks::dated(lines, &term)?;
    let warned = cx.warnings.len();
    let read = read_layout(&dated, cx).ok();
    match &read {
        Some(_) => cx.warn(
            first_line,
            format!(
                "the plan numbers its weeks without dates: read as weeks of the year (ISO), week {} starting {}; if they are the course's own weeks, give each row its date",
                monday.iso_week().week(),
                monday.format("%a %b %-d, %Y")
            ),
        ),
        None => cx.warnings.truncate(warned),
    }
    read
}

/// Reads the schedule by the layout of its rows only: `NoSchedule` (and no warning) when no
/// layout gives a dated row, so that the caller may try another reading of the lines.
pub(super) fn read_layout(
    lines: &[Option<Line>],
    cx: &mut Context,
) -> Result<Table, SyllabusError> {
    let kept = newest_first::without_notices(lines);
    let lines = kept.as_deref().unwrap_or(lines);
    let carried = day_rows::carry_dates(lines);
    let lines = carried.as_deref().unwrap_or(lines);
    let warned = cx.warnings.len();
    let read = read_with(lines, Reading::Layout, cx);
    if matches!(read, Err(SyllabusError::NoSchedule)) {
        cx.warnings.truncate(warned);
    }
    read
}

/// The readings of last resort, when no layout gave a row: every line with a date as a row,
/// or only the dated work.
pub(super) fn read_without_layout(
    lines: &[Option<Line>],
    cx: &mut Context,
) -> Result<Table, SyllabusError> {
    let kept = newest_first::without_notices(lines);
    let lines = kept.as_deref().unwrap_or(lines);
    let carried = day_rows::carry_dates(lines);
    let lines = carried.as_deref().unwrap_or(lines);
    let warned = cx.warnings.len();
    // Every line with a date is a row, if there are several.
    let dated: Vec<_> = lines.iter().flatten().filter_map(loose::parts).collect();
    if dated.len() < loose::FEWEST_ROWS {
        // A table of weeks and topics with no dates may still date its work ("Essay due Oct
        // 4"): those events stand, and nothing is guessed for the weeks.
        let work = read_with(lines, Reading::WorkOnly, cx);
        // A line of dated work or an exam that no table holds (a sentence) is still read,
        // by the loose reading below.
        if work.is_ok() || !dated.iter().any(|p| p.not_lecture) {
            return work;
        }
        cx.warnings.truncate(warned);
    }
    cx.warn(0, "the schedule's layout was not recognised (no table, list or heading of dated rows); each line holding a date is read as one row, its other words as the topic; check the events");
    read_with(lines, Reading::Loose, cx)
}

/// How the schedule is read: by its layout, every line with a date as a row (the last
/// resort), or only for the dated work when no row has a date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Layout,
    Loose,
    WorkOnly,
}

/// Reads the schedule the way `reading` says.
fn read_with(
    lines: &[Option<Line>],
    reading: Reading,
    cx: &mut Context,
) -> Result<Table, SyllabusError> {
    let mut t = TableReader {
        loose: reading == Reading::Loose,
        work_only: reading == Reading::WorkOnly,
        metadata: metadata::find(lines),
        outline: outline::find(lines),
        other_kinds: other_kinds::find(lines),
        calendar: calendar::find(lines),
        bounds: bounds::find(lines),
        date_col: date_column::vote(lines),
        running: running_lines(lines),
        pairs: work_pairs::find(lines),
        header: None,
        kind_columns: None,
        columns: gutters::find(lines),
        rows: Vec::new(),
        acts: Vec::new(),
        start: 0,
        last_was_row: false,
        last_day: None,
        cadence: Vec::new(),
        deliverables: 0,
        heading_skip: Vec::new(),
        table_from: 0,
        tables: Vec::new(),
        heading_exams: Vec::new(),
        tasks: 0,
        grid_week: None,
        header_no: 0,
        last_listed: None,
        lecture_labelled: false,
        section: None,
        due: None,
        due_work: None,
        exam: None,
        session_heading: false,
        work_heading: false,
        week_range: None,
        due_table: due_table::DueTable::default(),
        off_list: off_list::OffList::default(),
        week_off: None,
        opened_week: false,
        month_above: None,
        row_lead: None,
        loose_joined: 0,
    };
    for line in lines.iter().flatten() {
        t.line(line, cx)?;
    }
    t.finish(cx)
}

struct TableReader {
    /// The last resort: a line with a date anywhere is a row (see [`loose`]).
    loose: bool,
    /// No row has a date: only the dated work written in the document is read.
    work_only: bool,
    /// Dated lines about the document (page headers, its date): never rows.
    metadata: std::collections::BTreeMap<usize, metadata::Metadata>,
    /// Headings of a numbered outline ("2.1. Projects"): never rows.
    outline: BTreeSet<usize>,
    /// Rows whose kind column names a meeting other than the lectures beside them.
    other_kinds: BTreeSet<usize>,
    /// Line ranges that are the university's academic calendar: never rows.
    calendar: Vec<std::ops::RangeInclusive<usize>>,
    /// An important-dates list (first class, last class, no class): its lines are no rows.
    bounds: bounds::Bounds,
    date_col: Option<usize>,
    /// Space-laid lines printed again on every page (a running header with a print date).
    running: BTreeSet<String>,
    /// Header lines whose table hands the same items out in one column and in in another:
    /// those two columns (see [`work_pairs`]).
    pairs: BTreeMap<usize, (usize, usize)>,
    header: Option<Header>,
    /// A header naming each column's kind of meeting and its time (see `kind_columns`).
    kind_columns: Option<kind_columns::KindColumns>,
    /// Where each space-laid header's columns start, as its rows show (see [`gutters`]).
    columns: BTreeMap<usize, Vec<gutters::Column>>,
    rows: Vec<WeekRow>,
    acts: Vec<FoundActivity>,
    start: usize,
    /// The line before was a row or more of one: an undated line after it continues it.
    last_was_row: bool,
    /// The date of the last dated line read.
    last_day: Option<NaiveDate>,
    /// Weeks dated off their weekly step; kept only if rows are weeks (see `finish`).
    cadence: Vec<Warning>,
    /// Dated rows that were a deliverable or a session each (no lecture).
    deliverables: usize,
    /// Exams a week's heading row names, until a day row of that week names its exam.
    heading_exams: Vec<FoundActivity>,
    /// Where the table being read starts in `rows`.
    table_from: usize,
    /// Where each table after the first starts in `rows`.
    tables: Vec<usize>,
    /// Days off named by a week's heading row, kept with its first day row.
    heading_skip: Vec<NaiveDate>,
    /// Work given in words with a due-date column, numbered in order.
    tasks: u32,
    /// The last dated week of a weekday-column grid: (week number, its date).
    grid_week: Option<(u32, NaiveDate)>,
    /// The line of the last header read.
    header_no: usize,
    /// The line and last date of the row above when its date cell listed its meetings.
    last_listed: Option<(usize, NaiveDate)>,
    /// The row being read opens with a lecture's label ("Lecture 9 (Mar 14): …").
    lecture_labelled: bool,
    /// The level of the last row when it is a dated Markdown heading ("### Aula 3 - 19/08"):
    /// what follows, blank lines and headings below it all, is its section up to the next
    /// heading of its level or above.
    section: Option<usize>,
    /// A heading naming due dates was read: the rows under it are work due (see
    /// `due_section`).
    due: Option<due_section::DueSection>,
    /// The work that section's heading names ("Lab Classes" of "Lab Classes Deadlines").
    due_work: Option<String>,
    /// A heading naming the exams was read: the bare dates listed under it are those exams
    /// (see `exam_section`).
    exam: Option<exam_section::ExamSection>,
    /// The last heading names a session other than lectures ("## Labs", "## Tutorials"):
    /// the rows under it, to the next heading, are those sessions.
    session_heading: bool,
    /// The last heading names a kind of work ("## Assignments"): its rows dated by a range
    /// are that work's windows (see `work_heading`).
    work_heading: bool,
    /// The first and last day of the last row dated by a range (a week's heading): an
    /// indented line dated inside it is one of that week's days, not more of the row above.
    week_range: Option<(NaiveDate, NaiveDate)>,
    /// Whether the rows being read are a table of deadlines by its title (see [`due_table`]).
    due_table: due_table::DueTable,
    /// A list of days off led by a sentence ("No lectures on the following dates:").
    off_list: off_list::OffList,
    /// How far in the line that made the last row starts: an indented dated line starting
    /// as far in is the next item of the same list, not more of that row.
    row_lead: Option<usize>,
    /// In the last-resort reading, the last line joined to the row above (see `undated`).
    loose_joined: usize,
    /// The line of the last week heading that names a break (see `off_heading`).
    week_off: Option<usize>,
    /// The prose line being read opens with a week-start phrase ("Week of Aug. 17:"): its
    /// row is the week's, not one meeting's.
    opened_week: bool,
    /// The month a month column last named (see [`TableReader::month_given`]).
    month_above: Option<u32>,
}

impl TableReader {
    /// Reads `line`; the rows it makes under a sentence leading days off are days off.
    fn line(&mut self, line: &Line, cx: &mut Context) -> Result<(), SyllabusError> {
        let before = self.rows.len();
        self.read_line(line, cx)?;
        let made = self.rows.len().saturating_sub(before);
        if made > 0 {
            self.row_lead = Some(line.lead);
        }
        // The days dated right under a week heading that names a break are the break's.
        if made > 0 && self.week_off.is_some_and(|at| line.no == at + 1) {
            for r in &mut self.rows[before..] {
                r.no_class = true;
            }
        }
        if !line.is_blank() {
            self.week_off = off_heading::names_week_off(line).then_some(line.no);
        }
        let lead = self.off_list != off_list::OffList::Items
            && made == 0
            && off_list::leads(line, false)
            && !line
                .cells
                .iter()
                .any(|c| crate::syllabus::dates::find_date(c).is_some());
        self.off_list = self.off_list.after(line, made, lead);
        if self.off_list == off_list::OffList::Items {
            // Days off for every row of the schedule, not only these.
            for r in &mut self.rows[before..] {
                r.no_class = true;
                let end = r.range_end.unwrap_or(r.date);
                r.skip.extend(r.date.iter_days().take_while(|d| *d <= end));
            }
        }
        Ok(())
    }

    /// What the rows read so far tell [`date_column::locate`] about `line`.
    fn seen(&self, line: &Line) -> date_column::Seen {
        date_column::Seen {
            started: !self.rows.is_empty(),
            week: self.week_range,
            sibling: line.indented && line.lead > 0 && self.row_lead == Some(line.lead),
        }
    }

    fn read_line(&mut self, line: &Line, cx: &mut Context) -> Result<(), SyllabusError> {
        if let Some(level) = heading_level(line) {
            self.session_heading = session::names_sessions(&line.cells[0][level..]);
            self.work_heading = work_heading::names_work(&line.cells[0][level..]);
        }
        if self.set_aside(line, cx) {
            return Ok(());
        }
        let due_rows = self.due_table.see(line);
        if self.took_title_or_header(line) {
            return Ok(());
        }
        let split = self.header.as_ref().and_then(|h| h.split_at_columns(line));
        let line = split.as_ref().unwrap_or(line);
        if let Some(read) = self.shaped_row(line, cx) {
            return read;
        }
        let within = self.within_header(line);
        let line = within.as_ref().unwrap_or(line);
        let with_month = self.month_given(line);
        let line = with_month.as_ref().unwrap_or(line);
        let row = roles::with_roles(line, self.header.as_ref(), self.date_col);
        let parts = match date_column::locate(line, &row, self.date_col, self.seen(line), cx) {
            // A line's first date-like text that is no date ("192.168.1.0/24") makes no row.
            Located::SetAside | Located::Undated if self.loose => match loose::parts(line)
                .filter(|p| cx.date(line.no, p.span.start, &p.date_text).is_ok())
            {
                Some(parts) => parts,
                None => return self.undated(line, &row, cx),
            },
            Located::SetAside => return Ok(()),
            Located::Undated => return self.undated(line, &row, cx),
            Located::Listed { idx, spans } => return self.listed(line, &row, idx, spans, cx),
            Located::ListedHeading { text, spans } => {
                self.listed(line, &vec![(None, text)], 0, spans, cx)?;
                // What follows the heading, up to the next, is its last meeting's.
                self.section = heading_level(line);
                return Ok(());
            }
            Located::Cell { idx, span } => {
                let mut parts = content::cell_parts(&row, idx, span);
                // Under a "Tutorial" or "Übung" topic column the rows are those sessions.
                parts.not_lecture =
                    self.session_heading || self.header.as_ref().is_some_and(Header::sessions);
                if due_rows {
                    due_table::all_due(&mut parts);
                }
                parts
            }
            Located::Prose {
                week,
                date_text,
                span,
                rest,
            } => match self.prose_row(line, week, date_text, span, rest, cx)? {
                Some(parts) => parts,
                None => return Ok(()),
            },
        };
        self.last_was_row = true;
        self.section = heading_level(line);
        self.mark_start(line.no);
        self.lecture_labelled = line.cells.first().is_some_and(|c| lecture_label(c));
        // A single date right after a row that listed its meetings may be the last of them.
        let listed_before = self.last_listed.take();
        let before = self.rows.len();
        let dated = self.dated(line.no, parts, cx);
        self.opened_week = false;
        dated?;
        if self.rows.len() == before + 1 {
            self.join_shared_meeting(listed_before);
        }
        Ok(())
    }

    /// The parts of a prose row ("Sep 6: Intro"), or none when the line lists its meetings
    /// ("Week 1 April 4 & 6 Limits": a row for each day named, read here).
    fn prose_row(
        &mut self,
        line: &Line,
        week: Option<String>,
        date_text: String,
        span: DateSpan,
        rest: String,
        cx: &mut Context,
    ) -> Result<Option<content::Parts>, SyllabusError> {
        // "Week of Aug. 17: Intro": the week's row, as a "Week of" column makes it.
        if date_column::opens_week(line) {
            self.opened_week = true;
            return Ok(Some(content::prose_parts(week, date_text, span, rest)));
        }
        match more_days::after_date(&span, &date_text, &rest) {
            Some((spans, topic)) => {
                let row = vec![
                    (None, week.unwrap_or_default()),
                    (None, date_text),
                    (None, topic),
                ];
                self.listed(line, &row, 1, spans, cx)?;
                Ok(None)
            }
            None => Ok(Some(content::prose_parts(week, date_text, span, rest))),
        }
    }

    /// Takes `line` when it is no row but what the rows below are read under: the title of a
    /// table of deadlines, a header of kinds and times, or a table's header.
    fn took_title_or_header(&mut self, line: &Line) -> bool {
        // The title of a table of deadlines is no row, and no more of the row above.
        if self.due_table.titled_by(line) {
            self.section = None;
            self.last_was_row = false;
            // The due-dates section reads what the title's table leaves (a header that names
            // its columns keeps that table a schedule to `due_table`).
            if due_section::is_heading(line) {
                self.due = Some(due_section::DueSection::Opened(0));
                self.due_work = due_section::heading_work(line);
            }
            return true;
        }
        if let Some(k) = kind_columns::read(line) {
            self.kind_columns = Some(k);
            self.header = None;
            self.mark_start(line.no);
            return true;
        }
        // Under a header of kinds, a line led by an empty cell is wrapped text of the rows
        // ("Working in class" over two columns), not a new header.
        let wrapped = self.kind_columns.as_ref().is_some_and(|k| k.timed())
            && line.cells.first().is_some_and(String::is_empty);
        if !wrapped && let Some(h) = roles::read_header(line) {
            // A header naming its columns by kind alone ("Week | Lecture | Workshop") still
            // tells a grid's dated cells which are lectures.
            self.kind_columns = kind_columns::read_untimed(line);
            // A new table after the rows of a due-dates section is not that section's, and a
            // table of weeks or topics under its heading is a schedule of classes.
            let classes = h
                .roles()
                .iter()
                .any(|r| matches!(r, roles::Role::Week | roles::Role::Topic));
            if self.due == Some(due_section::DueSection::InRows) || classes {
                self.due = None;
            }
            // A table is no list of an exams heading's dates.
            self.exam = None;
            self.take_header(h, line.no);
            return true;
        }
        false
    }

    /// Whether `line` is no row: blank, or inside a calendar, the term's bounds, an outline,
    /// the document's metadata, or a running header or footer (warning where a reader should
    /// hear of it).
    fn set_aside(&mut self, line: &Line, cx: &mut Context) -> bool {
        if line.is_blank() {
            self.last_was_row &= self.section.is_some();
            return true;
        }
        if let Some(range) = self.calendar.iter().find(|r| r.contains(&line.no)) {
            calendar::warn(range, line, cx);
            self.last_was_row = false;
            return true;
        }
        if self.bounds.lines().contains(&line.no) || self.outline.contains(&line.no) {
            self.last_was_row = false;
            return true;
        }
        if let Some(m) = self.metadata.get(&line.no) {
            metadata::warn(m, line, cx);
            return true;
        }
        self.running.contains(&squash(&line.cells.join(" ")))
    }

    /// Makes `h`, read on line `no`, the header of the rows below it.
    fn take_header(&mut self, mut h: Header, no: usize) {
        if let Some(&(out, due)) = self.pairs.get(&no) {
            h.pair_work(out, due);
        }

        // A row of weekdays right under the header says which day each column is.
        if no <= self.header_no + 2
            && let Some(prev) = self.header.as_ref()
        {
            h.under(prev);
        }
        h.align(self.columns.get(&no).map(Vec::as_slice));
        self.header = Some(h);
        self.header_no = no;
        self.mark_start(no);
    }

    /// A tab or pipe row that runs on past the header's columns with empty cells only (a
    /// stray `| |` at its end): the row without them, so its cells line up with the header.
    /// A row of a table that writes its month in a column of its own, once at each month's
    /// first row (`| Set | Ter | 09 | Aula 01 |`, then `|  | Qui | 11 | Aula 02 |`): the bare
    /// day in the date column, with the month last named above it ("09 Set").
    fn month_given(&mut self, line: &Line) -> Option<Line> {
        let (m, d) = self.header.as_ref()?.month_of_days()?;
        if !line.positional() {
            return None;
        }
        let month = line.cells.get(m)?.trim();
        if !month.is_empty() {
            // In a month column "Set" and "Out" are months, as they are after a slash.
            let low = month.trim_end_matches('.').to_lowercase();
            let number = month_number(month).or_else(|| {
                MONTHS_AFTER_A_SLASH
                    .iter()
                    .find(|(n, _)| *n == low)
                    .map(|&(_, m)| m)
            })?;
            self.month_above = Some(number);
        }
        let day = line.cells.get(d)?.trim();
        let n: u32 = day.parse().ok().filter(|_| day.len() <= 2)?;
        if !(1..=31).contains(&n) {
            return None;
        }
        // The month written out in English, which no reading of the day can mistake.
        let month = chrono::Month::try_from(u8::try_from(self.month_above?).ok()?).ok()?;
        let mut cells = line.cells.clone();
        cells[d] = format!("{day} {}", month.name());
        Some(Line {
            cells,
            ..line.clone()
        })
    }

    fn within_header(&self, line: &Line) -> Option<Line> {
        let n = self.header.as_ref()?.roles().len();
        let empty_tail = line.positional()
            && line.cells.len() > n
            && line.cells[n..].iter().all(|c| c.trim().is_empty());
        empty_tail.then(|| Line {
            cells: line.cells[..n].to_vec(),
            ..line.clone()
        })
    }

    /// A row whose date cell lists the week's meetings: one row for each date, the first with
    /// all the row says, the others with its topic only (work named once is due once).
    fn listed(
        &mut self,
        line: &Line,
        row: &roles::RoleCells,
        idx: usize,
        spans: Vec<DateSpan>,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        self.last_was_row = true;
        self.section = None;
        self.mark_start(line.no);
        let sessions = self.session_heading || self.header.as_ref().is_some_and(Header::sessions);
        let listed_before = self.last_listed.take();
        for (i, span) in spans.into_iter().enumerate() {
            let mut parts = content::cell_parts(row, idx, span);
            parts.not_lecture = sessions;
            if i > 0 {
                parts.texts.retain(|(r, _)| *r == roles::Role::Topic);
            }
            let before = self.rows.len();
            self.dated(line.no, parts, cx)?;
            if i == 0 && self.rows.len() == before + 1 {
                self.join_shared_meeting(listed_before);
            }
        }
        self.last_listed = self.rows.last().map(|r| (r.line, r.date));
        Ok(())
    }

    /// A topic whose listed meetings start on the day the row above's end (`19/01, 28/01`
    /// then `28/01, 29/01`): that meeting ends one topic and starts the next, one lecture
    /// whose title names both.
    fn join_shared_meeting(&mut self, listed_before: Option<(usize, NaiveDate)>) {
        let n = self.rows.len();
        let Some((line, date)) = listed_before else {
            return;
        };
        if n < 2 || self.rows[n - 2].line != line || self.rows[n - 2].date != date {
            return;
        }
        let Some(last) = self.rows.pop() else {
            return;
        };
        if last.date != date {
            self.rows.push(last);
            return;
        }
        let prev = &mut self.rows[n - 2];
        if !last.title.is_empty() {
            prev.title = if prev.title.is_empty() {
                last.title
            } else {
                format!("{}; {}", prev.title, last.title)
            };
        }
        prev.details.extend(last.details);
        prev.readings.extend(last.readings);
    }

    /// A row of a table whose shape says how to read it: a grid of dated cells, an
    /// item-first table, a weekday-column grid.
    fn shaped_row(&mut self, line: &Line, cx: &mut Context) -> Option<Result<(), SyllabusError>> {
        if let Some(cells) = grid::cells(line) {
            return Some(self.grid_cells(line, cells, cx));
        }
        if let Some(row) = self.header.as_ref().and_then(|h| item_table::row(h, line)) {
            return Some(self.item_row(line.no, row, cx));
        }
        let row = self
            .header
            .as_ref()
            .and_then(|h| weekday_grid::row(h, line))?;
        Some(self.weekday_row(line.no, row, cx))
    }

    /// A grid row whose cells each start with their date.
    fn grid_cells(
        &mut self,
        line: &Line,
        cells: Vec<grid::GridCell>,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        self.last_was_row = true;
        self.mark_start(line.no);
        for c in cells {
            // A column headed "Lecture (16:15-18:00)" or "Practice (10:15-12:00)" gives its
            // cells that time and kind.
            let kind = self
                .kind_columns
                .as_ref()
                .and_then(|k| k.column(line, c.column));
            let rest = match kind.and_then(|k| k.time.as_ref()) {
                Some(time) if !c.rest.is_empty() => format!("{time} {}", c.rest),
                _ => c.rest,
            };
            let mut parts = content::prose_parts(None, c.date_text, c.span, rest);
            parts.not_lecture = kind.is_some_and(|k| !k.lecture);
            self.day_cell(line.no, parts, c.off, cx)?;
        }
        Ok(())
    }

    /// One day of a grid: a row of its own, without class when `off`.
    fn day_cell(
        &mut self,
        line_no: usize,
        parts: content::Parts,
        off: bool,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        let n = self.rows.len();
        self.dated(line_no, parts, cx)?;
        if off
            && self.rows.len() > n
            && let Some(day) = self.rows.last_mut()
        {
            day.no_class = true;
        }
        Ok(())
    }

    /// A row of an item-first table: a release or a deadline of its item on each date.
    fn item_row(
        &mut self,
        line_no: usize,
        row: item_table::ItemRow,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        self.last_was_row = true;
        self.mark_start(line_no);
        for d in row.dates {
            // The item and its column's verb apart, so an item no work word names ("IA 1") is
            // still the table's work.
            let verb = squash(&format!("{} {}", d.verb, d.rest));
            let mut parts = content::prose_parts(None, d.date_text, d.span, String::new());
            parts.texts = vec![
                (roles::Role::Topic, squash(&row.item)),
                (roles::Role::Activity, verb),
            ];
            parts.not_lecture = true;
            self.dated(line_no, parts, cx)?;
        }
        Ok(())
    }

    /// A row of a weekday-column grid: each weekday cell is a row of its own on its day. A
    /// row with only a week number is dated from the grid's row before.
    fn weekday_row(
        &mut self,
        line_no: usize,
        row: weekday_grid::GridRow,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        let week = row.week_cell.as_deref().and_then(weeks::week_number);
        let start = match &row.date {
            Some((text, span)) => cx.date(line_no, span.start, text)?,
            None => match (self.grid_week, week) {
                (Some((prev_week, prev)), Some(w)) if w > prev_week => prev
                    .checked_add_days(chrono::Days::new(7 * u64::from(w - prev_week)))
                    .unwrap_or(prev),
                // The first row of a grid counting the year's weeks ("vko 10") needs no
                // date of its own: the term's year gives that week's Monday.
                (None, Some(w)) if row.calendar_week => {
                    match cx
                        .term
                        .as_ref()
                        .and_then(|t| weekday_grid::calendar_week_monday(t, w))
                    {
                        Some(monday) => monday,
                        None => return Ok(()),
                    }
                }
                _ => return Ok(()),
            },
        };
        if let Some(w) = week {
            self.grid_week = Some((w, start));
        }
        self.last_was_row = true;
        self.mark_start(line_no);
        // The columns may not run in the week's order ("Theory (Wednesday) | Practice
        // (Monday)"): the days are read in date order, so no day looks out of sequence.
        let mut days = row.days;
        days.sort_by_key(|(day, ..)| weekday_grid::day_in_week(start, *day));
        for (day, text, lecture) in days {
            // A code the legend defines ("P1": part 1's last submission day) is its words.
            let (text, lecture) = match crate::syllabus::cell_codes::expand(&text, &cx.cell_codes) {
                Some((words, _)) if words.is_empty() => continue,
                Some((words, is_lecture)) => (words, lecture && is_lecture),
                None => (text, lecture),
            };
            let (date_text, span) = weekday_grid::span_of(weekday_grid::day_in_week(start, day));
            let off = grid::is_off(&text);
            let mut parts = content::prose_parts(row.week_cell.clone(), date_text, span, text);
            parts.not_lecture = !lecture;
            self.day_cell(line_no, parts, off, cx)?;
        }
        // A note of the week ("Problem set 1 due Friday") gives its work, dated from the
        // week's start, and no meeting.
        for note in row.notes {
            let (date_text, span) = weekday_grid::span_of(start);
            let mut parts =
                content::prose_parts(row.week_cell.clone(), date_text, span, String::new());
            parts.texts = vec![(roles::Role::Activity, note)];
            parts.not_lecture = true;
            self.dated(line_no, parts, cx)?;
        }
        Ok(())
    }

    /// A day inside the range of the row before: that row only heads the week, and its days
    /// are the lectures ("3 | Jan 27–31 | Loops" then "Jan 27 | Collections"). The heading's
    /// exams without a date of their own wait for a day row that names the exam; its week
    /// number, if written, is returned for the day.
    fn heading(&mut self, date: NaiveDate, content: &content::Content) -> Option<u32> {
        let mut week = None;
        if self.rows.len() > self.table_from
            && let Some(head) = self.rows.pop_if(|h| weeks::heads(h, date))
        {
            self.acts.append(&mut self.heading_exams);
            let (exams, rest) = std::mem::take(&mut self.acts).into_iter().partition(|fa| {
                fa.line == head.line && fa.act.date.is_none() && fa.act.kind == EventKind::Exam
            });
            self.acts = rest;
            self.heading_exams = exams;
            self.heading_skip.extend(head.skip);
            week = head.explicit.then_some(head.week);
        }
        if content.acts.iter().any(|a| a.kind == EventKind::Exam) {
            self.heading_exams.clear();
        }
        week
    }

    /// The last row of the table being read (a table that starts the term again is new).
    fn prev(&self) -> Option<&WeekRow> {
        self.rows.get(self.table_from..).and_then(<[WeekRow]>::last)
    }

    fn mark_start(&mut self, line: usize) {
        if self.start == 0 {
            self.start = line;
        }
    }

    fn undated(
        &mut self,
        line: &Line,
        row: &roles::RoleCells,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        if let Some(section) = self.due {
            self.due = due_section::after_undated(section, line);
        }
        if due_section::is_heading(line) {
            self.due = Some(due_section::DueSection::Opened(0));
            self.due_work = due_section::heading_work(line);
        }
        self.exam_undated(line);
        if self.heading_topic(line) {
            return Ok(());
        }
        if let Some(level) = heading_level(line) {
            // An undated heading ends the section of the dated one above, unless it is one
            // of that section's own sub-headings ("### Reminders:" under "## Tue 9/3").
            if self.section.is_none_or(|dated| level <= dated) {
                self.section = None;
                self.last_was_row = false;
            }
        }
        // A time field right below a dated line ("> Jueves 8 de septiembre", a blank line,
        // "- **Hora** 12 -3 pm") is that row's, even where prose below a row is not its own.
        if let Some(cur) = self.rows.last_mut()
            && cur.time.is_none()
            && line.no <= cur.line + TIME_FIELD_REACH
            && let Some(time) = labelled_time(line)
        {
            cur.time = Some(time);
            return Ok(());
        }
        let continues = self.continues_row(line);
        // Under a dated line, "| Quiz 2 | due by 9am" is another piece of work of that line's
        // day (the row above may be no week row: "HW 1 | due by 11:59pm" is only work).
        if self.last_was_row
            && let Some(day) = self.last_day
            && let Some(work) = content::item_first_line(row, line.no, cx)
        {
            self.acts.extend(
                work.into_iter()
                    .map(|a| FoundActivity::new(line.no, a, day, None)),
            );
            return Ok(());
        }
        if !continues {
            self.last_was_row = false;
            return continuation::prose_activities(line.no, row, &mut self.acts, cx);
        }
        let Some(cur) = self.rows.last_mut() else {
            return Ok(());
        };
        self.last_was_row = true;
        if cur.time.is_none()
            && let Some(time) = labelled_time(line)
        {
            cur.time = Some(time);
            return Ok(());
        }
        if continuation::date_announced_later(row, self.date_col) {
            continuation::dated_later(cur, line.no, row, &mut self.acts);
        } else {
            continuation::extend(cur, line, row, self.date_col, &mut self.acts, cx);
        }
        Ok(())
    }

    /// Whether an undated line is more of the row above. Read without a layout, a row is one
    /// line of prose: only the lines right under it (no blank line between) wrap it, so a
    /// paragraph further down that says "final" or "parcial" is no more of a date written
    /// pages above.
    fn continues_row(&mut self, line: &Line) -> bool {
        let adjacent = self
            .rows
            .last()
            .is_some_and(|r| line.no == r.line.max(self.loose_joined) + 1);
        let continues = !self.rows.is_empty()
            && (line.indented || line.positional() || self.last_was_row)
            && (!self.loose || adjacent);
        if continues && self.loose {
            self.loose_joined = line.no;
        }
        continues
    }

    /// A heading right under a dated heading that says only its date (`#### October 6`, then
    /// `### Confidentiality`) is that day's topic, whatever its level: it names the meetings
    /// above it, not a section of its own.
    /// Where an undated line leaves an exams section: a heading naming the exams opens one,
    /// any other heading ends it, and other lines go as in a due-dates section.
    fn exam_undated(&mut self, line: &Line) {
        if let Some(opened) = exam_section::opened_by(line) {
            self.exam = Some(opened);
        } else if heading_level(line).is_some() {
            self.exam = None;
        } else if let Some(exam) = self.exam.as_mut() {
            match due_section::after_undated(exam.at, line) {
                Some(at) => exam.at = at,
                None => self.exam = None,
            }
        }
    }

    fn heading_topic(&mut self, line: &Line) -> bool {
        let (Some(_), Some(_)) = (self.section, heading_level(line)) else {
            return false;
        };
        let Some(last) = self.rows.last().filter(|r| r.title.is_empty()) else {
            return false;
        };
        let (at, text) = (last.line, line.cells.join(" "));
        let topic = squash(text.trim_start_matches('#'));
        if at + HEADING_TO_TOPIC < line.no || topic.is_empty() {
            return false;
        }
        for r in self.rows.iter_mut().rev().take_while(|r| r.line == at) {
            r.title.clone_from(&topic);
        }
        true
    }

    fn dated(
        &mut self,
        line_no: usize,
        parts: content::Parts,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        let date = cx.date(line_no, parts.span.start, &parts.date_text)?;
        self.last_day = Some(date);
        if years_away(date, &parts.date_text, line_no, cx) {
            return Ok(());
        }
        let mut parts = parts;
        let range_end = match parts.span.end {
            Some(e) => Some(cx.date(line_no, e, &parts.date_text)?),
            // A week's heading that lists its days ("Week 1 - Tue 9/1, Thu 9/3") spans them.
            None => match weeks::listed_days(&parts) {
                Some((last, text)) => {
                    parts.texts.clear();
                    Some(cx.date(line_no, last, &text)?)
                }
                None => None,
            },
        };
        let mut explicit = parts.week_cell.as_deref().and_then(weeks::week_number);
        if self.due.is_some() {
            due_section::items_as_topics(&mut parts);
        }
        let mut content = content::read(parts.texts, line_no, cx);
        content.not_a_lecture |= parts.not_lecture || self.other_kinds.contains(&line_no);
        if self.due.is_some() {
            self.due = Some(due_section::DueSection::InRows);
            due_section::work_due(&mut content, self.due_work.as_deref());
        }
        if let Some(exam) = self.exam.as_mut()
            && !exam_section::take_row(exam, &mut content)
        {
            self.exam = None;
        }
        if self.work_heading {
            work_heading::window(&mut content, &parts.date_text, parts.span);
        }
        if let Some(task) = content.task.take() {
            self.tasks += 1;
            let label = format!("{TASK_LABEL} {}", self.tasks);
            content.acts.extend(task.activities(&label));
        }
        if range_end.is_none() {
            explicit = explicit.or(self.heading(date, &content));
        }
        if content.not_a_lecture {
            self.deliverable(line_no, explicit, date, content);
            return Ok(());
        }
        if weeks::starts_again(self.prev(), date) {
            self.table_from = self.rows.len();
            self.tables.push(self.table_from);
        }
        if weeks::out_of_sequence(self.prev(), explicit, date, &content)
            && let Some(prev) = self.rows.last_mut()
        {
            weeks::fold_into(prev, line_no, explicit, date, content, &mut self.acts, cx);
            return Ok(());
        }
        // "Lecture 9 (Mar 14): Self-study the framework": the author calls the day a lecture,
        // and that label outweighs the self-study wording of its topic.
        let labelled_lecture = std::mem::take(&mut self.lecture_labelled);
        self.push_row(line_no, explicit, date, range_end, content, cx)?;
        if labelled_lecture
            && let Some(row) = self.rows.last_mut()
            && row.line == line_no
            && row.no_class
            && crate::syllabus::activity::is_self_study(&row.title)
        {
            row.no_class = false;
        }
        Ok(())
    }

    /// A deliverable or a session with its date: its activities, but no lecture.
    fn deliverable(
        &mut self,
        line_no: usize,
        explicit: Option<u32>,
        date: NaiveDate,
        content: content::Content,
    ) {
        let week = weeks::number(self.prev(), explicit, date);
        self.deliverables += 1;
        self.acts.extend(
            content
                .acts
                .into_iter()
                .map(|act| FoundActivity::new(line_no, act, date, Some(week))),
        );
    }

    /// A schedule row of its own: its activities, its days off and the row itself.
    /// A row that is only ditto marks (`"`) says the row above again, another day of its
    /// break: its title becomes that row's; whether that row was a day off.
    fn ditto(&self, title: &mut String, content: &content::Content) -> bool {
        let said: Vec<&str> = std::iter::once(&*title)
            .chain(&content.details)
            .chain(&content.readings)
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect();
        let ditto = !said.is_empty() && said.iter().all(|t| DITTO_MARKS.contains(t));
        match self.rows.last() {
            Some(above) if ditto => {
                title.clone_from(&above.title);
                above.no_class
            }
            _ => false,
        }
    }

    fn push_row(
        &mut self,
        line_no: usize,
        explicit: Option<u32>,
        date: NaiveDate,
        range_end: Option<NaiveDate>,
        content: content::Content,
        cx: &mut Context,
    ) -> Result<(), SyllabusError> {
        let prev = self.prev();
        let week = weeks::number(prev, explicit, date);
        self.cadence
            .extend(weeks::off_cadence(prev, explicit, date, line_no));
        let mut content = content;
        let mut title = content.topic.take().unwrap_or_default();
        let ditto_off = self.ditto(&mut title, &content);
        let exams = content.exam_only.then_some(content.acts.as_slice());
        let off = days_off::read(&title, &content.details, date, exams, line_no, cx)?;
        // With no topic, a readings cell that says there is no class speaks for the row.
        let reading_off = content.reading_no_class && title.trim().is_empty();
        let no_class = content.side_no_class && off.skip.is_empty()
            || off.whole_week
            || ditto_off
            || reading_off
            || dashed_out(&title) && content.details.is_empty() && content.acts.is_empty();
        let work_day = calendar::registrar_note(&title)
            || content.acts.iter().any(|a| {
                matches!(a.kind, EventKind::Deadline | EventKind::Release)
                    && a.date.is_none()
                    && a.weekday.is_none()
            });
        let bare_work = content.bare_work;
        self.acts
            .extend(content.acts.into_iter().map(|act| FoundActivity {
                row_time: content.time,
                row_room: content.room.clone(),
                ..FoundActivity::new(line_no, act, date, Some(week))
            }));
        let mut skip = off.skip;
        skip.append(&mut self.heading_skip);
        if let Some(end) = range_end {
            self.week_range = Some((date, end));
        }
        self.rows.push(WeekRow {
            skip,
            time: content.time,
            more_times: content.more_times,
            room: content.room,
            line: line_no,
            week,
            explicit: explicit.is_some(),
            date,
            range_end,
            title,
            details: content.details,
            readings: content.readings,
            no_class,
            session: content.session,
            code: content.code,
            label_lecture: content.label_lecture,
            week_start: std::mem::take(&mut self.opened_week)
                || self.header.as_ref().is_some_and(Header::week_of),
            work_day,
            bare_work,
            blank_day: false,
        });
        Ok(())
    }

    /// A table of one row per day, every day of the term listed (`Wed 5/2` with nothing in
    /// it): a row that says nothing is no class when few rows that say something fall on its
    /// weekday, or when it comes after the last row that says something (weeks left blank at
    /// the end of the plan). A row that gives its own clock time (`<2017-02-03 Fri 13:00>`)
    /// says that the class meets.
    fn empty_days_without_class(&mut self) {
        // What says the class meets: a topic, details, readings, a session or a time (hours
        // alone say nothing where every row is printed with them, see `blank_rows`); work due
        // on the row's own line says only that the work is due that day.
        let class_told = |r: &WeekRow| {
            !r.title.trim().is_empty() && !weeks::label_only(&r.title)
                || !r.details.is_empty()
                || !r.readings.is_empty()
                || r.session.is_some()
        };
        let class_said = |r: &WeekRow| class_told(r) || r.time.is_some();
        let work_on_line = |r: &WeekRow| self.acts.iter().any(|a| a.line == r.line);
        let said = |r: &WeekRow| class_said(r) || work_on_line(r);
        let empty: Vec<bool> = self.rows.iter().map(|r| !said(r)).collect();
        let told: Vec<bool> = self
            .rows
            .iter()
            .map(|r| class_told(r) || work_on_line(r))
            .collect();
        blank_rows::mark(&mut self.rows, &told);
        let Some(last_told) = empty.iter().rposition(|e| !e) else {
            return;
        };
        if !weeks::several_rows_a_week(&self.rows) {
            return;
        }
        weeks_off::mark(&mut self.rows, &empty);
        // The weekdays most rows that say something fall on: a one-off (a make-up day, an
        // exercise in a holiday week) does not make its weekday a class day.
        let class_days = |told: &dyn Fn(&WeekRow) -> bool| {
            let mut told_on = [0usize; 7];
            for r in self.rows.iter().filter(|r| told(r)) {
                told_on[r.date.weekday().num_days_from_monday() as usize] += 1;
            }
            let most = told_on.iter().copied().max().unwrap_or(0);
            (0u32..7)
                .filter(|d| told_on[*d as usize] * 3 > most)
                .collect::<BTreeSet<u32>>()
        };
        let told_days = class_days(&|r: &WeekRow| said(r));
        // A row that gives only work due ("Fri, Sep 17: HW 2 due today") on a weekday where no
        // row says a class meets is that work's day, not a class.
        let meeting_days = class_days(&|r: &WeekRow| class_said(r));
        let work_only: Vec<bool> = self
            .rows
            .iter()
            .map(|r| !meeting_days.is_empty() && !class_said(r))
            .collect();
        let weeks: Vec<u32> = self.rows.iter().map(|r| r.week).collect();
        for (i, r) in self.rows.iter_mut().enumerate() {
            let shares_week = weeks.iter().filter(|w| **w == r.week).count() > 1;
            let day = r.date.weekday().num_days_from_monday();
            let work_off = work_only[i] && !meeting_days.contains(&day);
            // Set off by the weekdays' counts alone: a slot meeting that day still holds it.
            let blank_day = empty[i] && !told_days.contains(&day) && i <= last_told || work_off;
            let told_off = empty[i] && (!told_days.contains(&day) || i > last_told);
            if shares_week && r.range_end.is_none() && (told_off || work_off) {
                // A day already off (more of a break, see `weeks_off`) stays off on any slot.
                r.blank_day = blank_day && !r.no_class;
                r.no_class = true;
            }
        }
    }

    fn finish(mut self, cx: &mut Context) -> Result<Table, SyllabusError> {
        if self.rows.is_empty()
            && let Some(weeks) = self.bounds.rows(cx)?
        {
            // No table: the meetings run from the first class to the last, and the whole
            // document is the header where the meeting line is.
            self.rows = weeks;
            self.start = usize::MAX;
        } else if let Some(off) = self.bounds.days_off(cx)?
            && let Some(last) = self.rows.last_mut()
        {
            last.skip.extend(off);
        }
        if self.rows.is_empty() && self.deliverables == 0 {
            if !self.work_only || self.acts.is_empty() {
                return Err(SyllabusError::NoSchedule);
            }
            cx.warn(self.start, "no dated schedule rows (weeks or lectures with their dates): only the dated work and exams written in the document are read, and no lectures; give the lecture dates in the syllabus or add them under [[add]] in the course file");
        }
        if !weeks::several_rows_a_week(&self.rows) {
            cx.warnings.extend(std::mem::take(&mut self.cadence));
        }
        self.empty_days_without_class();
        let (rows, tables) = repeats::exams_beside_classes(self.rows, &self.tables);
        let mut rows = repeats::drop_repeated(rows, &tables, cx);
        codes::by_count(&mut rows);
        numbered_labels::apart(&mut rows);
        let (rows, sessions) = session::apart(rows);
        let mut activities = self.acts;
        activities.extend(self.heading_exams);
        activities.extend(sessions);
        Ok(Table {
            rows,
            activities,
            start: self.start,
        })
    }
}

/// The space-laid dated lines that come back word for word on later pages: running headers
/// and footers ("schedule.md   2025-03-12"), never rows of the schedule. A line printed on two
/// pages counts when it writes a year (a print date), on three pages always.
fn running_lines(lines: &[Option<Line>]) -> BTreeSet<String> {
    static YEAR: LazyLock<Lean> = LazyLock::new(|| lean(r"\b(?:19|20)[0-9][0-9]\b"));
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for line in lines.iter().flatten().filter(|l| !l.positional()) {
        let text = squash(&line.cells.join(" "));
        if crate::syllabus::dates::find_date(&text).is_some() {
            *seen.entry(text).or_default() += 1;
        }
    }
    let mut running: BTreeSet<String> = seen
        .into_iter()
        .filter(|(t, n)| *n >= 3 || *n == 2 && YEAR.is_match(t))
        .map(|(t, _)| t)
        .collect();
    running.extend(page_counters(lines));
    running
}

/// Page footers "1/3", "2/3", "3/3": lines that are only a number over the same total, on
/// two pages or more. They read as dates but count pages. A table row is never one, even
/// when only its date cell is filled (`| 2/3 | | |` in a calendar of dates).
fn page_counters(lines: &[Option<Line>]) -> BTreeSet<String> {
    static COUNTER: LazyLock<Lean> = LazyLock::new(|| lean(r"^([0-9]{1,2})\s*/\s*([0-9]{1,2})$"));
    let mut by_total: BTreeMap<u32, BTreeSet<String>> = BTreeMap::new();
    for line in lines
        .iter()
        .flatten()
        .filter(|l| !l.positional() || l.cells.len() == 1)
    {
        let text = squash(&line.cells.join(" "));
        if let Some(c) = COUNTER.groups(&text)
            && let (Ok(n), Ok(total)) = (c[1].parse::<u32>(), c[2].parse::<u32>())
            && (1..=total).contains(&n)
        {
            by_total.entry(total).or_default().insert(text);
        }
    }
    by_total
        .into_values()
        .filter(|pages| pages.len() >= 2)
        .flatten()
        .collect()
}

fn warn_unread(cx: &mut Context, line: usize, u: &str) {
    cx.warn(line, format!("set aside: \"{u}\" is not recognised as a homework release, a deadline or an exam; add it under [[add]] in the course file if it is one"));
}

/// A line that opens with a lecture's label and number: "Lecture 9 (Mar 14): …", "Lec. 3 …".
fn lecture_label(text: &str) -> bool {
    static LABEL: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"(?i)^\W*(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*[0-9]{{1,2}}\b"
        ))
    });
    LABEL.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn table(text: &str) -> (Result<Table, SyllabusError>, Vec<Warning>) {
        let mut cx = Context::for_term("Fall 2022");
        let lines: Vec<String> = text.lines().map(String::from).collect();
        let t = read_table(&layout::read(&lines), &mut cx);
        (t, cx.warnings)
    }

    #[test]
    fn a_tab_table_gives_one_row_a_week_with_its_activities() {
        let (t, warnings) = table(
            "Intro text\n\nWeek\tDate\tTopic\tActivities\n1\tOct 4\tIntro\tHw1 given Oct 5\n2\tOct 11\tBasics\tHw1 due Oct 16\n",
        );
        let t = t.unwrap();
        assert_eq!(t.start, 3, "the header starts the table");
        assert_eq!(
            t.rows
                .iter()
                .map(|r| (r.week, r.title.as_str()))
                .collect::<Vec<_>>(),
            [(1, "Intro"), (2, "Basics")]
        );
        assert_eq!(t.activities.len(), 2);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn an_indented_line_is_more_of_the_row_above() {
        let (t, _) = table("1\tOct 4\tIntro\t\n\t\tmore about it\t\n");
        let t = t.unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].details, ["more about it"]);
    }

    #[test]
    fn a_document_without_a_dated_row_has_no_schedule() {
        let (t, _) = table("Just prose.\nMore prose.\n");
        assert!(matches!(t, Err(SyllabusError::NoSchedule)));
    }

    #[test]
    fn an_important_dates_line_after_the_table_gives_a_dated_exam() {
        let (t, _) = table("1\tOct 4\tIntro\n\nMidterm exam: November 8\n");
        let t = t.unwrap();
        assert_eq!(t.activities.len(), 1);
        assert_eq!(t.activities[0].week, None);
        assert_eq!(
            t.activities[0].row_date,
            NaiveDate::from_ymd_opt(2022, 11, 8).unwrap()
        );
    }

    #[test]
    fn a_dated_line_printed_on_every_page_is_a_running_header_not_a_row() {
        let doc = "notes   2024-02-20\n  1   Jan 8   Rivers\nnotes      2024-02-20\n  2   Jan 15   Lakes\n                1/2\n          2/2\n";
        let running = running_lines(&layout::read(
            &doc.lines().map(String::from).collect::<Vec<_>>(),
        ));
        assert!(running.contains("notes 2024-02-20"));
        assert!(running.contains("1/2") && running.contains("2/2"));
        assert_eq!(running.len(), 3, "{running:?}");
    }

    #[test]
    fn day_rows_inside_a_week_range_replace_the_week_row() {
        let (t, warnings) = table("1\tOct 3-7\tSummary\n\tOct 3\tIntro\n\tOct 5\tMore\n");
        let t = t.unwrap();
        assert_eq!(
            t.rows
                .iter()
                .map(|r| (r.week, r.title.as_str()))
                .collect::<Vec<_>>(),
            [(1, "Intro"), (1, "More")]
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}
