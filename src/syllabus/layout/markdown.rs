//! Markdown sources (course sites built with Jekyll, MkDocs, Quarto; READMEs), read with
//! pulldown-cmark, a CommonMark parser.
//!
//! The parser decides what is text; the text keeps its place. Each line stays a line, with
//! its spacing, list markers and table pipes, so the other readers read it as before, and
//! what a reader of the rendered page never sees is taken out:
//! - HTML comments (a commented-out row or plan) and inline tags; an HTML block is read as
//!   HTML (a `<table>` becomes rows of cells, see [`html`](super::html));
//! - struck-through text (`~~cancelled~~`), images, link targets and emphasis marks (a link
//!   keeps its text; a target that is a site template's expression, see
//!   [`template_links`](super::template_links)), link reference definitions (`[HW1]: hw1.pdf`);
//! - kramdown attribute lines (`{: .table}`) and the `: ` that starts a definition;
//! - YAML front matter, except its dated list entries (`- date: 2017-08-01` with a `title:`),
//!   which become rows under a Date/Topic header: some sites keep the schedule there;
//! - MDX components with a date among their attributes, which become rows (see
//!   [`components`](super::components)).

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::html;
use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::lexicon::{HEADER_DATE, HEADER_TOPIC, STRUCK_CELL};

/// A line of text and the 1-based line of the source it comes from.
pub(super) type SourceLine = (usize, String);

/// The lines of `text` numbered from 1, as the layout readers receive them (for tests).
#[cfg(test)]
pub(super) fn numbered_lines(text: &str) -> Vec<SourceLine> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

/// The lines of a Markdown document as (source line, text).
pub(super) fn read(raw: &str) -> Vec<(usize, String)> {
    let linked = super::template_links::joined(raw);
    let bridged = bridge_html_tables(&linked);
    let lifted = super::components::lift(&bridged);
    let mut edits = Edits::default();
    let raw = match &lifted {
        Some((text, rows)) => {
            edits.rows.extend(rows.iter().cloned());
            text.as_str()
        }
        None => bridged.as_ref(),
    };
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SUBSCRIPT
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_DEFINITION_LIST;
    // For each open container, the ranges of what it holds that is shown.
    let mut shown: Vec<Vec<Range<usize>>> = vec![Vec::new()];
    let mut covered: Vec<Range<usize>> = Vec::new();
    // Table cells open around the event: an image there is a label (see `Edits::image`).
    let mut cells = 0usize;
    for (event, range) in Parser::new_ext(raw, opts).into_offset_iter() {
        if shown.len() == 1 {
            covered.push(range.clone());
        }
        match &event {
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableCell) => cells = cells.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::HtmlBlock => edits.html_block(raw, range),
                Tag::MetadataBlock(_) => edits.front_matter(raw, range),
                Tag::Strikethrough => edits.strike(raw, range),
                Tag::Image { .. } => edits.image(raw, range, cells > 0),
                Tag::TableHead | Tag::TableRow => {
                    edits.open_pipe_row(raw, range.start, matches!(tag, Tag::TableHead));
                    shown.push(Vec::new());
                }
                _ => shown.push(Vec::new()),
            },
            Event::End(
                TagEnd::HtmlBlock
                | TagEnd::MetadataBlock(_)
                | TagEnd::Image
                | TagEnd::Strikethrough,
            ) => {}
            Event::End(end) => {
                let inner = shown.pop().unwrap_or_default();
                if matches!(
                    end,
                    TagEnd::Link | TagEnd::Emphasis | TagEnd::Strong | TagEnd::Subscript
                ) {
                    edits.drop_all_but(range.clone(), &inner);
                }
                if matches!(end, TagEnd::Link) && inner.is_empty() {
                    edits.empty_link(raw, range.clone());
                }
                if matches!(end, TagEnd::DefinitionListDefinition) {
                    edits.drop_definition_mark(raw, range.clone());
                }
                if let Some(top) = shown.last_mut() {
                    top.push(range);
                }
            }
            Event::InlineHtml(tag) => edits.inline_html(raw, &tag, range),
            _ => {
                if let Some(top) = shown.last_mut() {
                    top.push(range);
                }
            }
        }
    }
    edits.uncovered(raw, &covered);
    edits.apply(raw)
}

