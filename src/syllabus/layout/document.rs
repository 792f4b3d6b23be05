//! The document's format, chosen by its content, and its text as lines for the readers.
//!
//! Plain text (from a PDF, or pasted) is read line by line as it is. A web page is first laid
//! out as rows (see [`html`](super::html)): each row becomes one line, its cells separated by
//! tabs, so the tab reader and every later stage read it like any other table; a LaTeX source
//! is laid out the same way (see [`latex`](super::latex)), and so are reStructuredText (see
//! [`rst`](super::rst)) and AsciiDoc tables (see [`asciidoc`](super::asciidoc)), and a YAML
//! data list of mappings (see [`data_list`](super::data_list)). Each line keeps
//! the line of the source it came from, for warnings and errors.

use super::{
    announcements, asciidoc, cell_lines, data_list, day_boxes, fields, html, latex, markdown,
    month_grid, org, rst,
};

/// The document as lines for the readers, with where each came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::syllabus) struct Document {
    /// The text, one line per entry of `origin`.
    pub(in crate::syllabus) text: String,
    /// For each line of `text`, its 1-based line in the source.
    pub(in crate::syllabus) origin: Vec<usize>,
}

impl Document {
    /// Reads a document in whatever format it is in.
    pub(in crate::syllabus) fn read(raw: &str) -> Document {
        if html::is_html(raw) {
            let rows = announcements::without_html(html::rows(raw, 1));
            let rows = super::sections::join_dated_sections(rows);
            Self::from_rows(rows.into_iter().map(|r| (r.line, r.cells)))
        } else if data_list::is_data_list(raw) {
            Self::from_rows(data_list::rows(raw))
        } else if latex::is_latex(raw) && !org::is_org(raw) {
            // An Org document prints its title block through a LaTeX export block
            // (`\begin{tabular}` inside `#+begin_export latex`): it is still Org.
            Self::from_rows(latex::rows(raw))
        } else if rst::is_rst(raw) {
            let rows = rst::rows(raw);
            if markdown_headed(raw) {
                // A Quarto or R Markdown page holding a pandoc grid table: its cells are
                // Markdown (links, images, emphasis), read as a Markdown reader shows them.
                Self::from_rows(rows.into_iter().map(|(no, cells)| (no, shown_cells(cells))))
            } else {
                Self::from_rows(rows)
            }
        } else if asciidoc::is_asciidoc(raw) {
            Self::from_rows(asciidoc::rows(raw))
        } else if let Some(rows) = Some(
            raw.lines()
                .enumerate()
                .map(|(i, l)| (i + 1, l.to_string()))
                .collect::<Vec<_>>(),
        )
        .and_then(|lines| month_grid::rows(&lines).or_else(|| day_boxes::rows(&lines)))
        {
            let (origin, lines): (Vec<usize>, Vec<String>) = rows.into_iter().unzip();
            Document {
                text: lines.join("\n"),
                origin,
            }
        } else {
            let org;
            let raw = if org::is_org(raw) {
                org = org::to_markdown(raw);
                org.as_str()
            } else {
                raw
            };
            let (origin, lines): (Vec<usize>, Vec<String>) = cell_lines::reassemble(
                fields::tabulate(announcements::without_markdown(markdown::read(raw))),
            )
            .into_iter()
            .unzip();
            Document {
                text: lines.join("\n"),
                origin,
            }
        }
    }

    /// Lines from rows of cells, each with its source line.
    pub(in crate::syllabus) fn from_rows(
        rows: impl IntoIterator<Item = (usize, Vec<String>)>,
    ) -> Document {
        let mut lines = Vec::new();
        let mut origin = Vec::new();
        for (line, cells) in rows {
            // A cell never holds a tab or a line break of its own.
            let cells: Vec<String> = cells
                .iter()
                .map(|c| crate::syllabus::text::squash(c))
                .collect();
            lines.push(cells.join("\t"));
            origin.push(line);
        }
        Document {
            text: lines.join("\n"),
            origin,
        }
    }

