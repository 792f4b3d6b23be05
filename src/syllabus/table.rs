//! The schedule table: which lines are rows, which cell holds the week, the date, the topic
//! and the work, and what each row says (lectures, activities, days off).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use regex::Regex;

use super::activity::{Activity, is_no_class, parse_cell};
use super::dates::{self, DateSpan, parse_date_prefix, resolve, week_monday};
use super::lexicon::{
    EXAM_FIRST_WORDS, HEADER_ACTIVITY, HEADER_ACTIVITY_PARTS, HEADER_DATE, HEADER_READING,
    HEADER_READING_PARTS, HEADER_ROOM, HEADER_TIME, HEADER_TOPIC, HEADER_WEEK, HEADER_WEEK_OF,
    HEADER_WEEK_PARTS, LECTURE_NUMBER_PATTERN, WEEK_COMMENCING_PATTERN, WEEK_WORD_PATTERN,
};
use super::text::{space_cells, split_cells, squash};
use super::times::find_time_range;
use super::{Reader, SyllabusError};
use crate::model::EventKind;
use crate::model::Warning;

static WEEK_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{WEEK_WORD_PATTERN})?\s*#?\s*(\d{{1,2}})\s*[.):]?$"
    ))
    .unwrap()
});
/// A lecture-numbering cell: "L1", "Lec. 3", "Lecture 12", "Ders 4".
static LECTURE_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*\d{{1,2}}$"
    ))
    .unwrap()
});
static WEEK_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:(?:{WEEK_WORD_PATTERN})\s*#?\s*(\d{{1,2}})\s*[.):,–—-]?\s*[(\[]?\s*|(\d{{1,2}})\s*[.):]?\s+)")).unwrap()
});
/// What comes before a date in lists and week-commencing tables: "- ", "* ", "• ", "w/c ".
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:[-*•–]\s+)?(?:{WEEK_COMMENCING_PATTERN})?\s*[:.]?\s*"
    ))
    .unwrap()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Week,
    Date,
    Topic,
    Activity,
    Reading,
    /// A cell before the date that is not a week number ("Finals", a section number).
    Label,
    /// A column whose header coursecal does not use ("Section", "Chapter").
    Other,
    /// The row's own time ("14:00-15:50").
    Time,
    /// The row's own room.
    Room,
}

fn header_role(cell: &str) -> Option<Role> {
    let c = cell.trim().trim_end_matches([':', '.']).to_lowercase();
    let c = c.as_str();
    let whole = [
        (HEADER_WEEK, Role::Week),
        (HEADER_DATE, Role::Date),
        (HEADER_TOPIC, Role::Topic),
        (HEADER_ACTIVITY, Role::Activity),
        (HEADER_READING, Role::Reading),
        (HEADER_TIME, Role::Time),
        (HEADER_WEEK_OF, Role::Date),
    ];
    if let Some((_, role)) = whole.iter().find(|(words, _)| words.contains(&c)) {
        return Some(*role);
    }
    let has = |parts: &[&str]| parts.iter().any(|k| c.contains(k));
    if has(HEADER_WEEK_PARTS) {
        return Some(Role::Week);
    }
    if HEADER_ROOM.contains(&c) {
        return Some(Role::Room);
    }
    // Compound or local names of the work column: "Assignments/Exams", "Work due", "Labs".
    if has(HEADER_ACTIVITY_PARTS) {
        return Some(Role::Activity);
    }
    has(HEADER_READING_PARTS).then_some(Role::Reading)
}

/// Reads a cell that is entirely a date (or a date range).
fn cell_date(cell: &str) -> Option<DateSpan> {
    let t = cell.trim();
    if t.is_empty() {
        return None;
    }
    // "18.10." keeps its dot; "Oct 4," loses its comma.
    let span = parse_date_prefix(t)
        .or_else(|| parse_date_prefix(t.trim_end_matches(['.', ',', ':', ';']).trim()))?;
    let rest = t
        .get(span.len..)
        .unwrap_or("")
        .trim()
        .trim_start_matches(['.', ',', ':', ';'])
        .trim();
    (rest.is_empty() || rest.starts_with('(')).then_some(span)
}

