//! reStructuredText sources (Sphinx course sites): the text a reader of the built page sees,
//! laid out as rows.
//!
//! The three table forms become rows of cells, each at the source line where its row starts:
//! - a `.. list-table::` directive, one row per `* -` item and one cell per `-` line under it
//!   (a cell goes on over its more indented lines);
//! - a grid table between `+---+---+` borders, a cell's lines joined;
//! - a simple table under `=====  =====` rules, a row whose first column is empty being more
//!   of the row above.
//!
//! A section title keeps its text as a Markdown-style heading (`## Title`) and loses its
//! underline; other directives, their options and comments (`.. ...`) are not read; roles and
//! links show their text (``:doc:`Intro <../intro>` `` is `Intro`, `` `zoom <url>`__ `` is `zoom`).
//! Every other source line stays one line.

use std::sync::LazyLock;

use regex::Regex;

use crate::syllabus::text::squash;

/// A row: its 1-based source line and its cells.
pub(in crate::syllabus) type Row = (usize, Vec<String>);

/// A directive or comment line: `.. list-table::`, `.. _label:`, `.. note`.
static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\.\.(?:\s|$)").unwrap());
/// A grid table's border: `+----+-----+` or `+====+=====+`.
static GRID_BORDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\+(?:[-=]+\+)+\s*$").unwrap());
/// A simple table's rule: `=====  ======`.
static SIMPLE_RULE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^=+(?: +=+)+\s*$").unwrap());
/// A directive whose content is shown as page text: `.. table::` around a table,
/// `.. container::`, `.. only::`, a tab of a tab set, a topic or a note.
static WRAPPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\.\. (?:table|container|only|tab|tab-item|tab-set|topic|note|important|admonition|sidebar)::").unwrap()
});
/// A directive's option line: `:widths: auto`.
static OPTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*:[\w-]+:").unwrap());
/// A substitution reference: `|_|`, `|nbsp|`; its text is not known here, so it shows nothing.
static SUBSTITUTION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\|[\w-]+\|").unwrap());
/// A role or a link: ``:doc:`text <target>` ``, `` `text <url>`_ ``, ``:ref:`target` ``.
static ROLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(:[\w:+-]+:)?`!?([^`<]*?)\s*(?:<([^>`]*)>)?`_{0,2}").unwrap());

/// Whether the text is reStructuredText: a directive, or a grid or simple table.
/// Every document is asked, so the cheap test of each pair comes first: a document with no
/// "-+-" and no line starting with '=' never compiles the two patterns.
pub(in crate::syllabus) fn is_rst(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with(".. ") && t.contains("::") || l.contains("-+-") && GRID_BORDER.is_match(l)
    }) || {
        let rule = |l: &&str| l.starts_with('=') && SIMPLE_RULE.is_match(l);
        text.lines().filter(rule).count() >= 2
    }
}

/// The document as rows: table rows as cells, every other line as one cell. A document
/// with no table but one kept in a comment (a schedule's grid table left as source under an
/// `.. image::` of it) is read with that comment's table: it is the only text of the schedule.
pub(in crate::syllabus) fn rows(raw: &str) -> Vec<Row> {
    let lines: Vec<&str> = raw.lines().collect();
    match read(&lines, false) {
        (_, 0) => read(&lines, true).0,
        (out, _) => out,
    }
}

/// Whether line `at` opens a comment (`..` alone) whose block holds a grid table.
fn commented_table(lines: &[&str], at: usize) -> bool {
    lines[at].trim() == ".."
        && lines[at + 1..directive_end(lines, at)]
            .iter()
            .any(|l| GRID_BORDER.is_match(l))
}

/// The rows of the lines, and how many tables they held; with `comments`, a commented grid
/// table is read as if it were not commented.
fn read(lines: &[&str], comments: bool) -> (Vec<Row>, usize) {
    let mut out = Vec::new();
    let mut tables = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let next = lines.get(i + 1).copied().unwrap_or_default();
        let table = line.trim_start().starts_with(".. list-table::")
            || GRID_BORDER.is_match(line)
            || SIMPLE_RULE.is_match(line);
        tables += usize::from(table);
        i += if line.trim_start().starts_with(".. list-table::") {
            list_table(lines, i, &mut out)
        } else if WRAPPER.is_match(line) {
            let (step, inner) = wrapped(lines, i, comments, &mut out);
            tables += inner;
            step
        } else if comments && commented_table(lines, i) {
            1
        } else if DIRECTIVE.is_match(line) {
            directive_end(lines, i) - i
        } else if GRID_BORDER.is_match(line) {
            grid_table(lines, i, &mut out)
        } else if SIMPLE_RULE.is_match(line) {
            simple_table(lines, i, &mut out)
        } else if is_adornment(line) {
            1
        } else if !line.trim().is_empty() && is_adornment(next) {
            out.push((i + 1, vec![format!("## {}", inline(line))]));
            2
        } else {
            out.push((i + 1, vec![inline(line)]));
            1
        };
    }
    (out, tables)
}

