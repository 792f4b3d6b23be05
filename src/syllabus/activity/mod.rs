//! Stage 4, recogniser: activity phrases in a schedule cell, "Hw1 given Oct 5",
//! "Assg 1 due, Assg 2 out: CNNs", "Midterm".
//!
//! A cell is cut where subject words start ([`SUBJECT_PATTERN`]); each piece becomes one
//! activity, named by [`label`] and dated by [`when`].

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::syllabus::lean::Lean;
use chrono::NaiveTime;
use regex_syntax::is_word_character;

mod class_day;
mod coded_due;
mod due_day;
mod homework_label;
mod label;
mod unspaced;
mod verb_date;
mod when;

use super::dates::{DateSpan, find_date};
use super::lean::{Group, Grouped, Groups, Yes, lean, replace_all, replace_all_groups, yes};
use super::lexicon::{
    ACTIVITY_VERB_PATTERN, CLAUSE_COPULAS, DATE_AND_WORDS, DEADLINE_VERB_PATTERN,
    EXAM_CORRECTION_PATTERN, EXAM_PERIOD_PATTERN, EXAM_PRACTICE_PATTERN, Family,
    HAPPENS_VERB_PATTERN, HEADER_WEEK, LEAD_ARTICLES, NEGATION_PATTERN, NO_CLASS_PATTERN,
    NOT_AN_EXAM_PATTERN, ORDINAL_WORDS, PHRASAL_OUT_VERBS, RELEASE_ALONE_VERBS,
    RELEASE_VERB_PATTERN, SELF_STUDY_PATTERN, SOLUTIONS_PATTERN, SUBJECT_PATTERN,
    WEEKDAYS_EN_SHORT, alternation,
};
use super::times::TIME_LIKE;
use crate::model::EventKind;
pub(crate) use class_day::{ClassDay, read as read_class_day};
use label::{Naming, family, is_exam_family};
pub(crate) use unspaced::words_apart;
pub(crate) use when::only_to_be_announced;

/// The date a text gives of its own, as written, and its time ("(ven. 19 sept., 16h)"):
/// what a whole cell naming its work in its own words says of when it falls due.
pub(crate) fn own_date(text: &str) -> Option<(DateSpan, String, Option<NaiveTime>)> {
    let w = when::read(text, text);
    Some((w.date?, w.date_text?, w.time))
}

/// The weekday a deadline's text names ("due Friday", "bis Fr."), in any language.
pub(crate) fn due_weekday(text: &str) -> Option<chrono::Weekday> {
    due_day::find(text).map(|(_, d)| d)
}

/// One thing that happens, as read from a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Activity {
    /// What kind of event it becomes.
    pub(crate) kind: EventKind,
    /// Canonical label such as "Hw2", "Assignment 1", "Project proposal", "Midterm".
    pub(crate) label: String,
    /// True for numbered homework-like work (the `homework` field of the event).
    pub(crate) is_homework: bool,
    /// Its own date, if written; otherwise the row's date applies.
    pub(crate) date: Option<DateSpan>,
    /// The date as written, for messages.
    pub(crate) date_text: Option<String>,
    /// A zone written after the time ("ET", "AoE"), when it is not the course's.
    pub(crate) zone: Option<chrono_tz::Tz>,
    /// The date is to be announced ("HW2 due TBD"): not scheduled until it is known.
    pub(crate) tba: bool,
    /// A weekday written without a date ("due Fri"): the first such day from the row's date.
    pub(crate) weekday: Option<chrono::Weekday>,
    /// Its own time, if written.
    pub(crate) time: Option<NaiveTime>,
    /// Its own end time, for an exam written with a time range.
    pub(crate) end_time: Option<NaiveTime>,
    /// Text after a colon: "Assg 2 out: CNNs" gives "CNNs".
    pub(crate) note: Option<String>,
    /// The class its day is told by ("due before class"), when no date or weekday is.
    pub(crate) class_day: Option<ClassDay>,
}

impl Activity {
    /// An activity of `kind` labelled `label`, on the row's date, with nothing else written.
    pub(crate) fn bare(kind: EventKind, label: String) -> Self {
        Activity {
            kind,
            label,
            is_homework: false,
            date: None,
            date_text: None,
            zone: None,
            tba: false,
            weekday: None,
            time: None,
            end_time: None,
            note: None,
            class_day: None,
        }
    }

    /// The activity on the date, weekday, time and zone its text gives (`w`), when it gives them.
    fn timed_by(self, w: when::When) -> Self {
        Activity {
            date: w.date,
            date_text: w.date_text,
            weekday: w.weekday,
            time: w.time,
            zone: w.zone,
            ..self
        }
    }
}

pub(super) static SUBJECT_RE: LazyLock<Lean> = LazyLock::new(|| lean(SUBJECT_PATTERN));
pub(super) static RELEASE_RE: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b({RELEASE_VERB_PATTERN})(\b|$)")));
pub(super) static HAPPENS_RE: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b({HAPPENS_VERB_PATTERN})\b")));
pub(super) static DEADLINE_RE: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b({DEADLINE_VERB_PATTERN})(\b|$)")));
static CORRECTION_RE: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b({EXAM_CORRECTION_PATTERN})\b")));
static REVIEW_RE: LazyLock<Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b({NOT_AN_EXAM_PATTERN})\b")));
/// Whether an exam's name is the subject of a review or a correction class: "Exam review",
/// "Revisão Prova1" and "Review for Exam 2" (the text opens with the review), "Correção
/// Prova1"; not "5 Review Quiz on Feb 16", where a topic cell came before the quiz.
fn reviews_the_exam(lead: &str, segment: &str) -> bool {
    REVIEW_RE.is_match(segment)
        || CORRECTION_RE.is_match(lead)
        || REVIEW_RE
            .find(lead)
            .is_some_and(|m| !lead[..m.start()].contains(char::is_alphanumeric))
        || practice_right_before(lead)
}
/// "Practice mock-up exam", "a sample exam": a practice word among the two words right
/// before the exam's name makes it a rehearsal, wherever the text began.
fn practice_right_before(lead: &str) -> bool {
    lead.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| PRACTICE_RE.is_match(w))
}
static PRACTICE_RE: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)^({EXAM_PRACTICE_PATTERN})$")));
/// Whether a piece naming an exam is a class reviewing it ("Exam review"), not the exam: no
/// deadline in it, and no hour given to the exam.
fn only_reviews_the_exam(p: &Piece<'_, '_>, families: &[Family], body: &str) -> bool {
    families.iter().any(|f| is_exam_family(*f))
        && reviews_the_exam(p.lead, p.segment)
        && !DEADLINE_RE.is_match(body)
        && !given_its_hour(body)
}
/// Whether the text after an exam's name gives its hour ("Review / EXAM 1 @3PM"): then it is
/// the exam, whatever review word came before it.
fn given_its_hour(body: &str) -> bool {
    let after = body.trim_start();
    after.starts_with('@') && crate::syllabus::times::find_time(after).is_some()
}
/// "Fri", "Friday", "Thurs." (only the English abbreviations, with or without "day").
pub(super) static WEEKDAY_WORD: LazyLock<Lean> = LazyLock::new(|| {
    let words = alternation(WEEKDAYS_EN_SHORT.iter().map(|(w, _)| *w));
    lean(&format!(r"(?i)\b({words})(day)?\b\.?"))
});
/// A negation right before a subject: "No assignment due".
/// A solutions word in released work's name: the solutions are out, not the work.
static SOLUTIONS: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)(?:^|\b)(?:{SOLUTIONS_PATTERN})(?:\b|$)")));
static NEGATED: LazyLock<Yes> = LazyLock::new(|| yes(&format!(r"(?i)\b({NEGATION_PATTERN})\s*$")));
/// Words that say an activity is meant, even when its subject is unreadable.
pub(crate) static ACTIVITY_VERB: LazyLock<Yes> =
    LazyLock::new(|| yes(&format!(r"(?i)\b({ACTIVITY_VERB_PATTERN})(\b|$)")));

/// A subject match; a number followed by ':' is a clock time ("Final Exam 8:00"), not its number.
struct Subject<'a> {
    caps: Groups<'a>,
    end: usize,
    num: Option<&'a str>,
}

