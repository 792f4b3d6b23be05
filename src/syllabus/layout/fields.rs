//! Pages with one section per meeting under an undated heading, the meeting's date and time
//! given as labelled list items (Quarto and Jekyll course pages):
//!
//! ```text
//! ### Meeting 3
//! - Date: 11 March 2025
//! - Time: 10:30-13:30
//! - Topics:
//!   - Reliability
//! ```
//!
//! Each such section is one row of a table whose header is the items' labels (the heading
//! first, as the row's label), so the later stages read its Date, Time and Topic columns as
//! they read any table's. Two such sections at least make the table: one alone may be a
//! paragraph about a date.

use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::lexicon::HEADER_DATE;

use super::markdown::SourceLine;

/// Longest text read as an item's label ("Orario", "Class time").
const MAX_LABEL: usize = 24;

/// A section: its heading, its labelled items in order, and the lines of the source it spans.
struct Section {
    line: usize,
    heading: String,
    fields: Vec<(String, String)>,
    other: Vec<SourceLine>,
}

impl Section {
    fn dated(&self) -> bool {
        self.fields.iter().any(|(l, v)| {
            HEADER_DATE.contains(&l.to_lowercase().as_str()) && parse_date_prefix(v).is_some()
        })
    }
}

/// The lines, with every run of labelled sections laid out as a tab table.
pub(super) fn tabulate(lines: Vec<SourceLine>) -> Vec<SourceLine> {
    let sections = split(&lines);
    if sections.iter().filter(|(_, s)| s.dated()).count() < 2 {
        return lines;
    }
    let first_heading = sections.first().map_or(lines.len(), |s| s.0);
    let mut out: Vec<SourceLine> = lines[..first_heading].to_vec();
    let mut run: Vec<Section> = Vec::new();
    for (_, section) in sections {
        if section.dated() {
            run.push(section);
        } else {
            out.extend(table(std::mem::take(&mut run)));
            out.push((section.line, section.heading.clone()));
            out.extend(section.other);
        }
    }
    out.extend(table(run));
    out
}

/// The sections, each with the index of its heading line.
fn split(lines: &[SourceLine]) -> Vec<(usize, Section)> {
    let mut out: Vec<(usize, Section)> = Vec::new();
    for (i, (no, text)) in lines.iter().enumerate() {
        if let Some(h) = heading(text) {
            out.push((
                i,
                Section {
                    line: *no,
                    heading: h.to_string(),
                    fields: Vec::new(),
                    other: Vec::new(),
                },
            ));
            continue;
        }
        let Some((_, s)) = out.last_mut() else {
            continue;
        };
        add(s, *no, text);
    }
    // A heading keeps its marks where it is not made a row.
    for (i, s) in out.iter_mut() {
        if !s.dated() {
            s.heading = lines[*i].1.clone();
        }
    }
    out
}

/// A line under a section's heading: a top-level `- Label: value` item, more of the last
/// item's value (a nested item, a wrapped line), or other text.
fn add(s: &mut Section, no: usize, text: &str) {
    let t = text.trim();
    if blank(t) {
        s.other.push((no, text.to_string()));
        return;
    }
    let top = !text.starts_with([' ', '\t']);
    let item = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .or_else(|| t.strip_prefix("+ "));
    if let (true, Some(item)) = (top, item)
        && let Some((label, value)) = item.split_once(':')
        && label.trim().chars().count() <= MAX_LABEL
        && label.trim().chars().all(|c| c.is_alphabetic() || c == ' ')
    {
        s.fields
            .push((label.trim().to_string(), value.trim().to_string()));
        return;
    }
    match (s.fields.last_mut(), item.is_some() || !top) {
        (Some((_, v)), true) => {
            if !v.is_empty() {
                v.push_str(", ");
            }
            v.push_str(item.unwrap_or(t).trim());
        }
        _ => s.other.push((no, text.to_string())),
    }
}

/// A blank line or a rule (`---`): what separates sections, no text of theirs.
fn blank(t: &str) -> bool {
    t.chars().all(|c| matches!(c, '-' | '*' | '_' | ' '))
}

/// A heading's text: `### Meeting 3` is "Meeting 3".
fn heading(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let rest = t.trim_start_matches('#');
    (rest.len() < t.len() && rest.starts_with(' ')).then(|| rest.trim())
}

/// A run of dated sections as tab-separated lines: a header of their labels, then one row
/// each at its heading's line.
fn table(run: Vec<Section>) -> Vec<SourceLine> {
    let Some(first) = run.first() else {
        return Vec::new();
    };
    let mut labels: Vec<String> = Vec::new();
    for s in &run {
        for (l, _) in &s.fields {
            if !labels.iter().any(|x| x.eq_ignore_ascii_case(l)) {
                labels.push(l.clone());
            }
        }
    }
    let mut out = vec![(first.line, format!("\t{}", labels.join("\t")))];
    for s in run {
        let mut cells = vec![String::new(); labels.len() + 1];
        cells[0] = s.heading;
        for (l, v) in s.fields {
            if let Some(i) = labels.iter().position(|x| x.eq_ignore_ascii_case(&l)) {
                cells[i + 1] = v;
            }
        }
        out.push((s.line, cells.join("\t")));
        out.extend(s.other.into_iter().filter(|(_, t)| !blank(t.trim())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<SourceLine> {
        text.lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.to_string()))
            .collect()
    }

    #[test]
    fn labelled_sections_become_rows_of_one_table() {
        let page = "# Plan\n\n### Meeting 1\n- Date: 4 March 2025\n- Time: 10:30-13:30\n- Topics:\n  - Welcome\n  - Scales\n\n---\n\n### Meeting 2\n- Date: 6 March 2025\n- Time: 8:30-11:30\n";
        let out = tabulate(lines(page));
        assert_eq!(
            out,
            vec![
                (1, "# Plan".to_string()),
                (2, String::new()),
                (3, "\tDate\tTime\tTopics".to_string()),
                (
                    3,
                    "Meeting 1\t4 March 2025\t10:30-13:30\tWelcome, Scales".to_string()
                ),
                (12, "Meeting 2\t6 March 2025\t8:30-11:30\t".to_string()),
            ]
        );
    }

    #[test]
    fn one_dated_section_alone_stays_as_it_is() {
        let page = "### Exam\n- Date: 4 March 2025\n### Notes\n- Bring: a pen";
        assert_eq!(tabulate(lines(page)), lines(page));
    }
}
