//! Saved web pages: the page is parsed with html5ever and laid out as rows the way a
//! browser shows it. Table rows become rows of cells (spans laid out on a grid), list items,
//! headings and paragraphs become rows of one cell, and `<br>` starts a new line. Comments,
//! scripts, styles, templates, the page's navigation and struck-through text (`<del>`, `<s>`:
//! a cancelled item) are not shown, so they give no rows. Links become their text.

mod calendar_script;
mod dom;
mod nesting;
mod table;

use dom::{Dom, Kind};
use table::Cell;

use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::text::squash;

/// Elements whose content a reader never sees, or that only navigate.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "template", "noscript", "nav", "del", "s", "strike", "svg", "math",
    "button", "select", "textarea", "iframe", "object", "canvas", "audio", "video",
];
/// Elements that flow inside a line of text.
const INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font",
    "i", "img", "input", "ins", "kbd", "label", "mark", "q", "samp", "small", "span", "strong",
    "sub", "sup", "time", "tt", "u", "var", "wbr",
];
/// Classes of a page generator's block of facts about the page itself (Quarto's author,
/// "Published" and "Modified" under the title): each fact's label and value are one row, so
/// that its date reads as the page's own ("Modified May 2, 2025"), never as a class on its own
/// line that would start the table before its first real row.
const PAGE_FACTS_CLASSES: &[&str] = &["quarto-title-meta"];
/// Classes of text only a screen reader speaks, never shown on screen (a learning platform's
/// "Assignment" or "Calendar Event" before each item's link): a reader of the page never sees
/// them, and joined to the link's text they hide its name ("AssignmentHW 1").
const SCREEN_READER_CLASSES: &[&str] = &[
    "screenreader-only",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "a11y-hidden",
    "hidden-accessible",
];
/// Deeper nesting than this is not a page a person wrote; its content is left out.
const MAX_DEPTH: usize = 256;

/// A row of the page: its cells and the source line where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::syllabus) struct Row {
    /// 1-based line in the page.
    pub(in crate::syllabus) line: usize,
    /// The cells: one for a heading, paragraph or list item.
    pub(in crate::syllabus) cells: Vec<String>,
    /// The row is a heading (`<h1>`..`<h6>`).
    pub(in crate::syllabus) heading: bool,
}

/// Whether text is a web page rather than text or Markdown: it starts with a doctype or
/// one of the elements only a whole page or a bare table starts with.
pub(in crate::syllabus) fn is_html(text: &str) -> bool {
    opens_page(after_preamble(text))
}

