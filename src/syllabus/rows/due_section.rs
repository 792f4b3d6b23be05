//! A list or table of dates under a heading or lead that says they are when work falls due
//! (`Assignment Due Dates` over `Date | Event` rows such as `9/11 12 pm | Lab One`; a
//! "Harmonogram nadsyłania sprawozdań" page of `20.03.2023 - REST API` lines): the rows name
//! the work with no verb of their own, so each is that work due, never a lecture.

use std::sync::LazyLock;

use super::content::{Content, Parts};
use super::roles::Role;
use crate::model::EventKind;
use crate::syllabus::activity::Activity;
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lean::{Lean, Yes, lean, yes};
use crate::syllabus::lexicon::{
    BY_DAY_WORDS, DUE_SECTION_JOINS, DUE_SECTION_NOT, DUE_SECTION_PATTERN, DUE_SECTION_STEMS,
    LABEL_CONNECTORS,
};
use crate::syllabus::text::squash;
use crate::syllabus::times::{TIME_LIKE, find_time};

/// Most words of a heading that names due dates ("Assignment Due Dates", "Harmonogram
/// nadsyłania sprawozdań"): a longer line is a sentence about deadlines, not a title.
const MOST_HEADING_WORDS: usize = 4;

/// Most words of a row's text when it names one piece of work.
pub(super) const MOST_NAME_WORDS: usize = 8;

/// Most words of a lead sentence that a section may open with before its rows.
const MOST_LEAD_WORDS: usize = 60;

/// Most undated lines between the heading and the rows (a header, a lead sentence): more
/// is another part of the document.
const MOST_LEAD_LINES: usize = 2;

/// Where a due-dates section stands while the table reader reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DueSection {
    /// Its heading was read, and this many undated lines since: a header and a lead
    /// sentence may come before the rows.
    Opened(usize),
    /// A row of it was read.
    InRows,
}

/// Whether `line` is a heading naming due dates: one short text, no date, mostly the phrase.
pub(super) fn is_heading(line: &Line) -> bool {
    heading_text(line).is_some()
}

/// The work a due-dates heading names before its due words ("Lab Classes" of "Lab Classes
/// Deadlines"), if it is such a heading and names any.
pub(super) fn heading_work(line: &Line) -> Option<String> {
    static TAIL: LazyLock<Lean> =
        LazyLock::new(|| lean(&format!(r"(?i)\b(?:{DUE_SECTION_PATTERN})\s*:?\s*$")));
    let text = heading_text(line)?;
    let at = TAIL.find(text)?.start();
    let work = text[..at].trim();
    (!work.is_empty()).then(|| work.to_string())
}

/// The text of a heading naming due dates, without its marks and remark.
fn heading_text(line: &Line) -> Option<&str> {
    static HEADING: LazyLock<Yes> =
        LazyLock::new(|| yes(&format!(r"(?i)\b(?:{DUE_SECTION_PATTERN})\b")));
    static TAIL: LazyLock<Yes> =
        LazyLock::new(|| yes(&format!(r"(?i)\b(?:{DUE_SECTION_PATTERN})\s*:?\s*$")));
    let mut cells = line.cells.iter().filter(|c| !c.trim().is_empty());
    let (Some(cell), None) = (cells.next(), cells.next()) else {
        return None;
    };
    let text = without_remark(cell.trim().trim_start_matches('#').trim());
    // "Deadlines: None" is a field with its value, not a heading.
    if text
        .split_once(':')
        .is_some_and(|(_, after)| !after.trim().is_empty())
    {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty())
        .collect();
    let more = |w: &&str| {
        DUE_SECTION_JOINS.contains(w) || DUE_SECTION_NOT.contains(w) && !TAIL.is_match(text)
    };
    ((1..=MOST_HEADING_WORDS).contains(&words.len())
        && DUE_SECTION_STEMS.iter().any(|s| lower.contains(s))
        && !words.iter().any(more)
        && find_date(text).is_none()
        && HEADING.is_match(text))
    .then_some(text)
}

