//! Emacs Org mode documents (`.org`), rewritten line for line as the Markdown the other
//! readers already read, so that each line keeps its number.
//!
//! - `* Heading` (with its `TODO`/`DONE` keyword and `:tags:` taken off) is a Markdown heading
//!   of the same level; `#+title: …` is the top heading; other `#+keyword:` lines, `# `
//!   comments, `:PROPERTIES:` drawers and `#+begin_src`/`example`/`comment` blocks are not read;
//! - a `#+begin_export latex` block is what the exported document prints (a title block with
//!   the term and the lecture hours): its lines of text are read without their commands,
//!   their `&` cell breaks as `;` (see [`latex_text`]); other export blocks are not read;
//! - table rules `|----+----|` are Markdown rules `|----|----|`;
//! - a table row whose date cell is struck through (`| +Fri-04-Feb+ | … |`) is a withdrawn
//!   meeting: no row; other struck text (`+cancelled+`) is struck as Markdown strikes it;
//! - links `[[url][text]]` are their text, footnote marks `[fn:1]` nothing;
//! - timestamps `<2022-01-12 Wed 10:00-11:15>` (also inactive `[…]`) are the weekday, the
//!   date and the time as plain text; a `SCHEDULED:`/`DEADLINE:` line under a heading dates
//!   that heading (a deadline makes it due).

use std::sync::LazyLock;

use regex::Regex;

use crate::syllabus::dates::parse_date_prefix;
use crate::syllabus::lexicon::{DUE_VERB, ORG_DEADLINE, ORG_SCHEDULED, ORG_TODO_KEYWORDS};

static KEYWORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*#\+([a-z_]+):\s*(.*)$").unwrap());
static BLOCK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*#\+begin_([a-z]+)").unwrap());
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\*+)\s+(.*?)(?:\s+:[\w@#%:]+:)?\s*$").unwrap());
static DRAWER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*:[A-Za-z_]+:\s*$").unwrap());
static TABLE_RULE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\|-[-+|]*\|?\s*$").unwrap());
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\[([^\]]*)\](?:\[([^\]]*)\])?\]").unwrap());
static FOOTNOTE_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[fn:[^\]]*\]").unwrap());
static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[<\[]([0-9]{4}-[0-9]{2}-[0-9]{2})(?:\s+([^\s>\]0-9]+))?(?:\s+([0-9][0-9:\-]*))?[^>\]]*[>\]]")
        .unwrap()
});
/// `+struck+`: a plus after a start, space or pipe, text not starting or ending with a
/// space, a plus before an end, space, punctuation or pipe.
static STRUCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(^|[\s|(])\+([^\s+](?:[^+]*[^\s+])?)\+($|[\s|.,;:)])").unwrap());

/// Whether the text is an Org document: an in-buffer setting (`#+title:`, `#+options:`), a
/// block (`#+begin_src`) or an Org table rule (`|---+---|`).
/// Every document is asked: a line without "#+" never compiles the two patterns.
pub(super) fn is_org(raw: &str) -> bool {
    raw.lines().any(|l| {
        l.contains("#+") && (KEYWORD.is_match(l) || BLOCK.is_match(l))
            || (l.trim_start().starts_with("|-") && l.contains("-+-"))
    })
}

