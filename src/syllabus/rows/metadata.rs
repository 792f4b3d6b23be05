//! Dated lines that are about the document, not the course: a page header or footer
//! repeated on every page ("schedule.md  2025-03-12"), the document's own date in its title
//! block ("July 8th, 2023" under the title), "Last updated 2025-03-12", the term's first and
//! last day on a line of their own ("January 5, 2026 – April 2, 2026"). Taken for schedule
//! rows, they would start the table and put every real row before them out of sequence.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::syllabus::Context;
use crate::syllabus::dates::{RawDate, find_date};
use crate::syllabus::layout::Line;
use crate::syllabus::lean::lean;
use crate::syllabus::lexicon::{DOCUMENT_DATE_PATTERN, FILE_NAME_PATTERN, PAGE_DATE_LABELS};
use crate::syllabus::text::squash;

/// How many non-empty lines at the top make the title block.
const TITLE_BLOCK: usize = 5;

static DOCUMENT_DATE: LazyLock<crate::syllabus::lean::Lean> =
    LazyLock::new(|| lean(&format!(r"(?i)\b(?:{DOCUMENT_DATE_PATTERN})")));
static FILE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^\S+\.(?:{FILE_NAME_PATTERN})$")).unwrap());

/// Why a dated line is not a schedule row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Metadata {
    /// The same dated line on several pages.
    Furniture { times: usize },
    /// The document's date: in the title block with nothing else, or after "updated".
    DocumentDate,
    /// Two dates a month or more apart and nothing else: the term's span, not a meeting.
    TermSpan,
}

/// The dated lines that are metadata, by line number.
pub(super) fn find(lines: &[Option<Line>]) -> BTreeMap<usize, Metadata> {
    let dated: Vec<(&Line, String)> = lines
        .iter()
        .flatten()
        .map(|l| (l, squash(&l.cells.join(" "))))
        .filter(|(_, t)| find_date(t).is_some())
        .collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, t) in &dated {
        *count.entry(t.as_str()).or_default() += 1;
    }
    let title_block: BTreeSet<usize> = lines
        .iter()
        .flatten()
        .filter(|l| !l.is_blank())
        .take(TITLE_BLOCK)
        .map(|l| l.no)
        .collect();
    // Dated headings ("Monday, January 9" over each class's fields) are a schedule: a lone
    // date in the title block is the document's own date only when it is the only one.
    let lone_dates = dated
        .iter()
        .filter(|(_, t)| nothing_but_the_date(t))
        .count();
    let footers = numbered_footers(dated.iter().map(|(_, t)| t.as_str()));
    let mut out = BTreeMap::new();
    for (line, text) in &dated {
        let times = count.get(text.as_str()).copied().unwrap_or(0);
        let footer = page_counter(text).and_then(|(key, _)| footers.get(&key).copied());
        if let Some(times) = footer {
            out.insert(line.no, Metadata::Furniture { times });
        } else if times >= 2 {
            out.insert(line.no, Metadata::Furniture { times });
        } else if dated_after_a_document_word(text) || labelled_page_date(text) {
            out.insert(line.no, Metadata::DocumentDate);
        } else if term_span(text) {
            // Before the lone title date: "January 5, 2026 – April 2, 2026" is one range.
            out.insert(line.no, Metadata::TermSpan);
        } else if lone_dates == 1 && title_block.contains(&line.no) && nothing_but_the_date(text) {
            out.insert(line.no, Metadata::DocumentDate);
        }
    }
    out
}

/// Says why a dated line was set aside (a page header once, where it first appears).
pub(super) fn warn(m: &Metadata, line: &Line, cx: &mut Context) {
    let text = squash(&line.cells.join(" "));
    match m {
        Metadata::Furniture { times } => {
            let said = format!("set aside: \"{text}\" repeats on {times} lines");
            if !cx.warnings.iter().any(|w| w.message.starts_with(&said)) {
                cx.warn(
                    line.no,
                    format!("{said}, a page header or footer, not a schedule row"),
                );
            }
        }
        Metadata::DocumentDate => cx.warn(
            line.no,
            format!("set aside: \"{text}\" is the document's own date, not a schedule row"),
        ),
        Metadata::TermSpan => cx.warn(
            line.no,
            format!(
                "set aside: \"{text}\" spans a month or more (the term's dates), not a schedule row"
            ),
        ),
    }
}