/// Kinds of documents a link without text may point to: its file's name is what it shows.
const LINKED_DOCUMENTS: &[&str] = &["ipynb", "md", "qmd", "rst", "html", "htm", "pdf", "tex"];

/// The name of the document a link without text points to (`[](../a/Pyomo1.ipynb)` gives
/// "Pyomo1", `[](hw-2.md#part)` "hw 2"), when its target is a document file.
fn empty_link_name(link: &str) -> Option<String> {
    let target = link.strip_prefix("[](")?.strip_suffix(')')?;
    let path = target.split(['#', '?', ' ']).next()?;
    let file = path.rsplit('/').next()?;
    let (stem, ext) = file.rsplit_once('.')?;
    let known = LINKED_DOCUMENTS.iter().any(|e| ext.eq_ignore_ascii_case(e));
    let name = stem.replace(['-', '_'], " ");
    (known && name.chars().any(char::is_alphabetic)).then(|| name.trim().to_string())
}

/// The text a static shields.io badge shows, which its URL spells
/// (`https://img.shields.io/badge/Entrega_TP1-purple`: "Entrega TP1"; a label and a message,
/// `.../badge/Lab-2-orange`, show both): what the reader sees, even where the alt text differs.
fn badge_text(url: &str) -> Option<String> {
    let path = url.split_once("img.shields.io/badge/")?.1;
    let path = path.split(['?', ')', ' ', '"']).next()?;
    let path = percent_decoded(path.strip_suffix(".svg").unwrap_or(path))?;
    // "--" is a dash of the text, a lone "-" parts label, message and colour; "__" is an
    // underscore and a lone "_" a space, in each part (a badge's URL holds no space).
    let parts: Vec<String> = path
        .split("--")
        .map(str::to_string)
        .collect::<Vec<_>>()
        .join("\u{0}")
        .split('-')
        .map(|p| {
            p.replace('\u{0}', "-")
                .replace("__", "\u{0}")
                .replace('_', " ")
                .replace('\u{0}', "_")
        })
        .collect();
    let (_, shown) = parts.split_last()?;
    let text = shown.join(" ");
    (!text.trim().is_empty()).then_some(text)
}

/// `%C3%B3` and the like as the characters they encode; `None` for a broken escape.
fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut it = text.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next()?, it.next()?];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok()
}

/// The source with every raw `<table>` kept one HTML block: its blank lines made empty
/// comments and its lines unindented.
///
/// CommonMark ends an HTML block at a blank line, and reads a line indented four spaces after
/// one (or a table indented inside a `<div>`) as code; a hand-written table laid out that way
/// is still one table to the browser. Each line keeps its number.
fn bridge_html_tables(raw: &str) -> std::borrow::Cow<'_, str> {
    let mut depth = 0usize;
    let mut bridged = false;
    let mut out = String::with_capacity(raw.len());
    for line in raw.split_inclusive('\n') {
        let lower = line.to_ascii_lowercase();
        let inside = depth > 0 || lower.trim_start().starts_with("<table");
        if inside && line.trim().is_empty() {
            out.push_str("<!---->");
            out.push_str(&line[line.trim_end_matches(['\r', '\n']).len()..]);
            bridged = true;
        } else if inside {
            out.push_str(line.trim_start_matches([' ', '\t']));
            bridged |= line.starts_with([' ', '\t']);
        } else {
            out.push_str(line);
        }
        depth = (depth + lower.matches("<table").count())
            .saturating_sub(lower.matches("</table").count());
    }
    if bridged {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(raw)
    }
}