/// A line of LaTeX as the reader sees its text: a line that only opens or closes an
/// environment or draws a rule (`\\begin{center}`, `\\hline`) is none; elsewhere commands
/// and braces go, `\\\\` line breaks too, and a `&` between cells is a `;` ("Office: 370
/// Hall; Lecture MW 9:00-10:15"); an escaped sign (`Q\\&A`, `50\\%`) is that sign and a
/// spacing command (`\\;`) a space: neither parts cells.
fn latex_text(line: &str) -> String {
    let t = line.trim();
    if ["\\begin", "\\end", "\\hline"]
        .iter()
        .any(|c| t.starts_with(c))
    {
        return String::new();
    }
    let t = t.replace("\\\\", " ");
    let mut out = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                // `\&`, `\%`: the sign itself; `\,`, `\;`: a space, no cell break.
                if let Some(sign) = chars.next_if(|n| "&%$#_{}".contains(*n)) {
                    out.push(sign);
                } else if chars.next_if(|n| ",;:! ".contains(*n)).is_some() {
                    out.push(' ');
                } else {
                    while chars.next_if(char::is_ascii_alphabetic).is_some() {}
                }
            }
            '&' => out.push(';'),
            '{' | '}' => {}
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document as Markdown, one line for each line of the source.
pub(super) fn to_markdown(raw: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut hidden_block: Option<String> = None;
    let mut in_drawer = false;
    let mut in_latex = false;
    let mut last_heading: Option<usize> = None;
    for line in raw.lines() {
        if in_latex {
            in_latex = !line.trim().to_lowercase().starts_with("#+end_export");
            out.push(if in_latex {
                latex_text(line)
            } else {
                String::new()
            });
            continue;
        }
        if let Some(kind) = &hidden_block {
            if line
                .trim()
                .to_lowercase()
                .starts_with(&format!("#+end_{kind}"))
            {
                hidden_block = None;
            }
            out.push(String::new());
            continue;
        }
        if in_drawer {
            in_drawer = !line.trim().eq_ignore_ascii_case(":end:");
            out.push(String::new());
            continue;
        }
        if let Some(c) = BLOCK.captures(line) {
            let kind = c[1].to_lowercase();
            let latex = line.to_lowercase().split_whitespace().nth(1) == Some("latex");
            if kind == "export" && latex {
                in_latex = true;
            } else if matches!(kind.as_str(), "src" | "example" | "comment" | "export") {
                hidden_block = Some(kind);
            }
            out.push(String::new());
            continue;
        }
        if DRAWER.is_match(line) {
            in_drawer = true;
            out.push(String::new());
            continue;
        }
        if let Some((date, due)) = planning(line)
            && let Some(h) = last_heading.and_then(|i| out.get_mut(i))
        {
            let (marks, text) = h.split_once(' ').unwrap_or((h.as_str(), ""));
            let due = if due {
                format!(" {DUE_VERB}")
            } else {
                String::new()
            };
            *h = format!("{marks} {date} {text}{due}");
            out.push(String::new());
            continue;
        }
        let converted = convert(line);
        if converted.starts_with('#') && !converted.starts_with("#+") {
            last_heading = Some(out.len());
        }
        out.push(converted);
    }
    out.join("\n")
}

/// A `SCHEDULED: <…>` or `DEADLINE: <…>` line: the date to put in front of its heading's
/// text, and whether it is a deadline.
fn planning(line: &str) -> Option<(String, bool)> {
    let t = line.trim();
    let deadline = t.starts_with(ORG_DEADLINE);
    if !deadline && !t.starts_with(ORG_SCHEDULED) {
        return None;
    }
    let stamp = TIMESTAMP.captures(t)?;
    Some((timestamp_text(&stamp), deadline))
}

/// One line, rewritten.
fn convert(line: &str) -> String {
    if let Some(c) = KEYWORD.captures(line) {
        return if c[1].eq_ignore_ascii_case("title") {
            format!("# {}", inline(&c[2]))
        } else {
            String::new()
        };
    }
    let t = line.trim_start();
    if t == "#" || t.starts_with("# ") {
        return String::new();
    }
    if TABLE_RULE.is_match(line) {
        return line.replace('+', "|");
    }
    if let Some(c) = HEADING.captures(line) {
        let text = c[2]
            .split_once(' ')
            .filter(|(k, _)| ORG_TODO_KEYWORDS.contains(k))
            .map_or(&c[2], |(_, rest)| rest);
        return format!("{} {}", "#".repeat(c[1].len()), inline(text));
    }
    if t.starts_with('|') && withdrawn_row(t) {
        return "|---|".to_string();
    }
    inline(line)
}

/// Whether a table row's date cell is struck through as a whole: the meeting was withdrawn.
fn withdrawn_row(row: &str) -> bool {
    row.split('|').any(|cell| {
        let cell = cell.trim();
        cell.len() > 2
            && cell.starts_with('+')
            && cell.ends_with('+')
            && parse_date_prefix(&cell[1..cell.len() - 1]).is_some()
    })
}