/// The line with its page counter ("3/7", the page over the page count) written as "#/7",
/// and the page's number; `None` unless the line has exactly one such counter.
fn page_counter(text: &str) -> Option<(String, u32)> {
    if !text.contains('/') {
        return None;
    }
    let counter = |w: &str| {
        let (n, total) = w.split_once('/')?;
        let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(n) || !digits(total) {
            return None;
        }
        let (n, total) = (n.parse::<u32>().ok()?, total.parse::<u32>().ok()?);
        (total >= 2 && (1..=total).contains(&n)).then_some((n, total))
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Some((i, counter(w)?)));
    let (at, (n, total)) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let mut key = words.clone();
    let masked = format!("#/{total}");
    key[at] = &masked;
    Some((key.join(" "), n))
}

/// Running footers that number their page ("Dept. of Physics   3/7   Syllabus, version of
/// 2019-09-03"): the same words on three lines or more, each with another page's number over
/// the same count. The counter reads as a date (March 7), and the rest of the line does not
/// change, which a schedule's rows always do. Keyed as [`page_counter`] writes them, with the
/// number of lines.
fn numbered_footers<'t>(texts: impl Iterator<Item = &'t str>) -> BTreeMap<String, usize> {
    let mut pages: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    let mut lines: BTreeMap<String, usize> = BTreeMap::new();
    for text in texts {
        if let Some((key, n)) = page_counter(text) {
            pages.entry(key.clone()).or_default().insert(n);
            *lines.entry(key).or_default() += 1;
        }
    }
    // Words around the counter, not a bare "3/7 Lab" row.
    let worded = |key: &str| {
        key.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 2
    };
    lines
        .into_iter()
        .filter(|(key, n)| *n >= 3 && pages[key].len() == *n && worded(key))
        .collect()
}

/// What joins a span's two dates: dashes, or a short word ("to", "au", "a").
fn joins(between: &str) -> bool {
    let short_word = |w: &str| w.chars().count() <= 2 && w.chars().all(char::is_alphabetic);
    between
        .split_whitespace()
        .all(|w| w.chars().all(|c| !c.is_alphanumeric()) || short_word(w))
        && between
            .chars()
            .any(|c| matches!(c, '-' | '–' | '—') || c.is_alphabetic())
}

/// Fewest days between the two dates of a line that make it a span of the term rather than
/// a week's or a few days' dates.
const SPAN_DAYS: u32 = 28;

/// A line of two dates joined by a dash or a word of a few letters ("to", "au") and nothing
/// else, a month or more apart: "January 5, 2026 – April 2, 2026", "5/1/2026 - 2/4/2026".
/// Numeric dates are measured either way round; both must be that far apart.
fn term_span(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((0, first)) = find_date(text) else {
        return false;
    };
    let rest = &text[first.len..];
    let (last, after) = match (first.end, find_date(rest)) {
        (Some(end), _) => (end, rest),
        (None, Some((at, second))) if second.end.is_none() && joins(&rest[..at]) => {
            (second.start, &rest[at + second.len..])
        }
        _ => return false,
    };
    if after.chars().any(char::is_alphanumeric) {
        return false;
    }
    let first = first.start;
    let days = |d: RawDate, month_first: bool| match d {
        RawDate::Known { month, day, year } => (year, month * 31 + day),
        RawDate::Slash { a, b, year } if month_first => (year, a * 31 + b),
        RawDate::Slash { a, b, year } => (year, b * 31 + a),
    };
    [true, false].iter().all(|&month_first| {
        let (y1, d1) = days(first, month_first);
        let (y2, d2) = days(last, month_first);
        match (y1, y2) {
            (Some(a), Some(b)) if a != b => true,
            _ => d2.abs_diff(d1) >= SPAN_DAYS,
        }
    })
}

/// "Last updated 2025-03-12": the word comes before the date.
fn dated_after_a_document_word(text: &str) -> bool {
    let (Some(word), Some((at, _))) = (DOCUMENT_DATE.find(text), find_date(text)) else {
        return false;
    };
    word.start() < at
}

/// The line is a page's label for its own date and that date: "Modified May 2, 2025".
fn labelled_page_date(text: &str) -> bool {
    // Read by hand: a pattern would be compiled for every document with a dated line.
    let lower = text.to_lowercase();
    PAGE_DATE_LABELS.iter().any(|label| {
        lower
            .strip_prefix(label)
            .and_then(|rest| rest.strip_prefix(':').or(Some(rest)))
            .filter(|rest| rest.starts_with(char::is_whitespace))
            .is_some_and(nothing_but_the_date)
    })
}