/// What to take out of the source and what to put in its place.
#[derive(Default)]
struct Edits {
    /// Byte ranges to drop (their line breaks stay).
    drops: Vec<Range<usize>>,
    /// Text put in at a byte offset.
    puts: Vec<(usize, Cow<'static, str>)>,
    /// Blocks replaced whole: their first and last line, and the lines put in their place as
    /// (source line, text).
    rows: Vec<(Range<usize>, Vec<SourceLine>)>,
}

impl Edits {
    /// A table row written without its outer pipes (`Date | Topic`, valid in GFM) gets the
    /// leading one, so the line reads as a pipe row like any other; a header row's delimiter
    /// line below it (`-----|-----`) too.
    fn open_pipe_row(&mut self, raw: &str, at: usize, head: bool) {
        let line_start = raw[..at].rfind('\n').map_or(0, |i| i + 1);
        let mut starts = vec![line_start];
        if head && let Some(next) = raw[at..].find('\n').map(|i| at + i + 1) {
            starts.push(next);
        }
        for start in starts {
            let line = &raw[start..];
            if !line.trim_start_matches([' ', '\t']).starts_with('|') {
                self.puts.push((start, "| ".into()));
            }
        }
    }

    /// An image gives nothing, but in a table cell, where an image is a badge that labels the
    /// row (`![Entrega_TP1](https://img.shields.io/badge/Entrega_TP1-purple)`, `![Lab](lab.svg)`),
    /// its alt text is what the reader is told: the label, underscores read as the spaces a
    /// badge's name cannot hold.
    fn image(&mut self, raw: &str, range: Range<usize>, in_cell: bool) {
        let parts = raw
            .get(range.clone())
            .and_then(|t| t.strip_prefix("!["))
            .and_then(|t| t.split_once("]("));
        let alt = parts
            .map(|(alt, url)| {
                badge_text(url).unwrap_or_else(|| {
                    let alt = alt.trim();
                    if alt.contains(' ') {
                        alt.to_string()
                    } else {
                        alt.replace('_', " ")
                    }
                })
            })
            .filter(|alt| in_cell && !alt.is_empty() && !alt.contains(['[', ']']));
        if let Some(alt) = alt {
            self.puts.push((range.start, format!("{alt} ").into()));
        }
        self.drops.push(range);
    }

    /// Drops struck-through text; a table cell struck whole says its meeting is cancelled
    /// (the HTML reader drops `<s>` the same way, and a row left without a topic would
    /// otherwise be a lecture with no title).
    fn strike(&mut self, raw: &str, range: Range<usize>) {
        let before = raw.get(..range.start).unwrap_or_default();
        let after = raw.get(range.end..).unwrap_or_default();
        let cell_start = before.rsplit(['|', '\n']).next().unwrap_or_default();
        let cell_end = after.split(['|', '\n']).next().unwrap_or_default();
        let in_table = before.ends_with(cell_start)
            && before[..before.len() - cell_start.len()].ends_with('|')
            && after[cell_end.len()..].starts_with('|');
        if in_table && cell_start.trim().is_empty() && cell_end.trim().is_empty() {
            self.puts.push((range.start, STRUCK_CELL.into()));
        }
        self.drops.push(range);
    }

    /// Drops a container's marks (`[`, `](target)`, `**`) and keeps what it shows.
    fn drop_all_but(&mut self, range: Range<usize>, shown: &[Range<usize>]) {
        let mut at = range.start;
        let mut kept: Vec<&Range<usize>> = shown.iter().collect();
        kept.sort_by_key(|r| r.start);
        for k in kept {
            if k.start > at {
                self.drops.push(at..k.start.min(range.end));
            }
            at = at.max(k.end);
        }
        if at < range.end {
            self.drops.push(at..range.end);
        }
    }

    /// A cross-reference without text (`[](../hw/Pyomo1.ipynb)`, MyST's way to show the
    /// target's title): the page shows that document's name, the file's.
    fn empty_link(&mut self, raw: &str, range: Range<usize>) {
        if let Some(name) = raw.get(range.clone()).and_then(empty_link_name) {
            self.puts.push((range.start, name.into()));
        }
    }