fn week_number(cell: &str) -> Option<u32> {
    WEEK_CELL
        .captures(cell.trim())
        .and_then(|c| c[1].parse().ok())
}

#[derive(Debug)]
pub(super) struct WeekRow {
    pub(super) line: usize,
    pub(super) week: u32,
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
    pub(super) room: Option<String>,
}

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

/// Week cell, date, the date as written, and the text cells with their column.
pub(super) type TableResult = (Vec<WeekRow>, Vec<FoundActivity>, usize);

pub(super) fn starts_with_exam(t: &str) -> bool {
    let first = t
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
        .to_lowercase();
    EXAM_FIRST_WORDS.contains(&first.as_str())
}

/// The days a "no class" note names: a date ("no class 2/19"), or weekdays of the row's week
/// ("no class Monday"); empty when it names none (the whole week is off).
fn no_class_days(text: &str, row_date: NaiveDate, r: &Reader) -> Vec<NaiveDate> {
    // Only the clause that says "no class": in "No class Monday; Wed: loops" Wednesday is taught.
    let Some(clause) = text.split([';', '|']).find(|c| is_no_class(c)) else {
        return Vec::new();
    };
    if let Some((_, span)) = dates::find_date(clause)
        && let Ok(d) = resolve(span.start, r.term, r.order)
    {
        return vec![d];
    }
    let monday = week_monday(row_date);
    clause
        .split(|c: char| !c.is_alphabetic())
        .filter_map(dates::weekday)
        .map(|wd| monday + Duration::days(i64::from(wd.num_days_from_monday())))
        .collect()
}

fn warn_unread(r: &mut Reader, line: usize, u: &str) {
    r.warn(line, format!("set aside: \"{u}\" is not recognised as a homework release, a deadline or an exam; add it under [[add]] in the course file if it is one"));
}

