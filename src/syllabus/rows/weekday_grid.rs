//! Weekday-column grids: a header naming weekdays (`Week | Dates | Mon | Wed | Fri`, or
//! `Semana | Lunes | Miércoles`) and a row per week dated by a date or a range (`Jan 22-26`)
//! or only by its week number. Each weekday cell is that day's meeting, dated by its column:
//! a deadline in it falls on that day, and "No class" there cancels only that day.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::roles::Header;
use crate::model::Term;
use crate::syllabus::dates::{DateSpan, RawDate, find_date};
use crate::syllabus::layout::Line;
use crate::syllabus::lexicon::{CALENDAR_WEEK_HEADERS, WEEKDAY_CODE_WEEKS, WEEKDAYS_EU_SHORT};

/// The weekday each header cell names, if at least two do (a grid header), or, failing that,
/// if the header's short cells are one- or two-letter codes of three weekdays or more, in
/// their week's order (`Semaine | L | Ma | Me | J | V`).
pub(super) fn header_weekdays(cells: &[&str]) -> Option<Vec<Option<Weekday>>> {
    let days: Vec<Option<Weekday>> = cells.iter().map(|c| cell_weekday(c)).collect();
    if days.iter().flatten().count() >= 2 {
        return Some(days);
    }
    code_weekdays(cells)
}

/// Fewest coded weekdays that make a header of them.
const MIN_CODED_DAYS: usize = 3;

/// The weekdays of a header whose cells of one or two letters are, left to right, days of one
/// of [`WEEKDAY_CODE_WEEKS`] in order; the other cells (a week, a date) name none.
fn code_weekdays(cells: &[&str]) -> Option<Vec<Option<Weekday>>> {
    let codes: Vec<String> = cells
        .iter()
        .map(|c| c.trim().trim_end_matches('.').to_lowercase())
        .collect();
    let short =
        |c: &String| (1..=2).contains(&c.chars().count()) && c.chars().all(char::is_alphabetic);
    if codes.iter().filter(|c| short(c)).count() < MIN_CODED_DAYS {
        return None;
    }
    WEEKDAY_CODE_WEEKS.iter().find_map(|week| {
        let mut last: Option<usize> = None;
        let mut days = Vec::with_capacity(codes.len());
        for code in &codes {
            if !short(code) {
                days.push(None);
                continue;
            }
            let at = week.iter().position(|d| d == code)?;
            if last.is_some_and(|l| at <= l) {
                return None;
            }
            last = Some(at);
            days.push(Weekday::try_from(at as u8).ok());
        }
        Some(days)
    })
}

/// Whether a grid header's first cell that names no weekday is a calendar-week word
/// ("vko", "Uke", "KW"): the rows' numbers are then weeks of the year.
pub(super) fn calendar_weeks(cells: &[&str], days: &[Option<Weekday>]) -> bool {
    cells
        .iter()
        .zip(days)
        .find(|(c, d)| d.is_none() && !c.trim().is_empty())
        .is_some_and(|(c, _)| {
            let word = c.trim().to_lowercase();
            CALENDAR_WEEK_HEADERS.contains(&word.as_str())
        })
}

/// The Monday of calendar week `week` in the term: in the term's year, or the next for a
/// fall term's weeks after New Year (ISO weeks, as the countries that count them use).
pub(super) fn calendar_week_monday(term: &Term, week: u32) -> Option<NaiveDate> {
    let monday = |year| NaiveDate::from_isoywd_opt(year, week, Weekday::Mon);
    let first = monday(term.year)?;
    // The week's Thursday is in the week's own year; its Monday may be the December before
    // (week 1 of 2026 opens on 2025-12-29).
    let year = term.year_for_month((first + Days::new(3)).month());
    if year == term.year {
        Some(first)
    } else {
        monday(year)
    }
}