impl<'a> Subject<'a> {
    fn new(cell: &'a str, caps: Groups<'a>) -> Self {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        let mut end = whole.end;
        // A part letter joined to its number ("HW01a", "PS2b") names its own piece of work;
        // spaced ("Midterm 10a-12p") it is a clock time, so only the joined form is read.
        let mut num = caps.name("num").or(caps.name("part")).map(|n| n.as_str());
        // "Final Exam 8:00" is a clock time, "Midterm 17 avril" a date: neither is a number.
        if let Some(n) = caps.name("num")
            && (cell[n.end()..].starts_with([':', '.'])
                && cell[n.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
                || starts_a_date(&cell[n.start()..]))
        {
            num = None;
            end = caps.name("subj").map_or(end, |s| s.end());
        }
        Subject { caps, end, num }
    }

    fn start(&self) -> usize {
        self.caps.get(0).map_or(0, |m| m.start())
    }

    fn name(&self, n: &str) -> Option<Group<'a>> {
        self.caps.name(n)
    }
}

/// Whether a number starts a day-and-month date ("17 avril", "3 March"), not a bare number.
fn starts_a_date(text: &str) -> bool {
    crate::syllabus::dates::parse_date_prefix(text)
        .is_some_and(|d| text[..d.len].chars().any(char::is_alphabetic))
}

impl std::ops::Index<&str> for Subject<'_> {
    type Output = str;
    fn index(&self, n: &str) -> &str {
        self.caps.name(n).map_or("", |m| m.as_str())
    }
}

/// Reads every activity in a cell. Returns the activities and, if the cell looked like an
/// activity but named no subject, the text that could not be read.
pub(crate) fn parse_cell(cell: &str) -> (Vec<Activity>, Option<String>) {
    thread_local! {
        static READ: crate::syllabus::memo::PerDocument<(Vec<Activity>, Option<String>)> =
            crate::syllabus::memo::PerDocument::new();
    }
    READ.with(|m| m.get(cell, read_cell))
}

/// [`parse_cell`], not remembered.
/// The cell's words as a reader sees them: without links' targets, underscores as spaces.
fn seen_words(cell: &str) -> Cow<'_, str> {
    // A link's target ("[HW2](hw/ps2.pdf)") is not text: "ps2" there is no problem set.
    // Neither pattern is compiled for a cell without its "](" or its '_' (most cells).
    static LINK_TARGET: LazyLock<Lean> = LazyLock::new(|| lean(r"\]\([^)\s]*\)"));
    let cell = if cell.contains("](") {
        replace_all(&LINK_TARGET, cell, "]")
    } else {
        Cow::Borrowed(cell)
    };
    // A file-like name ("hw03_lit_review") joins its words with underscores: they are spaces,
    // so its number ends at a word's end like any other.
    static JOINED: LazyLock<Lean> = LazyLock::new(|| lean(r"([[:alnum:]])_+"));
    if cell.contains('_') {
        Cow::Owned(replace_all_groups(&JOINED, &cell, |g| format!("{} ", &g[1])).into_owned())
    } else {
        cell
    }
}

/// Unnumbered work named after a colon, its verb later in the clause ("Assignment: Python
/// Essentials (deliver)", "Homework: Graphs due"): the colon only sets the subject off from
/// its name, read as "Assignment Python Essentials (deliver)" is. A colon with no verb after
/// it in its clause ("Homework: read chapter 3") or right before the verb ("Homework: due
/// Friday") stays, and so does one after a numbered subject ("HW 2: CNNs", a note).
fn subject_colon_name(cell: &str) -> Cow<'_, str> {
    if !cell.contains(':') {
        return Cow::Borrowed(cell);
    }
    let colon = SUBJECT_RE.groups_iter(cell).find_map(|c| {
        let whole = c.get(0)?;
        let numbered = c.name("num").is_some() || c.name("part").is_some();
        let rest = &cell[whole.end()..];
        let after = rest.strip_prefix(':')?;
        let clause = after.split(';').next().unwrap_or(after);
        let verb = DEADLINE_RE
            .find(clause)
            .or_else(|| RELEASE_RE.find(clause))?;
        let name = clause[..verb.start()].trim_matches([' ', '(', '-']);
        let named = name.starts_with(|c: char| c.is_alphanumeric());
        (!numbered && named).then_some(whole.end())
    });
    match colon {
        Some(at) => Cow::Owned(format!("{}{}", &cell[..at], &cell[at + 1..])),
        None => Cow::Borrowed(cell),
    }
}

fn read_cell(cell: &str) -> (Vec<Activity>, Option<String>) {
    let cell = &*seen_words(cell);
    if let Some(given) = homework_label::read(cell) {
        return (vec![given], None);
    }
    let cell = &*ordinals_as_numbers(cell);
    let cell = &*unspaced::words_apart(cell);
    let cell = &*subject_colon_name(cell);
    let matches: Vec<Subject<'_>> = SUBJECT_RE
        .groups_iter(cell)
        .map(|c| Subject::new(cell, c))
        .collect();
    if matches.is_empty() {
        let mut named = labelled_items(cell, &matches);
        named.extend(numbered_hand_ins(cell));
        named.extend(coded_due::read(cell));
        let unread =
            (named.is_empty() && ACTIVITY_VERB.is_match(cell)).then(|| cell.trim().to_string());
        return (named, unread);
    }
    let groups = group(cell, &matches);
    let mut out = labelled_items(cell, &matches);
    let mut unread: Option<String> = None;
    // The kind a leading label ("Assign: A, B") gives every item of its list.
    let mut listed: Option<EventKind> = None;
    for gi in 0..groups.len() {
        let piece = Piece::new(cell, &matches, &groups, gi);
        // Joined to the item before by a comma or "and" only.
        let between = piece.lead.trim_matches([',', '&', '+', ' ']);
        let joined = between.is_empty()
            || crate::syllabus::lexicon::AND_WORDS
                .iter()
                .any(|w| between.eq_ignore_ascii_case(w));
        // A list whose label stands further back ("Assign: Field Journal 2, Project 2").
        // The list's label ends in a colon: a lead without one never compiles the pattern.
        let open_list = Some(piece.lead)
            .filter(|lead| lead.contains(':'))
            .and_then(|lead| LABELLED_LIST.groups(lead))
            .filter(|c| c.get(0).is_some_and(|m| m.end() == piece.lead.len()));
        if lead_verb(piece.lead, &DEADLINE_RE, gi == 0).is_some() {
            listed = Some(EventKind::Deadline);
        } else if lead_verb(piece.lead, &RELEASE_RE, gi == 0).is_some() {
            listed = Some(EventKind::Release);
        } else if let Some(c) = open_list {
            listed = Some(if c.name("due").is_some() {
                EventKind::Deadline
            } else {
                EventKind::Release
            });
        } else if !joined {
            listed = None;
        }
        match read_group(&piece) {
            Some(Ok(mut a)) => {
                if a.kind == EventKind::Other
                    && let Some(kind) = listed
                {
                    a.kind = kind;
                }
                let due = due_in_parentheses(&a, cell);
                let (a, end) = window_end(a);
                out.push(a);
                out.extend(due.or(end));
            }
            Some(Err(text)) => {
                unread.get_or_insert(text);
            }
            None => {}
        }
    }
    (out, unread)
}

/// Hand-ins named by a capitalised deadline word and a number ("Entrega 1 — domingo 06-sep",
/// "Submission 2: Friday"), or an item's short capital code and number after it, perhaps
/// behind an article ("Remise du TP1", "Due: PA 3"): a deadline each, dated by what follows
/// it up to the next one. A number that starts a clock time or a date ("Due 5 pm",
/// "Deadline 12.05.") is not one.
fn numbered_hand_ins(cell: &str) -> Vec<Activity> {
    static HAND_IN: LazyLock<Lean> = LazyLock::new(|| {
        lean(&format!(
            r"\b(?P<verb>(?i:{DEADLINE_VERB_PATTERN}))(?:\s+#?(?P<num>[0-9]{{1,2}})|[\s:]+(?:(?i:{})\s+)?(?P<code>\p{{Lu}}{{1,4}}\s?#?(?P<coded>[0-9]{{1,2}})))\b",
            LEAD_ARTICLES.join("|")
        ))
    });
    let found: Vec<_> = HAND_IN.groups_iter(cell).collect();
    // Each hand-in with its verb and number; a verb before a clock or a date ("due 20:00")
    // names none, and does not end the hand-in before it ("Entrega 2 (e2) due 20:00").
    let named: Vec<_> = found
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let (verb, num) = (c.name("verb")?, c.name("num").or(c.name("coded"))?);
            let end = found
                .get(i + 1)
                .and_then(|n| n.get(0))
                .map_or(cell.len(), |m| m.start());
            let from_num = &cell[num.start()..end];
            let clock = crate::syllabus::times::find_time(from_num).is_some()
                && TIME_LIKE.find(from_num).is_some_and(|m| m.start() == 0);
            let dated = crate::syllabus::dates::parse_date_prefix(from_num).is_some();
            (verb.as_str().starts_with(char::is_uppercase) && !clock && !dated)
                .then_some((c, verb, num))
        })
        .collect();
    let mut out = Vec::new();
    for (i, &(c, verb, num)) in named.iter().enumerate() {
        let end = named
            .get(i + 1)
            .and_then(|(n, _, _)| n.get(0))
            .map_or(cell.len(), |m| m.start());
        let body = &cell[num.end()..end];
        let w = when::read(body, &cell[verb.start()..end]);
        out.push(
            Activity {
                is_homework: true,
                ..Activity::bare(
                    hand_in_kind(body),
                    match c.name("code") {
                        Some(code) => code.as_str().split_whitespace().collect::<String>(),
                        None => format!("{} {}", verb.as_str(), num.as_str()),
                    },
                )
            }
            .timed_by(w),
        );
    }
    out
}

