//! LaTeX sources (a `.tex` file saved or pasted as text): the text a reader of the typeset
//! page sees, laid out as rows.
//!
//! Rows of `tabular`, `longtable` and the like (`cell & cell & cell \\`, spread over as many
//! lines as the author liked) become rows of cells, each at the source line where it starts;
//! `\hline`-style rules give no row. `\multicolumn{n}{..}{text}` is `text` and n-1 empty
//! cells, so later columns stay in place. Everywhere, a command shows the text of its last
//! argument (`\textbf{Due}`, `\href{url}{HW1}`, `\textcolor{red}{No Class}`,
//! `\section*{Schedule}`, `\multirow{2}{*}{3}`) or nothing (`\hline`, `\noindent`), except
//! the commands in [`HIDDEN`] whose arguments are never text (`\usepackage{..}`,
//! `\begin{..}`, `\cline{2-3}`); `%` comments are taken out. Outside tables every source line
//! stays one line.

use std::sync::LazyLock;

use regex::Regex;

/// Commands whose arguments a reader never sees.
const HIDDEN: &[&str] = &[
    "documentclass",
    "usepackage",
    "RequirePackage",
    "newcommand",
    "renewcommand",
    "providecommand",
    "newenvironment",
    "renewenvironment",
    "setlength",
    "addtolength",
    "setcounter",
    "addtocounter",
    "begin",
    "end",
    "label",
    "ref",
    "pageref",
    "eqref",
    "cite",
    "footnote",
    "footnotetext",
    "includegraphics",
    "vspace",
    "hspace",
    "rule",
    "cline",
    "cmidrule",
    "rowcolor",
    "cellcolor",
    "columncolor",
    "color",
    "pagestyle",
    "thispagestyle",
    "hypersetup",
    "geometry",
    "input",
    "include",
    "bibliography",
    "bibliographystyle",
    "definecolor",
    "arrayrulecolor",
];
/// Environments whose rows are read as rows of cells.
const TABLES: &[&str] = &[
    "tabular",
    "tabular*",
    "tabularx",
    "tabulary",
    "longtable",
    "supertabular",
    "xtabular",
    "tblr",
];
/// Commands that only draw a table's rules or mark its header: they start a row, never fill it.
const RULES: &[&str] = &[
    "hline",
    "toprule",
    "midrule",
    "bottomrule",
    "cline",
    "cmidrule",
    "endhead",
    "endfirsthead",
    "endfoot",
    "endlastfoot",
    "hhline",
];
/// Deepest nesting of braces read; deeper content is left out (no person writes it).
const MAX_DEPTH: usize = 64;

/// A row of cells and the 1-based source line where it starts.
pub(super) type Row = (usize, Vec<String>);

/// Whether text is a LaTeX source: a line starts a document or a table.
pub(in crate::syllabus) fn is_latex(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with("\\documentclass")
            || t.strip_prefix("\\begin{")
                .is_some_and(|rest| TABLES.iter().any(|e| rest.starts_with(&format!("{e}}}"))))
    })
}

/// The document's rows: table rows as cells, every other line as one cell.
pub(in crate::syllabus) fn rows(raw: &str) -> Vec<Row> {
    let src = Source::new(raw);
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((begin, body, end)) = next_table(&src.text, at) {
        prose(&src, at, begin, &mut out);
        table(&src, body, &mut out);
        at = end;
    }
    prose(&src, at, src.text.len(), &mut out);
    out
}

/// Each line of `src[from..to]` as a row of one cell, at its source line.
fn prose(src: &Source, from: usize, to: usize, out: &mut Vec<Row>) {
    let first = src.line_of(from);
    let text = clean(src.text.get(from..to).unwrap_or_default());
    let last = text.split('\n').count() - 1;
    for (i, line) in text.split('\n').enumerate() {
        // A table's first and last lines are shared with the text around it.
        let shared = (i == 0 && from > 0) || (i == last && to < src.text.len());
        if shared && line.trim().is_empty() {
            continue;
        }
        out.push((first + i, vec![crate::syllabus::text::squash(line)]));
    }
}