/// The weekday a header cell names by its first word ("Monday", "Mi.", "Lunes (teoría)").
fn cell_weekday(cell: &str) -> Option<Weekday> {
    let first = cell
        .split(|c: char| c.is_whitespace() || c == '(' || c == '/')
        .find(|w| !w.is_empty())?;
    // "Th" alone is too short to be sure of; the header has other days spelled out.
    if first.chars().count() < 2 {
        return None;
    }
    // Short names of other languages ("Mié", "Seg", "Mo") only as the whole cell.
    let short = || {
        let whole = cell.trim().trim_end_matches('.').to_lowercase();
        WEEKDAYS_EU_SHORT
            .iter()
            .find(|(n, _)| *n == whole)
            .map(|&(_, d)| d)
    };
    crate::syllabus::dates::weekday(first).or_else(short)
}

/// A grid row: where its week starts, as written, and its cells under weekdays.
pub(super) struct GridRow {
    /// The row's own date or range, if it has one.
    pub(super) date: Option<(String, DateSpan)>,
    /// The row's week number, if it has one.
    pub(super) week_cell: Option<String>,
    /// The week number is the calendar's (the header's week column says so).
    pub(super) calendar_week: bool,
    /// (weekday, text, whether it is a lecture) of each non-empty weekday cell.
    pub(super) days: Vec<(Weekday, String, bool)>,
    /// Other cells with text ("Notes": "Problem set 1 due Friday"): the week's, not a day's.
    pub(super) notes: Vec<String>,
}

/// The row under a weekday header, if it has as many cells as the header and a weekday
/// cell with text.
pub(super) fn row(header: &Header, line: &Line) -> Option<GridRow> {
    let days = header.weekdays()?;
    let cells = header.cells_of(line)?;
    let mut out = GridRow {
        date: None,
        week_cell: None,
        calendar_week: header.calendar_weeks(),
        days: Vec::new(),
        notes: Vec::new(),
    };
    let mut glued: Option<String> = None;
    for (i, (cell, day)) in cells.iter().zip(days).enumerate() {
        // The first day's text that `pdftotext` glued to the week's date with one space
        // ("Week 34 (18.08-22.08) F01: Intro") belongs to the first weekday column.
        let text = match glued.take() {
            Some(g) if day.is_some() && cell.trim().is_empty() => g,
            Some(g) => {
                out.notes.push(g);
                cell.trim().to_string()
            }
            None => cell.trim().to_string(),
        };
        let text = text.as_str();
        match day {
            Some(d) if !text.is_empty() => {
                // A column headed "Monday (10.15-12.00)" gives its meetings that time. A
                // session's cell ("Práctica 2") is left as written: a time before it would
                // hide the session word, and the session is no lecture of that hour.
                let text = match header.day_time(i) {
                    Some(t) if super::session::read(text).is_none() => format!("{t} {text}"),
                    _ => text.to_string(),
                };
                out.days.push((*d, text, header.lecture_column(i)));
            }
            Some(_) => {}
            None => {
                // "3", "Jan 22-26", or both: "1 (5/8 - 9/8)".
                let (lead, dated) = match find_date(text) {
                    Some((at, span)) => (&text[..at], Some((at, span))),
                    None => (text, None),
                };
                let lead = lead
                    .trim()
                    .trim_end_matches(['(', '[', ':', ',', '-', '–'])
                    .trim();
                if out.week_cell.is_none() && super::weeks::week_number(lead).is_some() {
                    out.week_cell = Some(lead.to_string());
                }
                if out.date.is_none()
                    && let Some((at, span)) = dated
                    && (at == 0 || out.week_cell.as_deref() == Some(lead))
                {
                    out.date = Some((text[at..at + span.len].to_string(), span));
                    let rest = text[at + span.len..].trim_start_matches([')', ']', ':', ' ']);
                    glued = (!rest.is_empty()).then(|| rest.to_string());
                } else if !text.is_empty() && out.week_cell.as_deref() != Some(lead) {
                    out.notes.push(text.to_string());
                }
            }
        }
    }
    out.notes.extend(glued);
    (!out.days.is_empty()).then_some(out)
}

/// The date of `day` in the week that starts on (or contains, from its Monday) `start`.
pub(super) fn day_in_week(start: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (7 + day.num_days_from_monday() - start.weekday().num_days_from_monday()) % 7;
    start
        .checked_add_days(Days::new(ahead.into()))
        .unwrap_or(start)
}