/// A title without the remark that closes it in brackets ("Assignment Due Dates (subject to
/// change)", "Deadlines [tentative]"): the remark qualifies the dates, it names nothing.
pub(super) fn without_remark(title: &str) -> &str {
    let t = title.trim_end_matches([':', '.', ' ', '*', '_']);
    let (open, close) = match t.chars().last() {
        Some(')') => ('(', ')'),
        Some(']') => ('[', ']'),
        _ => return title,
    };
    // The last bracket pair must close the title and open after its first word.
    match t.rfind(open) {
        Some(at) if at > 0 && !t[at + 1..t.len() - 1].contains([open, close]) => t[..at].trim_end(),
        _ => title,
    }
}

/// What an undated line does to the section: a lead sentence or a blank line before the rows
/// keeps it; after them, a heading or any prose line ends it (a short wrapped line of a row
/// does not).
pub(super) fn after_undated(section: DueSection, line: &Line) -> Option<DueSection> {
    let words = line
        .cells
        .iter()
        .map(|c| c.split_whitespace().count())
        .sum::<usize>();
    if words == 0 {
        return Some(section);
    }
    let texts = line.cells.iter().filter(|c| !c.trim().is_empty()).count();
    match section {
        DueSection::Opened(n) => {
            (words <= MOST_LEAD_WORDS && n < MOST_LEAD_LINES).then_some(DueSection::Opened(n + 1))
        }
        // A wrapped name ("(README)") sits in one cell, indented or short.
        DueSection::InRows => (texts == 1 && words <= 3 && line.indented).then_some(section),
    }
}

/// A row of the section, before it is read: its item column (`Date | Item`) names the work
/// as a topic would, so work without a verb ("Problem Set 1") is the name of what falls
/// due, not an activity left unread.
pub(super) fn items_as_topics(parts: &mut Parts) {
    for (role, _) in &mut parts.texts {
        if *role == Role::Activity {
            *role = Role::Topic;
        }
    }
}

/// A row's text split into what stands outside brackets and its bracketed remarks, with
/// their brackets ("(Week 8) by 3pm (Group A)": "by 3pm" and "(Week 8) (Group A)").
fn remarks_apart(text: &str) -> (String, String) {
    let (mut depth, mut bare, mut remarks) = (0usize, String::new(), String::new());
    for c in text.chars() {
        match c {
            '(' | '[' => {
                if depth == 0 && !remarks.is_empty() {
                    remarks.push(' ');
                }
                depth += 1;
                remarks.push(c);
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                remarks.push(c);
            }
            _ if depth == 0 => bare.push(c),
            _ => remarks.push(c),
        }
    }
    (bare, remarks)
}

/// Whether a row's text names no work: once its bracketed remarks are dropped, only times and
/// the words that lead them are left ("(Week 8) by 3:00pm (Group A)").
pub(super) fn names_nothing(text: &str) -> bool {
    let (bare, _) = remarks_apart(text);
    bare.split_whitespace().all(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        w.chars().count() <= 2
            || w.contains(|c: char| c.is_ascii_digit())
            || BY_DAY_WORDS.contains(&w.as_str())
            || LABEL_CONNECTORS.contains(&w.as_str())
    })
}

/// A row of the section whose text names no work ("Monday 18th November (Week 8) by 3:00pm")
/// under a heading that does ("Lab Classes Deadlines"): that work falls due, at the time the
/// row gives, told apart from the other rows by its remarks ("(Week 8) (Group A)").
fn heading_work_due(content: &mut Content, work: &str) -> bool {
    let Some(text) = content.topic.as_deref().filter(|t| names_nothing(t)) else {
        return false;
    };
    let (bare, remarks) = remarks_apart(text);
    let time = TIME_LIKE
        .is_match(&bare)
        .then(|| find_time(&bare))
        .flatten();
    content.acts.push(Activity {
        time: time.or(content.time.map(|(start, _)| start)),
        ..Activity::bare(EventKind::Deadline, squash(&format!("{work} {remarks}")))
    });
    true
}

