//! Text for the parser's unit tests, as the pipeline hands it on: a document's lines,
//! numbered or not, and a term read from its name.

use super::Term;

/// The document's lines.
pub(super) fn lines(text: &str) -> Vec<String> {
    text.lines().map(String::from).collect()
}

/// The document's lines with their 1-based numbers.
pub(super) fn numbered(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

/// The term a name states ("Fall 2024").
pub(super) fn term(name: &str) -> Term {
    super::dates::find_term(name).expect("a term's name")
}
