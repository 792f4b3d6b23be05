//! The last resort: a document whose schedule is in no layout the readers know still has
//! lines with a date (a day and its month) anywhere in them. Each such line is one row, its
//! topic the rest of the line; the caller warns that the layout was not recognised.

use super::content::{Parts, prose_parts};
use crate::syllabus::dates::find_date;
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::LABEL_CONNECTORS;
use crate::syllabus::text::squash;

/// The fewest dated lines that make a schedule read this way.
pub(super) const FEWEST_ROWS: usize = 2;

/// The date anywhere in a line and the rest of the line as its topic.
pub(super) fn parts(line: &Line) -> Option<Parts> {
    let text = squash(&line.cells.join("  "));
    let (at, span) = find_date(&text)?;
    let date_text = text.get(at..at + span.len)?.to_string();
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
}
