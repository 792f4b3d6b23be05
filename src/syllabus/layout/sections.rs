//! Pages with one section per class: a heading that is a date ("Tue Sep 5") followed by its
//! fields ("Topic: Sets", "Due: HW1") is one row, the date first and each field a cell, as a
//! table row would be. The fields' labels, over a run of such sections, become a header row,
//! so every later stage knows the topic column from the due column; text without a label is
//! the topic.

use std::sync::LazyLock;

use super::html::Row;
use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{HEADER_DATE, HEADER_TOPIC, NO_CLASS_PATTERN};

static NO_CLASS: LazyLock<Yes> = LazyLock::new(|| yes(&format!("(?i){NO_CLASS_PATTERN}")));

/// Longest text read as a field's label ("Class Events:").
const MAX_LABEL: usize = 24;

/// A dated section: its heading row and its fields as (label, value).
struct Section {
    heading: Row,
    fields: Vec<(String, String)>,
    /// The last field's label came without a value: the lines after it, up to the next
    /// label, are its value (a list under "Reading:").
    listing: bool,
}

/// Joins each dated heading with the rows under it, up to the next heading.
pub(super) fn join_dated_sections(rows: Vec<Row>) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    let mut run: Vec<Section> = Vec::new();
    for row in rows {
        let dated = row.heading
            && row
                .cells
                .first()
                .is_some_and(|c| parse_date_prefix(c).is_some());
        if dated {
            run.push(Section {
                heading: row,
                fields: Vec::new(),
                listing: false,
            });
        } else if let (Some(s), false) = (run.last_mut(), row.heading) {
            s.add(&row.cells.join(" "));
        } else {
            out.extend(table(std::mem::take(&mut run)));
            out.push(row);
        }
    }
    out.extend(table(run));
    out
}

impl Section {
    /// Adds a line: "Label: value" where the label names a column, or more of a field whose
    /// value came on the lines below, or, otherwise, the topic.
    fn add(&mut self, line: &str) {
        // The teacher's office hours that day ("Office hours: 10:50-12:05p") are no field of
        // the class: neither its topic nor a column, nor a time for it.
        if crate::syllabus::rows::office_hours_line(line) {
            return;
        }
        // A column's name, or another short label (a column no stage reads): never a date or
        // a sentence ("No class: holiday" is the topic).
        let labelled = label_split(line).filter(|(l, _)| {
            let l = l.trim();
            l.chars().count() <= MAX_LABEL
                && (crate::syllabus::rows::names_a_column(l)
                    || l.split_whitespace().count() == 2
                        && l.chars().all(|c| c.is_alphabetic() || c == ' ')
                        && !NO_CLASS.is_match(l))
        });
        if let Some((label, value)) = labelled {
            let value = value.trim();
            self.listing = value.is_empty();
            self.fields
                .push((label.trim().to_string(), value.to_string()));
            return;
        }
        let field = match self.fields.last_mut() {
            Some(last) if self.listing => Some(last),
            _ => self.fields.iter_mut().find(|(l, _)| l.is_empty()),
        };
        match field {
            Some((_, v)) => {
                if !v.is_empty() {
                    v.push_str(if self.listing { ", " } else { ". " });
                }
                v.push_str(line);
            }
            None => self.fields.push((String::new(), line.to_string())),
        }
    }
}

/// A line parted at its first colon that is not a clock's ("HW 2 due at 11:55p" has none):
/// a label's colon is never between two digits.
fn label_split(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    let at = line.char_indices().find(|&(i, c)| {
        c == ':'
            && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })?;
    Some((&line[..at.0], &line[at.0 + 1..]))
}

/// A heading's date and, when a colon or dash parts it from more text ("Mar. 8: Seminar"),
/// that text, which is the section's topic.
fn heading_date_and_topic(heading: &str) -> (String, Option<String>) {
    let split = parse_date_prefix(heading).and_then(|span| {
        let (date, rest) = heading.split_at_checked(span.len)?;
        let rest = rest.trim_start();
        let topic = rest.strip_prefix([':', '-', '–', '—'])?.trim();
        (!topic.is_empty()).then(|| (date.trim_end().to_string(), Some(topic.to_string())))
    });
    split.unwrap_or_else(|| (heading.to_string(), None))
}

