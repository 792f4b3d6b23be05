//! Days without class a row names: holidays and breaks ("No class Monday (MLK Day)",
//! "Reading week"), and an exam that replaces the lecture on its own day.

use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};

use crate::model::EventKind;
use crate::syllabus::activity::{Activity, is_exam_period, is_no_class, is_self_study};
use crate::syllabus::dates::{self, resolve, week_monday};
use crate::syllabus::fold::{folded, starts_with_folded};
use crate::syllabus::lean::{Yes, yes};
use crate::syllabus::lexicon::{BREAK_CELL_WORDS, CALLED_OFF_PATTERN, HOLIDAY_NAME_PATTERN};
use crate::syllabus::{Context, SyllabusError};

/// The days off a row names.
pub(super) struct DaysOff {
    /// Single days without class.
    pub(super) skip: Vec<NaiveDate>,
    /// A no-class note that names no day: the whole week is off.
    pub(super) whole_week: bool,
}

/// Reads the days off from a row's title and details, and from its exams when the row is
/// an exam (`exams`).
pub(super) fn read(
    title: &str,
    details: &[String],
    date: NaiveDate,
    exams: Option<&[Activity]>,
    line: usize,
    cx: &Context,
) -> Result<DaysOff, SyllabusError> {
    let mut off = DaysOff {
        skip: Vec::new(),
        // A row that is study on one's own, or the exam period, meets nowhere.
        whole_week: is_self_study(title) || is_exam_period(title),
    };
    for text in std::iter::once(title).chain(details.iter().map(String::as_str)) {
        if !is_no_class(text) {
            continue;
        }
        let days = no_class_days(text, date, cx);
        off.whole_week |= days.is_empty();
        off.skip.extend(days);
    }
    // "CANCELLED (Columbus Day)", "Labor Day": the row's own day has no class; for a row
    // that is a week, only its dated day (the holiday's Monday), never the whole week.
    if called_off(title) {
        off.skip.push(date);
    }
    for a in exams
        .unwrap_or_default()
        .iter()
        .filter(|a| a.kind == EventKind::Exam)
    {
        off.skip.push(cx.activity_day(line, a, date)?);
    }
    Ok(off)
}

/// Whether a topic opens by calling its meeting off or naming a public holiday, or is only
/// the word for a break.
fn called_off(title: &str) -> bool {
    static OFF: LazyLock<Yes> = LazyLock::new(|| {
        yes(&format!(
            r"(?i)^(?:{CALLED_OFF_PATTERN}|{HOLIDAY_NAME_PATTERN})(?:\b|$)"
        ))
    });
    // Marks before the words ("**Labor Day**", "--- CANCELLED ---") are not read by the
    // pattern: a class of every non-word character is costly to compile for each document.
    // Most topics open with none of the words: their literal beginnings are compared first,
    // so most documents never compile the pattern (start-up cost, issue #9).
    static OPENINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
        [CALLED_OFF_PATTERN, HOLIDAY_NAME_PATTERN]
            .iter()
            .flat_map(|p| p.split('|'))
            .map(|alternative| folded(literal_opening(alternative)))
            .collect()
    });
    let bare = title.trim_matches(|c: char| !c.is_alphanumeric());
    let opened = title.trim_start_matches(|c: char| !c.is_alphanumeric());
    BREAK_CELL_WORDS
        .iter()
        .any(|w| bare.eq_ignore_ascii_case(w))
        || (OPENINGS
            .iter()
            .any(|o| starts_with_folded(opened, o).is_some())
            && OFF.is_match(opened))
}

/// The letters an alternative of a word pattern always begins with: its leading letters,
/// less the last one when a repetition follows it ("labou?r" begins "labo", "cancel+ed"
/// "cance"); empty (any text may match) when it opens with anything else.
fn literal_opening(alternative: &str) -> &str {
    let end = alternative
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(alternative.len());
    let repeated = alternative[end..].starts_with(['?', '*', '+', '{']);
    match alternative[..end].char_indices().next_back() {
        Some((last, _)) if repeated => &alternative[..last],
        _ => &alternative[..end],
    }
}

/// The days a "no class" note names: a date ("no class 2/19"), or weekdays of the row's week
/// ("no class Monday"); empty when it names none (the whole week is off).
fn no_class_days(text: &str, row_date: NaiveDate, cx: &Context) -> Vec<NaiveDate> {
    // Only the clause that says "no class": in "No class Monday; Wed: loops" Wednesday is
    // taught, in "Class cancelled. Friday office hours cancelled." Friday is not named.
    let Some(clause) = clauses(text).into_iter().find(|c| is_no_class(c)) else {
        return Vec::new();
    };
    // A note in parentheses tells why, not when: "No class (Monday schedule)".
    let clause = without_parentheses(&clause);
    let clause = clause.as_str();
    if let Some((_, span)) = dates::find_date(clause)
        && let Ok(d) = resolve(span.start, cx.term, cx.order)
    {
        return vec![d];
    }
    let monday = week_monday(row_date);
    clause
        .split(|c: char| !c.is_alphabetic())
        .filter_map(dates::weekday)
        .map(|wd| monday + Duration::days(i64::from(wd.num_days_from_monday())))
        .collect()
}

