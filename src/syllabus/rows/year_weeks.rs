//! A plan that numbers the weeks of the year and writes no date at all ("- Week 34 - Python
//! recap", "Uke 35: Lister", "KW 42 Einführung"), as Nordic, German and Dutch course pages do:
//! week 34 is the ISO week of the term's year, not the course's 34th week. Each such line is
//! read as the week starting on that week's Monday ("Week of 2023-08-21: Python recap"), so
//! its lectures fall on the slot's days of that week, or none are made when no slot is named.
//! Tried only when no layout found a dated row: before, such a page exited with "found no
//! dated schedule".

use chrono::{Datelike, Days};

use super::weekday_grid::calendar_week_monday;
use crate::model::{Season, Term};
use crate::syllabus::fold;
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{CALENDAR_WEEK_HEADERS, YEAR_WEEK_WORDS};

/// Fewest numbered weeks that make a plan.
const FEWEST_WEEKS: usize = 3;

/// The lowest first week that cannot be a course's own count: a course counts from week 0
/// or 1 and writes every week, so a plan opening at week 5 or later counts the year's.
const LOWEST_FIRST_YEAR_WEEK: u32 = 5;

/// Marks a list item or heading opens with.
const MARKS: &[char] = &['#', '-', '*', '•', '–', '+', '>', ' ', '\t'];

/// A line of the plan: where its week's words end, its week and whether a calendar-week word
/// ("Uke", "KW") named it.
struct Numbered {
    at: usize,
    marks: usize,
    end: usize,
    week: u32,
    calendar_word: bool,
}

/// The lines with each numbered week read as that calendar week's start, and the first
/// such line's number and Monday, when the document is such a plan in `term`.
pub(super) fn dated(
    lines: &[Option<Line>],
    term: &Term,
) -> Option<(Vec<Option<Line>>, usize, chrono::NaiveDate)> {
    let found: Vec<Numbered> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| numbered(l.as_ref()?, i))
        .collect();
    let first = found.first()?;
    let year_count = found.iter().all(|n| n.calendar_word) || first.week >= LOWEST_FIRST_YEAR_WEEK;
    let rising =
        found.windows(2).all(|w| w[0].week <= w[1].week) || found.iter().all(|n| n.calendar_word);
    if found.len() < FEWEST_WEEKS || !year_count || !rising {
        return None;
    }
    let mondays: Vec<chrono::NaiveDate> = found
        .iter()
        .map(|n| calendar_week_monday(term, n.week))
        .collect::<Option<_>>()?;
    if !mondays
        .iter()
        .all(|m| in_term(term, (*m + Days::new(3)).month()))
    {
        return None;
    }
    let mut out = lines.to_vec();
    for (n, monday) in found.iter().zip(&mondays) {
        let Some(Some(line)) = out.get_mut(n.at) else {
            continue;
        };
        let Some(cell) = line.cells.iter_mut().find(|c| !c.trim().is_empty()) else {
            continue;
        };
        let rest = cell[n.end..].trim_start_matches([' ', ':', '-', '–', '—', '.', ')', '\t']);
        let dated = format!(
            "{}Week of {}: {rest}",
            &cell[..n.marks],
            monday.format("%Y-%m-%d")
        );
        // A space-laid line keeps its cells' text by position too.
        for (_, text) in line.placed.iter_mut().flatten() {
            if text == cell {
                text.clone_from(&dated);
            }
        }
        *cell = dated;
    }
    Some((out, lines[first.at].as_ref()?.no, mondays[0]))
}

/// The numbered week a line opens with ("- Week 34 - Topic", "Uke 35: Lister").
fn numbered(line: &Line, at: usize) -> Option<Numbered> {
    let cell = line.cells.iter().find(|c| !c.trim().is_empty())?;
    let marks = cell.len() - cell.trim_start_matches(MARKS).len();
    let text = &cell[marks..];
    let word_end = text
        .find(|c: char| !c.is_alphabetic() && c != '.')
        .unwrap_or(text.len());
    let word = fold::folded(text[..word_end].trim_end_matches('.'));
    let calendar_word = CALENDAR_WEEK_HEADERS.contains(&word.as_str());
    if !calendar_word && !YEAR_WEEK_WORDS.contains(&word.as_str()) {
        return None;
    }
    let after = &text[word_end..];
    let digits_at = after.len() - after.trim_start().len();
    let digits = after[digits_at..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let week: u32 = after[digits_at..digits_at + digits].parse().ok()?;
    let end = marks + word_end + digits_at + digits;
    // The number ends the week's words: "Week 3.2" (a period and its week) and "Week 34/35"
    // are other counts.
    let next = cell[end..].chars().next();
    if !(1..=53).contains(&week)
        || next.is_some_and(|c| {
            c.is_ascii_digit()
                || c == '/'
                || c == '.' && cell[end + 1..].starts_with(|c: char| c.is_ascii_digit())
        })
    {
        return None;
    }
    Some(Numbered {
        at,
        marks,
        end,
        week,
        calendar_word,
    })
}

/// Whether a month is one a term's weeks may run in: its teaching months and a few weeks
/// either side (a Norwegian autumn term starts in week 34, in August).
fn in_term(term: &Term, month: u32) -> bool {
    match term.season {
        Season::Fall => (8..=12).contains(&month) || month <= 2,
        Season::Spring => (1..=7).contains(&month),
        Season::Summer => (5..=9).contains(&month),
        Season::Winter => month >= 11 || month <= 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<Option<Line>> {
        text.iter()
            .enumerate()
            .map(|(i, t)| Some(Line::of_cells(i + 1, &[t])))
            .collect()
    }

    fn fall(year: i32) -> Term {
        Term {
            season: Season::Fall,
            year,
        }
    }

    #[test]
    fn weeks_of_the_year_are_read_as_their_mondays() {
        let plan = lines(&[
            "- Week 34 - Recap",
            "- Week 35 - Testing",
            "- Week 36 - Classes",
        ]);
        let (out, no, monday) = dated(&plan, &fall(2023)).expect("a plan");
        assert_eq!((no, monday.to_string()), (1, "2023-08-21".to_string()));
        let cells: Vec<&str> = out.iter().flatten().map(|l| l.cells[0].as_str()).collect();
        assert_eq!(
            cells,
            [
                "- Week of 2023-08-21: Recap",
                "- Week of 2023-08-28: Testing",
                "- Week of 2023-09-04: Classes"
            ]
        );
    }

    #[test]
    fn a_course_counting_its_own_weeks_is_no_plan_of_the_year() {
        let plan = lines(&["Week 1: Intro", "Week 2: Lists", "Week 3: Trees"]);
        assert!(dated(&plan, &fall(2023)).is_none());
    }

    #[test]
    fn calendar_week_words_count_the_year_from_any_week() {
        let plan = lines(&["Uke 2: Intro", "Uke 3: Lister", "Uke 4: Trær"]);
        let spring = Term {
            season: Season::Spring,
            year: 2024,
        };
        let (_, _, monday) = dated(&plan, &spring).expect("a plan");
        assert_eq!(monday.to_string(), "2024-01-08");
    }

    #[test]
    fn weeks_outside_the_term_or_of_periods_are_no_plan() {
        let spring = Term {
            season: Season::Spring,
            year: 2024,
        };
        let autumn = lines(&["Week 40: A", "Week 41: B", "Week 42: C"]);
        assert!(dated(&autumn, &spring).is_none());
        let periods = lines(&["Week 3.1: A", "Week 3.2: B", "Week 3.3: C"]);
        assert!(dated(&periods, &fall(2023)).is_none());
    }
}
