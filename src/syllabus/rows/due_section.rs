//! A list or table of dates under a heading or lead that says they are when work falls due
//! (`Assignment Due Dates` over `Date | Event` rows such as `9/11 12 pm | Lab One`; a
//! "Harmonogram nadsyłania sprawozdań" page of `20.03.2023 - REST API` lines): the rows name
//! the work with no verb of their own, so each is that work due, never a lecture.

use std::sync::LazyLock;

use super::content::Content;
use crate::model::EventKind;
use crate::syllabus::activity::Activity;
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{
    DUE_SECTION_NOT, DUE_SECTION_OTHER, DUE_SECTION_PATTERN, DUE_SECTION_STEMS,
};
use crate::syllabus::text::squash;
use crate::syllabus::times::find_time;

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
    static HEADING: LazyLock<Yes> =
        LazyLock::new(|| yes(&format!(r"(?i)\b(?:{DUE_SECTION_PATTERN})\b")));
    let mut cells = line.cells.iter().filter(|c| !c.trim().is_empty());
    let (Some(cell), None) = (cells.next(), cells.next()) else {
        return false;
    };
    let text = cell.trim().trim_start_matches('#').trim();
    // "Deadlines: None" is a field with its value, not a heading.
    if text
        .split_once(':')
        .is_some_and(|(_, after)| !after.trim().is_empty())
    {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ':')
        .filter(|w| !w.is_empty())
        .collect();
    static ENDING: LazyLock<Yes> =
        LazyLock::new(|| yes(&format!(r"(?i)\b(?:{DUE_SECTION_PATTERN})\W*$")));
    let other = words.iter().any(|w| DUE_SECTION_OTHER.contains(w));
    (1..=MOST_HEADING_WORDS).contains(&words.len())
        && DUE_SECTION_STEMS.iter().any(|s| lower.contains(s))
        && !words.iter().any(|w| DUE_SECTION_NOT.contains(w))
        && find_date(text).is_none()
        && HEADING.is_match(text)
        && (!other || ENDING.is_match(text))
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

/// A row of the section: the work its text names falls due on its date (at the time its
/// date cell gives), unless the row names an event of its own; a lecture it never is.
pub(super) fn work_due(content: &mut Content) {
    content.not_a_lecture = true;
    if !content.acts.is_empty() {
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
    // An hour in the text ("(Week 8) by 3:00pm") is the deadline's when the date gave none.
    let time = content
        .time
        .map(|(start, _)| start)
        .or_else(|| find_time(name));
    content.acts.push(Activity {
        time,
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
        assert!(!is_heading(&line(&["Deadlines calendar"])));
    }

    #[test]
    fn a_word_saying_whose_deadlines_they_are_keeps_the_heading() {
        assert!(is_heading(&line(&["## Lab Classes Deadlines"])));
        assert!(!is_heading(&line(&["Lectures and deadlines"])));
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
