//! The last resort: a document whose schedule is in no layout the readers know still has
//! lines with a date (a day and its month) anywhere in them. Each such line is one row, its
//! topic the rest of the line; the caller warns that the layout was not recognised.

use super::content::{Parts, prose_parts};
use super::roles::Role;
use crate::model::EventKind;
use crate::syllabus::activity::parse_cell;
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::LABEL_CONNECTORS;
use crate::syllabus::text::squash;

/// The fewest dated lines that make a schedule read this way.
pub(super) const FEWEST_ROWS: usize = 2;

/// Words that make a line with a date a sentence of prose (an announcement, a policy)
/// rather than a row, when it also reads as a sentence.
const SENTENCE_WORDS: usize = 14;

/// The date anywhere in a line and the rest of the line as its topic; none for a sentence
/// of prose ("Office hours start on Sep 10 and are held in room 204 every week.").
pub(super) fn parts(line: &Line) -> Option<Parts> {
    let text = squash(&line.cells.join("  "));
    let sentence = text.trim_end().ends_with('.') || text.contains(". ");
    if sentence && text.split_whitespace().count() >= SENTENCE_WORDS {
        return None;
    }
    let (at, span) = find_date(&text)?;
    let date_text = text.get(at..at + span.len)?.to_string();
    // "Essay 1 due Feb 2", "Quiz on Feb 16": the date is the work's or the exam's, and the
    // line no meeting.
    let (acts, _) = parse_cell(&text);
    if acts
        .iter()
        .any(|a| a.kind != EventKind::Other && a.date_text.as_deref() == Some(date_text.as_str()))
    {
        let mut parts = prose_parts(None, date_text, span, String::new());
        parts.texts = vec![(Role::Activity, text)];
        parts.not_lecture = true;
        return Some(parts);
    }
    let before = text.get(..at).unwrap_or("");
    let after = text.get(at + span.len..).unwrap_or("");
    let topic = [tidy(before), tidy(after)]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Some(prose_parts(None, date_text, span, topic))
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
    fn a_line_whose_date_is_a_deadlines_or_an_exams_is_no_meeting() {
        let p = parts(&line("3 Evolution Essay 1 due Feb 2")).expect("a row");
        assert!(p.not_lecture);
        let p = parts(&line("Quiz on Feb 16")).expect("a row");
        assert!(p.not_lecture);
        let p = parts(&line("Feb 12 Loops; HW1 due Feb 19")).expect("a row");
        assert!(!p.not_lecture);
    }
}