/// The clauses of a note: cut at ';', '|' and at the end of a sentence (". " after a word
/// longer than a month's abbreviation, so "Sept. 5" stays whole).
fn clauses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([';', '|']) {
        let mut cur = String::new();
        for word in part.split_whitespace() {
            cur.push_str(word);
            cur.push(' ');
            let bare = word.trim_end_matches(['.', '*', '_']);
            if word.trim_end_matches(['*', '_']).ends_with('.') && bare.chars().count() > 4 {
                out.push(std::mem::take(&mut cur));
            }
        }
        out.push(cur);
    }
    out
}

/// The text without its parenthesised notes of two words or more ("(Monday schedule)");
/// a single word stays ("No class (Mon)").
fn without_parentheses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 1..close];
        if inner.split_whitespace().count() < 2 {
            out.push_str(inner);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::activity::parse_cell;

    #[test]
    fn the_literal_opening_of_an_alternative_stops_before_a_repeated_letter_or_a_class() {
        assert_eq!(literal_opening("labou?r\\s+day"), "labo");
        assert_eq!(literal_opening("cancel+ed"), "cance");
        assert_eq!(literal_opening("f[äa]llt\\s+aus"), "f");
        assert_eq!(literal_opening("presidents'?\\s+day"), "presidents");
        assert_eq!(literal_opening("iptal"), "iptal");
        assert_eq!(literal_opening("(?:x)"), "");
    }

    #[test]
    fn a_topic_opening_with_a_called_off_word_in_any_case_still_calls_the_day_off() {
        assert!(called_off("ENTFÄLLT"));
        assert!(called_off("fällt aus"));
        assert!(called_off("Cancelled"));
        assert!(called_off("MLK Day"));
        assert!(!called_off("Introduction"));
    }

    #[test]
    fn a_topic_that_is_only_the_word_break_calls_the_day_off() {
        assert!(called_off("*BREAK*"));
        assert!(called_off("Break"));
        assert!(!called_off("Break-even analysis"));
        assert!(!called_off("Code breaking"));
    }

    fn cx() -> Context {
        Context::for_term("Spring 2024")
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, d).unwrap()
    }

    #[test]
    fn a_topic_that_calls_the_day_off_or_names_a_holiday_skips_that_day() {
        for title in [
            "CANCELLED (Columbus Day)",
            "Canceled - instructor away",
            "**Labor Day**",
            "Veterans Day",
        ] {
            let off = read(title, &[], day(10, 14), None, 1, &cx()).unwrap();
            assert_eq!(off.skip, [day(10, 14)], "{title}");
            assert!(!off.whole_week, "{title}");
        }
        let taught = read(
            "Recursion; office hours cancelled",
            &[],
            day(10, 14),
            None,
            1,
            &cx(),
        );
        assert!(taught.unwrap().skip.is_empty());
    }

    #[test]
    fn a_no_class_weekday_cancels_that_day_only() {
        let off = read(
            "No class Monday (MLK Day); Wed: loops",
            &[],
            day(1, 15),
            None,
            1,
            &cx(),
        )
        .unwrap();
        assert_eq!(off.skip, [day(1, 15)]);
        assert!(!off.whole_week);
    }

    #[test]
    fn a_weekday_in_parentheses_or_another_sentence_is_not_the_day_off() {
        for note in [
            "**No class.** (Monday schedule.)",
            "Class cancelled. Friday office hours cancelled.",
        ] {
            let off = read(note, &[], day(1, 16), None, 1, &cx()).unwrap();
            assert!(off.skip.is_empty() && off.whole_week, "{note}");
        }
        let off = read("No class Sept. 5", &[], day(9, 3), None, 1, &cx()).unwrap();
        assert_eq!(off.skip, [day(9, 5)]);
        let off = read("No class (Wed)", &[], day(1, 15), None, 1, &cx()).unwrap();
        assert_eq!(off.skip, [day(1, 17)]);
    }

    #[test]
    fn a_break_without_a_day_takes_the_whole_week() {
        let off = read("Spring break", &[], day(3, 11), None, 1, &cx()).unwrap();
        assert!(off.skip.is_empty());
        assert!(off.whole_week);
    }

    #[test]
    fn an_exam_row_skips_the_exams_day() {
        let (exams, _) = parse_cell("Midterm Wed Jan 31");
        let off = read("", &[], day(1, 29), Some(&exams), 1, &cx()).unwrap();
        assert_eq!(off.skip, [day(1, 31)]);
    }
}