/// The rows of a table body `src[body]`: split at `\\`, cells at `&`.
fn table(src: &Source, body: std::ops::Range<usize>, out: &mut Vec<Row>) {
    let text = src.text.get(body.clone()).unwrap_or_default();
    let first = out.len();
    for (offset, row) in split_top(text, Split::Rows) {
        let lead = skip_rules(row);
        let Some(start) = row[lead..].find(|c: char| !c.is_whitespace()) else {
            continue;
        };
        let cells: Vec<String> = split_top(&row[lead..], Split::Cells)
            .into_iter()
            .flat_map(|(_, cell)| cell_texts(cell))
            .collect();
        if cells.iter().any(|c| !c.is_empty()) {
            out.push((src.line_of(body.start + offset + lead + start), cells));
        }
    }
    // A row may leave out its last cells (`04/27 & Review \\` in a four-column table);
    // they are empty, and the row's cells still line up with the header's.
    let width = out[first..].iter().map(|(_, c)| c.len()).max().unwrap_or(0);
    for (_, cells) in &mut out[first..] {
        cells.resize(width, String::new());
    }
}

/// A cell's text; `\multicolumn{n}{..}{text}` is `text` followed by n-1 empty cells.
fn cell_texts(cell: &str) -> Vec<String> {
    let text = crate::syllabus::text::squash(&clean(cell));
    let span = cell
        .trim_start()
        .strip_prefix("\\multicolumn{")
        .and_then(|rest| rest.split_once('}'))
        .and_then(|(n, _)| n.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 32);
    let mut cells = vec![text];
    cells.resize(span, String::new());
    cells
}

