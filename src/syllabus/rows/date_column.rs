//! Where a row's date is: the column tab and pipe tables vote for, a header's date column,
//! the first cells' content, or the start of a line of prose.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::syllabus::lean::{Grouped, Lean, lean};

use chrono::NaiveDate;

use super::roles::{Role, RoleCells};
use crate::syllabus::Context;
use crate::syllabus::dates::{DateSpan, RawDate, month_number, parse_date_prefix};
use crate::syllabus::layout::Line;
use crate::syllabus::layout::prose::{self, Prose};
use crate::syllabus::lexicon::{CELL_WEEK_OF_PREFIXES, DATE_AND_WORDS, WEEK_WORD_PATTERN};
use crate::syllabus::text::squash;

/// Reads a cell that is entirely a date (or a date range).
pub(super) fn cell_date(cell: &str) -> Option<DateSpan> {
    // "Sep 9*": a footnote mark (the note below says the class is online) is no text.
    let t = cell.trim().trim_end_matches(FOOTNOTE_MARKS).trim_end();
    if t.is_empty() {
        return None;
    }
    // "Week of Sep 8": the week's start, as a "Week of" header's column gives it.
    if let Some(n) = week_of_prefix(t) {
        return cell_date(&t[n..]).map(|span| DateSpan {
            len: n + span.len,
            ..span
        });
    }
    // "18.10." keeps its dot; "Oct 4," loses its comma.
    let span = parse_date_prefix(t)
        .or_else(|| parse_date_prefix(t.trim_end_matches(['.', ',', ':', ';']).trim()))?;
    let rest = t
        .get(span.len..)
        .unwrap_or("")
        .trim()
        .trim_start_matches(['.', ',', ':', ';'])
        .trim();
    let timed = || {
        crate::syllabus::times::after_date(rest).is_some()
            || super::content::row_time::after_date_more(rest).is_some()
    };
    (rest.is_empty() || rest.starts_with('(') || timed()).then_some(span)
}

/// Whether a line of prose opens with a week-start phrase before its date ("- Week of Aug.
/// 17: Intro", "w/c 8 Sept Sorting"), past list marks and a heading's hashes: the row dates
/// its week, not a meeting.
pub(super) fn opens_week(line: &Line) -> bool {
    let Some(first) = line.cells.iter().find(|c| !c.trim().is_empty()) else {
        return false;
    };
    let t = first.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '#' | '-' | '*' | '•' | '–' | '+' | '>')
    });
    week_of_prefix(t).is_some()
}

/// Marks that send the reader to a footnote.
const FOOTNOTE_MARKS: [char; 3] = ['*', '†', '‡'];

/// The bytes of a week-start phrase and the spaces or colon after it at the start of `t`
/// ("Week of ", "w/c: "), when a word boundary follows the phrase.
fn week_of_prefix(t: &str) -> Option<usize> {
    CELL_WEEK_OF_PREFIXES.iter().find_map(|p| {
        let head = t.get(..p.len())?;
        let rest = &t[p.len()..];
        let gap = rest.len() - rest.trim_start_matches([' ', ':', '\t']).len();
        (head.eq_ignore_ascii_case(p) && gap > 0).then_some(p.len() + gap)
    })
}

/// A cell of the date column that gives its date and a note on the day: after a comma ("6
/// Sep, Add deadline", a registrar's date beside the class), or in words without digits ("9/27
/// online (zoom)", a link's text under the date). Only in the column the table dates its rows
/// by; elsewhere such a cell is a sentence.
fn noted_date(cell: &str) -> Option<DateSpan> {
    let t = cell.trim();
    let span = parse_date_prefix(t)?;
    let rest = t.get(span.len..)?;
    let after_comma = rest.trim_start();
    let comma_note = after_comma.starts_with([',', ';'])
        && after_comma[1..]
            .trim_start()
            .starts_with(char::is_alphabetic);
    let word_note = rest.starts_with(' ') && !rest.chars().any(|c| c.is_ascii_digit());
    (comma_note || word_note).then_some(span)
}