/// Whether text, its preamble passed, starts with a doctype or a page's or table's element.
fn opens_page(t: &str) -> bool {
    let head: String = t.chars().take(16).collect::<String>().to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body", "<table"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// Whether text opens with an element, as a page or a server template does (`<div>`,
/// `<h2>`), whatever element it is: such a file was written for a browser, and is read in
/// the encoding a browser would read it in.
pub(in crate::syllabus) fn opens_with_markup(text: &str) -> bool {
    let t = after_preamble(text);
    opens_page(t) || (t.starts_with('<') && t[1..].starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// The text after what comes before a page's first element and does not decide what it is:
/// comments (generator notes), an XML declaration (`<?xml version="1.0"?>` opens XHTML pages)
/// and server code (`<?php include "header.php"; ?>` opens PHP templates).
fn after_preamble(text: &str) -> &str {
    let mut t = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        let (open, close) = if t.starts_with("<!--") {
            ("<!--", "-->")
        } else if t.starts_with("<?") {
            ("<?", "?>")
        } else {
            return t;
        };
        t = t[open.len()..]
            .split_once(close)
            .map_or("", |(_, r)| r)
            .trim_start();
    }
}

/// The rows of a page (or of an HTML fragment), the first line of `html` being `first_line`.
pub(in crate::syllabus) fn rows(html: &str, first_line: usize) -> Vec<Row> {
    let dom = Dom::parse(html);
    let mut w = Walker::new(&dom);
    w.title();
    w.walk(0, 0);
    w.flush(false);
    // A calendar widget's events, written only in its script, are rows a reader sees.
    w.rows.extend(calendar_script::rows(html));
    for r in &mut w.rows {
        r.line = r.line.saturating_add(first_line.saturating_sub(1)).max(1);
    }
    w.rows
}

/// Whether the element has one of the classes.
fn has_class(node: &dom::Node, classes: &[&str]) -> bool {
    node.attr("class")
        .is_some_and(|c| c.split_whitespace().any(|c| classes.contains(&c)))
}

/// Walks the tree in document order, gathering the text of each block into rows.
struct Walker<'a> {
    dom: &'a Dom,
    rows: Vec<Row>,
    /// Text of the block being read.
    buf: String,
    /// Line where `buf` starts.
    line: usize,
    /// Inside `<pre>`: line breaks in the text are kept.
    pre: bool,
    /// Inside one of the page's facts: its blocks join into one line.
    joined: bool,
    /// The last line of a table read just before: the text that follows it (a footer, a
    /// note) is set apart from its last row by a blank line, as in a text table.
    table_end: Option<usize>,
}

impl<'a> Walker<'a> {
    fn new(dom: &'a Dom) -> Self {
        Walker {
            dom,
            rows: Vec::new(),
            buf: String::new(),
            line: 1,
            pre: false,
            joined: false,
            table_end: None,
        }
    }

    /// The page's `<title>`, which often names the course and term, as its first row.
    fn title(&mut self) {
        let title = self.dom.nodes.iter().position(|n| n.tag() == "title");
        if let Some(id) = title {
            self.line = self.dom.node(id).map_or(1, |n| n.line);
            self.children(id, 0);
            self.flush(true);
        }
    }

    fn flush(&mut self, heading: bool) {
        let text = squash(&std::mem::take(&mut self.buf));
        if !text.is_empty() {
            if let Some(end) = self.table_end.take() {
                self.rows.push(Row {
                    line: end,
                    cells: Vec::new(),
                    heading: false,
                });
            }
            self.rows.push(Row {
                line: self.line,
                cells: vec![text],
                heading,
            });
        }
    }

    fn text(&mut self, text: &str, line: usize) {
        if self.pre {
            for (i, part) in text.split('\n').enumerate() {
                if i > 0 {
                    self.flush(false);
                }
                self.push_text(part, line + i);
            }
        } else {
            self.push_text(text, line);
        }
    }

    fn push_text(&mut self, text: &str, line: usize) {
        if self.buf.trim().is_empty() && !text.trim().is_empty() {
            self.line = line;
        }
        self.buf.push_str(text);
    }

    fn children(&mut self, id: usize, depth: usize) {
        let kids = self
            .dom
            .node(id)
            .map(|n| n.children.clone())
            .unwrap_or_default();
        for k in kids {
            self.walk(k, depth + 1);
        }
    }

    fn walk(&mut self, id: usize, depth: usize) {
        let Some(node) = self.dom.node(id) else {
            return;
        };
        if depth > MAX_DEPTH {
            return;
        }
        match &node.kind {
            Kind::Root => self.children(id, depth),
            Kind::Hidden => {}
            Kind::Text(t) => self.text(t, node.line),
            Kind::Element => self.element(id, node.tag(), node.line, depth),
        }
    }

    fn element(&mut self, id: usize, tag: &str, line: usize, depth: usize) {
        if HIDDEN.contains(&tag)
            || self
                .dom
                .node(id)
                .is_some_and(|n| has_class(n, SCREEN_READER_CLASSES))
        {
            return;
        }
        if self
            .dom
            .node(id)
            .is_some_and(|n| has_class(n, PAGE_FACTS_CLASSES))
        {
            self.facts(id, depth);
        } else if tag == "br" {
            self.flush(false);
            self.line = line;
        } else if INLINE.contains(&tag) {
            self.children(id, depth);
        } else if tag == "table" {
            self.flush(false);
            let rows = self.table(id, depth);
            self.table_end = rows.last().map(|r| r.line).or(self.table_end);
            self.rows.extend(rows);
        } else if self.joined {
            self.buf.push(' ');
            self.children(id, depth);
            self.buf.push(' ');
        } else {
            self.flush(false);
            let pre = self.pre;
            self.pre = pre || tag == "pre";
            self.line = line;
            self.children(id, depth);
            let heading = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            self.flush(heading);
            self.pre = pre;
        }
    }

    /// A block of facts about the page: each child (a label and its value in blocks of their
    /// own) is one row.
    fn facts(&mut self, id: usize, depth: usize) {
        let children = self.dom.node(id).map_or(&[][..], |n| n.children.as_slice());
        for &child in children {
            self.flush(false);
            self.line = self.dom.node(child).map_or(self.line, |n| n.line);
            self.joined = true;
            self.walk(child, depth + 1);
            self.joined = false;
            self.flush(false);
        }
    }

    /// The table's caption and rows, with spans laid out.
    fn table(&self, id: usize, depth: usize) -> Vec<Row> {
        let mut trs = Vec::new();
        let mut caption = Vec::new();
        self.table_parts(id, &mut trs, &mut caption, 0);
        let rows: Vec<(usize, Vec<Cell>)> = trs
            .iter()
            .filter_map(|&tr| self.dom.node(tr))
            .flat_map(|tr| {
                let cells: Vec<(Vec<Row>, Option<&str>, Option<&str>)> = tr
                    .children
                    .iter()
                    .filter_map(|&c| self.dom.node(c).map(|n| (c, n)))
                    .filter(|(_, n)| matches!(n.tag(), "td" | "th"))
                    .map(|(c, n)| {
                        (
                            self.cell_lines(c, depth),
                            n.attr("rowspan"),
                            n.attr("colspan"),
                        )
                    })
                    .collect();
                dated_lines_apart(tr.line, cells)
            })
            .collect();
        let mut out = caption;
        out.extend(
            table::grid(rows)
                .into_iter()
                .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
                .map(|(line, cells)| Row {
                    line,
                    cells,
                    heading: false,
                }),
        );
        out
    }

    /// The table's rows (in `<thead>`, `<tbody>`, `<tfoot>` or right inside) and caption.
    fn table_parts(&self, id: usize, trs: &mut Vec<usize>, caption: &mut Vec<Row>, level: usize) {
        let Some(node) = self.dom.node(id) else {
            return;
        };
        for &c in &node.children {
            match self.dom.node(c).map(|n| n.tag()) {
                Some("tr") => trs.push(c),
                Some("thead" | "tbody" | "tfoot") if level == 0 => {
                    self.table_parts(c, trs, caption, 1);
                }
                Some("caption") => {
                    let mut w = Walker::new(self.dom);
                    w.walk(c, 0);
                    w.flush(false);
                    caption.extend(w.rows);
                }
                _ => {}
            }
        }
    }

    /// A cell's lines (`<br>`, paragraphs, list items, terms and definitions).
    fn cell_lines(&self, id: usize, depth: usize) -> Vec<Row> {
        let mut w = Walker::new(self.dom);
        w.children(id, depth);
        w.flush(false);
        w.rows
    }
}

/// The rows of a table row: its cells, each on one line (its lines joined), as they are;
/// but a cell whose lines are days, each a date alone followed by its text (`<dt>Jan 9</dt>
/// <dd>intro</dd>` inside a week block's cell), gives one row per day, `date | text`, after
/// the row's other cells as one line of their own.
fn dated_lines_apart(
    line: usize,
    cells: Vec<(Vec<Row>, Option<&str>, Option<&str>)>,
) -> Vec<(usize, Vec<Cell>)> {
    let text = |rows: &[Row]| join_cell_lines(rows.iter().map(|r| r.cells.join(" ")));
    let alone = |r: &Row| {
        let t = r.cells.join(" ");
        let t = t.trim();
        parse_date_prefix(t).is_some_and(|d| d.len == t.len())
    };
    let days_at = cells
        .iter()
        .position(|(rows, _, _)| rows.iter().filter(|r| alone(r)).count() >= MIN_DAY_LINES);
    let Some(at) = days_at else {
        let row = cells
            .into_iter()
            .map(|(rows, rowspan, colspan)| Cell::new(text(&rows), rowspan, colspan))
            .collect();
        return vec![(line, row)];
    };
    let width = cells.len();
    let others: Vec<String> = cells
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, (rows, _, _))| text(rows))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = vec![(line, vec![Cell::new(others.join(" "), None, None)])];
    let mut day: Option<(usize, String, Vec<Row>)> = None;
    let mut push = |day: Option<(usize, String, Vec<Row>)>| {
        if let Some((no, date, rows)) = day {
            let mut cells = vec![
                Cell::new(date, None, None),
                Cell::new(text(&rows), None, None),
            ];
            cells.resize_with(width.max(2), || Cell::new(String::new(), None, None));
            out.push((no, cells));
        }
    };
    for r in &cells[at].0 {
        if alone(r) {
            push(day.take());
            day = Some((r.line, r.cells.join(" "), Vec::new()));
        } else if let Some((_, _, rows)) = day.as_mut() {
            rows.push(r.clone());
        }
    }
    push(day);
    out
}