/// A date written out in full, as a cell's own date.
pub(super) fn span_of(date: NaiveDate) -> (String, DateSpan) {
    let text = date.format("%Y-%m-%d").to_string();
    let span = DateSpan {
        start: RawDate::Known {
            month: date.month(),
            day: date.day(),
            year: Some(date.year()),
        },
        end: None,
        len: text.len(),
    };
    (text, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_of_weekday_codes_in_their_order_names_the_days() {
        use Weekday::*;
        let days = |cells: &[&str]| header_weekdays(cells);
        assert_eq!(
            days(&["Semaine", "L", "Ma", "Me", "J", "V"]),
            Some(vec![
                None,
                Some(Mon),
                Some(Tue),
                Some(Wed),
                Some(Thu),
                Some(Fri)
            ])
        );
        assert_eq!(
            days(&["Week", "M", "W", "F"]),
            Some(vec![None, Some(Mon), Some(Wed), Some(Fri)])
        );
        assert_eq!(
            days(&["Semana", "L", "M", "X", "J", "V"]).map(|d| d[2]),
            Some(Some(Tue))
        );
        // Out of a week's order, or too few, they are no weekdays.
        assert_eq!(days(&["Week", "F", "M", "W"]), None);
        assert_eq!(days(&["No", "A", "B", "C"]), None);
        assert_eq!(days(&["Week", "M", "W"]), None);
    }

    #[test]
    fn a_header_with_two_weekday_names_of_any_language_is_a_grid_header() {
        let days = header_weekdays(&["Semana", "Fecha", "Lunes", "Miércoles"]).expect("a grid");
        assert_eq!(days, [None, None, Some(Weekday::Mon), Some(Weekday::Wed)]);
        assert!(header_weekdays(&["Week", "Date", "Topic", "Monday"]).is_none());
        let days = header_weekdays(&["Semana", "Seg", "Qua"]).expect("a grid");
        assert_eq!(days, [None, Some(Weekday::Mon), Some(Weekday::Wed)]);
    }

    #[test]
    fn a_first_calendar_week_starting_in_december_is_the_next_years_in_a_fall_term() {
        use crate::model::Season;
        let term = |season, year| Term { season, year };
        let monday = |t: &Term, w| calendar_week_monday(t, w).map(|d| d.to_string());
        // ISO week 1 of 2026 opens on Monday 2025-12-29; that of 2025 on 2024-12-30.
        assert_eq!(
            monday(&term(Season::Fall, 2025), 1).as_deref(),
            Some("2025-12-29")
        );
        assert_eq!(
            monday(&term(Season::Winter, 2026), 1).as_deref(),
            Some("2025-12-29")
        );
        assert_eq!(
            monday(&term(Season::Fall, 2025), 50).as_deref(),
            Some("2025-12-08")
        );
    }

    #[test]
    fn a_calendar_week_column_dates_its_rows_by_the_weeks_of_the_terms_year() {
        use crate::model::Season;
        let days = [None, Some(Weekday::Mon), Some(Weekday::Tue)];
        assert!(calendar_weeks(&["vko", "ma", "ti"], &days));
        assert!(calendar_weeks(&["Uke", "Mandag", "Tirsdag"], &days));
        assert!(!calendar_weeks(&["Week", "Mon", "Tue"], &days));
        let fall = Term {
            season: Season::Fall,
            year: 2023,
        };
        let monday = |t: &Term, w| calendar_week_monday(t, w).map(|d| d.to_string());
        assert_eq!(monday(&fall, 33).as_deref(), Some("2023-08-14"));
        // A fall term's week 2 is after New Year.
        assert_eq!(monday(&fall, 2).as_deref(), Some("2024-01-08"));
        let spring = Term {
            season: Season::Spring,
            year: 2018,
        };
        assert_eq!(monday(&spring, 10).as_deref(), Some("2018-03-05"));
    }

    #[test]
    fn a_weekday_cell_falls_on_its_day_of_the_rows_week() {
        let mon = NaiveDate::from_ymd_opt(2024, 1, 22).expect("a date");
        assert_eq!(day_in_week(mon, Weekday::Fri).day(), 26);
        let sun = NaiveDate::from_ymd_opt(2024, 1, 21).expect("a date");
        assert_eq!(day_in_week(sun, Weekday::Mon).day(), 22);
    }
}
