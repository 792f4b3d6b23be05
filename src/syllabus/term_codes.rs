//! Terms written by a code that gives their year but not surely their season: a one-letter
//! code after a course code ("INF2100 H22", "IFT2015-A19", "MAT1110 V26": Norwegian høst/vår,
//! Quebec automne/hiver/été, where "H" is autumn in one and winter in the other) and a
//! numbered trimester ("T1 2020", "Trimester 2, 2021"). The season is then the one of the
//! first date's month, as for a year alone in a heading.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{NUMBERED_TERM_PATTERN, TERM_LETTER_CODES};

/// A course code (letters, an optional dash, three or more digits) and, after a space, a dash
/// or an underscore, possibly past a few words of its title, a letter code and two digits.
static LETTER_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b[A-Z]{{2,}}(?:-[A-Z]+)?-?[0-9]{{3,}}[A-Z]?\b(?:[^\n]{{0,60}}?)(?:^|[\s_/-])[{TERM_LETTER_CODES}]([0-9]{{2}})\b"
    ))
    .unwrap()
});

/// "T1 2020", "Trimester 2, 2021".
static NUMBERED_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:\b(?:{NUMBERED_TERM_PATTERN}))\s*[123]\s*,?\s+((?:19|20)[0-9]{{2}})\b"
    ))
    .unwrap()
});

/// The year a term code on one of `lines` gives, with that line (1-based) and the code.
pub(super) fn code_year(lines: &[String]) -> Option<(usize, i32, String)> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let (y, code) = if let Some(c) = LETTER_CODE.captures(l) {
            let digits = c.get(1)?;
            (
                2000 + digits.as_str().parse::<i32>().ok()?,
                l[digits.start() - 1..digits.end()].to_string(),
            )
        } else {
            let c = NUMBERED_TERM.captures(l)?;
            (c[1].parse().ok()?, c[0].to_string())
        };
        Some((i + 1, y, code))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(text: &str) -> Option<i32> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        code_year(&lines).map(|(_, y, _)| y)
    }

    #[test]
    fn a_letter_code_after_a_course_code_gives_its_year() {
        assert_eq!(year("INF2100 Programmeringsprosjekt H22"), Some(2022));
        assert_eq!(year("IFT2015-A19 Structures de données"), Some(2019));
        assert_eq!(year("MAT-INF3100 V26"), Some(2026));
        assert_eq!(year("ECN1000-E20"), Some(2020));
    }

    #[test]
    fn a_numbered_trimester_gives_its_year() {
        assert_eq!(year("COMP3100 Operating Systems, T1 2020"), Some(2020));
        assert_eq!(year("Data Science Trimester 2, 2021"), Some(2021));
    }

    #[test]
    fn rooms_and_codes_without_a_course_code_are_no_year() {
        assert_eq!(year("Lectures in room H22 and lab A19"), None);
        assert_eq!(year("Bus E20 stops at the door"), None);
        assert_eq!(
            year("CS 101 in H22"),
            None,
            "a spaced course code is too loose"
        );
        assert_eq!(year("MAT1100 H2 2022"), None);
    }
}