/// Fewest lines that are a date alone which make a cell a list of days.
const MIN_DAY_LINES: usize = 2;

/// Joins the lines of a cell with ", ", or a space after a line that ends its own clause.
fn join_cell_lines(lines: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for l in lines {
        if !out.is_empty() {
            out.push_str(if out.ends_with([',', ';', ':', '.']) {
                " "
            } else {
                ", "
            });
        }
        out.push_str(&l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<(usize, String)> {
        rows(html, 1)
            .into_iter()
            .map(|r| (r.line, r.cells.join(" | ")))
            .collect()
    }

    #[test]
    fn a_page_is_told_from_text_by_how_it_starts() {
        assert!(is_html("<!DOCTYPE html>\n<html>"));
        assert!(is_html("  <!-- generated -->\n<html lang=\"en\">"));
        assert!(is_html("<table><tr><td>1</td></tr></table>"));
        assert!(!is_html("# Schedule\n<table>"));
        assert!(!is_html("Week 1 <b>Intro</b>"));
    }

    #[test]
    fn an_xml_declaration_or_server_code_before_the_page_does_not_hide_it() {
        assert!(is_html(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"
        ));
        assert!(is_html("<?php include 'top.php'; ?>\n<html>"));
        assert!(!is_html("<?php echo 1; ?>\n<h2>Agenda</h2>"));
        assert!(opens_with_markup("<?php echo 1; ?>\n<h2>Agenda</h2>"));
        assert!(opens_with_markup("<!-- x -->\n<div class=\"x\">"));
        assert!(!opens_with_markup("# Schedule\n<table>"));
        assert!(!opens_with_markup("<= 3 weeks"));
        assert!(!opens_with_markup("<?php never closed"));
    }

    #[test]
    fn text_only_a_screen_reader_speaks_gives_nothing() {
        let html = "<table><tr><td>Mon Jan 9</td><td><span class=\"screenreader-only\">Assignment</span><a href=\"#\">HW 1</a></td></tr></table>";
        assert_eq!(texts(html), [(1, "Mon Jan 9 | HW 1".to_string())]);
    }

    #[test]
    fn each_fact_under_a_generated_title_is_one_row_with_its_label() {
        let quarto = "<html><body><header id=\"title-block-header\"><h1 class=\"title\">Plan</h1>\n<div class=\"quarto-title-meta\"><div><div class=\"quarto-title-meta-heading\">Author</div>\n<div class=\"quarto-title-meta-contents\"><p>A. Teacher</p></div></div>\n<div><div class=\"quarto-title-meta-heading\">Modified</div>\n<div class=\"quarto-title-meta-contents\"><p class=\"date\">May 2, 2025</p></div></div></div></header>\n<p>Week 1</p></body></html>";
        assert_eq!(
            texts(quarto),
            [
                (1, "Plan".to_string()),
                (2, "Author A. Teacher".to_string()),
                (4, "Modified May 2, 2025".to_string()),
                (6, "Week 1".to_string())
            ]
        );
    }

    #[test]
    fn text_after_a_table_is_set_apart_from_its_last_row_by_a_blank_row() {
        let html = "<html><body>\n<table>\n<tr><td>Thu, Dec 14</td><td></td><td>Project due</td></tr>\n</table>\n<p>Built with Quarto.</p></body></html>";
        assert_eq!(
            texts(html),
            [
                (3, "Thu, Dec 14 |  | Project due".to_string()),
                (3, "".to_string()),
                (5, "Built with Quarto.".to_string())
            ]
        );
    }

    #[test]
    fn table_rows_become_rows_of_cells_with_their_lines() {
        let html = "<html><body>\n<table>\n<tr><th>Date</th><th>Topic</th></tr>\n<tr><td>Sep 5</td><td><a href=\"x\">Intro</a></td></tr>\n</table></body></html>";
        assert_eq!(
            texts(html),
            [
                (3, "Date | Topic".to_string()),
                (4, "Sep 5 | Intro".to_string())
            ]
        );
    }

    #[test]
    fn comments_scripts_navigation_and_struck_text_are_not_read() {
        let html = "<body><nav><a>Sep 1</a></nav><script>var d = 'Sep 2';</script>\n<!-- <p>Sep 3 Old</p> -->\n<p>Sep 4 <del>Cancelled talk</del> Review</p><style>p{}</style></body>";
        assert_eq!(texts(html), [(3, "Sep 4 Review".to_string())]);
    }

    #[test]
    fn headings_list_items_and_line_breaks_are_rows() {
        let html = "<body><h3>Tue Sep 5</h3>\n<ul>\n<li>Topic: Sets</li>\n<li>Due: HW1<br>Out: HW2</li></ul></body>";
        let r = rows(html, 10);
        assert!(r[0].heading);
        assert_eq!(
            r.iter()
                .map(|r| (r.line, r.cells[0].as_str()))
                .collect::<Vec<_>>(),
            [
                (10, "Tue Sep 5"),
                (12, "Topic: Sets"),
                (13, "Due: HW1"),
                (13, "Out: HW2")
            ]
        );
    }

    #[test]
    fn lines_inside_a_cell_are_joined_into_one_cell() {
        let html = "<table><tr><td>Oct 2</td><td>HW1 out<br>HW0 due</td><td><ul><li>Read ch. 1.</li><li>Quiz</li></ul></td></tr></table>";
        assert_eq!(
            texts(html),
            [(1, "Oct 2 | HW1 out, HW0 due | Read ch. 1. Quiz".to_string())]
        );
    }

    #[test]
    fn deeply_nested_or_broken_markup_does_not_panic() {
        let deep = "<div>".repeat(5000) + "Sep 5";
        let _ = rows(&deep, 1);
        let _ = rows(
            "<table><tr><td rowspan=9999>x<td colspan=-1>y</table><p><b><i>z</b></i>",
            1,
        );
    }
}
