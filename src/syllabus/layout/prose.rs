//! Lists, bullets and paragraphs: lines without columns that start with a week and a date,
//! "- Sep 6: Intro", "Week 1 – Sept 5: Introduction.", "w/c 25 Sept  Sorting".

use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};

use crate::syllabus::dates::{DateSpan, parse_date_prefix};
use crate::syllabus::lexicon::{
    DATE_AND_WORDS, MEETING_NUMBER_WORD_PATTERN, WEEK_COMMENCING_PATTERN, WEEK_WORD_PATTERN,
};

/// A week's number before its date: "Week 3 (Sep 9)", "Week 3 - Sep 9", "3. Sep 9"; a run
/// of weeks only before a bracketed date ("Weeks 2-4 (Aug 29 - Sep 12)"), since "Week 2 - 4
/// Oct" is week 2 on 4 October.
static WEEK_PREFIX: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:(?:{WEEK_WORD_PATTERN})s?\s*#?\s*([0-9]{{1,2}})(?:\s*[-–]\s*[0-9]{{1,2}}\s*[:,]?\s*[(\[]\s*|\s*[.):,–—-]?\s*[(\[]?\s*)|([0-9]{{1,2}})\s*[.):]?\s+)"
    ))
});
/// What comes before a date in lists, headings and week-commencing tables: "- ", "* ",
/// "• ", "### ", a symbol such as "📅 ", "w/c ", and a meeting's number ("Aula 3 - ", "Aula_03 "),
/// or the numbers of meetings (plural, "Aulas 1 - ", "Aula 4 e 5 - ", "Lectures 7 & 8: ").
static LEAD_IN: LazyLock<Lean> = LazyLock::new(|| {
    let and = DATE_AND_WORDS.join("|");
    lean(&format!(
        r"(?i)^(?:(?:#{{1,6}}|[-*•–+]|\p{{So}})\s*)*(?:{WEEK_COMMENCING_PATTERN})?\s*[:.]?\s*(?:(?:{MEETING_NUMBER_WORD_PATTERN})(?:e?s)?\s*[#_]?\s*[0-9]{{1,2}}(?:\s*(?:&|{and})\s+[0-9]{{1,2}})?\s*[.):,–—-]?\s*[(\[]?\s*)?"
    ))
});

/// A heading mark, and a section number that reads as a dotted date: "## 2.1. Goals".
static HEADING: LazyLock<Lean> = LazyLock::new(|| lean(r"^\s*#{1,6}\s"));
static SECTION_NUMBER: LazyLock<Lean> = LazyLock::new(|| lean(r"^[0-9]\.[0-9]{1,2}\.?$"));

/// What the start of a line without a date cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::syllabus) enum Prose {
    /// "[week] date rest".
    Dated {
        /// The week number as written, if any.
        week: Option<String>,
        /// The date as written.
        date_text: String,
        /// The date read.
        span: DateSpan,
        /// The text after the date: the topic.
        rest: String,
    },
    /// A bare number in its own column and no date: a week whose date is unreadable.
    NumberedUndated,
    /// Neither.
    Undated,
}

/// Reads "[week] date rest" from the cells of a line.
pub(in crate::syllabus) fn read(cells: &[&str]) -> Prose {
    let joined = cells.join("  ");
    let joined = skip_lead_in(&joined).to_string();
    let after_week = WEEK_PREFIX.groups(&joined).and_then(|c| {
        let end = c.get(0).map_or(0, |m| m.end());
        let rest = skip_lead_in(&joined[end..]);
        parse_date_prefix(rest).map(|_| {
            (
                c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()),
                rest.to_string(),
            )
        })
    });
    // A bare number in its own column is a week, never the day of "2  Sep l3".
    let first_is_number = cells.len() > 1 && cells[0].chars().all(|c| c.is_ascii_digit());
    let (week, rest) = match after_week {
        Some(found) => found,
        None if first_is_number => (None, String::new()),
        None => (None, joined.clone()),
    };
    // A heading numbered "2.1." is a section: a dated heading writes its day with two
    // digits, a month name or a year.
    let section = |span: &DateSpan| {
        HEADING.is_match(cells.first().copied().unwrap_or(""))
            && SECTION_NUMBER.is_match(rest.get(..span.len).unwrap_or("").trim())
    };
    match parse_date_prefix(&rest).filter(|s| !section(s)) {
        Some(span) => Prose::Dated {
            week,
            date_text: rest[..span.len].to_string(),
            rest: rest[span.len..]
                .trim()
                .trim_start_matches([')', ']', ':', '-', '–', '—', '|', ',', '.'])
                .trim()
                .to_string(),
            span,
        },
        None if first_is_number => Prose::NumberedUndated,
        None => Prose::Undated,
    }
}