    /// Drops the `: ` that starts a definition (kramdown and PHP Markdown Extra).
    fn drop_definition_mark(&mut self, raw: &str, range: Range<usize>) {
        let line_start = raw[..range.start.min(raw.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        if let Some(rest) = raw.get(line_start..range.end) {
            let lead = rest.len() - rest.trim_start().len();
            if rest.trim_start().starts_with(':') {
                self.drops.push(line_start + lead..line_start + lead + 1);
            }
        }
    }

    fn inline_html(&mut self, raw: &str, tag: &str, range: Range<usize>) {
        let t = tag.trim_start_matches('<').to_ascii_lowercase();
        // A line break (`<br>`, `</br>`) or a paragraph's end inside a table cell parts what
        // it holds ("**9/26**</br><p>Due: Survey</p><p>Intro</p>").
        if t.starts_with("br") || t.starts_with("/br") {
            self.puts.push((range.start, ", ".into()));
        } else if t.starts_with("/p>") || t.starts_with("/li>") || t.starts_with("/div>") {
            let after = raw
                .get(range.end..)
                .unwrap_or_default()
                .trim_start_matches(' ');
            if !after.is_empty() && !after.starts_with(['|', '\n', '\r']) {
                self.puts.push((range.start, "; ".into()));
            }
        }
        // A component that shows its label from an attribute (VitePress's `<Badge type="warning"
        // text="Remise" />`): the reader sees the label.
        if let Some(shown) = super::components::shown_text(tag) {
            self.puts.push((range.start, format!("{shown} ").into()));
        }
        // Footnote marks (<sup>) are left to the line clean-up, which drops them whole.
        if !t.starts_with("sup") && !t.starts_with("/sup") {
            self.drops.push(range);
        }
    }

    /// An HTML block: a comment gives nothing; anything else is read as HTML.
    fn html_block(&mut self, raw: &str, range: Range<usize>) {
        let lines = block_lines(raw, &range);
        let rows = raw
            .get(range.clone())
            .map(|block| html::rows(block, lines.start))
            .unwrap_or_default();
        self.rows.push((
            lines,
            rows.into_iter()
                .map(|r| (r.line, r.cells.join("\t")))
                .collect(),
        ));
        self.drops.push(range);
    }

    /// Front matter: its dated list entries, as rows under a header, and its plain
    /// top-level fields as lines (`time: "Tu/Th 2:00–3:15pm"` states the slot).
    fn front_matter(&mut self, raw: &str, range: Range<usize>) {
        let lines = block_lines(raw, &range);
        let text = raw.get(range.clone()).unwrap_or_default();
        let mut rows = dated_entries(text, lines.start);
        if let Some(&(line, _)) = rows.first() {
            rows.insert(
                0,
                (line, format!("{}\t{}", HEADER_DATE[0], HEADER_TOPIC[0])),
            );
        }
        let first_row = rows.first().map_or(usize::MAX, |r| r.0);
        let fields = super::front_fields::plain_fields(text, lines.start);
        let (before, after): (Vec<_>, Vec<_>) =
            fields.into_iter().partition(|(line, _)| *line < first_row);
        let rows = before.into_iter().chain(rows).chain(after).collect();
        self.rows.push((lines, rows));
        self.drops.push(range);
    }

    /// Lines no event covers (link reference definitions) and kramdown attribute lines.
    fn uncovered(&mut self, raw: &str, covered: &[Range<usize>]) {
        let mut at = 0;
        for line in raw.split_inclusive('\n') {
            let range = at..at + line.len();
            at += line.len();
            let t = line.trim();
            // Pandoc's fenced divs (`::: {.callout-note}`, `:::`) only frame what they hold.
            let ial = t.starts_with("{:") && t.ends_with('}') || t.starts_with(":::");
            let seen = covered
                .iter()
                .any(|c| c.start < range.end && range.start < c.end);
            if ial || !seen && !t.is_empty() {
                self.drops.push(range);
            } else if let Some(attrs) = heading_attributes(line) {
                self.drops
                    .push(range.start + attrs.start..range.start + attrs.end);
            }
        }
    }

    /// The text with the edits made, as (source line, text) lines.
    fn apply(mut self, raw: &str) -> Vec<(usize, String)> {
        self.drops.sort_by_key(|r| r.start);
        self.puts.sort_by_key(|p| p.0);
        let mut text = String::with_capacity(raw.len());
        let mut at = 0;
        let mut puts = self.puts.iter().peekable();
        for d in &self.drops {
            let start = d.start.max(at).min(raw.len());
            let end = d.end.min(raw.len());
            copy(raw, at, start, &mut text, &mut puts);
            if let Some(dropped) = raw.get(start..end.max(start)) {
                text.extend(dropped.chars().filter(|&c| c == '\n'));
            }
            at = at.max(end);
        }
        copy(raw, at, raw.len(), &mut text, &mut puts);
        let mut out = Vec::new();
        self.rows.sort_by_key(|(lines, _)| lines.start);
        let mut blocks = self.rows.into_iter().peekable();
        let mut skip_to = 0;
        for (i, line) in text.split('\n').enumerate() {
            let no = i + 1;
            while let Some((lines, rows)) = blocks.next_if(|(lines, _)| lines.start <= no) {
                out.extend(rows);
                skip_to = skip_to.max(lines.end);
            }
            if no >= skip_to {
                out.push((no, line.trim_end_matches('\r').to_string()));
            }
        }
        // The empty "line" after a final line break is no line.
        let after_last = text.split('\n').count();
        if text.ends_with('\n') && out.last().is_some_and(|(no, _)| *no == after_last) {
            out.pop();
        }
        out
    }
}

/// Copies `raw[from..to]` into `out`, with the text put in at offsets inside it.
/// Where a heading's Pandoc attributes stand in its line (`## Plan {.unnumbered}`,
/// `# Week 2 {#sec-w2}`): not shown on the page.
fn heading_attributes(line: &str) -> Option<Range<usize>> {
    let t = line.trim_end();
    if !line.starts_with('#') || !t.ends_with('}') {
        return None;
    }
    let open = t.rfind(" {")?;
    let inner = &t[open + 2..];
    inner.starts_with(['.', '#']).then_some(open..t.len())
}

fn copy<'a>(
    raw: &str,
    from: usize,
    to: usize,
    out: &mut String,
    puts: &mut std::iter::Peekable<impl Iterator<Item = &'a (usize, Cow<'static, str>)>>,
) {
    let mut at = from;
    while let Some(&&(pos, ref s)) = puts.peek() {
        if pos >= to {
            break;
        }
        puts.next();
        if pos >= at {
            out.push_str(raw.get(at..pos).unwrap_or_default());
            at = pos;
        }
        out.push_str(s);
    }
    out.push_str(raw.get(at..to.max(at)).unwrap_or_default());
}

/// The 1-based lines a block spans, as first..after-last (a block ends with its line break).
fn block_lines(raw: &str, range: &Range<usize>) -> Range<usize> {
    let first = line_of(raw, range.start);
    let last = line_of(raw, range.end.saturating_sub(1).max(range.start));
    first..last + 1
}

/// The 1-based line of a byte offset.
pub(super) fn line_of(raw: &str, offset: usize) -> usize {
    raw.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The entries of front matter lists that have a date and a title: (line, "date\ttitle").
fn dated_entries(text: &str, first_line: usize) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    // The entry being read: (line of its date, date, title).
    let mut entry: (Option<(usize, String)>, Option<String>) = (None, None);
    let mut flush = |entry: &mut (Option<(usize, String)>, Option<String>)| {
        if let (Some((line, date)), title) = std::mem::take(entry) {
            out.push((line, format!("{date}\t{}", title.unwrap_or_default())));
        }
    };
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        let item = t.starts_with("- ") || t == "-";
        // A top-level field (`date: 2022-07-30` beside `title:`) is the page's own, not a
        // list entry: it ends the entry before it and starts none.
        let top_level = !item && !line.starts_with([' ', '\t']);
        if item || top_level {
            flush(&mut entry);
        }
        if top_level {
            continue;
        }
        let t = t.trim_start_matches('-').trim_start();
        let Some((key, value)) = t.split_once(':') else {
            continue;
        };
        let key = key.trim().to_lowercase();
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if HEADER_DATE.contains(&key.as_str()) && parse_date_prefix(value).is_some() {
            entry.0 = Some((first_line + i, value.to_string()));
        } else if HEADER_TOPIC.contains(&key.as_str()) && !value.is_empty() {
            entry.1 = Some(value.to_string());
        }
    }
    flush(&mut entry);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shields_badge_shows_the_text_its_url_spells() {
        let url = "https://img.shields.io/badge/Entrega_TP1-purple)";
        assert_eq!(badge_text(url).as_deref(), Some("Entrega TP1"));
        // Label and message both hold spaces, a doubled underscore is one.
        let parts = "https://img.shields.io/badge/Entrega_TP1-Parte_2__b-purple";
        assert_eq!(badge_text(parts).as_deref(), Some("Entrega TP1 Parte 2_b"));
        let two = "https://img.shields.io/badge/Lab-Pr%C3%A1ctica--2-orange";
        assert_eq!(badge_text(two).as_deref(), Some("Lab Práctica-2"));
        assert_eq!(badge_text("https://example.org/logo.png"), None);
    }