/// The line holds a date with its year and at most a file name: "July 8th, 2023",
/// "notes.md 2025-03-12". A document is dated with its year; a day without one ("Friday 21.2"
/// alone on the first line of a table row) is a day of the term.
fn nothing_but_the_date(text: &str) -> bool {
    let Some((at, span)) = find_date(text) else {
        return false;
    };
    let (RawDate::Known { year, .. } | RawDate::Slash { year, .. }) = span.start;
    if year.is_none() {
        return false;
    }
    let rest = format!(
        "{} {}",
        &text[..at],
        text.get(at + span.len..).unwrap_or("")
    );
    rest.split_whitespace()
        .all(|w| FILE_NAME.is_match(w) || w.chars().all(|c| !c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn metadata(text: &str) -> Vec<(usize, Metadata)> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        find(&layout::read(&lines)).into_iter().collect()
    }

    #[test]
    fn a_dated_page_header_repeated_on_every_page_is_furniture() {
        let doc = "notes.md        2025-03-12\n\nWeek  Date    Topic\n1     Jan 13  Intro\n\x0cnotes.md        2025-03-12\n2     Jan 20  Lists\n";
        let found = metadata(doc);
        assert_eq!(
            found,
            [
                (1, Metadata::Furniture { times: 2 }),
                (5, Metadata::Furniture { times: 2 })
            ]
        );
    }

    #[test]
    fn a_footer_that_numbers_its_pages_is_furniture_on_every_page() {
        let doc = "Week  Date    Topic\n1     Jan 13  Intro\nDept of Botany     1/3     Outline, revised 2024-01-02\n\x0c2     Jan 20  Lists\nDept of Botany     2/3     Outline, revised 2024-01-02\n\x0c3     Jan 27  Trees\nDept of Botany     3/3     Outline, revised 2024-01-02\n";
        let found: Vec<usize> = metadata(doc).into_iter().map(|(no, _)| no).collect();
        assert_eq!(found, [3, 5, 7]);
    }

    #[test]
    fn rows_with_the_same_topic_on_the_same_day_of_months_are_rows() {
        // "3/7 Lab", "4/7 Lab", "5/7 Lab": one word beside the counter, a row's topic.
        let doc = "3/7     Lab\n4/7     Lab\n5/7     Lab\n";
        assert!(metadata(doc).is_empty());
        // A full date is no page counter.
        assert_eq!(page_counter("Quiz 3/7/2024 room 2"), None);
    }

    #[test]
    fn the_documents_own_date_under_its_title_is_not_a_row() {
        let doc =
            "     GEO 210: Rivers\n               July 8th, 2023\n\nWeek 1 (July 7th): Intro\n";
        assert_eq!(metadata(doc), [(2, Metadata::DocumentDate)]);
    }

    #[test]
    fn a_last_updated_line_anywhere_is_the_documents_date() {
        let doc = "Intro\n\n\n\n\n\nPlan\nLast updated 2025-03-12\n1\tJan 13\tIntro\n";
        assert_eq!(metadata(doc), [(8, Metadata::DocumentDate)]);
    }

    #[test]
    fn a_generators_label_and_the_page_date_alone_are_the_documents_date() {
        let doc = "Plan\nPublished November 2, 2024\nModified: January 20, 2025\n\nDate    Topic\nNov 4   Intro\nNov 7   Published work, Nov 8 2024\n";
        assert_eq!(
            metadata(doc),
            [(2, Metadata::DocumentDate), (3, Metadata::DocumentDate)]
        );
    }

    #[test]
    fn schedule_rows_are_never_metadata() {
        let doc = "1\tOct 4\tIntro\n2\tOct 11\tBasics\n3\tOct 18\tIntro\n";
        assert!(metadata(doc).is_empty());
        // A row with a topic at the very top is a row.
        assert!(metadata("Oct 4   Intro\nOct 11  Basics\n").is_empty());
    }

    #[test]
    fn a_line_of_two_dates_a_month_or_more_apart_is_the_terms_span() {
        let doc = "EDUC 210\n\n   January 5, 2026 – April 2, 2026\n\nWeek\tDate\tTopic\n1\tJan 6\tWelcome\n";
        assert_eq!(metadata(doc), [(3, Metadata::TermSpan)]);
        assert!(term_span("05/01/2026 - 02/04/2026"));
        assert!(term_span("Sep 1 to Dec 12"));
        // A week's dates, or a span with a topic, are rows.
        assert!(!term_span("Jan 5 – Jan 9"));
        assert!(!term_span("Jan 5 – Feb 20 Unit 1: Sets"));
        assert!(!term_span("01/02/2026 - 05/02/2026"));
    }

    #[test]
    fn a_dated_heading_among_others_is_a_schedule_row_not_the_documents_date() {
        let text = "Data Visualisation, Spring 2023\nMonday, January 9\nTopic: Why\nThursday, January 12\nTopic: Scales\n";
        assert_eq!(metadata(text), []);
        let text = "Data Visualisation, Spring 2023\nJanuary 9, 2023\n\nWeek\tDate\tTopic\n1\tJan 10\tWhy\n";
        assert_eq!(metadata(text), [(2, Metadata::DocumentDate)]);
    }
}