/// Whether a cell starts with a weekday followed by a date ("We Apr 3", "Tue, Oct 4").
fn weekday_then_date(cell: &str) -> bool {
    let t = cell.trim_start();
    let first = t.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    // A date that starts with a word other than a month starts with its weekday ("We Apr 3").
    !first.is_empty() && month_number(first).is_none() && parse_date_prefix(t).is_some()
}

/// The date column of tab and pipe tables: among the first four, the one dated rows use
/// most often (the leftmost on a tie). A cell listing the week's meetings (`19/01, 21/01`)
/// dates its row as a single date does.
pub(super) fn vote(lines: &[Option<Line>]) -> Option<usize> {
    let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
    for line in lines.iter().flatten() {
        if line.positional()
            && line.cells.len() >= 2
            && let Some(i) = line
                .cells
                .iter()
                .take(4)
                .position(|c| cell_date(c).is_some() || listed_dates(c).is_some())
        {
            *votes.entry(i).or_default() += 1;
        }
    }
    votes
        .iter()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(**i)))
        .map(|(i, _)| *i)
}

/// Where a row's date was found.
pub(super) enum Located {
    /// Not a row: noise in the date column, or a week without a readable date (warned).
    SetAside,
    /// No date: more of the row above, or prose.
    Undated,
    /// The date is the cell at this index.
    Cell { idx: usize, span: DateSpan },
    /// The cell at this index lists the week's meetings, one date each (`09/04, 09/07`).
    Listed { idx: usize, spans: Vec<DateSpan> },
    /// A heading that is only the dates of its meetings (`#### October 6 & 11`): the dates
    /// as written, one each.
    ListedHeading { text: String, spans: Vec<DateSpan> },
    /// The line starts with "[week] date".
    Prose {
        week: Option<String>,
        date_text: String,
        span: DateSpan,
        rest: String,
    },
}

/// What the reader has seen before a line, for [`locate`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Seen {
    /// A dated row came before (only then is a bad date worth a warning).
    pub(super) started: bool,
    /// The span of the last week's heading row, whose days may be indented under it.
    pub(super) week: Option<(NaiveDate, NaiveDate)>,
    /// The line starts as far in as the line that made the last row: a sibling in a list.
    pub(super) sibling: bool,
}

/// Finds the date of a row: by column in tab and pipe tables, by content otherwise.
pub(super) fn locate(
    line: &Line,
    row: &RoleCells,
    date_col: Option<usize>,
    seen: Seen,
    cx: &mut Context,
) -> Located {
    let started = seen.started;
    let column = date_col
        .or_else(|| row.iter().position(|(r, _)| *r == Some(Role::Date)))
        .filter(|&d| d < row.len());
    if let Some(located) = week_with_date(row) {
        return located;
    }
    match column {
        Some(dc) if line.positional() => in_column(line, &row[dc].1, dc, started, cx),
        _ => listed_heading(line, row).unwrap_or_else(|| by_content(line, row, seen, cx)),
    }
}

/// A week label followed by a date: `1<br/>8/23`, `2, 8/28-8/30`, `Week 9 [03/24/2023]`,
/// `Week 3 (Sep 9)`.
static WEEK_THEN_DATE: LazyLock<Lean> = LazyLock::new(|| {
    lean(&format!(
        r"(?i)^(?:(?:{WEEK_WORD_PATTERN})\.?\s*)?#?\s*\d{{1,2}}\s*[,:;.–-]?\s*[(\[]?\s*(?P<date>[^()\[\]]+?)\s*[)\]]?$"
    ))
});

/// A Week or Date cell that holds the week's label and its date: the date is that cell's.
fn week_with_date(row: &RoleCells) -> Option<Located> {
    row.iter().enumerate().find_map(|(idx, (role, cell))| {
        // The Week or Date column, or the first cell of a row the header's roles do not fit.
        let column = matches!(role, Some(Role::Week | Role::Date)) || idx == 0 && role.is_none();
        if !column || cell_date(cell).is_some() {
            return None;
        }
        let c = WEEK_THEN_DATE.groups(cell.trim())?;
        let date = c.name("date")?.as_str();
        let span = cell_date(date).or_else(|| two_days(date))?;
        Some(Located::Cell { idx, span })
    })
}

