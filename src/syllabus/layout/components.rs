//! Components of MDX pages (Docusaurus, Next.js, Astro) that carry a schedule row in their
//! attributes: `<LectureRow date="22/03/2024" time="13:00-14:30" type="Lab">Title</LectureRow>`
//! or `<Session date="Oct 4" title="Intro"/>`.
//!
//! CommonMark sees such a component as inline HTML and drops it with its attributes, so they are
//! read before: every component (a tag whose name starts with a capital letter) with a date among
//! its attributes becomes a row of cells under a `date | time | topic | type` header: the date,
//! the attribute named like a time column, the one named like a topic (or else the text the
//! component encloses) and the one named like a kind column. The component's lines are left
//! empty; one inside an HTML comment is not read.

use std::ops::Range;

use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::lexicon::{HEADER_DATE, HEADER_KIND, HEADER_TIME, HEADER_TOPIC};

use super::markdown::{SourceLine, line_of};

/// Rows that replace a block of source lines: the lines (first..after-last) and the rows.
pub(super) type Block = (Range<usize>, Vec<SourceLine>);

/// A tag's attributes as (name, value), its length with the closing `>`, and whether it
/// closes itself.
type Tag = (Vec<(String, String)>, usize, bool);

/// The source with its dated components blanked out (line breaks kept), and the rows they
/// give, each with the lines it replaces. `None` when the source has no dated component.
pub(super) fn lift(raw: &str) -> Option<(String, Vec<Block>)> {
    let mut found: Vec<(Range<usize>, [String; 4])> = Vec::new();
    let mut at = 0;
    while let Some(off) = raw.get(at..).and_then(|r| r.find('<')) {
        let start = at + off;
        let rest = &raw[start..];
        if rest.starts_with("<!--") {
            at = rest.find("-->").map_or(raw.len(), |e| start + e + 3);
            continue;
        }
        match component(rest) {
            Some((len, Some(cells))) => {
                found.push((start..start + len, cells));
                at = start + len;
            }
            Some((len, None)) => at = start + len,
            None => at = start + 1,
        }
    }
    if found.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(raw.len());
    let mut rows = Vec::new();
    let mut copied = 0;
    for (i, (range, cells)) in found.into_iter().enumerate() {
        text.push_str(&raw[copied..range.start]);
        text.extend(raw[range.clone()].chars().filter(|&c| c == '\n'));
        copied = range.end;
        let first = line_of(raw, range.start);
        let last = line_of(raw, range.end.saturating_sub(1));
        let mut lines = Vec::new();
        if i == 0 {
            let header = [
                HEADER_DATE[0],
                HEADER_TIME[0],
                HEADER_TOPIC[0],
                HEADER_KIND[0],
            ];
            lines.push((first, header.join("\t")));
        }
        lines.push((first, cells.join("\t")));
        rows.push((first..last + 1, lines));
    }
    text.push_str(&raw[copied..]);
    Some((text, rows))
}