/// What a numbered hand-in's words after its number make of it: the hand-in is named by its
/// deadline word ("Entrega 1"), but a release verb right after its name, as an item table's
/// release column gives ("Entrega 1 (e1) out 8:15 AM", "Submission 2 released"), makes it
/// handed out on that date.
fn hand_in_kind(body: &str) -> EventKind {
    let rest = body.trim_start();
    // A short code in brackets after the name ("(e1)") is part of it.
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((code, after)) if code.len() <= 6 && !code.contains(' ') => after.trim_start(),
        _ => rest,
    };
    let released = RELEASE_RE
        .find(rest)
        .is_some_and(|v| rest[..v.start()].trim_matches([':', '-', ' ']).is_empty());
    if released {
        EventKind::Release
    } else {
        EventKind::Deadline
    }
}

/// Ordinal words right before work or an exam ("second project", "Primer quiz") written as
/// the number before it ("2. project"), the form [`SUBJECT_PATTERN`] reads as the item's
/// number: the second project is project 2, not the first one given again.
fn ordinals_as_numbers(cell: &str) -> std::borrow::Cow<'_, str> {
    static ORDINAL: LazyLock<Lean> = LazyLock::new(|| {
        let words: Vec<&str> = ORDINAL_WORDS.iter().map(|(w, _)| *w).collect();
        lean(&format!(r"(?i)\b({})\s+", words.join("|")))
    });
    let mut out = String::new();
    let mut last = 0;
    for c in ORDINAL.groups_iter(cell) {
        let (Some(whole), Some(word)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let work = SUBJECT_RE
            .find(&cell[whole.end()..])
            .is_some_and(|m| m.start() == 0);
        let n = ORDINAL_WORDS
            .iter()
            .find(|(w, _)| w.to_lowercase() == word.as_str().to_lowercase())
            .map(|(_, n)| *n);
        if let (true, Some(n)) = (work, n) {
            out.push_str(&cell[last..whole.start()]);
            out.push_str(&format!("{n}. "));
            last = whole.end();
        }
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(cell);
    }
    out.push_str(&cell[last..]);
    std::borrow::Cow::Owned(out)
}

/// A list under a deadline or release label: "Due: A, B", "Assign: C" (up to a ';' or a '.'
/// that is no sub-number's, as in "Checkpoint 2.1").
static LABELLED_LIST: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)(?:^|[;.]\s+|\s)(?:(?P<due>{DEADLINE_VERB_PATTERN})|(?P<out>{RELEASE_VERB_PATTERN}))\s*:(?P<items>(?:[^;.]|\.[0-9])*)"
    ))
});