/// Reads the content of a wrapping directive at `at` (its options left out) as if it were
/// not indented; returns how many lines it took and how many tables it held.
fn wrapped(lines: &[&str], at: usize, comments: bool, out: &mut Vec<Row>) -> (usize, usize) {
    let end = directive_end(lines, at);
    let (skip, body) = (at + 1, &lines[at + 1..end]);
    let body: Vec<&str> = body
        .iter()
        .map(|l| if OPTION.is_match(l) { "" } else { l })
        .collect();
    let cut = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| indent(l))
        .min()
        .unwrap_or(0);
    let dedented: Vec<&str> = body.iter().map(|l| l.get(cut..).unwrap_or("")).collect();
    let (rows, tables) = read(&dedented, comments);
    out.extend(rows.into_iter().map(|(n, c)| (n + skip, c)));
    (end - at, tables)
}

/// The text of a line without markup.
fn inline(text: &str) -> String {
    let text = SUBSTITUTION.replace_all(text, "");
    let text = ROLE.replace_all(&text, |c: &regex::Captures<'_>| {
        let shown = c.get(2).map_or("", |m| m.as_str());
        // A role without a shown text names a document: its last part is what the page shows.
        let target = match c.get(3) {
            Some(t) => t.as_str(),
            None if c.get(1).is_some() => shown,
            None => "",
        };
        if shown.is_empty() || shown == target {
            target.rsplit('/').next().unwrap_or(target).to_string()
        } else {
            shown.to_string()
        }
    });
    text.replace("**", "").replace("``", "")
}