/// A component at the start of `text`: its length and, when one of its attributes is a date,
/// its cells (date, time, topic, kind).
fn component(text: &str) -> Option<(usize, Option<[String; 4]>)> {
    let name_len = text[1..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .map(|n| n + 1)?;
    let name = &text[1..name_len];
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let (attrs, open_len, closed) = attributes(&text[name_len..])?;
    let mut len = name_len + open_len;
    let named = |words: &[&str]| {
        attrs
            .iter()
            .find(|(k, _)| words.contains(&k.to_lowercase().as_str()))
            .map(|(_, v)| v.clone())
    };
    let date = named(HEADER_DATE).or_else(|| {
        attrs
            .iter()
            .find(|(_, v)| parse_date_prefix(v).is_some_and(|d| d.len == v.len()))
            .map(|(_, v)| v.clone())
    });
    // A component without a date (a table, a divider) is passed over, its content still read.
    let Some(date) = date.filter(|d| parse_date_prefix(d).is_some()) else {
        return Some((len, None));
    };
    let mut inner = String::new();
    if !closed {
        let close = format!("</{name}>");
        let end = text[len..].find(&close)?;
        inner = plain_text(&text[len..len + end]);
        len += end + close.len();
    }
    let topic = named(HEADER_TOPIC)
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(inner);
    let cells = [
        date,
        named(HEADER_TIME).unwrap_or_default(),
        topic,
        named(HEADER_KIND).unwrap_or_default(),
    ]
    .map(|c| crate::syllabus::text::squash(&c));
    Some((len, Some(cells)))
}

/// The label a self-closing component shows from its `text` attribute (VitePress's `<Badge
/// type="warning" text="Due" />`), which CommonMark would drop with the tag.
pub(super) fn shown_text(tag: &str) -> Option<String> {
    let rest = tag.strip_prefix('<')?;
    let name_len = rest.find(|c: char| c.is_whitespace() || c == '/' || c == '>')?;
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let (attrs, _, closes) = attributes(&rest[name_len..])?;
    let (_, text) = attrs.into_iter().find(|(n, _)| n == "text")?;
    (closes && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// The attributes after a tag's name, as (name, value) for quoted values (a `{...}` value is
/// code and skipped), the length up to and with the closing `>`, and whether the tag closes
/// itself (`/>`).
fn attributes(text: &str) -> Option<Tag> {
    let mut attrs = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut name = String::new();
    // The name is whole once a space or `=` follows it.
    let mut name_done = false;
    while let Some((i, c)) = chars.next() {
        match c {
            '>' => return Some((attrs, i + 1, false)),
            '/' if chars.peek().is_some_and(|&(_, n)| n == '>') => {
                return Some((attrs, i + 2, true));
            }
            '=' => {}
            '"' | '\'' => {
                let mut value = String::new();
                for (_, v) in chars.by_ref() {
                    if v == c {
                        break;
                    }
                    value.push(v);
                }
                attrs.push((std::mem::take(&mut name), value));
                name_done = false;
            }
            '{' => {
                let mut depth = 1;
                for (_, v) in chars.by_ref() {
                    depth += usize::from(v == '{');
                    depth -= usize::from(v == '}');
                    if depth == 0 {
                        break;
                    }
                }
                name.clear();
                name_done = false;
            }
            '<' => return None,
            c if c.is_whitespace() => {}
            c => {
                if name_done {
                    name.clear();
                }
                name.push(c);
                name_done = chars
                    .peek()
                    .is_some_and(|&(_, n)| n.is_whitespace() || n == '=');
            }
        }
    }
    None
}

/// The text a component encloses, without its tags and line breaks.
fn plain_text(inner: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    crate::syllabus::text::squash(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_badge_shows_its_text_attribute_and_other_tags_show_nothing() {
        let badge = r#"<Badge type="warning" text="Remise" />"#;
        assert_eq!(shown_text(badge).as_deref(), Some("Remise"));
        assert_eq!(shown_text(r#"<span title="x">"#), None);
        assert_eq!(shown_text(r#"<Badge type="tip">"#), None);
    }

    #[test]
    fn a_dated_component_becomes_a_row_under_a_header_at_its_line() {
        let raw = "Intro\n<Slot\n  day=\"2025-03-04\" time=\"9:00-10:30\" kind=\"Lab\">\n  <>Graphs <b>one</b></>\n</Slot>\n<Slot day=\"Mar 6\" title=\"Trees\"/>\n";
        let (text, rows) = lift(raw).unwrap();
        assert_eq!(text, "Intro\n\n\n\n\n\n");
        assert_eq!(rows[0].0, 2..6);
        assert_eq!(rows[0].1[0], (2, "date\ttime\ttopic\ttype".to_string()));
        assert_eq!(
            rows[0].1[1],
            (2, "2025-03-04\t9:00-10:30\tGraphs one\tLab".to_string())
        );
        assert_eq!(rows[1].1, [(6, "Mar 6\t\tTrees\t".to_string())]);
    }

    #[test]
    fn components_without_a_date_or_inside_a_comment_are_left_alone() {
        assert!(lift("<Divider topic=\"Week 1\"/>\n<!--<Row date=\"Mar 6\"/>-->\n").is_none());
        assert!(lift("<div date=\"Mar 6\">x</div>").is_none());
        assert!(lift("<Row date=\"Mar 6\" pdf={['a>b']}").is_none());
    }
}