/// The next table environment from `at`: where it begins, its body, and where it ends.
fn next_table(src: &str, at: usize) -> Option<(usize, std::ops::Range<usize>, usize)> {
    let mut search = at;
    loop {
        let begin = search + src.get(search..)?.find("\\begin{")?;
        let name_at = begin + "\\begin{".len();
        let name_end = name_at + src[name_at..].find('}')?;
        let name = &src[name_at..name_end];
        if !TABLES.contains(&name) {
            search = name_end;
            continue;
        }
        // The column spec and options, on the line of `\begin`.
        let body_start = name_end + 1 + skip_args(&src[name_end + 1..], false);
        let close = format!("\\end{{{name}}}");
        let open = format!("\\begin{{{name}}}");
        let mut depth = 1;
        let mut i = body_start;
        while depth > 0 {
            let next_close = src[i..].find(&close).map(|p| p + i);
            let next_open = src[i..].find(&open).map(|p| p + i);
            match (next_open, next_close) {
                (Some(o), Some(c)) if o < c => {
                    depth += 1;
                    i = o + open.len();
                }
                (_, Some(c)) => {
                    depth -= 1;
                    if depth == 0 {
                        return Some((begin, body_start..c, c + close.len()));
                    }
                    i = c + close.len();
                }
                // An unclosed table runs to the end.
                (_, None) => return Some((begin, body_start..src.len(), src.len())),
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Split {
    /// At `\\` (and `\tabularnewline`), with its `[2pt]`.
    Rows,
    /// At `&`.
    Cells,
}

/// Splits at row ends or cell separators outside braces and nested environments, giving each
/// piece with its byte offset.
fn split_top(text: &str, how: Split) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let (mut start, mut depth, mut envs) = (0usize, 0usize, 0usize);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        let top = depth == 0 && envs == 0;
        if rest.starts_with("\\begin{") {
            envs += 1;
        } else if rest.starts_with("\\end{") {
            envs = envs.saturating_sub(1);
        }
        let end_len = match how {
            Split::Rows if top && rest.starts_with("\\\\") => Some(2),
            Split::Rows if top && rest.starts_with("\\tabularnewline") => Some(15),
            Split::Cells if top && bytes[i] == b'&' => Some(1),
            _ => None,
        };
        if let Some(len) = end_len {
            pieces.push((start, &text[start..i]));
            i += len;
            if how == Split::Rows {
                i += usize::from(text[i..].starts_with('*'));
                if text[i..].starts_with('[') {
                    i += group(&text[i..]).map_or(0, |(len, _)| len);
                }
            }
            start = i;
            continue;
        }
        match bytes[i] {
            b'\\' => i += 1, // an escaped character (`\&`, `\{`) is no separator
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    pieces.push((start, &text[start.min(text.len())..]));
    pieces
}

/// Bytes taken by the rule commands at the start of a row (`\hline \cline{2-3}`).
fn skip_rules(row: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &row[at..];
        let trimmed = rest.trim_start();
        let lead = rest.len() - trimmed.len();
        let Some(name) = trimmed.strip_prefix('\\').map(command_name) else {
            return at;
        };
        if !RULES.contains(&name) {
            return at;
        }
        let after = lead + 1 + name.len();
        at += after + skip_args(&row[at + after..], false);
    }
}

/// A command's name: the letters after the backslash, and a `*`.
fn command_name(s: &str) -> &str {
    let letters = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    if letters > 0 && s[letters..].starts_with('*') {
        &s[..letters + 1]
    } else {
        &s[..letters]
    }
}

/// Bytes taken by the `[..]`, `(..)` and `{..}` groups that follow (on the same line
/// unless `newlines`).
fn skip_args(s: &str, newlines: bool) -> usize {
    let mut at = 0;
    loop {
        let rest = &s[at..];
        let gap = rest.len()
            - rest
                .trim_start_matches(|c: char| c == ' ' || c == '\t' || (newlines && c == '\n'))
                .len();
        match group(&rest[gap..]) {
            Some((len, _)) => at += gap + len,
            None => return at,
        }
    }
}

/// A group at the start of `s` (`{..}`, `[..]` or `(..)`): its length and its inside.
fn group(s: &str) -> Option<(usize, &str)> {
    let (open, close) = match s.chars().next()? {
        '{' => ('{', '}'),
        '[' => ('[', ']'),
        '(' => ('(', ')'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some((i + 1, &s[1..i]));
            }
        }
    }
    None
}

/// The text with `%` comments taken out; every line break stays.
fn strip_comments(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.split_inclusive('\n') {
        let mut backslashes = 0;
        let cut = line.char_indices().find_map(|(i, c)| {
            let found = c == '%' && backslashes % 2 == 0;
            backslashes = if c == '\\' { backslashes + 1 } else { 0 };
            found.then_some(i)
        });
        match cut {
            Some(i) => {
                out.push_str(&line[..i]);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The text a reader sees, line breaks kept.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    clean_into(s, &mut out, 0);
    out
}

fn clean_into(s: &str, out: &mut String, depth: usize) {
    if depth > MAX_DEPTH {
        out.extend(s.chars().filter(|&c| c == '\n'));
        return;
    }
    let mut at = 0;
    while let Some(c) = s[at..].chars().next() {
        let rest = &s[at..];
        at += match c {
            '\\' => command(rest, out, depth),
            '{' | '}' | '$' => 1,
            '~' => {
                out.push(' ');
                1
            }
            '-' if rest.starts_with("---") => {
                out.push('—');
                3
            }
            '-' if rest.starts_with("--") => {
                out.push('–');
                2
            }
            '`' | '\'' if rest.starts_with("``") || rest.starts_with("''") => {
                out.push('"');
                2
            }
            '&' => {
                out.push(' ');
                1
            }
            _ => {
                out.push(c);
                c.len_utf8()
            }
        };
    }
}

/// Writes what a command at the start of `s` shows; returns the bytes it takes.
fn command(s: &str, out: &mut String, depth: usize) -> usize {
    let after = &s[1..];
    let Some(next) = after.chars().next() else {
        return 1;
    };
    if !next.is_ascii_alphabetic() {
        match next {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => out.push(next),
            ' ' | ',' | ';' | ':' | '!' | '\\' => out.push(' '),
            '\n' => out.push_str(" \n"),
            _ => {}
        }
        return 1 + next.len_utf8();
    }
    let name = command_name(after);
    let mut at = 1 + name.len();
    if name == "item" {
        out.push_str("- ");
    }
    // Its arguments, directly after it: the last `{..}` is what it shows.
    let mut shown = None;
    while let Some((len, inside)) = group(&s[at..]).filter(|_| !s[at..].starts_with('(')) {
        if s[at..].starts_with('{') {
            if let Some(prev) = shown.replace(inside) {
                out.extend(prev.chars().filter(|&c| c == '\n'));
            }
        } else if name == "item" {
            clean_into(inside, out, depth + 1);
            out.push(' ');
        } else {
            out.extend(inside.chars().filter(|&c| c == '\n'));
        }
        at += len;
    }
    if let Some(inside) = shown {
        if HIDDEN.contains(&name.trim_end_matches('*')) {
            out.extend(inside.chars().filter(|&c| c == '\n'));
        } else {
            clean_into(inside, out, depth + 1);
        }
    } else if at == 1 + name.len() && s[at..].starts_with(' ') {
        // `\LaTeX x`: the space after a bare command only ends its name.
        at += 1;
    }
    at
}

/// The source without comments, and where its lines start.
struct Source {
    text: String,
    starts: Vec<usize>,
}

impl Source {
    fn new(raw: &str) -> Source {
        let text = expand_macros(&strip_comments(raw));
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source { text, starts }
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

/// A macro defined on one line with a text of its own and no parameters:
/// `\newcommand{\term}{Spring 2026}`, `\newcommand\slot{TR 3:30-4:45}`, `\def\year{2026}`.
static ONE_LINE_MACRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^\s*\\(?:(?:re)?newcommand\*?|providecommand\*?|def)\s*\{?\\([A-Za-z]+)\}?\s*\{([^{}\n#]*)\}\s*$").unwrap()
});

/// The text with every use of a one-line macro replaced by the macro's text, so that a term,
/// year or lecture slot kept in a macro (`{\large \termSemesterYear}`) is read where it is
/// used. Definitions stay (their arguments are never shown); longer macros are left alone.
fn expand_macros(text: &str) -> String {
    let defs: Vec<(String, String)> = ONE_LINE_MACRO
        .captures_iter(text)
        .map(|c| (format!("\\{}", &c[1]), c[2].trim().to_string()))
        .filter(|(_, body)| !body.contains('\\'))
        .collect();
    if defs.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if ONE_LINE_MACRO.is_match(line.trim_end_matches('\n')) {
            out.push_str(line);
            continue;
        }
        let mut line = line.to_string();
        for (name, body) in &defs {
            let mut at = 0;
            while let Some(i) = line[at..].find(name.as_str()) {
                let start = at + i;
                let end = start + name.len();
                if line[end..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                    at = end;
                    continue;
                }
                // `\macro{}` and `\macro\ ` end the name the way a space does.
                let end = end
                    + ["{}", "\\ "]
                        .iter()
                        .find(|s| line[end..].starts_with(*s))
                        .map_or(0, |s| s.len());
                line.replace_range(start..end, body);
                at = start + body.len();
            }
        }
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_macros_are_read_where_they_are_used() {
        let raw = "\\newcommand{\\termName}{Fall 2025}\n\\newcommand\\slot{MW 9:00-9:50}\n\\newcommand{\\long}{%\nmany lines}\n\\title{Plan, \\termName}\nMeets \\slot{} and \\slotted \\long\n";
        let text = expand_macros(raw);
        assert!(text.contains("\\title{Plan, Fall 2025}"), "{text}");
        assert!(
            text.contains("Meets MW 9:00-9:50 and \\slotted \\long"),
            "{text}"
        );
        assert_eq!(text.lines().count(), raw.lines().count());
    }

    fn texts(raw: &str) -> Vec<(usize, String)> {
        rows(raw)
            .into_iter()
            .map(|(l, c)| (l, c.join("|")))
            .filter(|(_, t)| !t.is_empty())
            .collect()
    }

    #[test]
    fn a_document_or_a_table_is_told_by_its_first_commands() {
        assert!(is_latex("\\documentclass{article}\n"));
        assert!(is_latex("Plan\n  \\begin{longtable}{ll}\n"));
        assert!(!is_latex("| Date | Topic |\n"));
        assert!(!is_latex("Use \\begin{tabular} in prose"));
    }

    #[test]
    fn rows_spread_over_lines_become_cells_at_their_first_line_as_wide_as_the_widest() {
        let raw = "\\section*{Plan}\n\\begin{tabular}{c|c|l}\n  Wk & Day & Subject \\\\\n  \\hline\n  \\multirow{2}{*}{1} & Mar 3 &\n     Graphs \\& Trees & \\textbf{Lab 1 out}\\\\\n  & Mar 5 & \\textcolor{blue}{No Class} \\\\ \\hline\n\\end{tabular}\nAfter";
        assert_eq!(
            texts(raw),
            [
                (1, "Plan".to_string()),
                (3, "Wk|Day|Subject|".to_string()),
                (5, "1|Mar 3|Graphs & Trees|Lab 1 out".to_string()),
                (7, "|Mar 5|No Class|".to_string()),
                (9, "After".to_string()),
            ]
        );
    }

    #[test]
    fn a_multicolumn_cell_keeps_the_later_columns_in_place() {
        let raw = "\\begin{longtable}[c]{|l|l|l|}\n\\multicolumn{2}{|c|}{\\emph{Spring break}} & none \\\\\n\\end{longtable}";
        assert_eq!(texts(raw), [(2, "Spring break||none".to_string())]);
    }

    #[test]
    fn comments_and_setup_commands_show_nothing_and_links_show_their_text() {
        let raw = "\\usepackage[margin=1in]{geometry}\n% \\item Due Wednesdays\nSee \\href{https://x.org/a}{the site} for 50\\% off.\n\\newcommand{\\todo}[1]{\\textcolor{red}{#1}}\n\\begin{itemize}\n\\item Lectures Tue 5:00--6:20 PM\n\\end{itemize}";
        assert_eq!(
            texts(raw),
            [
                (3, "See the site for 50% off.".to_string()),
                (6, "- Lectures Tue 5:00–6:20 PM".to_string()),
            ]
        );
    }

    #[test]
    fn unbalanced_or_deep_markup_never_panics() {
        for raw in [
            "\\begin{tabular}{",
            "\\begin{tabular}{l}a & b \\\\ \\multicolumn{99999999999}",
            "\\textbf{{{{{",
            "\\\\\\",
            "é\\é & ü\\\\[",
            "\\begin{tabular}\\begin{tabular}\\end{tabular}",
        ] {
            let _ = rows(raw);
        }
        let deep = format!("\\begin{{tabular}}{{l}}{}x", "\\textbf{".repeat(500));
        let _ = rows(&deep);
    }

    fn markup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("\\begin{tabular}{l|l}".to_string()),
            Just("\\end{tabular}".to_string()),
            Just("\\begin{longtable}[c]{ll}".to_string()),
            Just("\\\\".to_string()),
            Just("\\\\[2pt]".to_string()),
            Just(" & ".to_string()),
            Just("\\hline".to_string()),
            Just("\\cline{1-2}".to_string()),
            Just("\\multicolumn{2}{c}{".to_string()),
            Just("\\textbf{".to_string()),
            Just("}".to_string()),
            Just("%".to_string()),
            Just("\\%".to_string()),
            Just("\n".to_string()),
            "(Jan|Feb) [0-9]{1,2}",
            "\\PC{0,8}",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        #[test]
        fn no_latex_makes_the_reader_panic_and_every_row_has_a_source_line(body in markup()) {
            let lines = body.split('\n').count();
            for (line, _) in rows(&body) {
                proptest::prop_assert!((1..=lines).contains(&line));
            }
        }
    }
}
