//! What a dated row's cells say: its week cell, its topic, details and readings, its own time
//! and room, and the activities and exams its cells name.

pub(super) mod bare_work;
mod exam_led;
mod listed;
pub(super) mod named_work;
mod weighted;

use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono::NaiveTime;

use super::roles::{Role, RoleCells};
use super::session::{self, Session};
use super::warn_unread;
use crate::model::EventKind;
use crate::syllabus::Context;
use crate::syllabus::activity::{
    ACTIVITY_VERB, Activity, DEADLINE_RE, RELEASE_RE, SUBJECT_RE, is_no_class, parse_cell,
};
use crate::syllabus::dates::{DateSpan, parse_date_prefix, weekday};
use crate::syllabus::lean::{Yes, lean, yes};
use crate::syllabus::lexicon::{
    DEADLINE_VERB_PATTERN, DUE_VERB, EXAM_ALONE_PATTERN, EXAM_FIRST_WORDS, LECTURE_NUMBER_PATTERN,
    OFFICE_HOURS_PATTERN, OUT_VERB, RELEASE_ALONE_VERBS, RELEASE_VERB_PATTERN, SUBJECT_PATTERN,
};
use crate::syllabus::text::squash;
use crate::syllabus::times::{LONE_START_MINUTES, TIME_LIKE, find_time, split_leading_time};

/// A topic that is only numbered work handed out, its verb last ("Project 2 intro", "HW 3
/// released"): the day's row announces the work, it is no lecture of its own (read as one,
/// each gave a lecture the schedule does not list).
static RELEASE_ONLY: LazyLock<Lean> = LazyLock::new(|| {
    let alone = RELEASE_ALONE_VERBS.join("|");
    lean(&format!(
        r"(?i)^\s*(?:{SUBJECT_PATTERN})\s+(?:{RELEASE_VERB_PATTERN}|{alone})\s*[.!]*$"
    ))
});

/// A topic that is only a deadline, its verb first or last ("Submit Assignment 1", "Homework
/// 3 due", "Sheet 2 (due" with its date taken out, "Lab report 1 due", "Rendu du projet 2"):
/// a row of its own that is no lecture. Around the work's name one word of its own may stand
/// ("Term paper", "Deadline for Essay 2"), and one after a closing verb ("Quiz 1 due online"),
/// no more: "Sorting algorithms HW1 due" is a lecture with its deadline.
static WORK_ONLY: LazyLock<[Lean; 3]> = LazyLock::new(|| {
    let word = r"[\p{L}\p{N}'’#-]+";
    [
        // A numbered hand-in without a work word: "Innlevering 2", "Entrega #3".
        format!(r"(?i)^\s*(?:{DEADLINE_VERB_PATTERN})\s*#?\s*[0-9]{{1,2}}\s*[.!]*$"),
        format!(
            r"(?i)^\s*(?:{DEADLINE_VERB_PATTERN})\s*:?\s*(?:{word}\s+)?(?:{SUBJECT_PATTERN})(?:\s+{word})?\s*[.!]*$"
        ),
        format!(
            r"(?i)^\s*(?:{word}\s+)?(?:{SUBJECT_PATTERN})(?:\s+{word})?\s*[:(]?\s*(?:{DEADLINE_VERB_PATTERN})(?:\s+\p{{L}}+)?\s*[.!)]*$"
        ),
    ]
    .map(|p| lean(&p))
});

/// What may follow a deadline without making its row more than the deadline: notes in
/// brackets ("(Canvas)") and the hour it falls due, alone ("due 23:59"), with one or two
/// short words before it ("by 5pm", "a las 23:59h", "by noon") and a zone after it ("11:59
/// PM ET"); a clock may end in one letter for its half of the day ("at 11:55p") or be
/// written with an `h` ("23h59").
static WORK_TAILS: LazyLock<[Lean; 3]> = LazyLock::new(|| {
    let time = r"(?:[0-9]{1,2}[:h][0-9]{2}h?\s*(?i:[ap](?:\.?m\.?)?)?|[0-9]{1,2}\s*(?i:[ap]\.?m\.?)|(?i:noon|midnight))(?:\s+[A-Z]{2,4})?\s*$";
    [
        r"(?:\s*\([^()]*\))+\s*$".to_string(),
        format!(r"(?:\s+\p{{L}}{{1,6}}){{1,2}}\s+{time}"),
        format!(r"\s+{time}"),
    ]
    .map(|p| lean(&p))
});

/// Whether a topic that names work is nothing but that work (see [`WORK_ONLY`]), perhaps
/// followed by what [`WORK_TAILS`] allows.
fn work_only(topic: &str) -> bool {
    let topic = &*crate::syllabus::activity::words_apart(topic);
    let mut seen = vec![topic.trim_end()];
    let mut i = 0;
    while i < seen.len() && seen.len() < 8 {
        let t = seen[i];
        for tail in WORK_TAILS.iter() {
            if let Some(m) = tail.find(t).filter(|m| m.start() > 0) {
                seen.push(t[..m.start()].trim_end());
            }
        }
        i += 1;
    }
    // A sentence break inside ("Ch 3. HW 2 due") leaves a topic in front of the work.
    let one_phrase =
        |t: &str| !t.trim_end_matches(['.', '!']).contains([';', ',']) && !t.contains(". ");
    seen.iter()
        .any(|t| one_phrase(t) && WORK_ONLY.iter().any(|re| re.is_match(t)))
}

/// A lecture-numbering cell: "L1", "Lec. 3", "Lecture 12", "Ders 4".
static LECTURE_NO: LazyLock<Yes> = LazyLock::new(|| {
    yes(&format!(
        r"(?i)^(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*[0-9]{{1,2}}$"
    ))
});

/// A lecture's number in front of its topic: "LECTURE 2: ", "Lec 5 - ".
/// A topic that opens with office hours (see [`OFFICE_HOURS_PATTERN`]).
pub(super) static OFFICE_HOURS: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)^\W*(?:{OFFICE_HOURS_PATTERN})\b")));
static LECTURE_NO_LABEL: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:{LECTURE_NUMBER_PATTERN})\.?\s*#?\s*[0-9]{{1,2}}\s*[:\-–]\s*"
    ))
});