pub(super) fn read_table(lines: &[String], r: &mut Reader) -> Result<TableResult, SyllabusError> {
    let split: Vec<Option<Vec<String>>> = lines.iter().map(|l| split_cells(l)).collect();
    let positional_line = |l: &str| l.contains('\t') || l.trim_start().starts_with('|');
    // In tab and pipe tables the date sits in one column: the one dated rows use most often.
    let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
    for (line, cells) in lines.iter().zip(&split) {
        if let Some(cells) = cells
            && positional_line(line)
            && cells.len() >= 2
            && let Some(i) = cells.iter().take(4).position(|c| cell_date(c).is_some())
        {
            *votes.entry(i).or_default() += 1;
        }
    }
    let date_col = votes
        .iter()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(**i)))
        .map(|(i, _)| *i);
    let mut header: Option<Vec<Role>> = None;
    let mut header_cols: Option<Vec<(usize, Role)>> = None;
    let mut rows: Vec<WeekRow> = Vec::new();
    let mut acts: Vec<FoundActivity> = Vec::new();
    let mut table_start = 0usize;
    let mut last_was_row = false;
    let mut cadence: Vec<Warning> = Vec::new();

    for (idx, (line, cells)) in lines.iter().zip(&split).enumerate() {
        let line_no = idx + 1;
        let Some(cells) = cells else { continue };
        if cells.iter().all(|c| c.is_empty()) {
            last_was_row = false;
            continue;
        }
        // A header row (also repeated after a page break): several header words, no date.
        let known = cells.iter().filter(|c| header_role(c).is_some()).count();
        let positional = positional_line(line);
        if known >= 2
            && cells
                .iter()
                .all(|c| cell_date(c).is_none() && c.split_whitespace().count() <= 3)
        {
            header = Some(
                cells
                    .iter()
                    .map(|c| header_role(c).unwrap_or(Role::Other))
                    .collect(),
            );
            header_cols = (!positional).then(|| {
                space_cells(line)
                    .into_iter()
                    .map(|(col, c)| (col, header_role(&c).unwrap_or(Role::Other)))
                    .collect()
            });
            if table_start == 0 {
                table_start = line_no;
            }
            continue;
        }
        let indented = line.starts_with([' ', '\t'])
            && (positional || line.len() - line.trim_start().len() >= 2)
            || cells.first().is_some_and(String::is_empty);
        // The row as (role from the header, text). Tab and pipe rows keep empty cells so that
        // columns line up; space-laid rows are matched to the header's columns by position.
        let row: Vec<(Option<Role>, String)> = if positional {
            // A header counts only where it lines up with the data (PDF extraction shifts some).
            let hdr = header.as_ref().filter(|h| {
                h.len() == cells.len()
                    && h.iter()
                        .position(|x| *x == Role::Date)
                        .is_none_or(|d| date_col.is_none_or(|dc| dc == d))
            });
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| (hdr.map(|h| h[i]), c.clone()))
                .collect()
        } else {
            space_cells(line)
                .into_iter()
                .map(|(col, c)| {
                    let role = header_cols.as_ref().and_then(|h| {
                        h.iter()
                            .rev()
                            .find(|(start, _)| *start <= col + 1)
                            .or(h.first())
                            .map(|(_, r)| *r)
                    });
                    (role, c)
                })
                .collect()
        };
        let has_roles = row.iter().any(|(r, _)| r.is_some());

        // Where is the date? By column in tab and pipe tables, by content otherwise.
        let mut date_idx: Option<usize> = None;
        let mut span: Option<DateSpan> = None;
        let mut prefix_row: Option<(Option<String>, String, String)> = None; // (week, date text, rest)
        if positional
            && let Some(dc) = date_col
                .or_else(|| row.iter().position(|(r, _)| *r == Some(Role::Date)))
                .filter(|&d| d < row.len())
        {
            let dcell = &row[dc].1;
            if !dcell.is_empty() {
                match cell_date(dcell) {
                    Some(sp) => {
                        date_idx = Some(dc);
                        span = Some(sp);
                    }
                    None => {
                        if !rows.is_empty() {
                            r.warn(line_no, format!("set aside as noise: the date column holds \"{dcell}\", which is not a date (row: \"{}\")", squash(&cells.join(" "))));
                        }
                        continue;
                    }
                }
            }
        } else {
            let by_role = row
                .iter()
                .position(|(r, c)| *r == Some(Role::Date) && cell_date(c).is_some());
            let by_content = || {
                (0..row.len()).take(3).find(|&i| {
                    cell_date(&row[i].1).is_some()
                        && row[i].0.is_none_or(|r| {
                            !matches!(
                                r,
                                Role::Topic
                                    | Role::Activity
                                    | Role::Reading
                                    | Role::Time
                                    | Role::Room
                            )
                        })
                })
            };
            if let Some(i) = by_role.or_else(by_content) {
                date_idx = Some(i);
                span = cell_date(&row[i].1);
            } else if !indented {
                // "[week] date topic" at the start of a line without columns; also bullet
                // lists ("- Sep 6: Intro") and "Week 1 – Sept 5: Introduction".
                let joined = row
                    .iter()
                    .map(|(_, c)| c.as_str())
                    .collect::<Vec<_>>()
                    .join("  ");
                let joined = LEAD_IN
                    .find(&joined)
                    .map_or(joined.as_str(), |m| &joined[m.end()..])
                    .to_string();
                let after_week = WEEK_PREFIX.captures(&joined).and_then(|c| {
                    let end = c.get(0).map_or(0, |m| m.end());
                    let rest = LEAD_IN
                        .find(&joined[end..])
                        .map_or(&joined[end..], |m| &joined[end + m.end()..]);
                    parse_date_prefix(rest).map(|_| {
                        (
                            c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()),
                            rest.to_string(),
                        )
                    })
                });
                // A bare number in its own column is a week, never the day of "2  Sep l3".
                let first_is_number = row.len() > 1 && row[0].1.chars().all(|c| c.is_ascii_digit());
                let (week, rest) = match after_week {
                    Some(found) => found,
                    None if first_is_number => (None, String::new()),
                    None => (None, joined.clone()),
                };
                if let Some(sp) = parse_date_prefix(&rest) {
                    let rest_text = rest[sp.len..]
                        .trim()
                        .trim_start_matches([')', ']', ':', '-', '–', '—', '|', ',', '.'])
                        .trim()
                        .to_string();
                    prefix_row = Some((week, rest[..sp.len].to_string(), rest_text));
                    span = Some(sp);
                } else if first_is_number
                    && !rows.is_empty()
                    && row
                        .iter()
                        .skip(1)
                        .any(|(_, c)| c.chars().any(char::is_alphabetic))
                {
                    r.warn(
                        line_no,
                        format!(
                            "set aside: the row for week {} has no readable date (\"{}\")",
                            row[0].1,
                            squash(
                                &row.iter()
                                    .map(|(_, c)| c.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            )
                        ),
                    );
                    continue;
                }
            }
        }

        let Some(span) = span else {
            // No date: more of the current week (its topic or its activities), or prose.
            let continuation = !rows.is_empty() && (indented || positional || last_was_row);
            if !continuation {
                // Prose such as an "Important dates" list: an exam or deadline with its own date.
                let text = squash(
                    &row.iter()
                        .map(|(_, c)| c.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                );
                for act in parse_cell(&text)
                    .0
                    .into_iter()
                    .filter(|a| a.date.is_some() && a.kind != EventKind::Other)
                {
                    if let Some(sp) = act.date {
                        let d =
                            r.date(line_no, sp.start, act.date_text.as_deref().unwrap_or(&text))?;
                        acts.push(FoundActivity {
                            line: line_no,
                            act,
                            row_date: d,
                            week: None,
                            row_time: None,
                            row_room: None,
                        });
                    }
                }
                last_was_row = false;
                continue;
            }
            let Some(cur) = rows.last_mut() else { continue };
            last_was_row = true;
            let (week, date) = (cur.week, cur.date);
            for (i, (hrole, t)) in row.iter().enumerate().filter(|(_, (_, c))| !c.is_empty()) {
                let role = match hrole {
                    Some(Role::Reading) => Role::Reading,
                    Some(Role::Other | Role::Week | Role::Date | Role::Label) => continue,
                    Some(role) => *role,
                    None if positional && date_col.is_some_and(|d| i == d + 1) => Role::Topic,
                    None if !positional && !has_roles && i == 0 => Role::Topic,
                    None => Role::Activity,
                };
                if role == Role::Reading {
                    cur.readings.push(t.clone());
                    continue;
                }
                let (found, unread) = parse_cell(t);
                if let Some(u) = unread {
                    warn_unread(r, line_no, &u);
                } else if found.is_empty()
                    || role == Role::Topic && found.iter().all(|a| a.kind == EventKind::Other)
                {
                    cur.details.push(t.clone());
                    continue;
                }
                acts.extend(
                    found
                        .into_iter()
                        .filter(|a| a.kind != EventKind::Other || role != Role::Topic)
                        .map(|act| FoundActivity {
                            line: line_no,
                            act,
                            row_date: date,
                            week: Some(week),
                            row_time: cur.time,
                            row_room: cur.room.clone(),
                        }),
                );
            }
            continue;
        };
        last_was_row = true;
        if table_start == 0 {
            table_start = line_no;
        }

        // The row's parts: week, date text, and its text cells with their roles.
        let (week_cell, date_text, texts): (Option<String>, String, Vec<(Role, String)>) =
            match (&prefix_row, date_idx) {
                (Some((week, dtext, rest)), _) => {
                    let texts = if rest.is_empty() {
                        Vec::new()
                    } else {
                        vec![(Role::Topic, rest.clone())]
                    };
                    (week.clone(), dtext.clone(), texts)
                }
                (None, Some(di)) => {
                    let week_idx = match row.iter().position(|(r, _)| *r == Some(Role::Week)) {
                        Some(w) => Some(w).filter(|&w| week_number(&row[w].1).is_some()),
                        None => (0..di)
                            .rev()
                            .find(|&i| !row[i].1.is_empty())
                            .filter(|&i| week_number(&row[i].1).is_some()),
                    };
                    let mut texts = Vec::new();
                    let mut seen_topic = false;
                    for (i, (hrole, c)) in row.iter().enumerate() {
                        if c.is_empty() || Some(i) == week_idx || i == di {
                            continue;
                        }
                        let role = match hrole {
                            Some(Role::Week | Role::Date) => Role::Other,
                            Some(role) => *role,
                            None if i < di => Role::Label,
                            None if !seen_topic => Role::Topic,
                            None => Role::Activity,
                        };
                        seen_topic |= role == Role::Topic;
                        texts.push((role, c.clone()));
                    }
                    // A label before the date ("Finals") names the row only when nothing else does.
                    if !texts.iter().any(|(r, _)| *r == Role::Topic)
                        && let Some(l) = texts.iter_mut().find(|(r, _)| *r == Role::Label)
                    {
                        l.0 = Role::Topic;
                    }
                    (week_idx.map(|w| row[w].1.clone()), row[di].1.clone(), texts)
                }
                (None, None) => continue,
            };

        let date = r.date(line_no, span.start, &date_text)?;
        let range_end = match span.end {
            Some(e) => Some(r.date(line_no, e, &date_text)?),
            None => None,
        };
        let explicit_week = week_cell.as_deref().and_then(week_number);
        let mut topic: Option<String> = None;
        let mut row_details = Vec::new();
        let mut row_readings = Vec::new();
        let mut row_acts = Vec::new();
        let mut exam_only = false;
        let mut row_time: Option<(NaiveTime, NaiveTime)> = None;
        let mut row_room: Option<String> = None;
        let mut side_no_class = false;
        let mut texts = texts;
        // A numbering column ("L1", "Lecture 3") is not the topic: the next text is.
        if let Some(i) = texts.iter().position(|(r, _)| *r == Role::Topic)
            && LECTURE_NO.is_match(&texts[i].1)
        {
            texts[i].0 = Role::Label;
            if let Some(next) = texts
                .iter_mut()
                .skip(i + 1)
                .find(|(r, _)| *r == Role::Activity)
                && parse_cell(&next.1).0.is_empty()
            {
                next.0 = Role::Topic;
            }
        }
        for (role, t) in &texts {
            match role {
                Role::Topic if topic.is_none() => {
                    let (found, _) = parse_cell(t);
                    // A topic that is an exam ("Midterm", "Exam 1 (DP and D&C)") is the exam, not a lecture.
                    if found.first().is_some_and(|a| a.kind == EventKind::Exam)
                        && starts_with_exam(t)
                    {
                        row_acts.extend(found.into_iter().filter(|a| a.kind != EventKind::Other));
                        topic = Some(String::new());
                        exam_only = true;
                    } else {
                        row_acts.extend(found.into_iter().filter(|a| {
                            matches!(a.kind, EventKind::Release | EventKind::Deadline)
                        }));
                        topic = Some(t.clone());
                    }
                }
                Role::Topic => row_details.push(t.clone()),
                Role::Reading => row_readings.push(t.clone()),
                Role::Time => row_time = find_time_range(t),
                Role::Room => row_room = Some(t.clone()),
                Role::Label | Role::Other => {
                    // Side columns ("Session", "Notes") may still say "No class" or name an exam.
                    side_no_class |= is_no_class(t);
                    let found: Vec<Activity> = parse_cell(t)
                        .0
                        .into_iter()
                        .filter(|a| a.kind != EventKind::Other)
                        .collect();
                    // A "Session" cell such as "Exam 1 (evening)": the row is the exam.
                    exam_only |= starts_with_exam(t)
                        && found.first().is_some_and(|a| a.kind == EventKind::Exam);
                    row_acts.extend(found);
                }
                Role::Week | Role::Date => {}
                Role::Activity => {
                    let (found, unread) = parse_cell(t);
                    if let Some(u) = unread {
                        warn_unread(r, line_no, &u);
                    } else if found.is_empty() {
                        row_details.push(t.clone());
                    }
                    row_acts.extend(found);
                }
            }
        }
        // A row out of order is an OCR duplicate or a stray fragment: keep its text with the
        // current week, keep its explicitly dated activities, but never trust its date as a new week.
        let out_of_sequence = rows
            .last()
            .is_some_and(|prev| explicit_week.is_some_and(|w| w < prev.week) || date <= prev.date);
        if out_of_sequence && let Some(prev) = rows.last_mut() {
            let what = match explicit_week {
                Some(w) => format!("the row for week {w} dated {}", date.format("%b %-d")),
                None => format!("a row dated {}", date.format("%b %-d")),
            };
            let kept = if row_acts.iter().any(|a| a.date.is_some()) {
                "; its dated activities are kept"
            } else {
                ""
            };
            r.warn(line_no, format!("out of sequence: {what} comes after {} (line {}); read as more of that row{kept}", prev.date.format("%b %-d"), prev.line));
            prev.details
                .extend(topic.into_iter().filter(|t| !t.is_empty()));
            prev.details.extend(row_details);
            prev.readings.extend(row_readings);
            let (pw, pd) = (prev.week, prev.date);
            for act in row_acts {
                if act.date.is_some() {
                    acts.push(FoundActivity {
                        line: line_no,
                        act,
                        row_date: pd,
                        week: Some(pw),
                        row_time: None,
                        row_room: None,
                    });
                } else {
                    r.warn(
                        line_no,
                        format!(
                            "set aside: {} {} has no date of its own in an out-of-sequence row",
                            act.label, act.kind
                        ),
                    );
                }
            }
            continue;
        }
        let week = explicit_week.unwrap_or_else(|| match rows.last() {
            Some(prev) => {
                prev.week
                    + u32::try_from((week_monday(date) - week_monday(prev.date)).num_days() / 7)
                        .unwrap_or(0)
            }
            None => 1,
        });
        if let Some(prev) = rows.last()
            && let Some(w) = explicit_week
            && w > prev.week
            && prev.explicit
        {
            let expected = week_monday(prev.date) + Duration::days(7 * i64::from(w - prev.week));
            if expected != week_monday(date) {
                cadence.push(Warning { line: line_no, message: format!(
                    "week {w} is dated {}, but weekly steps from week {} ({}) put it in the week of {}; check the date",
                    date.format("%a %b %-d"), prev.week, prev.date.format("%b %-d"), expected.format("%b %-d")
                )});
            }
        }
        let title = topic.unwrap_or_default();
        // "No class Monday (MLK Day); Wed: loops" cancels one day, not the week; an exam in
        // the topic column replaces the lecture on its own day.
        let mut skip = Vec::new();
        let mut whole_week_off = false;
        for text in std::iter::once(&title).chain(row_details.iter()) {
            if !is_no_class(text) {
                continue;
            }
            let days = no_class_days(text, date, r);
            if days.is_empty() {
                whole_week_off = true;
            }
            skip.extend(days);
        }
        if exam_only {
            for a in row_acts.iter().filter(|a| a.kind == EventKind::Exam) {
                let d = match (a.date, a.weekday) {
                    (Some(sp), _) => r.date(
                        line_no,
                        sp.start,
                        a.date_text.as_deref().unwrap_or(&a.label),
                    )?,
                    (None, Some(wd)) => {
                        date + Duration::days(
                            (7 + i64::from(wd.num_days_from_monday())
                                - i64::from(date.weekday().num_days_from_monday()))
                                % 7,
                        )
                    }
                    (None, None) => date,
                };
                skip.push(d);
            }
        }
        let no_class = side_no_class && skip.is_empty() || whole_week_off;
        for act in row_acts {
            acts.push(FoundActivity {
                line: line_no,
                act,
                row_date: date,
                week: Some(week),
                row_time,
                row_room: row_room.clone(),
            });
        }
        rows.push(WeekRow {
            skip,
            time: row_time,
            room: row_room,
            line: line_no,
            week,
            explicit: explicit_week.is_some(),
            date,
            range_end,
            title,
            details: row_details,
            readings: row_readings,
            no_class,
        });
    }
    if rows.is_empty() {
        return Err(SyllabusError::NoSchedule);
    }
    // Numbers that step once per row in a table with several rows a week count lectures,
    // not weeks: their "cadence" says nothing.
    if !rows
        .windows(2)
        .any(|w| week_monday(w[0].date) == week_monday(w[1].date))
    {
        r.warnings.extend(cadence);
    }
    Ok((rows, acts, table_start))
}
