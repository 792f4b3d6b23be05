//! AsciiDoc sources (Antora and Asciidoctor course sites): tables between `|===` lines as rows
//! of cells, every other line as it is (a `== Title` heading as `## Title`).
//!
//! A table's cells each start with `|`, on one line or one per line; a row is as many cells as
//! the table has columns: the number its `[cols="1,2,4"]` (or `cols="3*"`) line gives, else the
//! number of cells on its first line. Each row is at the source line of its first cell.

/// A row: its 1-based source line and its cells.
pub(in crate::syllabus) type Row = (usize, Vec<String>);

/// Whether the text is AsciiDoc with a table: a line that is `|===`.
pub(in crate::syllabus) fn is_asciidoc(text: &str) -> bool {
    text.lines().any(|l| l.trim_end() == "|===")
}

/// The document as rows: table rows as cells, every other line as one cell.
pub(in crate::syllabus) fn rows(raw: &str) -> Vec<Row> {
    let lines: Vec<&str> = raw.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut cols: Option<usize> = None;
    while i < lines.len() {
        let line = lines[i].trim_end();
        if line == "|===" {
            i = table(&lines, i + 1, cols.take(), &mut out);
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') && line.contains('=') {
            cols = cols_attribute(line);
        } else if let Some(title) = heading(line) {
            out.push((i + 1, vec![format!("## {title}")]));
        } else {
            out.push((i + 1, vec![line.to_string()]));
        }
        i += 1;
    }
    out
}

/// The text of a `== Title` heading.
fn heading(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches('=');
    (rest.len() < line.len() && rest.starts_with(' ')).then(|| rest.trim())
}

/// The number of columns a block attribute line names: `[cols="1,2,4"]`, `[cols="3*"]`.
fn cols_attribute(line: &str) -> Option<usize> {
    let at = line.find("cols=")? + "cols=".len();
    let spec = line[at..].trim_start_matches(['"', '\'']);
    let spec = &spec[..spec.find(['"', '\'', ']'])?];
    if let Some(n) = spec.strip_suffix('*').or_else(|| spec.split('*').next())
        && let Ok(n) = n.trim().parse::<usize>()
    {
        return Some(n);
    }
    Some(spec.split(',').count())
}

/// Reads a table's cells from `at` up to its closing `|===`; returns the line after it.
fn table(lines: &[&str], at: usize, cols: Option<usize>, out: &mut Vec<Row>) -> usize {
    let mut cells: Vec<(usize, String)> = Vec::new();
    let mut width = cols;
    let mut end = at;
    while end < lines.len() && lines[end].trim_end() != "|===" {
        let line = lines[end].trim();
        if let Some(body) = line.strip_prefix('|') {
            let here: Vec<&str> = body.split('|').collect();
            width.get_or_insert(here.len());
            cells.extend(here.iter().map(|c| (end + 1, c.trim().to_string())));
        } else if !line.is_empty()
            && let Some((_, last)) = cells.last_mut()
        {
            // A cell goes on over the lines below it.
            last.push(' ');
            last.push_str(line);
        }
        end += 1;
    }
    let width = width.unwrap_or(1).max(1);
    for row in cells.chunks(width) {
        out.push((row[0].0, row.iter().map(|(_, c)| c.clone()).collect()));
    }
    end + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &str) -> Vec<String> {
        rows(raw).into_iter().map(|(_, c)| c.join("|")).collect()
    }

    #[test]
    fn a_table_with_one_cell_per_line_gives_rows_as_wide_as_its_columns() {
        let raw = "== Plan\n\n[cols=\"1,2,4\",options=\"header\"]\n|===\n|Week |Date |Topic\n\n|1\n|Sep 3\n|Sorting\nand searching\n\n|2 |Sep 10 |Graphs\n|===\nAfter";
        assert_eq!(
            texts(raw),
            [
                "## Plan",
                "",
                "Week|Date|Topic",
                "1|Sep 3|Sorting and searching",
                "2|Sep 10|Graphs",
                "After"
            ]
        );
        assert_eq!(rows(raw)[3].0, 7);
    }

    #[test]
    fn the_first_line_gives_the_width_without_a_cols_attribute() {
        assert_eq!(cols_attribute("[cols=\"3*\"]"), Some(3));
        assert_eq!(
            texts("|===\n|Date |Topic\n|Sep 3\n|Intro\n|==="),
            ["Date|Topic", "Sep 3|Intro"]
        );
        assert!(!is_asciidoc("| a | b |\n|---|---|"));
    }
}