/// A run of sections as a table: a header row of their labels, then one row per section.
fn table(mut run: Vec<Section>) -> Vec<Row> {
    let mut dates = Vec::with_capacity(run.len());
    for s in &mut run {
        let (date, topic) = heading_date_and_topic(&s.heading.cells.join(" "));
        if let Some(topic) = topic {
            s.fields.insert(0, (String::new(), topic));
        }
        dates.push(date);
    }
    let Some(first) = run.first() else {
        return Vec::new();
    };
    let topic = HEADER_TOPIC[0];
    let mut labels: Vec<String> = Vec::new();
    for s in &run {
        for (l, _) in &s.fields {
            let l = if l.is_empty() { topic } else { l.as_str() };
            if !labels.iter().any(|x| x.eq_ignore_ascii_case(l)) {
                labels.push(l.to_string());
            }
        }
    }
    let mut header = vec![HEADER_DATE[0].to_string()];
    header.extend(labels.iter().cloned());
    let mut out = vec![Row {
        line: first.heading.line,
        cells: header,
        heading: false,
    }];
    for (s, date) in run.into_iter().zip(dates) {
        let mut cells = vec![String::new(); labels.len() + 1];
        cells[0] = date;
        for (l, v) in s.fields {
            let l = if l.is_empty() { topic } else { l.as_str() };
            if let Some(i) = labels.iter().position(|x| x.eq_ignore_ascii_case(l)) {
                let cell = &mut cells[i + 1];
                if !cell.is_empty() {
                    cell.push_str(", ");
                }
                cell.push_str(&v);
            }
        }
        out.push(Row {
            line: s.heading.line,
            cells,
            heading: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, heading: bool) -> Row {
        Row {
            line: 1,
            cells: vec![text.to_string()],
            heading,
        }
    }

    #[test]
    fn a_clock_is_no_label_and_a_label_before_a_clock_still_is() {
        assert_eq!(label_split("HW #2 due today at 11:55p"), None);
        assert_eq!(
            label_split("Office hours: 10:50-12:05p"),
            Some(("Office hours", " 10:50-12:05p"))
        );
    }

    #[test]
    fn office_hours_under_a_dated_heading_are_no_field_of_the_class() {
        let rows = vec![
            row("Tue Sep 7", true),
            row("Variance", false),
            row("Wed Sep 8", true),
            row("Zoom office hours: 1:30-3:00p", false),
        ];
        let out = join_dated_sections(rows);
        assert_eq!(out[0].cells, [HEADER_DATE[0], HEADER_TOPIC[0]]);
        assert_eq!(out[2].cells, ["Wed Sep 8", ""]);
    }

    #[test]
    fn dated_headings_and_their_fields_are_a_table_with_the_labels_as_header() {
        let rows = vec![
            row("Schedule", true),
            row("Subject to change", false),
            row("Tue Sep 5", true),
            row("Topic: Sets", false),
            row("Due: HW1", false),
            row("Class slides: Lecture 1", false),
            row("Thu Sep 7", true),
            row("No class: holiday", false),
            row("Quiz", false),
            row("Notes", true),
            row("Bring a laptop", false),
        ];
        let cells: Vec<Vec<String>> = join_dated_sections(rows)
            .into_iter()
            .map(|r| r.cells)
            .collect();
        assert_eq!(
            cells,
            [
                vec!["Schedule"],
                vec!["Subject to change"],
                vec!["date", "Topic", "Due", "Class slides"],
                vec!["Tue Sep 5", "Sets", "HW1", "Lecture 1"],
                vec!["Thu Sep 7", "No class: holiday. Quiz", "", ""],
                vec!["Notes"],
                vec!["Bring a laptop"],
            ]
        );
    }

    #[test]
    fn a_list_under_a_label_without_value_is_its_value() {
        let rows = vec![
            row("Wed Sep 6", true),
            row("Reading:", false),
            row("chapter 2", false),
            row("chapter 3", false),
            row("Topic: Guest talk", false),
        ];
        let cells: Vec<Vec<String>> = join_dated_sections(rows)
            .into_iter()
            .map(|r| r.cells)
            .collect();
        assert_eq!(
            cells,
            [
                vec!["date", "Reading", "Topic"],
                vec!["Wed Sep 6", "chapter 2, chapter 3", "Guest talk"]
            ]
        );
    }
}
