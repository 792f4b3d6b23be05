//! Text clean-up for lines extracted from PDFs and web pages.

use std::sync::LazyLock;

use std::borrow::Cow;

use crate::syllabus::lean::{Lean, lean, replace_all};

/// The words used to decide whether a hyphen at a line break belongs to the word.
///
/// Lower-case entries of SCOWL's `american-english` list (Debian `wamerican`).
static WORDS: &str = include_str!("words.txt");

fn is_word(w: &str) -> bool {
    let w = w.to_lowercase();
    let mut lo = 0usize;
    let mut hi = WORDS.len();
    // Binary search over a sorted, newline-separated list without allocating a set.
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = WORDS[..mid].rfind('\n').map_or(0, |i| i + 1);
        let end = WORDS[mid..].find('\n').map_or(WORDS.len(), |i| mid + i);
        let cand = &WORDS[start..end];
        match cand.cmp(w.as_str()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

static HTML_TAG: LazyLock<Lean> =
    LazyLock::new(|| lean(r"(?i)</?(?:sup|sub|b|i|em|strong|span|br|p|u)\b[^>]*>"));
static FOOTNOTE_SUP: LazyLock<Lean> = LazyLock::new(|| lean(r"(?i)<sup>[^<]*</sup>"));

/// Removes typesetting residue that is not part of the text: LaTeX math delimiters and
/// escaped spaces, Markdown emphasis, HTML footnote markers and tags.
pub(crate) fn clean_line(line: &str) -> String {
    let line = line.trim_end_matches(['\r', '\n']);
    // Both tags begin with '<': a line without one (most) never compiles them.
    let line = if line.contains('<') {
        let line = replace_all(&FOOTNOTE_SUP, line, "");
        Cow::Owned(replace_all(&HTML_TAG, &line, "").into_owned())
    } else {
        Cow::Borrowed(line)
    };
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' => {}
            '\\' => match chars.peek() {
                // `\ `, `\,`, `\;`, `\quad` are LaTeX spacing: keep one space.
                Some(' ') | Some(',') | Some(';') | Some('!') => {
                    chars.next();
                    out.push(' ');
                }
                Some('%') | Some('&') | Some('_') | Some('#') => {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                _ => out.push(c),
            },
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
            }
            '\u{a0}' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Collapses runs of spaces inside a cell.
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Joins lines of running text, undoing hyphenation at line breaks.
///
/// A hyphen at the end of a line is dropped when the joined word is a word
/// ("Pool-" + "ing") or when the halves are not both words ("Percep-" + "trons");
/// it stays when both halves are words and the join is not ("short-" + "term").
pub(crate) fn join_lines<I: IntoIterator<Item = S>, S: AsRef<str>>(lines: I) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.as_ref().trim();
        if line.is_empty() {
            continue;
        }
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        if out.ends_with('-') && !out.ends_with("--") {
            let head_start = out[..out.len() - 1]
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(0, |i| i + out[i..].chars().next().map_or(1, char::len_utf8));
            let head = &out[head_start..out.len() - 1];
            let tail: String = line.chars().take_while(|c| c.is_alphabetic()).collect();
            if tail.chars().next().is_some_and(char::is_uppercase) {
                // "Encoder-" + "Decoder": a compound of names keeps its hyphen.
                out.push_str(line);
                continue;
            }
            if !head.is_empty() && !tail.is_empty() {
                let joined = format!("{head}{tail}");
                let keep = !is_word(&joined) && is_word(head) && is_word(&tail);
                if !keep {
                    out.pop();
                }
                out.push_str(line);
                continue;
            }
        }
        out.push(' ');
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latex_residue_around_dates_is_removed() {
        assert_eq!(squash(&clean_line(r"$Oct \ 25$")), "Oct 25");
        assert_eq!(clean_line("Nov $15$"), "Nov 15");
    }

    #[test]
    fn markdown_bold_and_footnote_markers_are_removed() {
        assert_eq!(
            clean_line("## **CEng 501 Deep Learning**"),
            "## CEng 501 Deep Learning"
        );
        assert_eq!(
            clean_line("https://dar.vin/501-F22<sup>1</sup> and"),
            "https://dar.vin/501-F22 and"
        );
    }

    #[test]
    fn line_break_hyphens_are_removed_inside_words() {
        assert_eq!(
            join_lines(["Multilayer Percep-", "trons, Activation"]),
            "Multilayer Perceptrons, Activation"
        );
        assert_eq!(
            join_lines(["Stochas-", "tic Gradient Descent"]),
            "Stochastic Gradient Descent"
        );
        assert_eq!(join_lines(["Pool-", "ing, AlexNet"]), "Pooling, AlexNet");
    }

    #[test]
    fn line_break_hyphens_between_two_words_are_kept() {
        assert_eq!(
            join_lines(["Long short-", "term memory"]),
            "Long short-term memory"
        );
    }

    #[test]
    fn capitalised_continuations_keep_their_hyphen() {
        assert_eq!(
            join_lines(["Encoder-", "Decoder models"]),
            "Encoder-Decoder models"
        );
    }

    #[test]
    fn the_word_list_is_searchable() {
        assert!(is_word("term"));
        assert!(is_word("Pooling"));
        assert!(!is_word("percep"));
        assert!(!is_word("zzzzqx"));
        assert!(is_word("aardvark"));
    }
}