/// A date and a second day of its month, the week's two meetings (`Sep 9, 11`): read as the
/// span from the first to the second.
fn two_days(text: &str) -> Option<DateSpan> {
    let (first, second) = text.rsplit_once(',')?;
    let mut span = cell_date(first)?;
    let day: u32 = second.trim().parse().ok()?;
    let RawDate::Known {
        month,
        day: d0,
        year,
    } = span.start
    else {
        return None;
    };
    if span.end.is_some() || day <= d0 || day > 31 {
        return None;
    }
    span.end = Some(RawDate::Known { month, day, year });
    Some(span)
}

/// A date column's cell that lists two or more single dates apart by commas, semicolons or
/// `&` (`09/04, 09/07`, `Sep 4; Sep 7`): the days the row's week meets. A later date may give
/// only its day when the first names the month (`Sep 4, 7`).
fn listed_dates(cell: &str) -> Option<Vec<DateSpan>> {
    // "26-ago y 28-ago": an "and" word between two dates joins them as a comma does.
    let joined: Vec<&str> = cell
        .split(' ')
        .map(|w| {
            if DATE_AND_WORDS.contains(&w.to_lowercase().as_str()) {
                ","
            } else {
                w
            }
        })
        .collect();
    let joined = joined.join(" ");
    // "3, 8, & 10": a comma before the "and" joins nothing more.
    let pieces: Vec<&str> = joined
        .split([',', ';', '&'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.len() < 2 {
        return super::date_pairs::listed(cell);
    }
    let mut spans: Vec<DateSpan> = Vec::new();
    for piece in pieces {
        let span = match (cell_date(piece), spans.last()) {
            (Some(span), _) => span,
            (None, Some(first)) => same_month_day(first, piece)?,
            (None, None) => return super::date_pairs::listed(cell),
        };
        if span.end.is_some() {
            return None;
        }
        spans.push(span);
    }
    Some(spans)
}

/// Whether a line read as `read` is dated on a day of `week` (its first and last day).
fn day_of(read: &Prose, week: Option<(NaiveDate, NaiveDate)>, line: usize, cx: &Context) -> bool {
    match (read, week) {
        (Prose::Dated { span, .. }, Some((first, last))) => {
            span.end.is_none()
                && cx
                    .date(line, span.start, "")
                    .is_ok_and(|d| (first..=last).contains(&d))
        }
        _ => false,
    }
}

/// A heading line that is only its meetings' dates (`#### October 6 & 11`, `### Nov 3, 8, &
/// 10`): as a date column's cell listing them. Only a heading: in a sentence such a list is
/// no schedule row.
fn listed_heading(line: &Line, row: &RoleCells) -> Option<Located> {
    let [(_, cell)] = row.as_slice() else {
        return None;
    };
    let text = cell.trim_start();
    let marks = text.len() - text.trim_start_matches('#').len();
    if !(1..=6).contains(&marks) || line.positional() {
        return None;
    }
    let text = text[marks..].trim();
    let spans = listed_dates(text)?;
    (spans.len() >= 2).then(|| Located::ListedHeading {
        text: text.to_string(),
        spans,
    })
}

/// A bare day number after a date with a month name (`11` after `Sep 9`), or after a
/// month-first numeric date (`8` after `9/6`: the month written once for a week's two
/// meetings): that day of the month, when it comes later in it.
fn same_month_day(first: &DateSpan, piece: &str) -> Option<DateSpan> {
    let day: u32 = piece.parse().ok()?;
    let start = match first.start {
        RawDate::Known {
            month,
            day: d0,
            year,
        } if day > d0 => RawDate::Known { month, day, year },
        // The bare day continues the number next to it, the day of a month-first date; a
        // first number above 12 is a day, and such a date is no month-first one.
        RawDate::Slash { a, b, year } if a <= 12 && day > b => RawDate::Slash { a, b: day, year },
        _ => return None,
    };
    (day <= 31).then_some(DateSpan {
        start,
        end: None,
        len: piece.len(),
    })
}

fn in_column(line: &Line, cell: &str, dc: usize, started: bool, cx: &mut Context) -> Located {
    if cell.is_empty() {
        return Located::Undated;
    }
    if let Some(spans) = listed_dates(cell) {
        return Located::Listed { idx: dc, spans };
    }
    match cell_date(cell).or_else(|| noted_date(cell)) {
        Some(span) => Located::Cell { idx: dc, span },
        // "3.30-5.30 pm" under the date: the row above's time, on a line of its own.
        None if crate::syllabus::times::time_cell(cell).is_some() => Located::Undated,
        None => {
            if started {
                cx.warn(line.no, format!("set aside as noise: the date column holds \"{cell}\", which is not a date (row: \"{}\")", squash(&line.cells.join(" "))));
            }
            Located::SetAside
        }
    }
}

fn by_content(line: &Line, row: &RoleCells, seen: Seen, cx: &mut Context) -> Located {
    let Seen {
        started,
        week,
        sibling,
    } = seen;
    let by_role = row
        .iter()
        .position(|(r, c)| *r == Some(Role::Date) && cell_date(c).is_some());
    let by_content = || {
        (0..row.len()).take(3).find(|&i| {
            cell_date(&row[i].1).is_some()
                && row[i].0.is_none_or(|r| {
                    !matches!(
                        r,
                        Role::Topic | Role::Activity | Role::Reading | Role::Time | Role::Room
                    )
                })
        })
    };
    if let Some(idx) = by_role.or_else(by_content)
        && let Some(span) = cell_date(&row[idx].1)
    {
        return Located::Cell { idx, span };
    }
    let mut texts: Vec<&str> = row.iter().map(|(_, c)| c.as_str()).collect();
    // A row under a week's first row, its week cell empty, whose next cell starts with a
    // weekday and a date (`| | **We Apr 3** Intro to CSS |`): the week's next meeting.
    let meeting = line.positional()
        && texts.first().is_some_and(|c| c.is_empty())
        && texts
            .iter()
            .find(|c| !c.is_empty())
            .is_some_and(|c| weekday_then_date(c));
    if meeting {
        texts.retain(|c| !c.is_empty());
    }
    let read = prose::read(&texts);
    // An indented line continues the row above, unless it names its week and date
    // ("    • Week 2 (July 14th): ..."), or it is one of the days of the week heading it
    // ("- Week 3 (Feb 19-23)", then "  - Lecture 3 (Feb 21): ..."), or the row above started
    // as far in (a list of dated lines indented alike); before the first row it may be one.
    let own_week = matches!(&read, Prose::Dated { week: Some(_), .. });
    let day_of_week = day_of(&read, week, line.no, cx);
    let dated_sibling = sibling && matches!(&read, Prose::Dated { .. });
    if line.indented && started && !own_week && !meeting && !day_of_week && !dated_sibling {
        return Located::Undated;
    }
    match read {
        Prose::Dated {
            week,
            date_text,
            span,
            rest,
        } => Located::Prose {
            week,
            date_text,
            span,
            rest,
        },
        Prose::NumberedUndated
            if started
                && texts
                    .iter()
                    .skip(1)
                    .any(|c| c.chars().any(char::is_alphabetic)) =>
        {
            cx.warn(
                line.no,
                format!(
                    "set aside: the row for week {} has no readable date (\"{}\"); correct its date in the syllabus, or add what it schedules under [[add]] in the course file",
                    texts[0],
                    squash(&texts.join(" "))
                ),
            );
            Located::SetAside
        }
        Prose::NumberedUndated | Prose::Undated => Located::Undated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syllabus::layout;

    fn lines(text: &str) -> Vec<Option<Line>> {
        layout::read(&text.lines().map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn a_bulleted_line_opened_by_week_of_names_its_week() {
        let opens = |t: &str| lines(t)[0].as_ref().is_some_and(opens_week);
        assert!(opens("   • Week of Aug. 17: Introduction"));
        assert!(opens("- w/c 8 Sept Sorting"));
        assert!(opens("### Semana del 8 de septiembre"));
        assert!(!opens("- Sep 8: Sorting"));
        assert!(!opens("Weekly outline of Sep 8"));
    }

    #[test]
    fn a_list_of_days_may_end_with_a_comma_and_an_ampersand() {
        let days = |c: &str| listed_dates(c).map(|s| s.len());
        assert_eq!(days("Nov 3, 8, & 10"), Some(3));
        assert_eq!(days("Nov 3, 8 & 10"), Some(3));
        assert_eq!(days("Oct 6 & 11"), Some(2));
    }

    #[test]
    fn a_month_first_date_may_give_its_month_to_the_days_after_it() {
        let days = |c: &str| listed_dates(c).map(|s| s.iter().map(|d| d.start).collect::<Vec<_>>());
        let slash = |a, b| RawDate::Slash { a, b, year: None };
        assert_eq!(days("9/6, 8"), Some(vec![slash(9, 6), slash(9, 8)]));
        assert_eq!(days("11/29, 12/1"), Some(vec![slash(11, 29), slash(12, 1)]));
        // An earlier day, or a day after a day-first date, is no later meeting of the month.
        assert_eq!(days("9/16, 8"), None);
        assert_eq!(days("16/9, 18"), None);
    }

    #[test]
    fn only_a_heading_of_dates_alone_lists_its_meetings() {
        let heading = |t: &str| {
            let Some(Some(line)) = lines(t).into_iter().next() else {
                return false;
            };
            let row: RoleCells = line.cells.iter().map(|c| (None, c.clone())).collect();
            matches!(listed_heading(&line, &row), Some(Located::ListedHeading { spans, .. }) if spans.len() == 2)
        };
        assert!(heading("#### October 6 & 11"));
        assert!(heading("### Oct 6, 11"));
        assert!(!heading("We meet October 6 & 11"));
        assert!(!heading("#### October 6: Duty of care"));
        assert!(!heading("#### October 6"));
    }

    #[test]
    fn a_date_cell_may_carry_a_note_in_parentheses_but_no_other_text() {
        assert!(cell_date("Oct 4").is_some());
        assert!(cell_date("Oct 4,").is_some());
        assert!(cell_date("Oct 4 (online)").is_some());
        assert!(cell_date("Oct 4 Intro").is_none());
        assert!(cell_date("").is_none());
        assert!(cell_date("Oct 4*").is_some(), "a footnote mark");
        assert!(cell_date("*").is_none());
    }

    #[test]
    fn a_date_cell_may_name_the_week_it_starts() {
        let span = cell_date("Week of Sep 8").unwrap();
        assert_eq!(
            (span.start, span.len),
            (
                RawDate::Known {
                    month: 9,
                    day: 8,
                    year: None
                },
                13
            )
        );
        assert!(cell_date("w/c: 8 Sept").is_some());
        assert!(cell_date("Semana del 8 de septiembre").is_some());
        assert!(cell_date("Week of reading").is_none());
        assert!(cell_date("Weekly Sep 8").is_none());
    }

    #[test]
    fn a_date_column_cell_may_carry_a_note_after_a_comma() {
        assert!(noted_date("6 Sep, Add deadline").is_some());
        assert!(noted_date("Oct 4; holiday").is_some());
        assert!(noted_date("9/27 online (zoom)").is_some());
        assert!(noted_date("Oct 4, 11").is_none());
    }

    #[test]
    fn a_week_cell_may_hold_its_date_or_its_two_meeting_days() {
        let row = |c: &str| vec![(Some(Role::Week), c.to_string()), (None, "x".to_string())];
        for c in [
            "1, 8/23",
            "Week 9 [03/24/2023]",
            "Week 3 (Sep 9, 11)",
            "W2 Sep 9",
        ] {
            assert!(
                matches!(week_with_date(&row(c)), Some(Located::Cell { idx: 0, .. })),
                "{c}"
            );
        }
        let Some(Located::Cell { span, .. }) = week_with_date(&row("Week 3 (Sep 9, 11)")) else {
            panic!("no date");
        };
        assert_eq!(
            span.end,
            Some(RawDate::Known {
                month: 9,
                day: 11,
                year: None
            })
        );
        assert!(week_with_date(&row("Week 3")).is_none());
        assert!(week_with_date(&row("3 Intro")).is_none());
    }

    #[test]
    fn the_column_most_dated_rows_use_is_the_date_column() {
        let doc = "1\tOct 4\tIntro\n2\tOct 11\tMore\nJan 3\tx\ty\n3\tOct 18\tEnd";
        assert_eq!(vote(&lines(doc)), Some(1));
    }

    #[test]
    fn space_laid_rows_do_not_vote() {
        assert_eq!(vote(&lines("1   Oct 4   Intro\n2   Oct 11   More")), None);
    }
}