/// A dated row taken apart: week cell, date, and the text cells with their roles.
pub(super) struct Parts {
    pub(super) week_cell: Option<String>,
    pub(super) date_text: String,
    pub(super) span: DateSpan,
    pub(super) texts: Vec<(Role, String)>,
    /// The row is a session that is not a lecture (a grid's lab or recitation column): its
    /// exams and work count, but it gives no lecture.
    pub(super) not_lecture: bool,
}

/// The parts of a row whose date is the cell at `di`. The week is the Week column, or else
/// the last non-empty cell before the date, when either holds a week number.
pub(super) fn cell_parts(row: &RoleCells, di: usize, span: DateSpan) -> Parts {
    let week_idx = match row.iter().position(|(r, _)| *r == Some(Role::Week)) {
        Some(w) => Some(w).filter(|&w| super::weeks::week_number(&row[w].1).is_some()),
        // A number under a column the header names as the topic's ("Lecture": 1, 2, 3) is
        // the lecture's number, not its week, when the week's own column is empty in this row.
        None => (0..di)
            .rev()
            .find(|&i| !row[i].1.is_empty())
            .filter(|&i| row[i].0 != Some(Role::Topic))
            .filter(|&i| super::weeks::week_number(&row[i].1).is_some()),
    };
    let (date_text, span, end_idx) = range_in_two_cells(row, di, span);
    let mut texts = Vec::new();
    let mut seen_topic = false;
    for (i, (hrole, c)) in row.iter().enumerate() {
        if c.is_empty() || Some(i) == week_idx || i == di || Some(i) == end_idx {
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
    numbered_topic_as_label(&mut texts);
    // A label before the date ("Finals") names the row only when nothing else does.
    if !texts.iter().any(|(r, _)| *r == Role::Topic)
        && let Some(l) = texts.iter_mut().find(|(r, _)| *r == Role::Label)
    {
        l.0 = Role::Topic;
    }
    // Words after the date in its own cell are a note, kept: the row's topic when it has
    // none, else a detail.
    let cell = row[di].1.trim();
    if let Some(note) = date_cell_note(cell) {
        texts.push((Role::Topic, note));
    }
    // A time after the date in its cell ("May 02 (Mon) at 2:00pm") is the row's, as a Time
    // column's would be, unless the row has one.
    let after = parse_date_prefix(cell).and_then(|s| cell.get(s.len..));
    if let Some((start, end)) = after.and_then(|rest| {
        crate::syllabus::times::after_date(rest).or_else(|| row_time::after_date_more(rest))
    }) && !texts.iter().any(|(r, _)| *r == Role::Time)
    {
        texts.push((
            Role::Time,
            format!("{}-{}", start.format("%H:%M"), end.format("%H:%M")),
        ));
    }
    // "Sat 11 April — 08h00 to 12h00", two ranges of one day: the date's own meetings.
    let ranges = after.map_or_else(Vec::new, crate::syllabus::times::ranges_after_date);
    if !ranges.is_empty() && !texts.iter().any(|(r, _)| *r == Role::Time) {
        texts.push((Role::Time, written_ranges(&ranges)));
    }
    Parts {
        week_cell: week_idx.map(|w| row[w].1.clone()),
        date_text,
        span,
        texts,
        not_lecture: false,
    }
}

/// Two topic columns (`Séance | Date | Contenu`): one holding only the session's number is
/// its label, and the other, in words, the topic (the title was "1", the content a detail
/// whose exams and work were never read).
fn numbered_topic_as_label(texts: &mut [(Role, String)]) {
    let number = |t: &str| !t.trim().is_empty() && t.trim().bytes().all(|b| b.is_ascii_digit());
    if texts.iter().any(|(r, t)| *r == Role::Topic && !number(t)) {
        for (r, t) in texts.iter_mut() {
            if *r == Role::Topic && number(t) {
                *r = Role::Label;
            }
        }
    }
}

/// Words after the date in its own cell: a note in words ("9/27 online (zoom)"), or a
/// bracketed note saying there is no class ("Mon Sept 7: (No class, Labor Day)"), which was
/// dropped and left the day an untitled lecture.
fn date_cell_note(cell: &str) -> Option<String> {
    let after = parse_date_prefix(cell)
        .and_then(|s| cell.get(s.len..))?
        .trim();
    if after.starts_with(char::is_alphabetic) {
        return Some(after.to_string());
    }
    let n = after.trim_start_matches([':', ',', ';', '-', '–', ' ']);
    (n.starts_with('(') && is_no_class(n)).then(|| n.to_string())
}

/// A row whose date cell is followed by a cell of nothing but a date, under no column name
/// the header knows (`Begins … | Ends …`: `January 10, 2022 | January 16, 2022`): the two
/// cells are one range, the second no topic. The range's text, its span and the end cell.
fn range_in_two_cells(
    row: &RoleCells,
    di: usize,
    span: DateSpan,
) -> (String, DateSpan, Option<usize>) {
    let start = row[di].1.trim();
    let plain = (row[di].1.clone(), span, None);
    // Nothing but a date: what the date's prefix leaves has no letters (", 2022").
    let only_date = |t: &str| {
        parse_date_prefix(t)
            .and_then(|s| t.get(s.len..))
            .is_some_and(|rest| !rest.chars().any(char::is_alphabetic))
    };
    if span.end.is_some() || !only_date(start) {
        return plain;
    }
    let Some(next) = (di + 1..row.len()).find(|&i| !row[i].1.trim().is_empty()) else {
        return plain;
    };
    let end = row[next].1.trim();
    // A deadline column's date is the work's, not the end of the row's days.
    let ends_days = matches!(
        row[next].0,
        None | Some(Role::Other | Role::Time | Role::Date | Role::Topic)
    );
    if !ends_days || !only_date(end) {
        return plain;
    }
    let (Some(last), Some(first)) = (parse_date_prefix(end), parse_date_prefix(start)) else {
        return plain;
    };
    let joined = format!("{start} - {end}");
    let range = DateSpan {
        start: first.start,
        end: Some(last.start),
        len: joined.len(),
    };
    (joined, range, Some(next))
}

/// The parts of a line of prose that starts "[week] date": the rest is its topic.
pub(super) fn prose_parts(
    week: Option<String>,
    date_text: String,
    span: DateSpan,
    rest: String,
) -> Parts {
    // "23-02-2022 quarta-feira": a weekday after the date names the day, not the topic.
    let only_weekday = rest
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .count()
        == 1
        && crate::syllabus::dates::weekday(
            rest.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
        )
        .is_some();
    // "- Tue 2017-01-24 14:00", an Org heading's timestamp: a clock alone after the date is
    // the row's time, not its topic.
    let clock = (!rest.is_empty())
        .then(|| crate::syllabus::times::after_date(&rest))
        .flatten();
    // "Sat 11 April — 08h00 to 12h00", "09/10/2023 (9h30-12h15 & 13h30-16h15)": the date's
    // own ranges, one meeting each.
    let ranges = crate::syllabus::times::ranges_after_date(&rest);
    let texts = if let Some((start, end)) = clock {
        vec![(
            Role::Time,
            format!("{}-{}", start.format("%H:%M"), end.format("%H:%M")),
        )]
    } else if !ranges.is_empty() {
        vec![(Role::Time, written_ranges(&ranges))]
    } else if rest.is_empty() || only_weekday {
        Vec::new()
    } else {
        vec![(Role::Topic, rest)]
    };
    Parts {
        week_cell: week,
        date_text,
        span,
        texts,
        not_lecture: false,
    }
}

/// Clock ranges as a Time cell writes them, joined by " & " ("09:30-12:15 & 13:30-16:15").
fn written_ranges(ranges: &[(NaiveTime, NaiveTime)]) -> String {
    ranges
        .iter()
        .map(|(s, e)| format!("{}-{}", s.format("%H:%M"), e.format("%H:%M")))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// What the text cells of a dated row say.
#[derive(Debug, Default)]
pub(super) struct Content {
    /// The lecture's title; empty when the row is an exam.
    pub(super) topic: Option<String>,
    pub(super) details: Vec<String>,
    pub(super) readings: Vec<String>,
    pub(super) acts: Vec<Activity>,
    /// The row is an exam, not a lecture ("Midterm" in the topic column).
    pub(super) exam_only: bool,
    pub(super) time: Option<(NaiveTime, NaiveTime)>,
    /// The further meetings of the row's day a Time cell gives after `time` ("09:30-12:15 &
    /// 13:30-16:15"): each is a lecture of its own.
    pub(super) more_times: Vec<(NaiveTime, NaiveTime)>,
    /// `time` holds only a start column's time, until its end column is read.
    pub(super) time_start_only: bool,
    pub(super) room: Option<String>,
    /// A side column says "No class".
    pub(super) side_no_class: bool,
    /// A readings or materials column says "No class": the row's only word when it has no
    /// topic ("Thanksgiving week, no class" under "Material").
    pub(super) reading_no_class: bool,
    /// The row is one deliverable ("Homework 1 | due by 11:59pm") or a session that is not a
    /// lecture ("Lab: ...", "No recitation"): its activities count, but it gives no lecture.
    pub(super) not_a_lecture: bool,
    /// The row is a lab, tutorial or other session: the events it gives when it is not in
    /// the lecture slot.
    pub(super) session: Option<Vec<Activity>>,
    /// Work told in words in the work column, with its deadline from a due-date column
    /// ("Digitise the map" | "14.11.23"): released on the row's date, due on that date.
    pub(super) task: Option<Task>,
    /// The work column's text that names no activity, until the row is read.
    pub(super) untold: Option<String>,
    /// The due-date column's date, until the row is read.
    pub(super) due: Option<(String, DateSpan)>,
    /// A kind column's exam word ("Examen"), until the row is read.
    pub(super) kind_exam: Option<String>,
    /// A kind column's code that no legend defines ("T", "L"): see `codes::by_count`.
    pub(super) code: Option<String>,
    /// The cell before the date names the row: whether as a lecture's number ("Lecture 3")
    /// or as something else ("Pset 1 due", "Project"); see `numbered_labels`.
    pub(super) label_lecture: Option<bool>,
    /// A label's deadline or release verb ("Due"), until the row is read.
    pub(super) kind_verb: Option<&'static str>,
    /// A side column names a quiz, until the row is read.
    pub(super) side_quiz: bool,
    /// The topic is numbered work and nothing more ("HW 1"): that work's deadline, should
    /// the row fall on a day without class (see [`bare_work`]).
    pub(super) bare_work: Option<Activity>,
}

/// Work given in words, with its deadline as written.
#[derive(Debug)]
pub(super) struct Task {
    pub(super) text: String,
    pub(super) due_text: String,
    pub(super) due: DateSpan,
}

impl Task {
    /// The release on the row's date and the deadline, labelled `label` ("Homework 2").
    pub(super) fn activities(self, label: &str) -> [Activity; 2] {
        let act = |kind, date: Option<DateSpan>| Activity {
            is_homework: true,
            date,
            date_text: date.map(|_| self.due_text.clone()),
            note: Some(self.text.clone()),
            ..Activity::bare(kind, label.to_string())
        };
        [
            act(EventKind::Release, None),
            act(EventKind::Deadline, Some(self.due)),
        ]
    }
}

/// Reads the text cells of a dated row.
pub(super) fn read(mut texts: Vec<(Role, String)>, line: usize, cx: &mut Context) -> Content {
    // A Day column's weekday beside the date ("Mon | Sep 13 | 12:00 | Lab 1") says nothing
    // the date does not: read as the row's first text, it named the row (so "Lab 1" after it
    // was no session) and made an empty day a class.
    if texts
        .first()
        .is_some_and(|(r, t)| *r == Role::Other && weekday(t.trim()).is_some())
    {
        texts.remove(0);
    }
    if let Some((item, verb)) = item_first(&texts) {
        return deliverable(&texts[item].1, &texts[verb].1, line, cx);
    }
    if let Some(item) = weighted::item(&texts) {
        // A weighed exam named by its lead word ("Examen intra 35%") is that exam, at the
        // class's time, as the same name in a topic cell is.
        if let Some(exams) = exam_led::read(&item) {
            return Content {
                acts: exams,
                topic: Some(String::new()),
                exam_only: true,
                ..Content::default()
            };
        }
        let work = weighted::work(&item);
        return Content {
            exam_only: work.kind == EventKind::Exam,
            acts: vec![work],
            not_a_lecture: true,
            ..Content::default()
        };
    }
    // A first cell without a letter that was not read as the row's time ("08-12") does not
    // name the row: the session word may be in the cell after it. A cell read as the time
    // leaves the row to its table, which says whether its session is a lecture.
    // A row whose own hours and room come first ("12:45-14:30 | Room 4 | Tutorial: ...") is
    // named by its topic cell.
    let named = texts
        .iter()
        .position(|(_, t)| t.chars().any(char::is_alphabetic))
        .filter(|&i| i <= 1 && texts[0].0 != Role::Time)
        .or_else(|| {
            (texts.first().is_some_and(|(r, _)| *r == Role::Time))
                .then(|| texts.iter().position(|(r, _)| *r == Role::Topic))
                .flatten()
        })
        .unwrap_or(0);
    let session = match texts.get(named).and_then(|(_, t)| session::read(t)) {
        Some(Session::Off) => {
            return Content {
                not_a_lecture: true,
                ..Content::default()
            };
        }
        // The session's cell names the row; whether it is a lecture the table decides.
        Some(Session::Held(acts)) => Some((texts.remove(named).1, acts)),
        None => None,
    };
    let mut content = read_cells(texts, line, cx);
    if let Some((first, acts)) = session {
        if let Some(t) = content.topic.take() {
            content.details.insert(0, t);
        }
        content.topic = Some(first);
        content.session = Some(acts);
    }
    content
}

/// A clock time written as one ("10:15", "9:30 AM"), never a bare number.
fn written_clock(t: &str) -> Option<NaiveTime> {
    TIME_LIKE.is_match(t).then(|| find_time(t)).flatten()
}

/// Reads the text cells of a dated row that is neither a deliverable nor a session.
fn read_cells(mut texts: Vec<(Role, String)>, line: usize, cx: &mut Context) -> Content {
    // A table of work without a topic column (`Assignment/Exam | Date`): an exam in the work
    // column is the day's exam, as it is in a topic column, and no lecture.
    if !texts.iter().any(|(r, _)| *r == Role::Topic)
        && let Some(work) = texts.iter_mut().find(|(r, _)| *r == Role::Activity)
        && starts_with_exam(&work.1)
    {
        work.0 = Role::Topic;
    }
    // A numbering column ("L1", "Lecture 3") is not the topic: the next text is. So is a
    // bare number in a first topic column ("lecture": 0, 1, 2) when a later column is the
    // topic's too (`lecture | dow | date | week | topic`).
    let topics: Vec<usize> = (0..texts.len())
        .filter(|&i| texts[i].0 == Role::Topic)
        .collect();
    let bare_number = |t: &str| {
        let t = t.trim().trim_start_matches('#');
        (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    if let Some(&i) = topics.first()
        && (LECTURE_NO.is_match(&texts[i].1) || topics.len() > 1 && bare_number(&texts[i].1))
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
    let mut content = Content::default();
    for (role, t) in texts {
        content.take(role, t, line, cx);
    }
    content.exam_only |= std::mem::take(&mut content.side_quiz)
        && content.topic.as_deref().is_none_or(|t| t.trim().is_empty());
    content.exam_by_kind();
    content.session_by_kind();
    content.work_by_kind();
    if let (Some(text), Some((due_text, due))) = (content.untold.take(), content.due.take()) {
        content.details.retain(|d| *d != text);
        content.acts.retain(|a| a.kind != EventKind::Other);
        content.task = Some(Task {
            text,
            due_text,
            due,
        });
    }
    content
}

impl Content {
    fn take(&mut self, role: Role, t: String, line: usize, cx: &mut Context) {
        // "Lecture 10:15-12" in a side or kind cell: the row's time, unless the cell is an
        // exam's or work's.
        if matches!(role, Role::Label | Role::Other | Role::Kind)
            && self.time.is_none()
            && parse_cell(&t).0.is_empty()
        {
            self.time = row_time::side_time(&t);
        }
        match role {
            Role::Topic if self.topic.is_none() => {
                let t = split_leading_time(t, &mut self.time);
                // A range in a cell of work or an exam is that event's hours.
                let t = if parse_cell(&t).0.is_empty() {
                    row_time::split_topic_time(t, &mut self.time)
                } else {
                    t
                };
                self.topic(t)
            }
            Role::Topic => self.details.push(t),
            // A readings cell that opens with a deadline ("Due at 11:59 PM, HW03") says work.
            Role::Reading if starts_with_verb(&t) && !parse_cell(&t).0.is_empty() => {
                self.acts.extend(parse_cell(&t).0);
            }
            Role::Reading => {
                self.reading_no_class |= is_no_class(&t);
                self.acts.extend(work_among_readings(&t));
                self.readings.push(t);
            }
            Role::Time => self.time_cell(&t),
            Role::Room => self.room = Some(t),
            // A code the document defines ("T" for tutorial) is a kind cell in any column.
            Role::Label | Role::Other | Role::Kind
                if let Some(word) = cx.kind_codes.get(t.trim()) =>
            {
                self.kind(word)
            }
            Role::Label if self.label_kind(&t) => {
                self.label_lecture = Some(false);
            }
            Role::Label | Role::Other => {
                // A side cell numbering the lecture ("Lecture 3", under no header or one the
                // reader does not know, as "Session") says the row is one; any other says
                // nothing of it but that it is named otherwise.
                let numbered = LECTURE_NO.is_match(&t);
                self.label_lecture = Some(numbered || self.label_lecture == Some(true));
                self.code = self.code.take().or_else(|| super::codes::numbering(&t));
                self.side(&t)
            }
            Role::Kind => self.kind(&t),
            Role::Week | Role::Date => {}
            Role::DueDate => {
                self.due = parse_date_prefix(t.trim()).map(|span| (t.trim().to_string(), span));
            }
            Role::Activity => self.activity(t, line, cx),
        }
    }

    /// A Time column's cell. A start and an end column (`Start | End`) each hold one clock
    /// time; a start alone lasts as a lone start does.
    fn time_cell(&mut self, t: &str) {
        match (row_time::column_time(t), self.time) {
            (Some(range), _) => {
                self.time = Some(range);
                let ranges = crate::syllabus::times::ranges_after_date(t);
                self.more_times = ranges.into_iter().skip(1).collect();
            }
            (None, Some((start, _))) if self.time_start_only => {
                if let Some(end) = written_clock(t).filter(|e| *e > start) {
                    self.time = Some((start, end));
                }
                self.time_start_only = false;
            }
            (None, None) => {
                self.time = written_clock(t)
                    .map(|s| (s, s + chrono::Duration::minutes(LONE_START_MINUTES)));
                self.time_start_only = self.time.is_some();
            }
            _ => {}
        }
    }

    /// A work column's cell.
    fn activity(&mut self, t: String, line: usize, cx: &mut Context) {
        let (found, unread) = parse_cell(&t);
        if let Some(u) = unread {
            match named_item(&u).or_else(|| named_work::read(&u)) {
                Some(a) => self.acts.push(a),
                None => match cx.standing_due.and_then(|rule| listed::read(&u, rule)) {
                    Some(both) => self.acts.extend(both),
                    None => warn_unread(cx, line, &u),
                },
            }
        } else if found.iter().all(|a| a.kind == EventKind::Other) {
            // "Implement your database", "Digitise the map for your project": work in words
            // (a due-date column may make it homework).
            self.untold.get_or_insert(t.clone());
            if found.is_empty() {
                self.details.push(t);
            }
        }
        self.acts.extend(found);
    }

    fn topic(&mut self, t: String) {
        // "TA office hour on Zoom": office hours, not a class.
        self.not_a_lecture |= OFFICE_HOURS.is_match(&t);
        // "LECTURE 2: MIDTERM #1": the meeting's number says nothing of what it is.
        let bare = LECTURE_NO_LABEL
            .find(&t)
            .map_or(t.as_str(), |m| &t[m.end()..]);
        if let Some(exam) = exam_alone(bare) {
            self.acts.push(exam);
            self.topic = Some(String::new());
            self.exam_only = true;
            return;
        }
        // "Examen – Segundo recuperatorio": the exam's own name after the exam word.
        let (found, _) = parse_cell(exam_led::named_after_dash(&t));
        // A topic that is an exam ("Midterm", "Exam 1 (DP and D&C)") is the exam, not a lecture;
        // so is one that gives its exam an hour ("Review / EXAM 1 @3PM" in one cell).
        let exam = found.first().filter(|a| a.kind == EventKind::Exam);
        if let (Some(quiz), Some(rest)) = (exam, class_after_quiz(bare)) {
            self.acts.push(quiz.clone());
            self.topic(rest.to_string());
            return;
        }
        if exam.is_some_and(|a| starts_with_exam(bare) || a.time.is_some()) {
            self.acts
                .extend(found.into_iter().filter(|a| a.kind != EventKind::Other));
            self.topic = Some(String::new());
            self.exam_only = true;
        } else if let Some(exams) = exam_led::read(bare) {
            self.acts.extend(exams);
            self.topic = Some(String::new());
            self.exam_only = true;
        } else {
            let work: Vec<Activity> = found
                .into_iter()
                .filter(|a| matches!(a.kind, EventKind::Release | EventKind::Deadline))
                .collect();
            self.not_a_lecture |= !work.is_empty() && (work_only(&t) || RELEASE_ONLY.is_match(&t));
            // Work under a name no work word gives ("Annotated bibliography due"), when the
            // cell says nothing else.
            let named = work.is_empty().then(|| named_work::read(&t)).flatten();
            self.not_a_lecture |= named.is_some();
            if work.is_empty() && named.is_none() {
                self.bare_work = bare_work::read(&t);
            }
            self.acts.extend(named);
            self.acts.extend(work);
            self.topic = Some(t);
        }
    }

    /// A kind column: a session other than a lecture ("Práctica", "Lab") makes the row that
    /// session, an exam word ("Examen") makes it the exam its topic names; a lecture word
    /// ("Teoría") says nothing more.
    fn kind(&mut self, t: &str) {
        self.side_no_class |= is_no_class(t);
        if super::codes::is_code(t) {
            self.code = Some(t.trim().to_string());
        }
        if let Some(Session::Held(acts)) = session::read(t) {
            self.not_a_lecture = true;
            self.acts.extend(acts);
        } else if starts_with_exam(t) {
            self.kind_exam = Some(squash(t));
        }
    }

    /// A label that is only a word of what the row is ("Due", "Exam", "Lab"), as a table
    /// copied one cell per line gives it: read as a kind cell; a deadline or release verb
    /// makes the topic that work.
    fn label_kind(&mut self, t: &str) -> bool {
        let t = t.trim();
        let whole = |re: &Lean| {
            re.find(t)
                .is_some_and(|m| m.start() == 0 && m.end() == t.len())
        };
        if whole(&DEADLINE_RE) || whole(&RELEASE_RE) {
            self.kind_verb = Some(if whole(&DEADLINE_RE) {
                DUE_VERB
            } else {
                OUT_VERB
            });
            return true;
        }
        let exam = EXAM_FIRST_WORDS.contains(&t.to_lowercase().as_str());
        if exam || session::read(t).is_some() {
            self.kind(t);
            return true;
        }
        false
    }

    /// The row a label called work due or out: its topic is that work, and no lecture.
    fn work_by_kind(&mut self) {
        let Some(verb) = self.kind_verb.take() else {
            return;
        };
        let Some(topic) = self.topic.take().filter(|t| !t.trim().is_empty()) else {
            return;
        };
        let told = format!("{} {verb}", topic.trim());
        let (found, unread) = parse_cell(&told);
        let found: Vec<Activity> = found
            .into_iter()
            .filter(|a| a.kind != EventKind::Other)
            .collect();
        self.acts.extend(found);
        self.acts.extend(unread.as_deref().and_then(named_item));
        self.not_a_lecture = true;
    }

    /// A session a kind column named ("Tutorial") is titled by the row's topic.
    fn session_by_kind(&mut self) {
        if !self.not_a_lecture {
            return;
        }
        let Some(topic) = self.topic.as_deref().filter(|t| !t.trim().is_empty()) else {
            return;
        };
        for a in self
            .acts
            .iter_mut()
            .filter(|a| a.kind == EventKind::Other && a.note.is_none())
        {
            // "Übung 1" under "Übung" names the session itself.
            if topic.to_lowercase().starts_with(&a.label.to_lowercase()) {
                a.label = squash(topic);
            } else {
                a.note = Some(topic.to_string());
            }
        }
    }

    /// The row a kind column called an exam: the exam its topic names, or one named by the
    /// kind cell.
    fn exam_by_kind(&mut self) {
        let Some(word) = self.kind_exam.take() else {
            return;
        };
        if !self.acts.iter().any(|a| a.kind == EventKind::Exam) {
            let label = self
                .topic
                .take()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or(word);
            self.acts.push(Activity::bare(EventKind::Exam, label));
        }
        self.topic = Some(String::new());
        self.exam_only = true;
    }

    /// Side columns ("Session", "Notes") may still say "No class" or name an exam.
    fn side(&mut self, t: &str) {
        self.side_no_class |= is_no_class(t);
        if let Some(exams) = dated_exam(t) {
            self.acts.extend(exams);
            return;
        }
        let found: Vec<Activity> = parse_cell(t)
            .0
            .into_iter()
            .filter(|a| a.kind != EventKind::Other)
            .collect();
        // A "Session" cell such as "Exam 1 (evening)": the row is the exam; a quiz is held
        // in the class the topic column names, if it names one.
        let exam = starts_with_exam(t) && found.first().is_some_and(|a| a.kind == EventKind::Exam);
        if exam && crate::syllabus::activity::starts_with_quiz(t) {
            self.side_quiz = true;
        } else if !exam && let Some(exams) = exam_led::read(t) {
            // "Examen intra | 23 octobre | 35%": the exam, as it is in a topic cell.
            self.exam_only = true;
            self.acts.extend(exams);
            return;
        } else {
            self.exam_only |= exam;
        }
        self.acts.extend(found);
    }
}

/// A remark that opens with another day's date, its weekday perhaps before it, and goes on
/// with an exam ("sábado 27/05. Examen Mitad Cursada"): that exam, on that date. The row's
/// own day is no exam day (the exam is on a Saturday beside a Thursday class).
fn dated_exam(t: &str) -> Option<Vec<Activity>> {
    let (at, span) = crate::syllabus::dates::find_date(t)?;
    let before = t[..at].trim().trim_end_matches(',');
    if !before.is_empty() && crate::syllabus::dates::weekday(before).is_none() {
        return None;
    }
    let rest = t[at + span.len..].trim_start_matches(['.', ',', ':', ' ']);
    let mut exams = exam_led::read(rest)?;
    let date_text = t[at..at + span.len].to_string();
    for e in &mut exams {
        e.date = Some(span);
        e.date_text = Some(date_text.clone());
    }
    Some(exams)
}

/// The class's topic after a quiz that opens a topic cell ("Quiz 1; Joins", "Quiz 2 +
/// recursion"): a quiz is held in the class, which still meets. None when the cell is only
/// the quiz, or what follows names work or an exam of its own.
fn class_after_quiz(topic: &str) -> Option<&str> {
    if !crate::syllabus::activity::starts_with_quiz(topic) {
        return None;
    }
    let (_, rest) = topic.split_once([';', '+', '|'])?;
    let rest = rest.trim();
    let words = rest.chars().any(char::is_alphabetic);
    (words && parse_cell(rest).0.is_empty()).then_some(rest)
}

/// Work of a name coursecal does not know, under a due or release column ("Map exercise"
/// under "Due", read as "Map exercise due"): a few plain words, the verb and perhaps a time,
/// read as an item-first table's row is ([`column_named_work`]).
fn named_item(text: &str) -> Option<Activity> {
    let text = text.trim();
    // A clock time may follow the verb: "Field notes 2 due 17:00".
    let (head, time) = match text.rsplit_once(' ') {
        Some((head, last)) if TIME_LIKE.is_match(last) => (head, last),
        _ => (text, ""),
    };
    // So may a weekday, the first such day from the row's date: "Chapter 2 blog due Friday".
    let (head, day) = match head.rsplit_once(' ') {
        Some((h, last)) if time.is_empty() => match weekday(last.trim_end_matches(['.', ','])) {
            Some(day) => (h, Some(day)),
            None => (head, None),
        },
        _ => (head, None),
    };
    let (item, verb) = head.rsplit_once(' ')?;
    // A dot before a digit numbers a version or a part ("Spec v.1", "Milestone 2.1").
    let plain = item.char_indices().all(|(i, c)| {
        c.is_alphanumeric()
            || matches!(c, ' ' | '-' | '\'' | '&' | '+')
            || c == '.' && item[i + 1..].starts_with(|d: char| d.is_ascii_digit())
    });
    // "Proof of concept + slides": the joining sign is no word.
    let words = item
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    (words <= MOST_ITEM_WORDS && plain && item.chars().next()?.is_alphabetic())
        .then(|| column_named_work(item, &format!("{verb} {time}")))
        .flatten()
        .map(|a| Activity { weekday: day, ..a })
}

/// The most words a name of work read by [`named_item`] has.
const MOST_ITEM_WORDS: usize = 4;

/// An item-first row, as in a learning platform's course summary ("Homework 1 | due by
/// 11:59pm"): the first text names the work and a later cell, starting with a deadline or
/// release verb and naming no work itself, says what happens to it. Returns both indices.
fn item_first(texts: &[(Role, String)]) -> Option<(usize, usize)> {
    let item = texts
        .iter()
        .position(|(r, _)| matches!(r, Role::Topic | Role::Label | Role::Activity))?;
    let verb = texts
        .iter()
        .enumerate()
        .skip(item + 1)
        // A cell naming its own work ("Entrega 1 — Sunday") is that work, not another's verb.
        // A sentence that opens with the verb ("Due dates are posted on Canvas") says no
        // work's day.
        .find(|(_, (_, t))| {
            starts_with_verb(t)
                && t.split_whitespace().count() <= MOST_VERB_CELL_WORDS
                && !SUBJECT_RE.is_match(t)
                && named_work::read(t).is_none()
                && parse_cell(t).0.is_empty()
        })?
        .0;
    Some((item, verb))
}

/// The work of an undated line under a row that names an item and what happens to it in
/// cells of its own ("| Quiz 2 | due by 9am", a learning platform's second item of a day):
/// the item-first reading of a dated row, for the day above.
pub(super) fn item_first_line(
    row: &RoleCells,
    line: usize,
    cx: &mut Context,
) -> Option<Vec<Activity>> {
    let texts: Vec<(Role, String)> = row
        .iter()
        .filter(|(_, c)| !c.trim().is_empty())
        .map(|(r, c)| (r.unwrap_or(Role::Activity), c.clone()))
        .filter(|(r, _)| !matches!(r, Role::Week | Role::Date | Role::Reading | Role::Time))
        .collect();
    let (item, verb) = item_first(&texts)?;
    let acts = deliverable(&texts[item].1, &texts[verb].1, line, cx).acts;
    (!acts.is_empty()).then_some(acts)
}

/// Most words of an item-first row's verb cell: "due Friday by 5pm".
const MOST_VERB_CELL_WORDS: usize = 4;

/// Work with its own verb listed among a row's readings ("Ch. 8.5, Lab 4 Due"): each item of
/// the list that is work released or due, and nothing else, is that work; an exam or a
/// chapter there stays reading.
fn work_among_readings(t: &str) -> Vec<Activity> {
    if !ACTIVITY_VERB.is_match(t) {
        return Vec::new();
    }
    t.split([',', ';'])
        .flat_map(|item| parse_cell(item.trim()).0)
        .filter(|a| matches!(a.kind, EventKind::Deadline | EventKind::Release))
        .collect()
}

fn starts_with_verb(t: &str) -> bool {
    let t = t.trim_start();
    [&*DEADLINE_RE, &*RELEASE_RE]
        .iter()
        .any(|re| re.find(t).is_some_and(|m| m.start() == 0))
}

/// The activity of an item-first row. An exam listed as work "due" at its end (a course
/// summary's habit) stays the exam, without that time.
fn deliverable(item: &str, verb: &str, line: usize, cx: &mut Context) -> Content {
    let joined = format!("{} {}", item.trim(), verb.trim());
    let (mut acts, unread) = parse_cell(&joined);
    let exams: Vec<Activity> = parse_cell(item)
        .0
        .into_iter()
        .filter(|a| a.kind == EventKind::Exam)
        .collect();
    if !exams.is_empty() {
        acts = exams;
    }
    if acts.is_empty() {
        match column_named_work(item, verb) {
            Some(a) => acts.push(a),
            None => warn_unread(cx, line, &unread.unwrap_or(joined)),
        }
    }
    Content {
        acts,
        not_a_lecture: true,
        ..Content::default()
    }
}

/// Most words an item's name has when it names work by itself ("IA 1", "Class set up").
const ITEM_NAME_WORDS: usize = 6;

/// The work an item-first table's row names by a name no work word gives ("IA 1" under
/// `Assigned | Due | Link`): the table says it is work, and the column's verb alone (the
/// [`DUE_VERB`] or [`OUT_VERB`] the table put there, perhaps with a time) whether it is due
/// or handed out. A verb written in a cell ("submit questions here") names nothing.
fn column_named_work(item: &str, verb: &str) -> Option<Activity> {
    let name = squash(item.trim().trim_matches(|c: char| !c.is_alphanumeric()));
    let words = name.split_whitespace().count();
    if words == 0 || words > ITEM_NAME_WORDS {
        return None;
    }
    let verb = verb.trim();
    let (kind, rest) = if let Some(rest) = verb.strip_prefix(DUE_VERB) {
        (EventKind::Deadline, rest)
    } else if let Some(rest) = verb.strip_prefix(OUT_VERB) {
        (EventKind::Release, rest)
    } else {
        return None;
    };
    // Only a time may follow ("due 5pm"); "due by Friday" is a sentence of its own.
    let time = crate::syllabus::times::find_time(rest);
    let only_time = rest.trim().chars().all(|c| {
        c.is_ascii_digit() || matches!(c, ':' | '.' | ' ' | 'a' | 'p' | 'm' | 'A' | 'P' | 'M')
    });
    if !only_time || rest.trim().is_empty() != time.is_none() {
        return None;
    }
    Some(Activity {
        is_homework: true,
        time,
        ..Activity::bare(kind, name)
    })
}

/// The exam a topic cell is when it is only "Test", "Test 2" or "PE 1", perhaps with its
/// short code after it ("First exam (P1)").
fn exam_alone(t: &str) -> Option<Activity> {
    static ALONE: LazyLock<Yes> = LazyLock::new(|| {
        yes(&format!(
            r"(?i)^(?:{EXAM_ALONE_PATTERN})(?:\s*\([a-z]{{1,3}}[0-9]?\))?$"
        ))
    });
    let label = squash(&t.replace(['*', '_'], " "));
    // A topic that is only the exam's name in brackets ("(Primer Parcial)") is that exam.
    let label = match label.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        Some(inner) if !inner.contains(['(', ')']) => inner.trim().to_string(),
        _ => label,
    };
    ALONE
        .is_match(&label)
        .then(|| Activity::bare(EventKind::Exam, label))
}

/// Whether a cell's first word is an exam word.
pub(super) fn starts_with_exam(t: &str) -> bool {
    let first = without_ordinal_number(t.trim_start())
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
        .to_lowercase();
    EXAM_FIRST_WORDS.contains(&first.as_str())
}

/// The text after a number that counts the exam (`1ª Prova`, `2º Parcial`, `2nd Midterm`,
/// `1. Klausur`), or the text itself.
fn without_ordinal_number(t: &str) -> &str {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == t.len() || rest.len() + 2 < t.len() {
        return t;
    }
    let lower = rest.to_lowercase();
    let after = [".", "st", "nd", "rd", "th", "ª", "º", "°"]
        .iter()
        .find(|s| lower.starts_with(*s))
        .map_or(rest, |s| &rest[s.len()..]);
    if after.starts_with(char::is_whitespace) {
        after.trim_start()
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::dates::parse_date_prefix;

    fn cx() -> Context {
        Context::for_term("")
    }

    fn span() -> DateSpan {
        parse_date_prefix("Oct 4").unwrap()
    }

    #[test]
    fn a_clock_alone_after_a_lines_date_is_its_time_and_a_topic_with_a_number_is_not() {
        let p = prose_parts(None, "Oct 4".into(), span(), "13:00".into());
        assert_eq!(p.texts, vec![(Role::Time, "13:00-14:30".to_string())]);
        let p = prose_parts(None, "Oct 4".into(), span(), "10:15-11:45".into());
        assert_eq!(p.texts, vec![(Role::Time, "10:15-11:45".to_string())]);
        for topic in ["3 Sorting", "2.10 Heaps", "12"] {
            let p = prose_parts(None, "Oct 4".into(), span(), topic.into());
            assert_eq!(p.texts, vec![(Role::Topic, topic.to_string())]);
        }
    }

    #[test]
    fn a_session_named_after_a_cell_of_hours_is_no_lecture_and_a_topic_mentioning_one_is() {
        let texts = vec![
            (Role::Other, "08-12".to_string()),
            (Role::Topic, "Laboration 1: Loops".to_string()),
        ];
        assert!(read(texts, 1, &mut cx()).session.is_some());
        let texts = vec![
            (Role::Other, "13-15".to_string()),
            (Role::Topic, "Loops + laboration 1".to_string()),
        ];
        assert!(read(texts, 1, &mut cx()).session.is_none());
    }

    #[test]
    fn an_exam_named_in_a_side_cell_with_words_about_it_makes_the_row_the_exam() {
        let texts = vec![
            (Role::Label, "Examen intra".to_string()),
            (Role::Topic, "35%".to_string()),
        ];
        let c = read(texts, 1, &mut cx());
        assert!(c.exam_only);
        assert_eq!(c.acts.len(), 1);
        assert_eq!(c.acts[0].kind, EventKind::Exam);
        let texts = vec![
            (Role::Topic, "Trees".to_string()),
            (Role::Other, "Final remarks".to_string()),
        ];
        assert!(!read(texts, 1, &mut cx()).exam_only);
    }

    #[test]
    fn the_cell_before_the_date_is_the_week_when_it_is_a_number() {
        let row = vec![
            (None, "3".to_string()),
            (None, "Oct 4".to_string()),
            (None, "CNNs".to_string()),
            (None, "Hw1 due".to_string()),
        ];
        let p = cell_parts(&row, 1, span());
        assert_eq!(p.week_cell.as_deref(), Some("3"));
        assert_eq!(
            p.texts,
            [
                (Role::Topic, "CNNs".to_string()),
                (Role::Activity, "Hw1 due".to_string())
            ]
        );
    }

    #[test]
    fn a_label_before_the_date_names_a_row_without_a_topic() {
        let row = vec![(None, "Finals".to_string()), (None, "Oct 4".to_string())];
        assert_eq!(
            cell_parts(&row, 1, span()).texts,
            [(Role::Topic, "Finals".to_string())]
        );
    }

    #[test]
    fn an_exam_in_the_topic_column_makes_the_row_the_exam() {
        let c = read(vec![(Role::Topic, "Midterm".into())], 1, &mut cx());
        assert!(c.exam_only);
        assert_eq!(c.topic.as_deref(), Some(""));
        assert_eq!(c.acts.len(), 1);
    }

    #[test]
    fn a_lecture_number_gives_way_to_the_next_text_as_topic() {
        let c = read(
            vec![
                (Role::Topic, "L3".into()),
                (Role::Activity, "Sorting".into()),
            ],
            1,
            &mut cx(),
        );
        assert_eq!(c.topic.as_deref(), Some("Sorting"));
    }

    #[test]
    fn an_unreadable_activity_is_warned_about() {
        let mut cx = cx();
        let c = read(vec![(Role::Activity, "nws due Dec 20".into())], 9, &mut cx);
        assert!(c.acts.is_empty());
        assert_eq!(cx.warnings.len(), 1);
        assert_eq!(cx.warnings[0].line, 9);
    }

    #[test]
    fn an_item_first_row_is_one_deadline_and_no_lecture() {
        let c = read(
            vec![
                (Role::Topic, "Problem set 3".into()),
                (Role::Activity, "due by 11:59pm".into()),
            ],
            1,
            &mut cx(),
        );
        assert!(c.not_a_lecture);
        assert_eq!(c.acts.len(), 1);
        assert_eq!(
            (c.acts[0].kind, c.acts[0].label.as_str()),
            (EventKind::Deadline, "Problem set 3")
        );
        assert_eq!(c.acts[0].time, NaiveTime::from_hms_opt(23, 59, 0));
    }

    #[test]
    fn an_exam_listed_as_due_in_a_course_summary_stays_an_exam() {
        let c = read(
            vec![
                (Role::Topic, "Midterm".into()),
                (Role::Activity, "due by 2:15pm".into()),
            ],
            1,
            &mut cx(),
        );
        assert_eq!(
            c.acts.iter().map(|a| a.kind).collect::<Vec<_>>(),
            [EventKind::Exam]
        );
        assert_eq!(c.acts[0].time, None);
    }

    #[test]
    fn an_item_first_row_naming_no_work_is_warned_about_not_lectured() {
        let mut cx = cx();
        let c = read(
            vec![
                (Role::Topic, "Honor code pledge".into()),
                (Role::Activity, "due by 5pm".into()),
            ],
            4,
            &mut cx,
        );
        assert!(c.not_a_lecture && c.acts.is_empty());
        assert_eq!(cx.warnings[0].line, 4);
    }

    #[test]
    fn work_in_words_with_a_due_date_cell_is_a_task() {
        let c = read(
            vec![
                (Role::Topic, "Mapping".into()),
                (Role::Activity, "Draw a plan of your project site".into()),
                (Role::DueDate, "15.10.24".into()),
            ],
            1,
            &mut cx(),
        );
        let task = c.task.expect("a task");
        assert_eq!(task.text, "Draw a plan of your project site");
        assert_eq!(task.due_text, "15.10.24");
        assert!(c.acts.is_empty() && c.details.is_empty());
        let without_date = read(
            vec![
                (Role::Topic, "Mapping".into()),
                (Role::Activity, "Questions and answers".into()),
                (Role::DueDate, String::new()),
            ],
            1,
            &mut cx(),
        );
        assert!(without_date.task.is_none());
        assert_eq!(without_date.details, ["Questions and answers"]);
    }

    #[test]
    fn a_topic_that_is_an_ordinal_exam_is_the_exam() {
        for cell in ["FIRST EXAM", "Second midterm", "2nd quiz"] {
            let c = read(vec![(Role::Topic, cell.into())], 1, &mut cx());
            assert!(c.exam_only, "{cell}");
        }
    }

    #[test]
    fn a_topic_that_is_only_a_test_or_a_practical_exam_is_the_exam() {
        for cell in ["Test", "Test 2", "PE 1", "**Practical exam**"] {
            let c = read(vec![(Role::Topic, cell.into())], 1, &mut cx());
            assert!(c.exam_only, "{cell}");
            assert_eq!(c.acts[0].kind, EventKind::Exam, "{cell}");
        }
        for cell in ["Test-driven design", "Testing", "PE basics"] {
            assert!(
                !read(vec![(Role::Topic, cell.into())], 1, &mut cx()).exam_only,
                "{cell}"
            );
        }
    }

    #[test]
    fn exam_words_start_an_exam_cell() {
        assert!(starts_with_exam("Midterm 1"));
        assert!(starts_with_exam("Ara sınav"));
        assert!(!starts_with_exam("Review for the midterm"));
    }
}

#[cfg(test)]
mod forms;
pub(super) mod row_time;

#[cfg(test)]
mod due_forms;
