//! Letters and capitals exactly as the patterns' `\p{L}` and `\p{Lu}` classes define them
//! (Unicode general categories, not Rust's `is_alphabetic`/`is_uppercase`, which also take
//! marks and symbols), for the scanners that replace those patterns. The ranges come from
//! `regex_syntax`, the tables the patterns were compiled with: translating one class costs a
//! small fraction of compiling a pattern that holds it (see BENCHMARKS.md, session 5).

use std::sync::LazyLock;

use regex_syntax::hir::{Class, HirKind};

static LETTERS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| ranges(r"\p{L}"));
static CAPITALS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| ranges(r"\p{Lu}"));
static LETTERS_ANY_CASE: LazyLock<Vec<(char, char)>> = LazyLock::new(|| ranges(r"(?i)\p{L}"));

/// The ranges of one Unicode class, as `regex_syntax` translates it.
fn ranges(class: &str) -> Vec<(char, char)> {
    match regex_syntax::parse(class).map(|hir| hir.into_kind()) {
        Ok(HirKind::Class(Class::Unicode(c))) => {
            c.ranges().iter().map(|r| (r.start(), r.end())).collect()
        }
        _ => Vec::new(),
    }
}

fn within(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether `c` is a letter (`\p{L}`).
pub(super) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        within(&LETTERS, c)
    }
}

/// Whether `c` is a letter as a case-insensitive pattern reads `\p{L}` (`(?i)\p{L}`: also
/// the few marks whose case partner is a letter, such as U+0345 and its iota).
pub(super) fn is_letter_any_case(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        within(&LETTERS_ANY_CASE, c)
    }
}

/// Whether `c` is a capital letter (`\p{Lu}`).
pub(super) fn is_capital(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        within(&CAPITALS, c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn letters_and_capitals_are_the_patterns_classes(c in proptest::char::any()) {
            static LETTER: LazyLock<regex::Regex> =
                LazyLock::new(|| regex::Regex::new(r"^\p{L}$").unwrap());
            static CAPITAL: LazyLock<regex::Regex> =
                LazyLock::new(|| regex::Regex::new(r"^\p{Lu}$").unwrap());
            static ANY_CASE: LazyLock<regex::Regex> =
                LazyLock::new(|| regex::Regex::new(r"(?i)^\p{L}$").unwrap());
            let (letter, capital) = (&*LETTER, &*CAPITAL);
            let s = c.to_string();
            proptest::prop_assert_eq!(is_letter(c), letter.is_match(&s));
            proptest::prop_assert_eq!(is_letter_any_case(c), ANY_CASE.is_match(&s));
            proptest::prop_assert_eq!(is_capital(c), capital.is_match(&s));
        }
    }

    #[test]
    fn marks_and_title_case_are_told_apart() {
        assert!(is_letter('ǅ') && !is_capital('ǅ'));
        assert!(!is_letter('\u{301}') && is_letter('ş') && is_capital('Ş'));
        assert!(!is_letter('Ⅳ') && !is_capital('Ⓐ'));
    }
}