    fn lines(raw: &str) -> Vec<(usize, String)> {
        read(raw)
    }

    #[test]
    fn a_badge_in_a_cell_reads_as_the_words_it_shows_label_and_message_alike() {
        let raw = "| Date | Work |\n|---|---|\n| 1/13 | ![x](https://img.shields.io/badge/Entrega_TP1-Parte_2-purple) |\n";
        let got = lines(raw);
        assert!(got[2].1.contains("Entrega TP1 Parte 2"), "{got:?}");
    }

    fn texts(raw: &str) -> Vec<String> {
        read(raw).into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn a_table_without_outer_pipes_gets_its_leading_pipe() {
        assert_eq!(
            texts("Date | Event\n-----|------\nAug 23 | Class starts\n"),
            [
                "| Date | Event",
                "| -----|------",
                "| Aug 23 | Class starts"
            ]
        );
        assert_eq!(texts("| A | B |\n|---|---|\n| 1 | 2 |\n")[2], "| 1 | 2 |");
    }

    #[test]
    fn plain_lines_keep_their_spacing_and_numbers() {
        let raw = "Date\t\tTopic\n1\tOct 4\tIntro\n\t\tmore of it\n    indented  cells";
        assert_eq!(texts(raw), raw.lines().collect::<Vec<_>>());
    }

    #[test]
    fn comments_and_struck_text_are_taken_out_but_lines_stay() {
        let raw = "| 1 | Sep 5 | ~~Old topic~~ New |\n<!--\n| 2 | Sep 12 | Draft |\n-->\n| 3 | Sep 19 | Trees <!-- maybe --> |";
        assert_eq!(
            lines(raw),
            [
                (1, "| 1 | Sep 5 |  New |".to_string()),
                (5, "| 3 | Sep 19 | Trees  |".to_string())
            ]
        );
    }

    #[test]
    fn a_link_without_text_shows_its_documents_name() {
        assert_eq!(
            empty_link_name("[](../notebooks/assignments/Pyomo1.ipynb)").as_deref(),
            Some("Pyomo1")
        );
        assert_eq!(empty_link_name("[](hw-2.md#part)").as_deref(), Some("hw 2"));
        assert_eq!(empty_link_name("[](#label)"), None);
        assert_eq!(empty_link_name("[](https://example.org/)"), None);
        let out = texts("| Date | Work |\n|---|---|\n| Fri Sep 4 | [](../a/Pyomo1.ipynb) |\n");
        assert!(out[2].contains("| Pyomo1"), "{out:?}");
    }

    #[test]
    fn links_keep_their_text_and_reference_definitions_go() {
        let raw = "- Sep 6: Due: [HW1]. [Notes](n1.pdf) ![logo](l.png)\n\n[HW1]: hw/hw1.pdf";
        assert_eq!(texts(raw)[0], "- Sep 6: Due: HW1. Notes ");
        assert!(texts(raw).iter().all(|t| !t.contains("hw1.pdf")));
    }

    #[test]
    fn an_html_table_block_becomes_rows_of_cells_at_its_lines() {
        let raw = "Plan:\n\n<table>\n<tr><td>3.1</td><td>Lab 0 out</td></tr>\n<tr><td>3.8</td><td>Lab 0 due</td></tr>\n</table>\n\nEnd";
        assert_eq!(
            lines(raw),
            [
                (1, "Plan:".to_string()),
                (2, String::new()),
                (4, "3.1\tLab 0 out".to_string()),
                (5, "3.8\tLab 0 due".to_string()),
                (7, String::new()),
                (8, "End".to_string())
            ]
        );
    }

    #[test]
    fn an_html_table_with_blank_lines_between_its_rows_is_one_table() {
        let raw = "---\ntitle: Plan\n---\n\n<table>\n  <tr><th>Date</th><th>Topic</th></tr>\n\n    <tr>\n      <td>Sep 6</td><td>Graphs</td>\n    </tr>\n\n    <tr><td>Sep 8</td><td>Trees</td></tr>\n</table>\n\nEnd";
        let t = texts(raw);
        assert!(t.contains(&"Sep 6\tGraphs".to_string()), "{t:?}");
        assert!(t.contains(&"Sep 8\tTrees".to_string()), "{t:?}");
        assert!(t.iter().all(|l| !l.contains("<t")), "{t:?}");
    }

    #[test]
    fn an_html_table_indented_inside_a_div_is_a_table_not_code() {
        let raw = "<div>\n\n    <table>\n      <tr><td>Sep 6</td><td>Intro</td></tr>\n\n      <tr><td>Sep 8</td><td>Trees</td></tr>\n    </table>\n\n</div>\n";
        let t = texts(raw);
        assert!(t.contains(&"Sep 6\tIntro".to_string()), "{t:?}");
        assert!(t.contains(&"Sep 8\tTrees".to_string()), "{t:?}");
    }

    #[test]
    fn a_table_cell_struck_whole_says_its_meeting_is_cancelled() {
        let t = texts("| Sep 18 | ~~Reactions~~ |\n| Sep 20 | ~~Old~~ New |");
        assert_eq!(
            t,
            [
                format!("| Sep 18 | {STRUCK_CELL} |"),
                "| Sep 20 |  New |".to_string()
            ]
        );
    }

    #[test]
    fn kramdown_attribute_lines_and_definition_marks_go() {
        let raw = "| Sep 6 | Intro |\n{: .table .table-striped }\n\nSep 8\n: Recursion";
        assert_eq!(
            texts(raw),
            ["| Sep 6 | Intro |", "", "", "Sep 8", " Recursion"]
        );
    }

    #[test]
    fn dated_front_matter_entries_are_rows_under_a_header() {
        let raw = "---\ntitle: Schedule\nlectures:\n  -\n    date: 2026-02-03\n    title: Graphs\n    who: kim\n  - date: \"2026-02-05\"\n    title: Trees\n---\n\n# Schedule\n";
        assert_eq!(
            lines(raw),
            [
                (2, "title: Schedule".to_string()),
                (5, "date\ttopic".to_string()),
                (5, "2026-02-03\tGraphs".to_string()),
                (8, "2026-02-05\tTrees".to_string()),
                (11, String::new()),
                (12, "# Schedule".to_string())
            ]
        );
    }

    #[test]
    fn the_page_date_of_front_matter_is_no_dated_entry() {
        let raw = "---\ntitle: Timetable\ndate: 2022-07-30\nsessions:\n- date: 2023-08-01\n  title: Intro\n---\n\nBody\n";
        assert_eq!(
            lines(raw),
            [
                (2, "title: Timetable".to_string()),
                (5, "date\ttopic".to_string()),
                (5, "2023-08-01\tIntro".to_string()),
                (8, String::new()),
                (9, "Body".to_string())
            ]
        );
    }
}