fn skip_lead_in(text: &str) -> &str {
    LEAD_IN.find(text).map_or(text, |m| &text[m.end()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(cells: &[&str]) -> Option<(Option<String>, String, String)> {
        match read(cells) {
            Prose::Dated {
                week,
                date_text,
                rest,
                ..
            } => Some((week, date_text, rest)),
            _ => None,
        }
    }

    #[test]
    fn a_bullet_gives_its_date_and_topic() {
        assert_eq!(
            dated(&["- Sep 6: Intro"]),
            Some((None, "Sep 6".into(), "Intro".into()))
        );
    }

    #[test]
    fn a_week_word_before_the_date_gives_the_week() {
        assert_eq!(
            dated(&["Week 1 – Sept 5: Introduction. Reading: ch 1."]),
            Some((
                Some("1".into()),
                "Sept 5".into(),
                "Introduction. Reading: ch 1.".into()
            ))
        );
    }

    #[test]
    fn a_run_of_weeks_before_a_bracketed_range_gives_its_first_week() {
        assert_eq!(
            dated(&["• Week 2-4 (08.29 - 09.12): Linear Regression"]),
            Some((
                Some("2".into()),
                "08.29 - 09.12".into(),
                "Linear Regression".into()
            ))
        );
        assert_eq!(
            dated(&["- Week 2-4 (Aug 29 - Sep 12): Linear regression"]),
            Some((
                Some("2".into()),
                "Aug 29 - Sep 12".into(),
                "Linear regression".into()
            ))
        );
        assert_eq!(
            dated(&["- Weeks 10–12 [Oct 24 - Nov 7] Final project"]),
            Some((
                Some("10".into()),
                "Oct 24 - Nov 7".into(),
                "Final project".into()
            ))
        );
    }

    #[test]
    fn a_week_then_a_dash_and_a_day_is_that_day() {
        assert_eq!(
            dated(&["Week 2 - 4 Oct: Sorting"]),
            Some((Some("2".into()), "4 Oct".into(), "Sorting".into()))
        );
    }

    #[test]
    fn heading_marks_symbols_and_a_meetings_number_come_before_the_date() {
        assert_eq!(
            dated(&["## Aula 3 - 19/08/2025"]),
            Some((None, "19/08/2025".into(), String::new()))
        );
        assert_eq!(
            dated(&["### Week 2 (Sep 12)"]),
            Some((Some("2".into()), "Sep 12".into(), String::new()))
        );
        assert_eq!(
            dated(&["* 📅 8/10 Intro"]),
            Some((None, "8/10".into(), "Intro".into()))
        );
        assert_eq!(
            dated(&["Semana 4 – 3 de octubre: Grafos"]),
            Some((Some("4".into()), "3 de octubre".into(), "Grafos".into()))
        );
    }

    #[test]
    fn a_heading_numbered_as_a_section_is_no_date() {
        assert_eq!(read(&["## 2.1. Goals"]), Prose::Undated);
        assert_eq!(read(&["### 3.4 Results"]), Prose::Undated);
        assert_eq!(
            dated(&["## 16.10. Einführung"]),
            Some((None, "16.10.".into(), "Einführung".into()))
        );
    }

    #[test]
    fn a_number_in_its_own_column_is_a_week_not_a_day() {
        assert_eq!(read(&["2", "Sep l3", "Topic"]), Prose::NumberedUndated);
        assert_eq!(read(&["Some prose"]), Prose::Undated);
    }
}