    /// The source line of a line of the text (0, "no line", stays 0).
    pub(in crate::syllabus) fn source_line(&self, line: usize) -> usize {
        match line.checked_sub(1) {
            None => 0,
            Some(i) => self.origin.get(i).copied().unwrap_or(line),
        }
    }
}

/// Whether a document opens with YAML front matter or has a `# Title` heading: Markdown,
/// which reStructuredText never writes, even where it holds a grid table.
fn markdown_headed(raw: &str) -> bool {
    raw.lines().next().is_some_and(|l| l.trim_end() == "---")
        || raw.lines().any(|l| {
            let marks = l.len() - l.trim_start_matches('#').len();
            (1..=6).contains(&marks) && l[marks..].starts_with(' ')
        })
}

/// Each cell as Markdown shows it: a link's text without its target, no image, no marks.
fn shown_cells(cells: Vec<String>) -> Vec<String> {
    cells
        .into_iter()
        .map(|c| {
            if c.contains(['[', '*', '_', '`', '<']) {
                let shown: Vec<String> = markdown::read(&c).into_iter().map(|(_, t)| t).collect();
                without_attributes(&shown.join(" ")).trim().to_string()
            } else {
                c
            }
        })
        .collect()
}

/// Text without pandoc's attribute blocks (`{width="25"}` after an image it took out).
fn without_attributes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        if !inner.contains('=') && !inner.starts_with(['.', '#']) {
            out.push_str(&rest[open..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_table_under_front_matter_reads_its_cells_as_markdown() {
        let raw = "---\ntitle: x\n---\n\n+-------+--------------------------------------+\n| Date  | Topic                                |\n+=======+======================================+\n| Oct 7 | ![](v.png){width=\"2\"} [Intro](a/9/1) |\n+-------+--------------------------------------+\n";
        let d = Document::read(raw);
        assert!(d.text.contains("Oct 7\tIntro"), "{:?}", d.text);
        assert_eq!(
            without_attributes("a {width=\"2\"} b {.x} {c}"),
            "a  b  {c}"
        );
    }

    #[test]
    fn plain_text_is_read_as_it_is() {
        let d = Document::read("Week 1\n\tSep 5");
        assert_eq!(d.text, "Week 1\n\tSep 5");
        assert_eq!(d.source_line(2), 2);
        assert_eq!(d.source_line(0), 0);
    }

    #[test]
    fn a_page_becomes_tab_separated_lines_that_remember_their_source_line() {
        let d = Document::read(
            "<!DOCTYPE html>\n<html><body>\n<table>\n<tr><td>1</td><td>Sep  5</td></tr>\n</table>",
        );
        assert_eq!(d.text, "1\tSep 5");
        assert_eq!(d.source_line(1), 4);
    }

    fn markup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("<table>".to_string()),
            Just("<tr>".to_string()),
            Just("<td rowspan=3>".to_string()),
            Just("<td colspan=2>".to_string()),
            Just("</td>".to_string()),
            Just("<!--".to_string()),
            Just("-->".to_string()),
            Just("<br>".to_string()),
            Just("~~".to_string()),
            Just("\n---\n".to_string()),
            Just("\n- date: 2024-01-02\n".to_string()),
            Just("\n: ".to_string()),
            Just("{: .x}\n".to_string()),
            Just("[a](b)".to_string()),
            "(Sep|Oct) [0-9]{1,2}",
            "\\PC{0,8}",
            Just("\n".to_string()),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        #[test]
        fn no_page_or_markdown_makes_a_reader_panic(body in markup(), page in proptest::bool::ANY) {
            let raw = if page { format!("<!DOCTYPE html>{body}") } else { body };
            let d = Document::read(&raw);
            proptest::prop_assert_eq!(d.text.split('\n').count().max(1), d.origin.len().max(1));
        }
    }
}