/// Work listed by name under a deadline or release label ("Due: Playtest 1, Project 1
/// Draft", "Assign: Field Journal 2", "Due: Checkpoint 2.1 (by midnight the night before)"):
/// each item named by capitalised words and a number (with its sub-number) that no subject
/// word reads is that work, due or out on the row's date or on the day its note tells.
fn labelled_items(cell: &str, matches: &[Subject<'_>]) -> Vec<Activity> {
    static ITEM: LazyLock<Lean> = LazyLock::new(|| {
        lean(
            r"^\s*(?P<name>\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}\s+#?[0-9]{1,2}(?:\.[0-9]{1,2})?)\s*(?P<note>\([^()]*\))?\s*$",
        )
    });
    let mut out = Vec::new();
    // The label's colon, which LABELLED_LIST needs: a cell without one (most) never compiles it.
    if !cell.contains(':') {
        return out;
    }
    for list in LABELLED_LIST.groups_iter(cell) {
        let kind = if list.name("due").is_some() {
            EventKind::Deadline
        } else {
            EventKind::Release
        };
        let Some(items) = list.name("items") else {
            continue;
        };
        let mut at = items.start();
        for item in items.as_str().split(',') {
            let range = at..at + item.len();
            at = range.end + 1;
            // A date ("Deadline: Monday October 18") names no work.
            let read = find_date(item).is_some()
                || matches
                    .iter()
                    .any(|m| m.start() < range.end && range.start < m.end);
            // ITEM ends in a number, perhaps before a note in brackets: an item that does
            // not never compiles it.
            let bare = item.trim_end();
            let bare = bare
                .strip_suffix(')')
                .and_then(|b| b.rfind('(').map(|i| &b[..i]))
                .unwrap_or(bare);
            let numbered = bare.trim_end().ends_with(|c: char| c.is_ascii_digit());
            if numbered
                && !read
                && let Some(c) = ITEM.groups(item)
            {
                out.push(Activity {
                    is_homework: true,
                    class_day: c.name("note").and_then(|n| class_day::read(n.as_str())),
                    ..Activity::bare(kind, crate::syllabus::text::squash(&c["name"]))
                });
            }
        }
    }
    out
}

/// Groups subject matches that name one thing: a subject that continues the label of the
/// one before ("Project proposal due", "Final project due", "Project milestone 1 due").
fn group(cell: &str, matches: &[Subject<'_>]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        let start = m.start();
        if let Some(last) = groups.last_mut() {
            let prev = &matches[*last.last().unwrap_or(&0)];
            let between = &cell[prev.end.min(start)..start];
            let joined = between.split_whitespace().count() <= 1
                && !between.contains([',', ';', '&', '/', '+'])
                && !DEADLINE_RE.is_match(between)
                && !RELEASE_RE.is_match(between)
                && (prev.num.is_none() || m.num.is_none() && between.trim().is_empty())
                && m.name("pre").is_none();
            if joined {
                last.push(i);
                continue;
            }
        }
        groups.push(vec![i]);
    }
    groups
}

/// One group of subjects and the stretch of the cell it owns.
struct Piece<'c, 'm> {
    first: &'m Subject<'c>,
    last: &'m Subject<'c>,
    families: Vec<Family>,
    /// From the group's first subject to the next group, without joining punctuation.
    segment: &'c str,
    /// Where the subjects end in `segment`.
    subj_end: usize,
    /// The text between the previous group and this one, where a leading verb may stand.
    lead: &'c str,
    /// The piece is the cell's first: its lead is the start of the cell.
    opens: bool,
}

impl<'c, 'm> Piece<'c, 'm> {
    fn new(cell: &'c str, matches: &'m [Subject<'c>], groups: &[Vec<usize>], gi: usize) -> Self {
        let group = &groups[gi];
        let first = &matches[group[0]];
        let last = &matches[*group.last().unwrap_or(&group[0])];
        let seg_start = first.start();
        let mut seg_end = groups
            .get(gi + 1)
            .map_or(cell.len(), |g| matches[g[0]].start());
        // "Repaso para el parcial, Entrega TP1": a verb after a comma leads the next work; it
        // is not this work's ("parcial, Entrega" made the midterm due).
        if gi + 1 < groups.len()
            && let Some(between) = cell.get(last.end..seg_end)
            && let Some(cut) = between.rfind([',', ';'])
        {
            let tail = &between[cut + 1..];
            if lead_verb(tail, &DEADLINE_RE, false).is_some()
                || lead_verb(tail, &RELEASE_RE, false).is_some()
            {
                seg_end = last.end + cut;
            }
        }
        let segment = cell[seg_start..seg_end]
            .trim_end()
            .trim_end_matches([',', ';', '&', '/', '+'])
            .trim_end();
        let segment = segment.strip_suffix(" and").unwrap_or(segment);
        let lead_start = groups
            .get(gi.wrapping_sub(1))
            .map_or(0, |g| matches[*g.last().unwrap_or(&g[0])].end);
        Piece {
            first,
            last,
            families: group.iter().map(|&i| family(&matches[i]["subj"])).collect(),
            segment,
            subj_end: (last.end - seg_start).min(segment.len()),
            lead: &cell[lead_start..seg_start],
            opens: gi == 0,
        }
    }
}

/// The activity a piece names, `Err` with its text when it is homework without a verb, or
/// `None` when it names none ("Midterm review", a bare "test").
fn read_group(p: &Piece<'_, '_>) -> Option<Result<Activity, String>> {
    // "(No assignment due.)": the work is said not to happen.
    if NEGATED.is_match(p.lead) {
        return None;
    }
    let families = group_families(p)?;
    let num = p
        .last
        .num
        .or(p.first.name("pre").map(|n| n.as_str()))
        .or(p.first.num);
    let label_text = label::label_text(p.segment, p.subj_end);
    let naming = label::name(label_text, &families, &p.first["subj"], num);
    let (body, note) = split_note(&p.segment[p.subj_end..]);
    if only_reviews_the_exam(p, &families, body) {
        return None;
    }
    // The verb may come first: "Due: Response paper 1", "Out: HW2".
    let (lead_deadline, lead_release) = (
        lead_verb(p.lead, &DEADLINE_RE, p.opens),
        lead_verb(p.lead, &RELEASE_RE, p.opens),
    );
    let prefix = lead_deadline
        .as_ref()
        .or(lead_release.as_ref())
        .filter(|w| !w.is_empty());
    let Naming {
        label,
        is_homework,
        is_exam,
        single,
    } = naming;
    let label = match prefix {
        Some(w) if !is_homework || !single => label::with_prefix(w, &label),
        _ => named(p, num, is_exam, label),
    };
    // "Assignment 2 goes out (due date: Oct 1)": released here, due in the parentheses.
    let (body, _) = release_then_due(body);
    // "Assignment 2: 08.29 – 09.12": a window, out at its start and due at its end.
    let window = is_homework && find_date(body).is_some_and(|(_, d)| d.end.is_some());
    let kind = group_kind(
        body,
        lead_deadline.is_some(),
        lead_release.is_some() || window && !is_exam,
        is_exam,
    );
    if kind == EventKind::Release && names_solutions(p.lead, label_text) {
        return None;
    }
    // "HW3 0ut", "Hw1" alone: homework without a verb says neither release nor deadline.
    if kind == EventKind::Other
        && matches!(
            families[0],
            Family::Homework | Family::Assignment | Family::ProblemSet
        )
    {
        return Some(Err(p.segment.trim().to_string()));
    }
    let w = when_of(p, body, lead_deadline.is_some());
    Some(Ok(Activity {
        kind,
        label,
        is_homework,
        date: w.date,
        date_text: w.date_text,
        zone: w.zone,
        tba: w.tba,
        weekday: w.weekday,
        time: w.time,
        end_time: w.end_time,
        note,
        // The note counts: "Due: HW1: Vectors (by midnight the night before)".
        class_day: (w.date.is_none() && w.weekday.is_none())
            .then(|| class_day::read(&p.segment[p.subj_end..]))
            .flatten(),
    }))
}

/// The families of a group's subjects; a bare "Test" names an exam only with its number,
/// after it ("Test 2") or as an ordinal before it ("1º teste", "2nd test").
fn group_families(p: &Piece<'_, '_>) -> Option<Vec<Family>> {
    let mut families = p.families.clone();
    if families[0] == Family::BareTest {
        p.first.num.or(p.first.name("pre").map(|n| n.as_str()))?;
        families[0] = Family::Test;
    }
    Some(families)
}

/// When a group happens; a deadline verb before the work may give its hour ("Due at 5:00
/// PM, HW00").
fn when_of(p: &Piece<'_, '_>, body: &str, lead_deadline: bool) -> when::When {
    let mut w = when::read(body, p.segment);
    if w.time.is_none() && lead_deadline {
        w.time = lead_time(p.lead);
    }
    w
}

/// What a group's verbs make it: its own verb after the work beats one standing before it
/// (in "HW 00 Due/ HW 01 Assigned" the "Due" is the first item's), though a verb before a
/// colon ("Due: [HW1]. Out: [HW2]") leads the next item instead.
fn group_kind(body: &str, lead_deadline: bool, released: bool, is_exam: bool) -> EventKind {
    let own_release = (RELEASE_RE
        .find(body)
        .is_some_and(|m| !body[m.end()..].trim_start().starts_with(':'))
        || set_alone(body).is_some())
        && !DEADLINE_RE.is_match(body);
    if DEADLINE_RE.is_match(body) || lead_deadline && !own_release {
        EventKind::Deadline
    } else if own_release || released {
        EventKind::Release
    } else if is_exam {
        EventKind::Exam
    } else {
        EventKind::Other
    }
}

/// Where the work's own words, when they are only a verb of [`RELEASE_ALONE_VERBS`]
/// ("Assessment 0 *Set*", "Coursework 2 set (due 5 March)"), have it: British usage for
/// handing work out. The word says so only alone after the work; "HW 1 set theory" is a topic.
fn set_alone(body: &str) -> Option<usize> {
    let head = body.split('(').next().unwrap_or(body);
    let mut words = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let (Some(w), None) = (words.next(), words.next()) else {
        return None;
    };
    RELEASE_ALONE_VERBS
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v))
        .then(|| head.find(w).unwrap_or(0))
}

/// Whether released work is its solutions ("Homework 2 solutions released"), the word in its
/// name or just before it ("Lösungen Blatt 3", "corrigé du TP 2").
fn names_solutions(lead: &str, label_text: &str) -> bool {
    let just_before = lead.rsplit([',', ';', '.', ':']).next().unwrap_or("");
    SOLUTIONS.is_match(label_text) || SOLUTIONS.is_match(just_before)
}

/// The label with the name written before it, if [`own_name`] finds one.
fn named(p: &Piece<'_, '_>, num: Option<&str>, is_exam: bool, label: String) -> String {
    match own_name(p, num, is_exam) {
        Some(name) => format!("{name} {label}"),
        None => label,
    }
}

