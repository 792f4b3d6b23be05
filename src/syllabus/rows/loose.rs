//! The last resort: a document whose schedule is in no layout the readers know still has
//! lines with a date (a day and its month) anywhere in them. Each such line is one row, its
//! topic the rest of the line; the caller warns that the layout was not recognised.

use super::content::{Parts, prose_parts};
use super::roles::Role;
use crate::model::EventKind;
use crate::syllabus::activity::parse_cell;
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{HEADER_DATE, LABEL_CONNECTORS};
use crate::syllabus::text::squash;

/// The fewest dated lines that make a schedule read this way.
pub(super) const FEWEST_ROWS: usize = 2;

/// Words that make a line with a date a sentence of prose (an announcement, a policy)
/// rather than a row, when it also reads as a sentence.
const SENTENCE_WORDS: usize = 14;

/// The date anywhere in a line and the rest of the line as its topic; none for a sentence
/// of prose ("Office hours start on Sep 10 and are held in room 204 every week."), unless it
/// names dated work or an exam ("Homework 3 is due on March 4, and the midterm will be held
/// on March 11 in class."): then the line gives those and no meeting, however long it is.
pub(super) fn parts(line: &Line) -> Option<Parts> {
    let text = squash(&line.cells.join("  "));
    let (at, span) = find_date(&text)?;
    if let Some(parts) = deliverables(&text, at..at + span.len) {
        return Some(parts);
    }
    // A row of a pipe or tab table is no sentence, whatever its length ("2. Sampling" is
    // a numbered title, not the end of a sentence).
    let table_row = line.positional() && line.cells.len() >= 2;
    let sentence = !table_row && (text.trim_end().ends_with('.') || text.contains(". "));
    if sentence && text.split_whitespace().count() >= SENTENCE_WORDS {
        return None;
    }
    let date_text = text.get(at..at + span.len)?.to_string();
    let before = text.get(..at).unwrap_or("");
    let after = text.get(at + span.len..).unwrap_or("");
    // "Date: 4 March": the label names the date, it is no topic.
    let before = Some(tidy(before)).filter(|b| !HEADER_DATE.contains(&b.to_lowercase().as_str()));
    let topic = [before.unwrap_or_default(), tidy(after)]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Some(prose_parts(None, date_text, span, topic))
}

/// A line whose first date is that of work or an exam it names ("Essay 1 due Feb 2", "Quiz
/// on Feb 16", "Homework 3 is due on March 4, and the midterm..."): a row dated by it that
/// holds each sentence of the line as activities and gives no meeting. A line whose first
/// date is a meeting's ("Feb 12 Loops; HW1 due Feb 19") gives none.
fn deliverables(text: &str, first: std::ops::Range<usize>) -> Option<Parts> {
    let sentences = sentences(text);
    let work_date = sentences
        .iter()
        .flat_map(|s| parse_cell(s).0)
        .filter(|a| a.kind != EventKind::Other)
        .find_map(|a| a.date_text)?;
    // The work's date is the line's first ("Friday, September 15" holds "September 15").
    let at = text.find(&work_date)?;
    if !first.contains(&at) {
        return None;
    }
    let (_, span) = find_date(&text[at..])?;
    let mut parts = prose_parts(None, work_date, span, String::new());
    parts.texts = sentences
        .into_iter()
        .map(|s| (Role::Activity, s.to_string()))
        .collect();
    parts.not_lecture = true;
    Some(parts)
}

/// The sentences of a line: a full stop, question or exclamation mark followed by a space
/// and a capital letter ends one ("...due Friday, September 15. Problem set 2 is due...");
/// an abbreviation before a number ("Oct. 2") does not.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!')
            && bytes.get(i + 1) == Some(&b' ')
            && text[i + 2..].starts_with(char::is_uppercase)
        {
            out.push(text[from..=i].trim());
            from = i + 2;
        }
    }
    out.push(text[from..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// A piece of a line without list marks, brackets and connecting words at its ends.
fn tidy(piece: &str) -> String {
    let marks = |c: char| !c.is_alphanumeric() && !matches!(c, '"' | '\'' | '?');
    let mut t = piece.trim_matches(marks).to_string();
    loop {
        let lower = t.to_lowercase();
        let Some(w) = LABEL_CONNECTORS.iter().find(|w| {
            lower.ends_with(&format!(" {w}")) || lower.starts_with(&format!("{w} ")) || lower == **w
        }) else {
            break;
        };
        t = if lower.ends_with(&format!(" {w}")) || lower == *w {
            t[..t.len() - w.len()].to_string()
        } else {
            t[w.len()..].to_string()
        };
        t = t.trim_matches(marks).to_string();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line {
            no: 1,
            cells: vec![text.to_string()],
            placed: Some(vec![(0, text.to_string())]),
            indented: false,
            lead: 0,
        }
    }

    fn topic(text: &str) -> Option<(String, Vec<String>)> {
        let p = parts(&line(text))?;
        Some((p.date_text, p.texts.into_iter().map(|(_, t)| t).collect()))
    }

    #[test]
    fn a_date_in_the_middle_of_a_line_leaves_the_words_around_it_as_the_topic() {
        assert_eq!(
            topic("- Lexing and parsing, on 3 March 2025"),
            Some(("3 March 2025".into(), vec!["Lexing and parsing".into()]))
        );
        assert_eq!(
            topic("Sorting (Tue 4/3) and heaps"),
            Some(("Tue 4/3".into(), vec!["Sorting and heaps".into()]))
        );
        assert_eq!(topic("No date on this line"), None);
    }

    #[test]
    fn a_sentence_of_prose_is_no_row() {
        assert!(parts(&line("Office hours start on Sep 10 and are held in room 204 of the main building every week.")).is_none());
    }

    #[test]
    fn work_and_exams_in_long_sentences_are_read_sentence_by_sentence() {
        let p = parts(&line(
            "The first problem set is due Friday, September 15. Problem set 2 is due September 29.",
        ))
        .expect("a row of work");
        assert!(p.not_lecture);
        assert_eq!(p.date_text, "Friday, September 15");
        assert_eq!(p.texts.len(), 2);
        let p = parts(&line(
            "Homework 3 is due on March 4, and the midterm exam will be held on March 11 in class.",
        ))
        .expect("a row of work");
        assert!(p.not_lecture);
        assert_eq!(
            sentences("Exam 1: Oct. 2. Exam 2 is on Nov. 13."),
            vec!["Exam 1: Oct. 2.", "Exam 2 is on Nov. 13."]
        );
    }

    #[test]
    fn a_line_whose_date_is_a_deadlines_or_an_exams_is_no_meeting() {
        let p = parts(&line("3 Evolution Essay 1 due Feb 2")).expect("a row");
        assert!(p.not_lecture);
        let p = parts(&line("Quiz on Feb 16")).expect("a row");
        assert!(p.not_lecture);
        let p = parts(&line("Feb 12 Loops; HW1 due Feb 19")).expect("a row");
        assert!(!p.not_lecture);
    }
}