/// A row of the section: the work its text names falls due on its date (at the time its
/// date cell gives), unless the row names an event of its own; a lecture it never is. A row
/// that names nothing is the heading's work (`work`) due.
pub(super) fn work_due(content: &mut Content, work: Option<&str>) {
    content.not_a_lecture = true;
    if content.acts.is_empty() && work.is_some_and(|w| heading_work_due(content, w)) {
        return;
    }
    if !content.acts.is_empty() {
        // A piece of work read without a verb ("Lab Assignment 1" as an unplaced item) is
        // that work due here; an exam, a release or a deadline keeps its kind.
        for a in content
            .acts
            .iter_mut()
            .filter(|a| a.kind == EventKind::Other)
        {
            a.kind = EventKind::Deadline;
            a.time = a.time.or(content.time.map(|(start, _)| start));
        }
        return;
    }
    // The name is the topic, or the text of a work column (`Date | Item`).
    let Some(name) = content
        .topic
        .iter()
        .chain(&content.untold)
        .chain(&content.details)
        .find(|t| !t.trim().is_empty())
        .map(|t| squash(t))
    else {
        return;
    };
    let name = name.trim_matches(|c: char| !c.is_alphanumeric() && c != ')');
    let words = name.split_whitespace().count();
    if words == 0 || words > MOST_NAME_WORDS {
        return;
    }
    content.acts.push(Activity {
        time: content.time.map(|(start, _)| start),
        ..Activity::bare(EventKind::Deadline, name.to_string())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(cells: &[&str]) -> Line {
        Line::of_cells(1, cells)
    }

    #[test]
    fn a_short_heading_naming_due_dates_opens_a_section() {
        assert!(is_heading(&line(&["Assignment Due Dates"])));
        assert!(is_heading(&line(&["## Deadlines"])));
        assert!(is_heading(&line(&["Abgabetermine"])));
        assert!(is_heading(&line(&["Fechas de entrega"])));
        assert!(is_heading(&line(&["Harmonogram nadsyłania sprawozdań"])));
    }

    #[test]
    fn a_heading_about_more_than_due_dates_or_a_sentence_opens_none() {
        assert!(!is_heading(&line(&["Schedule and deadlines"])));
        assert!(!is_heading(&line(&["Lectures & due dates"])));
        assert!(!is_heading(&line(&["Late policy: deadlines"])));
        assert!(!is_heading(&line(&[
            "All deadlines are at noon unless said otherwise"
        ])));
        assert!(!is_heading(&line(&["Due dates", "Topic"])));
        assert!(!is_heading(&line(&["Homework due Sep 5"])));
        assert!(!is_heading(&line(&["Weekly schedule"])));
        assert!(!is_heading(&line(&["Deadlines: None"])));
        assert!(is_heading(&line(&["Deadlines:"])));
    }

    #[test]
    fn due_words_that_end_the_heading_name_what_they_qualify() {
        let lab = line(&["## Tutorial Sheets Deadlines"]);
        assert!(is_heading(&lab));
        assert_eq!(heading_work(&lab).as_deref(), Some("Tutorial Sheets"));
        assert!(is_heading(&line(&["## Practical classes deadlines"])));
        assert_eq!(heading_work(&line(&["Deadlines:"])), None);
        assert!(!is_heading(&line(&["Deadlines and lectures"])));
        assert!(!is_heading(&line(&["Classes and deadlines"])));
    }

    #[test]
    fn a_row_of_times_and_remarks_names_no_work() {
        assert!(names_nothing("(Week 3) by 5 pm (Section B)"));
        assert!(names_nothing("at 12:00"));
        assert!(!names_nothing("Essay draft (Week 3)"));
    }

    #[test]
    fn a_remark_in_brackets_after_the_heading_is_no_part_of_it() {
        assert!(is_heading(&line(&["## Problem Set Due Dates (tentative)"])));
        assert!(is_heading(&line(&["Hand-in dates [may still move]"])));
        assert!(!is_heading(&line(&["Weekly schedule (and deadlines)"])));
        assert_eq!(without_remark("(Deadlines)"), "(Deadlines)");
    }

    #[test]
    fn prose_after_the_rows_ends_the_section_and_a_lead_before_them_does_not() {
        let lead = line(&["Reports are due at 23:59 on the dates below."]);
        assert_eq!(
            after_undated(DueSection::Opened(0), &lead),
            Some(DueSection::Opened(1))
        );
        assert_eq!(after_undated(DueSection::Opened(2), &lead), None);
        assert_eq!(after_undated(DueSection::InRows, &lead), None);
        assert_eq!(
            after_undated(DueSection::InRows, &line(&[""])),
            Some(DueSection::InRows)
        );
    }
}