/// A title's over- or underline: one punctuation character, three times or more.
fn is_adornment(line: &str) -> bool {
    let t = line.trim_end();
    let mut chars = t.chars();
    chars
        .next()
        .is_some_and(|c| "=-~^\"'`#*+:._".contains(c) && t.len() >= 3 && chars.all(|d| d == c))
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The line after a directive's block: its options, content and blank lines, all more indented.
fn directive_end(lines: &[&str], at: usize) -> usize {
    let base = indent(lines[at]);
    let mut end = at + 1;
    while end < lines.len() && (lines[end].trim().is_empty() || indent(lines[end]) > base) {
        end += 1;
    }
    // The blank lines after the block stay lines of the document.
    while end > at + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    end
}

/// Reads a `list-table` starting at `at`; returns how many lines it took.
fn list_table(lines: &[&str], at: usize, out: &mut Vec<Row>) -> usize {
    let end = directive_end(lines, at);
    let mut row: Option<Row> = None;
    for (no, line) in lines.iter().enumerate().take(end).skip(at + 1) {
        let t = line.trim_start();
        if let Some(first) = t.strip_prefix("* -").or_else(|| (t == "* -").then_some("")) {
            out.extend(row.take().map(shown));
            row = Some((no + 1, vec![first.trim().to_string()]));
        } else if let Some(cell) = t.strip_prefix("- ").or_else(|| (t == "-").then_some("")) {
            if let Some((_, cells)) = row.as_mut() {
                cells.push(cell.trim().to_string());
            }
        } else if let Some((_, cells)) = row.as_mut()
            && !t.is_empty()
            && let Some(last) = cells.last_mut()
        {
            last.push(' ');
            last.push_str(t.trim());
        }
    }
    out.extend(row.map(shown));
    end - at
}

/// A row with its cells' markup taken out.
fn shown((line, cells): Row) -> Row {
    (
        line,
        cells.iter().map(|c| inline(c).trim().to_string()).collect(),
    )
}

/// Reads a grid table starting at its top border; returns how many lines it took.
fn grid_table(lines: &[&str], at: usize, out: &mut Vec<Row>) -> usize {
    let bounds: Vec<usize> = lines[at]
        .char_indices()
        .filter(|&(_, c)| c == '+')
        .map(|(i, _)| i)
        .collect();
    let mut end = at + 1;
    let mut row: Option<Row> = None;
    while end < lines.len() {
        let line = lines[end];
        if GRID_BORDER.is_match(line) {
            out.extend(row.take().map(shown));
        } else if line.trim_start().starts_with('|') {
            let (_, cells) =
                row.get_or_insert_with(|| (end + 1, vec![String::new(); bounds.len() - 1]));
            // A cell spanning columns has no `|` at the borders it spans: its text runs on
            // over them and goes to the first column it spans.
            let mut seps: Vec<(usize, usize)> = bounds
                .iter()
                .enumerate()
                .filter(|&(_, &b)| line.as_bytes().get(b) == Some(&b'|'))
                .map(|(k, &b)| (k, b))
                .collect();
            if seps.len() < 2 {
                seps = bounds.iter().copied().enumerate().collect();
            }
            for w in seps.windows(2) {
                let ((k, from), (_, to)) = (w[0], w[1]);
                let piece = line.get(from + 1..to.min(line.len())).unwrap_or_default();
                let piece = piece.trim_matches('|').trim();
                if !piece.is_empty() {
                    cells[k] = squash(&format!("{} {piece}", cells[k]));
                }
            }
        } else {
            break;
        }
        end += 1;
    }
    out.extend(row.map(shown));
    end - at
}

/// Reads a simple table starting at its top rule; returns how many lines it took.
fn simple_table(lines: &[&str], at: usize, out: &mut Vec<Row>) -> usize {
    // Each column runs from the start of its `=` run to the start of the next.
    let starts: Vec<usize> = lines[at]
        .char_indices()
        .filter(|&(i, c)| c == '=' && (i == 0 || lines[at].as_bytes()[i - 1] == b' '))
        .map(|(i, _)| i)
        .collect();
    let mut rules = 1;
    let mut end = at + 1;
    while end < lines.len() && rules < 3 {
        let line = lines[end];
        end += 1;
        if SIMPLE_RULE.is_match(line) {
            rules += 1;
            continue;
        }
        // A blank line, or a rule of dashes between groups of rows, is no row.
        if line.trim().is_empty() || line.trim().chars().all(|c| c == '-' || c == ' ') {
            continue;
        }
        let first_blank = line
            .get(..starts.get(1).copied().unwrap_or(line.len()).min(line.len()))
            .is_none_or(|c| c.trim().is_empty());
        let cells: Vec<String> = starts
            .iter()
            .enumerate()
            .map(|(k, &s)| {
                let e = starts.get(k + 1).copied().unwrap_or(line.len());
                inline(
                    line.get(s.min(line.len())..e.min(line.len()))
                        .unwrap_or_default(),
                )
                .trim()
                .to_string()
            })
            .collect();
        match out.last_mut() {
            Some((_, prev)) if first_blank && rules == 2 && prev.len() == cells.len() => {
                for (p, c) in prev.iter_mut().zip(cells) {
                    *p = squash(&format!("{p} {c}"));
                }
            }
            _ => out.push((end, cells)),
        }
    }
    end - at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &str) -> Vec<String> {
        rows(raw).into_iter().map(|(_, c)| c.join("|")).collect()
    }

    #[test]
    fn a_list_table_gives_one_row_per_item_and_one_cell_per_dash() {
        let raw = "Plan\n====\n\n.. list-table::\n  :header-rows: 1\n\n  * - Week\n    - Date\n    - Topic\n  * - 1\n    - 9/13\n      `recording\n      <https://x.org>`__\n    - :doc:`Intro <../intro>` and\n      Unit 1: :doc:`../u1/loops`\n    -\n\nAfter";
        assert_eq!(
            texts(raw),
            [
                "## Plan",
                "",
                "Week|Date|Topic",
                "1|9/13 recording|Intro and Unit 1: loops|",
                "",
                "After"
            ]
        );
        assert_eq!(rows(raw)[3].0, 10);
    }

    #[test]
    fn grid_and_simple_tables_give_rows_of_cells() {
        let grid = "+------+--------+\n| Date | Topic  |\n+======+========+\n| 9/13 | Loops  |\n|      | and if |\n+------+--------+";
        assert_eq!(texts(grid), ["Date|Topic", "9/13|Loops and if"]);
        let simple = "=====  ========\nDate   Topic\n=====  ========\n9/13   Loops\n       and if\n9/20   Trees\n=====  ========";
        assert_eq!(
            texts(simple),
            ["Date|Topic", "9/13|Loops and if", "9/20|Trees"]
        );
    }

    #[test]
    fn only_rst_is_read_as_rst() {
        assert!(is_rst(".. list-table::\n  * - a"));
        assert!(is_rst("+---+---+\n| a | b |\n+---+---+"));
        assert!(!is_rst("Title\n=====\n\n| a | b |\n|---|---|"));
    }
}
