//! A year written in the document's title, alone or in a date ("Operating Systems 2024",
//! "First class: 5 September 2022", "Classes 08/26/2024 – 12/13/2024"): the course's own year.
//! It is stronger than the year of a date written further down, which may be a deadline of the
//! office, a stale revision or a date of last year's copy. A year on a line that stamps the
//! document (a copyright, "last updated", an edition) is none, nor is a browser's print stamp
//! ("9/1/24, 10:03 AM"), whose year has two digits.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{DOCUMENT_DATE_PATTERN, TITLE_STAMP_PATTERN};

/// A plausible year standing alone.
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:19|20)[0-9]{2}\b").unwrap());

/// A line that stamps the document rather than names it.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)©|\(c\)|\b(?:{DOCUMENT_DATE_PATTERN}|{TITLE_STAMP_PATTERN})\b"
    ))
    .unwrap()
});

/// Whether a line stamps the document (a copyright, "last updated", an edition): its year is
/// not the course's.
pub(super) fn stamps(line: &str) -> bool {
    STAMP.is_match(line)
}

/// How many of the first non-empty lines are the title.
const TITLE_LINES: usize = 3;

/// The year the title lines write (the later of two that follow each other), with its line
/// (1-based).
pub(super) fn title_year(lines: &[String]) -> Option<(usize, i32)> {
    let mut found: Option<(usize, i32)> = None;
    for (i, l) in lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(TITLE_LINES)
    {
        if STAMP.is_match(l) {
            continue;
        }
        for m in YEAR.find_iter(l) {
            // "Semestre 2026-1": a year and its period, which runs in that year in one
            // country and the year before in another.
            let rest = &l[m.end()..];
            if rest.starts_with(['-', '/']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let year: i32 = m.as_str().parse().ok()?;
            // Two years in the title: the earlier is a date of the copy (posted, revised), the
            // later the course's; years further apart than that name no one year.
            match found {
                Some((_, y)) if (y - year).abs() > 1 => return None,
                Some((_, y)) if y >= year => {}
                _ => found = Some((i + 1, year)),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(text: &str) -> Option<i32> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        title_year(&lines).map(|(_, y)| y)
    }

    #[test]
    fn a_year_in_the_title_is_the_courses_and_of_two_the_later() {
        assert_eq!(year("Posted December 15, 2023\nSyllabus 2024"), Some(2024));
        assert_eq!(
            year("Operating Systems 2024\nSchedule\nSep 5, 2023\tAdd/drop"),
            Some(2024)
        );
        assert_eq!(year("\nCS 101\nSyllabus — 2024 — Section 2"), Some(2024));
    }

    #[test]
    fn a_full_date_in_the_title_gives_its_year_and_a_print_stamp_does_not() {
        assert_eq!(year("Ethics\nFirst class: 5 September 2022"), Some(2022));
        assert_eq!(
            year("9/1/24, 10:03 AM    Course schedule\nLinear Models"),
            None
        );
    }

    #[test]
    fn years_in_stamps_and_below_the_title_are_not() {
        assert_eq!(year("Calculus\n© 2019 Department of Mathematics"), None);
        assert_eq!(year("Chemistry\nLast updated 2024-01-05"), None);
        assert_eq!(year("Economics\nTextbook, 9th edition, 2019"), None);
        assert_eq!(year("A\nB\nC\nD 2024"), None);
        assert_eq!(
            year("Redes\nSemestre 2026-1 Grupo 3"),
            None,
            "a period code"
        );
        assert_eq!(year("Physics 2019 and 2022"), None, "years apart name none");
    }
}