/// The name written right before unnumbered, capitalised work ("Sniffer Assignment", "Port
/// Scan Assignment", "Unit2-Activities"): up to three capitalised words joined to it
/// by a space or a hyphen. Two such works are two deadlines, not one given twice.
fn own_name(p: &Piece<'_, '_>, num: Option<&str>, is_exam: bool) -> Option<String> {
    let subj = &p.first["subj"];
    if num.is_some() || is_exam {
        return None;
    }
    if let Some(part) = numbered_part(p.lead) {
        return Some(part);
    }
    if !subj.starts_with(char::is_uppercase) {
        return None;
    }
    let lead = p.lead.strip_suffix('-').unwrap_or(p.lead);
    if !lead.ends_with(|c: char| c.is_alphanumeric() || c == ' ') {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for w in lead.split_whitespace().rev().take(3) {
        let verb = DEADLINE_RE.is_match(w) || RELEASE_RE.is_match(w);
        let article = LEAD_ARTICLES.contains(&w.to_lowercase().as_str());
        if verb
            || article
            || !w.starts_with(char::is_uppercase)
            || !w.chars().all(char::is_alphanumeric)
        {
            break;
        }
        words.push(w);
    }
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The numbered part of the course written right before unnumbered work ("Chapter 3 blog
/// due", "Unit 2 reflection due"): a capitalised word and a number, joined to the work by a
/// space. It tells one week's work from the next; without it every week's "blog" would be
/// one piece of work given again.
fn numbered_part(lead: &str) -> Option<String> {
    static PART: LazyLock<Lean> =
        LazyLock::new(|| lean(r"(?:^|[\s(\[])(?P<part>\p{Lu}\p{L}+\s+[0-9]{1,2}) $"));
    let c = PART.groups(lead)?;
    let part = &c["part"];
    let word = part.split_whitespace().next().unwrap_or(part);
    // "Week 4 Midterm paper due": a week's number is the row's, not the work's.
    let week = HEADER_WEEK.contains(&word.to_lowercase().as_str());
    let verb = week || DEADLINE_RE.is_match(word) || RELEASE_RE.is_match(word);
    // "Oct 12 essay due" is a date before the work, not a part of the course.
    let dated = find_date(part).is_some() || TIME_LIKE.is_match(part);
    (!verb && !dated).then(|| crate::syllabus::text::squash(part))
}

/// A body that releases the work and gives its deadline in parentheses ("goes out (due
/// date: Oct 1)", "out (due Apr 11)"): the part before the parentheses and the parenthesised
/// deadline. Any other body is returned whole.
fn release_then_due(body: &str) -> (&str, Option<&str>) {
    let Some(verb) = RELEASE_RE.find(body) else {
        return (body, None);
    };
    // "released. Due on August 9", "out; due Oct 1", "handed out in class, due Friday": the
    // next clause opens with the deadline and dates it, or names its weekday; a word or two
    // on where it goes out ("in class") may end the release's clause.
    let setting = body[verb.end()..].find([',', ';', '.']).filter(|&i| {
        let words = &body[verb.end()..verb.end() + i];
        words.split_whitespace().count() <= 2
            && !words.contains(|c: char| c.is_ascii_digit())
            && !DEADLINE_RE.is_match(words)
    });
    // "released Thursday, September 21; due ...": the release's own date ends its clause.
    let head_end = own_date_end(body, verb.end()).unwrap_or(verb.end() + setting.unwrap_or(0));
    let after = &body[head_end..];
    let gap = after.len()
        - after
            .trim_start_matches(|c: char| c.is_whitespace() || ".,;:/–-".contains(c))
            .len();
    // "posted on Sep 14 and is due Sep 21": a joining word may open the deadline's clause.
    let gap = gap + joined_clause(&after[gap..]);
    // "Homework 1 assigned: due 9/3/2025": a colon opens the deadline's clause too.
    let opens = (1..=3).contains(&gap)
        && after[..gap].contains(['.', ',', ';', ':', '/', '–', '-'])
        || gap > 3 && head_end > verb.end();
    if opens
        && let Some(m) = DEADLINE_RE.find(&after[gap..]).filter(|m| m.start() == 0)
        && (find_date(&after[gap + m.end()..]).is_some()
            || WEEKDAY_WORD.is_match(&after[gap + m.end()..]))
    {
        return (&body[..head_end], Some(&after[gap + m.end()..]));
    }
    let Some(open) = body[verb.end()..].find('(').map(|o| verb.end() + o) else {
        return (body, None);
    };
    let (head, paren) = body.split_at(open);
    let paren = paren[1..].split(')').next().unwrap_or("");
    match DEADLINE_RE.find(paren) {
        Some(m) if m.start() <= 2 && !DEADLINE_RE.is_match(head) => (head, Some(&paren[m.end()..])),
        _ => (body, None),
    }
}

/// Most bytes between a release's verb and its own date: " on ", " Thursday, ".
const MOST_RELEASE_DATE_GAP: usize = 12;

/// Where the release's own date ends when one follows its verb closely ("out Sep 14",
/// "released Thursday, September 21", "posted on 2/3"), before any deadline word.
fn own_date_end(body: &str, from: usize) -> Option<usize> {
    let rest = body.get(from..)?;
    let (at, d) = find_date(rest)?;
    let gap = &rest[..at];
    (at <= MOST_RELEASE_DATE_GAP
        && !gap.contains(['.', ';', '(', ')'])
        && !DEADLINE_RE.is_match(gap))
    .then_some(from + at + d.len)
}

/// Bytes of a joining word and a copula opening a clause ("and is due", "and due"), with the
/// space after them; none when the clause does not open so.
fn joined_clause(after: &str) -> usize {
    let mut used = 0;
    for words in [DATE_AND_WORDS, CLAUSE_COPULAS] {
        let rest = &after[used..];
        let word = rest.split_whitespace().next().unwrap_or("");
        if words.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            used += rest.find(word).unwrap_or(0) + word.len();
            used += after[used..].len() - after[used..].trim_start().len();
        } else if used == 0 {
            return 0;
        }
    }
    used
}

/// A release dated by a range ("Assignment 2: 08.29 – 09.12"): released on the first day,
/// due on the last.
fn window_end(release: Activity) -> (Activity, Option<Activity>) {
    let Some(span) = release.date.filter(|_| release.kind == EventKind::Release) else {
        return (release, None);
    };
    let Some(end) = span.end else {
        return (release, None);
    };
    let due = Activity {
        kind: EventKind::Deadline,
        date: Some(DateSpan {
            start: end,
            end: None,
            len: span.len,
        }),
        time: None,
        end_time: None,
        ..release.clone()
    };
    let release = Activity {
        date: Some(DateSpan { end: None, ..span }),
        ..release
    };
    (release, Some(due))
}

/// The deadline a release gives in parentheses, as its own activity.
fn due_in_parentheses(release: &Activity, cell: &str) -> Option<Activity> {
    if release.kind != EventKind::Release {
        return None;
    }
    let at = cell.find(release.label.as_str()).unwrap_or(0);
    let (_, due) = release_then_due(cell.get(at..).unwrap_or(cell));
    let due = due?.trim().trim_start_matches([':', ' ']);
    let date_words = due.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ');
    let w = when::read(due, due);
    (w.date.is_some() || w.weekday.is_some() || date_words.len() < due.len()).then(|| Activity {
        kind: EventKind::Deadline,
        date: w.date,
        date_text: w.date_text,
        zone: w.zone,
        tba: w.tba,
        weekday: w.weekday,
        time: w.time,
        end_time: None,
        note: None,
        ..release.clone()
    })
}

/// "Assg 2 out: CNNs" has a note; "HW3 due: Feb 25", "Midterm: Feb 27 6-8pm" and "Tarea 3:
/// fecha límite" (the verb after the colon) do not.
fn split_note(after: &str) -> (&str, Option<String>) {
    let opens_with_verb = |n: &str| {
        let n = n.trim_start();
        [&*DEADLINE_RE, &*RELEASE_RE]
            .iter()
            .any(|re| re.find(n).is_some_and(|m| m.start() == 0))
    };
    match after.split_once(':') {
        Some((b, n))
            if n.chars().any(char::is_alphanumeric)
                && !opens_with_verb(n)
                && !n.trim().starts_with(|c: char| c.is_ascii_digit())
                && find_date(n).is_none()
                && TIME_LIKE.find(n).is_none() =>
        {
            (b, Some(n.trim().to_string()))
        }
        _ => (after, None),
    }
}

/// The words between the last verb before a subject and the subject, when there are at most
/// two: the lead "Due: Response " of "Due: Response paper 1" gives "Response".
fn lead_verb(lead: &str, re: &Lean, opens: bool) -> Option<String> {
    re.find_iter(lead).last().and_then(|m| {
        // "Fill out the interest form": the particle of a verb, not a release.
        if m.as_str().eq_ignore_ascii_case("out") && after_phrasal_verb(&lead[..m.start()]) {
            return None;
        }
        // "Due: HW1"; a cell opening with its verb may put a comma for the colon ("Entrega,
        // primer proyecto"), where after other work ("Hw1 due, Hw2 out") the comma ends that.
        let marks: &[char] = if opens { &[':', ','] } else { &[':'] };
        let words = lead[m.end()..].trim().trim_start_matches(marks).trim();
        // "Due at 11:59 PM, HW03": the time after the verb, and its comma, are no words.
        let words = match TIME_LIKE.find(words) {
            Some(t) if opens && words[..t.start()].split_whitespace().count() <= 1 => words
                [t.end()..]
                .trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '.')
                .trim()
                .trim_start_matches(',')
                .trim(),
            _ => words,
        };
        // Link brackets and emphasis ("Out: [HW2]", "Due: **HW1**") are not words.
        let kept: Vec<&str> = words
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .filter(|w| !LEAD_ARTICLES.contains(&w.to_lowercase().as_str()))
            .collect();
        (kept.len() <= 2 && !words.contains([',', ';'])).then(|| kept.join(" "))
    })
}

/// Whether text ends with a verb that takes "out" as its particle ("Fill ", "find ").
fn after_phrasal_verb(before: &str) -> bool {
    before
        .split_whitespace()
        .last()
        .is_some_and(|w| PHRASAL_OUT_VERBS.contains(&w.to_lowercase().as_str()))
}

/// The clock time between a leading deadline verb and its work ("Due at 5:00 PM, HW00"):
/// the work's own words give none, so the verb's is the work's.
fn lead_time(lead: &str) -> Option<NaiveTime> {
    let verb = DEADLINE_RE.find_iter(lead).last()?;
    super::times::find_time(&lead[verb.end()..])
}

/// True when a cell starts by saying it is study on one's own ("Self-study: chapter 4"): a
/// day or week without a meeting.
/// Whether a cell starts with a quiz ("Quiz 4", "Quizzes"): a short test held in a class,
/// which does not take the class's place.
pub(crate) fn starts_with_quiz(cell: &str) -> bool {
    let first = cell
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    family(first) == super::lexicon::Family::Quiz
}

pub(crate) fn is_self_study(cell: &str) -> bool {
    // What `(?i)^\W*(?:SELF_STUDY)(?:\b|$)` matches, for less to compile: every word of the
    // list begins with a letter, so `^\W*` is all the text's leading non-word characters.
    static SELF_STUDY: LazyLock<Yes> =
        LazyLock::new(|| yes(&without_word_tails(SELF_STUDY_PATTERN, "^")));
    let start = cell.find(is_word_character).unwrap_or(cell.len());
    SELF_STUDY.is_match(&cell[start..])
}

/// True when a cell starts by naming the institution's exam period ("EXAM PERIOD"): a day
/// or week without a meeting.
pub(crate) fn is_exam_period(cell: &str) -> bool {
    static PERIOD: LazyLock<Yes> =
        LazyLock::new(|| yes(&without_word_tails(EXAM_PERIOD_PATTERN, "^")));
    let start = cell.find(is_word_character).unwrap_or(cell.len());
    PERIOD.is_match(&cell[start..])
}

/// True when a cell says there is no class that week.
pub(crate) fn is_no_class(cell: &str) -> bool {
    static NO_CLASS: LazyLock<Yes> =
        LazyLock::new(|| yes(&without_word_tails(NO_CLASS_PATTERN, r"\b")));
    NO_CLASS.is_match(cell)
}

/// For a yes-or-no match, `(?i){start}(?:{words})(?:\b|$)` without the Unicode `\w` class,
/// most of the cost of compiling it: a word of the list that ends in `\w*` ("bayram\w*")
/// meets `(?:\b|$)` after it wherever its letters stand, so it is tried as those letters
/// alone, without the tail and the boundary.
fn without_word_tails(words: &str, start: &str) -> String {
    let (stems, whole): (Vec<&str>, Vec<&str>) = top_alternatives(words)
        .into_iter()
        .partition(|w| w.ends_with(r"\w*"));
    let mut pattern = format!(r"(?i){start}(?:{})(?:\b|$)", whole.join("|"));
    if !stems.is_empty() {
        let stems: Vec<&str> = stems.iter().map(|w| &w[..w.len() - 3]).collect();
        pattern.push_str(&format!(r"|{start}(?:{})", stems.join("|")));
    }
    pattern
}

/// The alternatives of a pattern outside any group or class.
fn top_alternatives(pattern: &str) -> Vec<&str> {
    let (mut out, mut depth, mut from, mut escaped, mut class) =
        (Vec::new(), 0i32, 0, false, false);
    for (i, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => class = true,
            ']' => class = false,
            '(' if !class => depth += 1,
            ')' if !class => depth -= 1,
            '|' if depth == 0 && !class => {
                out.push(&pattern[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(&pattern[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_with_its_own_date_then_its_deadline_gives_both_on_their_dates() {
        use crate::syllabus::dates::RawDate;
        let read = |cell: &str| -> Vec<(EventKind, Option<(u32, u32)>)> {
            parse_cell(cell)
                .0
                .into_iter()
                .map(|a| {
                    let day = a.date.and_then(|d| match d.start {
                        RawDate::Known { month, day, .. } => Some((month, day)),
                        RawDate::Slash { .. } => None,
                    });
                    (a.kind, day)
                })
                .collect()
        };
        for cell in [
            "Assignment 3 released Thursday, September 21; due Thursday, September 28",
            "Assignment 3 released September 21, due September 28",
            "Assignment 3 posted on Sep 21 and is due Sep 28",
        ] {
            assert_eq!(
                read(cell),
                [
                    (EventKind::Release, Some((9, 21))),
                    (EventKind::Deadline, Some((9, 28)))
                ],
                "{cell}"
            );
        }
        // Without a date of its own the release takes the row's; the deadline keeps its own.
        assert_eq!(
            read("Homework 1 released. Due on August 9"),
            [
                (EventKind::Release, None),
                (EventKind::Deadline, Some((8, 9)))
            ]
        );
    }

    #[test]
    fn unnumbered_work_named_after_a_colon_with_its_verb_later_is_that_work() {
        let kinds = |cell: &str| -> Vec<(EventKind, String)> {
            parse_cell(cell)
                .0
                .into_iter()
                .map(|a| (a.kind, a.label))
                .collect()
        };
        assert_eq!(
            kinds("Assignment: Python Essentials (due date)"),
            [(
                EventKind::Deadline,
                "Assignment Python Essentials".to_string()
            )]
        );
        assert_eq!(
            kinds("Homework: Graphs released"),
            [(EventKind::Release, "Homework Graphs".to_string())]
        );
        assert_eq!(
            subject_colon_name("Homework: read chapter 3"),
            "Homework: read chapter 3"
        );
        assert_eq!(
            subject_colon_name("Homework: due Friday"),
            "Homework: due Friday"
        );
        assert_eq!(subject_colon_name("HW 2: CNNs due"), "HW 2: CNNs due");
    }

    static OLD_SELF_STUDY: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&format!(r"(?i)^\W*(?:{SELF_STUDY_PATTERN})(?:\b|$)")).unwrap()
    });
    static OLD_NO_CLASS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(&format!(r"(?i)\b({NO_CLASS_PATTERN})(\b|$)")).unwrap());

    proptest::proptest! {
        #[test]
        fn no_class_and_self_study_answer_as_their_patterns_with_word_tails_did(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "bayram", "Bayramı", "tatil", "TATİL", "tatilde", "selbstlern", "Selbstlernen",
                "no class", "No  Classes", "self-study", "Self study", "holiday", "recess",
                "feriado", "_", "é", "\u{301}", " ", ".", "-", "x", "*", "(", "4", "**", "ſ",
            ]), 1..6),
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(OLD_SELF_STUDY.is_match(&text), is_self_study(&text), "{}", text);
            proptest::prop_assert_eq!(OLD_NO_CLASS.is_match(&text), is_no_class(&text), "{}", text);
        }
    }

    fn kinds(cell: &str) -> Vec<(EventKind, String)> {
        parse_cell(cell)
            .0
            .into_iter()
            .map(|a| (a.kind, a.label))
            .collect()
    }

    #[test]
    fn out_as_the_particle_of_a_verb_hands_nothing_out() {
        assert!(
            kinds("Fill out the project interest form")
                .iter()
                .all(|(k, _)| *k != EventKind::Release)
        );
        assert_eq!(
            kinds("Out: HW 3"),
            [(EventKind::Release, "Hw3".to_string())]
        );
        assert_eq!(kinds("HW 2 out"), [(EventKind::Release, "Hw2".to_string())]);
    }

    #[test]
    fn a_review_before_an_exam_given_its_hour_is_the_exam() {
        let exam = vec![(EventKind::Exam, "Exam 1".to_string())];
        assert_eq!(kinds("Review EXAM 1 @3PM"), exam);
        assert!(kinds("Review for Exam 1").is_empty());
    }

    #[test]
    fn an_exam_named_with_a_qualifying_word_after_it_is_that_exam() {
        let exam = |l: &str| vec![(EventKind::Exam, l.to_string())];
        assert_eq!(kinds("Esame parziale"), exam("Midterm"));
        assert_eq!(kinds("Prova intermedia"), exam("Midterm"));
        assert_eq!(kinds("Esame finale"), exam("Final exam"));
        assert_eq!(kinds("Examen escrito"), exam("Exam"));
        assert!(kinds("Exam review").is_empty());
        assert_eq!(kinds("Final project presentations")[0].0, EventKind::Other);
    }

    #[test]
    fn work_named_under_a_due_or_assign_label_is_that_work_whatever_its_name() {
        assert_eq!(
            kinds("Tutorial: Vectors; Assign: Playtest 1"),
            [(EventKind::Release, "Playtest 1".to_string())]
        );
        assert!(
            kinds("Due: Playtest 2, Project 1 Draft")
                .contains(&(EventKind::Deadline, "Playtest 2".to_string()))
        );
        assert!(kinds("Deadline: Monday October 18").is_empty());
        assert_eq!(
            kinds("Assign: Field Journal 2, Project 2"),
            [
                (EventKind::Release, "Field Journal 2".to_string()),
                (EventKind::Release, "Project 2".to_string())
            ]
        );
        assert!(kinds("Due: the 3 chapters").is_empty());
    }

    #[test]
    fn a_labelled_item_keeps_its_sub_number_and_the_day_its_note_tells() {
        let (found, _) = parse_cell("Due: Milestone 2.1 (by midnight the night before)");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].label, "Milestone 2.1");
        assert_eq!(found[0].class_day, Some(ClassDay::EveBefore));
        let (found, _) = parse_cell("Due: Milestone 3 (on paper)");
        assert_eq!(found[0].label, "Milestone 3");
        assert_eq!(found[0].class_day, None);
        let (found, _) = parse_cell("Due: Milestone 2. Read chapter 3.");
        assert_eq!(found[0].label, "Milestone 2");
    }

    #[test]
    fn release_verbs_make_releases() {
        for v in ["given", "out", "released", "assigned"] {
            assert_eq!(
                kinds(&format!("Hw1 {v}")),
                vec![(EventKind::Release, "Hw1".into())],
                "{v}"
            );
        }
    }

    #[test]
    fn deadline_phrases_make_deadlines() {
        assert_eq!(
            kinds("Assignment 2 due"),
            vec![(EventKind::Deadline, "Assignment 2".into())]
        );
        assert_eq!(
            kinds("HW3 deadline"),
            vec![(EventKind::Deadline, "Hw3".into())]
        );
        assert_eq!(
            kinds("Project proposal due"),
            vec![(EventKind::Deadline, "Project proposal".into())]
        );
    }

    #[test]
    fn a_capitalised_deadline_word_and_a_number_name_a_hand_in_but_a_time_or_date_does_not() {
        assert_eq!(
            kinds("Entrega 1 — domingo 06-sep"),
            vec![(EventKind::Deadline, "Entrega 1".into())]
        );
        assert!(numbered_hand_ins("Due 5 pm").is_empty());
        assert!(numbered_hand_ins("Deadline 12.05.").is_empty());
        assert!(numbered_hand_ins("due 2 days after class").is_empty());
    }

    #[test]
    fn two_activities_in_one_cell() {
        let (acts, _) = parse_cell("Assg 1 due, Assg 2 out: CNNs");
        assert_eq!(acts.len(), 2);
        assert_eq!(
            (acts[0].kind, acts[0].label.as_str()),
            (EventKind::Deadline, "Assignment 1")
        );
        assert_eq!(
            (acts[1].kind, acts[1].label.as_str()),
            (EventKind::Release, "Assignment 2")
        );
        assert_eq!(acts[1].note.as_deref(), Some("CNNs"));
    }

    #[test]
    fn an_exam_said_to_take_place_on_a_date_in_prose_is_that_exam() {
        for cell in [
            "The midterm exam will be held on March 11 in class.",
            "The midterm will take place on March 11.",
            "Midterm exam is scheduled for March 11",
        ] {
            let (acts, _) = parse_cell(cell);
            let exam = acts.iter().find(|a| a.kind == EventKind::Exam);
            assert_eq!(
                exam.map(|a| (a.label.as_str(), a.date_text.as_deref())),
                Some(("Midterm", Some("March 11"))),
                "{cell}"
            );
        }
        let (acts, _) = parse_cell(
            "Homework 3 is due on March 4, and the midterm exam will be held on March 11.",
        );
        let kinds: Vec<_> = acts
            .iter()
            .map(|a| (a.kind, a.date_text.as_deref()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (EventKind::Deadline, Some("March 4")),
                (EventKind::Exam, Some("March 11"))
            ]
        );
    }

    #[test]
    fn a_day_and_month_after_an_exam_word_is_its_date_not_its_number() {
        let (acts, _) = parse_cell("Midterm  17 avril, 9h15-11h");
        assert_eq!(
            acts.iter()
                .map(|a| (a.kind, a.label.as_str(), a.date_text.as_deref()))
                .collect::<Vec<_>>(),
            vec![(EventKind::Exam, "Midterm", Some("17 avril"))]
        );
        let (acts, _) = parse_cell("Exam 2 on Oct 4");
        assert_eq!(acts[0].label, "Exam 2");
    }

    #[test]
    fn exams_need_no_verb() {
        assert_eq!(kinds("Midterm"), vec![(EventKind::Exam, "Midterm".into())]);
        assert_eq!(
            kinds("Final exam"),
            vec![(EventKind::Exam, "Final exam".into())]
        );
        assert_eq!(kinds("Exam"), vec![(EventKind::Exam, "Exam".into())]);
        assert!(kinds("Midterm review").is_empty());
        // A sample or practice paper of an exam is a resource, not the exam.
        assert!(kinds("Sample Exam 1").is_empty());
        assert!(kinds("Practice midterm").is_empty());
    }

    #[test]
    fn an_activity_keeps_its_own_date_and_time() {
        let (acts, _) = parse_cell("Hw1 due Oct 16, 17:00");
        assert!(acts[0].date.is_some());
        assert_eq!(acts[0].time, NaiveTime::from_hms_opt(17, 0, 0));
    }

    #[test]
    fn labels_keep_their_words_and_numbers() {
        assert_eq!(
            kinds("Final project due"),
            vec![(EventKind::Deadline, "Final project".into())]
        );
        assert_eq!(
            kinds("Final paper due Dec 8, 5:00 PM"),
            vec![(EventKind::Deadline, "Final paper".into())]
        );
        assert_eq!(
            kinds("Project milestone 1 due"),
            vec![(EventKind::Deadline, "Project milestone 1".into())]
        );
        assert_eq!(
            kinds("Project milestone 2 due"),
            vec![(EventKind::Deadline, "Project milestone 2".into())]
        );
        assert_eq!(
            kinds("1. Ödev teslim"),
            vec![(EventKind::Deadline, "Hw1".into())]
        );
        assert_eq!(
            kinds("Ödev 1 verilir"),
            vec![(EventKind::Release, "Hw1".into())]
        );
        assert_eq!(
            kinds("Proje teslimi"),
            vec![(EventKind::Deadline, "Proje".into())]
        );
        assert_eq!(
            kinds("Midterm exam"),
            vec![(EventKind::Exam, "Midterm".into())]
        );
        assert_eq!(
            kinds("Exam 1 (DP and D&C)"),
            vec![(EventKind::Exam, "Exam 1".into())]
        );
        assert_eq!(
            kinds("Final project presentations"),
            vec![(EventKind::Other, "Final project presentations".into())]
        );
    }

    #[test]
    fn verbs_before_the_subject_and_connecting_words() {
        assert_eq!(
            kinds("Due: Response paper 1."),
            vec![(EventKind::Deadline, "Response paper 1".into())]
        );
        assert_eq!(kinds("Out: HW2"), vec![(EventKind::Release, "Hw2".into())]);
        assert_eq!(
            kinds("Midterm exam on Thursday Oct 5."),
            vec![(EventKind::Exam, "Midterm".into())]
        );
        assert_eq!(
            kinds("HW3 due: Feb 25"),
            vec![(EventKind::Deadline, "Hw3".into())]
        );
        assert!(
            parse_cell("HW3 due: Feb 25").0[0].date.is_some(),
            "the date after the colon is kept"
        );
        assert_eq!(
            kinds("Lab 3 report due"),
            vec![(EventKind::Deadline, "Lab 3 report".into())]
        );
        assert_eq!(
            kinds("Term test 1 (in lecture)"),
            vec![(EventKind::Exam, "Term test 1".into())]
        );
        // An ordinal ending after the number before the work is no word of its name.
        assert_eq!(kinds("1ª Prova"), vec![(EventKind::Exam, "Exam 1".into())]);
        assert_eq!(
            kinds("2nd Midterm"),
            vec![(EventKind::Exam, "Midterm 2".into())]
        );
        // A test word beside an exam's name is that exam.
        assert_eq!(
            kinds("Mid-term test: 6 Mar"),
            vec![(EventKind::Exam, "Midterm".into())]
        );
        assert_eq!(
            kinds("Final test (Mar 6)"),
            vec![(EventKind::Exam, "Final exam".into())]
        );
        assert!(kinds("Examples of CNNs").is_empty() && kinds("Labor Day").is_empty());
        assert_eq!(parse_cell("HW3 0ut").1.as_deref(), Some("HW3 0ut"));
    }

    #[test]
    fn a_file_like_name_joined_by_underscores_keeps_its_number() {
        let (acts, _) = parse_cell("[hw04_sampling_plan](hw/hw04.html) (Due 3/2)");
        assert_eq!(
            acts.iter()
                .map(|a| (a.kind, a.label.as_str(), a.is_homework))
                .collect::<Vec<_>>(),
            [(EventKind::Deadline, "Hw04 sampling plan", true)]
        );
        assert!(kinds("fill in the ____ blank").is_empty());
    }

    #[test]
    fn link_syntax_is_not_part_of_a_label() {
        assert_eq!(
            kinds("Out: [HW1]. [Lecture Notes](notes1.pdf)."),
            vec![(EventKind::Release, "Hw1".into())]
        );
        let (acts, _) = parse_cell("Due: [HW1]. Out: [HW2]. [Slides](s.pdf)");
        assert_eq!(
            acts.iter()
                .map(|a| (a.kind, a.label.as_str(), a.note.is_none()))
                .collect::<Vec<_>>(),
            [
                (EventKind::Deadline, "Hw1", true),
                (EventKind::Release, "Hw2", true)
            ]
        );
    }

    /// The activities of `cell`, asserted to be a release without a date of its own and then
    /// its deadline with one.
    fn release_then_dated_deadline(cell: &str) -> Vec<Activity> {
        let (acts, _) = parse_cell(cell);
        assert_eq!(
            acts.iter().map(|a| a.kind).collect::<Vec<_>>(),
            [EventKind::Release, EventKind::Deadline],
            "{cell}"
        );
        assert!(acts[0].date.is_none() && acts[1].date.is_some(), "{cell}");
        acts
    }

    #[test]
    fn a_release_with_its_deadline_in_parentheses_is_both() {
        for cell in [
            "Assignment 2 goes out (due date: Tuesday, March 4)",
            "[Project 2](p2.html) out (due Mar 4)",
        ] {
            let acts = release_then_dated_deadline(cell);
            assert!(!acts[0].label.contains("goes"), "{cell}");
        }
    }

    #[test]
    fn a_release_whose_next_clause_gives_the_deadline_is_both() {
        for cell in [
            "Problem set 3 released. Due on March 4 at 5pm.",
            "Hw 2 out; due Mar 4",
        ] {
            release_then_dated_deadline(cell);
        }
        // Without a date after it the verb says the work is due today, not released.
        assert_eq!(kinds("Hw 2 out/due")[0].0, EventKind::Deadline);
    }

    #[test]
    fn work_handed_out_in_chinese_is_released() {
        assert_eq!(
            kinds("实验 1 提交, 布置实验 2"),
            [
                (EventKind::Deadline, "Lab 1".to_string()),
                (EventKind::Release, "Lab 2".to_string())
            ]
        );
        assert_eq!(kinds("发布作业3")[0].0, EventKind::Release);
    }

    #[test]
    fn a_release_whose_verb_ends_in_a_colon_before_its_deadline_is_both() {
        release_then_dated_deadline("Homework 1 assigned: due 9/3/2025");
        assert_eq!(kinds("Hw 2 assigned: CNNs")[0].0, EventKind::Release);
    }

    #[test]
    fn work_set_is_work_released_when_the_word_stands_alone_after_it() {
        assert_eq!(kinds("Assessment 0 *Set*")[0].0, EventKind::Release);
        assert_eq!(
            kinds("Assessment 2 set"),
            [(EventKind::Release, "Assessment 2".to_string())]
        );
        assert!(
            kinds("Homework 1 set theory")
                .iter()
                .all(|(k, _)| *k != EventKind::Release)
        );
        assert_eq!(kinds("Problem Set 3 due")[0].0, EventKind::Deadline);
    }

    #[test]
    fn released_solutions_are_no_release_of_the_work() {
        assert!(kinds("Homework 2 solutions released").is_empty());
        assert!(kinds("Lösungen Blatt 3 veröffentlicht").is_empty());
        assert_eq!(kinds("Homework 3 released")[0].0, EventKind::Release);
    }

    #[test]
    fn an_items_own_verb_beats_the_verb_of_the_item_before() {
        assert_eq!(
            kinds("HW 04 Due/ HW 05 Assigned"),
            [
                (EventKind::Deadline, "Hw04".to_string()),
                (EventKind::Release, "Hw05".to_string())
            ]
        );
    }

    #[test]
    fn work_said_not_to_happen_is_nothing() {
        assert!(
            kinds("No lab. (No assignment due.)")
                .iter()
                .all(|(k, _)| *k == EventKind::Other)
        );
        assert!(kinds("no homework this week").is_empty());
    }

    #[test]
    fn a_zone_after_the_time_is_kept() {
        assert_eq!(
            parse_cell("HW2 due Feb 2, 11:59 PM ET").0[0].zone,
            Some(chrono_tz::America::New_York)
        );
        assert_eq!(
            parse_cell("Paper due 23:59 AoE").0[0].zone,
            Some(chrono_tz::Etc::GMTPlus12)
        );
        assert_eq!(
            parse_cell("HW2 due Feb 2 (PT)").0[0].zone,
            None,
            "a zone needs a time"
        );
    }

    #[test]
    fn only_a_date_can_be_to_be_announced() {
        assert!(parse_cell("HW2 due TBD").0[0].tba);
        assert!(!parse_cell("FINAL EXAM 12:25-2:25 PM, location TBA").0[0].tba);
        assert!(!parse_cell("HW 1 Assigned ( Website TBA )").0[0].tba);
        assert_eq!(
            kinds("Ödev 1 verilişi"),
            vec![(EventKind::Release, "Hw1".into())]
        );
    }

    #[test]
    fn exam_time_ranges_and_deadline_weekdays_are_read() {
        assert_eq!(
            crate::syllabus::times::find_time_range(" 8:00-10:50 AM"),
            Some((
                NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
                NaiveTime::from_hms_opt(10, 50, 0).unwrap()
            ))
        );
        let (a, _) = parse_cell("Final Exam 8:00-10:50 AM");
        assert_eq!(
            (a[0].time, a[0].end_time),
            (
                NaiveTime::from_hms_opt(8, 0, 0),
                NaiveTime::from_hms_opt(10, 50, 0)
            )
        );
        let (a, _) = parse_cell("Final exam 2:40-5:30 PM");
        assert_eq!(
            (a[0].time, a[0].end_time),
            (
                NaiveTime::from_hms_opt(14, 40, 0),
                NaiveTime::from_hms_opt(17, 30, 0)
            )
        );
        let (a, _) = parse_cell("HW1 due Fri 11:59pm");
        assert_eq!(
            (a[0].weekday, a[0].time),
            (
                Some(chrono::Weekday::Fri),
                NaiveTime::from_hms_opt(23, 59, 0)
            )
        );
    }

    #[test]
    fn a_verb_after_a_comma_leads_the_next_work_not_the_work_before() {
        let (acts, _) = parse_cell("Review for the midterm, Lab, Submit HW1");
        let due: Vec<&str> = acts
            .iter()
            .filter(|a| a.kind == EventKind::Deadline)
            .map(|a| a.label.as_str())
            .collect();
        assert_eq!(due, ["Hw1"]);
        let (acts, _) = parse_cell("Hw1 due, Hw2 out");
        assert_eq!(acts.len(), 2);
    }

    #[test]
    fn an_unreadable_activity_is_reported_not_dropped() {
        let (acts, unread) = parse_cell("nws due Dec 20");
        assert!(acts.is_empty());
        assert_eq!(unread.as_deref(), Some("nws due Dec 20"));
        assert_eq!(parse_cell("Chapter 3"), (Vec::new(), None));
    }

    #[test]
    fn breaks_and_holidays_mean_no_class() {
        for c in [
            "Holiday",
            "No class",
            "Winter Break",
            "Spring break",
            "Republic Day holiday",
        ] {
            assert!(is_no_class(c), "{c}");
        }
        assert!(!is_no_class("Deep reinforcement learning"));
    }
}