/// Links, footnote marks, timestamps and strike-through within a line.
fn inline(text: &str) -> String {
    let text = LINK.replace_all(text, |c: &regex::Captures<'_>| {
        c.get(2).map_or(&c[1], |m| m.as_str()).to_string()
    });
    let text = FOOTNOTE_MARK.replace_all(&text, "");
    let text = TIMESTAMP.replace_all(&text, |c: &regex::Captures<'_>| timestamp_text(c));
    STRUCK
        .replace_all(&text, |c: &regex::Captures<'_>| {
            format!("{}~~{}~~{}", &c[1], &c[2], &c[3])
        })
        .into_owned()
}

/// A timestamp as "Wed 2022-01-12 10:00-11:15": the weekday first, as syllabi write it.
fn timestamp_text(c: &regex::Captures<'_>) -> String {
    let mut out = String::new();
    if let Some(w) = c.get(2) {
        out.push_str(w.as_str());
        out.push(' ');
    }
    out.push_str(&c[1]);
    if let Some(t) = c.get(3) {
        out.push(' ');
        out.push_str(t.as_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latex_export_block_is_read_as_its_printed_text() {
        let org = "#+title: Chem\n#+BEGIN_EXPORT latex\n\\begin{tabular}{l r}\nProf.\\ A. Person & Room 2\\\\\nOffice: 370 Hall & Lecture MW 9:00-10:15\\\\\n\\end{tabular}\n#+END_EXPORT\n#+begin_export html\n<b>Jan 4</b>\n#+end_export";
        let md: Vec<String> = to_markdown(org).lines().map(String::from).collect();
        assert_eq!(md[3], "Prof. A. Person ; Room 2");
        assert_eq!(md[4], "Office: 370 Hall ; Lecture MW 9:00-10:15");
        assert!(md[2].is_empty() && md[5].is_empty() && md[6].is_empty());
        assert!(md[8].is_empty(), "an HTML export block is not read");
    }

    #[test]
    fn an_escaped_ampersand_in_a_latex_export_line_is_no_cell_break() {
        assert_eq!(
            latex_text("Q\\&A \\textbf{Friday} & Room 2\\\\"),
            "Q&A Friday ; Room 2"
        );
        assert_eq!(latex_text("Prof.\\ A. Person"), "Prof. A. Person");
        assert_eq!(latex_text("MW 9:00\\;--\\;10:15"), "MW 9:00 -- 10:15");
    }

    #[test]
    fn an_org_table_becomes_a_markdown_table_line_for_line() {
        let org = "#+title: Course Spring 2022\n#+options: toc:nil\n* Schedule\n| Date | Topic[fn:1] |\n|------+------|\n| Mon-10-Jan | [[https://x.org][Intro]] |\n| +Wed-12-Jan+ | Cancelled |\n| Fri-14-Jan | +Sets+ and maps |";
        let md = to_markdown(org);
        assert_eq!(
            md.split('\n').collect::<Vec<_>>(),
            vec![
                "# Course Spring 2022",
                "",
                "# Schedule",
                "| Date | Topic |",
                "|------|------|",
                "| Mon-10-Jan | Intro |",
                "|---|",
                "| Fri-14-Jan | ~~Sets~~ and maps |",
            ]
        );
    }

    #[test]
    fn headings_lose_their_keywords_and_tags_and_gain_their_planned_date() {
        let org = "* TODO Homework 2 :hw:\n  DEADLINE: <2022-02-01 Tue 23:59>\n** Lecture 3\n   SCHEDULED: <2022-01-20 Thu>\n#+begin_src R\n1 Jan 2022\n#+end_src\n:PROPERTIES:\n:ID: 3\n:END:\n# a comment dated Jan 4";
        let md = to_markdown(org);
        assert_eq!(
            md.split('\n').collect::<Vec<_>>(),
            vec![
                "# Tue 2022-02-01 23:59 Homework 2 due",
                "",
                "## Thu 2022-01-20 Lecture 3",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        );
    }

    #[test]
    fn org_is_told_by_its_settings_blocks_or_table_rules() {
        assert!(is_org("#+TITLE: x\nbody"));
        assert!(is_org("text\n#+begin_src python\n#+end_src"));
        assert!(is_org("| a | b |\n|---+---|\n| 1 | 2 |"));
        assert!(!is_org("| a | b |\n|---|---|\n# Heading"));
    }
}
